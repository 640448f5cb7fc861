// embedding_lookup_sparse and safe_embedding_lookup_sparse in the engine: finite-difference
// gradients to the params and to the weights' values for each combiner, and transpose / retain
// passing the values' gradient through.
import * as tf from '../../../src/engine';
import { embeddingLookupSparse, safeEmbeddingLookupSparse } from '../../../src/engine/ops/sparse/embedding';
import { sparseTranspose } from '../../../src/engine/ops/sparse/transpose';
import { sparseRetain } from '../../../src/engine/ops/sparse/retain';
import { checkGradient, randomArray } from '../gradcheck';
import { fresh, sp } from './helpers';

const IDX = [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1]];
const ids = () => sp(IDX, [1, 3, 1, 0, 4], [3, 3], 'int64');

describe('embedding_lookup_sparse gradients', () => {
  beforeEach(fresh);
  for (const combiner of ['sum', 'mean', 'sqrtn']) {
    it(`${combiner}: params and weights`, () => {
      checkGradient((p, w) => embeddingLookupSparse(p, ids(), sp(IDX, w, [3, 3]), { combiner }), [randomArray([5, 2]), randomArray([5], 0.5, 2, 3)]);
      checkGradient(p => embeddingLookupSparse(p, ids(), null, { combiner }), [randomArray([5, 2])]);
    });
  }
  it('safe_embedding_lookup_sparse: params, with an empty row and a negative id', () => {
    const withBad = () => sp([[0, 0], [0, 1], [2, 0]], [1, -1, 3], [3, 2], 'int64');
    checkGradient(p => safeEmbeddingLookupSparse([p], withBad(), null, {}), [randomArray([5, 2])]);
  });
  it('sparse transpose and retain pass the values\' gradient through', () => {
    checkGradient(v => sparseTranspose(sp([[0, 1], [0, 2], [1, 0]], v, [2, 3])).values, [randomArray([3])]);
    checkGradient(v => sparseRetain(sp([[0, 1], [0, 2], [1, 0]], v, [2, 3]), tf.constant(tf.NDArray.from([true, false, true], 'bool'))).values, [randomArray([3])]);
  });
});
