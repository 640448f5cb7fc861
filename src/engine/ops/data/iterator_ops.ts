// Iterators (TF1 style): IteratorV2 is the resource (its state lives in the session, keyed by
// the op), MakeIterator starts a pass over a dataset in it, IteratorGetNext pulls one element
// per run. A one-shot iterator initializes itself on first use (OneShotIterator here takes the
// dataset as an input instead of TF's dataset_factory function). TF's texts for the end of the
// data and for an iterator not yet initialized.
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import type { RuntimeContext } from '../../session/runtime';
import type { DType } from '../../dtypes';
import type { StaticShape } from '../../shape';
import { KernelError, failedPrecondition } from '../../errors';
import { op } from '../../formats/graph/op_defs/op_spec';
import { attr } from '../attrs';
import { makeOp, makeOp1 } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { datasetOf, ElementIterator } from '../../data/pipeline/element';

interface IteratorState { it: ElementIterator | null }

/** The op that owns an iterator handle (through Identity ops). */
function resourceOp(t: Tensor): Operation {
  let o = t.op;
  while (o.type === OpType.Identity) o = o.inputs[0].op;
  return o;
}
export const iteratorState = (rt: RuntimeContext, handle: Tensor): IteratorState => rt.opState(resourceOp(handle), () => ({ it: null }));

const handleValue = (name: string) => new NDArray('string', [], [name]);
const SPECS = { output_types: attr.any<DType[]>('list(type)', []), output_shapes: attr.any<StaticShape[]>('list(shape)', []) };
const SPEC_TEXT = 'output_types: list(type) >= 1; output_shapes: list(shape) >= 1';

export const IteratorV2 = defineOp({
  type: OpType.IteratorV2, family: 'control', inputs: [], attrs: { shared_name: attr.string(''), container: attr.string(''), ...SPECS },
  infer: () => [{ dtype: 'string', shape: [] }],
  compute: (_v, o) => [handleValue(o.attrs.shared_name || o.name)],
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('IteratorV2', '', 'handle: resource', `shared_name: string; container: string; ${SPEC_TEXT}`, { stateful: true }),
});

export const MakeIterator = defineOp({
  type: OpType.MakeIterator, family: 'control', inputs: ['dataset', 'iterator'], attrs: {},
  infer: () => [],
  compute: ([dataset], o, rt) => {
    iteratorState(rt, o.inputs[1]).it = datasetOf(dataset, o.name).iterate(rt);
    return [];
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('MakeIterator', 'dataset: variant, iterator: resource', '', '', { stateful: true }),
});

export const OneShotIterator = defineOp({
  type: OpType.OneShotIterator, family: 'control', inputs: ['dataset'], attrs: { ...SPECS },
  infer: () => [{ dtype: 'string', shape: [] }],
  compute: ([dataset], o, rt) => {
    const state = rt.opState<IteratorState>(o, () => ({ it: null }));
    if (state.it === null) state.it = datasetOf(dataset, o.name).iterate(rt);
    return [handleValue(o.name)];
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('OneShotIterator', 'dataset: variant', 'handle: resource', SPEC_TEXT, { stateful: true, gradbookOnly: true }),
});

export const IteratorGetNext = defineOp({
  type: OpType.IteratorGetNext, family: 'control', inputs: ['iterator'], attrs: { ...SPECS },
  infer: (_i, a) => a.output_types.map((dtype, k) => ({ dtype, shape: a.output_shapes[k] ?? null })),
  compute: (_v, o, rt) => {
    const state = iteratorState(rt, o.inputs[0]);
    if (state.it === null) {
      throw failedPrecondition('GetNext() failed because the iterator has not been initialized. Ensure that you have run the initializer operation for this iterator before getting the next element.');
    }
    const e = state.it.next();
    if (e === null) throw new KernelError('OutOfRangeError', 'End of sequence');
    return e;
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('IteratorGetNext', 'iterator: resource', 'components: L:output_types', SPEC_TEXT, { stateful: true }),
});

export const iteratorOps = {
  iterator: (sharedName: string, types: DType[], shapes: StaticShape[], name = 'Iterator') =>
    makeOp1(OpType.IteratorV2, [], { shared_name: sharedName, output_types: types, output_shapes: shapes }, name),
  makeIterator: (dataset: Tensor, handle: Tensor, name = 'MakeIterator') => makeOp(OpType.MakeIterator, [dataset, handle], {}, name),
  oneShot: (dataset: Tensor, types: DType[], shapes: StaticShape[], name = 'OneShotIterator') =>
    makeOp1(OpType.OneShotIterator, [dataset], { output_types: types, output_shapes: shapes }, name),
  getNext: (handle: Tensor, types: DType[], shapes: StaticShape[], name = 'IteratorGetNext') =>
    makeOp(OpType.IteratorGetNext, [handle], { output_types: types, output_shapes: shapes }, name).outputs.slice(),
};

export const ITERATOR_OPS: OpGroup = { ops: [IteratorV2, MakeIterator, OneShotIterator, IteratorGetNext], api: [] };
