# Models: ageron/handson-ml 09_up_and_running_with_tensorflow.ipynb (normal equation, manual and autodiff gradient descent, mini-batches)
# Checks: np.c_[np.ones((m, 1)), data] for the bias column, theta from tf.matrix_inverse in the
# normal equation, the same theta from NumPy's np.linalg.inv, batch gradient descent with a manual
# gradient (2/m X^T (X theta - y)) then with tf.gradients then with an optimizer, tf.assign,
# "Epoch 100 MSE =" logs, mini-batch training through placeholders with
# np.random.seed(epoch * n_batches + batch_index) fetching, and all of them ending near the
# least-squares MSE. California housing needs the internet, so the data are a synthetic
# 8-feature regression of the same shape family, scaled with sklearn's StandardScaler.
import numpy as np
import tensorflow as tf
from sklearn.preprocessing import StandardScaler


def reset_graph(seed=42):
    tf.reset_default_graph()
    tf.set_random_seed(seed)
    np.random.seed(seed)


rnd = np.random.RandomState(42)
m, n = 500, 8
data = rnd.rand(m, n) * np.array([10., 50., 8., 2., 3000., 4., 40., 120.])
true_w = np.array([0.4, 0.01, -0.1, 0.6, 0.0001, -0.2, -0.03, 0.005])
target = data.dot(true_w) + 0.5 + 0.1 * rnd.randn(m)

housing_data_plus_bias = np.c_[np.ones((m, 1)), data]

reset_graph()
X = tf.constant(housing_data_plus_bias, dtype=tf.float64, name="X")
y = tf.constant(target.reshape(-1, 1), dtype=tf.float64, name="y")
XT = tf.transpose(X)
theta = tf.matmul(tf.matmul(tf.matrix_inverse(tf.matmul(XT, X)), XT), y)

with tf.Session() as sess:
    theta_value = theta.eval()

X_np = housing_data_plus_bias
theta_numpy = np.linalg.inv(X_np.T.dot(X_np)).dot(X_np.T).dot(target.reshape(-1, 1))
print("theta shape:", theta_value.shape)
print("normal equation agrees with NumPy:", np.allclose(theta_value, theta_numpy))
best_mse = np.mean((X_np.dot(theta_numpy) - target.reshape(-1, 1)) ** 2)
print("least-squares MSE = %.4f" % best_mse)

scaler = StandardScaler()
scaled_housing_data = scaler.fit_transform(data)
scaled_housing_data_plus_bias = np.c_[np.ones((m, 1)), scaled_housing_data]
print("scaled means ~0:", np.allclose(scaled_housing_data_plus_bias.mean(axis=0)[1:], 0))

# Manually computing the gradients.
reset_graph()
n_epochs = 1000
learning_rate = 0.01

X = tf.constant(scaled_housing_data_plus_bias, dtype=tf.float32, name="X")
y = tf.constant(target.reshape(-1, 1), dtype=tf.float32, name="y")
theta = tf.Variable(tf.random_uniform([n + 1, 1], -1.0, 1.0, seed=42), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
error = y_pred - y
mse = tf.reduce_mean(tf.square(error), name="mse")
gradients = 2 / m * tf.matmul(tf.transpose(X), error)
training_op = tf.assign(theta, theta - learning_rate * gradients)

init = tf.global_variables_initializer()
with tf.Session() as sess:
    sess.run(init)
    for epoch in range(n_epochs):
        if epoch % 100 == 0:
            print("Epoch", epoch, "MSE =", mse.eval())
        sess.run(training_op)
    best_theta = theta.eval()
    print("manual gradients final MSE = %.4f" % mse.eval())

# Using autodiff.
reset_graph()
X = tf.constant(scaled_housing_data_plus_bias, dtype=tf.float32, name="X")
y = tf.constant(target.reshape(-1, 1), dtype=tf.float32, name="y")
theta = tf.Variable(tf.random_uniform([n + 1, 1], -1.0, 1.0, seed=42), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
error = y_pred - y
mse = tf.reduce_mean(tf.square(error), name="mse")
gradients = tf.gradients(mse, [theta])[0]
training_op = tf.assign(theta, theta - learning_rate * gradients)
init = tf.global_variables_initializer()
with tf.Session() as sess:
    sess.run(init)
    for epoch in range(n_epochs):
        sess.run(training_op)
    autodiff_theta = theta.eval()
print("autodiff matches manual:", np.allclose(best_theta, autodiff_theta, atol=1e-4))

# Using a MomentumOptimizer.
reset_graph()
X = tf.constant(scaled_housing_data_plus_bias, dtype=tf.float32, name="X")
y = tf.constant(target.reshape(-1, 1), dtype=tf.float32, name="y")
theta = tf.Variable(tf.random_uniform([n + 1, 1], -1.0, 1.0, seed=42), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
mse = tf.reduce_mean(tf.square(y_pred - y), name="mse")
optimizer = tf.train.MomentumOptimizer(learning_rate=learning_rate, momentum=0.9)
training_op = optimizer.minimize(mse)
init = tf.global_variables_initializer()
with tf.Session() as sess:
    sess.run(init)
    for epoch in range(n_epochs):
        sess.run(training_op)
    print("momentum final MSE = %.4f" % mse.eval())

# Mini-batch gradient descent through placeholders.
reset_graph()
X = tf.placeholder(tf.float32, shape=(None, n + 1), name="X")
y = tf.placeholder(tf.float32, shape=(None, 1), name="y")
theta = tf.Variable(tf.random_uniform([n + 1, 1], -1.0, 1.0, seed=42), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
error = y_pred - y
mse = tf.reduce_mean(tf.square(error), name="mse")
optimizer = tf.train.GradientDescentOptimizer(learning_rate=learning_rate)
training_op = optimizer.minimize(mse)
init = tf.global_variables_initializer()

n_epochs = 20
batch_size = 50
n_batches = int(np.ceil(m / batch_size))


def fetch_batch(epoch, batch_index, batch_size):
    np.random.seed(epoch * n_batches + batch_index)
    indices = np.random.randint(m, size=batch_size)
    X_batch = scaled_housing_data_plus_bias[indices]
    y_batch = target.reshape(-1, 1)[indices]
    return X_batch, y_batch


with tf.Session() as sess:
    sess.run(init)
    for epoch in range(n_epochs):
        for batch_index in range(n_batches):
            X_batch, y_batch = fetch_batch(epoch, batch_index, batch_size)
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
    mb_mse = mse.eval(feed_dict={X: scaled_housing_data_plus_bias, y: target.reshape(-1, 1)})
    print("mini-batch final MSE = %.4f" % mb_mse)

# expect-line: theta shape: (9, 1)
# expect-line: normal equation agrees with NumPy: True
# expect-line: scaled means ~0: True
# expect-count: /^Epoch \d+ MSE = / 10
# expect-decrease: /^Epoch \d+ MSE = ([\d.e+-]+)$/ 0.05
# expect-line: autodiff matches manual: True
# expect-value: /^manual gradients final MSE = ([\d.]+)$/ <= 0.05
# expect-value: /^momentum final MSE = ([\d.]+)$/ <= 0.02
# expect-value: /^mini-batch final MSE = ([\d.]+)$/ <= 0.05
