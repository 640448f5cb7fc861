# tf.contrib.layers (TF 1.15): the contrib initializers, layer functions (variables named
# `weights`/`biases`, also in MODEL_VARIABLES; ReLU and 'SAME' padding by default), regularizers
# and optimize_loss. Layer functions take arg_scope defaults (tf.contrib.framework).
import tensorflow as tf
from tensorflow.layers import _util
from tensorflow.layers.normalization import BatchNormalization
from tensorflow.contrib.framework import add_arg_scope
from tensorflow.contrib.layers import _optimize_loss
from tensorflow.contrib.layers._regularizers import (l1_regularizer, l2_regularizer, l1_l2_regularizer, sum_regularizer,
                                                     apply_regularization)
from _gradbook import unsupported

optimize_loss = _optimize_loss.optimize_loss
OPTIMIZER_CLS_NAMES = _optimize_loss.OPTIMIZER_CLS_NAMES
OPTIMIZER_SUMMARIES = _optimize_loss.OPTIMIZER_SUMMARIES


# ---- initializers --------------------------------------------------------------------------

def variance_scaling_initializer(factor=2.0, mode='FAN_IN', uniform=False, seed=None, dtype=tf.float32):
    dtype = tf.as_dtype(dtype)
    if not dtype.is_floating:
        raise TypeError('Cannot create initializer for non-floating point type.')
    if mode not in ['FAN_IN', 'FAN_OUT', 'FAN_AVG']:
        raise TypeError('Unknown mode %s [FAN_IN, FAN_OUT, FAN_AVG]', mode)

    def _initializer(shape, dtype=dtype, partition_info=None):
        if partition_info is not None:
            _util.not_supported('variance_scaling_initializer', 'partition_info', 'partitioned variables')
        dtype = tf.as_dtype(dtype)
        if not dtype.is_floating:
            raise TypeError('Cannot create initializer for non-floating point type.')
        shape = [int(d) for d in shape]
        fan_in = float(shape[-2]) if len(shape) > 1 else (float(shape[-1]) if shape else 1.0)
        fan_out = float(shape[-1]) if shape else 1.0
        for dim in shape[:-2]:
            fan_in *= float(dim)
            fan_out *= float(dim)
        n = {'FAN_IN': fan_in, 'FAN_OUT': fan_out, 'FAN_AVG': (fan_in + fan_out) / 2.0}[mode]
        if uniform:
            limit = (3.0 * factor / n) ** 0.5
            return tf.random_uniform(shape, -limit, limit, dtype, seed=seed)
        return tf.truncated_normal(shape, 0.0, (1.3 * factor / n) ** 0.5, dtype, seed=seed)

    return _initializer


def xavier_initializer(uniform=True, seed=None, dtype=tf.float32):
    return variance_scaling_initializer(factor=1.0, mode='FAN_AVG', uniform=uniform, seed=seed, dtype=dtype)


xavier_initializer_conv2d = xavier_initializer


# ---- layers ----------------------------------------------------------------------------------

def _model_variable(name, shape, initializer, regularizer, trainable, collections, dtype=None):
    # dtype: the layer's inputs' dtype, as TF's layers pass `inputs.dtype.base_dtype` (a float64 input,
    # e.g. contrib.learn fed from a float64 NumPy array, gets float64 weights); None is float32.
    wanted = [tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.MODEL_VARIABLES] + _as_list(collections)
    return tf.get_variable(name, shape=shape, dtype=dtype, initializer=initializer, regularizer=regularizer,
                           trainable=trainable, collections=list(dict.fromkeys(wanted)))


def _as_list(collections):
    if collections is None:
        return []
    return [collections] if isinstance(collections, str) else list(collections)


def _collect_outputs(collections, alias, outputs):
    for collection in _as_list(collections):
        tf.add_to_collection(collection, outputs)
    return outputs


def _finish(outputs, normalizer_fn, normalizer_params, biases, activation_fn, data_format='NHWC'):
    if normalizer_fn is not None:
        outputs = normalizer_fn(outputs, **(normalizer_params or {}))
    elif biases is not None:
        outputs = tf.nn.bias_add(outputs, biases, data_format=data_format)
    if activation_fn is not None:
        outputs = activation_fn(outputs)
    return outputs


def _biases_and_finish(outputs, num_outputs, biases_initializer, biases_regularizer, trainable,
                       variables_collections, normalizer_fn, normalizer_params, activation_fn, data_format='NHWC'):
    """A layer's end: a `biases` model variable unless a normalizer takes its place, then _finish."""
    biases = None
    if normalizer_fn is None and biases_initializer is not None:
        biases = _model_variable('biases', [num_outputs], biases_initializer, biases_regularizer, trainable,
                                 variables_collections, outputs.dtype.base_dtype)
    return _finish(outputs, normalizer_fn, normalizer_params, biases, activation_fn, data_format)


@add_arg_scope
def fully_connected(inputs, num_outputs, activation_fn=tf.nn.relu, normalizer_fn=None, normalizer_params=None,
                    weights_initializer=xavier_initializer(), weights_regularizer=None,
                    biases_initializer=tf.zeros_initializer(), biases_regularizer=None, reuse=None,
                    variables_collections=None, outputs_collections=None, trainable=True, scope=None):
    if not isinstance(num_outputs, int) or isinstance(num_outputs, bool):
        raise ValueError('num_outputs type should be one of %s, got %s.' % ([int], type(num_outputs)))
    with tf.variable_scope(scope, 'fully_connected', [inputs], reuse=reuse) as sc:
        inputs = tf.convert_to_tensor(inputs)
        dims = inputs.get_shape().as_list()
        if dims[-1] is None:
            raise ValueError('The last dimension of the inputs to `Dense` should be defined. Found `None`.')
        weights = _model_variable('weights', [dims[-1], num_outputs], weights_initializer, weights_regularizer,
                                  trainable, variables_collections, inputs.dtype.base_dtype)
        if len(dims) > 2:
            outputs = tf.tensordot(inputs, weights, [[len(dims) - 1], [0]])
            outputs.set_shape(dims[:-1] + [num_outputs])
        else:
            outputs = tf.matmul(inputs, weights)
        outputs = _biases_and_finish(outputs, num_outputs, biases_initializer, biases_regularizer, trainable,
                                     variables_collections, normalizer_fn, normalizer_params, activation_fn)
        return _collect_outputs(outputs_collections, sc.name, outputs)


@add_arg_scope
def linear(inputs, num_outputs, **kwargs):
    kwargs['activation_fn'] = None
    return fully_connected(inputs, num_outputs, **kwargs)


# TF's relu / relu6 are functools.partial(fully_connected, activation_fn=...) (scope 'fully_connected'):
# the abalone tutorial's contrib model_fn stacks relu(features, 10) layers.
def relu(inputs, num_outputs, **kwargs):
    kwargs['activation_fn'] = tf.nn.relu
    return fully_connected(inputs, num_outputs, **kwargs)


def relu6(inputs, num_outputs, **kwargs):
    kwargs['activation_fn'] = tf.nn.relu6
    return fully_connected(inputs, num_outputs, **kwargs)


def _pair(value, name):
    return _util.normalize_tuple(value, 2, name)


def _check_format(data_format):
    """'NHWC' (also for None) or 'NCHW'; tf.nn's kernels transpose NCHW around their NHWC loops."""
    if data_format in (None, 'NHWC'):
        return 'NHWC'
    if data_format == 'NCHW':
        return data_format
    raise ValueError('Invalid data_format: %r' % (data_format,))


def _spatial(values, data_format):
    return [1, 1] + list(values) if data_format == 'NCHW' else [1] + list(values) + [1]


def _conv_input(inputs, kernel_size, stride, rank_error):
    """inputs as a tensor, its static dims, and the kernel's and strides' (height, width); raises
    rank_error(inputs, dims) when the inputs are not rank 4 (each layer words it as TF does)."""
    inputs = tf.convert_to_tensor(inputs)
    dims = inputs.get_shape().as_list()
    if len(dims) != 4:
        raise rank_error(inputs, dims)
    return inputs, dims, _pair(kernel_size, 'kernel_size'), _pair(stride, 'strides')


@add_arg_scope
def conv2d(inputs, num_outputs, kernel_size, stride=1, padding='SAME', data_format=None, rate=1,
           activation_fn=tf.nn.relu, normalizer_fn=None, normalizer_params=None,
           weights_initializer=xavier_initializer(), weights_regularizer=None,
           biases_initializer=tf.zeros_initializer(), biases_regularizer=None, reuse=None,
           variables_collections=None, outputs_collections=None, trainable=True, scope=None):
    data_format = _check_format(data_format)
    with tf.variable_scope(scope, 'Conv', [inputs], reuse=reuse) as sc:
        inputs, dims, (kh, kw), (sh, sw) = _conv_input(
            inputs, kernel_size, stride,
            lambda t, dims: ValueError('Convolution not supported for input with rank', len(dims)))
        channels = dims[1] if data_format == 'NCHW' else dims[-1]
        weights = _model_variable('weights', [kh, kw, channels, num_outputs], weights_initializer,
                                  weights_regularizer, trainable, variables_collections, inputs.dtype.base_dtype)
        rh, rw = _pair(rate, 'dilation_rate')
        if (rh > 1 or rw > 1) and (sh > 1 or sw > 1):
            raise ValueError('strides > 1 not supported in conjunction with dilation_rate > 1')
        outputs = tf.nn.conv2d(inputs, weights, _spatial([sh, sw], data_format),
                               padding=_util.normalize_padding(padding).upper(), data_format=data_format,
                               dilations=_spatial([rh, rw], data_format))
        outputs = _biases_and_finish(outputs, num_outputs, biases_initializer, biases_regularizer, trainable,
                                     variables_collections, normalizer_fn, normalizer_params, activation_fn,
                                     data_format)
        return _collect_outputs(outputs_collections, sc.name, outputs)


convolution2d = conv2d
conv2d.__name__ = 'convolution2d'  # TF defines convolution2d and aliases conv2d (stack/repeat name scopes by it)


@add_arg_scope
def convolution(inputs, num_outputs, kernel_size, stride=1, padding='SAME', data_format=None, rate=1, **kwargs):
    """TF's N-D convolution picks 1-D, 2-D or 3-D from the inputs' rank; the 2-D one (rank 4) is conv2d."""
    rank = tf.convert_to_tensor(inputs).get_shape().ndims
    if rank in (3, 5):
        raise NotImplementedError('tf.contrib.layers.convolution() of rank-%d inputs (%d-D convolution) is not '
                                  'supported by Gradbook (rank-4 inputs are)' % (rank, rank - 2))
    return conv2d(inputs, num_outputs, kernel_size, stride=stride, padding=padding, data_format=data_format,
                  rate=rate, **kwargs)




def _layer_scope_name(layer, default):
    if hasattr(layer, '__name__'):
        return layer.__name__
    if hasattr(layer, 'func') and hasattr(layer.func, '__name__'):
        return layer.func.__name__
    return default


def stack(inputs, layer, stack_args, **kwargs):
    """layer applied once per entry of stack_args, each in scope <layer name>_<i> under 'Stack'."""
    scope = kwargs.pop('scope', None)
    if not isinstance(stack_args, (list, tuple)):
        raise ValueError('stack_args need to be a list or tuple')
    with tf.variable_scope(scope, 'Stack', [inputs]):
        inputs = tf.convert_to_tensor(inputs)
        if scope is None:
            scope = _layer_scope_name(layer, 'stack')
        outputs = inputs
        for i in range(len(stack_args)):
            kwargs['scope'] = scope + '_' + str(i + 1)
            layer_args = stack_args[i]
            if not isinstance(layer_args, (list, tuple)):
                layer_args = [layer_args]
            outputs = layer(outputs, *layer_args, **kwargs)
        return outputs


def repeat(inputs, repetitions, layer, *args, **kwargs):
    """layer applied `repetitions` times with the same arguments, in scopes <layer name>_<i> under 'Repeat'."""
    scope = kwargs.pop('scope', None)
    with tf.variable_scope(scope, 'Repeat', [inputs]):
        inputs = tf.convert_to_tensor(inputs)
        if scope is None:
            scope = _layer_scope_name(layer, 'repeat')
        outputs = inputs
        for i in range(repetitions):
            kwargs['scope'] = scope + '_' + str(i + 1)
            outputs = layer(outputs, *args, **kwargs)
        return outputs


def embed_sequence(ids, vocab_size=None, embed_dim=None, unique=False, initializer=None, regularizer=None,
                   trainable=True, scope=None, reuse=None):
    """An `embeddings` [vocab_size, embed_dim] model variable looked up at ids (any shape)."""
    if not (reuse or (vocab_size and embed_dim)):
        raise ValueError('Must specify vocab size and embedding dimension when not reusing. Got vocab_size=%s '
                         'and embed_dim=%s' % (vocab_size, embed_dim))
    if unique:
        raise NotImplementedError("embed_sequence() argument 'unique' is not supported by Gradbook: "
                                  'embedding_lookup_unique')
    with tf.variable_scope(scope, 'EmbedSequence', [ids], reuse=reuse):
        shape = [vocab_size, embed_dim]
        if reuse and (vocab_size is None or embed_dim is None):
            shape = None
        embeddings = _model_variable('embeddings', shape, initializer, regularizer, trainable, None)
        return tf.nn.embedding_lookup(embeddings, ids)


def one_hot_encoding(labels, num_classes, on_value=1.0, off_value=0.0, outputs_collections=None, scope=None):
    """tf.one_hot of labels (int32 labels widened to int64 first, as TF does)."""
    with tf.name_scope(scope, 'OneHotEncoding', [labels, num_classes]) as sc:
        labels = tf.convert_to_tensor(labels)
        if labels.dtype == tf.int32:
            labels = tf.to_int64(labels)
        outputs = tf.one_hot(labels, num_classes, on_value=on_value, off_value=off_value)
        return _collect_outputs(outputs_collections, sc, outputs)

def _deconv_length(size, kernel, stride, padding):
    """TF's deconv_output_length: SAME multiplies by the stride, VALID adds what the kernel overhangs."""
    if size is None:
        return None
    if padding == 'VALID':
        return size * stride + max(kernel - stride, 0)
    return size * stride


@add_arg_scope
def conv2d_transpose(inputs, num_outputs, kernel_size, stride=1, padding='SAME', data_format='NHWC',
                     activation_fn=tf.nn.relu, normalizer_fn=None, normalizer_params=None,
                     weights_initializer=xavier_initializer(), weights_regularizer=None,
                     biases_initializer=tf.zeros_initializer(), biases_regularizer=None, reuse=None,
                     variables_collections=None, outputs_collections=None, trainable=True, scope=None):
    data_format = _check_format(data_format)
    with tf.variable_scope(scope, 'Conv2d_transpose', [inputs], reuse=reuse) as sc:
        inputs, dims, (kh, kw), (sh, sw) = _conv_input(
            inputs, kernel_size, stride,
            lambda t, dims: ValueError('Inputs should have rank 4. Received input shape: ' + str(t.get_shape())))
        pad = _util.normalize_padding(padding).upper()
        if data_format == 'NCHW':
            channels, h, w = dims[1], dims[2], dims[3]
        else:
            h, w, channels = dims[1], dims[2], dims[3]
        if channels is None:
            raise ValueError('The channel dimension of the inputs should be defined. Found `None`.')
        # the kernel is [height, width, out_channels, in_channels], as tf.layers.conv2d_transpose makes it
        weights = _model_variable('weights', [kh, kw, num_outputs, channels], weights_initializer,
                                  weights_regularizer, trainable, variables_collections, inputs.dtype.base_dtype)
        out_h, out_w = _deconv_length(h, kh, sh, pad), _deconv_length(w, kw, sw, pad)
        dyn = tf.shape(inputs)
        dyn_h = out_h if out_h is not None else _deconv_length_tensor(dyn[2 if data_format == 'NCHW' else 1], kh, sh, pad)
        dyn_w = out_w if out_w is not None else _deconv_length_tensor(dyn[3 if data_format == 'NCHW' else 2], kw, sw, pad)
        if data_format == 'NCHW':
            output_shape = tf.stack([dyn[0], num_outputs, dyn_h, dyn_w])
        else:
            output_shape = tf.stack([dyn[0], dyn_h, dyn_w, num_outputs])
        outputs = tf.nn.conv2d_transpose(inputs, weights, output_shape, _spatial([sh, sw], data_format),
                                         padding=pad, data_format=data_format)
        static = [dims[0], num_outputs, out_h, out_w] if data_format == 'NCHW' else [dims[0], out_h, out_w, num_outputs]
        outputs.set_shape(static)
        outputs = _biases_and_finish(outputs, num_outputs, biases_initializer, biases_regularizer, trainable,
                                     variables_collections, normalizer_fn, normalizer_params, activation_fn,
                                     data_format)
        return _collect_outputs(outputs_collections, sc.name, outputs)


def _deconv_length_tensor(size, kernel, stride, padding):
    if padding == 'VALID':
        return size * stride + max(kernel - stride, 0)
    return size * stride


convolution2d_transpose = conv2d_transpose
conv2d_transpose.__name__ = 'convolution2d_transpose'


@add_arg_scope
def layer_norm(inputs, center=True, scale=True, activation_fn=None, reuse=None, variables_collections=None,
               outputs_collections=None, trainable=True, begin_norm_axis=1, begin_params_axis=-1, scope=None):
    with tf.variable_scope(scope, 'LayerNorm', [inputs], reuse=reuse) as sc:
        inputs = tf.convert_to_tensor(inputs)
        inputs_shape = inputs.get_shape()
        inputs_rank = inputs_shape.ndims
        if inputs_rank is None:
            raise ValueError('Inputs %s has undefined rank.' % inputs.name)
        if begin_norm_axis < 0:
            begin_norm_axis = inputs_rank + begin_norm_axis
        if begin_params_axis >= inputs_rank or begin_norm_axis >= inputs_rank:
            raise ValueError('begin_params_axis (%d) and begin_norm_axis (%d) must be < rank(inputs) (%d)'
                             % (begin_params_axis, begin_norm_axis, inputs_rank))
        params_shape = inputs_shape.as_list()[begin_params_axis:]
        if any(d is None for d in params_shape):
            raise ValueError('Inputs %s: shape(inputs)[%s:] is not fully defined: %s'
                             % (inputs.name, begin_params_axis, inputs_shape))
        beta, gamma = None, None
        if center:
            beta = _model_variable('beta', params_shape, tf.zeros_initializer(), None, trainable,
                                   variables_collections, inputs.dtype.base_dtype)
        if scale:
            gamma = _model_variable('gamma', params_shape, tf.ones_initializer(), None, trainable,
                                    variables_collections, inputs.dtype.base_dtype)
        norm_axes = list(range(begin_norm_axis, inputs_rank))
        mean, variance = tf.nn.moments(inputs, norm_axes, keep_dims=True)
        outputs = tf.nn.batch_normalization(inputs, mean, variance, offset=beta, scale=gamma,
                                            variance_epsilon=1e-12)
        outputs.set_shape(inputs_shape)
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return _collect_outputs(outputs_collections, sc.name, outputs)

def _pool(kind, pool, inputs, kernel_size, stride, padding, data_format, outputs_collections, scope):
    data_format = _check_format(data_format)
    with tf.name_scope(scope, kind, [inputs]) as sc:
        kh, kw = _pair(kernel_size, 'pool_size')
        sh, sw = _pair(stride, 'strides')
        outputs = pool(inputs, _spatial([kh, kw], data_format), _spatial([sh, sw], data_format),
                       padding=_util.normalize_padding(padding).upper(), data_format=data_format)
        return _collect_outputs(outputs_collections, sc, outputs)


@add_arg_scope
def max_pool2d(inputs, kernel_size, stride=2, padding='VALID', data_format='NHWC', outputs_collections=None,
               scope=None):
    return _pool('MaxPool2D', tf.nn.max_pool, inputs, kernel_size, stride, padding, data_format,
                 outputs_collections, scope)


@add_arg_scope
def avg_pool2d(inputs, kernel_size, stride=2, padding='VALID', data_format='NHWC', outputs_collections=None,
               scope=None):
    return _pool('AvgPool2D', tf.nn.avg_pool, inputs, kernel_size, stride, padding, data_format,
                 outputs_collections, scope)


@add_arg_scope
def flatten(inputs, outputs_collections=None, scope=None):
    with tf.name_scope(scope, 'Flatten', [inputs]) as sc:
        inputs = tf.convert_to_tensor(inputs)
        if inputs.get_shape().ndims is None:
            raise ValueError('Inputs must have a least 2 dimensions.')
        dims = inputs.get_shape().as_list()
        rest = None
        if all(d is not None for d in dims[1:]):
            rest = 1
            for d in dims[1:]:
                rest *= d
        outputs = tf.reshape(inputs, tf.stack([tf.shape(inputs)[0], -1]))
        outputs.set_shape([dims[0], rest])
        return _collect_outputs(outputs_collections, sc, outputs)


@add_arg_scope
def dropout(inputs, keep_prob=0.5, noise_shape=None, is_training=True, outputs_collections=None, scope=None,
            seed=None):
    with tf.variable_scope(scope, 'Dropout', [inputs]) as sc:
        inputs = tf.convert_to_tensor(inputs)
        outputs = _util.smart_cond(
            is_training, lambda: tf.nn.dropout(inputs, rate=1 - keep_prob, noise_shape=noise_shape, seed=seed),
            lambda: tf.identity(inputs))
        return _collect_outputs(outputs_collections, sc.name, outputs)


@add_arg_scope
@unsupported(batch_weights='weighted batch statistics', renorm='batch renormalization',
             renorm_clipping='batch renormalization', zero_debias_moving_mean='zero-debiased moving means',
             adjustment='adjustments')
def batch_norm(inputs, decay=0.999, center=True, scale=False, epsilon=0.001, activation_fn=None,
               param_initializers=None, param_regularizers=None, updates_collections=tf.GraphKeys.UPDATE_OPS,
               is_training=True, reuse=None, variables_collections=None, outputs_collections=None, trainable=True,
               batch_weights=None, fused=None, data_format='NHWC', zero_debias_moving_mean=False, scope=None,
               renorm=False, renorm_clipping=None, renorm_decay=0.99, adjustment=None):
    if data_format not in ('NHWC', 'NCHW'):
        raise ValueError('data_format has to be either NCHW or NHWC.')
    inits = param_initializers or {}
    regs = param_regularizers or {}
    with tf.variable_scope(scope, 'BatchNorm', [inputs], reuse=reuse) as sc:
        inputs = tf.convert_to_tensor(inputs)
        layer = BatchNormalization(
            axis=1 if data_format == 'NCHW' else -1, momentum=decay, epsilon=epsilon, center=center, scale=scale,
            beta_initializer=inits.get('beta', tf.zeros_initializer()),
            gamma_initializer=inits.get('gamma', tf.ones_initializer()),
            moving_mean_initializer=inits.get('moving_mean', tf.zeros_initializer()),
            moving_variance_initializer=inits.get('moving_variance', tf.ones_initializer()),
            beta_regularizer=regs.get('beta'), gamma_regularizer=regs.get('gamma'), trainable=trainable,
            fused=False if fused is False else None, name=sc.name, _scope=sc, _reuse=reuse, _bessel_for_rank2=True,
            _updates_collection=None)
        outputs = layer.apply(inputs, training=is_training)
        for v in layer.variables:
            for collection in [tf.GraphKeys.MODEL_VARIABLES] + _as_list(variables_collections):
                if v not in tf.get_collection(collection):
                    tf.add_to_collection(collection, v)
        if layer.updates:
            if updates_collections is None:
                with tf.control_dependencies(layer.updates):
                    outputs = tf.identity(outputs)
            else:
                for collection in _as_list(updates_collections):
                    for update in layer.updates:
                        tf.add_to_collection(collection, update)
        if activation_fn is not None:
            outputs = activation_fn(outputs)
        return _collect_outputs(outputs_collections, sc.name, outputs)


# ---- feature columns (the contrib.learn estimators' inputs) ---------------------------------

from tensorflow.contrib.layers._feature_column import (
    real_valued_column, infer_real_valued_columns, sparse_column_with_keys, sparse_column_with_hash_bucket,
    sparse_column_with_integerized_feature, sparse_column_with_vocabulary_file, bucketized_column, crossed_column,
    embedding_column, one_hot_column, weighted_sparse_column,
)
