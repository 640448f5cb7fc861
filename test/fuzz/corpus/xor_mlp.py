# A two-layer perceptron learns XOR: placeholders, feed_dict, sigmoid, Adam.
import numpy as np
import tensorflow as tf

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
Y = np.array([[0], [1], [1], [0]], dtype=np.float32)

x = tf.placeholder(tf.float32, shape=[None, 2], name='x')
y_ = tf.placeholder(tf.float32, shape=[None, 1], name='y_')

with tf.name_scope('hidden'):
    w1 = tf.Variable(tf.truncated_normal([2, 8], stddev=0.5), name='weights')
    b1 = tf.Variable(tf.zeros([8]), name='biases')
    h = tf.nn.sigmoid(tf.matmul(x, w1) + b1)
with tf.name_scope('output'):
    w2 = tf.Variable(tf.truncated_normal([8, 1], stddev=0.5), name='weights')
    b2 = tf.Variable(tf.zeros([1]), name='biases')
    out = tf.nn.sigmoid(tf.matmul(h, w2) + b2)

loss = tf.reduce_mean(tf.square(out - y_))
train_step = tf.train.AdamOptimizer(0.1).minimize(loss)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(40):
        _, l = sess.run([train_step, loss], feed_dict={x: X, y_: Y})
        if i % 20 == 0:
            print('step', i, 'loss', l)
    print(np.round(sess.run(out, feed_dict={x: X}), 2).tolist())
