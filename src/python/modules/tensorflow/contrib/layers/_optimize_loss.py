# tf.contrib.layers.optimize_loss (TF 1.15 contrib/layers/optimizers.py), the basic form: loss,
# global_step, learning rate (float → non-trainable variable OptimizeLoss/learning_rate, or a
# scalar tensor), optimizer as a name, class, instance or function, clipping by global norm,
# update ops run before the loss, and the loss/learning-rate/gradient-norm summaries. Returns
# the loss with a control dependency on the training step.
import tensorflow as tf
from tensorflow.layers import _util

OPTIMIZER_CLS_NAMES = {
    'Adagrad': tf.train.AdagradOptimizer,
    'Adam': tf.train.AdamOptimizer,
    'Ftrl': tf.train.FtrlOptimizer,
    'Momentum': lambda learning_rate: tf.train.MomentumOptimizer(learning_rate, momentum=0.9),
    'RMSProp': tf.train.RMSPropOptimizer,
    'SGD': tf.train.GradientDescentOptimizer,
}

OPTIMIZER_SUMMARIES = ['learning_rate', 'loss', 'gradients', 'gradient_norm', 'global_gradient_norm']


def _learning_rate(learning_rate):
    if learning_rate is None:
        return None
    if isinstance(learning_rate, (tf.Tensor, tf.Variable)) and learning_rate.get_shape().ndims == 0:
        return learning_rate
    if isinstance(learning_rate, float):
        if learning_rate < 0.0:
            raise ValueError('Invalid learning_rate %s.', learning_rate)
        return tf.get_variable('learning_rate', [], trainable=False,
                               initializer=tf.constant_initializer(learning_rate))
    raise ValueError('Learning rate should be 0d Tensor or float. Got %s of type %s'
                     % (str(learning_rate), str(type(learning_rate))))


def _make_optimizer(optimizer, lr, learning_rate):
    if isinstance(optimizer, str):
        if lr is None:
            raise ValueError('Learning rate is None, but should be specified if optimizer is string (%s).' % optimizer)
        if optimizer not in OPTIMIZER_CLS_NAMES:
            raise ValueError('Optimizer name should be one of [%s], you provided %s.'
                             % (', '.join(OPTIMIZER_CLS_NAMES), optimizer))
        return OPTIMIZER_CLS_NAMES[optimizer](learning_rate=lr)
    if isinstance(optimizer, type) and issubclass(optimizer, tf.train.Optimizer):
        if lr is None:
            raise ValueError('Learning rate is None, but should be specified if optimizer is class (%s).' % optimizer)
        return optimizer(learning_rate=lr)
    if isinstance(optimizer, tf.train.Optimizer):
        return optimizer
    if callable(optimizer):
        opt = optimizer(lr) if learning_rate is not None else optimizer()
        if not isinstance(opt, tf.train.Optimizer):
            raise ValueError('Unrecognized optimizer: function should return subclass of Optimizer. Got %s.' % str(opt))
        return opt
    raise ValueError('Unrecognized optimizer: should be string, subclass of Optimizer, instance of subclass of '
                     'Optimizer or function with one argument. Got %s.' % str(optimizer))


def _global_norm(gradients):
    return tf.global_norm([g for g, _ in gradients if g is not None])


def optimize_loss(loss, global_step, learning_rate, optimizer, gradient_noise_scale=None, gradient_multipliers=None,
                  clip_gradients=None, learning_rate_decay_fn=None, update_ops=None, variables=None, name=None,
                  summaries=None, colocate_gradients_with_ops=False, increment_global_step=True):
    if gradient_noise_scale is not None:
        _util.not_supported('optimize_loss', 'gradient_noise_scale')
    if gradient_multipliers is not None:
        _util.not_supported('optimize_loss', 'gradient_multipliers')
    loss = tf.convert_to_tensor(loss)
    if global_step is None:
        global_step = tf.train.get_global_step()
    with tf.variable_scope(name, 'OptimizeLoss', [loss, global_step]):
        if update_ops is None:
            update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
        if update_ops:
            with tf.control_dependencies(list(update_ops)):
                loss = tf.identity(loss, name='control_dependency')
        lr = _learning_rate(learning_rate)
        if summaries is None:
            summaries = ['loss', 'learning_rate', 'global_gradient_norm']
        else:
            for summ in summaries:
                if summ not in OPTIMIZER_SUMMARIES:
                    raise ValueError('Summaries should be one of [%s], you provided %s.'
                                     % (', '.join(OPTIMIZER_SUMMARIES), summ))
        if learning_rate is not None and learning_rate_decay_fn is not None:
            if global_step is None:
                raise ValueError('global_step is required for learning_rate_decay_fn.')
            lr = learning_rate_decay_fn(lr, global_step)
            if 'learning_rate' in summaries:
                tf.summary.scalar('learning_rate', lr)
        opt = _make_optimizer(optimizer, lr, learning_rate)
        if variables is None:
            variables = tf.trainable_variables()
        gradients = opt.compute_gradients(loss, variables, colocate_gradients_with_ops=colocate_gradients_with_ops)
        if 'global_gradient_norm' in summaries or 'gradient_norm' in summaries:
            tf.summary.scalar('global_norm/gradient_norm', _global_norm(gradients))
        if isinstance(clip_gradients, float):
            grads, variables_ = zip(*gradients)
            clipped, _ = tf.clip_by_global_norm(list(grads), clip_gradients)
            gradients = list(zip(clipped, variables_))
        elif callable(clip_gradients):
            gradients = clip_gradients(gradients)
        elif clip_gradients is not None:
            raise ValueError('Unknown type %s for clip_gradients' % type(clip_gradients))
        if 'loss' in summaries:
            tf.summary.scalar('loss', loss)
        for gradient, variable in gradients:
            if gradient is None:
                continue
            name_ = variable.op.name
            if 'gradients' in summaries:
                tf.summary.histogram('gradients/%s' % name_, gradient)
            if 'gradient_norm' in summaries:
                tf.summary.scalar('gradient_norm/%s' % name_, tf.global_norm([gradient]))
        if isinstance(clip_gradients, float) and ('global_gradient_norm' in summaries or 'gradient_norm' in summaries):
            tf.summary.scalar('global_norm/clipped_gradient_norm', _global_norm(gradients))
        grad_updates = opt.apply_gradients(gradients, global_step=global_step if increment_global_step else None,
                                           name='train')
        with tf.control_dependencies([grad_updates]):
            return tf.identity(loss, name='control_dependency')
