# tf.contrib.layers' feature columns (TF 1.15 contrib/layers/python/layers/feature_column.py), the
# dense part the contrib.learn estimators read: real_valued_column and infer_real_valued_columns.
# A real-valued column is a numeric column (it works wherever tf.feature_column.numeric_column
# does, e.g. in tf.feature_column.input_layer) that prints as TF's _RealValuedColumn namedtuple.
# The sparse and embedding columns raise NotImplementedError.
import tensorflow as tf
from tensorflow import feature_column as _fc


class _RealValuedColumn(_fc._NumericColumn):
    """A dense float feature of `dimension` values, read from features[column_name]."""

    def __init__(self, column_name, dimension, default_value, dtype, normalizer):
        _fc._NumericColumn.__init__(self, column_name, (dimension,), default_value, dtype, normalizer)
        self.column_name = column_name
        self.dimension = dimension
        self.normalizer = normalizer

    def dense_tensor(self, features):
        # contrib.learn accepts numpy features from an input_fn (the TF 1.1 iris tutorial's predict
        # input_fn returns a bare array), so the value is converted before the numeric column reads it.
        value = features[self.key]
        if not isinstance(value, (tf.Tensor, tf.Variable)):
            value = tf.convert_to_tensor(value)
        return _fc._NumericColumn.dense_tensor(self, dict([(self.key, value)]))

    def __repr__(self):
        return ("_RealValuedColumn(column_name='%s', dimension=%d, default_value=%s, dtype=%r, normalizer=%s)"
                % (self.column_name, self.dimension, self.default_value, self.dtype, self.normalizer))


def real_valued_column(column_name, dimension=1, default_value=None, dtype=tf.float32, normalizer=None):
    """A real-valued column of `dimension` floats (TF: dimension None makes a variable-length column)."""
    if dimension is None:
        raise NotImplementedError('real_valued_column() with dimension=None (a variable-length column) is not '
                                  'supported by Gradbook')
    if not isinstance(dimension, int) or isinstance(dimension, bool) or dimension < 1:
        raise TypeError('dimension must be an integer >= 1. dimension: {}, column_name: {}'.format(dimension, column_name))
    if default_value is not None:
        raise NotImplementedError('real_valued_column() argument default_value is not supported by Gradbook')
    dtype = tf.as_dtype(dtype)
    if not (dtype.is_integer or dtype.is_floating):
        raise ValueError('dtype must be convertible to float. dtype: {}, column_name: {}'.format(dtype, column_name))
    return _RealValuedColumn(column_name, dimension, default_value, dtype, normalizer)


def _column_for(name, tensor):
    tensor = tf.convert_to_tensor(tensor)
    dims = tensor.get_shape().as_list()[1:]
    dimension = 1
    for d in dims:
        if d is None:
            raise ValueError('Cannot infer real-valued column from a tensor with an unknown dimension: %s' % tensor)
        dimension *= d
    dtype = tensor.dtype.base_dtype
    # TF keeps float columns' dtype and reads integer features as int64 columns.
    return real_valued_column(name, dimension=dimension, dtype=dtype if dtype.is_floating else tf.int64)


def infer_real_valued_columns(features):
    """One real-valued column per feature (a lone tensor is the column named '')."""
    if not isinstance(features, dict):
        return [_column_for('', features)]
    return [_column_for(key, value) for key, value in sorted(features.items())]


def _unsupported(name):
    def column(*args, **kwargs):
        raise NotImplementedError('tf.contrib.layers.%s() is not supported by Gradbook: of the contrib feature '
                                  'columns only real_valued_column is' % name)
    column.__name__ = name
    return column


sparse_column_with_keys = _unsupported('sparse_column_with_keys')
sparse_column_with_hash_bucket = _unsupported('sparse_column_with_hash_bucket')
sparse_column_with_integerized_feature = _unsupported('sparse_column_with_integerized_feature')
sparse_column_with_vocabulary_file = _unsupported('sparse_column_with_vocabulary_file')
bucketized_column = _unsupported('bucketized_column')
crossed_column = _unsupported('crossed_column')
embedding_column = _unsupported('embedding_column')
one_hot_column = _unsupported('one_hot_column')
weighted_sparse_column = _unsupported('weighted_sparse_column')
