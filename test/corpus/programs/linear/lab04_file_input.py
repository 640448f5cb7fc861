# Models: hunkim/DeepLearningZeroToAll lab-04-3-file_input_linear_regression.py
# Checks: np.loadtxt of a CSV with a comment header, slicing x = xy[:, 0:-1], y = xy[:, [-1]], a
# 3-input linear model trained 2001 steps with lr 1e-5, cost falling, and predictions for new rows.
import tensorflow as tf
import numpy as np
tf.set_random_seed(777)  # for reproducibility

xy = np.loadtxt('../../data/test_scores.csv', delimiter=',', dtype=np.float32)
x_data = xy[:, 0:-1]
y_data = xy[:, [-1]]

# Make sure the shape and data are OK
print(x_data.shape, x_data[:2], len(x_data))
print(y_data.shape, y_data[:2])

X = tf.placeholder(tf.float32, shape=[None, 3])
Y = tf.placeholder(tf.float32, shape=[None, 1])

W = tf.Variable(tf.random_normal([3, 1]), name='weight')
b = tf.Variable(tf.random_normal([1]), name='bias')

hypothesis = tf.matmul(X, W) + b

cost = tf.reduce_mean(tf.square(hypothesis - Y))

optimizer = tf.train.GradientDescentOptimizer(learning_rate=1e-5)
train = optimizer.minimize(cost)

sess = tf.Session()
sess.run(tf.global_variables_initializer())

for step in range(2001):
    cost_val, hy_val, _ = sess.run([cost, hypothesis, train], feed_dict={X: x_data, Y: y_data})
    if step % 500 == 0:
        print(step, "Cost:", cost_val, "\nPrediction:\n", hy_val[:3])

# Ask my score
print("Your score will be ", sess.run(hypothesis, feed_dict={X: [[100, 70, 101]]}))
print("Other scores will be ", sess.run(hypothesis, feed_dict={X: [[60, 70, 110], [90, 100, 80]]}))

# expect-line: (25, 3) [[84. 80. 83.]
# expect-line: (25, 1) [[167.]
# expect-decrease: /^\d+ Cost: ([\d.e+-]+)/ 0.05
# expect-value: /^Your score will be  \[\[([\d.]+)\]\]/ ~= 185 5
