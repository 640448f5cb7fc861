# Models: MorvanZhou/tutorials tensorflowTUT/tf5_example2/full_code.py
# Checks: Morvan's first TensorFlow program: 100 points x_data = np.random.rand(100) cast with
# .astype(np.float32) on the line y = 0.1 x + 0.3, Weights = tf.Variable(tf.random_uniform([1], -1.0,
# 1.0)), biases from tf.zeros([1]), the graph y = Weights * x_data + biases built straight from NumPy
# arrays (no placeholders), GradientDescentOptimizer(0.5), tf.global_variables_initializer(), and
# the "step [W] [b]" line every 20 steps printed from sess.run(Weights), sess.run(biases): the
# noiseless line is fitted exactly, so after 201 steps W prints 0.1 and b 0.3 to 3 decimals (a
# least-squares problem with condition number ~15; GD at 0.5 converges geometrically from any
# start in [-1, 1)).
import tensorflow as tf
import numpy as np

# create data
x_data = np.random.rand(100).astype(np.float32)
y_data = x_data*0.1 + 0.3

### create tensorflow structure start ###
Weights = tf.Variable(tf.random_uniform([1], -1.0, 1.0))
biases = tf.Variable(tf.zeros([1]))

y = Weights*x_data + biases

loss = tf.reduce_mean(tf.square(y-y_data))
optimizer = tf.train.GradientDescentOptimizer(0.5)
train = optimizer.minimize(loss)
### create tensorflow structure end ###

sess = tf.Session()
# tf.initialize_all_variables() no long valid from
# 2017-03-02 if using tensorflow >= 0.12
if int((tf.__version__).split('.')[1]) < 12 and int((tf.__version__).split('.')[0]) < 1:
    init = tf.initialize_all_variables()
else:
    init = tf.global_variables_initializer()
sess.run(init)

for step in range(201):
    sess.run(train)
    if step % 20 == 0:
        print(step, sess.run(Weights), sess.run(biases))

# expect-count: /^\d+ \[/ 11
# expect-value: /^200 \[([-\d.e]+)\]/ ~= 0.1 0.001
# expect-value: /^200 \[[-\d.e]+\] \[([-\d.e]+)\]/ ~= 0.3 0.001
