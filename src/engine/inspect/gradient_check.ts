// Finite-difference gradient checks of a graph at given input values (tf.test.compute_gradient's
// semantics): the theoretical Jacobian from tf.gradients, one backward run per output element
// with a one-hot upstream gradient, against central differences of the forward run, one pair of
// runs per input element. Both are [x_size, y_size]. Runs happen in the given session.
import type { Tensor } from '../graph/tensor';
import type { Session } from '../session/session';
import { NDArray } from '../ndarray';
import { placeholder } from '../ops/control/placeholder';
import { gradients } from '../gradients/gradients';
import { valueError } from '../errors';

export interface GradientCheckInput { x: Tensor; shape: number[]; init: NDArray | null }
export interface Jacobians { theoretical: NDArray; numerical: NDArray }

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const floatOf = (dtype: string) => (dtype === 'float64' ? 'float64' : 'float32') as 'float32' | 'float64';

/** x's starting value: the given one, else uniform [0, 1) as TF's np.random.random_sample. */
function startValue(inp: GradientCheckInput): NDArray {
  if (inp.init) {
    if (sizeOf(inp.init.shape) !== sizeOf(inp.shape)) throw valueError(`x_init_value has shape [${inp.init.shape.join(', ')}], expected [${inp.shape.join(', ')}]`);
    return new NDArray(floatOf(inp.x.dtype), inp.shape.slice(), Float64Array.from(inp.init.numeric, Number) as never).clone();
  }
  const v = NDArray.zeros(floatOf(inp.x.dtype), inp.shape);
  for (let i = 0; i < v.size; i++) v.numeric[i] = Math.random();
  return v;
}

export function computeJacobians(session: Session, inputs: GradientCheckInput[], y: Tensor, yShape: number[], delta: number): Jacobians[] {
  const ySize = sizeOf(yShape);
  const values = inputs.map(startValue);
  const dy = placeholder(y.dtype, yShape);
  const grads = gradients(y, inputs.map(i => i.x), { gradYs: [dy] });
  const feeds = (overrides: Map<number, NDArray> = new Map()): [Tensor, NDArray][] => inputs.map((inp, k) => [inp.x, overrides.get(k) ?? values[k]]);
  return inputs.map((inp, k) => {
    const xSize = sizeOf(inp.shape), dtype = floatOf(inp.x.dtype);
    const theoretical = NDArray.zeros(dtype, [xSize, ySize]);
    const numerical = NDArray.zeros(dtype, [xSize, ySize]);
    const grad = grads[k];
    const oneHot = NDArray.zeros(y.dtype, yShape);
    for (let j = 0; j < ySize; j++) {
      if (grad === null) break;
      oneHot.numeric.fill(0); oneHot.numeric[j] = 1;
      const g = session.run(grad, [...feeds(), [dy, oneHot]]) as NDArray;
      for (let r = 0; r < xSize; r++) theoretical.numeric[r * ySize + j] = g.numeric[r];
    }
    const moved = values[k].clone();
    for (let r = 0; r < xSize; r++) {
      const x0 = values[k].numeric[r];
      moved.numeric[r] = x0 + delta;
      const up = (session.run(y, feeds(new Map([[k, moved]]))) as NDArray).numeric;
      moved.numeric[r] = x0 - delta;
      const down = (session.run(y, feeds(new Map([[k, moved]]))) as NDArray).numeric;
      moved.numeric[r] = x0;
      for (let j = 0; j < ySize; j++) numerical.numeric[r * ySize + j] = (Number(up[j]) - Number(down[j])) / (2 * delta);
    }
    return { theoretical, numerical };
  });
}

/** tf.test.compute_gradient_error: the largest |theoretical − numerical| over every Jacobian. */
export function maxJacobianError(jacobians: Jacobians[]): number {
  let worst = 0;
  for (const { theoretical, numerical } of jacobians) {
    for (let i = 0; i < theoretical.size; i++) worst = Math.max(worst, Math.abs(Number(theoretical.numeric[i]) - Number(numerical.numeric[i])));
  }
  return worst;
}
