// The control-flow ops: While and If run the loop bodies and cond branches built into their
// contexts (src/engine/control), `_Arg` stands for a loop variable inside a loop body. TF 1.15
// builds loops from Enter/Merge/Switch/NextIteration/Exit frames; Gradbook uses TF's functional
// op shape instead (one op per loop or cond), which keeps the session a flat plan.
import type { OutputSpec } from '../../graph/graph';
import { invalidArgument } from '../../errors';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { attr } from '../attrs';
import { OpType } from '../op_types';
import { op } from '../../formats/graph/op_defs/op_spec';
import { runWhile } from '../../control/while_runner';
import { runIf } from '../../control/cond_runner';
import { whileGradient } from '../../control/while_grad';
import { condGradient } from '../../control/cond_grad';

/** Output specs the builder computed (loop variables' invariants, merged branch shapes). */
const specsOf = (attrs: Record<string, unknown>): OutputSpec[] => attrs.output_specs as OutputSpec[];

export const Arg = defineOp({
  type: OpType._Arg, family: 'control', inputs: [],
  attrs: { T: attr.type(), index: attr.int(), shape: attr.any<import('../../shape').StaticShape>('shape', null) },
  infer: (_inputs, attrs) => [{ dtype: attrs.T, shape: attrs.shape }],
  compute: (_inputs, o) => {
    throw invalidArgument(`${o.name}:0 is a loop variable inside the while loop '${o.scope}': it has a value only while the loop runs, so it cannot be fetched or evaluated outside the loop`);
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('_Arg', '', 'output: T', 'T: type; index: int', { stateful: true }),
});

export const While = defineOp({
  type: OpType.While, family: 'control', inputs: ['*input'],
  attrs: { T: attr.any<string[]>('list(type)'), parallel_iterations: attr.int(10) },
  infer: (_inputs, attrs) => specsOf(attrs),
  compute: runWhile,
  gradient: whileGradient,
  stateful: true,
  tf: op('While', 'input: L:Tin', 'output: L:T', 'Tin: list(type); T: list(type); parallel_iterations: int = 10', { stateful: true, gradbookOnly: true }),
});

export const If = defineOp({
  type: OpType.If, family: 'control', inputs: ['cond', '*input'],
  attrs: { Tin: attr.any<string[]>('list(type)'), Tout: attr.any<string[]>('list(type)') },
  infer: (_inputs, attrs) => specsOf(attrs),
  compute: runIf,
  gradient: condGradient,
  stateful: true,
  tf: op('If', 'cond: bool, input: L:Tin', 'output: L:Tout', 'Tin: list(type); Tout: list(type)', { stateful: true, gradbookOnly: true }),
});

export const CONTROL_FLOW_FRAMES: OpGroup = { ops: [Arg, While, If], api: [] };
