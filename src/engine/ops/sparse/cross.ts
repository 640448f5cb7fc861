// SparseCross (TF 1.15 core/kernels/sparse_cross_op.cc): the crosses of N sparse and some dense
// [batch, k] features, row by row: every combination of one value from each input, the last input
// varying fastest, sparse inputs before dense ones. Hashed (tf.sparse.cross_hashed, crossed_column):
// the running hash starts at hash_key and folds in each value with FingerprintCat64, an int64 value
// as itself and a string as its Fingerprint64, then takes it modulo num_buckets. Not hashed
// (tf.sparse.cross): the values joined with "_X_", ints written in decimal. A row where any input
// has no value has no cross. TF registers no gradient for it.
import type { Tensor } from '../../graph/tensor';
import { SparseTensor } from '../../graph/sparse_tensor';
import { NDArray } from '../../ndarray';
import { DType } from '../../dtypes';
import { invalidArgument, typeError } from '../../errors';
import { elementsOf, intsOf } from '../../kernels/array/static';
import { fingerprint64, fingerprintCat64, uint64OfInt64 } from '../../kernels/hash/fingerprint';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { unsupportedArgument } from '../../api/unsupported';
import { attr } from '../attrs';
import { convertToTensor, TensorLike } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inOpScope } from '../array/common';
import { cast } from '../math/cast';
import { indexRows, inferTriple, int64Array } from './common';

/** sparse_ops._DEFAULT_HASH_KEY: the FingerprintCat64 seed crossed_column and cross_hashed use. */
export const DEFAULT_HASH_KEY = 0xDECAFCAFFE;

const INT64_MAX = (1n << 63n) - 1n;

/** One input's values per batch row (sparse rows as their entries in order, dense rows whole). */
type Column = (string | number)[][];

function sparseColumn(indices: NDArray, values: NDArray, shape: NDArray, batch: number): Column {
  const rows: Column = Array.from({ length: batch }, () => []);
  const v = elementsOf(values) as ArrayLike<string | number>;
  indexRows(indices).forEach((r, i) => {
    if (r[0] < 0 || r[0] >= batch) throw invalidArgument(`Invalid batch index ${r[0]} for batch size ${batch}`);
    rows[r[0]].push(v[i]);
  });
  return rows;
}

function denseColumn(x: NDArray, batch: number): Column {
  if (x.rank !== 2) throw invalidArgument(`Dense inputs should be a matrix but received shape [${x.shape.join(',')}]`);
  if (x.shape[0] !== batch) throw invalidArgument(`Expected batch size ${batch} got ${x.shape[0]}`);
  const k = x.shape[1], v = elementsOf(x) as ArrayLike<string | number>;
  return Array.from({ length: batch }, (_, b) => Array.from({ length: k }, (__, j) => v[b * k + j]));
}

/** The hash of one combination: hash_key, then FingerprintCat64 of each value's fingerprint. */
function hashCross(values: readonly (string | number)[], hashKey: bigint, numBuckets: number): number {
  let h = hashKey;
  for (const v of values) h = fingerprintCat64(h, typeof v === 'string' ? fingerprint64(v) : uint64OfInt64(v));
  return Number(numBuckets > 0 ? h % BigInt(numBuckets) : h % INT64_MAX);
}

const stringCross = (values: readonly (string | number)[]): string => values.map(v => (typeof v === 'string' ? v : String(v))).join('_X_');

/** Every combination of one value per column, the last column varying fastest (TF's ProductIterator). */
function* combinations(columns: readonly (string | number)[][]): Generator<(string | number)[]> {
  if (columns.some(c => c.length === 0)) return;
  const at = columns.map(() => 0);
  for (;;) {
    yield at.map((j, i) => columns[i][j]);
    let i = columns.length - 1;
    while (i >= 0 && ++at[i] === columns[i].length) at[i--] = 0;
    if (i < 0) return;
  }
}

const TYPES = new Set<DType>(['int64', 'string']);

export const SparseCross = defineOp({
  type: OpType.SparseCross, family: 'array', inputs: ['*indices', '*values', '*shapes', '*dense_inputs'],
  attrs: {
    N: attr.int(), hashed_output: attr.bool(), num_buckets: attr.int(), hash_key: attr.int(),
    sparse_types: attr.any<DType[]>('list(type)', []), dense_types: attr.any<DType[]>('list(type)', []),
    out_type: attr.type(), internal_type: attr.type(),
  },
  infer: (inputs, a) => {
    const n = a.N;
    for (let i = 0; i < n; i++) inferTriple(inputs[i], inputs[n + i], inputs[2 * n + i]);
    for (const t of [...a.sparse_types, ...a.dense_types]) {
      if (!TYPES.has(t)) throw typeError(`Value for attr 'sparse_types' of ${t} is not in the list of allowed values: int64, string`);
    }
    if (a.hashed_output && a.num_buckets === 0) {
      // Unbucketed hashes reach 2^63, beyond what Gradbook's int64 storage (a double) holds exactly.
      throw unsupportedArgument('sparse_cross_hashed', 'num_buckets', 'num_buckets=0 gives 63-bit hashes, which Gradbook\'s int64 cannot hold exactly');
    }
    return [{ dtype: 'int64', shape: [null, 2] }, { dtype: a.out_type, shape: [null] }, { dtype: 'int64', shape: [2] }];
  },
  compute: (inputs, node) => {
    const a = node.attrs, n = a.N;
    const dense = inputs.slice(3 * n);
    const batch = n > 0 ? intsOf(inputs[2 * n])[0] : dense.length > 0 ? dense[0].shape[0] : 0;
    const columns: Column[] = [];
    for (let i = 0; i < n; i++) {
      const shape = intsOf(inputs[2 * n + i]);
      if (shape.length !== 2) throw invalidArgument(`shape should imply a 2D tensor, but got [${shape.length}] at position ${i}`);
      if (shape[0] !== batch) throw invalidArgument(`Expected batch size ${batch} got ${shape[0]} at position ${i}`);
      columns.push(sparseColumn(inputs[i], inputs[n + i], inputs[2 * n + i], batch));
    }
    dense.forEach(x => columns.push(denseColumn(x, batch)));
    const hashKey = uint64OfInt64(a.hash_key);
    const index: number[] = [], out: (string | number)[] = [];
    let widest = 0;
    for (let b = 0; b < batch; b++) {
      let count = 0;
      for (const combo of combinations(columns.map(c => c[b]))) {
        index.push(b, count++);
        out.push(a.hashed_output ? hashCross(combo, hashKey, a.num_buckets) : stringCross(combo));
      }
      widest = Math.max(widest, count);
    }
    const values = a.hashed_output ? int64Array(out as number[], [out.length]) : new NDArray('string', [out.length], out as string[]);
    return [int64Array(index, [out.length, 2]), values, int64Array([batch, widest], [2])];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('SparseCross', 'indices: N * int64, values: L:sparse_types, shapes: N * int64, dense_inputs: L:dense_types',
    'output_indices: int64, output_values: out_type, output_shape: int64',
    'N: int >= 0; hashed_output: bool; num_buckets: int >= 0; hash_key: int; sparse_types: list(type) >= 0; dense_types: list(type) >= 0; out_type: type; internal_type: type'),
});

/** An input as int64 or string (TF casts int32 and other integers to int64). */
function crossInput(t: Tensor): Tensor {
  if (t.dtype === 'string' || t.dtype === 'int64') return t;
  if (t.dtype === 'int32' || t.dtype === 'int16' || t.dtype === 'int8' || t.dtype === 'uint8' || t.dtype === 'uint16') return cast(t, 'int64');
  throw typeError(`Inputs must be of type int64 or string, got ${t.dtype}`);
}

/** sparse_ops._sparse_cross_internal: sparse inputs first, then dense ones, as one SparseCross. */
export function sparseCross(inputs: readonly (SparseTensor | TensorLike)[], hashed: boolean, numBuckets: number, hashKey: number | null, name?: string): SparseTensor {
  if (numBuckets < 0) throw invalidArgument(`num_buckets must be >= 0, got ${numBuckets}`);
  return inOpScope(name, hashed ? 'SparseCrossHashed' : 'SparseCross', opName => {
    const sparse = inputs.filter((x): x is SparseTensor => x instanceof SparseTensor);
    const dense = inputs.filter(x => !(x instanceof SparseTensor)).map(x => crossInput(convertToTensor(x as TensorLike)));
    const values = sparse.map(s => crossInput(s.values));
    const all = [...values, ...dense];
    const internal: DType = hashed || all.some(t => t.dtype === 'int64') ? 'int64' : 'string';
    const [i, v, s] = SparseCross.make([...sparse.map(x => x.indices), ...values, ...sparse.map(x => x.denseShape), ...dense], {
      N: sparse.length, hashed_output: hashed, num_buckets: numBuckets, hash_key: hashKey ?? DEFAULT_HASH_KEY,
      sparse_types: values.map(t => t.dtype), dense_types: dense.map(t => t.dtype), out_type: hashed ? 'int64' : 'string', internal_type: internal,
    }, opName).outputs;
    return new SparseTensor(i, v, s);
  });
}

const INPUTS = { name: 'inputs', type: 'sparses_or_tensors', doc: 'SparseTensors and [batch, k] Tensors of int64 or string' } as const;
const NAME = { name: 'name', default: null, type: 'name' } as const;

export const SPARSE_CROSS: OpGroup = {
  ops: [SparseCross],
  api: [
    defineApi({
      name: 'tf.sparse.cross', doc: 'Generates sparse cross from a list of sparse and dense tensors ("a_X_b" strings).',
      params: [INPUTS, NAME],
    }, a => sparseCross(a.inputs, false, 0, null, a.name ?? undefined)),
    defineApi({
      name: 'tf.sparse.cross_hashed', doc: 'Generates hashed sparse cross (FingerprintCat64 of the values\' fingerprints, modulo num_buckets).',
      params: [INPUTS, { name: 'num_buckets', default: 0, type: 'int' }, { name: 'hash_key', default: null, type: 'int' }, NAME],
    }, a => sparseCross(a.inputs, true, a.num_buckets, a.hash_key, a.name ?? undefined)),
  ],
};
