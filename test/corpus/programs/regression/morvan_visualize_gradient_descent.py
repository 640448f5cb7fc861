# Models: MorvanZhou/Tensorflow-Tutorial tutorial-contents/503_visualize_gradient_descent.py
# Checks: two scalar tf.Variables built by a list comprehension over INIT_PARAMS
# (tf.Variable(initial_value=p, dtype=tf.float32)), a model written as a lambda over TF ops
# (tf.sin(b * tf.cos(a * x)) with a float32 NumPy x), the loss tf.reduce_mean(tf.square(y - pred))
# with y a float64 NumPy array on the left of a Tensor (TF converts it to float32), plain
# GradientDescentOptimizer(0.1) for 400 steps with the parameters fetched before each step,
# a, b and the cost recorded in Python lists, the final "a= ... b= ..." line, and the 2-D figure
# (scatter of the data, plot of the last fit). Every 50th step (a, b, mse) and the final values are
# compared with a float64 NumPy run of the same gradient steps (reference/regression/
# morvan_visualize_gradient_descent.txt): a, b go from (2, 4.5) to about (1.18, 2.48).
# Seeded with np.random.seed(1) (the original's noise is unseeded). Left out: the original's
# second figure, a 3-D cost surface with Axes3D(fig).plot_surface, which Gradbook does not draw
# (3-D axes raise NotImplementedError); the Axes3D import is kept.
import tensorflow as tf
import numpy as np
import matplotlib.pyplot as plt
from mpl_toolkits.mplot3d import Axes3D

np.random.seed(1)

LR = .1
REAL_PARAMS = [1.2, 2.5]
INIT_PARAMS = [[5, 4],
               [0, 0],
               [2, 4.5]][2]

x = np.linspace(-1, 1, 200, dtype=np.float32)

# test 3 of the original (tests 1 and 2 are commented out there)
y_fun = lambda a, b: np.sin(b*np.cos(a*x))
tf_y_fun = lambda a, b: tf.sin(b*tf.cos(a*x))

noise = np.random.randn(200)/10
y = y_fun(*REAL_PARAMS) + noise         # target

# tensorflow graph
a, b = [tf.Variable(initial_value=p, dtype=tf.float32) for p in INIT_PARAMS]
pred = tf_y_fun(a, b)
mse = tf.reduce_mean(tf.square(y-pred))
train_op = tf.train.GradientDescentOptimizer(LR).minimize(mse)

a_list, b_list, cost_list = [], [], []
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for t in range(400):
        a_, b_, mse_ = sess.run([a, b, mse])
        a_list.append(a_); b_list.append(b_); cost_list.append(mse_)    # record parameter changes
        if t % 50 == 0:
            print('step %d: a=%.4f b=%.4f mse=%.6f' % (t, a_, b_, mse_))
        result, _ = sess.run([pred, train_op])                          # training

print('a=', a_, 'b=', b_)
print('recorded', len(a_list), len(b_list), len(cost_list), 'final mse %.6f' % cost_list[-1])
plt.figure(1)
plt.scatter(x, y, c='b')    # plot data
plt.plot(x, result, 'r-')   # plot line fitting
plt.show()

# expect-value: /^a= ([\d.]+) b=/ ~= 1.18372 0.001
# expect-value: /^a= [\d.]+ b= ([\d.]+)$/ ~= 2.48134 0.001
# expect-line: recorded 400 400 400 final mse 0.008314
