# tensorflow.contrib.learn.python: the package path TF's own files use
# (tensorflow.contrib.learn.python.learn.datasets.mnist).
