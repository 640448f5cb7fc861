# tensorflow.python: the private package some TF1 programs import from directly (the TF Machine
# Learning Cookbook's `from tensorflow.python.framework import ops`, the Machine Learning Crash
# Course's `from tensorflow.python.data import Dataset`). Only the modules in framework/ and data/
# exist; other private modules raise ModuleNotFoundError.
