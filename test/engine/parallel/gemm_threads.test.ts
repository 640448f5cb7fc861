// The parallel backend in real worker threads (src/worker/threadPool.ts) against the serial
// kernels: every product must be bit-identical, since each thread runs the same micro-kernels
// on its own rows (or columns) of C.
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { parallelTuning, serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { AtomicsPool } from '../../../src/engine/parallel/pool';
import { createThreadPool } from '../../../src/worker/threadPool';
import { Case, product } from './gemm_cases';

const CASES: Case[] = [
  [50, 1024, 3136, false, false],  // Deep MNIST fc1 forward
  [3136, 1024, 50, true, false],   // its weight gradient xᵀ·g
  [50, 3136, 1024, false, true],   // its input gradient g·Wᵀ (the swapped form)
  [128, 256, 784, false, false],   // the MLP's first layer
  [6, 300, 500, false, false],     // few rows: split by columns
  [101, 3, 257, false, false],     // N < 4: the dot form
  [37, 13, 29, true, true],        // odd everything
];

describe('parallel GEMM in worker threads', function () {
  this.timeout(120000);
  const savedMin = parallelTuning.minMacs;
  let pool: AtomicsPool;

  before(() => { assertWasmSimd(); assertSharedMemory(); });
  after(() => { setParallelBackend(serialBackend); parallelTuning.minMacs = savedMin; });

  // Both tests' serial products first: a pool attaches to one kernel module only, so switching to
  // the serial backend and back would leave the second test's products on one thread.
  let serial: Float32Array[], serial2: Float32Array[];

  it('equals the serial kernels bit for bit, with the work really split', () => {
    setParallelBackend(serialBackend);
    serial = CASES.map((c, i) => product(c, 10 * i));
    serial2 = CASES.map((c, i) => product(c, 10 * i + 5));
    pool = createThreadPool(3) as AtomicsPool;
    setParallelBackend(pool);
    parallelTuning.minMacs = 1000; // split even the small shapes
    pool.stealing = false; // every posted part runs in a helper
    const before = pool.helperParts;
    CASES.forEach((c, i) => {
      const par = product(c, 10 * i);
      assert.deepEqual(new Uint32Array(par.buffer), new Uint32Array(serial[i].buffer), `case ${c.join('x')}`);
    });
    assert.ok(pool.helperParts - before >= CASES.length, `helpers ran ${pool.helperParts - before} parts`);
  });

  it('with the caller taking back unstarted parts, still equals the serial kernels', () => {
    assert.equal(wasmKernels()!.parallel, pool, 'the kernels still run on the pool');
    pool.stealing = true;
    const before = pool.helperParts + pool.stolenParts;
    for (let round = 0; round < 5; round++) {
      CASES.forEach((c, i) => {
        const par = product(c, 10 * i + 5);
        assert.deepEqual(new Uint32Array(par.buffer), new Uint32Array(serial2[i].buffer), `case ${c.join('x')}`);
      });
    }
    assert.ok(pool.helperParts + pool.stolenParts > before, 'parts were posted');
  });

  it('keeps small products on the calling thread', () => {
    parallelTuning.minMacs = savedMin;
    const before = pool.helperParts;
    product([100, 10, 784, false, false], 1); // the seed's x·W: 0.8 M multiply-adds
    assert.equal(pool.helperParts, before);
  });
});
