// TF's op_def_library pattern shared by the math builders: open the op's name scope, convert
// plain-value arguments inside it (so a constant is named `Add/y`, or `add/x` in the reflected
// Python operator form), then give the op the scope's own name. A plain value takes the dtype
// of the first tensor argument (tf1-semantics §1.4, §3.3).
import { Tensor } from '../../graph/tensor';
import { getDefaultGraph } from '../../graph/default_graph';
import { convertToTensor, isConvertible, makeOp1, TensorLike } from '../builder';
import type { Attrs } from '../../graph/operation';
import type { DType } from '../../dtypes';

export function isTensorLike(v: TensorLike): boolean { return v instanceof Tensor || isConvertible(v); }

/** Variables and tensors as Tensors, without converting plain values. */
function asTensorOrNull(v: TensorLike): Tensor | null {
  if (v instanceof Tensor) return v;
  if (isConvertible(v)) return v.toTensor();
  return null;
}

export function firstDType(args: TensorLike[]): DType | undefined {
  for (const a of args) { const t = asTensorOrNull(a); if (t) return t.dtype; }
  return undefined;
}

export function graphFor(args: TensorLike[]) {
  for (const a of args) { const t = asTensorOrNull(a); if (t) return t.graph; }
  return getDefaultGraph();
}

/** Convert every argument; plain values take `dtype` (default: the first tensor's dtype). */
export function convertArgs(args: TensorLike[], argNames: string[], dtype = firstDType(args)): Tensor[] {
  return args.map((a, i) => asTensorOrNull(a) ?? convertToTensor(a, dtype, argNames[i] ?? 'x'));
}

export function inScope<T>(args: TensorLike[], name: string | undefined, defaultName: string, fn: (scope: string) => T): T {
  return graphFor(args).withNameScope(name ?? null, defaultName, fn);
}

/** One op of `type`, named `name ?? defaultName` (made unique), plain arguments converted inside. */
export function applyOp(type: string, defaultName: string, args: TensorLike[], argNames: string[], attrs: Attrs = {}, name?: string): Tensor {
  return inScope(args, name, defaultName, scope => makeOp1(type, convertArgs(args, argNames), attrs, scope));
}
