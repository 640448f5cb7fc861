# tf.keras.Sequential and tf.keras.Model as graph-mode callables: a Sequential applies its layers
# in order to a tensor, a Model subclass runs its call(); compiling and training the Keras way
# (compile, fit, evaluate, predict) is not supported: train with a tf.train optimizer and a
# tf.Session.
import tensorflow as tf
from tensorflow.keras.layers import Layer, Dropout, BatchNormalization


def _not_supported(what):
    raise NotImplementedError('%s is not supported by Gradbook: build the loss from the model\'s output tensor and '
                              'train it with a tf.train optimizer in a tf.Session' % what)


class Model(Layer):
    def __init__(self, *args, **kwargs):
        if args or 'inputs' in kwargs or 'outputs' in kwargs:
            _not_supported('tf.keras.Model(inputs, outputs) (the functional API)')
        name = kwargs.pop('name', None)
        trainable = kwargs.pop('trainable', True)
        Layer.__init__(self, trainable=trainable, name=name, **kwargs)

    def _sublayers(self):
        return [v for v in self.__dict__.values() if isinstance(v, Layer)]

    @property
    def layers(self):
        return self._sublayers()

    @property
    def trainable_weights(self):
        out = list(self._trainable_weights)
        for layer in self._sublayers():
            out.extend(layer.trainable_weights)
        return out

    @property
    def non_trainable_weights(self):
        out = list(self._non_trainable_weights)
        for layer in self._sublayers():
            out.extend(layer.non_trainable_weights)
        return out

    trainable_variables = trainable_weights
    non_trainable_variables = non_trainable_weights

    @property
    def weights(self):
        return self.trainable_weights + self.non_trainable_weights

    variables = weights

    @property
    def updates(self):
        out = list(self._updates)
        for layer in self._sublayers():
            out.extend(layer.updates)
        return out

    @property
    def losses(self):
        out = list(self._losses)
        for layer in self._sublayers():
            out.extend(layer.losses)
        return out

    def compile(self, *args, **kwargs):
        _not_supported('Model.compile')

    def fit(self, *args, **kwargs):
        _not_supported('Model.fit')

    def evaluate(self, *args, **kwargs):
        _not_supported('Model.evaluate')

    def predict(self, *args, **kwargs):
        _not_supported('Model.predict')

    def train_on_batch(self, *args, **kwargs):
        _not_supported('Model.train_on_batch')

    def save(self, *args, **kwargs):
        _not_supported('Model.save (use tf.train.Saver)')

    def summary(self, *args, **kwargs):
        _not_supported('Model.summary')


class Sequential(Model):
    def __init__(self, layers=None, name=None):
        Model.__init__(self, name=name)
        self._layers = []
        for layer in layers or []:
            self.add(layer)

    def _sublayers(self):
        return list(self._layers)

    def add(self, layer):
        if not isinstance(layer, Layer):
            raise TypeError('The added layer must be an instance of class Layer. Found: ' + str(layer))
        self._layers.append(layer)

    def pop(self):
        if not self._layers:
            raise TypeError('There are no layers in the model.')
        self._layers.pop()

    def build(self, input_shape):
        self.built = True

    def call(self, inputs, training=None):
        outputs = inputs
        for layer in self._layers:
            if training is not None and isinstance(layer, _TAKES_TRAINING):
                outputs = layer(outputs, training=training)
            else:
                outputs = layer(outputs)
        return outputs


_TAKES_TRAINING = (Dropout, BatchNormalization, Model)
