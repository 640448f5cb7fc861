# A tiny convolutional net on random images: conv2d, max_pool, softmax cross-entropy, accuracy.
import numpy as np
import tensorflow as tf

rng = np.random.RandomState(0)
images = rng.rand(6, 8, 8, 1).astype(np.float32)
labels = np.eye(3)[rng.randint(0, 3, size=6)].astype(np.float32)

x = tf.placeholder(tf.float32, [None, 8, 8, 1])
y_ = tf.placeholder(tf.float32, [None, 3])

def weight(shape):
    return tf.Variable(tf.truncated_normal(shape, stddev=0.1))

W1 = weight([3, 3, 1, 4])
h1 = tf.nn.relu(tf.nn.conv2d(x, W1, strides=[1, 1, 1, 1], padding='SAME') + tf.Variable(tf.constant(0.1, shape=[4])))
p1 = tf.nn.max_pool(h1, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='SAME')
flat = tf.reshape(p1, [-1, 4 * 4 * 4])
W2 = weight([64, 3])
logits = tf.matmul(flat, W2)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_, logits=logits))
train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
correct = tf.equal(tf.argmax(logits, 1), tf.argmax(y_, 1))
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(5):
        sess.run(train, feed_dict={x: images, y_: labels})
    print('accuracy', sess.run(accuracy, feed_dict={x: images, y_: labels}))
    print(p1.get_shape(), sess.run(tf.shape(flat), {x: images}))
