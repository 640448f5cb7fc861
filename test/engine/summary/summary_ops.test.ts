// The summary family in the engine: every op's output is the Summary proto formats/summary builds
// (byte for byte), text/tensor summaries from string tensors, and the ops round-trip through a
// GraphDef with TF's op types and attrs (so real TF can import a graph with summaries).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { NDArray } from '../../../src/engine/ndarray';
import { graphToGraphDef, encodeGraphDef } from '../../../src/engine/formats/graph/graph_def_export';
import { importGraphDef } from '../../../src/engine/formats/graph/graph_def_import';
import { decodeSummary, scalarSummary, histogramSummary, textSummary, mergeSummaries } from '../../../src/engine/formats';

const run = (t: tf.Tensor, feeds?: Map<tf.Tensor, NDArray>) => (new tf.Session().run([t], feeds as never) as NDArray[])[0];
const bytesOf = (a: NDArray) => Buffer.from(tf.bytesOfByteString(a.data[0] as unknown as string));

describe('engine: summary ops', () => {
  beforeEach(() => clearDefaultGraphState());

  it('ScalarSummary, HistogramSummary and MergeSummary output exactly the protos formats/summary builds', () => {
    const x = tf.placeholder('float32', [null], 'x');
    const s = tf.summary.scalarSummaryOp('loss', tf.reduceMean(x));
    // The placeholder holds the name `x`, so the summary's scope (and tag) is `x_1`, as in TF.
    const h = tf.summary.histogramSummaryOp('x', x);
    const m = tf.summary.mergeAllSummaries()!;
    const feeds = new Map([[x, NDArray.from([1, 2, 6], 'float32')]]);
    const [sv, hv, mv] = new tf.Session().run([s, h, m], feeds as never) as NDArray[];
    assert.deepEqual([sv.dtype, sv.shape], ['string', []]);
    assert.deepEqual(bytesOf(sv), scalarSummary('loss', 3));
    assert.deepEqual(bytesOf(hv), histogramSummary('x_1', [1, 2, 6], 'x_1'));
    assert.deepEqual(bytesOf(mv), mergeSummaries([scalarSummary('loss', 3), histogramSummary('x_1', [1, 2, 6], 'x_1')]));
  });

  it('text and tensor_summary read string tensors; text needs dtype string', () => {
    const strings = tf.constant(new NDArray('string', [2], ['hello', 'world'] as never), 'string', 'words');
    const t = tf.summary.textSummaryOp('note', strings);
    assert.deepEqual(bytesOf(run(t)), textSummary('note', new NDArray('string', [2], ['hello', 'world'] as never)));
    const w = tf.summary.tensorSummaryOp('w', tf.constant([[1, 2]], 'float32'), { summary_description: 'weights' });
    const v = decodeSummary(bytesOf(run(w))).value![0];
    assert.equal(v.tag, 'w');
    assert.equal(v.metadata?.summary_description, 'weights');
    assert.equal((v.tensor as { dtype: number }).dtype, 1);
    assert.throws(() => tf.summary.textSummaryOp('bad', tf.constant(1, 'float32')), /Expected tensor Const(_\d+)?:0 to have dtype string, got float32/);
  });

  it('an image batch of the wrong rank is InvalidArgument at run time', () => {
    const img = tf.summary.imageSummaryOp('img', tf.zeros([2, 2, 3]));
    assert.throws(() => run(img), /Tensor must be 4-D with last dim 1, 3, or 4, not \[2,2,3\]/);
  });

  it('exports to a GraphDef with TF\'s op types and attrs and imports back to the same values', () => {
    const x = tf.constant([0.5, 1.5], 'float32', 'x');
    tf.summary.scalarSummaryOp('avg', tf.reduceMean(x));
    tf.summary.imageSummaryOp('img', tf.reshape(x, [1, 1, 2, 1]), 1);
    const m = tf.summary.mergeAllSummaries()!;
    const gd = graphToGraphDef(tf.getDefaultGraph());
    const byName = new Map(gd.node!.map(n => [n.name, n]));
    assert.equal(byName.get('avg')!.op, 'ScalarSummary');
    assert.deepEqual(byName.get('avg')!.input, ['avg/tags', 'Mean']);
    assert.equal(byName.get('img')!.op, 'ImageSummary');
    assert.equal(Number(byName.get('img')!.attr!.max_images.i), 1);
    assert.equal(byName.get('Merge/MergeSummary')!.op, 'MergeSummary');
    assert.equal(Number(byName.get('Merge/MergeSummary')!.attr!.N.i), 2);
    const before = bytesOf(run(m));
    clearDefaultGraphState();
    importGraphDef(encodeGraphDef(gd), { name: '' });
    const again = tf.getDefaultGraph().getTensorByName('Merge/MergeSummary:0') as tf.Tensor;
    assert.deepEqual(bytesOf(run(again)), before);
  });
});
