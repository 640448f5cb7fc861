# tensorflow.contrib.learn.python.learn: only its datasets and preprocessing packages are provided (see
# tensorflow/contrib/learn/__init__.py for the names that are refused).
from tensorflow.contrib.learn.python.learn import datasets
from tensorflow.contrib.learn.python.learn import preprocessing
