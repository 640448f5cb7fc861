// The engine's Saver over an in-memory FileSystem: keep_checkpoint_every_n_hours with a clock
// the test controls, the SaverDef of a second Saver, and a .meta file real TF can read back.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { MemoryFileSystem } from '../../../src/engine/io/memory_file_system';

describe('engine Saver', () => {
  beforeEach(() => clearDefaultGraphState());

  it('deletes checkpoints past max_to_keep, except one per keep_checkpoint_every_n_hours', () => {
    const fs = new MemoryFileSystem();
    let clock = 1_000_000;
    const v = new tf.Variable(tf.constant([1, 2]), { name: 'v' });
    const saver = new tf.train.Saver({ maxToKeep: 1, keepCheckpointEveryNHours: 1, now: () => clock });
    const sess = new tf.Session();
    sess.run(v.initializer);
    for (let step = 0; step < 4; step++) {
      saver.save(fs, sess, 'ck/m', { globalStep: step, writeMetaGraph: false });
      clock += step === 1 ? 2 * 3600 : 60; // m-2 is saved past the one-hour mark
    }
    const kept = fs.listDir('ck').filter(f => f.endsWith('.index')).sort();
    // TF's rule: a checkpoint leaving the list is kept on disk when it was saved after the next
    // keep time (construction + 1 h); m-0 and m-1 were not, m-2 was.
    assert.deepEqual(kept, ['m-2.index', 'm-3.index']);
    assert.deepEqual(saver.lastCheckpoints, ['ck/m-3']);
  });

  it('a second Saver in the graph is scope save_1; the .meta holds its SaverDef and save nodes', () => {
    const fs = new MemoryFileSystem();
    const v = new tf.Variable(tf.constant([1, 2]), { name: 'v' });
    const first = new tf.train.Saver();
    const second = new tf.train.Saver({ varList: { renamed: v }, maxToKeep: 3 });
    assert.equal(first.scope, 'save');
    assert.equal(second.scope, 'save_1');
    const sess = new tf.Session();
    sess.run(v.initializer);
    const prefix = second.save(fs, sess, 'm', {});
    const meta = tf.train.readMetaGraphFile(fs, `${prefix}.meta`);
    assert.deepEqual(meta.saver_def, { filename_tensor_name: 'save_1/Const:0', save_tensor_name: 'save_1/control_dependency:0', restore_op_name: 'save_1/restore_all', max_to_keep: 3, keep_checkpoint_every_n_hours: 10000, version: 2 });
    const save = meta.graph_def!.node.find(n => n.name === 'save_1/SaveV2')!;
    assert.deepEqual(save.input!.slice(3), ['v']);
    assert.deepEqual(tf.train.listVariables(fs, 'm'), [['renamed', [2]]]);
  });
});
