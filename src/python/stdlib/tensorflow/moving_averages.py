"""tf.train.ExponentialMovingAverage (TF 1.15 behaviour): apply() makes one shadow variable per
variable or tensor (named `<op name>/<ema name>`, not trainable, starting at the variable's initial
value or at zeros for a tensor) and returns a group of `shadow -= (shadow - value) * (1 - decay)`
updates; with num_updates the decay is min(decay, (1 + n) / (10 + n)). average(), average_name()
and variables_to_restore() let an evaluation Saver load the averages into the model's variables."""

import tensorflow as tf


def assign_moving_average(variable, value, decay, zero_debias=True, name=None):
    if zero_debias:
        raise NotImplementedError('assign_moving_average: zero_debias=True is not supported by Gradbook; '
                                  'pass zero_debias=False')
    with tf.name_scope(name, 'AssignMovingAvg', [variable, value, decay]) as scope:
        decay = tf.convert_to_tensor(1.0 - decay, name='decay')
        if decay.dtype != variable.dtype.base_dtype:
            decay = tf.cast(decay, variable.dtype.base_dtype)
        update_delta = (variable - value) * decay
        return tf.assign_sub(variable, update_delta, name=scope)


class ExponentialMovingAverage(object):
    """Maintains moving averages of variables (and tensors) by employing an exponential decay."""

    def __init__(self, decay, num_updates=None, zero_debias=False, name='ExponentialMovingAverage'):
        if zero_debias:
            raise NotImplementedError('ExponentialMovingAverage: zero_debias=True is not supported by Gradbook')
        self._decay = decay
        self._num_updates = num_updates
        self._name = name
        self._averages = {}

    @property
    def name(self):
        return self._name

    def _create_shadow(self, var):
        is_variable = isinstance(var, tf.Variable)
        if not var.dtype.base_dtype.is_floating:
            raise TypeError('The variables must be half, float, or double: %s' % var.name)
        # Slots are made outside the caller's control dependencies and name scopes (TF's
        # init_scope), so initializing them never runs the caller's ops.
        with tf.control_dependencies(None), tf.name_scope(None):
            if is_variable:
                initial = var.initialized_value()
            else:
                shape = var.get_shape()
                if not shape.is_fully_defined():
                    raise ValueError('ExponentialMovingAverage: the shape of %s must be fully defined' % var.name)
                initial = tf.zeros(shape.as_list(), dtype=var.dtype.base_dtype)
            avg = tf.Variable(initial, name=var.op.name + '/' + self._name, trainable=False)
        if is_variable:
            tf.add_to_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES, var)
        return avg

    def apply(self, var_list=None):
        if var_list is None:
            var_list = tf.trainable_variables()
        var_list = list(var_list)
        for var in var_list:
            if var in self._averages:
                raise ValueError('Moving average already computed for: %s' % var.name)
            self._averages[var] = self._create_shadow(var)
        with tf.name_scope(self._name) as scope:
            decay = tf.convert_to_tensor(self._decay, name='decay')
            if self._num_updates is not None:
                num_updates = tf.cast(self._num_updates, tf.float32, name='num_updates')
                decay = tf.minimum(decay, (1.0 + num_updates) / (10.0 + num_updates))
            updates = [assign_moving_average(self._averages[var], var, decay, zero_debias=False)
                       for var in var_list]
            return tf.group(*updates, name=scope)

    def average(self, var):
        return self._averages.get(var, None)

    def average_name(self, var):
        if var in self._averages:
            return self._averages[var].op.name
        return var.op.name + '/' + self._name

    def variables_to_restore(self, moving_avg_variables=None):
        name_map = {}
        if moving_avg_variables is None:
            moving_avg_variables = tf.trainable_variables() + tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES)
        moving_avg_variables = list(moving_avg_variables)
        for v in moving_avg_variables:
            name_map[self.average_name(v)] = v
        for v in tf.global_variables():
            if v not in moving_avg_variables and v.op.name not in name_map:
                name_map[v.op.name] = v
        return name_map
