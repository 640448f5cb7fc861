// The axes grid plt.subplots returns: a NumPy array of dtype object in matplotlib. Gradbook's NumPy
// holds numbers only, so this is a small ndarray of Python objects with what notebooks do to it:
// axes[i, j], axes[i], axes[:, 0], axes.flat, axes.ravel() / flatten(), iteration, len, shape,
// reshape, tolist().
import type { PyValue } from '../../objects/core';
import { PyList, PySlice, PyTuple } from '../../objects/containers';
import { method, MethodTable } from '../../bind';
import { unsupportedArgumentText } from '../../../engine';
import { HostObject, hostClass } from '../../host';
import { E, indexError, pyException, typeError, valueError } from '../../exceptions';
import { sliceIndices } from '../../runtime/subscript';
import { toIndex } from '../../runtime/numbers';
import { repr } from '../../runtime/repr';
import { toArray } from '../../runtime/iteration';

export class ObjectArray extends HostObject {
  constructor(readonly items: PyValue[], readonly shape: number[]) { super(); }
  override get pyTypeName(): string { return 'ndarray'; }
  override get type() { return hostClass('ndarray', 'numpy'); }

  static from(nested: unknown, leaf: (x: unknown) => PyValue): ObjectArray {
    if (!Array.isArray(nested)) return new ObjectArray([leaf(nested)], []);
    if (nested.length && Array.isArray(nested[0])) {
      const rows = nested as unknown[][];
      return new ObjectArray(rows.flat().map(leaf), [rows.length, rows[0].length]);
    }
    return new ObjectArray(nested.map(leaf), [nested.length]);
  }

  private get strides(): number[] {
    const s = new Array(this.shape.length).fill(1);
    for (let i = this.shape.length - 2; i >= 0; i--) s[i] = s[i + 1] * this.shape[i + 1];
    return s;
  }

  /** Index or slice along each axis (NumPy basic indexing). */
  getitem(key: PyValue): PyValue {
    const keys = key instanceof PyTuple ? key.items : [key];
    if (keys.length > this.shape.length) throw indexError(`too many indices for array: array is ${this.shape.length}-dimensional, but ${keys.length} were indexed`);
    let picks: number[][] = [[]];
    const outShape: number[] = [];
    this.shape.forEach((n, dim) => {
      const k = keys[dim];
      let idx: number[];
      if (k === undefined || k instanceof PySlice) {
        const [start, , step, count] = sliceIndices(k ?? new PySlice(null, null, null), n);
        idx = Array.from({ length: count }, (_, i) => start + i * step);
        outShape.push(count);
      } else {
        let i = toIndex(k);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw indexError(`index ${toIndex(k)} is out of bounds for axis ${dim} with size ${n}`);
        idx = [i];
      }
      picks = picks.flatMap((p) => idx.map((i) => [...p, i]));
    });
    const strides = this.strides;
    const items = picks.map((p) => this.items[p.reduce((acc, i, d) => acc + i * strides[d], 0)]);
    return outShape.length === 0 ? items[0] : new ObjectArray(items, outShape);
  }

  setitem(key: PyValue, value: PyValue): void {
    const at = this.getitem(key);
    if (at instanceof ObjectArray) throw typeError('assigning to a slice of an axes array is not supported');
    this.items[this.items.indexOf(at)] = value;
  }

  len(): number {
    if (!this.shape.length) throw typeError('len() of unsized object');
    return this.shape[0];
  }

  iter(): Iterable<PyValue> {
    const n = this.len();
    return Array.from({ length: n }, (_, i) => this.getitem(i));
  }

  override repr(): string {
    const rows = (items: PyValue[], shape: number[], indent: string): string => {
      if (shape.length === 1) return `[${items.map((x) => repr(x)).join(', ')}]`;
      const size = items.length / shape[0];
      return `[${Array.from({ length: shape[0] }, (_, i) => rows(items.slice(i * size, (i + 1) * size), shape.slice(1), indent + ' ')).join(`,\n${indent} `)}]`;
    };
    return this.shape.length ? `array(${rows(this.items, this.shape, '      ')}, dtype=object)` : `array(${repr(this.items[0])}, dtype=object)`;
  }

  flat(): ObjectArray { return new ObjectArray([...this.items], [this.items.length]); }

  reshape(args: PyValue[]): ObjectArray {
    const dims = (args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList) ? toArray(args[0]) : args).map(toIndex);
    const known = dims.filter((d) => d >= 0).reduce((a, b) => a * b, 1);
    const shape = dims.map((d) => (d < 0 ? this.items.length / known : d));
    if (shape.reduce((a, b) => a * b, 1) !== this.items.length) throw valueError(`cannot reshape array of size ${this.items.length} into shape (${dims.join(', ')})`);
    return new ObjectArray([...this.items], shape);
  }

  tolist(): PyValue {
    if (this.shape.length <= 1) return new PyList([...this.items]);
    return new PyList(toArray(this).map((row) => (row instanceof ObjectArray ? row.tolist() : row)));
  }

  getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'flat': return this.flat();
      case 'shape': return new PyTuple([...this.shape]);
      case 'ndim': return this.shape.length;
      case 'size': return this.items.length;
      case 'dtype': return 'object';
      case 'T': return this.transpose();
    }
    return axesArrayMethods().get(this, name);
  }

  transpose(): ObjectArray {
    if (this.shape.length < 2) return this;
    const [r, c] = this.shape;
    const items: PyValue[] = [];
    for (let j = 0; j < c; j++) for (let i = 0; i < r; i++) items.push(this.items[i * c + j]);
    return new ObjectArray(items, [c, r]);
  }
}

/** The ndarray methods an array of Axes has (NumPy's signatures); made on first use. */
const C_ORDER = { name: 'order', default: 'C', type: 'str', unsupported: "only 'C' (row-major) order" } as const;
let AXES_ARRAY_METHODS: MethodTable<ObjectArray> | undefined;
const axesArrayMethods = () => AXES_ARRAY_METHODS ??= new MethodTable<ObjectArray>([
  method({ name: 'np.ndarray.ravel', doc: 'Return a flattened array.', params: [C_ORDER] }, (self: ObjectArray) => self.flat()),
  method({ name: 'np.ndarray.flatten', doc: 'Return a copy of the array collapsed into one dimension.', params: [C_ORDER] }, (self: ObjectArray) => self.flat()),
  method({ name: 'np.ndarray.reshape', doc: 'Returns an array containing the same data with a new shape.', varargs: 'shape', params: [{ ...C_ORDER, kind: 'keyword' }] },
    (self: ObjectArray, a) => self.reshape(a.shape as PyValue[])),
  method({ name: 'np.ndarray.tolist', doc: 'Return the array as nested lists of its objects.', params: [] }, (self: ObjectArray) => self.tolist()),
  method({ name: 'np.ndarray.transpose', doc: 'Returns a view of the array with axes transposed.', varargs: 'axes', params: [] }, (self: ObjectArray, a) => {
    if ((a.axes as PyValue[]).length) throw pyException(E.NotImplementedError, unsupportedArgumentText('transpose', 'axes', 'an array of Axes transposes its two dimensions only'));
    return self.transpose();
  }),
]);
