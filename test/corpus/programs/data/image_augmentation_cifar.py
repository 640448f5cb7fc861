# Models: tensorflow/models tutorials/image/cifar10/cifar10_input.py (distorted_inputs / inputs preprocessing)
# Checks: the CIFAR-10 training distortions on a small synthetic 32x32x3 uint8 image batch:
# tf.cast to float32, tf.random_crop to [24, 24, 3], tf.image.random_flip_left_right,
# tf.image.random_brightness(max_delta=63), tf.image.random_contrast(lower=0.2, upper=1.8),
# tf.image.per_image_standardization (mean 0, adjusted std 1 per image), and the eval path
# tf.image.resize_image_with_crop_or_pad to 24x24; exact checks of the deterministic ops
# (tf.image.flip_left_right, flip_up_down, central crop values, per_image_standardization's
# mean/std) computed with NumPy, and shapes of the distorted batch.
import numpy as np
import tensorflow as tf

IMAGE_SIZE = 24
np.random.seed(0)
raw = np.random.randint(0, 256, size=(32, 32, 3)).astype(np.uint8)

image = tf.placeholder(tf.uint8, [32, 32, 3])
reshaped_image = tf.cast(image, tf.float32)
height, width = IMAGE_SIZE, IMAGE_SIZE

# Training distortions
distorted_image = tf.random_crop(reshaped_image, [height, width, 3])
distorted_image = tf.image.random_flip_left_right(distorted_image)
distorted_image = tf.image.random_brightness(distorted_image, max_delta=63)
distorted_image = tf.image.random_contrast(distorted_image, lower=0.2, upper=1.8)
float_image = tf.image.per_image_standardization(distorted_image)
float_image.set_shape([height, width, 3])

# Evaluation path
resized_image = tf.image.resize_image_with_crop_or_pad(reshaped_image, height, width)
eval_image = tf.image.per_image_standardization(resized_image)

flipped = tf.image.flip_left_right(reshaped_image)
upside = tf.image.flip_up_down(reshaped_image)

with tf.Session() as sess:
    f, e, r, lr, ud = sess.run([float_image, eval_image, resized_image, flipped, upside], feed_dict={image: raw})
    print('distorted', f.shape, f.dtype, 'mean %.4f std %.4f' % (f.mean(), f.std()))
    print('eval', e.shape, 'mean %.4f std %.4f' % (e.mean(), e.std()))
    x = raw.astype(np.float32)
    crop = x[4:28, 4:28, :]
    print('crop equal:', np.array_equal(r, crop))
    std = max(crop.std(), 1.0 / np.sqrt(crop.size))
    print('standardization equal:', np.allclose(e, (crop - crop.mean()) / std, atol=1e-4))
    print('flip equal:', np.array_equal(lr, x[:, ::-1, :]), np.array_equal(ud, x[::-1, :, :]))

# expect-count: /^distorted \(24, 24, 3\) float32 mean -?0\.000\d std 1\.000\d$/ 1
# expect-count: /^eval \(24, 24, 3\) mean -?0\.000\d std 1\.000\d$/ 1
# expect-line: crop equal: True
# expect-line: standardization equal: True
# expect-line: flip equal: True True
