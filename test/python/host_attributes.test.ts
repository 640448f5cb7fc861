// Host objects (ndarray, RandomState, Tensor, Session, ...) expose only what their Python class
// defines: no JavaScript member (constructor, __proto__, toString, the TS class's own methods)
// is reachable as a Python attribute, for reading or writing.
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HostObject, PyValue, PyList } from '../../src/python/index';
import { newSession } from './helpers';

// One expression per host type; `samples` in the cell collects them.
const SAMPLES = `
import sys
import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data
x = tf.placeholder(tf.float32, [None, 3], name='x')
v = tf.Variable(tf.zeros([3]), name='v')
sess = tf.Session()
mnist = input_data.read_data_sets('MNIST_data', fake_data=True)
import io as _io
_npz_bytes = _io.BytesIO(); np.savez(_npz_bytes, a=np.zeros(1)); _npz_bytes.seek(0)
samples = [
  np.load(_npz_bytes), np.zeros(3), np.float32(1.5), np.float64(2.0), np.dtype('float32'), np.random.RandomState(0),
  x, v, x.op, x.shape, x.shape[1], tf.float32, sess, tf.get_default_graph(), sess.as_default(),
  tf.zeros_initializer(), tf.train.GradientDescentOptimizer(0.5), tf.train.Saver([v]),
  tf.summary.FileWriter('logs'), mnist, mnist.train, sys.stdout,
]
import io, csv, hashlib, re, struct, random, tempfile, os
import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker as ticker
import matplotlib.colors as mcolors
import matplotlib.gridspec as gridspec
from IPython.display import display, HTML
from IPython import get_ipython
tmp = tempfile.mkdtemp()
fh = open(os.path.join(tmp, 'a.csv'), 'w')
fig, ax = plt.subplots()
figs, axes = plt.subplots(1, 2)
gs = gridspec.GridSpec(2, 2)
emb = tf.Variable(tf.ones([4, 2]))
ta = tf.TensorArray(tf.float32, size=2)
with tf.variable_scope('vs') as vscope:
  pass
samples += [
  fh, HTML('<b>x</b>'), display(HTML('x'), display_id=True), get_ipython(),
  csv.reader(['a,b']), csv.writer(fh), csv.get_dialect('excel'), hashlib.md5(b'x'),
  ax.transAxes, ax.spines, ax.spines[['top', 'right']], mcolors.LinearSegmentedColormap, fig.canvas,
  gs, gs[0, 0], matplotlib.colormaps, plt.style, axes, matplotlib.rcParams['axes.prop_cycle'],
  matplotlib.rcParams, matplotlib.rc_context(), ticker.MaxNLocator(3),
  random.Random(0), re.compile('a'), re.match('a', 'a'), struct.Struct('i'),
  ta, tf.gradients(tf.reduce_sum(tf.gather(emb, [0])), emb)[0], tf.get_default_graph().as_graph_def(),
  tf.train.NewCheckpointReader(tf.train.Saver([v]).save(sess, os.path.join(tmp, 'ck'))) if sess.run(tf.variables_initializer([v])) is None else None,
  tf.ConfigProto(), vscope, tf.AUTO_REUSE, b'x', tf.saved_model.builder.SavedModelBuilder(os.path.join(tmp, 'saved_model')),
  np.array([[1, 2], [3]], dtype=object), np.dtype(object), np.array(['a', 'bb']), np.dtype('<U2'),
  tf.SparseTensor(indices=[[0, 0]], values=[1.0], dense_shape=[2, 2]),
  tf.python_io.TFRecordOptions(tf.python_io.TFRecordCompressionType.GZIP),
  tf.python_io.TFRecordWriter(os.path.join(tmp, 'r.tfrecord')),
  tf.train.Features(feature={'a': tf.train.Feature(int64_list=tf.train.Int64List(value=[1]))}).feature,
]
ds = tf.data.Dataset.range(3)
q = tf.FIFOQueue(3, tf.float32)
coord = tf.train.Coordinator()
qr = tf.train.QueueRunner(q, [q.enqueue([1.0])])
summ = tf.Summary(value=[tf.Summary.Value(tag='a', simple_value=1.0)])
samples += [
  ds, ds.make_one_shot_iterator(), coord, qr.create_threads(sess)[0], coord.stop_on_exception(), qr, q,
  tf.TextLineReader(), sess.run(tf.constant(['a', 'b'])), summ.value, summ,
]
`;

/**
 * Host types that never reach Python code: the unpickler's placeholders (replaced before loads()
 * returns) and display(raw=True)'s bundle (handed straight to the output).
 */
const INTERNAL_ONLY = new Set(['PendingDtype', 'PendingArray', 'RawBundle']);

/** Every TS class that extends HostObject in src/python: each must have a sample above. */
function hostClassNames(): string[] {
  const names: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/^(?:export )?(abstract )?class (\w+) extends (HostObject|TensorLikeObject)\b/gm)) {
          if (!m[1]) names.push(m[2]);
        }
      }
    }
  };
  walk(path.join(__dirname, '../../src/python'));
  return names;
}

/** Names Python really defines on these types that happen to be JS names too. */
const PYTHON_DEFINED: Record<string, string[]> = {
  PyTensor: ['name', 'op', 'shape', 'dtype', 'graph', 'eval'],
  PyVariable: ['name', 'op', 'shape', 'dtype', 'graph', 'eval'],
  PyOperation: ['name', 'type', 'graph', 'run', 'inputs', 'outputs'],
  PyDType: ['name', 'type', 'str'],
  TextStream: ['name', 'write', 'flush'],
  PySession: ['graph', 'run', 'close'],
  PyFileWriter: ['flush', 'close', 'reopen'],
  PyDimension: ['value'],
  PySaver: ['save', 'restore', 'build'],
  PySavedModelBuilder: ['add_meta_graph_and_variables', 'add_meta_graph', 'save'],
  PyInitializer: ['dtype'],
  CsvWriter: ['writerow'],
  DisplayObject: ['data'],
  GridSpec: ['nrows', 'ncols'],
  ObjectArray: ['flat', 'reshape', 'shape', 'tolist', 'transpose'],
  PyObjectArray: ['shape', 'tolist'],
  PyObjectDType: ['name', 'type', 'str'],
  PyStringArray: ['shape', 'tolist', 'dtype'],
  PyStrDType: ['name', 'type', 'str', 'kind', 'itemsize'],
  PyFile: ['close', 'closed', 'flush', 'mode', 'name', 'seek', 'tell'],
  PyHash: ['name'],
  PyIndexedSlices: ['name'],
  PyMatch: ['pos', 'endpos', 'span'],
  PyStruct: ['format'],
  PyVariableScope: ['name'],
  RcParamsObject: ['update'],
  PyCoordinator: ['joined'],
  PyDataset: ['apply'],
  PyQueue: ['dtypes', 'name', 'names', 'shapes'],
  PyQueueRunner: ['name', 'queue'],
  PyThread: ['daemon', 'name', 'start'],
  RepeatedField: ['extend'],
  PyRecordOptions: ['compression_type', 'get_compression_type_string'],
  PyRecordWriter: ['write', 'flush', 'close'],
  MessageMap: ['keys', 'items', 'get'],
};

/** JS members of a host object: Object.prototype's, Function.prototype's, and its class chain's. */
function jsNames(obj: object): string[] {
  const names = new Set<string>([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype)]);
  for (let p = Object.getPrototypeOf(obj); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const n of Object.getOwnPropertyNames(p)) names.add(n);
  }
  for (const n of Object.getOwnPropertyNames(obj)) names.add(n);
  return [...names];
}

describe('host objects expose only their Python attributes', () => {
  const c = newSession();
  const r = c.session.runCell(SAMPLES, '<samples>');
  if (!r.ok) throw new Error(r.error.traceback);
  const samples = (c.session.globals.get('samples') as PyList).items as HostObject[];
  c.session.globals.set('__sample', null);

  it('has a sample of every HostObject class in src/python', () => {
    const covered = new Set(samples.map(s => s.constructor.name));
    const missing = hostClassNames().filter(n => !covered.has(n) && !INTERNAL_ONLY.has(n));
    assert.deepEqual(missing, [], 'add a sample of these host types to SAMPLES');
  });

  for (const sample of samples) {
    const cls = sample.constructor.name;
    it(`${cls} (${sample.type.name}): every JS member name is an AttributeError, getattr and setattr`, () => {
      const allowed = new Set(PYTHON_DEFINED[cls] ?? []);
      const leaks: string[] = [];
      c.session.globals.set('__sample', sample as unknown as PyValue);
      for (const name of jsNames(sample)) {
        if (allowed.has(name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
        const get = c.session.runCell(`getattr(__sample, '${name}')`, '<probe>');
        if (get.ok || get.error.ename !== 'AttributeError') leaks.push(`get ${name}: ${get.ok ? 'returned a value' : get.error.ename}`);
      }
      for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
        const set = c.session.runCell(`setattr(__sample, '${name}', 1)`, '<probe>');
        if (set.ok || set.error.ename !== 'AttributeError') leaks.push(`set ${name}: ${set.ok ? 'succeeded' : set.error.ename}`);
      }
      assert.deepEqual(leaks, []);
    });
  }

  it('the issue\'s repro: RandomState(0).constructor is an AttributeError and the Variables view still works', () => {
    const s = newSession();
    const r2 = s.session.runCell('import numpy as np\nx = np.random.RandomState(0).constructor()', '<cell 1>');
    assert.equal(r2.ok, false);
    if (!r2.ok) assert.equal(r2.error.traceback.split('\n').slice(-2)[0], "AttributeError: 'RandomState' object has no attribute 'constructor'");
    assert.ok(Array.isArray(s.session.listGlobals()));
  });
});
