# tf.layers.Layer: TF 1.15's graph-mode layer base. A layer captures a variable scope on its
# first call (`dense`, `dense_1`, ... or the name it was given), creates its variables there with
# tf.get_variable, and re-enters that scope with reuse on later calls, so one layer object shares
# its weights. Ops go into the scope's name scope (`dense/MatMul`); updates (batch norm's moving
# averages) are added to tf.GraphKeys.UPDATE_OPS after each call.
import re
import tensorflow as tf
from tensorflow.layers import _util


def to_snake_case(name):
    step = re.sub('(.)([A-Z][a-z0-9]+)', r'\1_\2', name)
    snake = re.sub('([a-z])([A-Z])', r'\1_\2', step).lower()
    return snake if snake[0] != '_' else 'private' + snake


class Layer(object):
    def __init__(self, trainable=True, name=None, dtype=None, **kwargs):
        self._scope_arg = kwargs.pop('_scope', None)
        self._reuse = kwargs.pop('_reuse', None)
        # tf.contrib.layers.batch_norm routes the updates itself (updates_collections).
        self._updates_collection = kwargs.pop('_updates_collection', tf.GraphKeys.UPDATE_OPS)
        for key in kwargs:
            if key in ('input_shape', 'batch_input_shape', 'batch_size', 'weights', 'autocast'):
                _util.not_supported(type(self).__name__, key, 'Keras model-building arguments')
            raise TypeError('Keyword argument not understood:', key)
        self.trainable = trainable
        self._name = name
        self._base_name = name if isinstance(name, str) and name else to_snake_case(type(self).__name__)
        self._dtype = None if dtype is None else tf.as_dtype(dtype)
        self.built = False
        self._scope = None
        self._trainable_weights = []
        self._non_trainable_weights = []
        self._updates = []
        self._losses = []

    @property
    def name(self):
        if self._scope is not None:
            return self._scope.name.split('/')[-1]
        return self._base_name

    @property
    def dtype(self):
        return None if self._dtype is None else self._dtype.name

    @property
    def scope_name(self):
        if self._scope is None:
            raise ValueError('No name available for layer scope because the layer "' + self._base_name +
                             '" has not been used yet. The scope name  is determined the first time the layer'
                             ' instance is called. You must therefore call the layer before querying `scope_name`.')
        return self._scope.name

    @property
    def trainable_weights(self):
        return list(self._trainable_weights) if self.trainable else []

    @property
    def non_trainable_weights(self):
        if self.trainable:
            return list(self._non_trainable_weights)
        return self._trainable_weights + self._non_trainable_weights

    trainable_variables = trainable_weights
    non_trainable_variables = non_trainable_weights

    @property
    def weights(self):
        return self.trainable_weights + self.non_trainable_weights

    variables = weights

    @property
    def updates(self):
        return list(self._updates)

    @property
    def losses(self):
        return list(self._losses)

    def build(self, input_shape):
        self.built = True

    def call(self, inputs, **kwargs):
        return inputs

    def compute_output_shape(self, input_shape):
        raise NotImplementedError('compute_output_shape() is not implemented by ' + type(self).__name__)

    def add_weight(self, name, shape, dtype=None, initializer=None, regularizer=None, trainable=True,
                   constraint=None, **kwargs):
        for key in kwargs:
            if kwargs[key] is not None:
                _util.not_supported('add_weight', key)
        variable = tf.get_variable(name, shape=shape, dtype=dtype or self._dtype or tf.float32,
                                   initializer=_util.initializer(initializer), regularizer=regularizer,
                                   trainable=trainable and self.trainable, constraint=constraint)
        tracked = self._trainable_weights if trainable and self.trainable else self._non_trainable_weights
        if variable not in self._trainable_weights and variable not in self._non_trainable_weights:
            tracked.append(variable)
        return variable

    def add_update(self, updates, inputs=None):
        self._updates.extend(updates if isinstance(updates, (list, tuple)) else [updates])

    def add_loss(self, losses, inputs=None):
        new = losses if isinstance(losses, (list, tuple)) else [losses]
        self._losses.extend(new)
        for loss in new:
            tf.add_to_collection(tf.GraphKeys.REGULARIZATION_LOSSES, loss)

    def get_weights(self):
        return tf.get_default_session().run(self.weights)

    def _set_scope(self):
        if self._scope is not None:
            return
        if isinstance(self._scope_arg, tf.VariableScope):
            self._scope = self._scope_arg
            return
        if self._reuse:
            with tf.variable_scope(self._scope_arg if self._scope_arg is not None else self._base_name) as scope:
                self._scope = scope
        else:
            with tf.variable_scope(self._scope_arg, default_name=self._base_name) as scope:
                self._scope = scope

    def __call__(self, inputs, *args, **kwargs):
        inputs = _util.to_tensors(inputs)
        if self._dtype is None:
            first = inputs[0] if isinstance(inputs, (list, tuple)) else inputs
            self._dtype = first.dtype.base_dtype
        self._set_scope()
        seen_updates = len(self._updates)
        reuse = True if self.built else self._reuse
        with tf.variable_scope(self._scope, reuse=reuse, auxiliary_name_scope=False):
            with tf.name_scope(self._scope.original_name_scope):
                if not self.built:
                    self.build(_util.shapes_of(inputs))
                    self.built = True
                outputs = self.call(inputs, *args, **kwargs)
        if self._updates_collection is not None:
            for update in self._updates[seen_updates:]:
                tf.add_to_collection(self._updates_collection, update)
        return outputs

    def apply(self, inputs, *args, **kwargs):
        return self.__call__(inputs, *args, **kwargs)

    def __repr__(self):
        return '<tensorflow.python.layers.%s object>' % type(self).__name__
