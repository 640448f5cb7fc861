// tf.contrib.learn's datasets helpers (TF 1.15): load_csv_with_header / without_header into the
// Dataset(data, target) namedtuple, load_dataset('mnist') and datasets.mnist.read_data_sets as
// input_data's, the learn.python.learn.datasets module paths, and the contrib.learn names not
// provided refused with NotImplementedError naming them (the estimators: contrib_learn_estimators.test.ts).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ok, runScript } from './estimator_helpers';

const IRIS = path.resolve(__dirname, '../../corpus/data/iris_training.csv');

function lastError(lines: string[]): string {
  const r = runScript(lines);
  const res = r.results[0];
  if (res.ok) throw new Error('expected an error; stdout:\n' + r.stdout);
  return res.error.traceback.trim().split('\n').pop()!;
}

describe('tf.contrib.learn datasets', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'learn-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('load_csv_with_header reads TF\'s iris file: header counts, last column as target, dtypes as asked', () => {
    const r = ok(runScript([
      'import numpy as np',
      'import tensorflow as tf',
      `ds = tf.contrib.learn.datasets.base.load_csv_with_header(filename=${JSON.stringify(IRIS)}, target_dtype=np.int, features_dtype=np.float32)`,
      'print(type(ds).__name__, ds._fields, ds.data.shape, ds.data.dtype, ds.target.shape, ds.target.dtype)',
      'print(ds.data[0].tolist(), ds.data[1].tolist(), ds.target[:5].tolist(), [int((ds.target == k).sum()) for k in range(3)])',
      'print(isinstance(ds, tf.contrib.learn.datasets.base.Dataset), tf.contrib.learn.datasets.base.Datasets._fields)',
    ]));
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], "Dataset ('data', 'target') (120, 4) float32 (120,) int64");
    // The file's first rows are 5.0,3.2,1.3,0.3,0 and 5.4,2.9,4.1,1.3,1 (float32 values print as float64),
    // its targets begin 0,1,2,1,1 and hold 40 of each class (python3's csv module reads the same).
    assert.equal(lines[1], '[5.0, 3.200000047683716, 1.2999999523162842, 0.30000001192092896] [5.400000095367432, 2.9000000953674316, 4.099999904632568, 1.2999999523162842] [0, 1, 2, 1, 1] [40, 40, 40]');
    assert.equal(lines[2], "True ('train', 'validation', 'test')");
  });

  it('target_column picks the target out of the row (first column here); load_csv_without_header has no header row', () => {
    fs.writeFileSync(path.join(dir, 'h.csv'), '3,2,ignored\n7,1.5,2.5\n8,3.5,4.5\n9,5.5,6.5\n');
    fs.writeFileSync(path.join(dir, 'n.csv'), '1.5,2.5,7\n3.5,4.5,8\n');
    const r = ok(runScript([
      'import numpy as np',
      'from tensorflow.contrib.learn.python.learn.datasets import base',
      `a = base.load_csv_with_header(${JSON.stringify(path.join(dir, 'h.csv'))}, np.int32, np.float64, target_column=0)`,
      'print(a.data.tolist(), a.target.tolist(), a.target.dtype)',
      `b = base.load_csv_without_header(${JSON.stringify(path.join(dir, 'n.csv'))}, target_dtype=np.int32, features_dtype=np.float32)`,
      'print(b.data.tolist(), b.data.dtype, b.target.tolist())',
    ]));
    assert.equal(r.stdout, '[[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]] [7, 8, 9] int32\n[[1.5, 2.5], [3.5, 4.5]] float32 [7, 8]\n');
  });

  it('load_dataset("mnist") and datasets.mnist.read_data_sets are input_data\'s read_data_sets (integer labels by default)', () => {
    const r = ok(runScript([
      'import tensorflow as tf',
      'from tensorflow.contrib.learn.python.learn.datasets.mnist import read_data_sets',
      'from tensorflow.examples.tutorials.mnist import input_data',
      `m = tf.contrib.learn.datasets.load_dataset('mnist')`,
      'print(m.train.images.shape, m.train.images.dtype, m.train.labels.shape, m.test.num_examples, m.validation.num_examples)',
      'print(read_data_sets is input_data.read_data_sets, tf.contrib.learn.datasets.mnist.read_data_sets is read_data_sets)',
      "o = tf.contrib.learn.datasets.mnist.read_data_sets('MNIST-data', one_hot=True)",
      'print(o.train.labels.shape, o.train.labels.sum(axis=1).max())',
    ]));
    const lines = r.stdout.trim().split('\n').filter(l => !l.startsWith('Extracting'));
    assert.deepEqual(lines, ['(5000, 784) float32 (5000,) 4500 500', 'True True', '(5000, 10) 1.0']);
  });

  it('names load_dataset cannot provide and the unprovided rest of tf.contrib.learn raise NotImplementedError naming them', () => {
    assert.equal(lastError(['import tensorflow as tf', "tf.contrib.learn.datasets.load_dataset('boston')"]),
      "NotImplementedError: load_dataset('boston') is not supported by Gradbook: only 'mnist' and 'iris' are provided");
    assert.equal(lastError(['import tensorflow as tf', "tf.contrib.learn.datasets.load_dataset('cifar')"]),
      'ValueError: Name of dataset is not recognized: cifar');
    assert.match(lastError(['import tensorflow as tf', 'tf.contrib.learn.Experiment(None)']),
      /^NotImplementedError: tf\.contrib\.learn\.Experiment is not supported by Gradbook: of tf\.contrib\.learn only the datasets helpers/);
    assert.match(lastError(['from tensorflow.contrib.learn import DNNLinearCombinedClassifier']),
      /^NotImplementedError: tf\.contrib\.learn\.DNNLinearCombinedClassifier is not supported by Gradbook/);
    assert.equal(lastError(['import tensorflow as tf', 'tf.contrib.learn.no_such_name']),
      "AttributeError: module 'tensorflow.contrib.learn' has no attribute 'no_such_name'");
    assert.match(lastError(['import tensorflow as tf', 'tf.contrib.learn.datasets.base.load_boston()']),
      /^NotImplementedError: load_boston\(\) is not supported by Gradbook/);
  });
});
