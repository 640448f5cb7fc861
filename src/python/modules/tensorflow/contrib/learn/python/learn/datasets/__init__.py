# tf.contrib.learn.datasets: load_dataset(name) for the datasets Gradbook can provide, and the
# base (CSV loaders, the Dataset/Datasets tuples) and mnist (read_data_sets) modules.
from tensorflow.contrib.learn.python.learn.datasets import base
from tensorflow.contrib.learn.python.learn.datasets import mnist

# TF 1.15's load_dataset names. iris and boston are CSV files shipped inside TF's wheel and the
# others are downloads or synthetic generators; Gradbook has only the MNIST digits.
DATASETS = {'mnist': mnist.load_mnist}
_NOT_PROVIDED = ('boston', 'dbpedia', 'iris', 'synthetic/circles', 'synthetic/spirals')


def load_dataset(name, size='small', test_with_fake_data=False):
    """Loads a dataset by name; Gradbook provides 'mnist' (its bundled digits or MNIST-data files)."""
    if name in _NOT_PROVIDED:
        raise NotImplementedError(
            "load_dataset('%s') is not supported by Gradbook: only 'mnist' is provided" % name)
    if name not in DATASETS:
        raise ValueError('Name of dataset is not recognized: %s' % name)
    if name == 'mnist' and test_with_fake_data:
        return mnist.read_data_sets('MNIST-data', fake_data=True)
    return DATASETS[name]()
