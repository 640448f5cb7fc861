// The memory budget: every NDArray allocation is checked before it is made; a refused one is
// NumPy's MemoryError outside a run and TF's ResourceExhaustedError inside one, and the session
// stays usable.
import { strict as assert } from 'assert';
import * as os from 'node:os';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import {
  OutOfMemoryError, collectGarbage, defaultMemoryBudget, memoryBudget, memoryInUse, reserveArray, setMemoryBudget, sizeText,
} from '../../../src/engine/memory';
import sizeCases from './size_text.json';

const MB = 1024 * 1024;

describe('memory budget (engine)', () => {
  const saved = memoryBudget();
  beforeEach(() => clearDefaultGraphState());
  afterEach(() => { setMemoryBudget(saved); clearDefaultGraphState(); });

  it('defaults to half the machine\'s RAM and reports heap and external use', () => {
    assert.equal(defaultMemoryBudget(), Math.floor(os.totalmem() / 2));
    const use = memoryInUse();
    assert.ok(use.heapBytes > 0 && use.externalBytes >= 0 && use.heapLimitBytes > use.heapBytes);
    assert.equal(use.totalBytes, use.heapBytes + use.externalBytes);
    // Absolute, not a difference: a GC between two readings may free other external buffers.
    const keep = tf.NDArray.zeros('float64', [8 * MB / 8]);
    assert.ok(memoryInUse().externalBytes >= 8 * MB, 'typed-array buffers count as external memory');
    assert.equal(keep.size, MB);
  });

  it('sizes its messages as NumPy does (fixture from numpy._core._exceptions)', () => {
    for (const [bytes, text] of sizeCases as [number, string][]) assert.equal(sizeText(bytes), text, `${bytes} bytes`);
  });

  it('refuses an array larger than the budget with NumPy\'s MemoryError text, before allocating', () => {
    assert.throws(() => tf.NDArray.zeros('float64', [1e6, 1e6]), (e: unknown) => {
      assert.ok(e instanceof OutOfMemoryError);
      assert.equal(e.pyType, 'MemoryError');
      assert.equal(e.message, 'Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64');
      return true;
    });
    assert.throws(() => tf.NDArray.zeros('float32', [100000, 100000]), /Unable to allocate 37\.3 GiB for an array with shape \(100000, 100000\) and data type float32/);
    assert.throws(() => tf.NDArray.zeros('float32', [-1]), /negative dimensions are not allowed/);
  });

  it('counts what is already in use: a budget just above current use refuses a second large array', () => {
    // Garbage of earlier tests would otherwise be room a GC finds later; some backing stores are
    // only released by a second collection.
    collectGarbage();
    collectGarbage();
    setMemoryBudget(memoryInUse().totalBytes + 600 * MB);
    // 500 MB fits; a second 500 MB does not, unless a GC found 400 MB of other garbage meanwhile
    // (with 150 MB against 200 MB of room, a GC that found 100 MB made this test flaky in CI).
    const first = tf.NDArray.zeros('float32', [125 * MB]);
    assert.throws(() => tf.NDArray.zeros('float32', [125 * MB]), OutOfMemoryError);
    assert.throws(() => first.clone(), OutOfMemoryError, 'clone is an allocation too');
    assert.equal(first.size, 125 * MB);
  });

  it('collects garbage before refusing: discarded arrays do not count', () => {
    collectGarbage();
    // 2 GB allocated in all against 400 MB of room: only collecting the discarded ones fits it.
    setMemoryBudget(memoryInUse().totalBytes + 400 * MB);
    let last: tf.NDArray | null = null;
    for (let i = 0; i < 20; i++) { last = tf.NDArray.zeros('float64', [100 * MB / 8]); last.numeric[0] = i; }
    assert.equal(last!.numeric[0], 19);
  });

  it('a session run that cannot allocate ends in ResourceExhaustedError with TF\'s text and the node, and runs again', () => {
    const big = tf.zeros([100000, 100000], 'float32', 'big');
    const small = tf.constant([1, 2, 3], 'float32', 'small');
    const sess = new tf.Session();
    assert.throws(() => sess.run(big), (e: unknown) => {
      assert.ok(e instanceof tf.OpError);
      assert.equal(e.errorClass, 'ResourceExhaustedError');
      assert.equal(e.message, 'OOM when allocating tensor with shape[100000,100000] and type float on /job:localhost/replica:0/task:0/device:CPU:0 by allocator cpu\n\t [[node big]]');
      return true;
    });
    assert.deepEqual((sess.run(small) as tf.NDArray).toArray(), [1, 2, 3]);
  });

  it('reserveArray checks without allocating; setMemoryBudget rejects nonsense', () => {
    setMemoryBudget(64 * MB);
    assert.throws(() => reserveArray('float64', [64 * MB / 8 + 1]), OutOfMemoryError);
    assert.throws(() => setMemoryBudget(0), RangeError);
    assert.throws(() => setMemoryBudget(Number.NaN), RangeError);
    setMemoryBudget(Infinity);
    assert.equal(memoryBudget(), Infinity);
    assert.throws(() => tf.NDArray.zeros('float64', [1e6, 1e6]), OutOfMemoryError, 'V8 refuses it: still an OutOfMemoryError, not a RangeError');
  });
});
