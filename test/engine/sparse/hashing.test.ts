// TF's string fingerprints and the ops built on them (StringToHashBucketFast, SparseCross), against
// published expectations only: each test names where its numbers come from. FarmHash's
// Fingerprint64 has a path per length (0-3, 4-7, 8-16, 17-32, 33-64, longer), and each path is
// covered by at least one published value.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { fingerprint64, fingerprintCat64 } from '../../../src/engine/kernels/hash/fingerprint';
import { sparseCross, DEFAULT_HASH_KEY } from '../../../src/engine/ops/sparse/cross';
import { StringToHashBucketFast } from '../../../src/engine/ops/strings/hash_bucket';
import { fresh, run } from './helpers';

const strings = (rows: string[][]): tf.SparseTensor => {
  const idx: number[] = [], vals: string[] = [];
  rows.forEach((r, i) => r.forEach((v, j) => { idx.push(i, j); vals.push(v); }));
  const width = Math.max(0, ...rows.map(r => r.length));
  return new tf.SparseTensor(tf.constant(new tf.NDArray('int64', [vals.length, 2], Float64Array.from(idx))),
    tf.constant(new tf.NDArray('string', [vals.length], vals)), tf.constant(tf.NDArray.from([rows.length, width], 'int64')));
};

const crossOf = (key: bigint, values: bigint[]): bigint => values.reduce((h, v) => fingerprintCat64(h, v), key);

describe('TF fingerprints (FarmHash Fingerprint64, FingerprintCat64)', () => {
  beforeEach(fresh);

  it('Fingerprint64: tensorflow string_to_hash_bucket_op_test.py comments and fingerprint_test.cc IsForeverFrozen', () => {
    // string_to_hash_bucket_op_test.py testStringToHashBucketsFast's comments (1 byte).
    assert.equal(fingerprint64('a'), 12917804110809363939n);
    assert.equal(fingerprint64('b'), 11795596070477164822n);
    assert.equal(fingerprint64('c'), 11430444447143000872n);
    assert.equal(fingerprint64('d'), 4470636696479570465n);
    // core/platform/fingerprint_test.cc (5 bytes).
    assert.equal(fingerprint64('Hello'), 15404698994557526151n);
    assert.equal(fingerprint64('World'), 18308117990299812472n);
  });

  it('Fingerprint64: guava FarmHashFingerprint64Test.testReallySimpleFingerprints (4, 32 and 256 bytes)', () => {
    assert.equal(fingerprint64('test'), 8581389452482819506n);
    assert.equal(fingerprint64('test'.repeat(8)), BigInt.asUintN(64, -4196240717365766262n));
    assert.equal(fingerprint64('test'.repeat(64)), 3500507768004279527n);
  });

  it('Fingerprint64: guava FarmHashFingerprint64Test.testMultipleLengths (every length 0 to 3199, one folded check value)', () => {
    // The test's own loop: fingerprints of growing prefixes of a buffer it mutates, folded into h.
    const iterations = 800, buf = new Uint8Array(iterations * 4);
    let len = 0, h = 0n;
    const remix = (v: bigint) => BigInt.asUintN(64, (v ^ (v >> 41n)) * 949921979n);
    const char = (v: bigint) => 0x61 + Number((v & 0xfffffn) % 26n);
    const fp = (n: number) => fingerprint64(String.fromCharCode(...buf.subarray(0, n)));
    for (let i = 0; i < iterations; i++) {
      // Each length is taken after the previous byte was appended.
      for (const length of [() => i, () => (i * i) % len, () => (i * i * i) % len, () => len]) {
        h = remix(h ^ fp(length()));
        buf[len++] = char(h);
      }
      const x0 = buf[len - 1], x1 = buf[len - 2], x2 = buf[len - 3], x3 = buf[len >> 1];
      buf[((x0 << 16) + (x1 << 8) + x2) % len] ^= x3;
      buf[((x1 << 16) + (x2 << 8) + x3) % len] ^= i % 256;
    }
    assert.equal(h, 0x7a1d67c50ec7e167n);
  });

  it('FingerprintCat64 chains: tensorflow sparse_cross_op_test.py test_hashed_zero_bucket(_no_hash_key) (unbucketed, 13-byte strings)', () => {
    const f = ['batch1-FC1-F1', 'batch1-FC2-F1', 'batch1-FC3-F1'].map(fingerprint64);
    const int64Max = (1n << 63n) - 1n;
    assert.equal(crossOf(BigInt(DEFAULT_HASH_KEY), f) % int64Max, 1971693436396284976n);
    assert.equal(crossOf(BigInt(DEFAULT_HASH_KEY) + 1n, f) % int64Max, 4847552627144134031n);
  });
});

describe('StringToHashBucketFast and SparseCross', () => {
  beforeEach(fresh);

  it('StringToHashBucketFast: tensorflow string_to_hash_bucket_op_test.py ([9, 2, 2, 5] in 10 buckets, all 0 in 1)', () => {
    const x = tf.constant(new tf.NDArray('string', [4], ['a', 'b', 'c', 'd']));
    const [ten, one] = run(StringToHashBucketFast.make1([x], { num_buckets: 10 }), StringToHashBucketFast.make1([x], { num_buckets: 1 }));
    assert.equal(ten.dtype, 'int64');
    assert.deepEqual(ten.toArray(), [9, 2, 2, 5]);
    assert.deepEqual(one.toArray(), [0, 0, 0, 0]);
    assert.throws(() => StringToHashBucketFast.make1([x], { num_buckets: 0 }), /less than minimum 1/);
  });

  it('SparseCross hashed: tensorflow sparse_cross_op_test.py test_hashed_no_hash_key (83) and test_hashed_output (31), 100 buckets', () => {
    const inputs = () => [strings([['batch1-FC1-F1']]), strings([['batch1-FC2-F1']]), strings([['batch1-FC3-F1']])];
    const a = sparseCross(inputs(), true, 100, null), b = sparseCross(inputs(), true, 100, DEFAULT_HASH_KEY + 1);
    const [ai, av, as, bv] = run(a.indices, a.values, a.denseShape, b.values);
    assert.deepEqual([ai.toArray(), av.toArray(), as.toArray(), bv.toArray()], [[0, 0], [83], [1, 1], [31]]);
  });

  it('SparseCross strings: tensorflow sparse_cross_op_test.py test_integer_mixed_string_sparse and test_permutation_3x1x2 (last input fastest)', () => {
    const ints = new tf.SparseTensor(tf.constant(tf.NDArray.from([[0, 0], [1, 0], [1, 1]], 'int64')), tf.constant(tf.NDArray.from([11, 333, 55555], 'int64')),
      tf.constant(tf.NDArray.from([2, 2], 'int64')));
    const mixed = sparseCross([ints, strings([['batch1-FC2-F1'], ['batch2-FC2-F1', 'batch2-FC2-F2']])], false, 0, null);
    const perm = sparseCross([strings([['F1', 'F2', 'F3']]), strings([['G1']]), strings([['H1', 'H2']])], false, 0, null);
    const [mi, mv, ms, pv] = run(mixed.indices, mixed.values, mixed.denseShape, perm.values);
    assert.deepEqual(mi.toArray(), [0, 0, 1, 0, 1, 1, 1, 2, 1, 3]);
    assert.deepEqual(mv.toArray(), ['11_X_batch1-FC2-F1', '333_X_batch2-FC2-F1', '333_X_batch2-FC2-F2', '55555_X_batch2-FC2-F1', '55555_X_batch2-FC2-F2']);
    assert.deepEqual(ms.toArray(), [2, 4]);
    assert.deepEqual(pv.toArray(), ['F1_X_G1_X_H1', 'F1_X_G1_X_H2', 'F2_X_G1_X_H1', 'F2_X_G1_X_H2', 'F3_X_G1_X_H1', 'F3_X_G1_X_H2']);
  });

  it('SparseCross: a row where one input is empty has no cross (sparse_cross_op_test.py test_some_columns_empty); dense inputs follow sparse ones', () => {
    const x = sparseCross([strings([['a1', 'a2'], []]), tf.constant(new tf.NDArray('string', [2, 1], ['d1', 'd2']))], false, 0, null);
    const [i, v, s] = run(x.indices, x.values, x.denseShape);
    assert.deepEqual([i.toArray(), v.toArray(), s.toArray()], [[0, 0, 0, 1], ['a1_X_d1', 'a2_X_d1'], [2, 2]]);
  });

  it('SparseCross hashed with num_buckets=0 is NotImplementedError (63-bit hashes do not fit Gradbook\'s int64)', () => {
    assert.throws(() => sparseCross([strings([['a']]), strings([['b']])], true, 0, null), /num_buckets=0 gives 63-bit hashes/);
  });
});
