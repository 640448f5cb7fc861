# A convolutional network for MNIST built with tf.layers: two conv + max-pool blocks, a dense
# layer with dropout (switched by a `training` placeholder) and softmax logits. TF1 graph mode,
# runs unchanged on TensorFlow 1.x.
#   npx gradbook run examples/mnist_layers_cnn.py      (test accuracy 0.973 on the bundled digits)
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

STEPS = 800         # training steps
BATCH_SIZE = 64

tf.set_random_seed(1)
mnist = input_data.read_data_sets("MNIST_data/", one_hot=False)

x = tf.placeholder(tf.float32, [None, 784], name="x")
y = tf.placeholder(tf.int64, [None], name="y")
training = tf.placeholder_with_default(False, shape=(), name="training")


def cnn(images, training):
    net = tf.reshape(images, [-1, 28, 28, 1])
    net = tf.layers.conv2d(net, filters=16, kernel_size=5, padding="same", activation=tf.nn.relu)
    net = tf.layers.max_pooling2d(net, pool_size=2, strides=2)
    net = tf.layers.conv2d(net, filters=32, kernel_size=5, padding="same", activation=tf.nn.relu)
    net = tf.layers.max_pooling2d(net, pool_size=2, strides=2)
    net = tf.layers.flatten(net)
    net = tf.layers.dense(net, 128, activation=tf.nn.relu)
    net = tf.layers.dropout(net, rate=0.4, training=training)
    return tf.layers.dense(net, 10)


logits = cnn(x, training)
loss = tf.losses.sparse_softmax_cross_entropy(labels=y, logits=logits)
train_op = tf.train.AdamOptimizer(learning_rate=1e-3).minimize(loss)
accuracy = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), y), tf.float32))

print("Trainable variables:")
for v in tf.trainable_variables():
    print("  %-20s %s" % (v.name, v.shape))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(1, STEPS + 1):
        batch_x, batch_y = mnist.train.next_batch(BATCH_SIZE)
        _, l = sess.run([train_op, loss], feed_dict={x: batch_x, y: batch_y, training: True})
        if step % 100 == 0 or step == 1:
            print("Step %d, minibatch loss %.4f" % (step, l))
    print("Test accuracy: %.4f" % sess.run(accuracy, feed_dict={x: mnist.test.images, y: mnist.test.labels}))
