// StringToHashBucketFast (tf.string_to_hash_bucket_fast, tf.strings.to_hash_bucket_fast): each
// string's Fingerprint64 modulo num_buckets, as int64. categorical_column_with_hash_bucket hashes
// its strings with it, so the bucket ids are TF's own. No gradient.
import { NDArray } from '../../ndarray';
import { op } from '../../formats/graph/op_defs/op_spec';
import { defineApi } from '../../api/api_function';
import { valueError } from '../../errors';
import { fingerprint64 } from '../../kernels/hash/fingerprint';
import { attr } from '../attrs';
import { convertToTensor } from '../builder';
import { defineOp, NOT_DIFFERENTIABLE, OpGroup } from '../op_def';
import { OpType } from '../op_types';
import { inScope } from '../math/apply';
import { requireString } from './common';

/** A byte string's bucket: Fingerprint64 (unsigned) modulo num_buckets. */
export const hashBucket = (s: string, numBuckets: number): number => Number(fingerprint64(s) % BigInt(numBuckets));

export const StringToHashBucketFast = defineOp({
  type: OpType.StringToHashBucketFast, family: 'array', inputs: ['input'], attrs: { num_buckets: attr.int() },
  infer: ([x], a) => {
    requireString('StringToHashBucketFast', 'input', x);
    if (a.num_buckets < 1) throw valueError(`Attr 'num_buckets' of 'StringToHashBucketFast' Op passed ${a.num_buckets} less than minimum 1.`);
    return [{ dtype: 'int64', shape: x.shape }];
  },
  compute: ([x], o) => {
    const out = NDArray.zeros('int64', x.shape), d = x.data as string[], n = o.attrs.num_buckets;
    for (let i = 0; i < d.length; i++) out.numeric[i] = hashBucket(d[i], n);
    return [out];
  },
  gradient: NOT_DIFFERENTIABLE,
  tf: op('StringToHashBucketFast', 'input: string', 'output: int64', 'num_buckets: int >= 1'),
});

export const STRING_HASH_BUCKET: OpGroup = {
  ops: [StringToHashBucketFast],
  api: [defineApi({
    name: 'tf.strings.to_hash_bucket_fast', doc: 'Hashes each string (FarmHash Fingerprint64) into one of num_buckets buckets.',
    params: [{ name: 'input', type: 'tensor' }, { name: 'num_buckets', type: 'int' }, { name: 'name', default: null, type: 'name' }],
  }, a => inScope([a.input], a.name ?? undefined, 'StringToHashBucketFast', scope => {
    const x = convertToTensor(a.input, 'string', 'input');
    return StringToHashBucketFast.make1([x], { num_buckets: a.num_buckets }, scope);
  }), ['tf.string_to_hash_bucket_fast'])],
};
