// NumPy object arrays (dtype=object): what np.array makes of ragged nested sequences, as NumPy 1.x
// did with a VisibleDeprecationWarning (TF1-era programs rely on it: `np.array(list(zip(x, y)))`
// over sentences of different lengths), or of anything given dtype=object. The elements are the
// Python objects themselves. Indexing reuses the numeric core: an array of positions 0..n-1 in
// the same shape is indexed with NumPy's rules and the selected positions pick the objects, so
// slices, integer arrays, masks and newaxis behave as for any ndarray.
import { HostObject } from '../../host';
import type { PyValue } from '../../objects/core';
import { PyList, PyTuple } from '../../objects/containers';
import { method, MethodTable } from '../../bind';
import { PyClass } from '../../objects/pyclass';
import { E, typeError, valueError } from '../../exceptions';
import { registerExceptionClass } from '../../exceptions';
import { repr } from '../../runtime/repr';
import { truthy } from '../../runtime/truth';
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
import { ndarrayClass, PyNDArray } from './ndarray_object';
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
  private positions(): NDArray {
    const p = NDArray.zeros('int64', this.shape);
    const d = p.data as Float64Array;
    for (let i = 0; i < d.length; i++) d[i] = i;
    return p;
  }
  private select(key: PyValue): NDArray {
    return indexErrors(() => np.getitem(this.positions(), indexItems(key)));
  }
  private pick(p: NDArray): PyObjectArray {
    return new PyObjectArray(Array.from(p.data as Float64Array, i => this.items[i]), p.shape.slice());
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
    if (this.shape.length === 0) return `array(${elementText(this.items[0])}, dtype=object)`;
    const prefix = 'array(';
    const head = prefix + layoutArray(this.positions(), i => elementText(this.items[i]), ', ', prefix, ')') + ',';
    const lastLine = head.length - (head.lastIndexOf('\n') + 1);
    return head + (lastLine + 'dtype=object)'.length + 1 > printOptions.linewidth ? '\n' + ' '.repeat(prefix.length) : ' ') + 'dtype=object)';
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
      case 'dtype': return OBJECT_DTYPE;
      case 'itemsize': return 8;
      case 'nbytes': return 8 * this.items.length;
      case 'T': return this.pick(np.transpose(this.positions()));
    }
    return objectArrayMethods().get(this, name);
  }
}

/** The ndarray methods object arrays have, with ndarray's signatures (numpy/methods.ts); made on first use. */
const C_ORDER = { name: 'order', default: 'C', type: 'str', unsupported: "only 'C' (row-major) order" } as const;
let OBJECT_ARRAY_METHODS: MethodTable<PyObjectArray> | undefined;
const objectArrayMethods = () => OBJECT_ARRAY_METHODS ??= new MethodTable<PyObjectArray>([
  method({ name: 'np.ndarray.tolist', doc: 'Return the array as a nested list of its objects.', params: [] }, (a: PyObjectArray) => a.tolist()),
  method({ name: 'np.ndarray.copy', doc: 'Return a copy of the array.', params: [C_ORDER] }, (a: PyObjectArray) => new PyObjectArray(a.items.slice(), a.shape.slice())),
  method({ name: 'np.ndarray.flatten', doc: 'Return a copy of the array collapsed into one dimension.', params: [C_ORDER] },
    (a: PyObjectArray) => new PyObjectArray(a.items.slice(), [a.items.length])),
  method({ name: 'np.ndarray.ravel', doc: 'Return a flattened array.', params: [C_ORDER] }, (a: PyObjectArray) => new PyObjectArray(a.items.slice(), [a.items.length])),
]);

function compareEq(a: PyValue, b: PyValue): PyValue {
  return callValue(getAttr(a, '__eq__'), [b], null);
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
