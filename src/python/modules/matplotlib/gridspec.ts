// matplotlib.gridspec: GridSpec(nrows, ncols) and the SubplotSpecs its slices make (gs[0, :],
// gs[1:, 0]). A SubplotSpec is a block of grid cells, which src/plots' add_subplot already takes as
// (nrows, ncols, (first, last)); the spacing keywords set the figure's subplot parameters.
import type { PyValue } from '../../objects/core';
import { PyModule } from '../../objects/callables';
import { PySlice, PyTuple } from '../../objects/containers';
import { HostObject, hostClass } from '../../host';
import { indexError } from '../../exceptions';
import { sliceIndices } from '../../runtime/subscript';
import { toIndex } from '../../runtime/numbers';
import { entry, installTable, method as hostMethod, MethodTable, type TableEntry } from '../../bind';
import type { Figure } from '../../../plots';
import { jsKwargs, jsValue } from './convert';

export class GridSpec extends HostObject {
  constructor(readonly nrows: number, readonly ncols: number, readonly spacing: Record<string, unknown>, readonly figure: Figure | null) { super(); }
  override get pyTypeName(): string { return 'GridSpec'; }
  override get type() { return hostClass('GridSpec', 'matplotlib.gridspec'); }
  override repr(): string { return `GridSpec(${this.nrows}, ${this.ncols})`; }

  getitem(key: PyValue): PyValue {
    const keys = key instanceof PyTuple ? key.items : [key];
    if (keys.length === 1 && !(keys[0] instanceof PySlice)) {
      // gs[k]: the k-th cell in row-major order.
      const n = this.nrows * this.ncols;
      let k = toIndex(keys[0]);
      if (k < 0) k += n;
      if (k < 0 || k >= n) throw indexError('index out of range');
      return new SubplotSpec(this, Math.floor(k / this.ncols), Math.floor(k / this.ncols) + 1, k % this.ncols, k % this.ncols + 1);
    }
    const [r0, r1] = span(keys[0], this.nrows), [c0, c1] = span(keys[1], this.ncols);
    return new SubplotSpec(this, r0, r1, c0, c1);
  }

  getattr(name: string): PyValue | undefined {
    if (name === 'nrows') return this.nrows;
    if (name === 'ncols') return this.ncols;
    return GRIDSPEC_METHODS.get(this, name);
  }
}

function span(k: PyValue | undefined, n: number): [number, number] {
  if (k === undefined || k instanceof PySlice) {
    const [start, , step, count] = sliceIndices(k ?? new PySlice(null, null, null), n);
    if (count === 0) throw indexError('GridSpec slice would result in no space allocated for subplot');
    return step > 0 ? [start, start + (count - 1) * step + 1] : [start + (count - 1) * step, start + 1];
  }
  let i = toIndex(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError(`index ${toIndex(k)} is out of bounds for GridSpec with size ${n}`);
  return [i, i + 1];
}

/** GridSpec.get_geometry (matplotlib 3.6 GridSpecBase). */
export const GRIDSPEC_METHODS = new MethodTable<GridSpec>([
  hostMethod({ name: 'GridSpec.get_geometry', doc: 'The number of rows and columns, as a tuple.', params: [] }, (self: GridSpec) => new PyTuple([self.nrows, self.ncols])),
], { pythonClass: true });

export class SubplotSpec extends HostObject {
  constructor(readonly grid: GridSpec, readonly row0: number, readonly row1: number, readonly col0: number, readonly col1: number) { super(); }
  override get pyTypeName(): string { return 'SubplotSpec'; }
  override get type() { return hostClass('SubplotSpec', 'matplotlib.gridspec'); }
  override repr(): string { return `GridSpec(${this.grid.nrows}, ${this.grid.ncols})[${this.row0}:${this.row1}, ${this.col0}:${this.col1}]`; }
  /** add_subplot's (nrows, ncols, (first, last)), 1-based, first and last cell of the block. */
  subplotArgs(): unknown[] {
    const { nrows, ncols } = this.grid;
    const first = this.row0 * ncols + this.col0 + 1, last = (this.row1 - 1) * ncols + (this.col1 - 1) + 1;
    return [nrows, ncols, [first, last]];
  }
}

/** add_subplot / subplot arguments: numbers, (i, j) spans and SubplotSpecs; a GridSpec's spacing goes to `fig`. */
export function subplotArgs(args: readonly PyValue[], fig: Figure): unknown[] {
  if (args.length === 1 && args[0] instanceof SubplotSpec) {
    const spec = args[0];
    if (Object.keys(spec.grid.spacing).length) fig.subplots_adjust(spec.grid.spacing);
    return spec.subplotArgs();
  }
  return args.map((a) => jsValue(a));
}

export const GRIDSPEC_TABLE: readonly TableEntry[] = [
  entry({
    name: 'gridspec.GridSpec', doc: 'A grid layout to place subplots within a figure.',
    params: [
      { name: 'nrows', type: 'int' }, { name: 'ncols', type: 'int' }, { name: 'figure', default: null },
      { name: 'left', default: null }, { name: 'bottom', default: null }, { name: 'right', default: null }, { name: 'top', default: null },
      { name: 'wspace', default: null }, { name: 'hspace', default: null },
      { name: 'width_ratios', default: null, unsupported: 'unequal column widths' }, { name: 'height_ratios', default: null, unsupported: 'unequal row heights' },
    ],
  }, (a) => new GridSpec(a.nrows, a.ncols, jsKwargs({ left: a.left as PyValue, bottom: a.bottom as PyValue, right: a.right as PyValue, top: a.top as PyValue, wspace: a.wspace as PyValue, hspace: a.hspace as PyValue }),
    a.figure === null ? null : jsValue(a.figure as PyValue) as Figure)),
];

export function makeGridspecModule(): PyModule {
  const m = new PyModule('matplotlib.gridspec');
  installTable(m, GRIDSPEC_TABLE);
  m.set('SubplotSpec', hostClass('SubplotSpec', 'matplotlib.gridspec'));
  return m;
}
