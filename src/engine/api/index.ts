// The engine's Python-facing API: the signature data types and every function the op
// definitions bind (ops/index.ts). The Python front end reads these through src/engine/index.ts.
import { OP_GROUPS } from '../ops/index';
import type { ApiFunction } from './api_function';

export type { Signature, ParamSpec, ParamType, PyDefault } from './signature';
export type { ApiFunction, ArgsOf, ParamValues } from './api_function';
export { defineApi, ApiTuple, apiTuple } from './api_function';
export { unsupportedArgument, unsupportedArgumentText } from './unsupported';

/** Every Python-visible function the op definitions provide, in op-list order. */
export function apiFunctions(): readonly ApiFunction[] {
  return OP_GROUPS.flatMap(g => g.api);
}
