# tf.keras.layers in TF 1.15 graph mode. The layers compute as tf.layers' do; what differs is
# naming and variables: a Keras layer's name is unique per graph from its construction (`dense`,
# `dense_1`, independent of variable scopes), its variables are tf.Variables made under the
# layer's name scope (`dense/kernel:0`, not shared through get_variable), Dropout and
# BatchNormalization read the Keras learning phase when no `training` is given, and updates
# and regularization losses stay on the layer (`layer.updates`, `layer.losses`), not in graph
# collections.
import tensorflow as tf
from tensorflow.layers import _util, base, core, convolutional, pooling, normalization
from tensorflow.keras import backend

_names = {}
# Every layer call of the current graph as (layer, inputs, outputs), in call order: a functional
# tf.keras.Model(inputs, outputs) finds its layers here (those whose outputs lead to its outputs).
_calls = {}
_MODEL_SHAPE_ARGS = ('input_shape', 'input_dim', 'batch_input_shape', 'batch_size')


def unique_name(base_name, zero_based=True):
    graph = tf.get_default_graph()
    if graph not in _names:
        _names.clear()
        _names[graph] = {}
    counts = _names[graph]
    number = counts.get(base_name, 0)
    counts[base_name] = number + 1
    if not zero_based:
        return '%s_%d' % (base_name, number + 1)
    return base_name if number == 0 else '%s_%d' % (base_name, number)


class Layer(base.Layer):
    def __init__(self, *args, **kwargs):
        # Shapes for Sequential's first layer: a layer called on a tensor takes the tensor's shape.
        self._model_shape_args = dict((k, kwargs.pop(k)) for k in _MODEL_SHAPE_ARGS if k in kwargs)
        super(Layer, self).__init__(*args, **kwargs)
        self._keras_name = self._name or unique_name(base.to_snake_case(type(self).__name__))

    @property
    def name(self):
        return self._keras_name

    def add_weight(self, name, shape, dtype=None, initializer=None, regularizer=None, trainable=True,
                   constraint=None, **kwargs):
        for key in kwargs:
            if kwargs[key] is not None:
                _util.not_supported('add_weight', key)
        dtype = tf.as_dtype(dtype or self._dtype or tf.float32)
        init = _util.initializer(initializer) or tf.glorot_uniform_initializer()
        variable = tf.Variable(lambda: init(list(shape), dtype=dtype), name=name, dtype=dtype,
                               trainable=trainable and self.trainable, constraint=constraint)
        (self._trainable_weights if trainable and self.trainable else self._non_trainable_weights).append(variable)
        if regularizer is not None:
            with tf.name_scope(name + '/Regularizer'):
                self._losses.append(regularizer(variable))
        return variable

    def add_loss(self, losses, inputs=None):
        self._losses.extend(losses if isinstance(losses, (list, tuple)) else [losses])

    def __call__(self, inputs, *args, **kwargs):
        inputs = _util.to_tensors(inputs)
        if self._dtype is None:
            first = inputs[0] if isinstance(inputs, (list, tuple)) else inputs
            self._dtype = first.dtype.base_dtype
        with tf.name_scope(self.name):
            if not self.built:
                self.build(_util.shapes_of(inputs))
                self.built = True
            outputs = self.call(inputs, *args, **kwargs)
        graph = tf.get_default_graph()
        if graph not in _calls:
            _calls.clear()
            _calls[graph] = []
        _calls[graph].append((self, inputs, outputs))
        self._last_input = inputs
        self._last_output = outputs
        return outputs

    # A Keras layer's weights live in the Keras session (backend.get_session: the default session
    # if one is open, else the one Keras keeps).
    def get_weights(self):
        weights = self.weights
        return list(backend.get_session().run(weights)) if weights else []

    def set_weights(self, weights):
        params = self.weights
        if len(weights) != len(params):
            raise ValueError('You called `set_weights(weights)` on layer "%s" with a  weight list of length %d, but '
                             'the layer was expecting %d weights.' % (self.name, len(weights), len(params)))
        for variable, value in zip(params, weights):
            backend.set_value(variable, value)

    # Keras's layer.input / layer.output: the tensors of the layer's (last) call in graph mode.
    @property
    def input(self):
        if getattr(self, '_last_input', None) is None:
            raise AttributeError('Layer ' + self.name + ' is not connected, no input to return.')
        return self._last_input

    @property
    def output(self):
        if getattr(self, '_last_output', None) is None:
            raise AttributeError('Layer ' + self.name + ' has no inbound nodes.')
        return self._last_output

    def count_params(self):
        total = 0
        for w in self.weights:
            count = 1
            for d in w.get_shape().as_list():
                count *= d
            total += count
        return total


def layer_calls():
    return _calls.get(tf.get_default_graph(), [])


class InputLayer(Layer):
    """A placeholder as a layer: the first layer of a Sequential, or the row a functional model's summary
    shows for each of its inputs."""
    def __init__(self, input_shape=None, batch_size=None, dtype=None, input_tensor=None, sparse=False, name=None,
                 batch_input_shape=None):
        if sparse:
            _util.not_supported('InputLayer', 'sparse', 'sparse inputs')
        if input_tensor is None:
            if batch_input_shape is not None:
                shape = list(batch_input_shape)
            elif input_shape is not None:
                shape = [batch_size] + list(input_shape)
            else:
                raise ValueError('An InputLayer needs an input_shape, a batch_input_shape or an input_tensor')
            name = name or unique_name('input', zero_based=False)
            input_tensor = tf.placeholder(dtype or tf.float32, shape, name=name)
        Layer.__init__(self, name=name or input_tensor.op.name)
        self._last_input = input_tensor
        self._last_output = input_tensor
        self.built = True

    def __call__(self, inputs, *args, **kwargs):
        return inputs


def _phase(training):
    return backend.learning_phase() if training is None else training


class Dense(Layer, core.Dense):
    pass


class Flatten(Layer, core.Flatten):
    pass


class Dropout(Layer, core.Dropout):
    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        Layer.__init__(self, rate, noise_shape=noise_shape, seed=seed, **kwargs)

    def call(self, inputs, training=None):
        return core.Dropout.call(self, inputs, training=_phase(training))


class BatchNormalization(Layer, normalization.BatchNormalization):
    def call(self, inputs, training=None):
        return normalization.BatchNormalization.call(self, inputs, training=_phase(training))


class Conv1D(Layer, convolutional.Conv1D):
    pass


class Conv2D(Layer, convolutional.Conv2D):
    pass


class Conv2DTranspose(Layer, convolutional.Conv2DTranspose):
    pass


class MaxPooling1D(Layer, pooling.MaxPooling1D):
    def __init__(self, pool_size=2, strides=None, padding='valid', data_format='channels_last', **kwargs):
        Layer.__init__(self, pool_size, strides, padding=padding, data_format=data_format, **kwargs)


class AveragePooling1D(Layer, pooling.AveragePooling1D):
    def __init__(self, pool_size=2, strides=None, padding='valid', data_format='channels_last', **kwargs):
        Layer.__init__(self, pool_size, strides, padding=padding, data_format=data_format, **kwargs)


class MaxPooling2D(Layer, pooling.MaxPooling2D):
    def __init__(self, pool_size=(2, 2), strides=None, padding='valid', data_format=None, **kwargs):
        Layer.__init__(self, pool_size, strides, padding=padding, data_format=data_format, **kwargs)


class AveragePooling2D(Layer, pooling.AveragePooling2D):
    def __init__(self, pool_size=(2, 2), strides=None, padding='valid', data_format=None, **kwargs):
        Layer.__init__(self, pool_size, strides, padding=padding, data_format=data_format, **kwargs)


class Activation(Layer):
    def __init__(self, activation, **kwargs):
        Layer.__init__(self, **kwargs)
        self.activation = _util.activation(activation)

    def call(self, inputs):
        return self.activation(inputs) if self.activation is not None else inputs


class Reshape(Layer):
    def __init__(self, target_shape, **kwargs):
        Layer.__init__(self, **kwargs)
        self.target_shape = tuple(target_shape)

    def call(self, inputs):
        batch = inputs.get_shape().as_list()[0]
        return tf.reshape(inputs, [batch if batch is not None else -1] + list(self.target_shape))


class Lambda(Layer):
    def __init__(self, function, output_shape=None, mask=None, arguments=None, **kwargs):
        Layer.__init__(self, **kwargs)
        self.function = function
        self.arguments = arguments or {}

    def call(self, inputs):
        return self.function(inputs, **self.arguments)


class Embedding(Layer):
    def __init__(self, input_dim, output_dim, embeddings_initializer='uniform', embeddings_regularizer=None,
                 activity_regularizer=None, embeddings_constraint=None, mask_zero=False, input_length=None, **kwargs):
        if activity_regularizer is not None:
            _util.not_supported('Embedding', 'activity_regularizer', 'activity regularizers')
        if mask_zero:
            _util.not_supported('Embedding', 'mask_zero', 'Keras masking')
        if input_length is not None and 'input_shape' not in kwargs and 'batch_input_shape' not in kwargs:
            kwargs['input_shape'] = (input_length,)  # as Keras: the first layer of a Sequential declares its input
        Layer.__init__(self, **kwargs)
        self.input_dim = input_dim
        self.output_dim = output_dim
        self.embeddings_initializer = embeddings_initializer
        self.embeddings_regularizer = embeddings_regularizer
        self.embeddings_constraint = embeddings_constraint

    def build(self, input_shape):
        init = self.embeddings_initializer
        if init == 'uniform':
            init = tf.random_uniform_initializer(-0.05, 0.05)
        self.embeddings = self.add_weight('embeddings', [self.input_dim, self.output_dim], dtype=tf.float32,
                                          initializer=init, regularizer=self.embeddings_regularizer,
                                          constraint=self.embeddings_constraint)
        self.built = True

    def call(self, inputs):
        if inputs.dtype not in (tf.int32, tf.int64):
            inputs = tf.cast(inputs, tf.int32)
        return tf.nn.embedding_lookup(self.embeddings, inputs)

    def __call__(self, inputs, *args, **kwargs):
        self._dtype = tf.float32
        return Layer.__call__(self, inputs, *args, **kwargs)


class LSTM(Layer):
    """Keras 2.2 LSTM (TF 1.13 defaults: recurrent_activation='hard_sigmoid', unit_forget_bias),
    unrolled over the static time axis of a [batch, time, features] input. The kernel's columns are
    the gates i, f, c, o: z = x_t kernel + h recurrent_kernel + bias, i = ra(z_i), f = ra(z_f),
    c = f c + i act(z_c), o = ra(z_o), h = o act(c). Returns the last h, or every h with
    return_sequences=True."""
    def __init__(self, units, activation='tanh', recurrent_activation='hard_sigmoid', use_bias=True,
                 kernel_initializer='glorot_uniform', recurrent_initializer='orthogonal', bias_initializer='zeros',
                 unit_forget_bias=True, kernel_regularizer=None, recurrent_regularizer=None, bias_regularizer=None,
                 activity_regularizer=None, kernel_constraint=None, recurrent_constraint=None, bias_constraint=None,
                 dropout=0., recurrent_dropout=0., implementation=1, return_sequences=False, return_state=False,
                 go_backwards=False, stateful=False, unroll=False, **kwargs):
        unsupported = [('activity_regularizer', activity_regularizer is not None),
                       ('dropout', dropout != 0), ('recurrent_dropout', recurrent_dropout != 0),
                       ('return_state', return_state), ('go_backwards', go_backwards), ('stateful', stateful),
                       ('kernel_constraint', kernel_constraint is not None),
                       ('recurrent_constraint', recurrent_constraint is not None),
                       ('bias_constraint', bias_constraint is not None)]
        for arg, given in unsupported:
            if given:
                _util.not_supported('LSTM', arg)
        Layer.__init__(self, **kwargs)
        self.units = units
        self.activation = _util.activation(activation)
        self.recurrent_activation = _util.activation(recurrent_activation)
        self.use_bias = use_bias
        self.kernel_initializer = kernel_initializer
        self.recurrent_initializer = recurrent_initializer
        self.bias_initializer = bias_initializer
        self.unit_forget_bias = unit_forget_bias
        self.kernel_regularizer = kernel_regularizer
        self.recurrent_regularizer = recurrent_regularizer
        self.bias_regularizer = bias_regularizer
        self.return_sequences = return_sequences

    def build(self, input_shape):
        input_dim = input_shape.as_list()[-1] if hasattr(input_shape, 'as_list') else list(input_shape)[-1]
        u = self.units
        self.kernel = self.add_weight('kernel', [input_dim, 4 * u], initializer=self.kernel_initializer,
                                      regularizer=self.kernel_regularizer)
        self.recurrent_kernel = self.add_weight('recurrent_kernel', [u, 4 * u], initializer=self.recurrent_initializer,
                                                regularizer=self.recurrent_regularizer)
        if self.use_bias:
            if self.unit_forget_bias:
                base_init = _util.initializer(self.bias_initializer)

                def bias_init(shape, dtype=tf.float32, partition_info=None):
                    return tf.concat([base_init([u], dtype=dtype), tf.ones([u], dtype=dtype),
                                      base_init([2 * u], dtype=dtype)], 0)
                init = bias_init
            else:
                init = self.bias_initializer
            self.bias = self.add_weight('bias', [4 * u], initializer=init, regularizer=self.bias_regularizer)
        else:
            self.bias = None
        self.built = True

    def call(self, inputs):
        steps = inputs.get_shape().as_list()[1]
        if steps is None:
            raise NotImplementedError('LSTM needs a static number of time steps in Gradbook (it unrolls them); '
                                      'give the input a fixed length (input_length= / input_shape=)')
        u = self.units
        batch = inputs.get_shape().as_list()[0]
        h = tf.zeros(tf.stack([tf.shape(inputs)[0], u]) if batch is None else [batch, u], dtype=inputs.dtype)
        c = h
        outputs = []
        for t in range(steps):
            z = tf.matmul(inputs[:, t, :], self.kernel) + tf.matmul(h, self.recurrent_kernel)
            if self.bias is not None:
                z = z + self.bias
            i = self.recurrent_activation(z[:, :u])
            f = self.recurrent_activation(z[:, u:2 * u])
            c = f * c + i * self.activation(z[:, 2 * u:3 * u])
            o = self.recurrent_activation(z[:, 3 * u:])
            h = o * self.activation(c)
            outputs.append(h)
        return tf.stack(outputs, axis=1) if self.return_sequences else h


def Input(shape=None, batch_size=None, name=None, dtype=None, sparse=False, tensor=None, **kwargs):
    """A placeholder of [batch_size] + shape named input_1, input_2, ... (the graph-mode Keras Input)."""
    if sparse:
        _util.not_supported('Input', 'sparse', 'sparse inputs')
    if tensor is not None:
        return tensor
    if shape is None:
        raise ValueError('Please provide to Input either a `shape` or a `batch_shape` argument. Note that '
                         '`shape` does not include the batch dimension.')
    return tf.placeholder(dtype or tf.float32, [batch_size] + list(shape), name=name or unique_name('input', zero_based=False))


Convolution1D = Conv1D
Convolution2D = Conv2D
Convolution2DTranspose = Conv2DTranspose
MaxPool1D = MaxPooling1D
MaxPool2D = MaxPooling2D
AvgPool1D = AveragePooling1D
AvgPool2D = AveragePooling2D
