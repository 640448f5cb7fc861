# Writes the bundled MNIST digits as Gradbook programs see them (run with gradbook; see README.md).
import numpy as np
from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)
for name, a in [('trX', mnist.train.images), ('trY', mnist.train.labels), ('teX', mnist.test.images), ('teY', mnist.test.labels)]:
    open(name + '.txt', 'w').write(' '.join(repr(float(x)) for x in a.ravel().tolist()))
print(mnist.train.images.shape, mnist.train.images.dtype, mnist.train.images.max(), mnist.train.labels[:3])
