# tensorflow.contrib.learn.python.learn: the datasets package, the estimators (contrib Estimator,
# SKCompat, the canned DNN/linear models) and learn_io (see tensorflow/contrib/learn/__init__.py
# for the names that are refused).
from tensorflow.contrib.learn.python.learn import datasets
from tensorflow.contrib.learn.python.learn import estimators
from tensorflow.contrib.learn.python.learn import learn_io
from tensorflow.contrib.learn.python.learn import preprocessing
