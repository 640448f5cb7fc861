# Models: Hvass-Labs/TensorFlow-Tutorials 01_Simple_Linear_Model.ipynb and 02_Convolutional_Neural_Network.ipynb plotting helpers (plot_images, plot_weights, plot_conv_weights), with the training-curve plot of many TF1 tutorials
# Checks: the matplotlib calls those helpers make, on a softmax model trained on the bundled digits:
# plt.subplots(3, 3) with fig.subplots_adjust(hspace=0.3, wspace=0.3), ax.imshow(img.reshape(28,
# 28), cmap='binary'), ax.set_xlabel, ax.set_xticks([]) / set_yticks([]); plot_weights with
# plt.subplots(3, 4), imshow(cmap='seismic', vmin, vmax) of each class's 28x28 weight image and
# the unused 11th/12th axes left empty; a conv kernel grid from math.ceil(math.sqrt(n)); the
# loss/accuracy curves with plt.figure(figsize), plt.subplot(2, 1, k), plt.plot with labels,
# plt.legend, plt.grid, savefig to a PNG, plt.close('all'); and the test accuracy >= 0.85.
import math
import os
import tempfile
import numpy as np
import matplotlib.pyplot as plt
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

data = input_data.read_data_sets('data/MNIST/', one_hot=True)
data.test.cls = np.array([label.argmax() for label in data.test.labels])
img_size = 28
img_shape = (img_size, img_size)
num_classes = 10
out_dir = tempfile.mkdtemp()


def plot_images(images, cls_true, cls_pred=None):
    assert len(images) == len(cls_true) == 9
    fig, axes = plt.subplots(3, 3)
    fig.subplots_adjust(hspace=0.3, wspace=0.3)
    for i, ax in enumerate(axes.flat):
        ax.imshow(images[i].reshape(img_shape), cmap='binary')
        if cls_pred is None:
            xlabel = "True: {0}".format(cls_true[i])
        else:
            xlabel = "True: {0}, Pred: {1}".format(cls_true[i], cls_pred[i])
        ax.set_xlabel(xlabel)
        ax.set_xticks([])
        ax.set_yticks([])
    plt.savefig(os.path.join(out_dir, 'images.png'))
    plt.show()
    return fig, axes


fig, axes = plot_images(data.test.images[0:9], data.test.cls[0:9])
print('image grid:', axes.shape, len(fig.axes))

x = tf.placeholder(tf.float32, [None, 784])
y_true = tf.placeholder(tf.float32, [None, num_classes])
weights = tf.Variable(tf.zeros([784, num_classes]))
biases = tf.Variable(tf.zeros([num_classes]))
logits = tf.matmul(x, weights) + biases
y_pred_cls = tf.argmax(tf.nn.softmax(logits), axis=1)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(logits=logits, labels=y_true))
optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.5).minimize(cost)
accuracy = tf.reduce_mean(tf.cast(tf.equal(y_pred_cls, tf.argmax(y_true, 1)), tf.float32))

session = tf.Session()
session.run(tf.global_variables_initializer())
losses, accs = [], []
for i in range(200):
    x_batch, y_batch = data.train.next_batch(100)
    _, l, a = session.run([optimizer, cost, accuracy], feed_dict={x: x_batch, y_true: y_batch})
    losses.append(l)
    accs.append(a)
acc = session.run(accuracy, feed_dict={x: data.test.images, y_true: data.test.labels})
print("Accuracy on test-set: {0:.1%}".format(acc))


def plot_weights():
    w = session.run(weights)
    w_min = np.min(w)
    w_max = np.max(w)
    fig, axes = plt.subplots(3, 4)
    fig.subplots_adjust(hspace=0.3, wspace=0.3)
    for i, ax in enumerate(axes.flat):
        if i < 10:
            image = w[:, i].reshape(img_shape)
            ax.set_xlabel("Weights: {0}".format(i))
            ax.imshow(image, vmin=w_min, vmax=w_max, cmap='seismic')
        ax.set_xticks([])
        ax.set_yticks([])
    plt.show()
    return w, axes


w, axes = plot_weights()
print('weights plotted:', w.shape, axes.shape, len(axes[2, 3].images))


def plot_conv_weights(kernels, input_channel=0):
    w_min = np.min(kernels)
    w_max = np.max(kernels)
    num_filters = kernels.shape[3]
    num_grids = math.ceil(math.sqrt(num_filters))
    fig, axes = plt.subplots(num_grids, num_grids)
    for i, ax in enumerate(axes.flat):
        if i < num_filters:
            img = kernels[:, :, input_channel, i]
            ax.imshow(img, vmin=w_min, vmax=w_max, interpolation='nearest', cmap='seismic')
        ax.set_xticks([])
        ax.set_yticks([])
    plt.show()
    return num_grids


conv_w = tf.Variable(tf.truncated_normal([5, 5, 1, 6], stddev=0.05, seed=1))
session.run(conv_w.initializer)
print('conv grid:', plot_conv_weights(session.run(conv_w)))

plt.figure(figsize=(8, 6))
plt.subplot(2, 1, 1)
plt.plot(np.arange(len(losses)), losses, 'r-', label='train loss')
plt.ylabel('cross-entropy')
plt.legend(loc='upper right')
plt.grid(True)
plt.subplot(2, 1, 2)
plt.plot(accs, label='train accuracy')
plt.axhline(acc, color='k', linestyle='--', label='test accuracy')
plt.xlabel('step')
plt.ylim(0, 1)
plt.legend(loc='lower right')
curve_png = os.path.join(out_dir, 'curves.png')
plt.savefig(curve_png, dpi=80, bbox_inches='tight')
plt.close('all')
print('curves saved:', os.path.exists(curve_png), os.path.getsize(curve_png) > 1000)
print('first loss: %.4f' % losses[0])
session.close()

# expect-line: image grid: (3, 3) 9
# expect-value: /^Accuracy on test-set: ([\d.]+)%$/ >= 85
# expect-line: weights plotted: (784, 10) (3, 4) 0
# expect-line: conv grid: 3
# expect-line: curves saved: True True
# expect-line: first loss: 2.3026
