// tf dtypes, GraphKeys, tf.errors (tf.summary is in summary/),
// and the version strings (compatibility switches and tf.logging are in tables/misc.ts).
import type { PyValue } from '../../objects/core';
import { PyModule, PyMethodDescr } from '../../objects/callables';
import { str } from '../../runtime/repr';
import { wrap } from './wrappers';
import { PyExceptionObj } from '../../objects/core';
import { PyClass } from '../../objects/pyclass';
import { HostObject, hostClass } from '../../host';
import { E, registerExceptionClass } from '../../exceptions';
import * as tf from '../../../engine';
import { installDTypes } from './dtypes_bound';
import { argumentBinder, PYTHON_METHOD_MESSAGES } from '../../bind';
import { readOnlyProperty } from '../../bind/objects';
import type { ParamSpec } from '../../../engine';

export function defineDTypes(m: PyModule): void {
  const dtypes = new PyModule('tensorflow.dtypes');
  installDTypes(m, dtypes);
  m.set('dtypes', dtypes);
  m.set('DType', hostClass('DType', 'tensorflow'));
  dtypes.set('DType', hostClass('DType', 'tensorflow'));
  m.set('TensorShape', hostClass('TensorShape', 'tensorflow'));
  m.set('Dimension', hostClass('Dimension', 'tensorflow'));
  m.set('Tensor', hostClass('Tensor', 'tensorflow'));
  m.set('Operation', hostClass('Operation', 'tensorflow'));
}

export function defineGraphKeys(m: PyModule): void {
  const keys = new PyModule('GraphKeys');
  for (const [k, v] of Object.entries(tf.GraphKeys)) keys.set(k, v);
  m.set('GraphKeys', keys);
}

/** tf.errors: OpError and its subclasses, registered so engine OpErrors raise them by name. */
/** TF's error codes (error_codes.proto). */
const ERROR_CODES: Record<string, number> = {
  CancelledError: 1, UnknownError: 2, InvalidArgumentError: 3, DeadlineExceededError: 4, NotFoundError: 5, AlreadyExistsError: 6,
  PermissionDeniedError: 7, ResourceExhaustedError: 8, FailedPreconditionError: 9, AbortedError: 10, OutOfRangeError: 11,
  UnimplementedError: 12, InternalError: 13, UnavailableError: 14, DataLossError: 15, UnauthenticatedError: 16,
};

export function defineErrors(m: PyModule): PyModule {
  const errors = new PyModule('tensorflow.errors');
  const opError = new PyClass('OpError', [E.Exception], 'tensorflow.python.framework.errors_impl');
  registerExceptionClass(opError);
  // TF's OpError(node_def, op, message, error_code) calls Exception.__init__() with no
  // arguments: e.args is (), str(e) is the message. Engine errors (raised by sess.run) carry the
  // failing graph operation, when the session knows it, on their host error.
  const own = (e: PyExceptionObj, key: string): PyValue | undefined => e.dict.get(key);
  const hostOf = (e: PyExceptionObj) => (e as unknown as { hostError?: { op?: unknown } }).hostError;
  const messageOf = (e: PyExceptionObj): PyValue => own(e, '_message') ?? (e.args.length ? e.args[0] : '');
  const prop = (name: string, get: (e: PyExceptionObj) => PyValue) => opError.dict.set(name, readOnlyProperty(`tf.errors.OpError.${name}`, self => get(self as PyExceptionObj)));
  prop('message', messageOf);
  prop('op', e => { const o = own(e, '_op'); if (o !== undefined) return o; const op = hostOf(e)?.op; return op ? wrap(op) : null; });
  prop('node_def', e => own(e, '_node_def') ?? null);
  prop('error_code', e => own(e, '_error_code') ?? ERROR_CODES[e.cls.name] ?? 2);
  const init = (self: PyExceptionObj, nodeDef: PyValue, op: PyValue, message: PyValue, code: PyValue) => {
    self.args = [];
    self.dict.set('_node_def', nodeDef); self.dict.set('_op', op); self.dict.set('_message', message); self.dict.set('_error_code', code);
    return null;
  };
  // errors_impl.py: OpError.__init__(self, node_def, op, message, error_code); a subclass's
  // __init__(self, node_def, op, message) fixes the code.
  const initOf = (cls: PyClass, params: ParamSpec[]) => {
    const bind = argumentBinder({ name: `tf.errors.${cls.name}.__init__`, doc: `Constructs a ${cls.name}.`, params }, PYTHON_METHOD_MESSAGES, `${cls.name}.__init__`);
    return new PyMethodDescr('__init__', (self: PyExceptionObj, args, kw) => {
      const a = bind(args, kw) as Record<string, PyValue>;
      return init(self, a.node_def, a.op, a.message, a.error_code ?? ERROR_CODES[cls.name] ?? 2);
    }, cls);
  };
  const base: ParamSpec[] = [{ name: 'node_def' }, { name: 'op' }, { name: 'message' }];
  opError.dict.set('__init__', initOf(opError, [...base, { name: 'error_code' }]));
  opError.dict.set('__str__', new PyMethodDescr('__str__', (self: PyExceptionObj) => str(messageOf(self)), opError));
  errors.set('OpError', opError);
  for (const name of ['InvalidArgumentError', 'FailedPreconditionError', 'NotFoundError', 'OutOfRangeError', 'UnimplementedError', 'InternalError', 'ResourceExhaustedError', 'CancelledError', 'UnknownError', 'AbortedError', 'AlreadyExistsError', 'DeadlineExceededError', 'PermissionDeniedError', 'UnauthenticatedError', 'UnavailableError', 'DataLossError']) {
    const cls = new PyClass(name, [opError], 'tensorflow.python.framework.errors_impl');
    // Subclasses fix the code, except UnknownError(node_def, op, message, error_code=UNKNOWN).
    cls.dict.set('__init__', name === 'UnknownError'
      ? initOf(cls, [...base, { name: 'error_code', default: ERROR_CODES.UnknownError }])
      : initOf(cls, base));
    registerExceptionClass(cls);
    errors.set(name, cls);
  }
  m.set('errors', errors);
  return errors;
}

export function defineCompat(m: PyModule): void {
  m.set('__version__', '1.15.0');
  m.set('VERSION', '1.15.0');
}
