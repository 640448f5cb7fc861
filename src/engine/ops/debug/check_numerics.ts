// CheckNumerics (tf.check_numerics, tf.debugging.check_numerics) and the helpers built on it:
// tf.verify_tensor_all_finite and tf.add_check_numerics_ops. The op passes its input through
// and fails the run with TF's text when the value holds NaN or Inf; its gradient checks the
// incoming gradient the same way.
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import type { NumericArray } from '../../dtypes';
import { getDefaultGraph } from '../../graph/default_graph';
import { invalidArgument, valueError } from '../../errors';
import { checkDType } from '../../kernels/math/dtype_rules';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { attr } from '../attrs';
import { convertToTensor, makeOp1, type TensorLike } from '../builder';
import { inScope } from '../math/apply';
import { defineOp, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { group, withControlDependencies } from '../control/group';
import { identity } from '../control/identity';

const FLOAT_DTYPES = new Set(['float16', 'float32', 'float64']);

/** "NaN", "Inf", "Inf and NaN", or null when every element is finite. */
export function nonFiniteKind(data: NumericArray): string | null {
  let nan = false, inf = false;
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    if (x - x !== 0) { if (x !== x) nan = true; else inf = true; }
  }
  return nan && inf ? 'Inf and NaN' : nan ? 'NaN' : inf ? 'Inf' : null;
}

export const CheckNumerics = defineOp({
  type: OpType.CheckNumerics, family: 'control', inputs: ['tensor'], attrs: { message: attr.string() },
  infer: ([x]) => { checkDType(x, 'float'); return [{ dtype: x.dtype, shape: x.shape }]; },
  compute: ([x], node) => {
    const kind = nonFiniteKind(x.numeric);
    if (kind !== null) throw invalidArgument(`${node.attrs.message} : Tensor had ${kind} values`);
    return [x];
  },
  // TF's _CheckNumericsGrad: the gradient is checked too, its message naming the forward check.
  gradient: (node, [g]): (Tensor | null)[] => [g === null ? null : checkNumerics(g,
    `Not a number (NaN) or infinity (Inf) values detected in gradient. ${node.attrs.message}`)],
  stateful: true,
  tf: op('CheckNumerics', 'tensor: T', 'output: T', 'T: type; message: string', { stateful: true }),
});

export function checkNumerics(tensor: TensorLike, message: string, name?: string): Tensor {
  return inScope([tensor], name, 'CheckNumerics', scope => makeOp1(OpType.CheckNumerics, [convertToTensor(tensor)], { message }, scope));
}

/** tf.verify_tensor_all_finite: `t` again, run after a CheckNumerics of it (scope VerifyFinite). */
export function verifyTensorAllFinite(t: TensorLike, msg: string, name?: string): Tensor {
  return inScope([t], name, 'VerifyFinite', () => {
    const x = convertToTensor(t, null, 't');
    const verify = checkNumerics(x, msg);
    return withControlDependencies([verify], () => identity(x));
  });
}

/**
 * tf.add_check_numerics_ops: one CheckNumerics per float output of every op in the default
 * graph, each run after the previous one, grouped into the returned op. Ops inside a cond or
 * while loop make it fail, as in TF.
 */
export function addCheckNumericsOps(): Operation {
  const checks: Operation[] = [];
  for (const node of getDefaultGraph().getOperations()) {
    const floats = node.outputs.filter(t => FLOAT_DTYPES.has(t.dtype));
    if (floats.length === 0) continue;
    if (node.controlFlowContext !== null) {
      throw valueError('`tf.add_check_numerics_ops() is not compatible with TensorFlow control flow operations such as `tf.cond()` or `tf.while_loop()`.');
    }
    for (const output of floats) {
      const previous = checks.length ? [checks[checks.length - 1]] : [];
      const check = withControlDependencies(previous, () => checkNumerics(output, `${node.name}:${output.valueIndex}`));
      checks.push(check.op);
    }
  }
  return group(checks);
}

export const CHECK_NUMERICS: OpGroup = {
  ops: [CheckNumerics],
  api: [
    defineApi({
      name: 'tf.check_numerics', doc: 'Checks a tensor for NaN and Inf values: the run fails with `message` when it has any.',
      params: [{ name: 'tensor', type: 'tensor' }, { name: 'message', type: 'str' }, { name: 'name', default: null, type: 'name' }],
    }, a => checkNumerics(a.tensor, a.message, a.name ?? undefined), ['tf.debugging.check_numerics', 'tf.compat.v1.check_numerics']),
    defineApi({
      name: 'tf.verify_tensor_all_finite', doc: 'Asserts that a tensor has no NaN or Inf values; returns the tensor.',
      params: [
        { name: 't', default: null, type: 'tensor' }, { name: 'msg', default: null, type: 'str' }, { name: 'name', default: null, type: 'name' },
        { name: 'x', default: null, type: 'tensor', doc: 'Alias for t.' }, { name: 'message', default: null, type: 'str', doc: 'Alias for msg.' },
      ],
    }, a => {
      const t = a.t ?? a.x, msg = a.msg ?? a.message;
      if (t === null || t === undefined) throw valueError('verify_tensor_all_finite() needs the tensor t (or x)');
      if (msg === null || msg === undefined) throw valueError('verify_tensor_all_finite() needs the message msg (or message)');
      return verifyTensorAllFinite(t, msg, a.name ?? undefined);
    }, ['tf.debugging.assert_all_finite']),
    defineApi({
      name: 'tf.add_check_numerics_ops', doc: 'Connects a check_numerics to every floating point tensor of the default graph; returns the group op.',
      params: [],
    }, () => addCheckNumericsOps()),
  ],
};
