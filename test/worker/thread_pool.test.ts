// How many threads the kernel worker's pool gets (src/worker/threadPool.ts): GRADBOOK_THREADS when
// set, else the machine's cores capped at 4; a bad value is a clear error (the worker then logs
// it and runs on one thread).
import { strict as assert } from 'assert';
import * as os from 'os';
import { configuredThreads, createThreadPool } from '../../src/worker/threadPool';
import { serialBackend } from '../../src/engine/parallel/backend';

describe('kernel thread pool configuration', () => {
  it('takes GRADBOOK_THREADS when set', () => {
    assert.equal(configuredThreads({ GRADBOOK_THREADS: '1' }), 1);
    assert.equal(configuredThreads({ GRADBOOK_THREADS: '3' }), 3);
  });

  it('defaults to the cores, at most 4', () => {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    assert.equal(configuredThreads({}), Math.max(1, Math.min(4, cores)));
    assert.equal(configuredThreads({ GRADBOOK_THREADS: ' ' }), Math.max(1, Math.min(4, cores)));
  });

  it('rejects a value that is not a positive integer, naming it', () => {
    for (const bad of ['0', '-2', '1.5', 'two']) {
      assert.throws(() => configuredThreads({ GRADBOOK_THREADS: bad }), new RegExp(`GRADBOOK_THREADS must be a positive integer, got '${bad}'`));
    }
  });

  it('one thread is the serial backend (no helper threads start)', () => {
    assert.equal(createThreadPool(1), serialBackend);
    assert.equal(createThreadPool(2).threads, 2);
  });
});
