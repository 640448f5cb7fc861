# Models: MorvanZhou/Tensorflow-Tutorial tutorial-contents/303_save_reload.py
# Checks: save() and reload() functions that each build the same two-layer tf.layers.dense net
# (default layer names dense/ and dense_1/ in each fresh graph), 100 GradientDescent steps, a
# tf.train.Saver().save(sess, path, write_meta_graph=False) (no .meta file is written), a
# tf.reset_default_graph() between the two, a reload that never runs an initializer and only
# calls saver.restore, and the two-panel figure (plt.subplot(121)/(122), scatter, plot, plt.text
# with a fontdict). Printed besides the original's 'This is save' / 'This is reload': the save and
# reload losses (the text of the two panels), which must be equal, the loss well below the data's
# variance, and the files on disk. The original saves to './params' in the working directory;
# here the path is under /tmp so the run leaves nothing in the repository.
import os
import tensorflow as tf
import matplotlib.pyplot as plt
import numpy as np

tf.set_random_seed(1)
np.random.seed(1)

SAVE_DIR = '/tmp/morvan_save_reload'
if not os.path.exists(SAVE_DIR):
    os.makedirs(SAVE_DIR)
for name in os.listdir(SAVE_DIR):
    os.remove(os.path.join(SAVE_DIR, name))

# fake data
x = np.linspace(-1, 1, 100)[:, np.newaxis]          # shape (100, 1)
noise = np.random.normal(0, 0.1, size=x.shape)
y = np.power(x, 2) + noise                          # shape (100, 1) + some noise


def save():
    print('This is save')
    # build neural network
    tf_x = tf.placeholder(tf.float32, x.shape)  # input x
    tf_y = tf.placeholder(tf.float32, y.shape)  # input y
    l = tf.layers.dense(tf_x, 10, tf.nn.relu)          # hidden layer
    o = tf.layers.dense(l, 1)                     # output layer
    loss = tf.losses.mean_squared_error(tf_y, o)   # compute cost
    train_op = tf.train.GradientDescentOptimizer(learning_rate=0.5).minimize(loss)

    sess = tf.Session()
    sess.run(tf.global_variables_initializer())  # initialize var in graph

    saver = tf.train.Saver()  # define a saver for saving and restoring

    for step in range(100):                             # train
        sess.run(train_op, {tf_x: x, tf_y: y})

    saver.save(sess, SAVE_DIR + '/params', write_meta_graph=False)  # meta_graph is not recommended

    # plotting
    pred, l = sess.run([o, loss], {tf_x: x, tf_y: y})
    plt.figure(1, figsize=(10, 5))
    plt.subplot(121)
    plt.scatter(x, y)
    plt.plot(x, pred, 'r-', lw=5)
    plt.text(-1, 1.2, 'Save Loss=%.4f' % l, fontdict={'size': 15, 'color': 'red'})
    print('Save Loss=%.6f' % l)
    return l


def reload():
    print('This is reload')
    # build entire net again and restore
    tf_x = tf.placeholder(tf.float32, x.shape)  # input x
    tf_y = tf.placeholder(tf.float32, y.shape)  # input y
    l_ = tf.layers.dense(tf_x, 10, tf.nn.relu)          # hidden layer
    o_ = tf.layers.dense(l_, 1)                     # output layer
    loss_ = tf.losses.mean_squared_error(tf_y, o_)   # compute cost

    sess = tf.Session()
    # don't need to initialize variables, just restoring trained variables
    saver = tf.train.Saver()  # define a saver for saving and restoring
    saver.restore(sess, SAVE_DIR + '/params')

    # plotting
    pred, l = sess.run([o_, loss_], {tf_x: x, tf_y: y})
    plt.subplot(122)
    plt.scatter(x, y)
    plt.plot(x, pred, 'r-', lw=5)
    plt.text(-1, 1.2, 'Reload Loss=%.4f' % l, fontdict={'size': 15, 'color': 'red'})
    plt.show()
    print('Reload Loss=%.6f' % l)
    return l


saved = save()

# destroy previous net
tf.reset_default_graph()

reloaded = reload()
print('same loss', saved == reloaded, 'below variance', bool(saved < 0.5 * np.var(y)))
print('files', sorted(os.listdir(SAVE_DIR)))

# expect-line: This is save
# expect-line: This is reload
# expect-line: same loss True below variance True
# expect-line: files ['checkpoint', 'params.data-00000-of-00001', 'params.index']
