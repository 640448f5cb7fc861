# tensorflow.contrib.learn.python.learn: only its datasets package is provided (see
# tensorflow/contrib/learn/__init__.py for the names that are refused).
from tensorflow.contrib.learn.python.learn import datasets
