// EditDistance(hypothesis_indices, hypothesis_values, hypothesis_shape, truth_indices,
// truth_values, truth_shape; normalize): the Levenshtein distance between the sequences two
// SparseTensors hold in their last dimension, one per position of the leading dimensions
// (tf.edit_distance). Like TF's kernel, entries are grouped by their leading indices in the order
// given (TF assumes row-major order), the last index is never bounds-checked (the cookbook's
// [1, 1, 1] shapes for five characters run), and the output is max(hypothesis, truth) over the
// leading dims. A missing truth gives inf when normalized (0 when both are missing), a missing
// hypothesis 1. Not differentiable (TF: ops.NotDifferentiable("EditDistance")).
import { NDArray } from '../../ndarray';
import { invalidArgument, typeError } from '../../errors';
import { constantValue, elementsOf, intsOf } from '../../kernels/array/static';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import type { SparseTensor } from '../../graph/sparse_tensor';
import type { Tensor } from '../../graph/tensor';
import { attr } from '../attrs';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { indexRows, inferTriple } from './common';

type Group = { key: number[]; values: unknown[] };

/** Consecutive entries with the same leading indices, in the order given. */
function groups(indices: NDArray, values: NDArray): Group[] {
  const rows = indexRows(indices), vals = elementsOf(values) as unknown as ArrayLike<unknown>, out: Group[] = [];
  rows.forEach((row, i) => {
    const key = row.slice(0, -1), last = out[out.length - 1];
    if (last && compareKeys(last.key, key) === 0) last.values.push(vals[i]);
    else out.push({ key, values: [vals[i]] });
  });
  return out;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let d = 0; d < a.length; d++) if (a[d] !== b[d]) return a[d] - b[d];
  return 0;
}

/** Strings arrive as bytes: compare their contents, numbers by value. */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function levenshtein(s: readonly unknown[], t: readonly unknown[]): number {
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same(s[i - 1], t[j - 1]) ? 0 : 1));
    prev = cur;
  }
  return prev[t.length];
}

function checkShapes(hi: NDArray, hv: NDArray, hs: NDArray, ti: NDArray, tv: NDArray, ts: NDArray): void {
  const show = (a: NDArray) => `[${a.shape.join(',')}]`;
  const need = (ok: boolean, text: string) => { if (!ok) throw invalidArgument(text); };
  need(hi.rank === 2, `hypothesis_indices should be a matrix, but got shape: ${show(hi)}`);
  need(ti.rank === 2, `truth_indices should be a matrix, but got shape: ${show(ti)}`);
  need(hv.rank === 1, `hypothesis_values should be a vector, but got shape: ${show(hv)}`);
  need(tv.rank === 1, `truth_values should be a vector, but got shape: ${show(tv)}`);
  need(hs.rank === 1, `hypothesis_shape should be a vector, but got shape: ${show(hs)}`);
  need(ts.rank === 1, `truth_shape should be a vector, but got shape: ${show(ts)}`);
  need(hv.shape[0] === hi.shape[0], `Expected hypothesis_values.NumElements == #rows(hypothesis_indices), their shapes are: ${show(hv)} and ${show(hi)}`);
  need(hs.shape[0] === hi.shape[1], `Expected hypothesis_shape.NumElements == #cols(hypothesis_indices), their shapes are: ${show(hs)} and ${show(hi)}`);
  need(ts.shape[0] >= 2, `Input SparseTensors must have rank at least 2, but truth_shape rank is: ${ts.shape[0]}`);
  need(tv.shape[0] === ti.shape[0], `Expected truth_values.NumElements == #rows(truth_indices), their shapes are: ${show(tv)} and ${show(ti)}`);
  need(ts.shape[0] === ti.shape[1], `Expected truth_shape.NumElements == #cols(truth_indices), their shapes are: ${show(ts)} and ${show(ti)}`);
  need(ts.shape[0] === hs.shape[0], `Expected truth and hypothesis to have matching ranks, but their shapes are: ${show(ts)} and ${show(hs)}`);
}

export const EditDistance = defineOp({
  type: OpType.EditDistance, family: 'array',
  inputs: ['hypothesis_indices', 'hypothesis_values', 'hypothesis_shape', 'truth_indices', 'truth_values', 'truth_shape'],
  attrs: { normalize: attr.bool(true) },
  infer: ([hi, hv, hs, ti, tv, ts]) => {
    inferTriple(hi, hv, hs, 'hypothesis'); inferTriple(ti, tv, ts, 'truth');
    if (tv.dtype !== hv.dtype) throw typeError(`Input 'truth_values' of 'EditDistance' Op has type ${tv.dtype} that does not match type ${hv.dtype} of argument 'hypothesis_values'.`);
    // TF's shape function: known only when both dense shapes are constants.
    const h = constantValue(hs), t = constantValue(ts);
    if (h === null || t === null) return [{ dtype: 'float32', shape: null }];
    const hd = intsOf(h), td = intsOf(t);
    if (hd.length !== td.length) throw invalidArgument(`Expected truth and hypothesis to have matching ranks, but their shapes are: [${td.length}] and [${hd.length}]`);
    return [{ dtype: 'float32', shape: hd.slice(0, -1).map((d, i) => Math.max(d, td[i])) }];
  },
  compute: ([hi, hv, hs, ti, tv, ts], node) => {
    checkShapes(hi, hv, hs, ti, tv, ts);
    const hd = intsOf(hs), td = intsOf(ts), normalize = node.attrs.normalize;
    const shape = hd.slice(0, -1).map((d, i) => Math.max(d, td[i]));
    const size = shape.reduce((a, b) => a * b, 1);
    if (size <= 0) throw invalidArgument(`Got output shape [${shape.join(',')}] which has 0 elements`);
    const out = NDArray.zeros('float32', shape), o = out.numeric;
    const strides = shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
    const write = (key: number[], value: number) => {
      const loc = key.reduce((s, k, d) => s + k * strides[d], 0);
      if (loc < 0 || loc >= size) throw invalidArgument(`Got an inner product ${loc} which would require writing to outside of the buffer for the output tensor (max elements ${size})`);
      o[loc] = value;
    };
    const hyp = groups(hi, hv), truth = groups(ti, tv);
    let i = 0, j = 0;
    while (i < hyp.length || j < truth.length) {
      const c = i >= hyp.length ? -1 : j >= truth.length ? 1 : compareKeys(truth[j].key, hyp[i].key);
      if (c === 0) {
        const d = levenshtein(truth[j].values, hyp[i].values);
        write(truth[j].key, normalize ? d / truth[j].values.length : d);
        i++; j++;
      } else if (c > 0) {  // this hypothesis has no truth
        const n = hyp[i].values.length;
        write(hyp[i].key, normalize && n !== 0 ? Infinity : n);
        i++;
      } else {  // this truth has no hypothesis
        write(truth[j].key, normalize ? 1 : truth[j].values.length);
        j++;
      }
    }
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('EditDistance', 'hypothesis_indices: int64, hypothesis_values: T, hypothesis_shape: int64, truth_indices: int64, truth_values: T, truth_shape: int64',
    'output: float', 'normalize: bool = true; T: type'),
});

export function editDistance(hypothesis: SparseTensor, truth: SparseTensor, normalize = true, name?: string): Tensor {
  return inOpScope(name, 'edit_distance', opName => EditDistance.make1(
    [hypothesis.indices, hypothesis.values, hypothesis.denseShape, truth.indices, truth.values, truth.denseShape], { normalize }, opName));
}

export const EDIT_DISTANCE: OpGroup = {
  ops: [EditDistance],
  api: [defineApi({
    name: 'tf.edit_distance', doc: 'Computes the Levenshtein distance between the sequences of two SparseTensors (last dimension), optionally normalized by the truth length.',
    params: [{ name: 'hypothesis', type: 'sparse' }, { name: 'truth', type: 'sparse' }, { name: 'normalize', default: true, type: 'bool' },
      { name: 'name', default: 'edit_distance', type: 'name' }],
  }, a => editDistance(a.hypothesis, a.truth, a.normalize, a.name ?? undefined))],
};
