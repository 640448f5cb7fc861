// Host callbacks: PyFunc / PyFuncStateless (TF1's script ops, under tf.py_func). The kernel
// calls a function the host registered under a token (TF's FuncRegistry keyed by "pyfunc_N");
// the engine knows nothing of Python: the binding registers a JS function that calls the
// Python callable and turns its result into NDArrays. As TF's PyFuncOp, the kernel checks the
// number and dtypes of the returned values (TF does not convert them) and the outputs have
// unknown shapes. TF registers both ops as NotDifferentiable (script_ops.py), so tf.gradients
// through them gives None.
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import type { DType } from '../../dtypes';
import type { NDArray } from '../../ndarray';
import { invalidArgument } from '../../errors';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { convertToTensor, type TensorLike } from '../builder';
import { inScope } from '../math/apply';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

/** What the host runs: the inputs' values in, the outputs' values out (any dtype; the kernel checks). */
export type HostCallback = (inputs: NDArray[]) => NDArray[];

const callbacks = new Map<string, HostCallback>();
let nextToken = 0;

/** Stores `fn` and returns its token ("pyfunc_0", "pyfunc_1", ... as TF numbers them). */
export function registerHostCallback(fn: HostCallback): string {
  const token = `pyfunc_${nextToken++}`;
  callbacks.set(token, fn);
  return token;
}

const schema = {
  token: attr.string(),
  Tin: attr.any<DType[]>('list(type)', []),
  Tout: attr.any<DType[]>('list(type)', []),
};

function infer(_inputs: Tensor[], attrs: { Tout: DType[] }) {
  return attrs.Tout.map(dtype => ({ dtype, shape: null }));
}

function compute(inputs: NDArray[], node: Operation & { attrs: { token: string; Tout: DType[] } }): NDArray[] {
  const { token, Tout } = node.attrs;
  const fn = callbacks.get(token);
  if (fn === undefined) throw invalidArgument(`ValueError: callback ${token} is not found`);
  const out = fn(inputs);
  if (out.length !== Tout.length) throw invalidArgument(`${token} returns ${out.length} values, but expects to see ${Tout.length} values.`);
  out.forEach((t, i) => {
    if (t.dtype !== Tout[i]) throw invalidArgument(`${i}-th value returned by ${token} is ${tfTypeName(t.dtype)}, but expects ${tfTypeName(Tout[i])}`);
  });
  return out;
}

/** TF's DataTypeString: the C++ names its kernel errors use (float, double, half). */
const tfTypeName = (d: DType) => ({ float32: 'float', float64: 'double', float16: 'half' } as Record<string, string>)[d] ?? d;

const SIGNATURE = ['input: Tin', 'output: Tout', 'token: string; Tin: list(type); Tout: list(type)'] as const;

export const PyFunc = defineOp({
  type: OpType.PyFunc, family: 'control', inputs: ['*input'], attrs: schema,
  infer, compute, gradient: NOT_DIFFERENTIABLE, stateful: true,
  tf: op('PyFunc', ...SIGNATURE, { stateful: true }),
});

export const PyFuncStateless = defineOp({
  type: OpType.PyFuncStateless, family: 'control', inputs: ['*input'], attrs: schema,
  infer, compute, gradient: NOT_DIFFERENTIABLE,
  tf: op('PyFuncStateless', ...SIGNATURE),
});

/**
 * The PyFunc (stateful) or PyFuncStateless op calling the callback registered under `token`;
 * its outputs, one per Tout entry, have unknown shapes.
 */
export function hostCallOp(token: string, inp: TensorLike[], Tout: DType[], stateful: boolean, name?: string): Tensor[] {
  const type = stateful ? OpType.PyFunc : OpType.PyFuncStateless;
  return inScope(inp, name, type, scope => {
    const tensors = inp.map(x => convertToTensor(x));
    const def = stateful ? PyFunc : PyFuncStateless;
    return def.make(tensors, { token, Tin: tensors.map(t => t.dtype), Tout }, scope).outputs.slice();
  });
}

export const HOST_CALLBACK: OpGroup = { ops: [PyFunc, PyFuncStateless], api: [] };
