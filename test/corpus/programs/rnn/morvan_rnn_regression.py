# Models: MorvanZhou/Tensorflow-Tutorial tutorial-contents/403_RNN_regression.py
# Checks: sin -> cos regression with a state carried across batches: a BasicRNNCell(32) from
# tf.contrib.rnn, init_s = rnn_cell.zero_state(batch_size=1, ...) passed to tf.nn.dynamic_rnn as
# initial_state (time_major=False), the 3-D outputs reshaped to 2-D for tf.layers.dense and back,
# tf.losses.mean_squared_error, Adam 0.02, and the training loop that feeds the previous run's
# final state into init_s (feeding a non-placeholder Tensor) once `'final_s_' not in globals()` is
# False; 60 windows of 10 points over [step*pi, (step+1)*pi], each x = np.sin(steps)[np.newaxis,
# :, np.newaxis], with the plt.ion() / plt.plot / plt.ylim / plt.draw / plt.pause animation. Seeded
# with tf.set_random_seed(1) (the original is unseeded). Printed: each window's MSE computed with
# NumPy from the fetched prediction (the original only plots). Adam at 0.02 on a state carried
# across windows makes the per-window error jumpy (single windows reach 0.3 late in training), so
# the check is on the median of the last 30 windows (np.median):
# <= 0.2 and <= 0.4 x the mean of the first 10 (predicting 0 scores about 0.5). Over tf seeds 1-12
# Gradbook gives medians 0.006-0.14 and ratios 0.01-0.23. The final state fetched is a (1, 32)
# float32 array with |values| <= 1 (tanh).
import tensorflow as tf
import numpy as np
import matplotlib.pyplot as plt

tf.set_random_seed(1)
np.random.seed(1)

# Hyper Parameters
TIME_STEP = 10       # rnn time step
INPUT_SIZE = 1      # rnn input size
CELL_SIZE = 32      # rnn cell size
LR = 0.02           # learning rate

# show data
steps = np.linspace(0, np.pi*2, 100, dtype=np.float32)
x_np = np.sin(steps)
y_np = np.cos(steps)
plt.plot(steps, y_np, 'r-', label='target (cos)')
plt.plot(steps, x_np, 'b-', label='input (sin)')
plt.legend(loc='best')
plt.show()

# tensorflow placeholders
tf_x = tf.placeholder(tf.float32, [None, TIME_STEP, INPUT_SIZE])        # shape(batch, 5, 1)
tf_y = tf.placeholder(tf.float32, [None, TIME_STEP, INPUT_SIZE])          # input y

# RNN
rnn_cell = tf.contrib.rnn.BasicRNNCell(num_units=CELL_SIZE)
init_s = rnn_cell.zero_state(batch_size=1, dtype=tf.float32)    # very first hidden state
outputs, final_s = tf.nn.dynamic_rnn(
    rnn_cell,                   # cell you have chosen
    tf_x,                       # input
    initial_state=init_s,       # the initial hidden state
    time_major=False,           # False: (batch, time step, input); True: (time step, batch, input)
)
outs2D = tf.reshape(outputs, [-1, CELL_SIZE])                       # reshape 3D output to 2D for fully connected layer
net_outs2D = tf.layers.dense(outs2D, INPUT_SIZE)
outs = tf.reshape(net_outs2D, [-1, TIME_STEP, INPUT_SIZE])          # reshape back to 3D

loss = tf.losses.mean_squared_error(labels=tf_y, predictions=outs)  # compute cost
train_op = tf.train.AdamOptimizer(LR).minimize(loss)

sess = tf.Session()
sess.run(tf.global_variables_initializer())     # initialize var in graph

plt.figure(1, figsize=(12, 5))
plt.ion()           # continuously plot
plt.show()

errors = []
for step in range(60):
    start, end = step * np.pi, (step+1)*np.pi   # time steps
    # use sin predicts cos
    steps = np.linspace(start, end, TIME_STEP)
    x = np.sin(steps)[np.newaxis, :, np.newaxis]    # shape (batch, time_step, input_size)
    y = np.cos(steps)[np.newaxis, :, np.newaxis]
    if 'final_s_' not in globals():                 # first state, no any hidden state
        feed_dict = {tf_x: x, tf_y: y}
    else:                                           # has hidden state, so pass it to rnn
        feed_dict = {tf_x: x, tf_y: y, init_s: final_s_}
    _, pred_, final_s_ = sess.run([train_op, outs, final_s], feed_dict)     # train
    errors.append(np.mean((pred_ - y) ** 2))
    print('window %d mse %.4f' % (step, errors[-1]))

    # plotting
    plt.plot(steps, y.flatten(), 'r-')
    plt.plot(steps, pred_.flatten(), 'b-')
    plt.ylim((-1.2, 1.2))
    plt.draw()
    plt.pause(0.05)

plt.ioff()
plt.show()

print('final state', final_s_.shape, final_s_.dtype, bool(np.abs(final_s_).max() <= 1.0))
late = np.median(errors[-30:])
print('first 10 windows mse %.4f' % np.mean(errors[:10]))
print('last 30 windows median mse %.4f' % late)
print('late/first %.4f' % (late / np.mean(errors[:10])))

# expect-count: /^window \d+ mse / 60
# expect-line: final state (1, 32) float32 True
# expect-value: /^last 30 windows median mse ([\d.]+)$/ <= 0.2
# expect-value: /^late\/first ([\d.]+)$/ <= 0.4
