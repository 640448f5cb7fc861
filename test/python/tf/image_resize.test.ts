// tf.image.resize_images / resize_bilinear / resize_nearest_neighbor against TF 1.15's legacy kernels
// written per pixel in NumPy (fixtures/resize_reference.json, from fixtures/gen_resize_fixtures.py).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { py } from './layers/helpers';

const ref = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'resize_reference.json'), 'utf8')) as Record<string, unknown>;

function close(got: unknown, want: unknown, where: string): void {
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got) && got.length === want.length, `${where}: length`);
    want.forEach((w, i) => close((got as unknown[])[i], w, `${where}[${i}]`));
    return;
  }
  const g = got as number, w = want as number;
  assert.ok(Math.abs(g - w) <= 1e-5 * Math.max(1, Math.abs(w)), `${where}: ${g} != ${w}`);
}

describe('tf.image resizing', () => {
  const out = py([
    'import json',
    'import numpy as np',
    'import tensorflow as tf',
    `x = tf.constant(np.array(json.loads(${JSON.stringify(JSON.stringify(ref.image))}), dtype=np.float32))`,
    'a = tf.image.resize_images(x, [5, 7])',
    'g = tf.gradients(tf.reduce_sum(a * a), x)[0]',
    'c = tf.image.resize_bilinear(x, [2, 3], align_corners=True)',
    'n = tf.image.resize_images(x, (6, 3), method=tf.image.ResizeMethod.NEAREST_NEIGHBOR)',
    'm = tf.image.resize_nearest_neighbor(tf.cast(x, tf.int32), [5, 5], align_corners=True)',
    'same = tf.image.resize_images(x, [3, 4])',
    'single = tf.image.resize_images(x[0], [5, 7])',
    'print(json.dumps([str(t.shape) for t in [a, c, n, m, single]] + [m.dtype.name, same is x]))',
    'with tf.Session() as s:',
    '    r = s.run([a, g, c, n, m, single])',
    '    print(json.dumps([v.tolist() for v in r]))',
    'for bad in [dict(method=tf.image.ResizeMethod.BICUBIC), dict(preserve_aspect_ratio=True)]:',
    '    try:',
    '        tf.image.resize_images(x, [5, 7], **bad)',
    '    except NotImplementedError as e:',
    '        print("NotImplementedError")',
  ]).trim().split('\n');

  it('gives TF1 static shapes and dtypes, and returns the images when the size is unchanged', () => {
    assert.deepEqual(JSON.parse(out[0]), ['(2, 5, 7, 2)', '(2, 2, 3, 2)', '(2, 6, 3, 2)', '(2, 5, 5, 2)', '(5, 7, 2)', 'int32', true]);
  });

  it('matches the legacy bilinear and nearest-neighbour kernels, with and without align_corners', () => {
    const [a, g, c, n, m, single] = JSON.parse(out[1]) as unknown[][];
    close(a, ref.bilinear_5x7, 'bilinear');
    close(c, ref.bilinear_2x3_align, 'bilinear align_corners');
    close(n, ref.nearest_6x3, 'nearest');
    close(m, ref.nearest_5x5_align, 'nearest align_corners');
    close(single, (ref.bilinear_5x7 as unknown[])[0], 'rank-3 image');
    close(g, ref.bilinear_5x7_grad_of_sum_sq, 'bilinear gradient');
  });

  it('raises NotImplementedError for bicubic resizing and preserve_aspect_ratio', () => {
    assert.deepEqual(out.slice(2), ['NotImplementedError', 'NotImplementedError']);
  });
});
