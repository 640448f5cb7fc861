# tf.keras (TF 1.15) basics for graph-mode programs: layers called on tensors inside tf.Session
# programs, initializers, losses, activations, regularizers, the learning phase, and Sequential /
# Model as callables. Keras's own training loop (compile/fit) raises NotImplementedError.
from tensorflow.keras import activations, backend, initializers, layers, losses, metrics, regularizers, models
from tensorflow.keras.models import Model, Sequential
from tensorflow.keras.layers import Input
