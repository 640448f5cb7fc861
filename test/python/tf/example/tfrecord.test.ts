// TFRecord files and tf.train.Example from Python. The expected bytes and values come from
// test/fixtures/tfrecord/gen_tfrecord.py (python3 writing the framing and the Example protos by
// hand, CRC-32C computed there) and from a TFRecord file real TensorFlow wrote (an event file).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { py, pyError } from '../data/run';

const dir = path.join(__dirname, '..', '..', '..', 'fixtures', 'tfrecord');
const plainFile = path.join(dir, 'examples.tfrecord');
const gzFile = path.join(dir, 'examples.tfrecord.gz');
const zlibFile = path.join(dir, 'examples.tfrecord.zlib');
const tfWritten = path.join(dir, 'tf_written_events.tfrecord');
interface Feature { kind: 'int64' | 'float' | 'bytes'; values: (number | number[])[] }
interface RecordInfo { features: Record<string, Feature>; payload_hex: string; length_crc: number; payload_crc: number }
const fixture = JSON.parse(fs.readFileSync(path.join(dir, 'examples.json'), 'utf8')) as { records: RecordInfo[]; file_bytes: number };
const records = fixture.records;
const q = (s: string) => JSON.stringify(s);
const tmp = (name: string) => path.join(os.tmpdir(), `gradbook-rec-${process.pid}-${name}`);
const lines = (out: string) => out.trim().split('\n');
/** A list as Python prints it; floats=true prints whole numbers as floats do (3.0). */
const pyList = (v: unknown, floats = false): string => (Array.isArray(v)
  ? `[${v.map(x => pyList(x, floats)).join(', ')}]`
  : floats && Number.isInteger(v) ? `${v}.0` : String(v));
/** The last traceback line of a TF error names the class by its full module path. */
const tfError = (name: string, rest: string) => new RegExp(`^tensorflow\\.python\\.framework\\.errors_impl\\.${name}: ${rest}`);

/** A Python expression building record r's Example with keyword arguments (keys in sorted order). */
function exampleSource(r: RecordInfo): string {
  const feature = (f: Feature) => {
    if (f.kind === 'bytes') return `tf.train.Feature(bytes_list=tf.train.BytesList(value=[${f.values.map(v => `bytes(${JSON.stringify(v)})`).join(', ')}]))`;
    if (f.kind === 'float') return `tf.train.Feature(float_list=tf.train.FloatList(value=${JSON.stringify(f.values)}))`;
    return `tf.train.Feature(int64_list=tf.train.Int64List(value=${JSON.stringify(f.values)}))`;
  };
  const keys = Object.keys(r.features).sort();
  return `tf.train.Example(features=tf.train.Features(feature={${keys.map(k => `${q(k)}: ${feature(r.features[k])}`).join(', ')}}))`;
}

describe('TFRecord files (tf.python_io, tf.io)', () => {
  it('tf_record_iterator reads each payload of a hand-written file', () => {
    const out = lines(py([`for r in tf.python_io.tf_record_iterator(${q(plainFile)}): print(r.hex())`]));
    assert.deepEqual(out, records.map(r => r.payload_hex));
  });

  it('reads the GZIP file with TFRecordOptions, also as tf.io.tf_record_iterator', () => {
    const out = lines(py([
      'opts = tf.python_io.TFRecordOptions(tf.python_io.TFRecordCompressionType.GZIP)',
      `for r in tf.io.tf_record_iterator(${q(gzFile)}, options=opts): print(r.hex())`,
    ]));
    assert.deepEqual(out, records.map(r => r.payload_hex));
  });

  it("reads the ZLIB file (options='ZLIB', TFRecordCompressionType.ZLIB, TFRecordDataset)", () => {
    const out = lines(py([
      `print([r.hex() for r in tf.python_io.tf_record_iterator(${q(zlibFile)}, 'ZLIB')] == [r.hex() for r in tf.python_io.tf_record_iterator(${q(zlibFile)}, tf.python_io.TFRecordCompressionType.ZLIB)])`,
      `n = tf.data.TFRecordDataset(${q(zlibFile)}, compression_type='ZLIB').make_one_shot_iterator().get_next()`,
      'with tf.Session() as s:',
      '    for _ in range(3): print(s.run(n).hex())',
    ]));
    assert.deepEqual(out, ['True', ...records.map(r => r.payload_hex)]);
  });

  it('TFRecordWriter writes the framing byte for byte (lengths and masked CRC-32Cs)', () => {
    const file = tmp('plain.tfrecord');
    py([
      `with tf.python_io.TFRecordWriter(${q(file)}) as w:`,
      ...records.map(r => `    w.write(bytes.fromhex(${q(r.payload_hex)}))`),
    ]);
    const written = fs.readFileSync(file);
    assert.equal(written.length, fixture.file_bytes);
    assert.deepEqual(written, fs.readFileSync(plainFile));
    let at = 0;
    for (const r of records) {
      const n = r.payload_hex.length / 2;
      assert.equal(Number(written.readBigUInt64LE(at)), n);
      assert.equal(written.readUInt32LE(at + 8), r.length_crc);
      assert.equal(written.readUInt32LE(at + 12 + n), r.payload_crc);
      at += 16 + n;
    }
    fs.unlinkSync(file);
  });

  it('GZIP and ZLIB writers compress the whole framed stream; flush() makes it readable', () => {
    for (const [kind, inflate] of [['GZIP', zlib.gunzipSync], ['ZLIB', zlib.inflateSync]] as const) {
      const file = tmp(`c.${kind}`);
      const out = py([
        `w = tf.io.TFRecordWriter(${q(file)}, options=tf.python_io.TFRecordOptions(tf.python_io.TFRecordCompressionType.${kind}))`,
        ...records.map(r => `w.write(bytes.fromhex(${q(r.payload_hex)}))`),
        'w.flush()',
        `print(len(list(tf.python_io.tf_record_iterator(${q(file)}, ${q(kind)}))))`,
        'w.close()',
      ]);
      assert.equal(out.trim(), String(records.length));
      assert.deepEqual(inflate(fs.readFileSync(file)), fs.readFileSync(plainFile), kind);
      fs.unlinkSync(file);
    }
  });

  it('a corrupted or truncated file raises DataLossError', () => {
    const bytes = fs.readFileSync(plainFile);
    const bad = Buffer.from(bytes);
    bad[20] ^= 0x01; // inside the first payload
    const badFile = tmp('bad.tfrecord');
    fs.writeFileSync(badFile, bad);
    assert.match(pyError([`list(tf.python_io.tf_record_iterator(${q(badFile)}))`]), tfError('DataLossError', '.*corrupted record at 0'));
    fs.writeFileSync(badFile, bytes.subarray(0, bytes.length - 3));
    assert.match(pyError([`list(tf.python_io.tf_record_iterator(${q(badFile)}))`]), tfError('DataLossError', '.*truncated record'));
    const out = py([
      `it = tf.data.TFRecordDataset(${q(badFile)}).make_one_shot_iterator().get_next()`,
      'try:',
      '    with tf.Session() as s: s.run(it)',
      'except tf.errors.DataLossError as e: print("caught", type(e).__name__)',
    ]);
    assert.equal(out.trim(), 'caught DataLossError');
    fs.unlinkSync(badFile);
  });

  it('reads a TFRecord file real TensorFlow wrote (an event file: version, graph_def, meta_graph_def)', () => {
    const out = lines(py([
      `recs = list(tf.python_io.tf_record_iterator(${q(tfWritten)}))`,
      'print(len(recs))',
      'e = tf.Event.FromString(recs[0])',
      'print(e.file_version)',
      'print(tf.Event.FromString(recs[1]).WhichOneof("what"), tf.Event.FromString(recs[2]).WhichOneof("what"))',
    ]));
    assert.deepEqual(out, ['3', 'brain.Event:2', 'graph_def meta_graph_def']);
  });
});

describe('tf.train.Example', () => {
  it('keyword construction serializes to the hand-encoded bytes', () => {
    const out = lines(py(records.map(r => `print(${exampleSource(r)}.SerializeToString().hex())`)));
    assert.deepEqual(out, records.map(r => r.payload_hex));
  });

  it('FromString / ParseFromString give field access like protobuf', () => {
    const r = records[0];
    const out = lines(py([
      `rec = bytes.fromhex(${q(r.payload_hex)})`,
      'ex = tf.train.Example.FromString(rec)',
      'f = ex.features.feature',
      "print(f['label'].int64_list.value[0], list(f['weights'].float_list.value), list(f['tags'].int64_list.value))",
      "print(list(f['raw'].bytes_list.value[0]), f['name'].bytes_list.value[0].decode())",
      "print(sorted(f.keys()), 'label' in f, 'nope' in f, len(f), f['label'].WhichOneof('kind'))",
      'ex2 = tf.train.Example()',
      'n = ex2.ParseFromString(rec)',
      'print(n, ex2 == ex)',
    ]));
    const f = r.features;
    assert.deepEqual(out, [
      `${f.label.values[0]} ${pyList(f.weights.values, true)} ${pyList(f.tags.values)}`,
      `${JSON.stringify(f.raw.values[0]).replace(/,/g, ', ')} ${String.fromCharCode(...(f.name.values[0] as number[]))}`,
      `${JSON.stringify(Object.keys(f).sort()).replace(/"/g, "'").replace(/,/g, ', ')} True False ${Object.keys(f).length} int64_list`,
      `${r.payload_hex.length / 2} True`,
    ]);
  });

  it('building through the map (feature[k].int64_list.value.append) matches keyword construction', () => {
    const out = lines(py([
      'a = tf.train.Example()',
      "a.features.feature['x'].int64_list.value.append(3)",
      "a.features.feature['y'].float_list.value.extend([1.5, 2.0])",
      "b = tf.train.Example(features=tf.train.Features(feature={'x': tf.train.Feature(int64_list=tf.train.Int64List(value=[3])), 'y': tf.train.Feature(float_list=tf.train.FloatList(value=[1.5, 2.0]))}))",
      'print(a == b, a.SerializeToString() == b.SerializeToString())',
      "print(tf.train.Feature(int64_list=tf.train.Int64List(value=[])).SerializeToString())",
    ]));
    // An empty Int64List that was set is still written (field 3, length 0).
    assert.deepEqual(out, ['True True', "b'\\x1a\\x00'"]);
  });

  it('prints in protobuf text format (map entries as feature { key value })', () => {
    const out = py(["print(tf.train.Example(features=tf.train.Features(feature={'b': tf.train.Feature(bytes_list=tf.train.BytesList(value=[b'\\x00hi'])), 'a': tf.train.Feature(float_list=tf.train.FloatList(value=[0.5, 2]))})))"]);
    assert.equal(out, [
      'features {', '  feature {', '    key: "a"', '    value {', '      float_list {', '        value: 0.5', '        value: 2.0', '      }', '    }', '  }',
      '  feature {', '    key: "b"', '    value {', '      bytes_list {', '        value: "\\000hi"', '      }', '    }', '  }', '}', '', '',
    ].join('\n'));
  });

  it('SequenceExample: context features and feature lists', () => {
    const out = lines(py([
      "s = tf.train.SequenceExample(context=tf.train.Features(feature={'n': tf.train.Feature(int64_list=tf.train.Int64List(value=[2]))}))",
      "fl = s.feature_lists.feature_list['steps'].feature",
      'fl.add().float_list.value.append(0.25)',
      'fl.add(float_list=tf.train.FloatList(value=[4.0]))',
      's2 = tf.train.SequenceExample.FromString(s.SerializeToString())',
      "print(s2.context.feature['n'].int64_list.value[0], [list(f.float_list.value) for f in s2.feature_lists.feature_list['steps'].feature])",
    ]));
    assert.deepEqual(out, ['2 [[0.25], [4.0]]']);
  });

  it('rejects a wrong value type as protobuf does', () => {
    assert.match(pyError(["tf.train.Int64List(value=['a'])"]), /^TypeError: 'a' has type str, but expected one of: \(<class 'numbers.Integral'>,\)/);
    assert.match(pyError(['tf.train.Example(nope=1)']), /^ValueError: Protocol message Example has no "nope" field/);
  });
});

describe('parsing ops and TFRecordDataset', () => {
  const specs = "{'label': tf.FixedLenFeature([], tf.int64), 'weights': tf.FixedLenFeature([3], tf.float32), 'name': tf.FixedLenFeature([], tf.string, default_value='none'), 'raw': tf.FixedLenFeature([], tf.string)}";
  const expectRow = (r: RecordInfo) => {
    const f = r.features;
    const name = f.name ? String.fromCharCode(...(f.name.values[0] as number[])) : 'none';
    return `${f.label.values[0]} ${pyList(f.weights.values, true)} ${name} ${pyList(f.raw.values[0])}`;
  };
  const readAll = (datasetExpr: string) => lines(py([
    'def decode(r):',
    `    f = tf.parse_single_example(r, ${specs})`,
    "    return f['label'], f['weights'], f['name'], tf.decode_raw(f['raw'], tf.uint8)",
    `nxt = ${datasetExpr}.map(decode).make_one_shot_iterator().get_next()`,
    'with tf.Session() as s:',
    '    try:',
    '        while True:',
    '            l, w, n, raw = s.run(nxt)',
    '            print(l, w.tolist(), n.decode(), raw.tolist())',
    '    except tf.errors.OutOfRangeError: pass',
  ]));

  it('TFRecordDataset + parse_single_example + decode_raw read every record, default for a missing feature', () => {
    assert.deepEqual(readAll(`tf.data.TFRecordDataset(${q(plainFile)})`), records.map(expectRow));
  });

  it("TFRecordDataset(compression_type='GZIP') reads the gzip file", () => {
    assert.deepEqual(readAll(`tf.data.TFRecordDataset([${q(gzFile)}], compression_type='GZIP')`), records.map(expectRow));
  });

  it('VarLenFeature gives a SparseTensor; parse_example parses a batch', () => {
    const out = lines(py([
      `recs = list(tf.python_io.tf_record_iterator(${q(plainFile)}))`,
      "one = tf.parse_single_example(recs[0], {'tags': tf.VarLenFeature(tf.int64)})['tags']",
      "batch = tf.io.parse_example(tf.constant(recs), {'tags': tf.VarLenFeature(tf.int64), 'label': tf.FixedLenFeature([], tf.int64)})",
      'print(type(one).__name__, batch["label"].shape)',
      'with tf.Session() as s:',
      '    v = s.run(one)',
      '    print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())',
      '    b = s.run(batch)',
      "    print(b['tags'].indices.tolist(), b['tags'].values.tolist(), b['tags'].dense_shape.tolist(), b['label'].tolist())",
    ]));
    const tags = records.map(r => r.features.tags.values as number[]);
    const idx = tags.flatMap((t, i) => t.map((_, j) => [i, j]));
    const longest = Math.max(...tags.map(t => t.length));
    const js = (v: unknown) => JSON.stringify(v).replace(/,/g, ', ');
    assert.deepEqual(out, [
      'SparseTensor (3,)',
      `${js(tags[0].map((_, j) => [j]))} ${js(tags[0])} [${tags[0].length}]`,
      `${js(idx)} ${js(tags.flat())} ${js([records.length, longest])} ${js(records.map(r => r.features.label.values[0]))}`,
    ]);
  });

  it('VarLenFeature in Dataset.map: dense inside the function works; a SparseTensor component is a clear NotImplementedError', () => {
    const parse = "tf.parse_single_example(r, {'tags': tf.VarLenFeature(tf.int64)})['tags']";
    const out = lines(py([
      `n = tf.data.TFRecordDataset(${q(plainFile)}).map(lambda r: tf.sparse.to_dense(${parse})).make_one_shot_iterator().get_next()`,
      'with tf.Session() as s:',
      '    for _ in range(3): print(s.run(n).tolist())',
    ]));
    assert.deepEqual(out, records.map(r => pyList(r.features.tags.values)));
    assert.match(pyError([`tf.data.TFRecordDataset(${q(plainFile)}).map(lambda r: ${parse})`]), /^NotImplementedError: SparseTensor components of tf\.data elements are not supported/);
  });

  it('a default takes the feature shape; one of another size is refused when the graph is built, as TF reshapes it', () => {
    const rec = `bytes.fromhex(${q(records[2].payload_hex)})`;
    const out = lines(py([
      `p = tf.parse_single_example(${rec}, {'name': tf.FixedLenFeature([2], tf.string, default_value=['x', 'y']), 'w': tf.FixedLenFeature((2,), tf.float32, default_value=[1.5, 2])})`,
      "with tf.Session() as s: v = s.run(p); print(v['name'].tolist(), v['w'].tolist())",
    ]));
    assert.deepEqual(out, ["[b'x', b'y'] [1.5, 2.0]"]);
    assert.match(pyError([`tf.parse_single_example(${rec}, {'name': tf.FixedLenFeature([2], tf.string, default_value='x')})`]), /^ValueError: Cannot reshape a tensor with 1 elements to shape \[2\] \(2 elements\)/);
  });

  it('a missing required feature or a wrong count is InvalidArgumentError', () => {
    const run = (spec: string) => pyError([
      `rec = bytes.fromhex(${q(records[2].payload_hex)})`,
      `with tf.Session() as s: s.run(tf.parse_single_example(rec, ${spec}))`,
    ]);
    assert.match(run("{'name': tf.FixedLenFeature([], tf.string)}"), tfError('InvalidArgumentError', 'Feature: name \\(data type: string\\) is required but could not be found\\.'));
    assert.match(run("{'weights': tf.FixedLenFeature([2], tf.float32)}"), tfError('InvalidArgumentError', 'Key: weights\\.  Number of float values != expected\\.  Values size: 3 but output shape: \\[2\\]'));
    assert.match(run("{'weights': tf.FixedLenFeature([3], tf.int64)}"), tfError('InvalidArgumentError', "Key: weights\\.  Data types don't match\\. Data type: float but expected type: int64"));
  });

  it('decode_raw reads little-endian float32/int32/int64 as ndarray.tobytes()/tostring() wrote them, like np.frombuffer', () => {
    const floats = [1.5, -2.25, 1e-3, 65504], ints = [-1, 2147483647, 7], longs = [-5, 1234567890123];
    const out = lines(py([
      `f = np.array(${JSON.stringify(floats)}, np.float32); i = np.array(${JSON.stringify(ints)}, np.int32); l = np.array(${JSON.stringify(longs)}, np.int64)`,
      'print(f.tobytes().hex(), i.tostring().hex(), l.tobytes().hex())',
      'with tf.Session() as s:',
      '    a, b, c = s.run([tf.decode_raw(f.tobytes(), tf.float32), tf.decode_raw(i.tostring(), tf.int32), tf.io.decode_raw(tf.constant([l.tobytes(), l.tobytes()]), tf.int64)])',
      '    print(a.tolist(), b.tolist(), c.tolist())',
      '    print(np.frombuffer(f.tobytes(), np.float32).tolist(), np.frombuffer(l.tobytes(), dtype=np.int64, count=1).tolist())',
    ]));
    const f32 = Buffer.from(new Float32Array(floats).buffer), i32 = Buffer.from(new Int32Array(ints).buffer), i64 = Buffer.from(new BigInt64Array(longs.map(BigInt)).buffer);
    const asF32 = Array.from(new Float32Array(floats));
    const js = (v: unknown) => JSON.stringify(v).replace(/,/g, ', ');
    assert.equal(out[0], `${f32.toString('hex')} ${i32.toString('hex')} ${i64.toString('hex')}`);
    assert.equal(out[1], `${pyList(asF32, true)} ${js(ints)} ${js([longs, longs])}`);
    assert.equal(out[2], `${pyList(asF32, true)} ${js([longs[0]])}`);
  });

  it('decode_raw refuses strings of different or non-multiple lengths', () => {
    assert.match(pyError(["with tf.Session() as s: s.run(tf.decode_raw(b'abc', tf.int32))"]), tfError('InvalidArgumentError', 'Input to DecodeRaw has length 3 that is not a multiple of 4, the size of int32'));
    assert.match(pyError(["with tf.Session() as s: s.run(tf.decode_raw([b'ab', b'abcd'], tf.uint8))"]), tfError('InvalidArgumentError', 'DecodeRaw requires input strings to all be the same size, but element 1 has size 4 != 2'));
  });

  it('TFRecordReader reads records from string_input_producer with "<file>:<offset>" keys', () => {
    const out = lines(py([
      `q = tf.train.string_input_producer([${q(plainFile)}], num_epochs=1, shuffle=False)`,
      'key, value = tf.TFRecordReader().read(q)',
      "label = tf.parse_single_example(value, {'label': tf.FixedLenFeature([], tf.int64)})['label']",
      'with tf.Session() as s:',
      '    s.run(tf.local_variables_initializer())',
      '    coord = tf.train.Coordinator()',
      '    threads = tf.train.start_queue_runners(sess=s, coord=coord)',
      '    for _ in range(3):',
      '        k, l = s.run([key, label])',
      '        print(k.decode(), l)',
      '    coord.request_stop(); coord.join(threads)',
    ]));
    let at = 0;
    const expected = records.map(r => { const line = `${plainFile}:${at} ${r.features.label.values[0]}`; at += 16 + r.payload_hex.length / 2; return line; });
    assert.deepEqual(out, expected);
  });
});
