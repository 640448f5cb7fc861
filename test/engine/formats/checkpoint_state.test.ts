import { strict as assert } from 'assert';
import { NDArray } from '../../../src/engine/ndarray';
import { MemoryFileSystem } from '../../../src/engine/io/memory_file_system';
import { CheckpointKeeper, removeCheckpoint } from '../../../src/engine/formats/checkpoint/keeper';
import { saveCheckpoint } from '../../../src/engine/formats/checkpoint/save';
import { checkpointPrefix, metaGraphFileName } from '../../../src/engine/formats/checkpoint/naming';
import {
  checkpointExists, encodeCheckpointState, getCheckpointState, latestCheckpoint, updateCheckpointState,
} from '../../../src/engine/formats/checkpoint/state_file';

const text = (fs: MemoryFileSystem, p: string) => Buffer.from(fs.readFile(p)).toString();
const tensors = () => ({ w: NDArray.from([1, 2], 'float32') });

describe('formats: checkpoint state file and Saver bookkeeping', () => {
  it('writes CheckpointState text exactly as TF (golbin fixture form)', () => {
    assert.equal(encodeCheckpointState({ model_checkpoint_path: 'dnn.ckpt-100', all_model_checkpoint_paths: ['dnn.ckpt-100'] }),
      'model_checkpoint_path: "dnn.ckpt-100"\nall_model_checkpoint_paths: "dnn.ckpt-100"\n');
  });

  it('keeps relative paths relative to a relative save dir and absolute ones absolute', () => {
    const fs = new MemoryFileSystem('/home/u');
    fs.makeDirs('model');
    updateCheckpointState(fs, 'model', 'model/a-1', { allModelCheckpointPaths: ['model/a-0'] });
    assert.equal(text(fs, 'model/checkpoint'),
      'model_checkpoint_path: "a-1"\nall_model_checkpoint_paths: "a-0"\nall_model_checkpoint_paths: "a-1"\n');
    fs.makeDirs('/tmp/run');
    updateCheckpointState(fs, '/tmp/run', '/tmp/run/m-5');
    assert.equal(text(fs, '/tmp/run/checkpoint'), 'model_checkpoint_path: "/tmp/run/m-5"\nall_model_checkpoint_paths: "/tmp/run/m-5"\n');
    updateCheckpointState(fs, '/tmp/run', '/tmp/run/m-6', { saveRelativePaths: true });
    assert.equal(text(fs, '/tmp/run/checkpoint'), 'model_checkpoint_path: "m-6"\nall_model_checkpoint_paths: "m-6"\n');
  });

  it('refuses a save path that is the state file itself', () => {
    const fs = new MemoryFileSystem();
    assert.throws(() => updateCheckpointState(fs, '/work', '/work/checkpoint'), /conflicts with path used for checkpoint state/);
  });

  it('get_checkpoint_state joins relative paths onto the folder; latest_checkpoint needs the index file', () => {
    const fs = new MemoryFileSystem();
    fs.makeDirs('m');
    fs.writeFile('m/checkpoint', Buffer.from('model_checkpoint_path: "x-2"\nall_model_checkpoint_paths: "x-1"\nall_model_checkpoint_paths: "x-2"\n'));
    assert.deepEqual(getCheckpointState(fs, 'm')!.all_model_checkpoint_paths, ['m/x-1', 'm/x-2']);
    assert.equal(latestCheckpoint(fs, 'm'), null);
    fs.writeFile('m/x-2.index', new Uint8Array(1));
    assert.equal(latestCheckpoint(fs, 'm'), 'm/x-2');
    assert.equal(checkpointExists(fs, 'm/x-2'), true);
    assert.equal(checkpointExists(fs, 'm/x-1'), false);
    assert.equal(getCheckpointState(fs, 'elsewhere'), null);
    fs.writeFile('m/checkpoint', Buffer.from('all_model_checkpoint_paths: "x-1"\n'));
    assert.throws(() => getCheckpointState(fs, 'm'), /Invalid checkpoint state loaded from m/);
  });

  it('names prefixes like Saver.save and meta files like meta_graph_filename', () => {
    assert.equal(checkpointPrefix('m/model.ckpt', 100), 'm/model.ckpt-100');
    assert.equal(checkpointPrefix('m/model.ckpt', 7, true), 'm/model.ckpt-00000007');
    assert.equal(checkpointPrefix('m/model.ckpt', null), 'm/model.ckpt');
    assert.equal(metaGraphFileName('m/model.ckpt-100'), 'm/model.ckpt-100.meta');
    assert.equal(metaGraphFileName('m/model.ckpt-00000-of-00002'), 'm/model.ckpt.meta');
  });

  it('max_to_keep=2 keeps the newest two on disk and in the state file', () => {
    const fs = new MemoryFileSystem();
    const keeper = new CheckpointKeeper({ maxToKeep: 2, now: 0 });
    for (const step of [1, 2, 3]) {
      saveCheckpoint({ fs, savePath: 'run/model', tensors: tensors(), keeper, globalStep: step, now: step, metaGraph: () => new Uint8Array([step]) });
    }
    assert.deepEqual(fs.listDir('run'), ['checkpoint',
      'model-2.data-00000-of-00001', 'model-2.index', 'model-2.meta',
      'model-3.data-00000-of-00001', 'model-3.index', 'model-3.meta']);
    assert.equal(text(fs, 'run/checkpoint'), 'model_checkpoint_path: "model-3"\nall_model_checkpoint_paths: "model-2"\nall_model_checkpoint_paths: "model-3"\n');
    assert.deepEqual(keeper.lastCheckpoints, ['run/model-2', 'run/model-3']);
  });

  it('keep_checkpoint_every_n_hours spares the first checkpoint past each mark', () => {
    const fs = new MemoryFileSystem();
    const keeper = new CheckpointKeeper({ maxToKeep: 1, keepCheckpointEveryNHours: 1, now: 0 });
    const hour = 3600;
    for (const [step, t] of [[1, 10], [2, hour + 10], [3, hour + 20], [4, 2 * hour + 30]]) {
      saveCheckpoint({ fs, savePath: 'run/m', tensors: tensors(), keeper, globalStep: step, now: t });
    }
    // m-1 (before the first mark) was deleted; m-2 is the first past 1 h and is kept; m-3 is deleted.
    assert.deepEqual(fs.listDir('run').filter(n => n.endsWith('.index')), ['m-2.index', 'm-4.index']);
  });

  it('max_to_keep=None lists only the newest checkpoint and deletes nothing', () => {
    const fs = new MemoryFileSystem();
    const keeper = new CheckpointKeeper({ maxToKeep: null });
    saveCheckpoint({ fs, savePath: 'r/m', tensors: tensors(), keeper, globalStep: 1 });
    saveCheckpoint({ fs, savePath: 'r/m', tensors: tensors(), keeper, globalStep: 2 });
    assert.equal(text(fs, 'r/checkpoint'), 'model_checkpoint_path: "m-2"\nall_model_checkpoint_paths: "m-2"\n');
    assert.equal(fs.listDir('r').filter(n => n.endsWith('.index')).length, 2);
  });

  it('remove_checkpoint deletes the index, all data shards and the meta file', () => {
    const fs = new MemoryFileSystem();
    fs.makeDirs('d');
    for (const n of ['p.index', 'p.data-00000-of-00002', 'p.data-00001-of-00002', 'p.meta', 'p2.index', 'p.data-x']) fs.writeFile(`d/${n}`, new Uint8Array(1));
    removeCheckpoint(fs, 'd/p');
    assert.deepEqual(fs.listDir('d'), ['p.data-x', 'p2.index']);
  });

  it('rejects a latest_filename with a folder in it', () => {
    const fs = new MemoryFileSystem();
    assert.throws(() => saveCheckpoint({ fs, savePath: 'm', tensors: tensors(), keeper: new CheckpointKeeper(), latestFilename: 'a/b' }),
      /'latest_filename' must not contain path components/);
  });
});
