// tf.image and tf.random_crop from Python. Deterministic ops are compared with
// fixtures/image_reference.json (NumPy, written by fixtures/gen_image_fixtures.py); the random ones
// are checked for shape, range and structure (a crop is a contiguous window of its input, a flip
// is the image or its mirror), for following the graph seed, and for their gradients.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { run, errorOf } from '../helpers';

const ref = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'image_reference.json'), 'utf8')) as Record<string, unknown>;
const prelude = [
  'import tensorflow as tf', 'import numpy as np', 'import json',
  `image = np.array(${JSON.stringify(ref.image)}, np.float32)`,
  `batch = np.array(${JSON.stringify(ref.batch)}, np.float32)`,
  'sess = tf.Session()',
  'def show(t): print(json.dumps(sess.run(t).tolist()))',
];

function py(lines: string[]): string[] {
  clearDefaultGraphState();
  const r = run([...prelude, ...lines].join('\n') + '\n');
  if (!r.result.ok) throw new Error(errorOf(r.result).traceback);
  return r.stdout.trim().split('\n');
}
function pyError(lines: string[]): { ename: string; evalue: string } {
  clearDefaultGraphState();
  return errorOf(run([...prelude, ...lines].join('\n') + '\n').result);
}
function close(actual: unknown, expected: unknown, tol = 1e-5, where = ''): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${where}: expected an array, got ${JSON.stringify(actual)}`);
    assert.equal(actual.length, expected.length, `${where}: length`);
    expected.forEach((e, i) => close(actual[i], e, tol, `${where}[${i}]`));
  } else {
    assert.ok(Math.abs((actual as number) - (expected as number)) <= tol, `${where}: ${actual} vs ${expected}`);
  }
}

describe('tf.image', () => {
  it('deterministic ops match NumPy: flips, brightness, contrast, per_image_standardization, crops and pads', () => {
    const cases: [string, string][] = [
      ['flip_left_right', 'tf.image.flip_left_right(image)'],
      ['flip_up_down', 'tf.image.flip_up_down(image)'],
      ['flip_left_right_batch', 'tf.image.flip_left_right(batch)'],
      ['brightness', 'tf.image.adjust_brightness(image, -2.5)'],
      ['contrast', 'tf.image.adjust_contrast(image, 0.5)'],
      ['contrast_batch', 'tf.image.adjust_contrast(batch, 1.5)'],
      ['standardize', 'tf.image.per_image_standardization(image)'],
      ['standardize_batch', 'tf.image.per_image_standardization(batch)'],
      ['standardize_flat', 'tf.image.per_image_standardization(tf.fill([3, 3, 1], 7))'],
      ['crop_or_pad_3_3', 'tf.image.resize_image_with_crop_or_pad(image, 3, 3)'],
      ['crop_or_pad_8_7', 'tf.image.resize_image_with_crop_or_pad(image, 8, 7)'],
      ['crop_or_pad_2_6_batch', 'tf.image.resize_image_with_crop_or_pad(batch, 2, 6)'],
      ['crop_to_bounding_box', 'tf.image.crop_to_bounding_box(image, 1, 2, 3, 2)'],
      ['pad_to_bounding_box', 'tf.image.pad_to_bounding_box(image, 1, 0, 8, 7)'],
    ];
    const out = py(cases.map(([, expr]) => `show(${expr})`));
    cases.forEach(([key], i) => close(JSON.parse(out[i]), ref[key], 1e-5, key));
  });

  it('static shapes and dtypes: standardization is float32, crops/pads know their size', () => {
    const out = py([
      'u = tf.placeholder(tf.uint8, [5, 4, 3])',
      's = tf.image.per_image_standardization(u); print(s.dtype.name, s.shape)',
      'print(tf.image.resize_image_with_crop_or_pad(u, 2, 9).shape, tf.random_crop(u, [2, 3, 3]).shape)',
      'print(tf.image.flip_left_right(u).dtype.name, tf.image.random_crop is tf.random_crop)',
    ]);
    assert.deepEqual(out, ['float32 (5, 4, 3)', '(2, 9, 3) (2, 3, 3)', 'uint8 True']);
  });

  it('random_crop returns a contiguous window of its input, every offset reachable', () => {
    const out = py([
      'c = tf.random_crop(image, [3, 2, 2])',
      'offsets = set()',
      'for _ in range(60):',
      '    v = sess.run(c)',
      '    hits = [(i, j) for i in range(3) for j in range(3) if np.array_equal(v, image[i:i + 3, j:j + 2, :])]',
      '    assert len(hits) >= 1, v',
      '    offsets.add(hits[0])',
      'print(sorted(offsets))',
    ]);
    assert.equal(out[0], '[(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)]');
  });

  it('random ops follow the graph seed: same seeds give the same results in new graphs, another seed differs', () => {
    const program = [
      'tf.set_random_seed(7)',
      'x = tf.constant(image)',
      'ops = [tf.random_crop(x, [2, 2, 2]), tf.image.random_flip_left_right(x), tf.image.random_brightness(x, 3.0),',
      '       tf.image.random_contrast(x, 0.2, 1.8), tf.image.random_flip_up_down(batch, seed=3)]',
      'print(json.dumps([v.tolist() for v in tf.Session().run(ops)]))',
    ];
    const a = py(program)[0], b = py(program)[0];
    assert.equal(a, b);
    assert.notEqual(py(['tf.set_random_seed(8)', ...program.slice(1)])[0], a, 'another graph seed changes the draws');
  });

  it('random flips give the image or its mirror (per image in a batch); brightness and contrast stay in range', () => {
    const out = py([
      'f = tf.image.random_flip_left_right(image); fb = tf.image.random_flip_left_right(batch)',
      'br = tf.image.random_brightness(image, 2.0) - image',
      'ct = tf.image.random_contrast(image, 0.5, 0.75)',
      'seen, seen_b = set(), set()',
      'for _ in range(40):',
      '    v, vb, d, c = sess.run([f, fb, br, ct])',
      '    seen.add(("same" if np.array_equal(v, image) else "mirror" if np.array_equal(v, image[:, ::-1]) else "bad"))',
      '    for k in range(2):',
      '        seen_b.add(("same" if np.array_equal(vb[k], batch[k]) else "mirror" if np.array_equal(vb[k], batch[k, :, ::-1]) else "bad"))',
      '    assert np.allclose(d, d.ravel()[0], atol=1e-5) and -2.0 <= d.ravel()[0] <= 2.0, d',
      '    m = image.mean(axis=(0, 1))',
      '    ratio = ((c - m)[..., 0] / (image - m)[..., 0]).ravel()[0]',
      '    assert 0.5 <= ratio <= 0.75 and np.allclose(c, (image - m) * ratio + m, atol=1e-4), ratio',
      'print(sorted(seen), sorted(seen_b))',
    ]);
    assert.deepEqual(out, ["['mirror', 'same'] ['mirror', 'same']"]);
  });

  it('gradients flow through random_crop, flips, crop_or_pad and standardization', () => {
    const out = py([
      'x = tf.constant(image)',
      'c = tf.random_crop(x, [2, 3, 2]); v, g = sess.run([c, tf.gradients(tf.reduce_sum(c), x)[0]])',
      'print(int(g.sum()), sorted(set(g.ravel().tolist())))',
      'g2 = sess.run(tf.gradients(tf.reduce_sum(tf.image.resize_image_with_crop_or_pad(x, 3, 6) * tf.image.flip_left_right(tf.ones([3, 6, 2]))), x)[0])',
      'print(g2[:, :, 0].tolist())',
      'print(sess.run(tf.gradients(tf.reduce_sum(tf.image.per_image_standardization(x)), x)[0]).shape)',
    ]);
    assert.deepEqual(out.slice(0, 2), ['12 [0.0, 1.0]',
      '[[0.0, 0.0, 0.0, 0.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 0.0]]']);
    assert.equal(out[2], '(5, 4, 2)');
  });

  it('bad and unsupported arguments: TF\'s errors, NotImplementedError naming the argument', () => {
    const cases: [string[], string, RegExp][] = [
      [['sess.run(tf.random_crop(image, [6, 2, 2]))'], 'InvalidArgumentError', /Need value.shape >= size/],
      [['tf.image.random_brightness(image, -1.0)'], 'ValueError', /^max_delta must be non-negative\.$/],
      [['tf.image.random_contrast(image, 0.5, 0.5)'], 'ValueError', /^upper must be > lower\.$/],
      [['tf.image.random_contrast(image, -0.5, 0.5)'], 'ValueError', /^lower must be non-negative\.$/],
      [['tf.image.flip_left_right(tf.zeros([3, 3]))'], 'ValueError', /must be either 3 or 4-dimensional/],
      [['tf.image.crop_to_bounding_box(image, 3, 0, 3, 4)'], 'ValueError', /^height must be >= target \+ offset\.$/],
      [['tf.image.resize_image_with_crop_or_pad(image, 0, 3)'], 'ValueError', /^target_width must be > 0\.$|^target_height must be > 0\.$/],
      [['tf.image.resize_image_with_crop_or_pad(tf.placeholder(tf.float32, [None, None, 3]), 2, 2)'], 'NotImplementedError', /'image'.*unknown/],
      [['tf.image.resize_image_with_crop_or_pad(image, tf.constant(2), 2)'], 'NotImplementedError', /'target_height'/],
      [['tf.image.random_brightness(tf.zeros([2, 2, 1], tf.uint8), 1.0)'], 'NotImplementedError', /adjust_brightness.*uint8/],
    ];
    for (const [lines, ename, evalue] of cases) {
      const e = pyError(lines);
      assert.equal(e.ename, ename, `${lines[0]}: ${e.evalue}`);
      assert.match(e.evalue, evalue, lines[0]);
    }
  });
});
