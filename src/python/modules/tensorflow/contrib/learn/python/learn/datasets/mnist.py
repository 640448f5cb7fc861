# tensorflow.contrib.learn.python.learn.datasets.mnist: read_data_sets is the one
# tensorflow.examples.tutorials.mnist.input_data provides (it reads train_dir's four IDX files,
# else Gradbook's bundled digits); load_mnist is TF's wrapper that reads 'MNIST-data'.
from tensorflow.examples.tutorials.mnist.input_data import read_data_sets

SOURCE_URL = 'https://storage.googleapis.com/cvdf-datasets/mnist/'


def load_mnist(train_dir='MNIST-data'):
    return read_data_sets(train_dir)
