// Conv2D and both backprops through Session.run with the parallel backend in real worker threads,
// against the same graph on the serial kernels: bit-identical (each thread computes whole rows
// of the im2col product, whole images of the input gradient, whole rows of the filter gradient).
import { strict as assert } from 'assert';
import { assertSharedMemory, assertWasmSimd } from '../capabilities';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { parallelTuning, serialBackend, setParallelBackend } from '../../../src/engine/parallel/backend';
import { AtomicsPool } from '../../../src/engine/parallel/pool';
import { createThreadPool } from '../../../src/worker/threadPool';

interface Case { x: number[]; w: number[]; strides: number[]; padding: 'SAME' | 'VALID' }
const CASES: Case[] = [
  { x: [6, 28, 28, 1], w: [5, 5, 1, 32], strides: [1, 1, 1, 1], padding: 'SAME' },   // Deep MNIST conv1
  { x: [5, 14, 14, 32], w: [5, 5, 32, 64], strides: [1, 1, 1, 1], padding: 'SAME' }, // conv2, odd batch
  { x: [3, 9, 9, 5], w: [3, 3, 5, 6], strides: [1, 2, 2, 1], padding: 'VALID' },     // Cout not a multiple of 4
  { x: [2, 20, 20, 64], w: [5, 5, 64, 8], strides: [1, 1, 1, 1], padding: 'SAME' },  // tiles split images
];

function run(c: Case, seed: number): Float32Array[] {
  clearDefaultGraphState();
  let s = seed >>> 0;
  const next = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 - 0.5; };
  const x = tf.placeholder('float32', c.x), w = tf.placeholder('float32', c.w);
  const y = tf.conv2d(x, w, c.strides, c.padding);
  const dy = tf.placeholder('float32', y.shape as number[]);
  const dx = tf.conv2dBackpropInput(tf.constant(c.x, 'int32'), w, dy, c.strides, c.padding);
  const dw = tf.conv2dBackpropFilter(x, tf.constant(c.w, 'int32'), dy, c.strides, c.padding);
  const arr = (shape: number[]) => { const a = tf.NDArray.zeros('float32', shape); for (let i = 0; i < a.size; i++) a.numeric[i] = next(); return a; };
  const out = new tf.Session().run([y, dx, dw], [[x, arr(c.x)], [w, arr(c.w)], [dy, arr(y.shape as number[])]]) as tf.NDArray[];
  return out.map((a) => Float32Array.from(a.numeric as Float32Array));
}

describe('parallel convolutions in worker threads', function () {
  this.timeout(120000);
  const savedMin = parallelTuning.minMacs;
  before(() => { assertWasmSimd(); assertSharedMemory(); });
  after(() => { setParallelBackend(serialBackend); parallelTuning.minMacs = savedMin; });

  it('Conv2D, its input gradient and its filter gradient equal the serial kernels bit for bit', () => {
    setParallelBackend(serialBackend);
    const serial = CASES.map((c, i) => run(c, i + 1));
    const pool = createThreadPool(2) as AtomicsPool;
    setParallelBackend(pool);
    parallelTuning.minMacs = 1000;
    pool.stealing = false; // every posted part runs in a helper
    CASES.forEach((c, i) => {
      const before = pool.helperParts;
      const par = run(c, i + 1);
      ['Conv2D', 'Conv2DBackpropInput', 'Conv2DBackpropFilter'].forEach((name, o) => {
        assert.equal(par[o].length, serial[i][o].length);
        assert.deepEqual(new Uint32Array(par[o].buffer), new Uint32Array(serial[i][o].buffer), `${name} ${JSON.stringify(c)}`);
      });
      assert.ok(pool.helperParts > before, `case ${i}: the helper ran none of the work`);
    });
  });
});
