// Fills the ndarray object's `numpyOps` hooks with the binding's implementations.
import { numpyOps } from './ops_bridge';
import { getitem, setitem } from './indexing';
import { binop, inplace, compare, unary, format } from './operators';
import { ndarrayMethod } from './methods';
import { dtypeObject } from './dtype_object';
import * as np from '../../../numpy/index';

let installed = false;
export function installNumpyOps(): void {
  if (installed) return;
  installed = true;
  Object.assign(numpyOps, {
    getitem, setitem, binop, inplace, compare, unary, format, dtypeObject,
    transpose: np.transpose,
    method: ndarrayMethod,
  });
}
