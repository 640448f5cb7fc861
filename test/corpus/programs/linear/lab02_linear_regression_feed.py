# Models: hunkim/DeepLearningZeroToAll lab-02-2-linear_regression_feed.py
# Checks: placeholders with shape=[None], tf.random_normal starting weights, the step/cost/W/b log
# every 400 steps, and predictions for new inputs after 2001 steps (W -> 1, b -> 1.1).
import tensorflow as tf
tf.set_random_seed(777)  # for reproducibility

W = tf.Variable(tf.random_normal([1]), name='weight')
b = tf.Variable(tf.random_normal([1]), name='bias')

X = tf.placeholder(tf.float32, shape=[None])
Y = tf.placeholder(tf.float32, shape=[None])

# Our hypothesis XW+b
hypothesis = X * W + b

# cost/loss function
cost = tf.reduce_mean(tf.square(hypothesis - Y))

optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.01)
train = optimizer.minimize(cost)

sess = tf.Session()
sess.run(tf.global_variables_initializer())

for step in range(2001):
    cost_val, W_val, b_val, _ = sess.run([cost, W, b, train],
                                         feed_dict={X: [1, 2, 3, 4, 5], Y: [2.1, 3.1, 4.1, 5.1, 6.1]})
    if step % 400 == 0:
        print(step, cost_val, W_val, b_val)

# Testing our model
print(sess.run(hypothesis, feed_dict={X: [5]}))
print(sess.run(hypothesis, feed_dict={X: [2.5]}))
print(sess.run(hypothesis, feed_dict={X: [1.5, 3.5]}))

# expect-count: /^(0|400|800|1200|1600|2000) [\d.e-]+ \[[-\d. ]+\] \[[-\d. ]+\]$/ 6
# expect-value: /^\[([\d.]+)\]$/ ~= 3.6 0.05
# expect-value: /^\[([\d.]+) +[\d.]+\]$/ ~= 2.6 0.05
# expect-value: /^2000 ([\d.e-]+) / <= 0.001
