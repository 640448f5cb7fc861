# Models: nfmcclure/tensorflow_cookbook 01_Introduction/05_Declaring_Operations/05_operations.py
# Checks: the cookbook's operations recipe, each result printed with print(sess.run(...)):
# tf.div of two Python ints (integer division, 0), tf.truediv (0.75), tf.floordiv of floats (0.0),
# tf.mod (2.0), tf.cross of two unit vectors ([0. 0. 1.]), tf.sin / tf.cos of 3.1416, the tangent
# of pi/4 as tf.div(tf.sin(...), tf.cos(...)), and a custom_polynomial(x) = 3x^2 - x + 10 built from
# tf.subtract(3 * tf.square(x), x) + 10 evaluated at 11 (362) and at range(15) next to the Python
# list of expected values. Every printed value is compared with NumPy (float32 where TF computes
# in float32, int32 for the polynomial of ints; reference/basics/cookbook_declaring_operations.txt),
# the sine of 3.1416 (about -7.2e-06, where float32 rounding dominates) to 1e-7 absolute.
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Start a graph session
sess = tf.Session()

###################
# Division Operators
###################

# Div() vs truediv() vs floordiv()
print(sess.run(tf.div(3, 4)))
print(sess.run(tf.truediv(3, 4)))
print(sess.run(tf.floordiv(3.0, 4.0)))

# Mod function
print(sess.run(tf.mod(22.0, 5.0)))

# Cross Product
print(sess.run(tf.cross([1., 0., 0.], [0., 1., 0.])))

# Trig functions
print(sess.run(tf.sin(3.1416)))
print(sess.run(tf.cos(3.1416)))
# Tangemt
print(sess.run(tf.div(tf.sin(3.1416/4.), tf.cos(3.1416/4.))))

###################
# Custom operation
###################
test_nums = range(15)


def custom_polynomial(x_val):
    # Return 3x^2 - x + 10
    return tf.subtract(3 * tf.square(x_val), x_val) + 10


print(sess.run(custom_polynomial(11)))
# What should we get with list comprehension
expected_output = [3 * x * x - x + 10 for x in test_nums]
print(expected_output)

# TensorFlow custom function output
for num in test_nums:
    print(sess.run(custom_polynomial(num)))

# expect-value: /^(-7\.\d+e-06)$/ ~= -7.2399803e-06 1e-7
