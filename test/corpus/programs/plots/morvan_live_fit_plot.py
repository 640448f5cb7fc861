# Models: MorvanZhou/tutorials tensorflowTUT/tf11_build_network/full_code.py and tf12_plot_result (TF1 regression with a live matplotlib plot)
# Checks: the interactive-plot idiom of those tutorials: fig = plt.figure(), ax = fig.add_subplot(1,
# 1, 1), ax.scatter of the data, plt.ion(), plt.show(), then every 50 steps removing the previous
# fitted line (lines[0].remove() inside try/except, the matplotlib >= 3.5 form of the
# original's ax.lines.remove(lines[0])) and drawing the new one with ax.plot(x,
# prediction, 'r-', lw=5) and plt.pause(0.1), plt.ioff(); a two-layer tf network (add_layer with
# tf.random_normal weights and 0.1 biases) fitting y = x^2 - 0.5 + noise made with np.random.seed(1)
# by GradientDescent(0.1); the loss printed every 50 steps falling to below 0.01, the figure holding
# one line and one scatter collection at the end, and the data's first rows (NumPy: same seed,
# same draws).
import numpy as np
import matplotlib.pyplot as plt
import tensorflow as tf

np.random.seed(1)
tf.set_random_seed(1)


def add_layer(inputs, in_size, out_size, activation_function=None):
    Weights = tf.Variable(tf.random_normal([in_size, out_size]))
    biases = tf.Variable(tf.zeros([1, out_size]) + 0.1)
    Wx_plus_b = tf.matmul(inputs, Weights) + biases
    if activation_function is None:
        outputs = Wx_plus_b
    else:
        outputs = activation_function(Wx_plus_b)
    return outputs


x_data = np.linspace(-1, 1, 300)[:, np.newaxis]
noise = np.random.normal(0, 0.05, x_data.shape)
y_data = np.square(x_data) - 0.5 + noise
print('data:', x_data.shape, '%.6f %.6f' % (y_data[0, 0], y_data[1, 0]))

xs = tf.placeholder(tf.float32, [None, 1])
ys = tf.placeholder(tf.float32, [None, 1])
l1 = add_layer(xs, 1, 10, activation_function=tf.nn.relu)
prediction = add_layer(l1, 10, 1, activation_function=None)

loss = tf.reduce_mean(tf.reduce_sum(tf.square(ys - prediction), reduction_indices=[1]))
train_step = tf.train.GradientDescentOptimizer(0.1).minimize(loss)

sess = tf.Session()
sess.run(tf.global_variables_initializer())

fig = plt.figure()
ax = fig.add_subplot(1, 1, 1)
ax.scatter(x_data, y_data)
plt.ion()
plt.show()

for i in range(1000):
    sess.run(train_step, feed_dict={xs: x_data, ys: y_data})
    if i % 50 == 0:
        print('loss: %.5f' % sess.run(loss, feed_dict={xs: x_data, ys: y_data}))
        try:
            lines[0].remove()
        except Exception:
            pass
        prediction_value = sess.run(prediction, feed_dict={xs: x_data})
        lines = ax.plot(x_data, prediction_value, 'r-', lw=5)
        plt.pause(0.1)

plt.ioff()
print('lines on the axes:', len(ax.lines))
print('collections:', len(ax.collections))

# expect-line: data: (300, 1) 0.581217 0.456079
# expect-count: /^loss: [\d.]+$/ 20
# expect-decrease: /^loss: ([\d.]+)$/ 0.5
# expect-value: /^loss: ([\d.]+)$/ < 0.01
# expect-line: lines on the axes: 1
# expect-line: collections: 1
