// numpy arrays (what sess.run returns, mnist.test.images[:10]) display as the tensor view.
// NumPy scalars (`sess.run(accuracy)` → 0.9123) stay plain text.
import { NDArray } from '../../engine';
import { tensorPayload } from '../../engine';
import { Mime } from '../../shared/mimes';
import type { RichFormatter } from './context';

interface PyNDArrayLike { array: NDArray; isScalar: boolean }

function asArray(value: unknown): NDArray | undefined {
  const v = value as PyNDArrayLike | null;
  if (!v || typeof v !== 'object' || !(v.array instanceof NDArray) || v.isScalar || v.array.rank === 0) return undefined;
  return v.array;
}

export const tensorFormatter: RichFormatter = (value, ctx) => {
  const array = asArray(value);
  if (!array) return undefined;
  const name = ctx.globalNameOf((g) => g === value);
  return { [Mime.tensor]: tensorPayload(array, { name }) };
};
