# tf.keras.Sequential and tf.keras.Model (TF 1.13) in graph mode. A Sequential whose first layer
# knows its input shape (input_shape=, input_dim=, batch_input_shape=) builds its graph at once:
# a placeholder `<first layer>_input` and the layers applied in order at the top level, so the
# variables are `dense/kernel:0`, `dense_1/kernel:0`; otherwise the first fit/evaluate/predict
# builds it from the data's shape. Model(inputs, outputs) is the functional API: its layers are
# the Keras layer calls that lead from the inputs to the outputs. Both are also callables on
# tensors, and compile/fit/evaluate/predict train them in the Keras backend session (training.py).
import tensorflow as tf
from tensorflow.keras.layers import Layer, InputLayer, Dropout, BatchNormalization, layer_calls
from tensorflow.keras.training import Trainable


def _ancestors(tensors):
    """Names of the tensors the given ones are computed from (themselves included)."""
    seen = set()
    stack = list(tensors)
    while stack:
        t = stack.pop()
        if t.name in seen:
            continue
        seen.add(t.name)
        stack.extend(t.op.inputs)
    return seen


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


class Model(Trainable, Layer):
    def __init__(self, *args, **kwargs):
        inputs = kwargs.pop('inputs', args[0] if len(args) > 0 else None)
        outputs = kwargs.pop('outputs', args[1] if len(args) > 1 else None)
        name = kwargs.pop('name', None)
        trainable = kwargs.pop('trainable', True)
        Layer.__init__(self, trainable=trainable, name=name, **kwargs)
        Trainable.__init__(self)
        self._functional = inputs is not None
        if self._functional:
            if outputs is None:
                raise ValueError('Model(inputs, outputs) needs both the input and the output tensors.')
            self._inputs = _as_list(inputs)
            self._outputs = _as_list(outputs)
            needed = _ancestors(self._outputs)
            self._layers = []
            self._calls = []
            for layer, ins, out in layer_calls():
                if all(t.name in needed for t in _as_list(out)):
                    self._calls.append((layer, ins, out))
                    if layer not in self._layers:
                        self._layers.append(layer)
            self._input_layers = [InputLayer(input_tensor=t) for t in self._inputs]
            self.built = True

    def _sublayers(self):
        if self._functional:
            return list(self._layers)
        return [v for v in self.__dict__.values() if isinstance(v, Layer) and not isinstance(v, InputLayer)]

    def _summary_layers(self):
        if self._functional:
            return self._input_layers + self._layers
        return self._sublayers()

    @property
    def layers(self):
        return self._summary_layers()

    @property
    def inputs(self):
        return self._inputs

    @property
    def outputs(self):
        return self._outputs

    @property
    def input(self):
        return self._inputs[0] if len(self._inputs) == 1 else self._inputs

    @property
    def output(self):
        return self._outputs[0] if len(self._outputs) == 1 else self._outputs

    def get_layer(self, name=None, index=None):
        layers = self.layers
        if index is not None:
            if len(layers) <= index:
                raise ValueError('Was asked to retrieve layer at index ' + str(index) + ' but model only has ' +
                                 str(len(layers)) + ' layers.')
            return layers[index]
        for layer in layers:
            if layer.name == name:
                return layer
        raise ValueError('No such layer: ' + str(name))

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

    def call(self, inputs, training=None):
        """A functional model on new tensors: its layer calls replayed in order, with the same weights."""
        if not self._functional:
            raise NotImplementedError('Model subclasses must define call().')
        new = dict((t.name, x) for t, x in zip(self._inputs, _as_list(inputs)))
        for layer, ins, out in self._calls:
            args = [new[t.name] for t in _as_list(ins)]
            args = args if isinstance(ins, (list, tuple)) else args[0]
            if training is not None and isinstance(layer, _TAKES_TRAINING):
                result = layer(args, training=training)
            else:
                result = layer(args)
            for t, r in zip(_as_list(out), _as_list(result)):
                new[t.name] = r
        outputs = [new[t.name] for t in self._outputs]
        return outputs[0] if len(outputs) == 1 else outputs

    def _declared_input_shape(self):
        return None

    def _build_graph(self, data_shape):
        """A subclassed model: a placeholder shaped like the data, and the model called on it."""
        placeholder = tf.placeholder(tf.float32, [None] + list(data_shape[1:]), name='input_1')
        self._inputs = [placeholder]
        self._outputs = [self(placeholder)]

    def save(self, *args, **kwargs):
        raise NotImplementedError('Model.save is not supported by Gradbook: save the weights with '
                                  'model.save_weights(path) (TF checkpoint format)')


class Sequential(Model):
    def __init__(self, layers=None, name=None):
        Model.__init__(self, name=name)
        self._layers = []
        for layer in layers or []:
            self.add(layer)

    def _sublayers(self):
        return [layer for layer in self._layers if not isinstance(layer, InputLayer)]

    def _summary_layers(self):
        return self._sublayers()

    def add(self, layer):
        if not isinstance(layer, Layer):
            raise TypeError('The added layer must be an instance of class Layer. Found: ' + str(layer))
        self._layers.append(layer)
        self._inputs = None

    def pop(self):
        if not self._layers:
            raise TypeError('There are no layers in the model.')
        self._layers.pop()
        self._inputs = None

    def _declared_input_shape(self):
        if self._layers and isinstance(self._layers[0], InputLayer):
            return self._layers[0]._last_output.get_shape().as_list()
        return _declared_input_shape(self._layers[0]) if self._layers else None

    def _build_graph(self, data_shape):
        if isinstance(self._layers[0], InputLayer):
            placeholder = self._layers[0]._last_output
        else:
            placeholder = tf.placeholder(tf.float32, [None] + list(data_shape[1:]), name=self._layers[0].name + '_input')
        self._inputs = [placeholder]
        self._outputs = [self.call(placeholder)]

    def build(self, input_shape):
        self.built = True

    def predict_proba(self, x, batch_size=32, verbose=0):
        # Keras 2.2 Sequential.predict_proba: predict, with a warning when the outputs are not probabilities.
        preds = self.predict(x, batch_size=batch_size, verbose=verbose)
        if preds.min() < 0. or preds.max() > 1.:
            print('Network returning invalid probability values. The last layer might not normalize '
                  'predictions into probabilities (like softmax or sigmoid would).')
        return preds

    def predict_classes(self, x, batch_size=32, verbose=0):
        # Keras 2.2 Sequential.predict_classes: argmax over the last axis, or > 0.5 for one output unit.
        proba = self.predict(x, batch_size=batch_size, verbose=verbose)
        if proba.shape[-1] > 1:
            return proba.argmax(axis=-1)
        return (proba > 0.5).astype('int32')

    def call(self, inputs, training=None):
        outputs = inputs
        for layer in self._layers:
            if training is not None and isinstance(layer, _TAKES_TRAINING):
                outputs = layer(outputs, training=training)
            else:
                outputs = layer(outputs)
        return outputs


def _declared_input_shape(layer):
    """[None] + the shape a first layer declares (input_shape, input_dim or batch_input_shape), or None."""
    args = layer._model_shape_args
    if args.get('batch_input_shape') is not None:
        return list(args['batch_input_shape'])
    if args.get('input_shape') is not None:
        return [args.get('batch_size')] + list(args['input_shape'])
    if args.get('input_dim') is not None:
        return [args.get('batch_size'), args['input_dim']]
    return None


_TAKES_TRAINING = (Dropout, BatchNormalization, Model)


def load_model(filepath, custom_objects=None, compile=True):
    raise NotImplementedError('tf.keras.models.load_model is not supported by Gradbook (it reads HDF5 / SavedModel '
                              'files): rebuild the model in code and call model.load_weights(path)')
