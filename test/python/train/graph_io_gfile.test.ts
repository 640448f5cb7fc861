// Graph protos and files: as_graph_def / Session.graph_def, write_graph (text and binary) read
// back by import_graph_def in a fresh graph, and tf.gfile / tf.io.gfile over the session's files.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { pySession, tempDir } from './helpers';

describe('graph protos and files', () => {
  it('write_graph (text and binary) round-trips through import_graph_def', () => {
    const dir = tempDir('graph');
    const py = pySession(dir);
    const out = py.run([
      'import tensorflow as tf',
      'a = tf.constant([1.0, 2.0], name="a")',
      'b = tf.multiply(a, 3.0, name="b")',
      'sess = tf.Session()',
      'gd = sess.graph_def',
      'print([n.name for n in gd.node], [n.op for n in tf.get_default_graph().as_graph_def().node])',
      'print(tf.train.write_graph(sess.graph, "g", "graph.pbtxt"), tf.io.write_graph(gd, "g", "graph.pb", as_text=False))',
      'data = tf.gfile.GFile("g/graph.pb", "rb").read()',
      'tf.reset_default_graph()',
      'restored = tf.GraphDef()',
      'restored.ParseFromString(data)',
      'y, = tf.import_graph_def(restored, return_elements=["b:0"], name="imp")',
      'print(y.name, tf.Session().run(y), len(restored.SerializeToString()) == len(data))',
    ]);
    assert.equal(out, [
      "['a', 'b/y', 'b'] ['Const', 'Const', 'Mul']",
      'g/graph.pbtxt g/graph.pb',
      'imp/b:0 [3. 6.] True',
      '',
    ].join('\n'));
    const text = fs.readFileSync(path.join(dir, 'g', 'graph.pbtxt'), 'utf8');
    assert.match(text, /^node \{\n {2}name: "a"\n {2}op: "Const"\n/);
    assert.match(text, /versions \{\n {2}producer: 134\n\}\n$/);
  });

  it('tf.gfile and tf.io.gfile: files, directories, globs and TF\'s errors', () => {
    const dir = tempDir('gfile');
    const py = pySession(dir);
    const out = py.run([
      'import tensorflow as tf',
      'tf.gfile.MakeDirs("d/sub")',
      'with tf.gfile.GFile("d/a.txt", "w") as f:',
      '    f.write("hello\\n")',
      'with tf.io.gfile.GFile("d/sub/b.csv", "w") as f:',
      '    f.write("1,2\\n")',
      'print(tf.gfile.Exists("d/a.txt"), tf.io.gfile.isdir("d/sub"), sorted(tf.gfile.ListDirectory("d")), tf.gfile.Glob("d/*.txt"), tf.io.gfile.glob("d/*/*.csv"))',
      'tf.gfile.Copy("d/a.txt", "d/c.txt")',
      'tf.gfile.Rename("d/c.txt", "d/e.txt")',
      'print(tf.gfile.Open("d/e.txt").read().strip(), [(top, dirs, files) for top, dirs, files in tf.gfile.Walk("d")])',
      'for f in (lambda: tf.gfile.Copy("d/a.txt", "d/e.txt"), lambda: tf.gfile.Remove("d/missing"), lambda: tf.gfile.GFile("d/missing").read(), lambda: tf.gfile.ListDirectory("nope")):',
      '    try:',
      '        f()',
      '    except tf.errors.OpError as e:',
      '        print(type(e).__name__, e.message)',
      'tf.gfile.Copy("d/a.txt", "d/e.txt", overwrite=True)',
      'tf.gfile.Remove("d/e.txt")',
      'tf.gfile.DeleteRecursively("d")',
      'print(tf.gfile.Exists("d"))',
    ]);
    assert.equal(out, [
      "True True ['a.txt', 'sub'] ['d/a.txt'] ['d/sub/b.csv']",
      "hello [('d', ['sub'], ['a.txt', 'e.txt']), ('d/sub', [], ['b.csv'])]",
      'AlreadyExistsError file already exists',
      'NotFoundError d/missing; No such file or directory',
      'NotFoundError d/missing; No such file or directory',
      'NotFoundError Could not find directory nope',
      'False',
      '',
    ].join('\n'));
  });

  it('paths outside the notebook\'s folders are refused for gfile and Saver alike', () => {
    const dir = tempDir('policy');
    const outside = path.join(os.homedir(), 'gradbook-should-not-exist');
    const py = pySession(dir);
    const out = py.run([
      'import tensorflow as tf',
      `for f in (lambda: tf.gfile.MakeDirs(${JSON.stringify(outside)}), lambda: tf.train.write_graph(tf.get_default_graph(), ${JSON.stringify(outside)}, "g.pb")):`,
      '    try:',
      '        f()',
      '    except PermissionError as e:',
      '        print("PermissionError")',
    ]);
    assert.equal(out, 'PermissionError\nPermissionError\n');
    assert.equal(fs.existsSync(outside), false);
  });
});
