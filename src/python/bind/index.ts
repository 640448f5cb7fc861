// The one binder for every Python-visible function: signature tables (engine/api/signature.ts)
// bound with CPython's call rules, typed converters and NotImplementedError for unsupported
// arguments. See docs/ENGINE.md, "Python functions from signature tables".
export { entry, boundFunction, installTable, splitName } from './function';
export type { TableEntry } from './function';
export { compilePlan, bindCall } from './binder';
export { CONVERTERS, toTensorLike, intValue, isCallable } from './converters';
export { PYTHON_MESSAGES, PYTHON_METHOD_MESSAGES, METH_NOARGS, clinicKeywordOnly, namedAs } from './messages';
export type { CallShape, Messages } from './messages';
export { method, MethodTable, constructorOf, methodTableNames } from './method';
export type { MethodEntry } from './method';
export { argumentBinder } from './function';
export { tableFunction, methodDescriptor, classMethodOf, staticMethodOf, readOnlyProperty, functionOf, signatureFunction, boundMethod, notImplementedFunction, notImplementedSignature } from './objects';
