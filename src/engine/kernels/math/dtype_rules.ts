// Which dtypes an op accepts, with TF's TypeError text for the rest.
import type { DType } from '../../dtypes';
import type { Tensor } from '../../graph/tensor';
import { typeError } from '../../errors';

export type DTypeClass = 'float' | 'numeric' | 'all' | 'bool' | 'int';

const ALLOWED: Record<DTypeClass, DType[]> = {
  float: ['float16', 'float32', 'float64'],
  numeric: ['float16', 'float32', 'float64', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16'],
  all: ['float16', 'float32', 'float64', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'bool', 'string'],
  bool: ['bool'],
  int: ['int32', 'int64'],
};
// TF's spelling of the allowed lists in the error text.
const TF_LIST: Record<DTypeClass, string> = {
  float: 'bfloat16, float16, float32, float64, complex64, complex128',
  numeric: 'bfloat16, float16, float32, float64, uint8, int8, int16, int32, int64, complex64, complex128',
  all: '',
  bool: 'bool',
  int: 'int32, int64',
};

export function checkDType(t: Tensor, cls: DTypeClass, param = 'x'): void {
  if (!ALLOWED[cls].includes(t.dtype)) {
    throw typeError(`Value passed to parameter '${param}' has DataType ${t.dtype} not in list of allowed values: ${TF_LIST[cls]}`);
  }
}
