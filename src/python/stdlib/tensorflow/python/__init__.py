# tensorflow.python: the private package some TF1 programs import from directly (the TF Machine
# Learning Cookbook's `from tensorflow.python.framework import ops`). Only the modules listed in
# framework/ exist; other private modules raise ModuleNotFoundError.
