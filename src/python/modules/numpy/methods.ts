// ndarray methods. Most are the module function with the array as its first argument
// (a.sum(axis=0) is np.sum(a, axis=0)); the rest have their own small entries below.
import type { PyValue, Kwargs } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { toIndex } from '../../runtime/numbers';
import { typeError } from '../../exceptions';
import { noKwargs } from '../../builtins/args';
import * as np from '../../../numpy/index';
import { PyNDArray } from './ndarray_object';
import { coreScalar, fromCore, toArrayLike, toNDArray, wrapResult } from './convert';
import { dtypeArg } from './dtype_object';
import { intArg, named, shapeFromVarargs, singleAxisArg } from './args';
import { callFunction, NumpyFunction } from './registry';
import { REDUCTIONS } from './reductions';
import { SHAPES } from './shapes';
import { UFUNCS } from './ufuncs';
import { NUMPY_TABLE } from './bound';
import { boundFunction, splitName } from '../../bind';

type Method = (self: PyNDArray, args: PyValue[], kw: Kwargs) => PyValue;

const byName = new Map<string, NumpyFunction>([...REDUCTIONS, ...SHAPES, ...UFUNCS].map(f => [f.name, f]));
const boundByName = new Map(NUMPY_TABLE.map(e => [splitName(e.signature.name).attr, boundFunction(e)]));
const viaFunction = (name: string): Method => {
  const bound = boundByName.get(name);
  if (bound) return (self, args, kw) => bound([self, ...args], kw);
  const f = byName.get(name)!;
  return (self, args, kw) => callFunction(f, [self, ...args], kw);
};

const METHODS: Record<string, Method> = {
  reshape: (self, args, kw) => { noKwargs('reshape', kw && kw.has('order') ? null : kw); return wrapResult(np.reshape(self.array, shapeFromVarargs(args))); },
  transpose: (self, args) => wrapResult(np.transpose(self.array, args.length === 0 || (args.length === 1 && args[0] === null) ? null : shapeFromVarargs(args))),
  astype: (self, args, kw) => {
    const p = named('astype', args, kw, ['dtype', 'order', 'casting', 'subok', 'copy'], 1);
    const r = np.astype(self.array, dtypeArg(p.dtype)!);
    return wrapResult(r);
  },
  tolist: (self, args, kw) => { noKwargs('tolist', kw); return fromCore(np.tolist(self.array)); },
  item: (self, args) => fromCore(np.item(self.array, args.length ? flatIndex(self, args) : undefined)),
  flatten: self => wrapResult(np.flatten(self.array)),
  ravel: self => wrapResult(np.ravel(self.array)),
  copy: self => (self.isScalar ? self : new PyNDArray(self.array.clone())),
  fill: (self, args) => {
    const v = coreScalar(args[0] ?? null);
    if (v === undefined) throw typeError('fill() needs a number');
    np.fill(self.array, v);
    return null;
  },
  round: (self, args, kw) => wrapResult(np.around(self.array, intArg(named('round', args, kw, ['decimals', 'out'], 0).decimals, 0))),
  clip: (self, args, kw) => {
    const p = named('clip', args, kw, ['min', 'max', 'out'], 0);
    const bound = (v: PyValue | undefined) => (v === undefined || v === null ? null : toArrayLike(v));
    return wrapResult(np.clip(self.array, bound(p.min), bound(p.max)));
  },
  dot: (self, args) => wrapResult(np.dot(self.array, toNDArray(args[0] ?? null))),
  sort: (self, args, kw) => {
    // In place, as ndarray.sort is.
    const sorted = np.sort(self.array, singleAxisArg(named('sort', args, kw, ['axis', 'kind', 'order'], 0).axis, -1));
    (self.array.data as Float64Array).set(sorted.data as Float64Array);
    return null;
  },
  nonzero: viaFunction('nonzero'),
  argsort: viaFunction('argsort'),
  squeeze: viaFunction('squeeze'),
  swapaxes: viaFunction('swapaxes'),
  __array__: self => self,
};
for (const name of ['sum', 'prod', 'mean', 'std', 'var', 'max', 'min', 'argmax', 'argmin', 'any', 'all', 'cumsum']) {
  METHODS[name] = viaFunction(name);
}

/** a.item(i) or a.item(i, j): the flat position of the element. */
function flatIndex(self: PyNDArray, args: PyValue[]): number {
  const idx = args.length === 1 && (args[0] instanceof PyList || args[0] instanceof PyTuple) ? args[0].items : args;
  if (idx.length === 1) return toIndex(idx[0]);
  const shape = self.array.shape;
  return idx.reduce<number>((acc, v, i) => acc * shape[i] + toIndex(v), 0);
}

export function ndarrayMethod(self: PyNDArray, name: string): ((args: PyValue[], kw: Kwargs) => PyValue) | undefined {
  const m = Object.hasOwn(METHODS, name) ? METHODS[name] : undefined;
  return m && ((args, kw) => m(self, args, kw));
}
