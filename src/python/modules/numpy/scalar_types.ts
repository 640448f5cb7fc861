// The NumPy scalar type hierarchy as Python classes (np.float32, np.integer, ...), so that
// isinstance(x, np.floating) works and `type(a[0])` prints <class 'numpy.float32'>.
// Created here, before any scalar asks hostClass() for its type, so the bases are right.
import { hostClass } from '../../host';
import type { PyClass } from '../../objects/pyclass';
import type { DType } from '../../../engine';

const generic = hostClass('generic', 'numpy');
const number = hostClass('number', 'numpy', generic);
const integer = hostClass('integer', 'numpy', number);
const signedinteger = hostClass('signedinteger', 'numpy', integer);
const unsignedinteger = hostClass('unsignedinteger', 'numpy', integer);
const inexact = hostClass('inexact', 'numpy', number);
const floating = hostClass('floating', 'numpy', inexact);

export const abstractScalarClasses = { generic, number, integer, signedinteger, unsignedinteger, inexact, floating };

/** Python type name of a scalar of each dtype (NumPy 2 calls the boolean scalar `numpy.bool`). */
export const SCALAR_TYPE_NAMES: Record<DType, string> = {
  float16: 'float16', float32: 'float32', float64: 'float64', int8: 'int8', int16: 'int16', int32: 'int32', int64: 'int64',
  uint8: 'uint8', uint16: 'uint16', bool: 'bool', string: 'str_',
};

export const scalarClasses: Record<DType, PyClass> = {
  float16: hostClass('float16', 'numpy', floating),
  float32: hostClass('float32', 'numpy', floating),
  float64: hostClass('float64', 'numpy', floating),
  int8: hostClass('int8', 'numpy', signedinteger),
  int16: hostClass('int16', 'numpy', signedinteger),
  int32: hostClass('int32', 'numpy', signedinteger),
  int64: hostClass('int64', 'numpy', signedinteger),
  uint8: hostClass('uint8', 'numpy', unsignedinteger),
  uint16: hostClass('uint16', 'numpy', unsignedinteger),
  bool: hostClass('bool', 'numpy', generic),
  string: hostClass('str_', 'numpy', generic),
};

/** The dtype a scalar class stands for (np.float32 → 'float32'), or undefined. */
export function dtypeOfScalarClass(cls: PyClass): DType | undefined {
  for (const [d, c] of Object.entries(scalarClasses)) if (c === cls) return d as DType;
  return undefined;
}
