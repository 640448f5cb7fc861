# Models: aymericdamien/TensorFlow-Examples examples/1_Introduction/helloworld.py
# Checks: a string constant fetched through a Session comes back as Python bytes (TF1 on Python 3).
from __future__ import print_function

import tensorflow as tf

# A constant op holding a string; the value lives in the graph.
greeting = tf.constant('Hello, TensorFlow!')

session = tf.Session()
print(session.run(greeting))
session.close()

# expect-line: b'Hello, TensorFlow!'
