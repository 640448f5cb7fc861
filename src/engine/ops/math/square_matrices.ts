// Shape rules of the ops over batches of square matrices ([..., n, n]): MatrixInverse,
// MatrixDeterminant, MatrixSolve, Cholesky, SelfAdjointEigV2. TF's texts for each check.
import { ShapeError } from '../../kernels/registry';
import { invalidArgument } from '../../errors';

/** Graph-time check: rank ≥ 2 and, where both are known, the last two dimensions equal. */
export function squareInfer(name: string, s: readonly (number | null)[] | null): void {
  if (s === null) return;
  if (s.length < 2) throw new ShapeError(`Shape must be at least rank 2 but is rank ${s.length}`);
  const [r, c] = s.slice(-2);
  if (r !== null && c !== null && r !== c) throw new ShapeError(`Dimensions must be equal, but are ${r} and ${c} for '${name}'`);
}

/** Run-time check of a concrete shape; returns n. */
export function squareRuntime(shape: readonly number[]): number {
  const n = shape[shape.length - 1];
  if (shape.length < 2 || shape[shape.length - 2] !== n) throw invalidArgument('Input matrix must be square.');
  return n;
}

/** How many matrices a [..., n, n] shape holds. */
export const batchOf = (shape: readonly number[]) => shape.slice(0, -2).reduce((p, d) => p * d, 1);
