# tf.contrib.learn.datasets: load_dataset(name) for the datasets Gradbook can provide, and the
# base (CSV loaders, the Dataset/Datasets tuples) and mnist (read_data_sets) modules.
from tensorflow.contrib.learn.python.learn.datasets import base
from tensorflow.contrib.learn.python.learn.datasets import mnist

# TF 1.15's load_dataset names. iris is the CSV TF shipped in its wheel (bundled here); boston is
# also such a file but is not bundled, and the others are downloads or synthetic generators.
DATASETS = {'mnist': mnist.load_mnist, 'iris': base.load_iris}
_NOT_PROVIDED = ('boston', 'dbpedia', 'synthetic/circles', 'synthetic/spirals')

load_iris = base.load_iris
load_boston = base.load_boston


def load_dataset(name, size='small', test_with_fake_data=False):
    """Loads a dataset by name; Gradbook provides 'mnist' (its bundled digits or MNIST-data files) and 'iris'."""
    if name in _NOT_PROVIDED:
        raise NotImplementedError(
            "load_dataset('%s') is not supported by Gradbook: only 'mnist' and 'iris' are provided" % name)
    if name not in DATASETS:
        raise ValueError('Name of dataset is not recognized: %s' % name)
    if name == 'mnist' and test_with_fake_data:
        return mnist.read_data_sets('MNIST-data', fake_data=True)
    return DATASETS[name]()
