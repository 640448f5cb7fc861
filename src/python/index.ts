// Public API of the Python front end (used by the kernel worker, the CLI and the tf/np modules).
export { PythonSession, addCellErrorObserver } from './session';
export type { SessionHost, DisplayOptions, RunResult, CellError, GlobalInfo } from './session';
export { pythonMimeBundle } from './ipython/formatter';
// pyRepr never throws (views call it outside cells); pyReprStrict is Python's repr().
export { safeRepr as pyRepr, repr as pyReprStrict, str as pyStr } from './runtime/repr';
export type { PyValue, Kwargs } from './objects/core';
export { PyObject, PyFloat, pyFloat, PyInstance, PyExceptionObj } from './objects/core';
export { PyList, PyTuple, PyDict, PySet, PySlice, PyRange } from './objects/containers';
export { PyModule, PyBuiltin, PyFunction } from './objects/callables';
export { PyClass } from './objects/pyclass';
export { T as builtinTypes } from './objects/types';
export { NotImplemented, Ellipsis } from './objects/singletons';
export { HostObject, hostClass } from './host';
export type { BinaryOpName, CompareOpName, UnaryOpName } from './host';
export { registerModule } from './modules/registry';
export type { ModuleContext, ModuleLoader } from './modules/registry';
export { E as exceptions, pyException, registerExceptionClass, exceptionClassByName, typeError, valueError } from './exceptions';
export { toNumber, toIndex, numValue, indexValue } from './runtime/numbers';
export { isPyInt, intOf, normBig, intFromFloat, intToFloat } from './runtime/ints';
export type { PyInt } from './runtime/ints';
export { toArray, getIter } from './runtime/iteration';
export { truthy, len as pyLen } from './runtime/truth';
export { callValue, callMethod } from './runtime/call';
export { getAttr, setAttr } from './runtime/attributes';
export { getItem, setItem } from './runtime/subscript';
export { binaryOp } from './runtime/operators';
export { pyEq } from './runtime/compare';
export { typeOf } from './runtime/type-name';
