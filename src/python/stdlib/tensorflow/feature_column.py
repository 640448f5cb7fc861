"""tf.feature_column (TF 1.15 feature_column.py, the v1 columns): numeric_column, bucketized_column,
categorical_column_with_vocabulary_list / _file / _with_identity, indicator_column, embedding_column, and
input_layer / linear_model over them, with TF's names (x_bucketized, c_indicator, c_embedding/
embedding_weights, linear_model/c/weights, linear_model/bias_weights).

A numeric feature is [batch] + shape; a categorical feature is dense, [batch] or [batch, k] (k
values per example, e.g. word ids). A categorical column's ids are handed on as count rows (how
often each id occurs in the example; an id out of the vocabulary, or -1, counts nowhere, as TF
prunes invalid ids): the linear model multiplies them by its [num_buckets, units] weights (TF's
sparse 'sum' combiner), an indicator column is those counts, and an embedding column combines the
ids' embeddings ('sum', 'mean', 'sqrtn'). Hash buckets and crosses hash as TF does (FarmHash
Fingerprint64, and FingerprintCat64 folds for crosses: tf.string_to_hash_bucket_fast and
tf.sparse.cross_hashed), so their ids, and the weights trained on them, are TF's. A SparseTensor
feature (the old input_fn style) is read as its dense form, missing cells being no id."""

import tensorflow as tf


def _as_tensor(value):
    return value if isinstance(value, (tf.Tensor, tf.Variable)) else tf.convert_to_tensor(value)


def _categorical_input(value):
    """A categorical feature as a dense tensor: a SparseTensor's missing cells become TF's ignore
    values ('' for strings, -1 for integers), which are no id."""
    if isinstance(value, tf.SparseTensor):
        return tf.sparse_tensor_to_dense(value, default_value='' if value.dtype == tf.string else -1)
    return _as_tensor(value)


def _id_matrix(value):
    """A categorical feature as [batch, k]: k values per example ([batch] is one value each)."""
    value = _categorical_input(value)
    ndims = value.get_shape().ndims
    if ndims == 1:
        return tf.expand_dims(value, 1)
    if ndims != 2:
        raise NotImplementedError('categorical features of rank %s are not supported by Gradbook (rank 1 or 2 '
                                  'dense features are)' % ndims)
    return value


class _DenseColumn(object):
    """A column read as a [batch, _size()] float tensor (input_layer and linear_model)."""
    is_dense = True
    is_categorical = False


class _CategoricalColumn(object):
    """A column of integer ids in [0, num_buckets) ([batch, k], -1 for none), handed on as counts:
    row b, column i holds how many of example b's values have id i (one-hot for one value each)."""
    is_dense = False
    is_categorical = True

    def _size(self):
        return self.num_buckets

    def one_hot(self, features):
        return tf.reduce_sum(tf.one_hot(self.ids(features), self.num_buckets, dtype=tf.float32), 1)


class _NumericColumn(_DenseColumn):
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
        value = _as_tensor(features[self.key])
        value = tf.cast(value, self.dtype) if value.dtype.base_dtype != self.dtype else value
        if self.normalizer_fn is not None:
            value = self.normalizer_fn(value)
        return tf.reshape(tf.cast(value, tf.float32), [-1, self._size()])

    def __repr__(self):
        return ("NumericColumn(key='%s', shape=%s, default_value=%s, dtype=%s, normalizer_fn=%s)"
                % (self.key, self.shape, self.default_value, self.dtype, self.normalizer_fn))


class _BucketizedColumn(_DenseColumn, _CategoricalColumn):
    """A numeric column cut at boundaries: bucket i holds boundaries[i-1] <= x < boundaries[i]."""
    is_dense = True
    is_categorical = True

    def __init__(self, source_column, boundaries):
        self.source_column = source_column
        self.boundaries = tuple(float(b) for b in boundaries)

    @property
    def name(self):
        return self.source_column.name + '_bucketized'

    @property
    def num_buckets(self):
        return (len(self.boundaries) + 1) * self.source_column._size()

    def _size(self):
        return self.num_buckets

    def _bucket_ids(self, features):
        value = self.source_column.dense_tensor(features)
        above = tf.cast(tf.expand_dims(value, 2) >= tf.constant(self.boundaries, tf.float32), tf.int64)
        return tf.reduce_sum(above, 2)

    def ids(self, features):
        # TF's sparse ids: source value i's bucket, offset by i * (len(boundaries) + 1).
        ids = self._bucket_ids(features)
        size = self.source_column._size()
        if size == 1:
            return ids
        return ids + tf.range(size, dtype=tf.int64) * (len(self.boundaries) + 1)

    def dense_tensor(self, features):
        one_hot = tf.one_hot(self._bucket_ids(features), len(self.boundaries) + 1, dtype=tf.float32)
        return tf.reshape(one_hot, [-1, self.num_buckets])

    def one_hot(self, features):
        # Each source value is one id, offset by its position (TF's _BucketizedColumn ids): the
        # one-hot rows of the values side by side are the same [batch, num_buckets] matrix.
        return self.dense_tensor(features)

    def __repr__(self):
        return 'BucketizedColumn(source_column=%r, boundaries=%s)' % (self.source_column, self.boundaries)


class _VocabularyListColumn(_CategoricalColumn):
    def __init__(self, key, vocabulary_list, dtype, default_value):
        self.key = key
        self.vocabulary_list = tuple(vocabulary_list)
        self.dtype = dtype
        self.default_value = default_value

    name = property(lambda self: self.key)
    num_buckets = property(lambda self: len(self.vocabulary_list))

    def ids(self, features):
        value = _id_matrix(features[self.key])
        vocabulary = tf.constant(list(self.vocabulary_list), dtype=value.dtype)
        matches = tf.cast(tf.equal(tf.expand_dims(value, 2), vocabulary), tf.int64)
        positions = tf.range(len(self.vocabulary_list), dtype=tf.int64)
        found = tf.reduce_sum(matches, 2) > 0
        ids = tf.where(found, tf.reduce_sum(matches * positions, 2),
                       tf.fill(tf.shape(value), tf.constant(self.default_value, tf.int64)))
        # TF drops the ignore value ('' or -1) before the lookup, so it never takes default_value.
        ignore = tf.equal(value, tf.constant('' if value.dtype == tf.string else -1, dtype=value.dtype))
        return tf.where(ignore, tf.fill(tf.shape(value), tf.constant(-1, tf.int64)), ids)

    def __repr__(self):
        return ("VocabularyListCategoricalColumn(key='%s', vocabulary_list=%s, dtype=%s, default_value=%s, "
                "num_oov_buckets=0)" % (self.key, self.vocabulary_list, self.dtype, self.default_value))


class _IdentityColumn(_CategoricalColumn):
    def __init__(self, key, num_buckets, default_value):
        self.key = key
        self._num_buckets = num_buckets
        self.default_value = default_value

    name = property(lambda self: self.key)
    num_buckets = property(lambda self: self._num_buckets)

    def ids(self, features):
        value = tf.cast(_id_matrix(features[self.key]), tf.int64)
        if self.default_value is None:
            return value
        inside = tf.logical_and(value >= 0, value < self.num_buckets)
        return tf.where(inside, value, tf.fill(tf.shape(value), tf.constant(self.default_value, tf.int64)))

    def __repr__(self):
        return ("IdentityCategoricalColumn(key='%s', number_buckets=%d, default_value=%s)"
                % (self.key, self.num_buckets, self.default_value))


def _ignore_value(value):
    return tf.constant('' if value.dtype == tf.string else -1, dtype=value.dtype)


class _HashedColumn(_CategoricalColumn):
    """Ids from each value's Fingerprint64 modulo hash_bucket_size (integers hashed as their decimal text)."""

    def __init__(self, key, hash_bucket_size, dtype):
        self.key = key
        self.hash_bucket_size = hash_bucket_size
        self.dtype = dtype

    name = property(lambda self: self.key)
    num_buckets = property(lambda self: self.hash_bucket_size)

    def ids(self, features):
        value = _id_matrix(features[self.key])
        if value.dtype != tf.string and not value.dtype.is_integer:
            raise ValueError('dtype must be compatible with string or integer. dtype: {}, column_name: {}'
                             .format(value.dtype, self.key))
        text = value if value.dtype == tf.string else tf.as_string(value)
        ids = tf.string_to_hash_bucket_fast(text, self.hash_bucket_size)
        # The ignore value ('' or -1) is dropped before hashing, as TF prunes it.
        ignore = tf.equal(value, _ignore_value(value))
        return tf.where(ignore, tf.fill(tf.shape(value), tf.constant(-1, tf.int64)), ids)

    def __repr__(self):
        return ("HashedCategoricalColumn(key='%s', hash_bucket_size=%d, dtype=%s)"
                % (self.key, self.hash_bucket_size, self.dtype))


def _as_sparse(ids):
    """A [batch, k] id or value matrix as a SparseTensor of its present cells (ignore values dropped)."""
    present = tf.where(tf.not_equal(ids, _ignore_value(ids)))
    return tf.SparseTensor(present, tf.gather_nd(ids, present), tf.shape(ids, out_type=tf.int64))


class _CrossedColumn(_CategoricalColumn):
    """The hashed cross of string features and categorical columns (SparseCross, as TF's _CrossedColumn)."""

    def __init__(self, keys, hash_bucket_size, hash_key):
        self.keys = keys
        self.hash_bucket_size = hash_bucket_size
        self.hash_key = hash_key

    def _leaf_keys(self):
        leaves = []
        for key in self.keys:
            leaves.extend(key._leaf_keys() if isinstance(key, _CrossedColumn) else [key])
        return leaves

    @property
    def name(self):
        return '_X_'.join(sorted(key if isinstance(key, str) else key.name for key in self._leaf_keys()))

    num_buckets = property(lambda self: self.hash_bucket_size)

    def ids(self, features):
        inputs = []
        for key in self._leaf_keys():
            if isinstance(key, str):
                inputs.append(_as_sparse(_id_matrix(features[key])))
            else:
                inputs.append(_as_sparse(key.ids(features)))
        crossed = tf.sparse.cross_hashed(inputs, num_buckets=self.hash_bucket_size, hash_key=self.hash_key)
        return tf.sparse_tensor_to_dense(crossed, default_value=-1)

    def __repr__(self):
        return 'CrossedColumn(keys=%r, hash_bucket_size=%d, hash_key=%s)' % (self.keys, self.hash_bucket_size,
                                                                             self.hash_key)


class _IndicatorColumn(_DenseColumn):
    """A categorical column as dense one-hot rows."""

    def __init__(self, categorical_column):
        self.categorical_column = categorical_column

    name = property(lambda self: self.categorical_column.name + '_indicator')

    def _size(self):
        return self.categorical_column.num_buckets

    def dense_tensor(self, features):
        return self.categorical_column.one_hot(features)

    def __repr__(self):
        return 'IndicatorColumn(categorical_column=%r)' % (self.categorical_column,)


class _EmbeddingColumn(_DenseColumn):
    """A categorical column looked up in embedding_weights [num_buckets, dimension] (made where it is read)."""

    def __init__(self, categorical_column, dimension, combiner, initializer, trainable):
        self.categorical_column = categorical_column
        self.dimension = dimension
        self.combiner = combiner
        self.initializer = initializer
        self.trainable = trainable

    name = property(lambda self: self.categorical_column.name + '_embedding')

    def _size(self):
        return self.dimension

    # contrib.layers' embedding_column names its table 'weights'.
    weights_name = 'embedding_weights'

    def dense_tensor(self, features):
        weights = tf.get_variable(self.weights_name, [self.categorical_column.num_buckets, self.dimension],
                                  initializer=self.initializer, trainable=self.trainable)
        # The combiner over each example's ids (TF's safe_embedding_lookup_sparse): 'sum' of their
        # embeddings, 'mean' divides by the number of ids, 'sqrtn' by its square root; an example
        # with no valid id gets zeros.
        counts = self.categorical_column.one_hot(features)
        total = tf.matmul(counts, weights)
        if self.combiner == 'sum':
            return total
        n = tf.maximum(tf.reduce_sum(counts, 1, keepdims=True), 1.0)
        return total / (n if self.combiner == 'mean' else tf.sqrt(n))

    def __repr__(self):
        return ('EmbeddingColumn(categorical_column=%r, dimension=%d, combiner=%r)'
                % (self.categorical_column, self.dimension, self.combiner))


def numeric_column(key, shape=(1,), default_value=None, dtype=tf.float32, normalizer_fn=None):
    """A real-valued feature column."""
    if isinstance(shape, int):
        shape = (shape,)
    shape = tuple(int(d) for d in shape)
    if default_value is not None:
        raise NotImplementedError('numeric_column() argument default_value is not supported by Gradbook')
    return _NumericColumn(key, shape, default_value, dtype, normalizer_fn)


def bucketized_column(source_column, boundaries):
    """A numeric column discretized at the (sorted) boundaries."""
    if not isinstance(source_column, _NumericColumn):
        raise ValueError('source_column must be a column generated with numeric_column(). Given: {}'
                         .format(source_column))
    if not boundaries:
        raise ValueError('boundaries must be a sorted list.')
    for i in range(len(boundaries) - 1):
        if boundaries[i] >= boundaries[i + 1]:
            raise ValueError('boundaries must be a sorted list.')
    return _BucketizedColumn(source_column, boundaries)


def categorical_column_with_vocabulary_list(key, vocabulary_list, dtype=None, default_value=-1, num_oov_buckets=0):
    """Ids by position in vocabulary_list; other values get default_value (-1: no id)."""
    if vocabulary_list is None or len(vocabulary_list) < 1:
        raise ValueError('vocabulary_list {} must be non-empty, column_name: {}'.format(vocabulary_list, key))
    if len(set(vocabulary_list)) != len(vocabulary_list):
        raise ValueError('Duplicate keys in vocabulary_list {}, column_name: {}'.format(vocabulary_list, key))
    if num_oov_buckets:
        raise NotImplementedError('categorical_column_with_vocabulary_list() argument num_oov_buckets is not '
                                  'supported by Gradbook (OOV buckets hash the value with TF\'s fingerprint)')
    if default_value != -1 and not (0 <= default_value < len(vocabulary_list)):
        raise ValueError('Invalid default_value {} for column {}'.format(default_value, key))
    if dtype is None:
        dtype = tf.string if isinstance(vocabulary_list[0], (str, bytes)) else tf.int64
    return _VocabularyListColumn(key, vocabulary_list, dtype, default_value)


class _VocabularyFileColumn(_VocabularyListColumn):
    """The vocabulary-list column over the first vocabulary_size lines of a file: TF's
    index_table_from_file keys each whole line (TextFileIndex.WHOLE_LINE) by its line number."""
    def __init__(self, key, vocabulary_file, vocabulary_size, dtype, default_value, terms):
        _VocabularyListColumn.__init__(self, key, terms, dtype, default_value)
        self.vocabulary_file = vocabulary_file
        self.vocabulary_size = vocabulary_size

    def __repr__(self):
        return ("VocabularyFileCategoricalColumn(key='%s', vocabulary_file='%s', vocabulary_size=%s, "
                "num_oov_buckets=0, dtype=%s, default_value=%s)"
                % (self.key, self.vocabulary_file, self.vocabulary_size, self.dtype, self.default_value))


def categorical_column_with_vocabulary_file(key, vocabulary_file, vocabulary_size=None, num_oov_buckets=0,
                                            default_value=None, dtype=tf.string):
    """Ids by line number in vocabulary_file (its first vocabulary_size lines, all when None); other
    values get default_value (None: -1, no id). The file is read when the column is made."""
    if not vocabulary_file:
        raise ValueError('Missing vocabulary_file in {}.'.format(key))
    if num_oov_buckets:
        raise NotImplementedError('categorical_column_with_vocabulary_file() argument num_oov_buckets is not '
                                  'supported by Gradbook (OOV buckets hash the value with TF\'s fingerprint)')
    if vocabulary_size is not None and vocabulary_size <= 0:
        raise ValueError('Invalid vocabulary_size in {}.'.format(key))
    with open(vocabulary_file) as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()  # the line break that ends the last line starts no line
    if vocabulary_size is None:
        vocabulary_size = len(lines)
    elif vocabulary_size > len(lines):
        raise tf.errors.InvalidArgumentError(None, None, 'Invalid vocab_size in %s: %d, expected %d.'
                                             % (vocabulary_file, vocabulary_size, len(lines)))
    if dtype not in (tf.string, tf.int32, tf.int64):
        raise ValueError('Invalid dtype {} for column {}.'.format(dtype, key))
    terms = lines[:vocabulary_size]
    if dtype != tf.string:
        terms = [int(t) for t in terms]
    if len(set(terms)) != len(terms):
        raise NotImplementedError('categorical_column_with_vocabulary_file(): a term on two lines of %s (TF\'s '
                                  'table fails on it at initialization) is not supported by Gradbook' % vocabulary_file)
    if default_value is None:
        default_value = -1
    elif not (0 <= default_value < vocabulary_size):
        raise ValueError('Invalid default_value {} for column {}'.format(default_value, key))
    return _VocabularyFileColumn(key, vocabulary_file, vocabulary_size, dtype, default_value, terms)


def categorical_column_with_identity(key, num_buckets, default_value=None):
    """Integer features used as ids in [0, num_buckets)."""
    if num_buckets < 1:
        raise ValueError('num_buckets {} < 1, column_name {}'.format(num_buckets, key))
    if default_value is not None and not (0 <= default_value < num_buckets):
        raise ValueError('default_value {} not in range [0, {}), column_name {}'.format(default_value, num_buckets, key))
    return _IdentityColumn(key, num_buckets, default_value)


def categorical_column_with_hash_bucket(key, hash_bucket_size, dtype=tf.string):
    """Ids from hashing each value (FarmHash Fingerprint64) into hash_bucket_size buckets."""
    if hash_bucket_size is None:
        raise ValueError('hash_bucket_size must be set. key: {}'.format(key))
    if hash_bucket_size < 1:
        raise ValueError('hash_bucket_size must be at least 1. hash_bucket_size: {}, key: {}'
                         .format(hash_bucket_size, key))
    dtype = tf.as_dtype(dtype)
    if dtype != tf.string and not dtype.is_integer:
        raise ValueError('dtype must be string or integer. dtype: {}, column_name: {}'.format(dtype, key))
    return _HashedColumn(key, hash_bucket_size, dtype)


_DEFAULT_HASH_KEY = 0xDECAFCAFFE


def crossed_column(keys, hash_bucket_size, hash_key=None):
    """The cross of string feature keys and categorical columns, hashed into hash_bucket_size buckets."""
    if not hash_bucket_size or hash_bucket_size < 1:
        raise ValueError('hash_bucket_size must be > 1. hash_bucket_size: {}'.format(hash_bucket_size))
    if not keys or len(keys) < 2:
        raise ValueError('keys must be a list with length > 1. Given: {}'.format(keys))
    for key in keys:
        if not isinstance(key, (str, _CategoricalColumn)):
            raise ValueError('Unsupported key type. All keys must be either string, or categorical column except '
                             'HashedCategoricalColumn. Given: {}'.format(key))
        if isinstance(key, _HashedColumn):
            raise ValueError('categorical_column_with_hash_bucket is not supported for crossing. Hashing before '
                             'crossing will increase probability of collision. Instead, use the feature name as a '
                             'string. Given: {}'.format(key))
    return _CrossedColumn(tuple(keys), hash_bucket_size, _DEFAULT_HASH_KEY if hash_key is None else hash_key)


def indicator_column(categorical_column):
    """A categorical column as a dense multi-hot (here one-hot) input."""
    return _IndicatorColumn(categorical_column)


def embedding_column(categorical_column, dimension, combiner='mean', initializer=None, ckpt_to_load_from=None,
                     tensor_name_in_ckpt=None, max_norm=None, trainable=True):
    """A categorical column as a learned dense embedding of `dimension` values."""
    if dimension is None or dimension < 1:
        raise ValueError('Invalid dimension {}.'.format(dimension))
    if ckpt_to_load_from is not None or tensor_name_in_ckpt is not None:
        raise NotImplementedError('embedding_column() arguments ckpt_to_load_from/tensor_name_in_ckpt are not '
                                  'supported by Gradbook')
    if max_norm is not None:
        raise NotImplementedError('embedding_column() argument max_norm is not supported by Gradbook')
    if combiner not in ('mean', 'sqrtn', 'sum'):
        raise ValueError('Invalid combiner {}.'.format(combiner))
    if initializer is not None and not callable(initializer):
        raise ValueError('initializer must be callable if specified. Embedding of column_name: {}'
                         .format(categorical_column.name))
    if initializer is None:
        initializer = tf.truncated_normal_initializer(mean=0.0, stddev=1.0 / (dimension ** 0.5))
    return _EmbeddingColumn(categorical_column, dimension, combiner, initializer, trainable)


def _sorted(feature_columns):
    columns = list(feature_columns)
    for column in columns:
        if not isinstance(column, (_DenseColumn, _CategoricalColumn)):
            raise NotImplementedError('feature column %r is not supported by Gradbook' % (column,))
    return sorted(columns, key=lambda c: c.name)


def _dense_columns(feature_columns):
    columns = _sorted(feature_columns)
    for column in columns:
        if not column.is_dense:
            raise ValueError('Items of feature_columns must be a _DenseColumn. You can wrap a categorical column '
                             'with an embedding_column or indicator_column. Given: {}'.format(column))
    return columns


def linear_input(column, features):
    """What the linear model multiplies by a column's weights: one-hot ids or the dense value."""
    return column.one_hot(features) if column.is_categorical else column.dense_tensor(features)


def input_layer(features, feature_columns, weight_collections=None, trainable=True, cols_to_vars=None,
                cols_to_output_tensors=None):
    """The dense columns' tensors (sorted by name, as TF) concatenated along axis 1."""
    with tf.variable_scope(None, default_name='input_layer'):
        tensors = []
        for column in _dense_columns(feature_columns):
            with tf.variable_scope(None, default_name=column.name):
                tensors.append(column.dense_tensor(features))
        return tensors[0] if len(tensors) == 1 else tf.concat(tensors, 1)


def linear_model(features, feature_columns, units=1, sparse_combiner='sum', weight_collections=None,
                 trainable=True, cols_to_vars=None):
    """sum over columns of input x linear_model/<column>/weights, plus linear_model/bias_weights."""
    if sparse_combiner != 'sum':
        raise NotImplementedError('linear_model() argument sparse_combiner is not supported by Gradbook')
    with tf.variable_scope(None, default_name='linear_model'):
        logits = None
        for column in _sorted(feature_columns):
            with tf.variable_scope(column.name):
                weights = tf.get_variable('weights', [column._size(), units], initializer=tf.zeros_initializer(),
                                          trainable=trainable)
                term = tf.matmul(linear_input(column, features), weights)
            logits = term if logits is None else logits + term
        bias = tf.get_variable('bias_weights', [units], initializer=tf.zeros_initializer(), trainable=trainable)
        return tf.nn.bias_add(logits, bias)


def _unsupported(name, why):
    def column(*args, **kwargs):
        raise NotImplementedError('tf.feature_column.%s() is not supported by Gradbook: %s' % (name, why))
    column.__name__ = name
    return column


weighted_categorical_column = _unsupported('weighted_categorical_column', 'weighted sparse ids are not provided')
shared_embedding_columns = _unsupported('shared_embedding_columns', 'shared embeddings are not provided')
