# tf.eye, tf.norm, tf.trace, tf.cross, tf.diag / tf.diag_part, tf.matrix_diag / tf.matrix_diag_part and
# tf.matrix_band_part (TF 1.15), composed from graph ops so gradients flow: diagonals and bands are
# masks applied with tf.where (exact for inf/NaN entries, which a multiply by 0 would not be).
# Sizes must be known when the graph is built; a size given as a Tensor raises NotImplementedError.
# tf.eye is a constant here (TF builds it with MatrixDiag of ones): same values, dtype and shape.
import numpy as np
import tensorflow as tf


def _unsupported(fn, arg, why):
    raise NotImplementedError('%s: the %r argument (%s) is not supported by Gradbook' % (fn, arg, why))


def _static_int(value, fn, arg):
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        if isinstance(value, (tf.Tensor, tf.Variable)):
            _unsupported(fn, arg, 'a size given as a Tensor')
        raise TypeError('%s must be an integer, got %r' % (arg, value))
    return int(value)


def eye(num_rows, num_columns=None, batch_shape=None, dtype=tf.float32, name=None):
    """The identity matrix (num_rows x num_columns, ones on the main diagonal), optionally batched."""
    with tf.name_scope(name, default_name='eye', values=[num_rows, num_columns, batch_shape]):
        rows = _static_int(num_rows, 'eye', 'num_rows')
        cols = rows if num_columns is None else _static_int(num_columns, 'eye', 'num_columns')
        batch = [] if batch_shape is None else [_static_int(d, 'eye', 'batch_shape') for d in batch_shape]
        dtype = tf.as_dtype(dtype)
        value = np.eye(rows, cols) * np.ones(batch + [1, 1])
        return tf.constant(value, dtype=dtype)


def _matrix_dims(x, fn):
    dims = x.get_shape().as_list()
    if dims is None or len(dims) < 2:
        raise ValueError('%s: input must be at least 2-dimensional' % fn)
    m, n = dims[-2], dims[-1]
    if m is None or n is None:
        _unsupported(fn, 'input', 'a matrix whose last two dimensions are unknown when the graph is built')
    return m, n


def _mask(x, keep):
    """x where the boolean NumPy mask (broadcast over the batch) holds, else zero."""
    keep_t = tf.constant(keep) & tf.ones_like(x, dtype=tf.bool)
    return tf.where(keep_t, x, tf.zeros_like(x))


def matrix_diag(diagonal, name=None):
    """[..., n] -> [..., n, n] with the values on the main diagonal."""
    with tf.name_scope(name, 'matrix_diag', [diagonal]):
        diagonal = tf.convert_to_tensor(diagonal, name='diagonal')
        dims = diagonal.get_shape().as_list()
        if dims is None or len(dims) < 1:
            raise ValueError('Shape must be at least rank 1 but is rank 0')
        n = dims[-1]
        if n is None:
            _unsupported('matrix_diag', 'diagonal', 'a diagonal whose length is unknown when the graph is built')
        spread = tf.expand_dims(diagonal, -1) * tf.ones([n], dtype=diagonal.dtype)
        return _mask(spread, np.eye(n, dtype=bool))


def matrix_diag_part(input, name=None):
    """[..., m, n] -> [..., min(m, n)]: the main diagonal."""
    with tf.name_scope(name, 'matrix_diag_part', [input]):
        x = tf.convert_to_tensor(input, name='input')
        m, n = _matrix_dims(x, 'matrix_diag_part')
        summed = tf.reduce_sum(_mask(x, np.eye(m, n, dtype=bool)), axis=-1)
        return summed if m <= n else summed[..., :n]


def matrix_band_part(input, num_lower, num_upper, name=None):
    """Keeps the band num_lower below and num_upper above the diagonal (negative: the whole triangle)."""
    with tf.name_scope(name, 'MatrixBandPart', [input]):
        x = tf.convert_to_tensor(input, name='input')
        lower = _static_int(num_lower, 'matrix_band_part', 'num_lower')
        upper = _static_int(num_upper, 'matrix_band_part', 'num_upper')
        m, n = _matrix_dims(x, 'matrix_band_part')
        i = np.arange(m).reshape(-1, 1)
        j = np.arange(n).reshape(1, -1)
        keep = ((lower < 0) | (i - j <= lower)) & ((upper < 0) | (j - i <= upper))
        return _mask(x, keep)


def diag(diagonal, name=None):
    """tf.diag of a vector: the square matrix with it on the diagonal."""
    diagonal = tf.convert_to_tensor(diagonal, name='diagonal')
    if diagonal.get_shape().ndims != 1:
        _unsupported('diag', 'diagonal', 'a diagonal of rank other than 1')
    return matrix_diag(diagonal, name=name or 'Diag')


def diag_part(input, name=None):
    """tf.diag_part of a square matrix: its diagonal."""
    x = tf.convert_to_tensor(input, name='input')
    if x.get_shape().ndims != 2:
        _unsupported('diag_part', 'input', 'an input of rank other than 2')
    m, n = _matrix_dims(x, 'diag_part')
    if m != n:
        raise ValueError('Dimensions must be equal, but are %d and %d' % (m, n))
    return matrix_diag_part(x, name=name or 'DiagPart')


def trace(x, name=None):
    """The sum of the main diagonal of each innermost matrix."""
    with tf.name_scope(name, 'Trace', [x]) as scope:
        x = tf.convert_to_tensor(x, name='x')
        return tf.reduce_sum(matrix_diag_part(x), axis=[-1], name=scope)


def norm(tensor, ord='euclidean', axis=None, keepdims=None, name=None, keep_dims=None):
    """Vector norms (euclidean, 1, inf, p > 0) and matrix norms (fro/euclidean, 1, inf) as TF 1.15."""
    if keepdims is not None and keep_dims is not None:
        raise ValueError('Cannot specify both keep_dims and keepdims')
    keepdims = bool(keepdims if keepdims is not None else keep_dims)
    is_matrix_norm = isinstance(axis, (tuple, list)) and len(axis) == 2
    if is_matrix_norm:
        axis = tuple(axis)
        if not all(isinstance(a, int) for a in axis) or axis[0] == axis[1]:
            raise ValueError("'axis' must be None, an integer, or a tuple of 2 unique integers, got %s" % (axis,))
        if ord not in ['euclidean', 'fro', 1, 2, np.inf]:
            raise ValueError("'ord' must be a supported matrix norm in %s, got %s"
                             % (['euclidean', 'fro', 1, 2, np.inf], ord))
        if ord in (2, 2.0):
            _unsupported('norm', 'ord', 'the matrix 2-norm (it needs an SVD)')
    else:
        if not (isinstance(axis, int) or axis is None):
            raise ValueError("'axis' must be None, an integer, or a tuple of 2 unique integers, got %s" % (axis,))
        if ord not in ['euclidean', 1, 2, np.inf] and (isinstance(ord, str) or ord <= 0):
            raise ValueError("'ord' must be a supported vector norm, got %s" % (ord,))
    with tf.name_scope(name, 'norm', [tensor]):
        tensor = tf.convert_to_tensor(tensor)
        if ord in ['fro', 'euclidean', 2, 2.0]:
            result = tf.sqrt(tf.reduce_sum(tensor * tensor, axis, keepdims=True))
        else:
            result = tf.abs(tensor)
            first = None if axis is None else (axis[0] if is_matrix_norm else axis)
            if ord == 1:
                result = tf.reduce_sum(result, first, keepdims=True)
                if is_matrix_norm:
                    result = tf.reduce_max(result, axis[-1], keepdims=True)
            elif ord == np.inf:
                if is_matrix_norm:
                    result = tf.reduce_sum(result, axis[1], keepdims=True)
                result = tf.reduce_max(result, first, keepdims=True)
            else:
                result = tf.pow(tf.reduce_sum(tf.pow(result, ord), axis, keepdims=True), 1.0 / ord)
        if not keepdims:
            result = tf.squeeze(result, axis)
        return result


def cross(a, b, name=None):
    """Pairwise cross product of the 3-element vectors along the last axis of a and b (TF's Cross op).

    Composed from unstack/stack so gradients flow; a and b must have the same shape, last dim 3.
    """
    with tf.name_scope(name, default_name='Cross', values=[a, b]):
        a = tf.convert_to_tensor(a, name='a')
        b = tf.convert_to_tensor(b, dtype=a.dtype, name='b')
        if a.shape.ndims is not None and b.shape.ndims is not None and a.shape.as_list() != b.shape.as_list():
            raise ValueError('Shapes must be equal rank, but are %d and %d' % (a.shape.ndims, b.shape.ndims)
                             if a.shape.ndims != b.shape.ndims else
                             'Dimensions must be equal: %s and %s for Cross' % (a.shape, b.shape))
        if a.shape.ndims is not None and a.shape[-1].value is not None and a.shape[-1].value != 3:
            raise ValueError('Dimension must be 3 but is %d for Cross' % a.shape[-1].value)
        a0, a1, a2 = tf.unstack(a, 3, axis=-1)
        b0, b1, b2 = tf.unstack(b, 3, axis=-1)
        return tf.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis=-1)
