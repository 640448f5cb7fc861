# tf.contrib.layers' feature columns (TF 1.15 contrib/layers/python/layers/feature_column.py), the
# dense part the contrib.learn estimators read: real_valued_column and infer_real_valued_columns.
# A real-valued column is a numeric column (it works wherever tf.feature_column.numeric_column
# does, e.g. in tf.feature_column.input_layer) that prints as TF's _RealValuedColumn namedtuple.
# The sparse id columns (keys, integerized), bucketized, one_hot and embedding columns are the
# tf.feature_column ones with contrib's names and reprs (one id per example); columns that hash
# (hash buckets, crosses) raise NotImplementedError.
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
    if not (dtype.is_integer or dtype.is_floating):
        raise ValueError('Non integer or non floating types are not supported for auto detection. Please define '
                         'corresponding FeatureColumn for tensor {} {}.'.format(name, tensor))
    return real_valued_column(name, dimension=dimension, dtype=dtype)


def infer_real_valued_columns(features):
    """One real-valued column per feature (a lone tensor is the column named '')."""
    if not isinstance(features, dict):
        return [_column_for('', features)]
    return [_column_for(key, value) for key, value in sorted(features.items())]


class _SparseColumnWithKeys(_fc._VocabularyListColumn):
    """Ids by position in keys (default_value for the others; -1: no id)."""

    def __init__(self, column_name, keys, default_value, combiner, dtype):
        _fc._VocabularyListColumn.__init__(self, column_name, keys, dtype, default_value)
        self.column_name = column_name
        self.combiner = combiner

    def __repr__(self):
        return ("_SparseColumnKeys(column_name='%s', is_integerized=False, bucket_size=None, lookup_config=%s, "
                "combiner='%s', dtype=%r)" % (self.column_name, self.vocabulary_list, self.combiner, self.dtype))


class _SparseColumnIntegerized(_fc._IdentityColumn):
    """Integer features used as ids in [0, bucket_size)."""

    def __init__(self, column_name, bucket_size, combiner, dtype):
        _fc._IdentityColumn.__init__(self, column_name, bucket_size, None)
        self.column_name = column_name
        self.combiner = combiner
        self.dtype = dtype

    def __repr__(self):
        return ("_SparseColumnIntegerized(column_name='%s', is_integerized=True, bucket_size=%d, lookup_config=None, "
                "combiner='%s', dtype=%r)" % (self.column_name, self.num_buckets, self.combiner, self.dtype))


class _OneHotColumn(_fc._IndicatorColumn):
    name = property(lambda self: self.categorical_column.name + '_one_hot')


class _EmbeddingColumn(_fc._EmbeddingColumn):
    weights_name = 'weights'


def _check_combiner(combiner):
    if combiner not in ('sum', 'mean', 'sqrtn'):
        raise ValueError('combiner must be one of sum, mean, sqrtn: %s' % combiner)


def sparse_column_with_keys(column_name, keys, default_value=-1, combiner='sum', dtype=tf.string):
    """A sparse id column whose ids are the keys' positions (one value per example here)."""
    _check_combiner(combiner)
    return _SparseColumnWithKeys(column_name, tuple(keys), default_value, combiner, tf.as_dtype(dtype))


def sparse_column_with_integerized_feature(column_name, bucket_size, combiner='sum', dtype=tf.int64):
    """A sparse id column over integer features in [0, bucket_size)."""
    if bucket_size < 1:
        raise ValueError('bucket_size must be at least 1. bucket_size: {}, column_name: {}'.format(bucket_size, column_name))
    _check_combiner(combiner)
    return _SparseColumnIntegerized(column_name, bucket_size, combiner, tf.as_dtype(dtype))


def bucketized_column(source_column, boundaries):
    """A real-valued column discretized at the boundaries (contrib names it <source>_bucketized too)."""
    if not isinstance(source_column, _RealValuedColumn):
        raise TypeError('source_column must be an instance of _RealValuedColumn. source_column: {}'.format(source_column))
    return _fc.bucketized_column(source_column, boundaries)


def one_hot_column(sparse_id_column):
    """A sparse id column as dense one-hot rows (named <column>_one_hot)."""
    return _OneHotColumn(sparse_id_column)


def embedding_column(sparse_id_column, dimension, combiner='mean', initializer=None, ckpt_to_load_from=None,
                     tensor_name_in_ckpt=None, max_norm=None, trainable=True):
    """A sparse id column as a learned embedding (<column>_embedding/weights, truncated normal 1/sqrt(dimension))."""
    column = _fc.embedding_column(sparse_id_column, dimension, combiner=combiner, initializer=initializer,
                                  ckpt_to_load_from=ckpt_to_load_from, tensor_name_in_ckpt=tensor_name_in_ckpt,
                                  max_norm=max_norm, trainable=trainable)
    return _EmbeddingColumn(column.categorical_column, column.dimension, column.combiner, column.initializer,
                            column.trainable)


def _unsupported(name):
    def column(*args, **kwargs):
        raise NotImplementedError('tf.contrib.layers.%s() is not supported by Gradbook: it hashes values with '
                                  'TF\'s string fingerprint' % name)
    column.__name__ = name
    return column


sparse_column_with_hash_bucket = _unsupported('sparse_column_with_hash_bucket')
crossed_column = _unsupported('crossed_column')


def sparse_column_with_vocabulary_file(*args, **kwargs):
    raise NotImplementedError('tf.contrib.layers.sparse_column_with_vocabulary_file() is not supported by Gradbook: '
                              'vocabulary files are not read')


def weighted_sparse_column(*args, **kwargs):
    raise NotImplementedError('tf.contrib.layers.weighted_sparse_column() is not supported by Gradbook: weighted '
                              'sparse ids are not provided')
