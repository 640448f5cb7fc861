// A NumPy function as one small entry: its Python parameter names and a body that reads them
// by name. The same entry serves np.sum(a, axis=0) and, with the array as `a`, a.sum(axis=0).
import type { PyValue, Kwargs } from '../../objects/core';
import { named } from './args';
import { withNumpyErrors } from './errors';

export type Params = Record<string, PyValue | undefined>;
export interface NumpyFunction {
  name: string;
  params: string[];
  required: number;
  body: (p: Params) => PyValue;
}

export function fn(name: string, params: string[], required: number, body: (p: Params) => PyValue): NumpyFunction {
  return { name, params, required, body };
}

export function callFunction(f: NumpyFunction, args: PyValue[], kw: Kwargs): PyValue {
  return withNumpyErrors(() => f.body(named(f.name, args, kw, f.params, f.required)));
}
