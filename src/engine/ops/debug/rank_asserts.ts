// tf.assert_rank, tf.assert_rank_at_least, tf.assert_rank_in (TF 1.15's check_ops, graph mode, in
// tf.* and tf.debugging.*). When x's rank and the wanted ranks are known, the check is made while
// the graph is built and fails with TF's ValueError (`.  Tensor x:0 must have rank 2.  Received
// rank 1, shape (3,)`); otherwise an Assert on tf.rank(x) fails the run with TF's data list.
import type { Tensor } from '../../graph/tensor';
import type { Operation } from '../../graph/operation';
import { typeError, valueError } from '../../errors';
import { defineApi } from '../../api/api_function';
import { constantValue } from '../../kernels/array/static';
import { formatShapePy } from '../../shape';
import { constant, convertToTensor, type TensorLike } from '../builder';
import { NDArray } from '../../ndarray';
import { inScope } from '../math/apply';
import { equal, greaterEqual, logicalOr } from '../math/binary';
import { rank as rankOf, shape as shapeOf } from '../array/shape_ops';
import { noOp } from '../control/group';
import type { OpGroup } from '../op_def';
import { assertOp } from './assert';
import { aliases, common } from './asserts_api';

interface RankRule {
  py: string;
  /** The words after "must have rank" in TF's texts. */
  words: string;
  holds(actual: number, given: number[]): boolean;
  dynamic(actual: Tensor, given: Tensor[]): Tensor;
  /** How the static ValueError spells the wanted ranks. */
  spell(given: number[]): string;
}

/** Python's str of a tuple of 0-d int32 NumPy arrays: what assert_rank_in's ValueError prints. */
const numpyTuple = (ranks: number[]) => `(${ranks.map(r => `array(${r}, dtype=int32)`).join(', ')}${ranks.length === 1 ? ',' : ''})`;

const EXACT: RankRule = { py: 'assert_rank', words: '', holds: (a, [r]) => a === r, dynamic: (a, [r]) => equal(a, r), spell: ([r]) => String(r) };
const AT_LEAST: RankRule = { py: 'assert_rank_at_least', words: ' at least', holds: (a, [r]) => a >= r, dynamic: (a, [r]) => greaterEqual(a, r), spell: ([r]) => String(r) };
const IN: RankRule = {
  py: 'assert_rank_in', words: ' in', holds: (a, rs) => rs.includes(a), spell: numpyTuple,
  dynamic: (a, rs) => rs.length ? rs.slice(1).reduce((acc, r) => logicalOr(acc, equal(r, a)), equal(rs[0], a)) : constant(new NDArray('bool', [], Uint8Array.of(0))),
};

function rankAssert(rule: RankRule, x: TensorLike, ranks: TensorLike[], data: TensorLike[] | null, summarize: number | null, message: string | null, name: string | null): Operation {
  return inScope([x], name ?? undefined, rule.py, () => {
    const xt = convertToTensor(x, null, 'x');
    const given = ranks.map(r => convertToTensor(typeof r === 'number' ? convertToTensor(r, 'int32') : r, null, 'rank'));
    const msg = message ?? '';
    const items: (TensorLike | string)[] = data ?? [msg, `Tensor ${xt.name} must have rank${rule.words}`, ...given, 'Received shape: ', shapeOf(xt)];
    for (const r of given) if (r.dtype !== 'int32') throw typeError(`  ${r.name} must be of type <dtype: 'int32'>`);
    const values = given.map(constantValue);
    if (values.every(v => v !== null)) {
      if (values.some(v => v!.shape.length !== 0)) throw valueError('Rank must be a scalar.');
      const wanted = values.map(v => Number(v!.numeric[0]));
      if (xt.shape !== null) {
        if (!rule.holds(xt.shape.length, wanted)) {
          throw valueError(`${msg}.  Tensor ${xt.name} must have rank${rule.words} ${rule.spell(wanted)}.  Received rank ${xt.shape.length}, shape ${formatShapePy(xt.shape)}`);
        }
        return noOp('static_checks_determined_all_ok');
      }
    }
    return assertOp(rule.dynamic(rankOf(xt), given), items, summarize);
  });
}

export const assertRank = (x: TensorLike, rank: TensorLike, data: TensorLike[] | null, summarize: number | null, message: string | null, name: string | null) =>
  rankAssert(EXACT, x, [rank], data, summarize, message, name);
export const assertRankAtLeast = (x: TensorLike, rank: TensorLike, data: TensorLike[] | null, summarize: number | null, message: string | null, name: string | null) =>
  rankAssert(AT_LEAST, x, [rank], data, summarize, message, name);
export const assertRankIn = (x: TensorLike, ranks: TensorLike[], data: TensorLike[] | null, summarize: number | null, message: string | null, name: string | null) =>
  rankAssert(IN, x, ranks, data, summarize, message, name);

export const RANK_ASSERTS_API: OpGroup = {
  ops: [],
  api: [
    defineApi({
      name: 'tf.assert_rank', doc: 'Assert `x` has rank equal to `rank`.',
      params: [{ name: 'x', type: 'tensor' }, { name: 'rank', type: 'tensor' }, ...common],
    }, a => assertRank(a.x, a.rank, a.data, a.summarize, a.message, a.name), aliases('assert_rank')),
    defineApi({
      name: 'tf.assert_rank_at_least', doc: 'Assert `x` has rank equal to `rank` or higher.',
      params: [{ name: 'x', type: 'tensor' }, { name: 'rank', type: 'tensor' }, ...common],
    }, a => assertRankAtLeast(a.x, a.rank, a.data, a.summarize, a.message, a.name), aliases('assert_rank_at_least')),
    defineApi({
      name: 'tf.assert_rank_in', doc: 'Assert `x` has rank in `ranks`.',
      params: [{ name: 'x', type: 'tensor' }, { name: 'ranks', type: 'tensors' }, ...common],
    }, a => assertRankIn(a.x, a.ranks, a.data, a.summarize, a.message, a.name), aliases('assert_rank_in')),
  ],
};
