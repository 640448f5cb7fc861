// ParseSingleExample and ParseExample (tf.parse_single_example / tf.parse_example): serialized
// tf.train.Example protos → dense tensors (FixedLenFeature) and SparseTensor components
// (VarLenFeature). float32 reads a float_list, int64 an int64_list, string a bytes_list. A
// missing dense feature takes its default, or is an error when it has none (TF's texts, from
// example_proto_fast_parsing.cc).
import type { Tensor } from '../../graph/tensor';
import { NDArray } from '../../ndarray';
import type { DType } from '../../dtypes';
import { op } from '../../formats/graph/op_defs/op_spec';
import { decodeProto, protoToObject } from '../../formats/proto/root';
import { byteStringFromBytes, bytesOfByteString } from '../../byte_string';
import { invalidArgument, typeError, valueError } from '../../errors';
import { SparseTensor } from '../../graph/sparse_tensor';
import { attr } from '../attrs';
import { convertToTensor, makeOp, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inScope } from '../math/apply';
import { requireString } from './common';

const LIST_OF: Partial<Record<DType, string>> = { float32: 'float_list', int64: 'int64_list', string: 'bytes_list' };
const TF_NAME: Record<string, string> = { float_list: 'float', int64_list: 'int64', bytes_list: 'string' };

interface Specs {
  sparse_keys: string[]; sparse_types: DType[]; dense_keys: string[]; Tdense: DType[]; dense_shapes: number[][];
}
type Values = number[] | string[];
type FeatureMap = Record<string, { bytes_list?: { value?: Uint8Array[] }; float_list?: { value?: number[] }; int64_list?: { value?: number[] } }>;

function checkSpecs(s: Specs): void {
  for (const t of [...s.sparse_types, ...s.Tdense]) {
    if (!LIST_OF[t]) throw typeError(`Value passed to parameter 'Tdense' has DataType ${t} not in list of allowed values: float32, int64, string`);
  }
  if (s.dense_shapes.some(sh => sh.some(d => d < 0))) throw valueError('FixedLenFeature shapes must be fully defined (FixedLenSequenceFeature is not supported by Gradbook)');
}

function featuresOf(record: string): FeatureMap {
  let parsed: { features?: { feature?: FeatureMap } };
  try {
    parsed = protoToObject('Example', decodeProto('Example', bytesOfByteString(record)));
  } catch {
    throw invalidArgument(`Could not parse example input, value: '${record.slice(0, 64)}'`);
  }
  return parsed.features?.feature ?? {};
}

/** The values of feature `key` as `dtype` asks, or null when absent; TF's error for another list type. */
function valuesOf(features: FeatureMap, key: string, dtype: DType): Values | null {
  const f = features[key];
  if (!f) return null;
  const want = LIST_OF[dtype]!;
  const have = f.bytes_list ? 'bytes_list' : f.float_list ? 'float_list' : f.int64_list ? 'int64_list' : null;
  if (have === null) return [];
  if (have !== want) throw invalidArgument(`Key: ${key}.  Data types don't match. Data type: ${TF_NAME[have]} but expected type: ${TF_NAME[want]}`);
  if (have === 'bytes_list') return (f.bytes_list!.value ?? []).map(byteStringFromBytes);
  return ((f as Record<string, { value?: number[] }>)[have].value ?? []).map(Number);
}

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Dense feature i of one example, flat, checked against its shape or taken from its default. */
function denseValues(features: FeatureMap, s: Specs, i: number, dflt: NDArray): Values {
  const key = s.dense_keys[i], dtype = s.Tdense[i], n = sizeOf(s.dense_shapes[i]);
  const v = valuesOf(features, key, dtype);
  if (v === null) {
    if (dflt.size === 0) throw invalidArgument(`Feature: ${key} (data type: ${TF_NAME[LIST_OF[dtype]!]}) is required but could not be found.`);
    return Array.from(dflt.data as ArrayLike<number | string>) as Values;
  }
  if (v.length !== n) {
    throw invalidArgument(`Key: ${key}.  Number of ${TF_NAME[LIST_OF[dtype]!]} values != expected.  Values size: ${v.length} but output shape: [${s.dense_shapes[i].join(',')}]`);
  }
  return v;
}

function fill(dtype: DType, shape: number[], parts: Values[]): NDArray {
  const out = NDArray.zeros(dtype, shape);
  let k = 0;
  for (const p of parts) for (const x of p) (out.data as (number | string)[])[k++] = x;
  return out;
}

/** Parses `records`; batch=false gives ParseSingleExample's outputs, true ParseExample's. */
function parseRecords(records: string[], s: Specs, defaults: NDArray[], batch: boolean): NDArray[] {
  const all = records.map(featuresOf);
  const indices: NDArray[] = [], values: NDArray[] = [], shapes: NDArray[] = [];
  s.sparse_keys.forEach((key, i) => {
    const per = all.map(f => valuesOf(f, key, s.sparse_types[i]) ?? []);
    const total = per.reduce((a, p) => a + p.length, 0);
    const idx = new Float64Array(total * (batch ? 2 : 1));
    let k = 0, longest = 0;
    per.forEach((p, r) => {
      longest = Math.max(longest, p.length);
      for (let j = 0; j < p.length; j++) { if (batch) idx[k++] = r; idx[k++] = j; }
    });
    indices.push(new NDArray('int64', [total, batch ? 2 : 1], idx));
    values.push(fill(s.sparse_types[i], [total], per));
    shapes.push(new NDArray('int64', [batch ? 2 : 1], batch ? Float64Array.of(records.length, longest) : Float64Array.of(longest)));
  });
  const dense = s.dense_keys.map((_, i) => fill(s.Tdense[i], batch ? [records.length, ...s.dense_shapes[i]] : s.dense_shapes[i].slice(),
    all.map(f => denseValues(f, s, i, defaults[i]))));
  return [...indices, ...values, ...shapes, ...dense];
}

const SPEC_ATTRS = {
  num_sparse: attr.int(0), sparse_keys: attr.any<string[]>('list(string)', []), dense_keys: attr.any<string[]>('list(string)', []),
  sparse_types: attr.any<DType[]>('list(type)', []), Tdense: attr.any<DType[]>('list(type)', []), dense_shapes: attr.any<number[][]>('list(shape)', []),
};
const SPEC_TEXT = 'sparse_keys: list(string) >= 0; dense_keys: list(string) >= 0; sparse_types: list(type) >= 0; Tdense: list(type) >= 0; dense_shapes: list(shape) >= 0';

function outputsOf(s: Specs, lead: (number | null)[]) {
  const n = s.sparse_keys.length, r = lead.length + 1;
  return [
    ...Array.from({ length: n }, () => ({ dtype: 'int64' as DType, shape: [null, r] as (number | null)[] })),
    ...s.sparse_types.map(t => ({ dtype: t, shape: [null] as (number | null)[] })),
    ...Array.from({ length: n }, () => ({ dtype: 'int64' as DType, shape: [r] as (number | null)[] })),
    ...s.Tdense.map((t, i) => ({ dtype: t, shape: [...lead, ...s.dense_shapes[i]] })),
  ];
}

export const ParseSingleExample = defineOp({
  type: OpType.ParseSingleExample, family: 'array', inputs: ['serialized', '*dense_defaults'], attrs: SPEC_ATTRS,
  infer: ([serialized], a) => {
    requireString('ParseSingleExample', 'serialized', serialized);
    if (serialized.shape !== null && serialized.shape.length !== 0) throw valueError(`Shape must be rank 0 but is rank ${serialized.shape.length} for 'ParseSingleExample' (op: 'ParseSingleExample')`);
    checkSpecs(a);
    return outputsOf(a, []);
  },
  compute: ([serialized, ...defaults], o) => parseRecords([String(serialized.data[0])], o.attrs, defaults, false),
  gradient: NOT_DIFFERENTIABLE,
  tf: op('ParseSingleExample', 'serialized: string, dense_defaults: L:Tdense',
    'sparse_indices: num_sparse * int64, sparse_values: L:sparse_types, sparse_shapes: num_sparse * int64, dense_values: L:Tdense', `num_sparse: int >= 0; ${SPEC_TEXT}`),
});

// TF's ParseExample takes the keys as string inputs; here they are attrs as in ParseSingleExample.
export const ParseExample = defineOp({
  type: OpType.ParseExample, family: 'array', inputs: ['serialized', '*dense_defaults'], attrs: SPEC_ATTRS,
  infer: ([serialized], a) => {
    requireString('ParseExample', 'serialized', serialized);
    if (serialized.shape !== null && serialized.shape.length !== 1) throw valueError(`Shape must be rank 1 but is rank ${serialized.shape.length} for 'ParseExample' (op: 'ParseExample')`);
    checkSpecs(a);
    return outputsOf(a, [serialized.shape ? serialized.shape[0] : null]);
  },
  compute: ([serialized, ...defaults], o) => parseRecords((serialized.data as string[]).slice(), o.attrs, defaults, true),
  gradient: NOT_DIFFERENTIABLE,
  tf: op('ParseExample', 'serialized: string, dense_defaults: L:Tdense',
    'sparse_indices: num_sparse * int64, sparse_values: L:sparse_types, sparse_shapes: num_sparse * int64, dense_values: L:Tdense', `num_sparse: int >= 0; ${SPEC_TEXT}`, { gradbookOnly: true }),
});

/** One feature to parse: FixedLenFeature (dense, with an optional default) or VarLenFeature (sparse). */
export type FeatureSpec =
  | { kind: 'fixed'; dtype: DType; shape: number[]; default: TensorLike | null }
  | { kind: 'var'; dtype: DType };

/** tf.parse_single_example (batch=false) / tf.parse_example (batch=true): key → Tensor or SparseTensor. */
export function parseExample(serialized: Tensor, features: ReadonlyMap<string, FeatureSpec>, batch: boolean, name?: string): Map<string, Tensor | SparseTensor> {
  const keys = [...features.keys()].sort();
  const sparse = keys.filter(k => features.get(k)!.kind === 'var');
  const dense = keys.filter(k => features.get(k)!.kind === 'fixed');
  if (!keys.length) throw valueError('Missing: features was empty.');
  return inScope([serialized], name, batch ? 'ParseExample' : 'ParseSingleExample', scope => {
    const ser = convertToTensor(serialized, 'string', 'serialized');
    const fixed = dense.map(k => features.get(k) as Extract<FeatureSpec, { kind: 'fixed' }>);
    const defaults = fixed.map((f, i) => {
      const t = convertToTensor(f.default ?? NDArray.zeros(f.dtype, [0]), f.dtype, `key_${dense[i]}`);
      // TF reshapes a default to the feature's shape (parsing_ops.py), so its size must match.
      const n = sizeOf(f.shape), have = t.shape && t.shape.every(d => d !== null) ? sizeOf(t.shape as number[]) : null;
      if (f.default !== null && have !== null && have !== n) {
        throw valueError(`Cannot reshape a tensor with ${have} elements to shape [${f.shape.join(',')}] (${n} elements) for 'ParseSingleExample/Reshape' (op: 'Reshape') with input shapes: [${(t.shape as number[]).join(',')}], [${f.shape.length}].`);
      }
      return t;
    });
    const o = makeOp(batch ? OpType.ParseExample : OpType.ParseSingleExample, [ser, ...defaults], {
      num_sparse: sparse.length, sparse_keys: sparse, dense_keys: dense,
      sparse_types: sparse.map(k => features.get(k)!.dtype), Tdense: fixed.map(f => f.dtype), dense_shapes: fixed.map(f => f.shape),
    }, scope);
    const outs = o.outputs, n = sparse.length;
    const result = new Map<string, Tensor | SparseTensor>();
    sparse.forEach((k, i) => result.set(k, new SparseTensor(outs[i], outs[n + i], outs[2 * n + i])));
    dense.forEach((k, i) => result.set(k, outs[3 * n + i]));
    return result;
  });
}

export const PARSE_EXAMPLE: OpGroup = { ops: [ParseSingleExample, ParseExample], api: [] };
