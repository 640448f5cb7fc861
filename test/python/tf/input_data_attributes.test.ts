// read_data_sets' splits are the same objects each time they are read, and take new attributes as
// TF's Python DataSet instances do (Hvass-Labs' tutorials set data.test.cls); its properties stay
// read-only.
import { strict as assert } from 'assert';
import { runScript } from './estimator_helpers';

describe('input_data DataSet attributes', function () {
  this.timeout(30_000);

  it('data.test is one object; data.test.cls sticks; data.test.images cannot be assigned', () => {
    const r = runScript([
      'import numpy as np',
      'from tensorflow.examples.tutorials.mnist import input_data',
      "data = input_data.read_data_sets('MNIST_data', one_hot=True)",
      'data.test.cls = np.argmax(data.test.labels, axis=1)',
      'print(data.test is data.test, data.test.cls.shape, data.test.cls[:3].tolist() == data.test.labels[:3].argmax(axis=1).tolist())',
      'try:',
      '    data.test.images = None',
      'except AttributeError:',
      "    print('read-only')",
      "print(hasattr(data.train, 'cls'))",
    ]);
    assert.ok(r.results[0].ok, r.results[0].ok ? '' : r.results[0].error.traceback);
    assert.deepEqual(r.stdout.split('\n').filter(l => !l.startsWith('Extracting')), ['True (4500,) True', 'read-only', 'False', '']);
  });

  it('read_data_sets refuses a source_url other than TF\'s (it downloads nothing); next_batch binds TF\'s parameters', () => {
    const r = runScript([
      'from tensorflow.examples.tutorials.mnist import input_data',
      "data = input_data.read_data_sets('MNIST_data', source_url='https://storage.googleapis.com/cvdf-datasets/mnist/')",
      'xs, ys = data.train.next_batch(batch_size=5, shuffle=False)',
      'print(xs.shape, ys.shape)',
      'try:',
      '    data.train.next_batch(5, False, True, 1)',
      'except TypeError as e:',
      '    print(e)',
      'try:',
      "    input_data.read_data_sets('MNIST_data', source_url='http://example.com/')",
      'except NotImplementedError as e:',
      '    print(e)',
    ]);
    assert.ok(r.results[0].ok, r.results[0].ok ? '' : r.results[0].error.traceback);
    assert.deepEqual(r.stdout.split('\n').filter(l => !l.startsWith('Extracting')), [
      '(5, 784) (5,)', 'DataSet.next_batch() takes from 2 to 4 positional arguments but 5 were given',
      "read_data_sets() argument 'source_url' is not supported by Gradbook: Gradbook reads train_dir or its bundled digits and downloads nothing", '',
    ]);
  });
});
