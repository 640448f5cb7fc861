// tf dtypes, GraphKeys, tf.errors (tf.summary is in summary/),
// and the version strings (compatibility switches and tf.logging are in tables/misc.ts).
import type { PyValue } from '../../objects/core';
import { PyModule, PyBuiltin, PyProperty } from '../../objects/callables';
import { PyExceptionObj } from '../../objects/core';
import { PyClass } from '../../objects/pyclass';
import { HostObject, hostClass } from '../../host';
import { E, registerExceptionClass } from '../../exceptions';
import * as tf from '../../../engine';
import { defFn, arg, out, listItems } from './define';
import { toEngine } from './convert';
import { installDTypes } from './dtypes_bound';
import { bindArgs } from './args';

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
  // e.message, e.op, e.node_def, e.error_code as TF's OpError has them.
  const prop = (name: string, get: (e: PyExceptionObj) => PyValue) => opError.dict.set(name, new PyProperty(new PyBuiltin(name, args => get(args[0] as PyExceptionObj))));
  prop('message', e => (e.args.length ? e.args[0] : ''));
  prop('op', () => null);
  prop('node_def', () => null);
  prop('error_code', e => ERROR_CODES[e.cls.name] ?? 2);
  errors.set('OpError', opError);
  for (const name of ['InvalidArgumentError', 'FailedPreconditionError', 'NotFoundError', 'OutOfRangeError', 'UnimplementedError', 'InternalError', 'ResourceExhaustedError', 'CancelledError', 'UnknownError', 'AbortedError', 'AlreadyExistsError', 'DeadlineExceededError', 'PermissionDeniedError', 'UnauthenticatedError', 'UnavailableError', 'DataLossError']) {
    const cls = new PyClass(name, [opError], 'tensorflow.python.framework.errors_impl');
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
