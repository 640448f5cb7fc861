// The MNIST loader's host environment is installed by the entry point (src/node's installNodeHost;
// the test process does it in test/support/standard_modules.ts), never found by the engine itself.
import { strict as assert } from 'assert';
import { mnistHost, setMnistHost } from '../../../src/engine';
import { installNodeHost, nodeMnistEnvironment } from '../../../src/node';
import { PythonSession } from '../../../src/python';

describe('MNIST host environment', () => {
  afterEach(() => installNodeHost());

  it('is an error naming installNodeHost when no entry point installed one', () => {
    setMnistHost(null);
    assert.throws(() => mnistHost(() => {}), /no MNIST environment is installed: the entry point must call installNodeHost\(\)/);
  });

  it('read_data_sets fails instead of finding files on its own when the host is missing', () => {
    setMnistHost(null);
    const s = new PythonSession({ stdout: () => {}, stderr: () => {}, display: () => {} });
    const r = s.runCell('from tensorflow.examples.tutorials.mnist import input_data\ninput_data.read_data_sets("MNIST_data/")', 'cell');
    assert.equal(r.ok, false);
    assert.equal(r.ok ? '' : r.error.ename, 'RuntimeError');
    assert.match(r.ok ? '' : r.error.evalue, /installNodeHost/);
  });

  it('installNodeHost gives the Node environment with the bundled digits folder', () => {
    installNodeHost();
    const env = mnistHost(() => {});
    assert.equal(env.bundledDir, nodeMnistEnvironment().bundledDir);
    assert.ok(env.files.exists(`${env.bundledDir}/t10k-labels-idx1-ubyte.gz`));
  });
});
