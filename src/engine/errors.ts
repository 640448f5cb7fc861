// Errors carry the Python exception class a TF1 user would see, so the Python front end can
// re-raise them as that class and tests can assert on TF's exact texts.
import type { Operation } from './graph/operation';
export type PyErrorType =
  | 'ValueError' | 'TypeError' | 'KeyError' | 'RuntimeError' | 'AssertionError' | 'LookupError'
  | 'IndexError' | 'NotImplementedError' | 'KeyboardInterrupt' | 'MemoryError'
  | 'AttributeError' | 'OSError' | 'FileNotFoundError' | 'PermissionError' | 'OverflowError';

export class PyLikeError extends Error {
  constructor(readonly pyType: PyErrorType, message: string) {
    super(message);
    this.name = pyType;
  }
}
export const valueError = (m: string) => new PyLikeError('ValueError', m);
export const typeError = (m: string) => new PyLikeError('TypeError', m);
export const keyError = (m: string) => new PyLikeError('KeyError', m);
export const runtimeError = (m: string) => new PyLikeError('RuntimeError', m);

/** tf.errors.OpError and its subclasses: runtime failures inside sess.run. */
export type OpErrorClass =
  | 'InvalidArgumentError' | 'FailedPreconditionError' | 'NotFoundError' | 'OutOfRangeError'
  | 'UnimplementedError' | 'InternalError' | 'ResourceExhaustedError' | 'CancelledError' | 'UnknownError'
  | 'DataLossError' | 'AlreadyExistsError' | 'PermissionDeniedError';

export class OpError extends Error {
  readonly pyType = 'OpError';
  /** `op`: the graph operation that failed when the session knows it (TF's `OpError.op`). */
  constructor(readonly errorClass: OpErrorClass, readonly rawMessage: string, readonly opName: string | null, readonly opType?: string,
    readonly op: Operation | null = null) {
    super(opName ? `${rawMessage}\n\t [[node ${opName}]]` : rawMessage);
    this.name = errorClass;
  }
}

/** Thrown by kernels for bad runtime input; the session wraps it with the node name. */
export class KernelError extends Error {
  constructor(readonly errorClass: OpErrorClass, message: string) { super(message); }
}
export const invalidArgument = (m: string) => new KernelError('InvalidArgumentError', m);
export const failedPrecondition = (m: string) => new KernelError('FailedPreconditionError', m);

/** Raised when the interrupt hook fires between ops (the kernel worker's Stop button). */
export class InterruptError extends PyLikeError {
  constructor() { super('KeyboardInterrupt', ''); }
}
