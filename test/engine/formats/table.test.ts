import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readTable } from '../../../src/engine/formats/table/table_reader';
import { TableBuilder, shortSuccessor, shortestSeparator } from '../../../src/engine/formats/table/table_builder';
import { ascii, FIXTURES, hex } from './helpers';

const read = (p: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'tf', p)));
const rebuild = (entries: { key: Uint8Array; value: Uint8Array }[], opts = {}) => {
  const b = new TableBuilder(opts);
  for (const e of entries) b.add(e.key, e.value);
  return b.finish();
};

describe('formats: LevelDB table (checkpoint .index)', () => {
  it('reads half_plus_two.index as tf1-formats §4.9 annotates it', () => {
    const entries = readTable(read('half_plus_two/variables.index'));
    assert.deepEqual(entries.map(e => Buffer.from(e.key).toString()), ['', 'a', 'b', 'c']);
    assert.equal(hex(entries[0].value), '08011a020801');
    assert.equal(hex(entries[2].value), '08011200200428043510fd784f');
  });

  for (const file of ['half_plus_two/variables.index', 'embedding/embedding.ckpt.index', 'profiler/ckpt.index',
    'string_tensors/foo.index', 'bundle_checkpoint/bundle_checkpoint.index']) {
    it(`rebuilds ${file} byte for byte from its entries`, () => {
      const original = read(file);
      assert.equal(hex(rebuild(readTable(original))), hex(original));
    });
  }

  it('reads an index whose data block TF compressed with Snappy', () => {
    const entries = readTable(read('tensorrt/model.ckpt-46900.index'));
    assert.equal(entries.length, 28);
    assert.equal(Buffer.from(entries[27].key).toString(), 'global_step');
    // We write uncompressed, as TF ≥ 1.1 does; the rewritten table reads back the same.
    const again = readTable(rebuild(entries));
    assert.deepEqual(again.map(e => hex(e.key) + hex(e.value)), entries.map(e => hex(e.key) + hex(e.value)));
  });

  it('splits into several blocks with separator keys in the index when blocks fill', () => {
    const entries = Array.from({ length: 300 }, (_, i) => ({ key: ascii(`var_${String(i).padStart(4, '0')}`), value: new Uint8Array(40).fill(i & 255) }));
    const bytes = rebuild(entries, { blockSize: 1024 });
    assert.ok(bytes.length > 300 * 40);
    const back = readTable(bytes);
    assert.deepEqual(back.map(e => hex(e.key)), entries.map(e => hex(e.key)));
    assert.deepEqual(back.map(e => hex(e.value)), entries.map(e => hex(e.value)));
  });

  it('detects a flipped byte through the block checksum', () => {
    const bytes = read('half_plus_two/variables.index').slice();
    bytes[12] ^= 1;
    assert.throws(() => readTable(bytes, 'x.index'), (e: Error) => e.name === 'DataLossError' && /block checksum mismatch/.test(e.message));
  });

  it('rejects a file without the table magic', () => {
    const bytes = read('half_plus_two/variables.index').slice();
    bytes[bytes.length - 1] = 0;
    assert.throws(() => readTable(bytes, 'x.index'), /not an sstable \(bad magic number\)/);
  });

  it('shortens index keys as LevelDB does', () => {
    const s = (a: string, b: string) => Buffer.from(shortestSeparator(ascii(a), ascii(b))).toString();
    assert.equal(s('abc1', 'abe'), 'abd');
    assert.equal(s('abc', 'abcd'), 'abc');
    assert.equal(s('abc', 'abd'), 'abc');
    const t = (a: string) => Buffer.from(shortSuccessor(ascii(a))).toString();
    assert.equal(t('my_embedding'), 'n');
    assert.equal(t('global_step'), 'h');
    assert.equal(t('ScalarW'), 'T');
  });
});
