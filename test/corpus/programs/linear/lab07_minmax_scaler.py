# Models: hunkim/DeepLearningZeroToAll lab-07-3-linear_regression_min_max.py
# Checks: a hand-written MinMaxScaler (np.min / np.max along axis 0, a 1e-7 noise term) applied to
# an 8x5 table of stock prices and volumes, the scaled table printed by NumPy (exact, from
# reference/linear/lab07_minmax_scaler.txt), a 4-input linear model on the scaled columns with
# tf.random_normal starting weights under tf.set_random_seed(777), lr 1e-5 gradient descent, the
# "step Cost:" log with the prediction matrix, and the cost never rising.
import tensorflow as tf
import numpy as np
tf.set_random_seed(777)  # for reproducibility


def MinMaxScaler(data):
    numerator = data - np.min(data, 0)
    denominator = np.max(data, 0) - np.min(data, 0)
    # the noise term keeps a constant column from dividing by zero
    return numerator / (denominator + 1e-7)


# open, high, volume, low, close
xy = np.array([[828.659973, 833.450012, 908100, 828.349976, 831.659973],
               [823.02002, 828.070007, 1828100, 821.655029, 828.070007],
               [819.929993, 824.400024, 1438100, 818.97998, 824.159973],
               [816, 820.958984, 1008100, 815.48999, 819.23999],
               [819.359985, 823, 1188100, 818.469971, 818.97998],
               [819, 823, 1198100, 816, 820.450012],
               [811.700012, 815.25, 1098100, 809.780029, 813.669983],
               [809.51001, 816.659973, 1398100, 804.539978, 809.559998]])

# Without scaling the volume column the cost blows up to inf/nan.
xy = MinMaxScaler(xy)
print(xy)

x_data = xy[:, 0:-1]
y_data = xy[:, [-1]]

X = tf.placeholder(tf.float32, shape=[None, 4])
Y = tf.placeholder(tf.float32, shape=[None, 1])

W = tf.Variable(tf.random_normal([4, 1]), name='weight')
b = tf.Variable(tf.random_normal([1]), name='bias')

hypothesis = tf.matmul(X, W) + b

cost = tf.reduce_mean(tf.square(hypothesis - Y))

optimizer = tf.train.GradientDescentOptimizer(learning_rate=1e-5)
train = optimizer.minimize(cost)

sess = tf.Session()
sess.run(tf.global_variables_initializer())

for step in range(201):
    cost_val, hy_val, _ = sess.run(
        [cost, hypothesis, train], feed_dict={X: x_data, Y: y_data})
    if step % 50 == 0:
        print(step, "Cost: ", cost_val, "\nPrediction:\n", hy_val)

# expect-count: /^(0|50|100|150|200) Cost:  [\d.e+-]+$/ 5
# expect-decrease: /^\d+ Cost:  ([\d.e+-]+)$/ 1.0
