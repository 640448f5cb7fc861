"""tf.feature_column: numeric_column and input_layer (the dense input the premade estimators use).
Categorical, bucketized, embedding and crossed columns are not supported yet."""

import tensorflow as tf


class _NumericColumn(object):
    """A dense feature read from features[key], shaped [batch] + shape."""

    def __init__(self, key, shape, default_value, dtype, normalizer_fn):
        self.key = key
        self.shape = shape
        self.default_value = default_value
        self.dtype = dtype
        self.normalizer_fn = normalizer_fn

    @property
    def name(self):
        return self.key

    @property
    def variable_shape(self):
        return tf.TensorShape(self.shape)

    def _size(self):
        size = 1
        for d in self.shape:
            size *= d
        return size

    def dense_tensor(self, features):
        value = features[self.key]
        value = tf.cast(value, self.dtype) if value.dtype.base_dtype != self.dtype else value
        if self.normalizer_fn is not None:
            value = self.normalizer_fn(value)
        return tf.reshape(tf.cast(value, tf.float32), [-1, self._size()])

    def __repr__(self):
        return ("NumericColumn(key='%s', shape=%s, default_value=%s, dtype=%s, normalizer_fn=%s)"
                % (self.key, self.shape, self.default_value, self.dtype, self.normalizer_fn))


def numeric_column(key, shape=(1,), default_value=None, dtype=tf.float32, normalizer_fn=None):
    """A real-valued feature column."""
    if isinstance(shape, int):
        shape = (shape,)
    shape = tuple(int(d) for d in shape)
    if default_value is not None:
        raise NotImplementedError('numeric_column() argument default_value is not supported by Gradbook')
    return _NumericColumn(key, shape, default_value, dtype, normalizer_fn)


def _sorted(feature_columns):
    columns = list(feature_columns)
    for column in columns:
        if not isinstance(column, _NumericColumn):
            raise NotImplementedError('feature column %r is not supported by Gradbook: only numeric_column is' % (column,))
    return sorted(columns, key=lambda c: c.name)


def input_layer(features, feature_columns, weight_collections=None, trainable=True, cols_to_vars=None,
                cols_to_output_tensors=None):
    """The columns' dense tensors (sorted by name, as TF) concatenated along axis 1."""
    with tf.variable_scope(None, default_name='input_layer'):
        tensors = []
        for column in _sorted(feature_columns):
            with tf.variable_scope(None, default_name=column.name):
                tensors.append(column.dense_tensor(features))
        return tensors[0] if len(tensors) == 1 else tf.concat(tensors, 1)


def _unsupported(name):
    def column(*args, **kwargs):
        raise NotImplementedError('tf.feature_column.%s() is not supported by Gradbook: only numeric_column is' % name)
    column.__name__ = name
    return column


categorical_column_with_vocabulary_list = _unsupported('categorical_column_with_vocabulary_list')
categorical_column_with_vocabulary_file = _unsupported('categorical_column_with_vocabulary_file')
categorical_column_with_hash_bucket = _unsupported('categorical_column_with_hash_bucket')
categorical_column_with_identity = _unsupported('categorical_column_with_identity')
bucketized_column = _unsupported('bucketized_column')
indicator_column = _unsupported('indicator_column')
embedding_column = _unsupported('embedding_column')
crossed_column = _unsupported('crossed_column')
linear_model = _unsupported('linear_model')
