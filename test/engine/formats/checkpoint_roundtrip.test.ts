import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import * as nodeFs from 'fs';
import { NDArray } from '../../../src/engine/ndarray';
import { MemoryFileSystem } from '../../../src/engine/io/memory_file_system';
import { NodeFileSystem } from '../../../src/node';
import { CheckpointReader, readCheckpoint } from '../../../src/engine/formats/checkpoint/bundle_reader';
import { encodeCheckpoint, writeCheckpoint } from '../../../src/engine/formats/checkpoint/bundle_writer';
import { childTensors } from './child_values';
import { ascii, hex } from './helpers';
import { readTable } from '../../../src/engine/formats/table/table_reader';
import { TableBuilder } from '../../../src/engine/formats/table/table_builder';
import { decodeProto, encodeProto } from '../../../src/engine/formats/proto/root';

const ROOT = path.resolve(__dirname, '../../..');

describe('formats: our checkpoints', () => {
  it('write → read → write gives the same bytes, for every dtype', () => {
    const fs = new MemoryFileSystem();
    const tensors = childTensors(NDArray);
    writeCheckpoint(fs, 'ckpt/model', tensors);
    const back = readCheckpoint(fs, 'ckpt/model');
    for (const [name, v] of tensors) {
      assert.equal(back.get(name)!.dtype, v.dtype, name);
      assert.deepEqual(back.get(name)!.shape, v.shape, name);
      assert.deepEqual(back.get(name)!.toArray(), v.toArray(), name);
    }
    const again = encodeCheckpoint(back);
    assert.equal(hex(again.index), hex(fs.readFile('ckpt/model.index')));
    assert.equal(hex(again.data), hex(fs.readFile('ckpt/model.data-00000-of-00001')));
  });

  it('writes data and index through temporary names, leaving only the two files', () => {
    const fs = new MemoryFileSystem();
    writeCheckpoint(fs, 'out/sub/m', { w: NDArray.from([1, 2], 'float32') }, { tempSuffix: () => '42' });
    assert.deepEqual(fs.listDir('out/sub'), ['m.data-00000-of-00001', 'm.index']);
  });

  it('stores tensors in key order with no padding, one data file', () => {
    const { data } = encodeCheckpoint({ b: NDArray.from([2], 'float32'), a: NDArray.from([1], 'uint8') });
    assert.equal(hex(data), '01' + '00000040');
  });

  it('string tensors round-trip (text and raw bytes) and a scalar of "hello" is 10 bytes', () => {
    const s = new NDArray('string', [], ['hello']);
    const { data } = encodeCheckpoint({ s });
    assert.equal(data.length, 10);
    assert.equal(hex(data.subarray(0, 1)), '05');
    const fs = new MemoryFileSystem();
    writeCheckpoint(fs, 'str', { s, t: new NDArray('string', [2], ['héllo', '']) });
    const r = CheckpointReader.open(fs, 'str');
    assert.deepEqual(r.read('t').toNested(), ['héllo', '']);
    assert.deepEqual(r.readStringBytes('t').map(b => Buffer.from(b).toString()), ['héllo', '']);
  });

  it('zero-element tensors have size 0 and the masked CRC of nothing', () => {
    const fs = new MemoryFileSystem();
    writeCheckpoint(fs, 'e', { empty: NDArray.zeros('float32', [0, 3]) });
    const v = CheckpointReader.open(fs, 'e').read('empty');
    assert.deepEqual(v.shape, [0, 3]);
  });

  it('reads a checkpoint merged from two shards (entries point into data-00000/00001-of-00002)', () => {
    const fs = new MemoryFileSystem();
    const a = encodeCheckpoint({ w: NDArray.from([1, 2], 'float32') }), b = encodeCheckpoint({ v: NDArray.from([7], 'int32') });
    fs.writeFile('s.data-00000-of-00002', a.data);
    fs.writeFile('s.data-00001-of-00002', b.data);
    const entry = (bundle: { index: Uint8Array }, key: string) => readTable(bundle.index).find(e => Buffer.from(e.key).toString() === key)!.value;
    const table = new TableBuilder();
    table.add(new Uint8Array(0), encodeProto('BundleHeaderProto', { num_shards: 2, version: { producer: 1 } }));
    table.add(ascii('v'), encodeProto('BundleEntryProto', { ...decodeProto<object>('BundleEntryProto', entry(b, 'v')), shard_id: 1 }));
    table.add(ascii('w'), entry(a, 'w'));
    fs.writeFile('s.index', table.finish());
    const values = readCheckpoint(fs, 's');
    assert.deepEqual(values.get('w')!.toArray(), [1, 2]);
    assert.deepEqual(values.get('v')!.toArray(), [7]);
  });

  it('a corrupted data file is a DataLossError naming the tensor', () => {
    const fs = new MemoryFileSystem();
    writeCheckpoint(fs, 'c', { w: NDArray.from([1, 2, 3], 'float32') });
    const data = fs.readFile('c.data-00000-of-00001');
    data[5] ^= 0x40;
    fs.writeFile('c.data-00000-of-00001', data);
    assert.throws(() => CheckpointReader.open(fs, 'c').read('w'),
      (e: Error) => e.name === 'DataLossError' && /tensor w .*Checksum does not match/.test(e.message));
  });

  it('missing checkpoints and keys raise NotFoundError with TF\'s words', () => {
    const fs = new MemoryFileSystem();
    assert.throws(() => CheckpointReader.open(fs, 'nope/model'),
      (e: Error) => e.name === 'NotFoundError' && /Failed to find any matching files for nope\/model/.test(e.message));
    writeCheckpoint(fs, 'k', { w: NDArray.from([1], 'float32') });
    assert.throws(() => CheckpointReader.open(fs, 'k').read('v'), (e: Error) => e.name === 'NotFoundError' && e.message === 'Key v not found in checkpoint');
  });

  it('a checkpoint saved by another Node process restores with equal values', function () {
    this.timeout(60000);
    const dir = nodeFs.mkdtempSync(path.join(os.tmpdir(), 'gradbook-ckpt-'));
    try {
      const prefix = execFileSync(process.execPath, ['--require', 'tsx/cjs', path.join(__dirname, 'child_write_checkpoint.ts'), dir], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(prefix, 'model/dnn.ckpt-100');
      const fs = new NodeFileSystem(dir);
      const restored = readCheckpoint(fs, prefix);
      for (const [name, v] of childTensors(NDArray)) {
        assert.equal(restored.get(name)!.dtype, v.dtype, name);
        assert.deepEqual(restored.get(name)!.toArray(), v.toArray(), name);
      }
      assert.equal(nodeFs.readFileSync(path.join(dir, 'model/checkpoint'), 'utf8'),
        'model_checkpoint_path: "dnn.ckpt-100"\nall_model_checkpoint_paths: "dnn.ckpt-100"\n');
    } finally {
      nodeFs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
