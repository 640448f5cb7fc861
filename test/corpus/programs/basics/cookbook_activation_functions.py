# Models: nfmcclure/tensorflow_cookbook 01_Introduction/06_Implementing_Activation_Functions/06_activation_functions.py
# Checks: the cookbook's tour of activation functions: tf.nn.relu and tf.nn.relu6 of
# [-3., 3., 10.], tf.nn.sigmoid / tanh / softsign / softplus / elu of [-1., 0., 1.], each printed
# as the NumPy float32 array sess.run returns, then every function over x_vals = np.linspace(-10,
# 10, 100) (a float64 array, so float64 graphs) with two figures drawn by plt.plot(..., 'b:',
# label=..., linewidth=2), plt.ylim and plt.legend(loc='upper left'). The printed values and the
# sums over the linspace curves are compared with NumPy formulas (reference/basics/
# cookbook_activation_functions.txt): relu6 = min(max(x, 0), 6), softsign = x / (1 + |x|),
# softplus = log(1 + e^x), elu = e^x - 1 below 0.
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Open graph session
sess = tf.Session()

# X range
x_vals = np.linspace(start=-10., stop=10., num=100)

# ReLU activation
print(sess.run(tf.nn.relu([-3., 3., 10.])))
y_relu = sess.run(tf.nn.relu(x_vals))

# ReLU-6 activation
print(sess.run(tf.nn.relu6([-3., 3., 10.])))
y_relu6 = sess.run(tf.nn.relu6(x_vals))

# Sigmoid activation
print(sess.run(tf.nn.sigmoid([-1., 0., 1.])))
y_sigmoid = sess.run(tf.nn.sigmoid(x_vals))

# Hyper Tangent activation
print(sess.run(tf.nn.tanh([-1., 0., 1.])))
y_tanh = sess.run(tf.nn.tanh(x_vals))

# Softsign activation
print(sess.run(tf.nn.softsign([-1., 0., 1.])))
y_softsign = sess.run(tf.nn.softsign(x_vals))

# Softplus activation
print(sess.run(tf.nn.softplus([-1., 0., 1.])))
y_softplus = sess.run(tf.nn.softplus(x_vals))

# Exponential linear activation
print(sess.run(tf.nn.elu([-1., 0., 1.])))
y_elu = sess.run(tf.nn.elu(x_vals))

print('dtypes:', y_relu.dtype, y_elu.dtype)
for name, ys in [('relu', y_relu), ('relu6', y_relu6), ('sigmoid', y_sigmoid), ('tanh', y_tanh),
                 ('softsign', y_softsign), ('softplus', y_softplus), ('elu', y_elu)]:
    print('%s sum: %.6f' % (name, ys.sum()))

# Plot the different functions
plt.plot(x_vals, y_softplus, 'r--', label='Softplus', linewidth=2)
plt.plot(x_vals, y_relu, 'b:', label='ReLU', linewidth=2)
plt.plot(x_vals, y_relu6, 'g-.', label='ReLU6', linewidth=2)
plt.plot(x_vals, y_elu, 'k-', label='ExpLU', linewidth=0.5)
plt.ylim([-1.5, 7])
plt.legend(loc='upper left')
plt.show()

plt.plot(x_vals, y_sigmoid, 'r--', label='Sigmoid', linewidth=2)
plt.plot(x_vals, y_tanh, 'b:', label='Tanh', linewidth=2)
plt.plot(x_vals, y_softsign, 'g-.', label='Softsign', linewidth=2)
plt.ylim([-2, 2])
plt.legend(loc='upper left')
plt.show()
