# tensorflow.contrib.learn.python.learn.datasets.base: the Dataset/Datasets tuples and TF 1.x's
# CSV loaders. load_csv_with_header reads a header row whose first two fields are the sample and
# feature counts (TF's iris files: "120,4,setosa,versicolor,virginica"), then one row per sample;
# the target column is taken out of each row and the rest are the features.
import collections
import csv
import io

import numpy as np
import tensorflow as tf

Dataset = collections.namedtuple('Dataset', ['data', 'target'])
Datasets = collections.namedtuple('Datasets', ['train', 'validation', 'test'])


def _numbers(fields, dtype):
    # Numbers parsed as Python does, then stored in the requested dtype (NumPy casts a string
    # field the same way, by parsing it).
    kind = np.dtype(dtype).kind
    parse = float if kind == 'f' else int if kind in 'iu' else None
    return [parse(f) for f in fields] if parse is not None else list(fields)


def _target_index(target_column, n_columns):
    if target_column >= n_columns or target_column < -n_columns:
        raise IndexError('pop index out of range')
    return target_column % n_columns


def _with_header(csv_file, target_dtype, features_dtype, target_column):
    reader = csv.reader(csv_file)
    header = next(reader)
    n_samples = int(header[0])
    n_features = int(header[1])
    data = np.zeros((n_samples, n_features), dtype=features_dtype)
    target = np.zeros((n_samples,), dtype=target_dtype)
    for i, row in enumerate(reader):
        column = _target_index(target_column, len(row))
        target[i] = _numbers([row[column]], target_dtype)[0]
        data[i] = _numbers(row[:column] + row[column + 1:], features_dtype)
    return Dataset(data=data, target=target)


def load_csv_with_header(filename, target_dtype, features_dtype, target_column=-1):
    """Loads a CSV file with a header row 'n_samples,n_features,...' into Dataset(data, target)."""
    with tf.gfile.Open(filename) as csv_file:
        return _with_header(csv_file, target_dtype, features_dtype, target_column)


def load_csv_without_header(filename, target_dtype, features_dtype, target_column=-1):
    """Loads a CSV file without a header row into Dataset(data, target)."""
    with tf.gfile.Open(filename) as csv_file:
        rows = list(csv.reader(csv_file))
    targets, features = [], []
    for row in rows:
        column = _target_index(target_column, len(row))
        targets.append(_numbers([row[column]], target_dtype)[0])
        features.append(_numbers(row[:column] + row[column + 1:], features_dtype))
    return Dataset(data=np.array(features, dtype=features_dtype), target=np.array(targets, dtype=target_dtype))


def load_iris(data_path=None):
    """Fisher's iris flowers (150 rows, 4 float64 features, int targets 0-2) as Dataset(data, target).
    Without data_path the copy TF shipped in its wheel is read (bundled here, see _iris_csv.py)."""
    if data_path is not None:
        return load_csv_with_header(data_path, target_dtype=np.int, features_dtype=np.float)
    from _iris_csv import IRIS_CSV
    return _with_header(io.StringIO(IRIS_CSV), np.int, np.float, -1)


def load_boston(data_path=None):
    raise NotImplementedError('load_boston() is not supported by Gradbook: the boston_house_prices.csv it reads '
                              'ships inside TensorFlow\'s wheel and is not bundled')
