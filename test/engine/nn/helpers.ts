// Shared by the nn tests: fixtures, running tensors, approximate comparison.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as tf from '../../../src/engine';

export interface Fixture { shape: number[]; data: number[] }

export function loadFixtures(): any {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'forward.json'), 'utf8'));
}

export function nd(f: Fixture, dtype: tf.DType = 'float64'): tf.NDArray {
  const a = tf.NDArray.zeros(dtype, f.shape);
  a.numeric.set(f.data);
  return a;
}

export function run(t: tf.Tensor, feeds: [tf.Tensor, tf.NDArray][] = []): tf.NDArray {
  return new tf.Session().run(t, feeds) as tf.NDArray;
}

export function assertClose(actual: tf.NDArray, expected: Fixture | number[], rtol = 1e-9, atol = 1e-9, what = ''): void {
  const exp = Array.isArray(expected) ? expected : expected.data;
  if (!Array.isArray(expected)) assert.deepEqual(actual.shape, expected.shape, `${what} shape`);
  assert.equal(actual.size, exp.length, `${what} size`);
  for (let i = 0; i < exp.length; i++) {
    const a = Number(actual.numeric[i]), e = exp[i];
    assert.ok(Math.abs(a - e) <= atol + rtol * Math.abs(e), `${what} element ${i}: got ${a}, expected ${e}`);
  }
}

/** Assert that `fn` throws an error of class `name` whose message equals / matches `message`. */
export function assertThrowsText(fn: () => unknown, name: string, message: string | RegExp): void {
  assert.throws(fn, (e: Error) => {
    assert.equal(e.name, name, `error class (message: ${e.message})`);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}
