# Models: chiphuyen/stanford-tensorflow-tutorials examples/07_basic_filters.py
# Checks: fixed 3x3 kernels (blur, sharpen, edge, top sobel) stacked into one [3, 3, 1, 4] filter
# and applied with tf.nn.conv2d (SAME, stride 1) to a small image; every output pixel compared
# with a float64 NumPy convolution (reference/cnn/basic_filters.txt).
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'

import numpy as np
import tensorflow as tf

a = np.zeros([3, 3, 1, 1])
a[1, 1, :, :] = 0.25
a[0, 1, :, :] = 0.125
a[1, 0, :, :] = 0.125
a[2, 1, :, :] = 0.125
a[1, 2, :, :] = 0.125
a[0, 0, :, :] = 0.0625
a[0, 2, :, :] = 0.0625
a[2, 0, :, :] = 0.0625
a[2, 2, :, :] = 0.0625
BLUR_FILTER = tf.constant(a, dtype=tf.float32)

a = np.zeros([3, 3, 1, 1])
a[1, 1, :, :] = 5
a[0, 1, :, :] = -1
a[1, 0, :, :] = -1
a[2, 1, :, :] = -1
a[1, 2, :, :] = -1
SHARPEN_FILTER = tf.constant(a, dtype=tf.float32)

EDGE_FILTER = tf.constant([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=tf.float32)
EDGE_FILTER = tf.reshape(EDGE_FILTER, [3, 3, 1, 1])

TOP_SOBEL = tf.constant([[1, 2, 1], [0, 0, 0], [-1, -2, -1]], dtype=tf.float32)
TOP_SOBEL = tf.reshape(TOP_SOBEL, [3, 3, 1, 1])

FILTERS = tf.concat([BLUR_FILTER, SHARPEN_FILTER, EDGE_FILTER, TOP_SOBEL], axis=3)


def convolve(image, kernels, strides=[1, 1, 1, 1], padding='SAME'):
    return tf.nn.conv2d(image, kernels, strides=strides, padding=padding)


# A 6x6 one-channel "image": a bright square on a ramp.
pixels = np.arange(36, dtype=np.float32).reshape(6, 6) / 4.0
pixels[2:4, 2:4] = 20.0
image = tf.reshape(tf.constant(pixels), [1, 6, 6, 1])

output = convolve(image, FILTERS)
valid = convolve(image, FILTERS, strides=[1, 2, 2, 1], padding='VALID')

with tf.Session() as sess:
    out, out_valid = sess.run([output, valid])

print(FILTERS.shape, out.shape, out_valid.shape)
names = ['blur', 'sharpen', 'edge', 'top_sobel']
for k, name in enumerate(names):
    print(name)
    for row in out[0, :, :, k]:
        print(' '.join('%.4f' % v for v in row))
print('valid stride 2')
for row in out_valid[0, :, :, 3]:
    print(' '.join('%.4f' % v for v in row))
