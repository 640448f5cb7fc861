// tf.summary.FileWriter from Python: real event files in TF's framing that our reader, TF's
// summary_iterator API and (by format) TensorBoard read; the graph event imports back; the file
// bytes are exactly the records of the events read back; flush/close/reopen and the cache.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pySession, tempDir } from '../train/helpers';
import { formats } from '../../../src/engine';
import { NodeFileSystem } from '../../../src/node';

const prelude = ['import tensorflow as tf', 'import numpy as np', 'import os'];
const eventFiles = (dir: string) => fs.readdirSync(dir).filter(f => f.startsWith('events.out.tfevents.')).sort();

describe('tf.summary.FileWriter', () => {
  it('writes events.out.tfevents.<secs>.<host>: version, graph, then one summary event per add_summary', () => {
    const dir = tempDir('fw');
    const py = pySession(dir);
    py.run([...prelude,
      'x = tf.placeholder(tf.float32, [None], name="x")',
      'loss = tf.reduce_mean(tf.square(x), name="loss")',
      'tf.summary.scalar("loss", loss)',
      'tf.summary.histogram("x", x)',
      'merged = tf.summary.merge_all()',
      'sess = tf.Session()',
      'writer = tf.summary.FileWriter("logs/run1", sess.graph)',
      'for step in range(4):',
      '    writer.add_summary(sess.run(merged, {x: [1.0, float(step)]}), step)',
      'writer.add_summary(tf.Summary(value=[tf.Summary.Value(tag="acc", simple_value=0.75)]), global_step=10)',
      'writer.close()',
    ]);
    const files = eventFiles(path.join(dir, 'logs/run1'));
    assert.equal(files.length, 1);
    assert.match(files[0], /^events\.out\.tfevents\.\d{10}\.[^.]+/);
    const events = formats.readEventFile(new NodeFileSystem(), path.join(dir, 'logs/run1', files[0]));
    assert.equal(events[0].file_version, 'brain.Event:2');
    assert.ok(events[1].graph_def && events[1].graph_def.length > 0);
    const summaries = events.slice(2).map(e => [Number(e.step), e.summary!.value!.map(v => [v.tag, v.histo ? Number(v.histo.num) : v.simple_value])]);
    assert.deepEqual(summaries, [
      // The ops `loss` and `x` hold those names, so the summaries' scopes (and tags) get `_1`, as in TF.
      [0, [['loss_1', 0.5], ['x_1', 2]]], [1, [['loss_1', 1], ['x_1', 2]]], [2, [['loss_1', 2.5], ['x_1', 2]]], [3, [['loss_1', 5], ['x_1', 2]]],
      [10, [['acc', 0.75]]],
    ]);
    // The graph event is the session's GraphDef: it imports back with the same nodes.
    const gd = formats.decodeProto<formats.GraphDefProto>('GraphDef', events[1].graph_def!);
    assert.ok(gd.node!.some(n => n.name === 'loss' && n.op === 'Mean'));
    assert.ok(gd.node!.some(n => n.op === 'ScalarSummary'));
  });

  it('the file is byte for byte the TFRecord framing of the events read back', () => {
    const dir = tempDir('fwbytes');
    const py = pySession(dir);
    py.run([...prelude,
      'w = tf.summary.FileWriter("logs")',
      'for i in range(3):',
      '    w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="t", simple_value=i * 0.5)]), i)',
      'w.add_run_metadata(tf.RunMetadata(), "step2", 2)',
      'w.flush()',
    ]);
    const file = path.join(dir, 'logs', eventFiles(path.join(dir, 'logs'))[0]);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const events = formats.decodeEventFile(bytes);
    assert.equal(events.length, 5);
    assert.equal(events[4].tagged_run_metadata?.tag, 'step2');
    const rewritten = Buffer.concat(events.map(e => Buffer.from(formats.encodeRecord(formats.encodeEvent(e)))));
    assert.ok(Buffer.from(bytes).equals(rewritten), 'events re-encoded differ from the file');
  });

  it('add_graph writes the graph as a graph_def event at the step given, from a tf.Graph or (None, graph_def=sess.graph_def)', () => {
    const dir = tempDir('fwgraph');
    const py = pySession(dir);
    py.run([...prelude,
      'a = tf.constant(2.0, name="a")',
      'b = tf.multiply(a, 3.0, name="b")',
      'sess = tf.Session()',
      'w = tf.summary.FileWriter("logs/g")',
      'w.add_graph(sess.graph, global_step=7)',
      'w.add_graph(None, graph_def=sess.graph_def)',
      'w.close()',
    ]);
    const events = formats.readEventFile(new NodeFileSystem(), path.join(dir, 'logs/g', eventFiles(path.join(dir, 'logs/g'))[0]));
    const graphs = events.filter(e => e.graph_def && e.graph_def.length > 0);
    assert.deepEqual(graphs.map(e => Number(e.step ?? 0)), [7, 0]);
    for (const e of graphs) {
      const gd = formats.decodeProto<formats.GraphDefProto>('GraphDef', e.graph_def!);
      assert.deepEqual(gd.node!.map(n => [n.name, n.op]), [['a', 'Const'], ['b/y', 'Const'], ['b', 'Mul']]);
    }
    assert.throws(() => py.run(['w.add_graph(3)']), /TypeError: add_graph\(\) expects a tf.Graph or a GraphDef, not int/);
  });

  it('summary_iterator reads events back as tf.Event messages', () => {
    const dir = tempDir('fwiter');
    const py = pySession(dir);
    const out = py.run([...prelude,
      'with tf.summary.FileWriter("logs") as w:',
      '    s = tf.Summary()',
      '    s.value.add(tag="lr", simple_value=0.01)',
      '    w.add_summary(s, 5)',
      '    w.add_session_log(tf.SessionLog(status=tf.SessionLog.START), 5)',
      'path = os.path.join("logs", os.listdir("logs")[0])',
      'for e in tf.train.summary_iterator(path):',
      '    print(e.step, e.WhichOneof("what"), [(v.tag, round(v.simple_value, 6)) for v in e.summary.value], e.session_log.status)',
    ]);
    assert.equal(out, ['0 file_version [] 0', "5 summary [('lr', 0.01)] 0", '5 session_log [] 1', ''].join('\n'));
  });

  it('events are flushed when a cell ends; close() then reopen() starts a new file; get_logdir; the cache shares writers', () => {
    const dir = tempDir('fwflush');
    const py = pySession(dir);
    py.run([...prelude,
      'w = tf.summary.FileWriter("logs", flush_secs=3600)',
      'w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="a", simple_value=1.0)]), 1)',
    ]);
    const first = eventFiles(path.join(dir, 'logs'));
    assert.equal(formats.readEventFile(new NodeFileSystem(), path.join(dir, 'logs', first[0])).length, 2, 'the queued event was written at the end of the cell');
    const out = py.run([
      'w.close()',
      'w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="dropped", simple_value=2.0)]), 2)',
      'import time',
      'time.sleep(1.1)',
      'w.reopen()',
      'w.add_summary(tf.Summary(value=[tf.Summary.Value(tag="b", simple_value=3.0)]), 3)',
      'w.close()',
      'print(w.get_logdir(), tf.summary.FileWriterCache.get("cached") is tf.summary.FileWriterCache.get("cached"))',
    ]);
    assert.equal(out, 'logs True\n');
    const files = eventFiles(path.join(dir, 'logs'));
    assert.equal(files.length, 2);
    const tags = files.map(f => formats.readEventFile(new NodeFileSystem(), path.join(dir, 'logs', f)).flatMap(e => e.summary?.value?.map(v => v.tag) ?? []));
    assert.deepEqual(tags, [['a'], ['b']]);
  });

  it('tf.Summary behaves as the protobuf API: fields, oneofs, errors', () => {
    const py = pySession(tempDir('fwproto'));
    const out = py.run([...prelude,
      'v = tf.Summary.Value(tag="x")',
      'v.simple_value = 2',
      'print(v.HasField("simple_value"), v.WhichOneof("value"), v.simple_value)',
      'v.histo.min = -1.0',
      'print(v.WhichOneof("value"), v.HasField("simple_value"))',
      's = tf.Summary(value=[v])',
      't = tf.Summary()',
      't.ParseFromString(s.SerializeToString())',
      'print(t == s, len(t.value), t.value[0].histo.min)',
      'for bad in ["tf.Summary.Value(tagg=1)", "tf.Summary.Value(tag=3)", "tf.Summary(1)"]:',
      '    try:',
      '        eval(bad)',
      '    except Exception as e:',
      '        print(type(e).__name__, e)',
    ]);
    assert.equal(out, [
      'True simple_value 2.0',
      'histo False',
      'True 1 -1.0',
      'ValueError Protocol message Value has no "tagg" field.',
      "TypeError 3 has type int, but expected one of: (<class 'bytes'>, <class 'str'>)",
      'TypeError No positional arguments allowed', '',
    ].join('\n'));
  });

  it('add_summary refuses a Tensor (it needs the fetched bytes), with TF-style text', () => {
    const py = pySession(tempDir('fwerr'));
    assert.throws(() => py.run([...prelude,
      'w = tf.summary.FileWriter("logs")',
      'w.add_summary(tf.summary.scalar("a", 1.0))',
    ]), /TypeError: add_summary\(\) expects a serialized Summary \(bytes from sess\.run\) or a tf\.Summary, not Tensor/);
  });
});
