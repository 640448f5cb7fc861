// The engine's SavedModel builder and loader over an in-memory FileSystem, no interpreter: a graph
// saved with a signature and loaded into a new graph computes the same values; a graph without
// variables saves and loads.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { MemoryFileSystem } from '../../../src/engine/io/memory_file_system';
import type { NDArray } from '../../../src/engine';

describe('engine SavedModel', () => {
  beforeEach(() => clearDefaultGraphState());

  it('saves variables and a predict signature; loads them into a new graph with the same results', () => {
    const fs = new MemoryFileSystem();
    const g = new tf.Graph();
    const { sess, x, y } = tf.withDefaultGraph(g, () => {
      const x = tf.placeholder('float32', [null, 2], 'x');
      const w = new tf.Variable(tf.constant([[2, -1], [0.5, 3]]), { name: 'w' });
      const y = tf.matmul(x, w.snapshot, { name: 'y' });
      const sess = new tf.Session({ graph: g });
      sess.run(w.initializer);
      return { sess, x, y };
    });
    tf.train.simpleSave(fs, sess, 'export', { x }, { y });
    assert.deepEqual(fs.listDir('export').sort(), ['saved_model.pb', 'variables']);
    assert.equal(tf.train.maybeSavedModelDirectory(fs, 'export'), true);

    const g2 = new tf.Graph();
    const sess2 = new tf.Session({ graph: g2 });
    const meta = tf.train.loadSavedModel(fs, sess2, ['serve'], 'export');
    const sig = meta.signature_def!.serving_default;
    const feed = [[1, 1], [-2, 4]];
    const before = sess.run(y, [[x, feed]]) as NDArray;
    const after = sess2.run(g2.getTensorByName(sig.outputs!.y.name!), [[g2.getTensorByName(sig.inputs!.x.name!), feed]]) as NDArray;
    assert.deepEqual(after.toArray(), before.toArray());
    // The loaded graph's variables are tf.Variables again, in the variables collection.
    assert.deepEqual((g2.getCollection('variables') as tf.Variable[]).map(v => v.op.name), ['w']);
  });

  it('a graph without variables saves no checkpoint files and loads', () => {
    const fs = new MemoryFileSystem();
    const g = new tf.Graph();
    const { sess, x, y } = tf.withDefaultGraph(g, () => {
      const x = tf.placeholder('float32', [3], 'x');
      return { sess: new tf.Session({ graph: g }), x, y: tf.multiply(x, tf.constant(3), 'triple') };
    });
    const b = new tf.train.SavedModelBuilder(fs, 'plain');
    b.addMetaGraphAndVariables(sess, ['serve'], { signatureDefMap: { triple: tf.train.predictSignatureDef({ x }, { y }) } });
    b.save();
    assert.deepEqual(fs.listDir('plain/variables'), []);
    const g2 = new tf.Graph();
    const sess2 = new tf.Session({ graph: g2 });
    tf.train.loadSavedModel(fs, sess2, ['serve'], 'plain');
    assert.deepEqual((sess2.run(g2.getTensorByName('triple:0'), [[g2.getTensorByName('x:0'), [1, 2, 3]]]) as NDArray).toArray(), [3, 6, 9]);
  });
});
