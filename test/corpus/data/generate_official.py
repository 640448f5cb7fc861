"""Writes the data files of the TensorFlow-examples corpus programs (run once:
python3 data/generate_official.py): synthetic values in the layouts the official examples read.

- abalone_train.csv / abalone_test.csv / abalone_predict.csv: the layout of
  download.tensorflow.org/data/abalone_*.csv that tutorials/estimators/abalone.py reads with
  load_csv_without_header: no header, seven float measurements (length, diameter, height, whole,
  shucked, viscera and shell weight) then the integer age (rings).
"""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.RandomState(1604)


def path(name):
    return os.path.join(HERE, name)


def abalone_rows(n):
    length = rng.uniform(0.15, 0.75, n)
    diameter = 0.8 * length + rng.normal(0, 0.01, n)
    height = 0.27 * length + rng.normal(0, 0.01, n)
    whole = 2.0 * length ** 3 * 3.0 + rng.normal(0, 0.02, n)
    shucked = 0.43 * whole + rng.normal(0, 0.01, n)
    viscera = 0.22 * whole + rng.normal(0, 0.005, n)
    shell = 0.29 * whole + rng.normal(0, 0.01, n)
    features = np.column_stack([length, diameter, height, whole, shucked, viscera, shell])
    features = np.round(np.abs(features), 4)
    age = np.round(4.0 + 10.0 * length + 12.0 * features[:, 6] + rng.normal(0, 1.5, n)).astype(int)
    return features, np.clip(age, 1, 29)


def abalone():
    for name, n in (('abalone_train.csv', 1000), ('abalone_test.csv', 250), ('abalone_predict.csv', 7)):
        features, age = abalone_rows(n)
        with open(path(name), 'w') as f:
            for row, y in zip(features, age):
                f.write(','.join('%.4f' % v for v in row) + ',%d\n' % y)


if __name__ == '__main__':
    abalone()
