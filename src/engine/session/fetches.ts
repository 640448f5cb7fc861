// Fetch structures (tf1-semantics §2.2): any nesting of lists and objects whose leaves are
// Tensors, Operations, Variables or names. Flattened for the run, rebuilt for the result.
import { Tensor } from '../graph/tensor';
import { Operation } from '../graph/operation';
import type { Graph } from '../graph/graph';
import { isConvertible } from '../ops/builder';
import { typeError, valueError } from '../errors';

export type FetchLeaf = Tensor | Operation | string | { toTensor(asRef?: boolean): Tensor };
export type Fetch = FetchLeaf | Fetch[] | { [key: string]: Fetch };

export function flattenFetches(f: Fetch, out: FetchLeaf[] = []): FetchLeaf[] {
  if (Array.isArray(f)) { for (const x of f) flattenFetches(x, out); return out; }
  if (isLeaf(f)) { out.push(f); return out; }
  if (f === null || f === undefined) throw typeError(`Fetch argument None has invalid type <class 'NoneType'>`);
  if (typeof f === 'object') { for (const k of Object.keys(f)) flattenFetches((f as Record<string, Fetch>)[k], out); return out; }
  throw typeError(`Fetch argument ${String(f)} has invalid type <class '${typeof f === 'number' ? (Number.isInteger(f) ? 'int' : 'float') : typeof f}'>, must be a string or Tensor. (Can not convert a ${typeof f === 'number' ? 'int' : typeof f} into a Tensor or Operation.)`);
}

export function rebuildFetches<T>(f: Fetch, values: T[], cursor = { i: 0 }): unknown {
  if (Array.isArray(f)) return f.map(x => rebuildFetches(x, values, cursor));
  if (isLeaf(f)) return values[cursor.i++];
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(f)) out[k] = rebuildFetches((f as Record<string, Fetch>)[k], values, cursor);
  return out;
}

function isLeaf(f: unknown): f is FetchLeaf {
  return f instanceof Tensor || f instanceof Operation || typeof f === 'string' || isConvertible(f);
}

/** A leaf as the graph element it names: Tensor (value fetched) or Operation (target). */
export function resolveFetch(graph: Graph, leaf: FetchLeaf): Tensor | Operation {
  const el = isConvertible(leaf) ? leaf.toTensor(true) : leaf;
  let found: Tensor | Operation;
  try {
    found = graph.asGraphElement(el, true, true);
  } catch (e) {
    const desc = el instanceof Tensor ? el.repr() : el instanceof Operation ? el.repr() : String(el);
    throw valueError(`Fetch argument ${desc} cannot be interpreted as a Tensor. (${(e as Error).message})`);
  }
  if (!graph.isFetchable(found)) {
    const op = found instanceof Tensor ? found.op : found;
    throw valueError(`Operation '${op.name}' has been marked as not fetchable. Typically this happens when it is defined in another function or code block. Use return values,explicit Python locals or TensorFlow collections to access it.`);
  }
  return found;
}
