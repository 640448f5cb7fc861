# Models: nfmcclure/tensorflow_cookbook 02_TensorFlow_Way/04_Implementing_Loss_Functions/04_loss_functions.py
# Checks: the cookbook's tour of loss functions, evaluated over tf.linspace(-1., 1., 500) and
# tf.linspace(-3., 5., 500) (float32 graphs): L2 as tf.square(target - x_vals), L1 with tf.abs, the
# pseudo-Huber loss tf.multiply(tf.square(delta), tf.sqrt(1. + tf.square((target - x_vals)/delta)) - 1.)
# for delta 0.25 and 5, the hinge loss tf.maximum(0., 1. - tf.multiply(target, x_vals)), the
# hand-written cross entropy with tf.log (NaN where x <= 0 or x >= 1, as in TF), the targets built
# with tf.fill([500,], 1.), tf.nn.sigmoid_cross_entropy_with_logits(logits=, labels=) and
# tf.nn.weighted_cross_entropy_with_logits(logits=, targets=, pos_weight=0.5), the two figures
# (plt.plot with 'b-' / 'r--' / 'k-.' / 'g:' styles, plt.ylim, plt.legend(loc='lower right',
# prop={'size': 11})), and the printed softmax_cross_entropy_with_logits of [[1., -3., 10.]] against
# [[0.1, 0.02, 0.88]] and the sparse version against class 2. Sums over each curve, the NaN counts
# and the two printed losses are compared with a float64 NumPy run of the same formulas
# (reference/basics/cookbook_loss_functions.txt). The cookbook's first edition passed logits and
# labels positionally, which TF >= 1.0 refuses; this is its TF1 form with named arguments.
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Create graph
sess = tf.Session()

###### Numerical Predictions ######
x_vals = tf.linspace(-1., 1., 500)
target = tf.constant(0.)

# L2 loss
# L = (pred - actual)^2
l2_y_vals = tf.square(target - x_vals)
l2_y_out = sess.run(l2_y_vals)

# L1 loss
# L = abs(pred - actual)
l1_y_vals = tf.abs(target - x_vals)
l1_y_out = sess.run(l1_y_vals)

# Pseudo-Huber loss
# L = delta^2 * (sqrt(1 + ((pred - actual)/delta)^2) - 1)
delta1 = tf.constant(0.25)
phuber1_y_vals = tf.multiply(tf.square(delta1), tf.sqrt(1. + tf.square((target - x_vals) / delta1)) - 1.)
phuber1_y_out = sess.run(phuber1_y_vals)

delta2 = tf.constant(5.)
phuber2_y_vals = tf.multiply(tf.square(delta2), tf.sqrt(1. + tf.square((target - x_vals) / delta2)) - 1.)
phuber2_y_out = sess.run(phuber2_y_vals)

print('regression losses:', l2_y_out.dtype, l2_y_out.shape)
print('L2 sum: %.4f' % np.sum(l2_y_out))
print('L1 sum: %.4f' % np.sum(l1_y_out))
print('P-Huber(0.25) sum: %.4f' % np.sum(phuber1_y_out))
print('P-Huber(5.0) sum: %.4f' % np.sum(phuber2_y_out))

# Plot the output:
x_array = sess.run(x_vals)
plt.plot(x_array, l2_y_out, 'b-', label='L2 Loss')
plt.plot(x_array, l1_y_out, 'r--', label='L1 Loss')
plt.plot(x_array, phuber1_y_out, 'k-.', label='P-Huber Loss (0.25)')
plt.plot(x_array, phuber2_y_out, 'g:', label='P-Huber Loss (5.0)')
plt.ylim(-0.2, 0.4)
plt.legend(loc='lower right', prop={'size': 11})
plt.show()


###### Categorical Predictions ######
x_vals = tf.linspace(-3., 5., 500)
target = tf.constant(1.)
targets = tf.fill([500, ], 1.)

# Hinge loss
# Use for predicting binary (-1, 1) classes
# L = max(0, 1 - (pred * actual))
hinge_y_vals = tf.maximum(0., 1. - tf.multiply(target, x_vals))
hinge_y_out = sess.run(hinge_y_vals)

# Cross entropy loss
# L = -actual * (log(pred)) - (1-actual)(log(1-pred))
xentropy_y_vals = - tf.multiply(target, tf.log(x_vals)) - tf.multiply((1. - target), tf.log(1. - x_vals))
xentropy_y_out = sess.run(xentropy_y_vals)

# Sigmoid entropy loss
# L = -actual * (log(sigmoid(pred))) - (1-actual)(log(1-sigmoid(pred)))
# or
# L = max(actual, 0) - actual * pred + log(1 + exp(-abs(actual)))
xentropy_sigmoid_y_vals = tf.nn.sigmoid_cross_entropy_with_logits(logits=x_vals, labels=targets)
xentropy_sigmoid_y_out = sess.run(xentropy_sigmoid_y_vals)

# Weighted (softmax) cross entropy loss
# L = -actual * (log(pred)) * weights - (1-actual)(log(1-pred))
# or
# L = (1 - pred) * actual + (1 + (weights - 1) * pred) * log(1 + exp(-actual))
weight = tf.constant(0.5)
xentropy_weighted_y_vals = tf.nn.weighted_cross_entropy_with_logits(logits=x_vals, targets=targets, pos_weight=weight)
xentropy_weighted_y_out = sess.run(xentropy_weighted_y_vals)

print('hinge sum: %.4f' % np.sum(hinge_y_out))
finite = np.isfinite(xentropy_y_out)
print('cross entropy: %d NaN, finite sum %.4f' % (np.sum(np.isnan(xentropy_y_out)), np.sum(xentropy_y_out[finite])))
print('sigmoid cross entropy sum: %.4f' % np.sum(xentropy_sigmoid_y_out))
print('weighted cross entropy sum: %.4f' % np.sum(xentropy_weighted_y_out))

# Plot the output
x_array = sess.run(x_vals)
plt.plot(x_array, hinge_y_out, 'b-', label='Hinge Loss')
plt.plot(x_array, xentropy_y_out, 'r--', label='Cross Entropy Loss')
plt.plot(x_array, xentropy_sigmoid_y_out, 'k-.', label='Cross Entropy Sigmoid Loss')
plt.plot(x_array, xentropy_weighted_y_out, 'g:', label='Weighted Cross Entropy Loss (x0.5)')
plt.ylim(-1.5, 3)
plt.legend(loc='lower right', prop={'size': 11})
plt.show()

# Softmax entropy loss
# L = -actual * (log(softmax(pred))) - (1-actual)(log(1-softmax(pred)))
unscaled_logits = tf.constant([[1., -3., 10.]])
target_dist = tf.constant([[0.1, 0.02, 0.88]])
softmax_xentropy = tf.nn.softmax_cross_entropy_with_logits(logits=unscaled_logits, labels=target_dist)
print(sess.run(softmax_xentropy))

# Sparse entropy loss
# Use when classes and targets have to be mutually exclusive
# L = sum( -actual * log(pred) )
unscaled_logits = tf.constant([[1., -3., 10.]])
sparse_target_dist = tf.constant([2])
sparse_xentropy = tf.nn.sparse_softmax_cross_entropy_with_logits(logits=unscaled_logits, labels=sparse_target_dist)
print(sess.run(sparse_xentropy))

# expect-line: regression losses: float32 (500,)
# reference-tolerance: 1e-3
