# Models: tensorflow/tensorflow tensorflow/docs_src/programmers_guide/datasets.md ("Decoding image data and resizing it": a _parse_function mapping tf.image.resize_images over a Dataset) driving a small Keras-free CNN
# Checks: a tf.data input pipeline whose map function resizes each 28x28x1 digit to 14x14 with
# tf.image.resize_images (bilinear, float32 out), then shuffle(buffer_size=...) / batch / repeat,
# make_one_shot_iterator for training and make_initializable_iterator for evaluation, next_element
# wired straight into a tf.layers CNN; exact checks with NumPy: a 2x bilinear downsample picks pixel
# (2i, 2j) (equal to image[::2, ::2]) and tf.image.resize_nearest_neighbor back to 28x28 equals
# np.repeat along both axes; an align_corners=True resize keeps the four corner pixels; then the
# "Step N, loss" log falling and the evaluation accuracy of the resized-input CNN.
import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

tf.set_random_seed(8)
mnist = input_data.read_data_sets('MNIST_data', one_hot=False, reshape=False)
train_images = mnist.train.images[:3000]
train_labels = mnist.train.labels[:3000].astype(np.int32)
test_images = mnist.test.images[:1000]
test_labels = mnist.test.labels[:1000].astype(np.int32)


def _parse_function(image, label):
    image_resized = tf.image.resize_images(image, [14, 14])
    return image_resized, label


# ---- what resize_images computes --------------------------------------------------------------
sample = test_images[:4]
small = tf.image.resize_images(sample, [14, 14])
back = tf.image.resize_nearest_neighbor(small, [28, 28])
corners = tf.image.resize_images(sample, [9, 9], align_corners=True)
with tf.Session() as sess:
    s, b, c = sess.run([small, back, corners])
print('resized shape:', s.shape, s.dtype)
print('2x bilinear picks every other pixel:', bool(np.array_equal(s, sample[:, ::2, ::2])))
print('nearest upsample repeats pixels:', bool(np.array_equal(b, np.repeat(np.repeat(s, 2, axis=1), 2, axis=2))))
print('align_corners keeps the corners:', bool(np.array_equal(c[:, [0, 0, -1, -1], [0, -1, 0, -1]],
                                                              sample[:, [0, 0, -1, -1], [0, -1, 0, -1]])))

# ---- the pipeline ------------------------------------------------------------------------------
dataset = tf.data.Dataset.from_tensor_slices((train_images, train_labels))
dataset = dataset.map(_parse_function)
dataset = dataset.shuffle(buffer_size=1000).batch(50).repeat()
print(dataset.output_types, dataset.output_shapes)
iterator = dataset.make_one_shot_iterator()
next_images, next_labels = iterator.get_next()

eval_x = tf.placeholder(tf.float32, [None, 28, 28, 1])
eval_y = tf.placeholder(tf.int32, [None])
eval_dataset = tf.data.Dataset.from_tensor_slices((eval_x, eval_y)).map(_parse_function).batch(250)
eval_iterator = eval_dataset.make_initializable_iterator()
eval_images, eval_labels = eval_iterator.get_next()


def cnn(images, reuse):
    with tf.variable_scope('cnn', reuse=reuse):
        net = tf.layers.conv2d(images, 16, 3, padding='same', activation=tf.nn.relu, name='conv')
        net = tf.layers.max_pooling2d(net, 2, 2)
        net = tf.layers.flatten(net)
        return tf.layers.dense(net, 10, name='logits')


logits = cnn(next_images, reuse=False)
loss = tf.losses.sparse_softmax_cross_entropy(labels=next_labels, logits=logits)
train_op = tf.train.AdamOptimizer(0.005).minimize(loss)
eval_logits = cnn(eval_images, reuse=True)
n_correct = tf.reduce_sum(tf.cast(tf.equal(tf.argmax(eval_logits, 1, output_type=tf.int32), eval_labels), tf.int32))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(1, 241):
        _, l = sess.run([train_op, loss])
        if step % 60 == 0:
            print('Step %d, loss %.4f' % (step, l))
    sess.run(eval_iterator.initializer, feed_dict={eval_x: test_images, eval_y: test_labels})
    correct = 0
    while True:
        try:
            correct += sess.run(n_correct)
        except tf.errors.OutOfRangeError:
            break
    print('Evaluation accuracy: %.3f' % (correct / float(len(test_labels))))

# expect-line: resized shape: (4, 14, 14, 1) float32
# expect-line: 2x bilinear picks every other pixel: True
# expect-line: nearest upsample repeats pixels: True
# expect-line: align_corners keeps the corners: True
# expect-line: (tf.float32, tf.int32) (TensorShape([Dimension(None), Dimension(14), Dimension(14), Dimension(1)]), TensorShape([Dimension(None)]))
# expect-count: /^Step \d+, loss [\d.]+$/ 4
# expect-decrease: /^Step \d+, loss ([\d.]+)$/ 0.9
# expect-value: /^Evaluation accuracy: ([\d.]+)$/ >= 0.85
