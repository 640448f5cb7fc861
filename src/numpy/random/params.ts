// Array-valued distribution parameters, as RandomState's `cont`/`disc` helpers take them: when
// every parameter is a scalar (0-d), one value or a `size` array of draws; otherwise the
// parameters broadcast together, the output has their shape (or `size`, which must broadcast
// with them), and draws run over the output in C order, each with its own parameters.
import { NDArray, shapeSize } from '../../engine/ndarray';
import { NumericArray } from '../../engine/dtypes';
import { broadcastIndex, broadcastShapes, formatShape } from '../broadcast';
import { asarray } from '../convert';
import { ArrayLike, pyError } from '../values';
import type { Size } from './random_state';

export interface DrawPlan {
  /** null: one Python scalar; else the output shape. */
  shape: number[] | null;
  /** Parameter values for output element i (the same object, refilled). */
  at(i: number): number[];
  /** Runs a constraint check on every output element's parameters, before any draw. */
  check(f: (params: number[]) => void): void;
}

export function drawPlan(params: readonly ArrayLike[], size: Size): DrawPlan {
  const arrays = params.map(p => asarray(p));
  const scalar = arrays.every(a => a.shape.length === 0);
  let shape: number[] | null;
  if (size === null || size === undefined) shape = scalar ? null : broadcastShapes(...arrays.map(a => a.shape));
  else {
    shape = sizeShape(size);
    if (!scalar) checkSize(shape, arrays);
  }
  const outShape = shape ?? [];
  const maps = arrays.map(a => (a.shape.length === 0 ? null : broadcastIndex(a.shape, outShape)));
  const values = arrays.map(a => a.data as NumericArray);
  const current = new Array<number>(arrays.length).fill(0);
  return {
    shape,
    at(i) {
      for (let k = 0; k < values.length; k++) {
        const a = arrays[k];
        current[k] = values[k][a.shape.length === 0 ? 0 : maps[k] ? maps[k]![i] : i];
      }
      return current;
    },
    check(f) {
      // Scalar parameters are checked even when no value is drawn (size=0), as NumPy does.
      const n = scalar ? 1 : shapeSize(outShape);
      for (let i = 0; i < n; i++) f(this.at(i));
    },
  };
}

function sizeShape(size: number | readonly number[]): number[] {
  const shape = typeof size === 'number' ? [size] : size.slice();
  if (shape.some(d => d < 0 || !Number.isInteger(d))) throw pyError('ValueError', 'negative dimensions are not allowed');
  return shape;
}

/** `size` must be the broadcast of itself with the parameters (NumPy's np.broadcast text). */
function checkSize(shape: number[], arrays: NDArray[]): void {
  const shapes = [shape, ...arrays.map(a => a.shape)];
  let so: readonly number[] = shape;
  for (let k = 1; k < shapes.length; k++) {
    let combined: number[];
    try { combined = broadcastShapes(so, shapes[k]); } catch {
      throw pyError('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ${formatShape(shape)} and arg ${k} with shape ${formatShape(shapes[k])}.`);
    }
    so = combined;
  }
  if (so.length !== shape.length || so.some((d, i) => d !== shape[i])) {
    throw pyError('ValueError', `Output size ${formatShape(shape)} is not compatible with broadcast dimensions of inputs ${formatShape(so)}.`);
  }
}

/** Fill `plan`'s output with `draw(params)`, or return one draw. */
export function drawAll(plan: DrawPlan, dtype: 'float64' | 'int64', draw: (p: number[]) => number): number | NDArray {
  if (plan.shape === null) return draw(plan.at(0));
  const out = NDArray.zeros(dtype, plan.shape);
  const d = out.data as NumericArray, n = shapeSize(plan.shape);
  for (let i = 0; i < n; i++) d[i] = draw(plan.at(i));
  return out;
}
