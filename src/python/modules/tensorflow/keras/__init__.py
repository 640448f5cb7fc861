# tf.keras (TF 1.13-1.15) for graph-mode programs: layers called on tensors inside tf.Session
# programs, initializers, losses, activations, regularizers, the learning phase, and Sequential /
# Model both as callables and with Keras's own training loop (compile, fit, evaluate, predict),
# which runs in the Keras backend session.
from tensorflow.keras import activations, backend, initializers, layers, losses, metrics, regularizers, models
from tensorflow.keras import optimizers, callbacks, utils, datasets, preprocessing
from tensorflow.keras.models import Model, Sequential
from tensorflow.keras.layers import Input
