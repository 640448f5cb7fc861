// Switch, RefSwitch and Merge: the dataflow form of a conditional (what tf.cond builds). Switch
// forwards `data` to output_true or output_false by `pred`; the other output is dead, and ops
// fed by a dead value do not run (session/runtime.ts DEAD). Merge forwards whichever input is
// live. Variable.initialized_value builds exactly this (TF's `cond` named `cond`).
// Their gradients need tf.cond's control-flow contexts, which Gradbook does not build yet, so
// they are marked not differentiable (no gradient flows through a conditional for now).
import { NDArray } from '../../ndarray';
import type { Tensor } from '../../graph/tensor';
import { typeError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { DEAD } from '../../session/runtime';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

function checkPred(pred: Tensor): void {
  if (pred.dtype !== 'bool') throw typeError(`Input 'pred' of 'Switch' Op has type ${pred.dtype} that does not match expected type of bool.`);
  if (pred.shape !== null && pred.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${pred.shape.length}`);
}

function switchDef(type: typeof OpType.Switch | typeof OpType.RefSwitch) {
  const ref = type === OpType.RefSwitch;
  return defineOp({
    type, family: 'control', inputs: ['data', 'pred'], attrs: {}, ...(ref ? { refInputs: [0] } : {}),
    infer: ([data, pred]) => {
      checkPred(pred);
      const out = { dtype: data.dtype, shape: data.shape, isRef: ref };
      return [out, { ...out }];
    },
    compute: ([data, pred]) => ((pred.data as Uint8Array)[0] ? [DEAD, data] : [data, DEAD]),
    gradient: NOT_DIFFERENTIABLE,
    tf: ref
      ? op('RefSwitch', 'data: Ref(T), pred: bool', 'output_false: Ref(T), output_true: Ref(T)', 'T: type')
      : op('Switch', 'data: T, pred: bool', 'output_false: T, output_true: T', 'T: type'),
  });
}
export const Switch = switchDef(OpType.Switch);
export const RefSwitch = switchDef(OpType.RefSwitch);

export const Merge = defineOp({
  type: OpType.Merge, family: 'control', inputs: ['*inputs'], attrs: {}, acceptsDeadInputs: true,
  infer: inputs => {
    const shapes = inputs.map(t => t.shape);
    // TF keeps the shape when all inputs agree, else the common rank with unknown dims.
    const first = shapes[0];
    const same = shapes.every(s => s !== null && first !== null && s.length === first.length && s.every((d, i) => d === first[i]));
    const rank = first !== null && shapes.every(s => s !== null && s.length === first.length) ? first.length : null;
    const shape = same ? first : rank === null ? null : new Array(rank).fill(null);
    return [{ dtype: inputs[0].dtype, shape }, { dtype: 'int32', shape: [] }];
  },
  compute: inputs => {
    const i = inputs.findIndex(v => v !== DEAD);
    return i < 0 ? [DEAD, DEAD] : [inputs[i], NDArray.scalar(i, 'int32')];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('Merge', 'inputs: N * T', 'output: T, value_index: int32', 'T: type; N: int >= 1'),
});

export const COND: OpGroup = { ops: [Switch, RefSwitch, Merge], api: [] };
