import { strict as assert } from 'assert';
import { CheckpointReader, readCheckpoint } from '../../../src/engine/formats/checkpoint/bundle_reader';
import { encodeCheckpoint } from '../../../src/engine/formats/checkpoint/bundle_writer';
import { getCheckpointState } from '../../../src/engine/formats/checkpoint/state_file';
import { fixtureFs, hex } from './helpers';

describe('formats: reading checkpoints real TensorFlow wrote', () => {
  const fs = fixtureFs();

  it('half_plus_two: a=0.5, b=2, c=3 and the same bytes when we write those values', () => {
    const values = readCheckpoint(fs, 'tf/half_plus_two/variables');
    assert.deepEqual([...values.keys()], ['a', 'b', 'c']);
    assert.deepEqual([...values.values()].map(v => [v.dtype, v.shape.length, v.item()]), [['float32', 0, 0.5], ['float32', 0, 2], ['float32', 0, 3]]);
    const ours = encodeCheckpoint(values);
    assert.equal(hex(ours.index), hex(fs.readFile('tf/half_plus_two/variables.index')));
    assert.equal(hex(ours.data), hex(fs.readFile('tf/half_plus_two/variables.data-00000-of-00001')));
  });

  it('embedding: a [3,2] float tensor', () => {
    const v = CheckpointReader.open(fs, 'tf/embedding/embedding.ckpt').read('my_embedding');
    assert.deepEqual(v.shape, [3, 2]);
    assert.deepEqual(v.toNested(), [[1, 2], [3, 5], [7, 11]]);
  });

  it('bundle_checkpoint: float [5,16] and int64 [5], rewritten byte for byte', () => {
    const values = readCheckpoint(fs, 'tf/bundle_checkpoint/bundle_checkpoint');
    const emb = values.get('some_scope/embeddings')!, idx = values.get('some_scope/indices')!;
    assert.deepEqual(emb.shape, [5, 16]);
    assert.deepEqual(emb.toArray(), Array.from({ length: 80 }, (_, i) => i));
    assert.equal(idx.dtype, 'int64');
    assert.deepEqual(idx.toArray(), [3, 4, 5, 6, 7]);
    const ours = encodeCheckpoint(values);
    assert.equal(hex(ours.index), hex(fs.readFile('tf/bundle_checkpoint/bundle_checkpoint.index')));
    assert.equal(hex(ours.data), hex(fs.readFile('tf/bundle_checkpoint/bundle_checkpoint.data-00000-of-00001')));
  });

  it('profiler ckpt: shapes of a small CNN, rewritten byte for byte', () => {
    const r = CheckpointReader.open(fs, 'tf/profiler/ckpt');
    assert.deepEqual([...r.shapeMap()], [['DW', [3, 3, 3, 6]], ['DW2', [2, 2, 6, 12]], ['ScalarW', []]]);
    const values = readCheckpoint(fs, 'tf/profiler/ckpt');
    const ours = encodeCheckpoint(values);
    assert.equal(hex(ours.data), hex(fs.readFile('tf/profiler/ckpt.data-00000-of-00001')));
    assert.equal(hex(ours.index), hex(fs.readFile('tf/profiler/ckpt.index')));
  });

  it('string tensors: lengths, length checksum and element bytes as TF wrote them', () => {
    const values = readCheckpoint(fs, 'tf/string_tensors/foo');
    assert.deepEqual(values.get('scalar')!.toNested(), ['hello']);
    assert.deepEqual(values.get('string_tensor')!.toNested(), ['']);
    const strs = values.get('strs')!.toNested() as string[];
    assert.deepEqual(strs.slice(0, 3), ['hello', '', 'x01']);
    assert.equal(strs[3], 'c'.repeat(1024));
    assert.deepEqual(values.get('floats')!.toArray(), new Array(6).fill(Math.fround(16.18)));
    // The test that wrote it added tensors in this order; with it our bytes are TF's bytes.
    const inTfOrder = new Map(['string_tensor', 'scalar', 'strs', 'floats'].map(k => [k, values.get(k)!]));
    const ours = encodeCheckpoint(inTfOrder, { dataOrder: 'insertion' });
    assert.equal(hex(ours.data), hex(fs.readFile('tf/string_tensors/foo.data-00000-of-00001')));
    assert.equal(hex(ours.index), hex(fs.readFile('tf/string_tensors/foo.index')));
  });

  it('an Adam-trained CNN whose index block is Snappy-compressed: names, dtypes, shapes', () => {
    const r = CheckpointReader.open(fs, 'tf/tensorrt/model.ckpt-46900');
    assert.equal(r.names().length, 27);
    assert.deepEqual(r.names().slice(0, 4), ['beta1_power', 'beta2_power', 'conv2d/bias', 'conv2d/bias/Adam']);
    assert.deepEqual(r.info('global_step'), { dtype: 'int64', shape: [] });
    assert.deepEqual(r.info('conv2d_1/kernel/Adam_1'), { dtype: 'float32', shape: [3, 3, 32, 64] });
    assert.deepEqual(r.info('dense/kernel'), { dtype: 'float32', shape: [64, 512] });
  });

  it('its `checkpoint` state file lists the kept checkpoints oldest first', () => {
    const state = getCheckpointState(fs, 'tf/tensorrt')!;
    assert.equal(state.model_checkpoint_path, 'tf/tensorrt/model.ckpt-46900');
    assert.deepEqual(state.all_model_checkpoint_paths, ['tf/tensorrt/model.ckpt-0', 'tf/tensorrt/model.ckpt-46900']);
  });
});
