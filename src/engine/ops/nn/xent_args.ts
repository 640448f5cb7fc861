// The named-arguments rule of TF's v1 cross-entropy functions (_ensure_xent_args) and the
// shape check the sigmoid variants share.
import { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { isConvertible, TensorLike } from '../builder';
import { formatShapePy, mergeShapes } from '../../shape';
import { valueError } from '../../errors';

export interface XentArgs {
  _sentinel?: unknown;
  labels?: TensorLike | null;
  logits?: TensorLike | null;
  /** Class axis of the softmax variants (`dim` in TF1, `axis` in later releases). */
  dim?: number;
  axis?: number;
  name?: string;
}

function isOptionsObject(v: unknown): v is XentArgs {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Tensor) && !(v instanceof NDArray) && !isConvertible(v);
}

/** TF's _ensure_xent_args: named arguments only, and both labels and logits. */
export function ensureXentArgs(fnName: string, args: unknown, positional: unknown[]): { labels: TensorLike; logits: TensorLike } & XentArgs {
  if (!isOptionsObject(args) || positional.length > 0 || (args._sentinel !== undefined && args._sentinel !== null)) {
    throw valueError(`Only call \`${fnName}\` with named arguments (labels=..., logits=..., ...)`);
  }
  if (args.labels === undefined || args.labels === null || args.logits === undefined || args.logits === null) {
    throw valueError('Both labels and logits must be provided.');
  }
  return args as { labels: TensorLike; logits: TensorLike } & XentArgs;
}

/** Shapes must merge (labels against logits) before any op is built. */
export function assertSameShape(logits: Tensor, labels: Tensor): void {
  try { mergeShapes(labels.shape, logits.shape); } catch {
    throw valueError(`logits and labels must have the same shape (${formatShapePy(logits.shape)} vs ${formatShapePy(labels.shape)})`);
  }
}

