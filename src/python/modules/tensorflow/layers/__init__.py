# tf.layers (TF 1.15): graph-mode layers as functions and classes, written in Python as TF's own
# are, over Gradbook's ops, tf.get_variable and tf.variable_scope.
from tensorflow.layers.base import Layer
from tensorflow.layers.core import Dense, Dropout, Flatten, dense, dropout, flatten
from tensorflow.layers.convolutional import Conv1D, Conv2D, Conv2DTranspose, conv1d, conv2d, conv2d_transpose
from tensorflow.layers.pooling import (MaxPooling1D, MaxPooling2D, AveragePooling1D, AveragePooling2D,
                                       max_pooling1d, max_pooling2d, average_pooling1d, average_pooling2d)
from tensorflow.layers.normalization import BatchNormalization, batch_normalization

Convolution1D = Conv1D
Convolution2D = Conv2D
Convolution2DTranspose = Deconvolution2D = Conv2DTranspose
MaxPool1D = MaxPooling1D
MaxPool2D = MaxPooling2D
AvgPool1D = AveragePooling1D
AvgPool2D = AveragePooling2D
