// StringSplit (tf.string_split) and StringSplitV2 (tf.strings.split): each string of a vector cut
// into tokens, returned as a SparseTensor (indices [N, 2] int64, values [N] string, dense_shape
// [batch, most tokens]). StringSplit cuts at any byte of `delimiter` (an empty delimiter gives
// single bytes) and an empty string has no tokens; StringSplitV2 is Python's str.split (a
// multi-byte `sep`, runs of whitespace when sep is empty, `maxsplit`). Neither has a gradient.
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import { invalidArgument, PyLikeError, valueError } from '../../errors';
import { ShapeError } from '../../kernels/registry';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { SparseTensor } from '../../graph/sparse_tensor';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inScope } from '../math/apply';
import { expandDims } from '../array/reshape';
import { requireString } from './common';

/** tf.string_split's cut: at every byte of `delimiter`; '' gives single bytes; '' input gives none. */
export function splitOnBytes(text: string, delimiter: string, skipEmpty: boolean): string[] {
  if (text.length === 0) return [];
  if (delimiter.length === 0) return [...text];
  const tokens: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || delimiter.includes(text[i])) {
      if (!skipEmpty || i > start) tokens.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return tokens;
}

const isSpace = (c: string) => c === ' ' || (c >= '\t' && c <= '\r');

/** Python's str.split(sep or None, maxsplit) on a byte string. */
export function splitLikePython(text: string, sep: string, maxsplit: number): string[] {
  if (maxsplit === 0) return [text];
  const tokens: string[] = [];
  if (sep.length === 0) {
    let i = 0;
    while (i < text.length && isSpace(text[i])) i++;
    while (i < text.length) {
      if (maxsplit > 0 && tokens.length === maxsplit) { tokens.push(text.slice(i)); return tokens; }
      const start = i;
      while (i < text.length && !isSpace(text[i])) i++;
      tokens.push(text.slice(start, i));
      while (i < text.length && isSpace(text[i])) i++;
    }
    return tokens;
  }
  let start = 0;
  for (let at = text.indexOf(sep); at !== -1; at = text.indexOf(sep, start)) {
    tokens.push(text.slice(start, at));
    start = at + sep.length;
    if (maxsplit > 0 && tokens.length === maxsplit) break;
  }
  tokens.push(text.slice(start));
  return tokens;
}

/** The three SparseTensor components of the tokens of each row. */
function sparseOf(rows: string[][]): NDArray[] {
  const n = rows.reduce((s, r) => s + r.length, 0);
  const indices = NDArray.zeros('int64', [n, 2]), values = new Array<string>(n);
  const idx = indices.numeric;
  let c = 0;
  rows.forEach((tokens, i) => tokens.forEach((t, j) => { idx[2 * c] = i; idx[2 * c + 1] = j; values[c++] = t; }));
  const widest = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return [indices, new NDArray('string', [n], values), NDArray.from([rows.length, widest], 'int64')];
}

function inferSplit(opType: string, input: Tensor, sep: Tensor, sepName: string) {
  requireString(opType, 'input', input);
  requireString(opType, sepName, sep);
  if (input.shape !== null && input.shape.length !== 1) throw new ShapeError(`Shape must be rank 1 but is rank ${input.shape.length}`);
  if (sep.shape !== null && sep.shape.length !== 0) throw new ShapeError(`Shape must be rank 0 but is rank ${sep.shape.length}`);
  return [{ dtype: 'int64' as const, shape: [null, 2] }, { dtype: 'string' as const, shape: [null] }, { dtype: 'int64' as const, shape: [2] }];
}

function vectorOf(input: NDArray): string[] {
  if (input.rank !== 1) throw invalidArgument(`input must be a vector, got shape: [${input.shape.join(',')}]`);
  return input.data as string[];
}

export const StringSplit = defineOp({
  type: OpType.StringSplit, family: 'array', inputs: ['input', 'delimiter'], attrs: { skip_empty: attr.bool(true) },
  infer: ([input, delimiter]) => inferSplit('StringSplit', input, delimiter, 'delimiter'),
  compute: ([input, delimiter], node) => {
    const d = (delimiter.data as string[])[0];
    return sparseOf(vectorOf(input).map(s => splitOnBytes(s, d, node.attrs.skip_empty)));
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('StringSplit', 'input: string, delimiter: string', 'indices: int64, values: string, shape: int64', 'skip_empty: bool = true'),
});

export const StringSplitV2 = defineOp({
  type: OpType.StringSplitV2, family: 'array', inputs: ['input', 'sep'], attrs: { maxsplit: attr.int(-1) },
  infer: ([input, sep]) => inferSplit('StringSplitV2', input, sep, 'sep'),
  compute: ([input, sep], node) => {
    const s = (sep.data as string[])[0];
    return sparseOf(vectorOf(input).map(t => splitLikePython(t, s, node.attrs.maxsplit)));
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('StringSplitV2', 'input: string, sep: string', 'indices: int64, values: string, shape: int64', 'maxsplit: int = -1'),
});

const sparse = (outs: Tensor[]) => new SparseTensor(outs[0], outs[1], outs[2]);
const NAME = { name: 'name', default: null, type: 'name' } as const;

function checkResultType(fn: string, resultType: string): void {
  if (resultType === 'RaggedTensor') {
    throw new PyLikeError('NotImplementedError', `${fn}() argument 'result_type' is not supported by Gradbook: only 'SparseTensor' (Gradbook has no RaggedTensor)`);
  }
  if (resultType !== 'SparseTensor') throw valueError("result_type must be 'RaggedTensor' or 'SparseTensor'.");
}

/** A string argument for a separator: TF's ValueError when it is not one. */
function separator(v: TensorLike | null, what: string, dflt: string): Tensor {
  if (v === null) return convertToTensor(new NDArray('string', [], [dflt]), 'string', what);
  const t = convertToTensor(v, 'string', what);
  if (t.dtype !== 'string') throw valueError(`${what} must be a string`);
  return t;
}

/** A 1-D string input (a scalar is made a one-element vector, as TF's strings.split does). */
function stringVector(v: TensorLike, what: string, scalarOk: boolean): Tensor {
  const t = convertToTensor(v, 'string', what);
  requireString('StringSplit', what, t);
  if (scalarOk && t.shape !== null && t.shape.length === 0) return expandDims(t, 0);
  if (t.shape !== null && t.shape.length > 1) {
    throw new PyLikeError('NotImplementedError', `${what} of rank ${t.shape.length} is not supported by Gradbook: only vectors of strings (TF splits higher ranks through RaggedTensor)`);
  }
  return t;
}

export const STRING_SPLIT: OpGroup = {
  ops: [StringSplit, StringSplitV2],
  api: [
    defineApi({
      name: 'tf.string_split', doc: 'Splits each string of a vector at any byte of `sep` (default " "); a SparseTensor of the tokens.',
      params: [{ name: 'source', type: 'tensor' }, { name: 'sep', default: null, type: 'tensor' }, { name: 'skip_empty', default: true, type: 'bool' },
        { name: 'delimiter', default: null, type: 'tensor', doc: 'deprecated alias of sep' }, { name: 'result_type', default: 'SparseTensor', type: 'str' }, NAME],
    }, a => {
      checkResultType('string_split', a.result_type);
      if (a.sep !== null && a.delimiter !== null) throw valueError('Cannot specify both "sep" and "delimiter"');
      return inScope([a.source], a.name ?? undefined, 'StringSplit', scope =>
        sparse(StringSplit.make([stringVector(a.source, 'source', false), separator(a.sep ?? a.delimiter, 'delimiter', ' ')], { skip_empty: a.skip_empty }, scope).outputs));
    }),
    defineApi({
      name: 'tf.strings.split', doc: "Python's str.split on each string of a vector (runs of whitespace when sep is None); a SparseTensor.",
      params: [{ name: 'input', default: null, type: 'tensor' }, { name: 'sep', default: null, type: 'tensor' }, { name: 'maxsplit', default: -1, type: 'int' },
        { name: 'result_type', default: 'SparseTensor', type: 'str' }, { name: 'source', default: null, type: 'tensor', doc: 'alias of input' }, NAME],
    }, a => {
      checkResultType('split', a.result_type);
      if (a.input !== null && a.source !== null) throw valueError('Cannot specify both "input" and "source"');
      const input = a.input ?? a.source;
      if (input === null) throw new PyLikeError('TypeError', "split() missing required argument: 'input'");
      return inScope([input], a.name ?? undefined, 'StringSplit', scope =>
        sparse(StringSplitV2.make([stringVector(input, 'input', true), separator(a.sep, 'sep', '')], { maxsplit: a.maxsplit }, scope).outputs));
    }),
  ],
};
