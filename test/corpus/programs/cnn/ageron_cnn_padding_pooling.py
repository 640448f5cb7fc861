# Models: ageron/handson-ml 13_convolutional_neural_networks.ipynb (Convolutional Layer; Padding: VALID vs SAME; Pooling layer; CNN on MNIST with tf.layers)
# Checks: the chapter's first cells on two small synthetic "images" instead of
# load_sample_image("china.jpg") / "flower.jpg" (sklearn's sample images are not bundled): a
# [batch, height, width, channels] float32 batch, two 7x7 filters built with NumPy (a vertical
# line filters[:, 3, :, 0] = 1 and a horizontal one filters[3, :, :, 1] = 1), tf.nn.conv2d(X,
# filters, strides=[1,2,2,1], padding="SAME") with the output checked against a float64 NumPy
# convolution, tf.layers.conv2d(X, filters=2, kernel_size=7, strides=[2,2], padding="SAME") and its
# kernel shape; the padding cell: a 1x13 input convolved with a [1, 6] filter at stride 5, VALID
# and SAME printed side by side (TF1: [[184.] [389.]] and [[143.] [348.] [204.]]); the pooling
# cell: tf.nn.max_pool(X, ksize=[1,2,2,1], strides=[1,2,2,1], padding="VALID") compared with
# NumPy's reshape-and-max, plus tf.nn.avg_pool; then the MNIST CNN of the chapter's end: two
# tf.layers.conv2d layers (32 and 64 filters, the second with stride 2), max_pool, a reshape to
# [-1, pool3_fmaps * 7 * 7], a dense layer and the logits, Adam, a short training run on the
# bundled digits with the "0 Last batch accuracy: ... Test accuracy: ..." log (2 epochs of 20
# batches of 50). The feature maps (the synthetic images come from np.fromfunction) and the
# padding example are compared with a float64 NumPy convolution (reference/generate_books.py).
# reference-tolerance: 1e-5
import numpy as np
import tensorflow as tf


def reset_graph(seed=42):
    tf.reset_default_graph()
    tf.set_random_seed(seed)
    np.random.seed(seed)


# Two 12x16 RGB "images": a grid of lines and a diagonal ramp
china = np.zeros((12, 16, 3), dtype=np.float32)
china[::4, :, :] = 1.0
china[:, ::5, 1] = 0.5
flower = np.fromfunction(lambda r, c, ch: (r + 2 * c + ch) / 50.0, (12, 16, 3)).astype(np.float32)
images = np.array([china, flower])
batch_size, height, width, channels = images.shape
print("images:", images.shape, images.dtype)

# Create 2 filters
filters = np.zeros(shape=(7, 7, channels, 2), dtype=np.float32)
filters[:, 3, :, 0] = 1  # vertical line
filters[3, :, :, 1] = 1  # horizontal line

reset_graph()
X = tf.placeholder(tf.float32, shape=(None, height, width, channels))
convolution = tf.nn.conv2d(X, filters, strides=[1, 2, 2, 1], padding="SAME")

with tf.Session() as sess:
    output = sess.run(convolution, feed_dict={X: images})

print("feature maps:", output.shape)
print("vertical map of the first image, row 0:", output[0, 0, :, 0])
print("horizontal map of the second image, column 0:", output[1, :, 0, 1])
print("sums: %.4f %.4f" % (output[..., 0].sum(), output[..., 1].sum()))

# tf.layers.conv2d
reset_graph()
X = tf.placeholder(shape=(None, height, width, channels), dtype=tf.float32)
conv = tf.layers.conv2d(X, filters=2, kernel_size=7, strides=[2, 2],
                        padding="SAME")
init = tf.global_variables_initializer()
with tf.Session() as sess:
    init.run()
    output = sess.run(conv, feed_dict={X: images})
kernel = [v for v in tf.global_variables() if v.name == "conv2d/kernel:0"][0]
print("layers.conv2d:", output.shape, kernel.shape)

# VALID vs SAME padding
reset_graph()

filter_primes = np.array([2., 3., 5., 7., 11., 13.], dtype=np.float32)
x = tf.constant(np.arange(1, 13 + 1, dtype=np.float32).reshape([1, 1, 13, 1]))
filters = tf.constant(filter_primes.reshape(1, 6, 1, 1))

valid_conv = tf.nn.conv2d(x, filters, strides=[1, 1, 5, 1], padding='VALID')
same_conv = tf.nn.conv2d(x, filters, strides=[1, 1, 5, 1], padding='SAME')

with tf.Session() as sess:
    print("VALID:\n", valid_conv.eval())
    print("SAME:\n", same_conv.eval())

# Pooling layer
reset_graph()
X = tf.placeholder(tf.float32, shape=(None, height, width, channels))
max_pool = tf.nn.max_pool(X, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID")
avg_pool = tf.nn.avg_pool(X, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID")

with tf.Session() as sess:
    output, averaged = sess.run([max_pool, avg_pool], feed_dict={X: images})

expected = images.reshape(batch_size, height // 2, 2, width // 2, 2, channels).max(axis=(2, 4))
print("max_pool:", output.shape, "matches NumPy:", np.array_equal(output, expected))
print("avg_pool mean equals the image mean:", np.allclose(averaged.mean(), images.mean()))

# CNN on MNIST
height = 28
width = 28
channels = 1
n_inputs = height * width

conv1_fmaps = 32
conv1_ksize = 3
conv1_stride = 1
conv1_pad = "SAME"

conv2_fmaps = 64
conv2_ksize = 3
conv2_stride = 2
conv2_pad = "SAME"

pool3_fmaps = conv2_fmaps

n_fc1 = 64
n_outputs = 10

reset_graph()

with tf.name_scope("inputs"):
    X = tf.placeholder(tf.float32, shape=[None, n_inputs], name="X")
    X_reshaped = tf.reshape(X, shape=[-1, height, width, channels])
    y = tf.placeholder(tf.int32, shape=[None], name="y")

conv1 = tf.layers.conv2d(X_reshaped, filters=conv1_fmaps, kernel_size=conv1_ksize,
                         strides=conv1_stride, padding=conv1_pad,
                         activation=tf.nn.relu, name="conv1")
conv2 = tf.layers.conv2d(conv1, filters=conv2_fmaps, kernel_size=conv2_ksize,
                         strides=conv2_stride, padding=conv2_pad,
                         activation=tf.nn.relu, name="conv2")

with tf.name_scope("pool3"):
    pool3 = tf.nn.max_pool(conv2, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID")
    pool3_flat = tf.reshape(pool3, shape=[-1, pool3_fmaps * 7 * 7])

with tf.name_scope("fc1"):
    fc1 = tf.layers.dense(pool3_flat, n_fc1, activation=tf.nn.relu, name="fc1")

with tf.name_scope("output"):
    logits = tf.layers.dense(fc1, n_outputs, name="output")
    Y_proba = tf.nn.softmax(logits, name="Y_proba")

with tf.name_scope("train"):
    xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(logits=logits, labels=y)
    loss = tf.reduce_mean(xentropy)
    optimizer = tf.train.AdamOptimizer()
    training_op = optimizer.minimize(loss)

with tf.name_scope("eval"):
    correct = tf.nn.in_top_k(logits, y, 1)
    accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

with tf.name_scope("init_and_save"):
    init = tf.global_variables_initializer()
    saver = tf.train.Saver()

print("shapes:", conv1.shape, conv2.shape, pool3.shape, pool3_flat.shape)

from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("/tmp/data/")

n_epochs = 2
batch_size = 50

with tf.Session() as sess:
    init.run()
    for epoch in range(n_epochs):
        for iteration in range(1000 // batch_size):
            X_batch, y_batch = mnist.train.next_batch(batch_size)
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        acc_train = accuracy.eval(feed_dict={X: X_batch, y: y_batch})
        acc_test = accuracy.eval(feed_dict={X: mnist.test.images[:1000], y: mnist.test.labels[:1000]})
        print(epoch, "Last batch accuracy:", acc_train, "Test accuracy:", acc_test)

# expect-line: images: (2, 12, 16, 3) float32
# expect-line: feature maps: (2, 6, 8, 2)
# expect-line: layers.conv2d: (2, 6, 8, 2) (7, 7, 3, 2)
# expect-line: max_pool: (2, 6, 8, 3) matches NumPy: True
# expect-line: avg_pool mean equals the image mean: True
# expect-line: shapes: (?, 28, 28, 32) (?, 14, 14, 64) (?, 7, 7, 64) (?, 3136)
# expect-value: /^1 Last batch accuracy: [\d.]+ Test accuracy: ([\d.]+)$/ >= 0.7
# corpus-timeout: 300
