# corpus-helper: a local module imported by programs in this folder (not a program itself).
# Models: chiphuyen/stanford-tensorflow-tutorials examples/utils.py (read_birth_life_data)
import os
import numpy as np


def read_birth_life_data(filename):
    """Reads the tab-separated birth rate / life expectancy table; returns (data, n_samples)."""
    text = open(filename, 'r').readlines()[1:]
    data = [line[:-1].split('\t') for line in text]
    births = [float(line[1]) for line in data]
    lifes = [float(line[2]) for line in data]
    data = list(zip(births, lifes))
    n_samples = len(data)
    data = np.asarray(data, dtype=np.float32)
    return data, n_samples


def huber_loss(labels, predictions, delta=14.0):
    import tensorflow as tf
    residual = tf.abs(labels - predictions)
    def f1(): return 0.5 * tf.square(residual)
    def f2(): return delta * residual - 0.5 * tf.square(delta)
    return tf.cond(residual < delta, f1, f2)


def download_mnist(path):
    """The original downloads the four MNIST files into path; the bundled digits stand in for them."""
    os.makedirs(path, exist_ok=True)


def read_mnist(path, flatten=True, num_train=None):
    """(images, one-hot labels) for train, val and test, as the original's read_mnist returns them;
    read through input_data, which falls back to the bundled digits when path lacks the files."""
    from tensorflow.examples.tutorials.mnist import input_data
    mnist = input_data.read_data_sets(path, one_hot=True)
    def split(part):
        images = part.images if flatten else part.images.reshape(-1, 28, 28)
        return images, part.labels
    return split(mnist.train), split(mnist.validation), split(mnist.test)
