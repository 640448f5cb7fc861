// Assert (tf.Assert, and under every tf.assert_* check): fails the run with TF's
// "assertion failed: [a] [b] ..." text, each data item spelled by SummarizeValue, when the
// condition is false. TF1 wraps non-string/int32 data in a cond guard so the data is only
// computed on failure; here the data is computed every run (same results, same message).
import type { Operation } from '../../graph/operation';
import type { Tensor } from '../../graph/tensor';
import { invalidArgument, typeError } from '../../errors';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { summarizeValue } from '../../debug/summarize';
import { attr } from '../attrs';
import { constant, convertToTensor, type TensorLike } from '../builder';
import { NDArray } from '../../ndarray';
import { inScope } from '../math/apply';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';

export const Assert = defineOp({
  type: OpType.Assert, family: 'control', inputs: ['condition', '*data'],
  attrs: { T: attr.any<string[]>('list(type)', []), summarize: attr.int(3) },
  infer: ([condition]) => {
    if (condition.dtype !== 'bool') throw typeError(`Input 'condition' of 'Assert' Op has type ${condition.dtype} that does not match expected type of bool.`);
    return [];
  },
  compute: ([condition, ...data], node) => {
    if (condition.size !== 1) throw invalidArgument(`In[0] should be a scalar: ${condition.shape.length ? `[${condition.shape.join(',')}]` : '[]'}`);
    if (condition.numeric[0]) return [];
    const parts = data.map(d => `[${summarizeValue(d, node.attrs.summarize)}]`);
    throw invalidArgument(`assertion failed: ${parts.join(' ')}`);
  },
  gradient: NOT_DIFFERENTIABLE,
  stateful: true,
  tf: op('Assert', 'condition: bool, data: T', '', 'T: list(type); summarize: int = 3', { stateful: true }),
});

/** tf.Assert(condition, data, summarize=None, name=None): the Assert op (scope `Assert`). */
export function assertOp(condition: TensorLike, data: (TensorLike | string)[], summarize: number | null, name?: string): Operation {
  return inScope([condition], name, 'Assert', () => {
    const tensors: Tensor[] = data.map(dataTensor);
    const cond = convertToTensor(condition, null, 'Condition');
    return Assert.make([cond, ...tensors], { T: tensors.map(t => t.dtype), summarize: summarize ?? 3 }, 'Assert');
  });
}

/** A data item as a tensor; a JS string (the checks' own texts) becomes a string constant. */
export function dataTensor(d: TensorLike | string): Tensor {
  return typeof d === 'string' ? constant(new NDArray('string', [], [d])) : convertToTensor(d);
}

export const ASSERT: OpGroup = {
  ops: [Assert],
  api: [defineApi({
    name: 'tf.Assert', doc: 'Asserts that the given condition is true; otherwise the run fails printing the data.',
    params: [
      { name: 'condition', type: 'tensor' }, { name: 'data', type: 'tensors' },
      { name: 'summarize', default: null, type: 'int' }, { name: 'name', default: null, type: 'name' },
    ],
  }, a => assertOp(a.condition, a.data, a.summarize, a.name ?? undefined), ['tf.debugging.Assert'])],
};
