// One Python wrapper per engine object (memoized), so `is`, dict keys (feed_dict) and sets
// behave as they do with real TF objects.
import { Tensor, Operation, Variable, Graph } from '../../../engine';
import type { PyValue } from '../../objects/core';

type Factory = (x: object) => PyValue;
const factories = new Map<Function, Factory>();
const cache = new WeakMap<object, PyValue>();

export function registerWrapper(cls: Function, f: Factory): void { factories.set(cls, f); }

/** The Python object for an engine object (Tensor, Operation, Variable, Graph, ...). */
export function wrap(x: object | null | undefined): PyValue {
  if (x === null || x === undefined) return null;
  let w = cache.get(x);
  if (w === undefined) {
    const f = factories.get(x.constructor);
    if (!f) throw new Error(`No Python wrapper for ${x.constructor.name}`);
    w = f(x);
    cache.set(x, w);
  }
  return w;
}
export { Tensor, Operation, Variable, Graph };
