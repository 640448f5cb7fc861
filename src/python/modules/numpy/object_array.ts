// NumPy object arrays (dtype=object): what np.array makes of ragged nested sequences, as NumPy 1.x
// did with a VisibleDeprecationWarning (TF1-era programs rely on it: `np.array(list(zip(x, y)))`
// over sentences of different lengths), or of anything given dtype=object. The elements are the
// Python objects themselves. Indexing reuses the numeric core: an array of positions 0..n-1 in
// the same shape is indexed with NumPy's rules and the selected positions pick the objects, so
// slices, integer arrays, masks and newaxis behave as for any ndarray.
import { HostObject, type CompareOpName, type MaybeNotImplemented } from '../../host';
import { NotImplemented } from '../../objects/singletons';
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { method, MethodTable } from '../../bind';
import { PyClass } from '../../objects/pyclass';
import { E, pyException, typeError, valueError } from '../../exceptions';
import { toIndex } from '../../runtime/numbers';
import { registerExceptionClass } from '../../exceptions';
import { repr } from '../../runtime/repr';
import { truthy } from '../../runtime/truth';
import { richCompare } from '../../runtime/compare';
import { callValue } from '../../runtime/call';
import { getAttr } from '../../runtime/attributes';
import { currentCache } from '../../interpreter/imports';
import { io } from '../../builtins/io';
import { NDArray, shapeSize } from '../../../engine';
import { layoutArray } from '../../../numpy/format/array_format';
import { printOptions } from '../../../numpy/format/print_options';
import * as np from '../../../numpy/index';
import { OBJECT_DTYPE } from './dtype_object';
export { isObjectDtype } from './dtype_object';
import { ndarrayClass, PyNDArray, wrapArray } from './ndarray_object';
import { broadcastShapes, broadcastTo } from '../../../numpy/broadcast';
import { checkOrder, shapeFromVarargs } from './args';
import { elementToPy } from './convert';
import { indexErrors, indexItems } from './indexing';

/** numpy.VisibleDeprecationWarning: a UserWarning, so it shows once per location by default. */
export const VisibleDeprecationWarning = new PyClass('VisibleDeprecationWarning', [E.UserWarning], 'numpy');
VisibleDeprecationWarning.nativeNew = E.BaseException.nativeNew;
registerExceptionClass(VisibleDeprecationWarning);

const RAGGED_WARNING = 'Creating an ndarray from ragged nested sequences (which is a list-or-tuple of lists-or-tuples-or '
  + "ndarrays with different lengths or shapes) is deprecated. If you meant to do this, you must specify 'dtype=object' "
  + 'when creating the ndarray.';

const shapeText = (s: readonly number[]) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;

export class PyObjectArray extends HostObject {
  constructor(readonly items: PyValue[], readonly shape: readonly number[]) { super(); }
  override get pyTypeName(): string { return 'ndarray'; }
  override get type() { return ndarrayClass; }
  override hashKey(): unknown { throw typeError("unhashable type: 'numpy.ndarray'"); }

  /** Positions 0..size-1 laid out in this array's shape. */
  /** An array of the same kind over other elements (a string array's slices stay string arrays). */
  derive(items: PyValue[], shape: readonly number[]): PyObjectArray { return new PyObjectArray(items, shape); }
  /** The dtype as repr shows it after `dtype=`. */
  dtypeText(): string { return 'object'; }
  dtypeObject(): PyValue { return OBJECT_DTYPE; }
  itemSize(): number { return 8; }

  positions(): NDArray {
    const p = NDArray.zeros('int64', this.shape);
    const d = p.data as Float64Array;
    for (let i = 0; i < d.length; i++) d[i] = i;
    return p;
  }
  select(key: PyValue): NDArray {
    return indexErrors(() => np.getitem(this.positions(), indexItems(key)));
  }
  pick(p: NDArray): PyObjectArray {
    return this.derive(Array.from(p.data as Float64Array, i => this.items[i]), p.shape.slice());
  }

  len(): number {
    if (this.shape.length === 0) throw typeError('len() of unsized object');
    return this.shape[0];
  }
  iter(): Iterable<PyValue> {
    if (this.shape.length === 0) throw typeError('iteration over a 0-d array');
    const self = this;
    return (function* () { for (let i = 0; i < self.shape[0]; i++) yield self.getitem(i); })();
  }
  getitem(key: PyValue): PyValue {
    const p = this.select(key);
    return p.shape.length === 0 ? this.items[(p.data as Float64Array)[0]] : this.pick(p);
  }
  setitem(key: PyValue, value: PyValue): void {
    const targets = Array.from(this.select(key).data as Float64Array);
    const values = value instanceof PyObjectArray ? value.items
      : (value instanceof PyList || value instanceof PyTuple) && targets.length !== 1 ? value.items
        : null;
    if (values === null) { for (const t of targets) this.items[t] = value; return; }
    if (values.length !== targets.length) {
      throw valueError(`could not broadcast input array from shape (${values.length},) into shape (${targets.length},)`);
    }
    targets.forEach((t, i) => { this.items[t] = values[i]; });
  }
  /** ==, != (and, for string arrays, the orderings) element by element, broadcasting like any ndarray. */
  compare(op: CompareOpName, other: PyValue): MaybeNotImplemented {
    const test = this.elementTest(op);
    if (test === null) return NotImplemented;
    const b = other instanceof PyObjectArray ? other
      : other instanceof PyList || other instanceof PyTuple || other instanceof PyNDArray ? objectArray(other)
        : new PyObjectArray([other], []);
    const shape = broadcastShapes(this.shape, b.shape);
    const pa = broadcastTo(this.positions(), shape).data, pb = broadcastTo(b.positions(), shape).data;
    const out = NDArray.zeros('bool', shape), d = out.data as Uint8Array;
    for (let i = 0; i < d.length; i++) d[i] = test(this.items[pa[i] as number], b.items[pb[i] as number]) ? 1 : 0;
    return wrapArray(out);
  }
  /** How two elements compare under `op`, or null when the array does not support it. */
  elementTest(op: CompareOpName): ((x: PyValue, y: PyValue) => boolean) | null {
    if (op === '==') return (x, y) => x === y || truthy(compareEq(x, y));
    if (op === '!=') return (x, y) => truthy(richCompare('!=', x, y));
    return null;
  }
  bool(): boolean {
    if (this.items.length !== 1) throw valueError('The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
    return truthy(this.items[0]);
  }
  contains(item: PyValue): boolean {
    return this.items.some(v => v === item || truthy(compareEq(v, item)));
  }
  tolist(): PyValue {
    const build = (dim: number, offset: number): PyValue => {
      if (dim === this.shape.length) return this.items[offset];
      const stride = shapeSize(this.shape.slice(dim + 1));
      return new PyList(Array.from({ length: this.shape[dim] }, (_, i) => build(dim + 1, offset + i * stride)));
    };
    return build(0, 0);
  }
  override repr(): string {
    const tail = `dtype=${this.dtypeText()})`;
    if (this.shape.length === 0) return `array(${elementText(this.items[0])}, ${tail}`;
    const prefix = 'array(';
    const head = prefix + layoutArray(this.positions(), i => elementText(this.items[i]), ', ', prefix, ')') + ',';
    const lastLine = head.length - (head.lastIndexOf('\n') + 1);
    return head + (lastLine + tail.length + 1 > printOptions.linewidth ? '\n' + ' '.repeat(prefix.length) : ' ') + tail;
  }
  str(): string {
    if (this.shape.length === 0) return elementText(this.items[0]);
    return layoutArray(this.positions(), i => elementText(this.items[i]), ' ', '', '');
  }
  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'shape': return new PyTuple(this.shape.slice());
      case 'ndim': return this.shape.length;
      case 'size': return this.items.length;
      case 'dtype': return this.dtypeObject();
      case 'itemsize': return this.itemSize();
      case 'nbytes': return this.itemSize() * this.items.length;
      case 'T': return this.pick(np.transpose(this.positions()));
    }
    return objectArrayMethods().get(this, name);
  }
}

/** Casting, which string_array.ts installs (it extends PyObjectArray, so this file cannot import it). */
export const objectArrayCasts: {
  astype?: (a: PyObjectArray, dtype: PyValue, copy: boolean) => PyValue;
  sort?: (a: PyObjectArray, axis: number | null) => PyObjectArray;
} = {};

/** The ndarray methods object arrays have, with ndarray's signatures (numpy/methods.ts); made on first use. */
const C_ORDER = { name: 'order', default: 'C', type: 'str', unsupported: "only 'C' (row-major) order" } as const;
let OBJECT_ARRAY_METHODS: MethodTable<PyObjectArray> | undefined;
const objectArrayMethods = () => OBJECT_ARRAY_METHODS ??= new MethodTable<PyObjectArray>([
  method({ name: 'np.ndarray.tolist', doc: 'Return the array as a nested list of its objects.', params: [] }, (a: PyObjectArray) => a.tolist()),
  method({ name: 'np.ndarray.copy', doc: 'Return a copy of the array.', params: [C_ORDER] }, (a: PyObjectArray) => a.derive(a.items.slice(), a.shape.slice())),
  method({ name: 'np.ndarray.flatten', doc: 'Return a copy of the array collapsed into one dimension.', params: [C_ORDER] },
    (a: PyObjectArray) => a.derive(a.items.slice(), [a.items.length])),
  method({
    name: 'np.ndarray.reshape', doc: 'Returns an array containing the same elements with a new shape (a.reshape(2, 3) or a.reshape((2, 3))).',
    varargs: 'shape', params: [{ ...C_ORDER, kind: 'keyword' }],
  }, (a: PyObjectArray, args) => a.pick(indexErrors(() => np.reshape(a.positions(), shapeFromVarargs(args.shape as PyValue[]))))),
  method({
    name: 'np.ndarray.astype', doc: 'Copy of the array, cast to a specified type (object, a string dtype, or a numeric dtype).',
    params: [
      { name: 'dtype' }, { name: 'order', default: 'K' },
      { name: 'casting', default: 'unsafe', unsupported: "only 'unsafe' casting" },
      { name: 'subok', default: true, type: 'flag', doc: 'no effect: there are no ndarray subclasses' },
      { name: 'copy', default: true, type: 'flag', doc: 'False returns the array itself when the dtype already matches' },
    ],
  }, (a: PyObjectArray, args) => {
    checkOrder('astype', args.order as PyValue);
    if (!objectArrayCasts.astype) throw typeError('internal: object array casts are not installed');
    return objectArrayCasts.astype(a, args.dtype as PyValue, args.copy as boolean);
  }),
  method({
    name: 'np.ndarray.sort', doc: 'Sort a string array in place along an axis (the last one).',
    params: [{ name: 'axis', default: -1, type: 'int' }, { name: 'kind', default: null, doc: 'every kind sorts stably here' }, { name: 'order', default: null, unsupported: 'structured arrays' }],
  }, (a: PyObjectArray, args) => {
    const sorted = objectArrayCasts.sort!(a, args.axis as number);
    sorted.items.forEach((v, i) => { a.items[i] = v; });
    return null;
  }),
  method({ name: 'np.ndarray.ravel', doc: 'Return a flattened array.', params: [C_ORDER] }, (a: PyObjectArray) => a.derive(a.items.slice(), [a.items.length])),
  method({ name: 'np.ndarray.item', doc: 'Copy an element of an array to a standard Python scalar and return it (a.item(), a.item(flat_index), a.item(i, j)).', varargs: 'args', params: [] },
    (a: PyObjectArray, args) => itemOf(a, args.args as PyValue[])),
]);

/** a.item(): the one element; a.item(k): the k-th in flat order; a.item(i, j, ...): one per axis. */
function itemOf(a: PyObjectArray, args: PyValue[]): PyValue {
  const at = args.length === 1 && (args[0] instanceof PyTuple) ? (args[0] as PyTuple).items : args;
  const size = a.items.length;
  if (at.length === 0) {
    if (size !== 1) throw valueError('can only convert an array of size 1 to a Python scalar');
    return a.items[0];
  }
  const ints = at.map(v => toIndex(v));
  if (ints.length === 1) {
    const k = ints[0] < 0 ? ints[0] + size : ints[0];
    if (k < 0 || k >= size) throw pyException(E.IndexError, `index ${ints[0]} is out of bounds for size ${size}`);
    return a.items[k];
  }
  if (ints.length !== a.shape.length) throw valueError('incorrect number of indices for array');
  let flat = 0;
  ints.forEach((i, d) => {
    const n = a.shape[d], k = i < 0 ? i + n : i;
    if (k < 0 || k >= n) throw pyException(E.IndexError, `index ${i} is out of bounds for axis ${d} with size ${n}`);
    flat = flat * n + k;
  });
  return a.items[flat];
}

/** Python's a == b (reflected and identity rules included), as NumPy's object == loop calls it. */
function compareEq(a: PyValue, b: PyValue): PyValue {
  return richCompare('==', a, b);
}

/** How NumPy 1.x prints one element of an object array: repr, with lists shown as list([...]). */
function elementText(v: PyValue): string {
  return v instanceof PyList ? `list(${repr(v)})` : repr(v);
}

/** The elements of a list or tuple, or null for anything NumPy would not descend into. */
function sequenceItems(v: PyValue): readonly PyValue[] | null {
  return v instanceof PyList || v instanceof PyTuple ? v.items : null;
}

/**
 * The shape NumPy 1.x discovers for a ragged sequence: the dimensions in which every sequence at
 * that depth has the same length; deeper than that the elements are kept as objects.
 */
function discoveredShape(v: PyValue): number[] {
  if (v instanceof PyNDArray) return v.isScalar ? [] : v.array.shape.slice();
  if (v instanceof PyObjectArray) return v.shape.slice();
  const items = sequenceItems(v);
  if (items === null) return [];
  if (items.length === 0) return [0];
  let common: number[] | null = null;
  for (const item of items) {
    const s = discoveredShape(item);
    if (common === null) common = s;
    else {
      let n = 0;
      while (n < common.length && n < s.length && common[n] === s[n]) n++;
      common = common.slice(0, n);
    }
  }
  return [items.length, ...common!];
}

function collect(v: PyValue, depth: number, shape: readonly number[], out: PyValue[]): void {
  if (depth === shape.length) { out.push(v); return; }
  if (v instanceof PyNDArray) {
    // An array standing where more dims than its own are expected does not fit (NumPy's error).
    if (v.array.rank !== shape.length - depth) {
      throw valueError(`could not broadcast input array from shape ${shapeText(v.array.shape)} into shape ${shapeText(shape.slice(depth))}`);
    }
    const data = v.array.data;
    for (let i = 0; i < data.length; i++) out.push(v.array.dtype === 'string' ? data[i] as string : elementToPy(data[i] as number, v.array.dtype));
    return;
  }
  if (v instanceof PyObjectArray) { out.push(...v.items); return; }
  for (const item of sequenceItems(v)!) collect(item, depth + 1, shape, out);
}

/** np.array(v, dtype=object). */
export function objectArray(v: PyValue): PyObjectArray {
  if (v instanceof PyObjectArray) return new PyObjectArray(v.items.slice(), v.shape.slice());
  const shape = discoveredShape(v);
  const items: PyValue[] = [];
  collect(v, 0, shape, items);
  return new PyObjectArray(items, shape);
}

/** NumPy 1.x's "inhomogeneous" ValueError from the numeric conversion of a ragged sequence. */
export function isRaggedError(e: unknown): boolean {
  return e instanceof Error && e.message.startsWith('setting an array element with a sequence. The requested array has an inhomogeneous shape');
}

/** np.array(v) of a ragged sequence: an object array and NumPy 1.x's VisibleDeprecationWarning at the caller's line. */
export function raggedArray(v: PyValue): PyObjectArray {
  const out = objectArray(v);
  let warnings: PyValue;
  try {
    warnings = currentCache().import('warnings');
  } catch {
    // A host that offers no stdlib (some embedders) still shows the warning, without a location.
    io.stderr(`VisibleDeprecationWarning: ${RAGGED_WARNING}\n`);
    return out;
  }
  callValue(getAttr(warnings, 'warn'), [RAGGED_WARNING, VisibleDeprecationWarning], null);
  return out;
}
