# tf.contrib.losses (TF 1.0-1.15 loss_ops.py): the contrib-era losses that tf.losses replaced. They
# compute the same values with the same weighting (the weighted sum over the count of non-zero
# weights), so each is tf.losses' function with contrib's argument order: predictions or logits
# come first (mean_squared_error(predictions, labels), softmax_cross_entropy(logits,
# onehot_labels)). hinge_loss is the exception: contrib returns the unreduced per-element losses.
import tensorflow as tf

add_loss = tf.losses.add_loss
get_losses = tf.losses.get_losses
get_regularization_losses = tf.losses.get_regularization_losses
get_total_loss = tf.losses.get_total_loss


def compute_weighted_loss(losses, weights=1.0, scope=None):
    return tf.losses.compute_weighted_loss(losses, weights=weights, scope=scope)


def absolute_difference(predictions, labels=None, weights=1.0, scope=None):
    return tf.losses.absolute_difference(labels, predictions, weights=weights, scope=scope)


def cosine_distance(predictions, labels=None, dim=None, weights=1.0, scope=None):
    if dim is None:
        raise ValueError('`dim` cannot be None.')
    return tf.losses.cosine_distance(labels, predictions, axis=dim, weights=weights, scope=scope)


def log_loss(predictions, labels=None, weights=1.0, epsilon=1e-7, scope=None):
    return tf.losses.log_loss(labels, predictions, weights=weights, epsilon=epsilon, scope=scope)


def mean_pairwise_squared_error(predictions, labels=None, weights=1.0, scope=None):
    return tf.losses.mean_pairwise_squared_error(labels, predictions, weights=weights, scope=scope)


def mean_squared_error(predictions, labels=None, weights=1.0, scope=None):
    return tf.losses.mean_squared_error(labels, predictions, weights=weights, scope=scope)


def sigmoid_cross_entropy(logits, multi_class_labels, weights=1.0, label_smoothing=0, scope=None):
    return tf.losses.sigmoid_cross_entropy(multi_class_labels, logits, weights=weights,
                                           label_smoothing=label_smoothing, scope=scope)


def softmax_cross_entropy(logits, onehot_labels, weights=1.0, label_smoothing=0, scope=None):
    return tf.losses.softmax_cross_entropy(onehot_labels, logits, weights=weights,
                                           label_smoothing=label_smoothing, scope=scope)


def sparse_softmax_cross_entropy(logits, labels, weights=1.0, scope=None):
    return tf.losses.sparse_softmax_cross_entropy(labels, logits, weights=weights, scope=scope)


def hinge_loss(logits, labels=None, scope=None):
    # contrib's hinge loss is per element (no reduction, nothing added to the LOSSES collection):
    # relu(1 - (2 * labels - 1) * logits), the {0, 1} labels mapped to {-1, 1}.
    with tf.name_scope(scope, 'hinge_loss', [logits, labels]):
        logits = tf.convert_to_tensor(logits)
        labels = tf.convert_to_tensor(labels)
        if not logits.get_shape().is_compatible_with(labels.get_shape()):
            raise ValueError('Shapes %s and %s are incompatible' % (logits.get_shape(), labels.get_shape()))
        labels = tf.to_float(labels)
        all_ones = tf.ones_like(labels)
        labels = tf.subtract(2 * labels, all_ones)
        return tf.nn.relu(tf.subtract(all_ones, tf.multiply(labels, logits)))
