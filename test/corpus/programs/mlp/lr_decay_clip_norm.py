# Models: tensorflow/tensorflow tensorflow/docs_src/api_guides/python/train.md (Decaying the learning rate, Gradient Clipping) as TF1 training scripts use them
# Checks: tf.train.exponential_decay(0.1, global_step, 100000-style decay_steps, 0.96,
# staircase=True) read back at several steps (0.1 * 0.96 ** floor(step / decay_steps)),
# the continuous form, tf.train.piecewise_constant, tf.clip_by_global_norm on fixed gradients
# returning the global norm sqrt(sum of squares) and the scaled tensors, tf.clip_by_norm and
# tf.clip_by_value, and a small regression trained with compute_gradients -> clip_by_global_norm
# -> apply_gradients(global_step=...) whose loss falls. Expected values computed with NumPy
# (float64 formula, printed at %.6f).
import numpy as np
import tensorflow as tf

global_step = tf.Variable(0, trainable=False, name='global_step')
starter_learning_rate = 0.1
learning_rate = tf.train.exponential_decay(starter_learning_rate, global_step, 10, 0.96, staircase=True)
smooth_rate = tf.train.exponential_decay(starter_learning_rate, global_step, 10, 0.96, staircase=False)
boundaries = [5, 15]
values = [1.0, 0.5, 0.1]
piecewise = tf.train.piecewise_constant(global_step, boundaries, values)
set_step = tf.placeholder(tf.int32)
assign_step = tf.assign(global_step, set_step)

g1 = tf.constant([[3.0, 4.0], [0.0, 12.0]])
g2 = tf.constant([5.0, -6.0])
clipped, global_norm = tf.clip_by_global_norm([g1, g2], 10.0)
by_norm = tf.clip_by_norm(tf.constant([3.0, 4.0]), 2.0)
by_value = tf.clip_by_value(tf.constant([-2.0, 0.5, 7.0]), -1.0, 1.0)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in [0, 9, 10, 25, 100]:
        sess.run(assign_step, feed_dict={set_step: step})
        lr, smooth, pw = sess.run([learning_rate, smooth_rate, piecewise])
        print('step %3d: staircase %.6f smooth %.6f piecewise %.1f' % (step, lr, smooth, pw))
    c, n = sess.run([clipped, global_norm])
    print('global norm %.4f' % n)
    print('clipped g1', np.round(c[0].astype(np.float64), 4).tolist(), 'g2', np.round(c[1].astype(np.float64), 4).tolist())
    print('clip_by_norm', np.round(sess.run(by_norm).astype(np.float64), 4).tolist(), 'clip_by_value', sess.run(by_value).tolist())

# Training with clipped gradients and a decaying rate
tf.reset_default_graph()
np.random.seed(0)
x_data = np.random.rand(100, 3).astype(np.float32)
y_data = x_data.dot(np.array([[1.0], [-2.0], [3.0]], dtype=np.float32)) + 0.5
X = tf.placeholder(tf.float32, [None, 3])
Y = tf.placeholder(tf.float32, [None, 1])
W = tf.Variable(tf.zeros([3, 1]))
b = tf.Variable(tf.zeros([1]))
loss = tf.reduce_mean(tf.square(tf.matmul(X, W) + b - Y))
global_step = tf.Variable(0, trainable=False)
lr = tf.train.exponential_decay(0.5, global_step, 50, 0.5, staircase=True)
optimizer = tf.train.GradientDescentOptimizer(lr)
grads, variables = zip(*optimizer.compute_gradients(loss))
grads, norm = tf.clip_by_global_norm(grads, 1.0)
train_op = optimizer.apply_gradients(zip(grads, variables), global_step=global_step)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(201):
        _, l, g = sess.run([train_op, loss, norm], feed_dict={X: x_data, Y: y_data})
        if i % 50 == 0:
            print('iter %d loss %.5f grad norm %.4f lr %.4f' % (i, l, g, sess.run(lr)))

# expect-line: step   0: staircase 0.100000 smooth 0.100000 piecewise 1.0
# expect-line: step   9: staircase 0.100000 smooth 0.096393 piecewise 0.5
# expect-line: step  10: staircase 0.096000 smooth 0.096000 piecewise 0.5
# expect-line: step  25: staircase 0.092160 smooth 0.090298 piecewise 0.1
# expect-line: step 100: staircase 0.066483 smooth 0.066483 piecewise 0.1
# expect-line: global norm 15.1658
# expect-line: clipped g1 [[1.9781, 2.6375], [0.0, 7.9126]] g2 [3.2969, -3.9563]
# expect-line: clip_by_norm [1.2, 1.6] clip_by_value [-1.0, 0.5, 1.0]
# expect-decrease: /^iter \d+ loss ([\d.]+) / 0.2
# expect-value: /^iter 200 loss [\d.]+ grad norm [\d.]+ lr ([\d.]+)$/ ~= 0.03125 0.0002
