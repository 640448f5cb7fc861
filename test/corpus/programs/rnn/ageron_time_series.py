# Models: ageron/handson-ml 14_recurrent_neural_networks.ipynb (Training to predict time series, OutputProjectionWrapper)
# Checks: time_series(t) = t * sin(t) / 3 + 2 * sin(5t), next_batch drawing random windows with
# np.random.rand and np.arange(0., n_steps + 1) * resolution, a BasicRNNCell(100, relu) wrapped
# in tf.contrib.rnn.OutputProjectionWrapper(output_size=1) through tf.nn.dynamic_rnn, MSE + Adam,
# the "iteration \tMSE:" log, the MSE falling, and a one-window prediction plot.
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt


def reset_graph(seed=42):
    tf.reset_default_graph()
    tf.set_random_seed(seed)
    np.random.seed(seed)


t_min, t_max = 0, 30
resolution = 0.1


def time_series(t):
    return t * np.sin(t) / 3 + 2 * np.sin(t * 5)


def next_batch(batch_size, n_steps):
    t0 = np.random.rand(batch_size, 1) * (t_max - t_min - n_steps * resolution)
    Ts = t0 + np.arange(0., n_steps + 1) * resolution
    ys = time_series(Ts)
    return ys[:, :-1].reshape(-1, n_steps, 1), ys[:, 1:].reshape(-1, n_steps, 1)


t = np.linspace(t_min, t_max, int((t_max - t_min) / resolution))

n_steps = 20
t_instance = np.linspace(12.2, 12.2 + resolution * (n_steps + 1), n_steps + 1)

reset_graph()

n_inputs = 1
n_neurons = 100
n_outputs = 1

X = tf.placeholder(tf.float32, [None, n_steps, n_inputs])
y = tf.placeholder(tf.float32, [None, n_steps, n_outputs])

cell = tf.contrib.rnn.OutputProjectionWrapper(
    tf.contrib.rnn.BasicRNNCell(num_units=n_neurons, activation=tf.nn.relu),
    output_size=n_outputs)
outputs, states = tf.nn.dynamic_rnn(cell, X, dtype=tf.float32)
print("outputs:", outputs.get_shape())

learning_rate = 0.001

loss = tf.reduce_mean(tf.square(outputs - y))  # MSE
optimizer = tf.train.AdamOptimizer(learning_rate=learning_rate)
training_op = optimizer.minimize(loss)

init = tf.global_variables_initializer()
saver = tf.train.Saver()

n_iterations = 300
batch_size = 50

with tf.Session() as sess:
    init.run()
    for iteration in range(n_iterations):
        X_batch, y_batch = next_batch(batch_size, n_steps)
        sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        if iteration % 50 == 0:
            mse = loss.eval(feed_dict={X: X_batch, y: y_batch})
            print(iteration, "\tMSE:", mse)

    X_new = time_series(np.array(t_instance[:-1].reshape(-1, n_steps, n_inputs)))
    y_pred = sess.run(outputs, feed_dict={X: X_new})
    X_batch, y_batch = next_batch(500, n_steps)
    final_mse = loss.eval(feed_dict={X: X_batch, y: y_batch})
    print("final MSE: %.4f" % final_mse)

print("prediction shape:", y_pred.shape)
print("trainable variables:", [v.name for v in tf.trainable_variables()])

plt.title("Testing the model", fontsize=14)
plt.plot(t_instance[:-1], time_series(t_instance[:-1]), "bo", markersize=10, label="instance")
plt.plot(t_instance[1:], time_series(t_instance[1:]), "w*", markersize=10, label="target")
plt.plot(t_instance[1:], y_pred[0, :, 0], "r.", markersize=10, label="prediction")
plt.legend(loc="upper left")
plt.xlabel("Time")
plt.show()

# expect-line: outputs: (?, 20, 1)
# expect-count: /^\d+ \tMSE: / 6
# expect-decrease: /^\d+ \tMSE: ([\d.e+-]+)$/ 0.2
# expect-value: /^final MSE: ([\d.]+)$/ < 1.0
# expect-line: prediction shape: (1, 20, 1)
# expect-line: trainable variables: ['rnn/output_projection_wrapper/basic_rnn_cell/kernel:0', 'rnn/output_projection_wrapper/basic_rnn_cell/bias:0', 'rnn/output_projection_wrapper/kernel:0', 'rnn/output_projection_wrapper/bias:0']
