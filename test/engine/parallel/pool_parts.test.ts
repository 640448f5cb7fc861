// The pool hands a call's parts out one at a time (src/engine/parallel/pool.ts), and a split GEMM has
// several row parts per thread (kernels/wasm/split.ts): more parts than threads, any thread running
// any part, many jobs one after another. Every product must still equal the serial kernels bit for
// bit, and the helpers must really run parts (not only the caller).
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import { wasmKernels } from '../../../src/engine/kernels/wasm/module';
import { outerCalls, splitTuning } from '../../../src/engine/kernels/wasm/split';
import { parallelTuning, serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { AtomicsPool } from '../../../src/engine/parallel/pool';
import { createThreadPool } from '../../../src/worker/threadPool';
import { Case, product as gemmProduct } from './gemm_cases';

const CASES: Case[] = [
  [128, 256, 784, false, false], // the MLP's first layer
  [784, 256, 128, true, false],  // its weight gradient xᵀ·g
  [128, 256, 256, false, true],  // g·Wᵀ of the second layer
  [97, 40, 61, false, false],    // rows not a multiple of the parts' alignment
  [130, 3, 50, false, false],    // N < 4: the dot form
];

const product = (c: Case, seed: number): Uint32Array => new Uint32Array(gemmProduct(c, seed).buffer);

describe('parallel pool: several parts per thread, claimed one at a time', function () {
  this.timeout(120000);
  const saved = { ...splitTuning }, savedMin = parallelTuning.minMacs;
  let pool: AtomicsPool;
  let serial: Uint32Array[];

  // The serial products first: a pool attaches to one kernel module only, so once installed it stays.
  before(() => {
    assertWasmSimd(); assertSharedMemory();
    setParallelBackend(serialBackend);
    serial = CASES.map((c, i) => product(c, 31 * i));
  });
  afterEach(() => { Object.assign(splitTuning, saved); });
  after(() => { setParallelBackend(serialBackend); parallelTuning.minMacs = savedMin; });

  it('splits a mid-size GEMM into more parts than threads', () => {
    pool = createThreadPool(2) as AtomicsPool;
    setParallelBackend(pool);
    const k = wasmKernels()!;
    const parts = outerCalls(k, false, 0, 784 * 4, 4, 0, 256 * 4, 0, 256 * 4, 128, 256, 784);
    assert.ok(parts.length > 2, `${parts.length} parts`);
    // Row ranges cover C exactly once, every part but the last a multiple of 3 rows (full bands).
    let next = 0;
    parts.forEach(([call], i) => {
      const rows = call.args[7];
      assert.equal(call.args[5], next * 256 * 4);
      if (i + 1 < parts.length) assert.equal(rows % 3, 0, `part ${i}: ${rows} rows`);
      next += rows;
    });
    assert.equal(next, 128);
  });

  for (const [perThread, minRows] of [[4, 12], [16, 3], [64, 2]]) {
    it(`equals the serial kernels bit for bit with ${perThread} parts per thread (at least ${minRows} rows)`, () => {
      assert.equal(wasmKernels()!.parallel, pool, 'the kernels run on the pool');
      parallelTuning.minMacs = 1000;
      splitTuning.partsPerThread = perThread; splitTuning.minPartRows = minRows;
      // The helper alone beside part 0, then the caller claiming too, many jobs in a row.
      pool.stealing = false;
      const before = pool.helperParts;
      CASES.forEach((c, i) => assert.deepEqual(product(c, 31 * i), serial[i], `case ${c.join('x')}, helper only`));
      assert.ok(pool.helperParts - before >= CASES.length, `helpers ran ${pool.helperParts - before} parts`);
      pool.stealing = true;
      for (let round = 0; round < 20; round++) {
        CASES.forEach((c, i) => assert.deepEqual(product(c, 31 * i), serial[i], `case ${c.join('x')}, round ${round}`));
      }
      parallelTuning.minMacs = savedMin;
    });
  }
});
