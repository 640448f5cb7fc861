// Binary files read and write the runtime's bytes (runtime/bytes.ts); kept as a path for callers.
export { PyBytes, bytesType, bytesRepr } from '../runtime/bytes';
