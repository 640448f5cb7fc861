# Model.compile / fit / evaluate / predict / summary and the weight helpers, as TF 1.13's tf.keras
# runs them in graph mode: compile adds a target placeholder `<output layer>_target`, the loss
# (the batch mean of the per-sample loss, plus the layers' regularization losses) and one tensor
# per metric; the first fit adds the optimizer's update ops under `training/`; every step is one
# run of the Keras backend session (tf.keras.backend.get_session(), which initializes the
# variables nobody initialized) with the learning phase fed True. Epoch values are the
# sample-weighted means of the batch values; evaluate averages over batches the same way.
import numpy as np
import tensorflow as tf
from tensorflow.keras import backend, losses, metrics as metrics_module, optimizers, callbacks as cbks


def _no(function, arg, why=None):
    text = "%s() argument '%s' is not supported by Gradbook" % (function, arg)
    raise NotImplementedError(text + ': ' + why if why else text)


def _check_none(function, **kwargs):
    for key in sorted(kwargs):
        if kwargs[key] is not None:
            _no(function, key)


_METRICS = {
    'mae': metrics_module.mean_absolute_error, 'mean_absolute_error': metrics_module.mean_absolute_error,
    'mse': metrics_module.mean_squared_error, 'mean_squared_error': metrics_module.mean_squared_error,
    'binary_accuracy': metrics_module.binary_accuracy, 'categorical_accuracy': metrics_module.categorical_accuracy,
    'sparse_categorical_accuracy': metrics_module.sparse_categorical_accuracy,
    'top_k_categorical_accuracy': metrics_module.top_k_categorical_accuracy,
    'sparse_top_k_categorical_accuracy': metrics_module.sparse_top_k_categorical_accuracy,
    'categorical_crossentropy': losses.categorical_crossentropy,
    'sparse_categorical_crossentropy': losses.sparse_categorical_crossentropy,
    'binary_crossentropy': losses.binary_crossentropy,
}


def _count(weights):
    total = 0
    for w in weights:
        n = 1
        for d in w.get_shape().as_list():
            n *= d
        total += n
    return total


def _shape_text(tensor):
    return str(tuple(tensor.get_shape().as_list()))


def _row(fields, positions):
    line = ''
    for i, field in enumerate(fields):
        if i > 0:
            line = line[:-1] + ' '
        line += str(field)
        line = line[:positions[i]]
        line += ' ' * (positions[i] - len(line))
    return line


class Trainable(object):
    def __init__(self):
        self._inputs = None
        self._outputs = None
        self._compiled = None
        self._compile_args = None
        self._train_op = None
        self._assigns = {}
        self._saver = None
        self.stop_training = False
        self.history = None
        self.optimizer = None

    # ---- the graph -------------------------------------------------------------------------
    def _ensure_graph(self, data=None):
        if self._inputs is None:
            shape = self._declared_input_shape()
            if shape is None and data is not None:
                shape = list(data.shape)
            if shape is None:
                raise ValueError('This model has not yet been built. Build the model first by calling build() or '
                                 'calling fit() with some data. Or specify input_shape or batch_input_shape in the '
                                 'first layer for automatic build.')
            self._build_graph(shape)
        if len(self._inputs) != 1 or len(self._outputs) != 1:
            raise NotImplementedError('tf.keras models with several inputs or outputs are not supported by Gradbook '
                                      'for compile/fit/evaluate/predict')
        if self._compile_args is not None and (self._compiled is None or self._compiled['output'] is not self._outputs[0]):
            self._build_compiled()

    def compile(self, optimizer, loss=None, metrics=None, loss_weights=None, sample_weight_mode=None,
                weighted_metrics=None, target_tensors=None, **kwargs):
        _check_none('compile', loss_weights=loss_weights, sample_weight_mode=sample_weight_mode,
                    weighted_metrics=weighted_metrics, target_tensors=target_tensors)
        for key in kwargs:
            _no('compile', key)
        if isinstance(loss, dict) or isinstance(loss, (list, tuple)) and len(loss) != 1:
            _no('compile', 'loss', 'one loss for one output')
        if isinstance(loss, (list, tuple)):
            loss = loss[0]
        if loss is None:
            raise ValueError('The model cannot be compiled because it has no loss to optimize.')
        if isinstance(metrics, dict):
            _no('compile', 'metrics', 'a metrics dict (one output only)')
        self.optimizer = optimizers.get(optimizer)
        self.loss = loss
        self._compile_args = (losses.get(loss), list(metrics or []))
        self._compiled = None
        self._train_op = None
        if self._inputs is not None or self._declared_input_shape() is not None:
            self._ensure_graph()

    def _metric(self, spec, loss_fn, output):
        if spec in ('accuracy', 'acc'):
            if output.get_shape().as_list()[-1] == 1 or loss_fn is losses.binary_crossentropy \
                    or isinstance(loss_fn, losses.BinaryCrossentropy):
                return 'acc', metrics_module.binary_accuracy
            if loss_fn is losses.sparse_categorical_crossentropy or isinstance(loss_fn, losses.SparseCategoricalCrossentropy):
                return 'acc', metrics_module.sparse_categorical_accuracy
            return 'acc', metrics_module.categorical_accuracy
        if isinstance(spec, str):
            if spec not in _METRICS:
                raise ValueError('Unknown metric function:' + spec)
            fn = _METRICS[spec]
        elif callable(spec):
            fn = spec
        else:
            raise ValueError('Could not interpret metric function identifier: ' + str(spec))
        return getattr(fn, 'name', None) or fn.__name__, fn

    def _build_compiled(self):
        loss_fn, metric_specs = self._compile_args
        output = self._outputs[0]
        output_name = output.op.name.split('/')[0]
        target = tf.placeholder(tf.float32, [None] * output.get_shape().ndims, name=output_name + '_target')
        with tf.name_scope('loss'):
            with tf.name_scope(output_name + '_loss'):
                total = tf.reduce_mean(loss_fn(target, output))
            for extra in self.losses:
                total = total + extra
        names = ['loss']
        tensors = [total]
        with tf.name_scope('metrics'):
            for spec in metric_specs:
                name, fn = self._metric(spec, loss_fn, output)
                with tf.name_scope(output_name + '_' + name):
                    tensors.append(tf.reduce_mean(fn(target, output)))
                names.append(name)
        self._compiled = {'output': output, 'target': target, 'names': names, 'tensors': tensors}
        self._train_op = None

    @property
    def metrics_names(self):
        if self._compiled is None:
            return []
        return list(self._compiled['names'])

    def _need_compiled(self, what):
        if self._compile_args is None:
            raise RuntimeError('You must compile your model before using it.' if what == 'fit' else
                               'You must compile a model before training/testing. Use `model.compile(optimizer, loss)`.')

    def _session(self):
        return backend.get_session()

    def _train_function(self):
        if self._train_op is None:
            with tf.name_scope('training'):
                updates = self.optimizer.get_updates(self._compiled['tensors'][0], self.trainable_weights)
                self._train_op = tf.group(*(updates + list(self.updates)))
        return self._train_op

    # ---- data --------------------------------------------------------------------------------
    def _standardize_x(self, x):
        if x is None:
            raise ValueError('Please provide as model inputs a NumPy array (x=...); datasets and generators are '
                             'not supported by Gradbook')
        if isinstance(x, (list, tuple)) and len(x) == 1:
            x = x[0]
        if isinstance(x, dict) or hasattr(x, 'make_one_shot_iterator'):
            raise NotImplementedError('tf.keras fit/evaluate/predict on dicts or tf.data datasets is not supported by '
                                      'Gradbook: pass NumPy arrays')
        x = np.asarray(x)
        self._ensure_graph(x)
        placeholder = self._inputs[0]
        expected = placeholder.get_shape().as_list()
        name = placeholder.op.name
        if x.ndim != len(expected):
            raise ValueError('Error when checking input: expected %s to have %d dimensions, but got array with shape %s'
                             % (name, len(expected), tuple(x.shape)))
        for want, got in zip(expected[1:], x.shape[1:]):
            if want is not None and want != got:
                raise ValueError('Error when checking input: expected %s to have shape %s but got array with shape %s'
                                 % (name, tuple(expected[1:]), tuple(x.shape[1:])))
        return x.astype(placeholder.dtype.name) if str(x.dtype) != placeholder.dtype.name else x

    def _standardize_y(self, y, count):
        if y is None:
            raise ValueError('Please provide the targets (y=...) as a NumPy array')
        if isinstance(y, (list, tuple)) and len(y) == 1 and not np.isscalar(y[0]):
            y = y[0]
        y = np.asarray(y, dtype='float32')
        if y.ndim == 1:
            y = y.reshape(-1, 1)
        if y.shape[0] != count:
            raise ValueError('Input arrays should have the same number of samples as target arrays. Found %d input '
                             'samples and %d target samples.' % (count, y.shape[0]))
        loss_fn = self._compile_args[0]
        classes = self._compiled['output'].get_shape().as_list()[-1]
        if loss_fn is losses.categorical_crossentropy and y.shape[-1] == 1 and classes != 1:
            raise ValueError('You are passing a target array of shape %s while using as loss `categorical_crossentropy`. '
                             '`categorical_crossentropy` expects targets to be binary matrices (1s and 0s) of shape '
                             '(samples, %d). If your targets are integer classes, you can convert them to the expected '
                             'format via:\n```\nfrom keras.utils import to_categorical\ny_binary = to_categorical(y_int)\n'
                             '```\n\nAlternatively, you can use the loss function `sparse_categorical_crossentropy` '
                             'instead, which does expect integer targets.' % (tuple(y.shape), classes))
        return y

    def _feed(self, x, y=None, training=False):
        feed = {self._inputs[0]: x}
        if y is not None:
            feed[self._compiled['target']] = y
        if training:
            phase = backend.learning_phase()
            if not isinstance(phase, bool):
                feed[phase] = True
        return feed

    # ---- fit / evaluate / predict -----------------------------------------------------------
    def fit(self, x=None, y=None, batch_size=None, epochs=1, verbose=1, callbacks=None, validation_split=0.,
            validation_data=None, shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0,
            steps_per_epoch=None, validation_steps=None, **kwargs):
        _check_none('fit', class_weight=class_weight, sample_weight=sample_weight)
        for key in kwargs:
            if key == 'nb_epoch':
                epochs = kwargs[key]
            else:
                _no('fit', key)
        if shuffle not in (True, False):
            _no('fit', 'shuffle', "only True or False ('batch' shuffling)")
        self._need_compiled('fit')
        batch_size = 32 if batch_size is None else batch_size
        session = self._session()
        val = None
        if _is_dataset(x):
            if steps_per_epoch is None:
                raise ValueError('When using iterators as input to a model, you should specify the `steps_per_epoch` '
                                 'argument.')
            train = _DatasetBatches(self, session, x, y)
            count = None
        else:
            _check_none('fit', steps_per_epoch=steps_per_epoch)
            x = self._standardize_x(x)
            y = self._standardize_y(y, x.shape[0])
            if validation_data is None and validation_split and 0. < validation_split < 1.:
                split_at = int(x.shape[0] * (1. - validation_split))
                val = _ArrayBatches(x[split_at:], y[split_at:], batch_size, False)
                x, y = x[:split_at], y[:split_at]
            train = _ArrayBatches(x, y, batch_size, shuffle)
            count = x.shape[0]
        if validation_data is not None:
            if _is_dataset(validation_data):
                if validation_steps is None:
                    raise ValueError('When using a dataset for validation data, you should specify the '
                                     '`validation_steps` argument.')
                val = _DatasetBatches(self, session, validation_data, None, validation_steps)
            else:
                if len(validation_data) != 2:
                    _no('fit', 'validation_data', 'sample weights in validation_data')
                val_x = self._standardize_x(validation_data[0])
                val = _ArrayBatches(val_x, self._standardize_y(validation_data[1], val_x.shape[0]), batch_size, False)
        train_op = self._train_function()
        session = self._session()
        names = self._compiled['names']
        fetches = [train_op] + self._compiled['tensors']
        if verbose and val is not None and count is not None and isinstance(val, _ArrayBatches):
            print('Train on %d samples, validate on %d samples' % (count, val.count))

        self.history = cbks.History()
        callback_list = [cbks.BaseLogger()] + list(callbacks or []) + [self.history]
        if verbose:
            callback_list.insert(1, cbks.ProgbarLogger('samples' if count is not None else 'steps'))
        hooks = cbks.CallbackList(callback_list)
        hooks.set_model(self)
        hooks.set_params({'batch_size': batch_size, 'epochs': epochs, 'steps': steps_per_epoch, 'samples': count,
                          'verbose': verbose, 'do_validation': val is not None,
                          'metrics': names + (['val_' + n for n in names] if val is not None else [])})
        self.stop_training = False
        hooks.on_train_begin()
        for epoch in range(initial_epoch, epochs):
            hooks.on_epoch_begin(epoch)
            epoch_logs = {}
            for b, (xb, yb) in enumerate(train.epoch(steps_per_epoch)):
                logs = {'batch': b, 'size': xb.shape[0] if count is not None else 1}
                hooks.on_batch_begin(b, logs)
                outs = session.run(fetches, self._feed(xb, yb, training=True))
                for name, value in zip(names, outs[1:]):
                    logs[name] = float(value)
                hooks.on_batch_end(b, logs)
                if self.stop_training:
                    break
            if val is not None:
                for name, value in zip(names, self._test_loop(session, val, 0)):
                    epoch_logs['val_' + name] = value
            hooks.on_epoch_end(epoch, epoch_logs)
            if self.stop_training:
                break
        hooks.on_train_end()
        return self.history

    def _test_loop(self, session, batches, verbose):
        """Batch values averaged with the batch sizes as weights (arrays) or equally (dataset steps)."""
        from tensorflow.keras.utils import Progbar
        tensors = self._compiled['tensors']
        totals = [0.] * len(tensors)
        seen = 0
        target = batches.count if isinstance(batches, _ArrayBatches) else batches.steps
        bar = Progbar(target, verbose=verbose, unit_name='sample' if isinstance(batches, _ArrayBatches) else 'step') \
            if verbose == 1 else None
        for xb, yb in batches.epoch(batches.steps):
            weight = xb.shape[0] if isinstance(batches, _ArrayBatches) else 1
            outs = session.run(tensors, self._feed(xb, yb))
            for i, value in enumerate(outs):
                totals[i] += float(value) * weight
            seen += weight
            if bar is not None and seen < target:
                bar.update(seen)
        results = [t / seen for t in totals]
        if bar is not None:
            bar.update(target, list(zip(self._compiled['names'], results)))
        return results

    def evaluate(self, x=None, y=None, batch_size=None, verbose=1, sample_weight=None, steps=None, **kwargs):
        _check_none('evaluate', sample_weight=sample_weight)
        for key in kwargs:
            _no('evaluate', key)
        self._need_compiled('evaluate')
        session = self._session()
        if _is_dataset(x):
            if steps is None:
                raise ValueError('When using data tensors as input to a model, you should specify the `steps` argument.')
            batches = _DatasetBatches(self, session, x, y, steps)
        else:
            _check_none('evaluate', steps=steps)
            x = self._standardize_x(x)
            batches = _ArrayBatches(x, self._standardize_y(y, x.shape[0]), 32 if batch_size is None else batch_size, False)
        results = self._test_loop(self._session(), batches, verbose)
        return results[0] if len(results) == 1 else results

    def predict(self, x, batch_size=None, verbose=0, steps=None, **kwargs):
        for key in kwargs:
            _no('predict', key)
        batch_size = 32 if batch_size is None else batch_size
        session = self._session()
        if _is_dataset(x):
            if steps is None:
                raise ValueError('When using data tensors as input to a model, you should specify the `steps` argument.')
            batches = _DatasetBatches(self, session, x, None, steps, inputs_only=True)
        else:
            _check_none('predict', steps=steps)
            x = self._standardize_x(x)
            batches = _ArrayBatches(x, None, batch_size, False)
        session = self._session()
        output = self._outputs[0]
        parts = [session.run(output, self._feed(xb)) for xb, _ in batches.epoch(batches.steps)]
        return np.concatenate(parts, axis=0)

    def train_on_batch(self, x, y, sample_weight=None, class_weight=None):
        _check_none('train_on_batch', sample_weight=sample_weight, class_weight=class_weight)
        self._need_compiled('fit')
        x = self._standardize_x(x)
        y = self._standardize_y(y, x.shape[0])
        train_op = self._train_function()
        outs = self._session().run([train_op] + self._compiled['tensors'], self._feed(x, y, training=True))
        values = [float(v) for v in outs[1:]]
        return values[0] if len(values) == 1 else values

    def test_on_batch(self, x, y, sample_weight=None):
        _check_none('test_on_batch', sample_weight=sample_weight)
        self._need_compiled('evaluate')
        x = self._standardize_x(x)
        y = self._standardize_y(y, x.shape[0])
        values = [float(v) for v in self._session().run(self._compiled['tensors'], self._feed(x, y))]
        return values[0] if len(values) == 1 else values

    def predict_on_batch(self, x):
        x = self._standardize_x(x)
        return self._session().run(self._outputs[0], self._feed(x))

    # ---- summary and weights ----------------------------------------------------------------
    def summary(self, line_length=None, positions=None, print_fn=None):
        self._ensure_graph()
        width = line_length or 65
        cuts = [int(width * p) for p in (positions or [.45, .85, 1.])]
        emit = print_fn or print
        emit('_' * width)
        emit(_row(['Layer (type)', 'Output Shape', 'Param #'], cuts))
        emit('=' * width)
        layers = self._summary_layers()
        for i, layer in enumerate(layers):
            emit(_row([layer.name + ' (' + type(layer).__name__ + ')', _shape_text(layer._last_output),
                       layer.count_params()], cuts))
            emit('=' * width if i == len(layers) - 1 else '_' * width)
        trainable = _count(self.trainable_weights)
        frozen = _count(self.non_trainable_weights)
        emit('Total params: {:,}'.format(trainable + frozen))
        emit('Trainable params: {:,}'.format(trainable))
        emit('Non-trainable params: {:,}'.format(frozen))
        emit('_' * width)

    def _layer_weights(self):
        # A Sequential whose first layer declares its input shape is built at once in Keras, so its
        # weights exist before any fit / predict.
        if self._inputs is None and self._declared_input_shape() is not None:
            self._ensure_graph()
        out = []
        for layer in self._sublayers():
            out.extend(layer.weights)
        return out

    def get_weights(self):
        weights = self._layer_weights()
        return list(self._session().run(weights)) if weights else []

    def set_weights(self, weights):
        variables = self._layer_weights()
        if len(weights) != len(variables):
            raise ValueError('You called `set_weights(weights)` on layer "%s" with a  weight list of length %d, but '
                             'the layer was expecting %d weights.' % (self.name, len(weights), len(variables)))
        feed = {}
        ops = []
        for v, value in zip(variables, weights):
            if v.name not in self._assigns:
                placeholder = tf.placeholder(v.dtype.base_dtype, v.get_shape(), name=v.op.name + '_set_value')
                self._assigns[v.name] = (placeholder, tf.assign(v, placeholder))
            placeholder, op = self._assigns[v.name]
            feed[placeholder] = np.asarray(value)
            ops.append(op)
        self._session().run(ops, feed)

    def _weights_saver(self, filepath):
        if str(filepath).endswith(('.h5', '.hdf5', '.keras')):
            raise NotImplementedError('HDF5 weight files are not supported by Gradbook: use a path without .h5 (TF '
                                      'checkpoint format)')
        if self._saver is None:
            # TF 1.13 writes Keras weights object-based: keyed by the layer's position among the layers
            # with weights and the weight's own name, not by the variable's graph name, so a second copy
            # of the model (dense_3/kernel instead of dense/kernel) loads them.
            self._ensure_layers_built()
            keys = {}
            position = 0
            for layer in self._sublayers():
                if not layer.weights:
                    continue
                for v in layer.weights:
                    short = v.op.name.split('/')[-1]
                    keys['layer_with_weights-%d/%s/.ATTRIBUTES/VARIABLE_VALUE' % (position, short)] = v
                position += 1
            self._saver = tf.train.Saver(keys)
        return self._saver

    def _ensure_layers_built(self):
        if self._inputs is None and self._declared_input_shape() is not None:
            self._ensure_graph()

    def save_weights(self, filepath, overwrite=True, save_format=None):
        if save_format not in (None, 'tf'):
            _no('save_weights', 'save_format', "only 'tf'")
        saver = self._weights_saver(filepath)
        saver.save(self._session(), filepath, write_meta_graph=False)

    def load_weights(self, filepath, by_name=False):
        if by_name:
            _no('load_weights', 'by_name')
        self._weights_saver(filepath).restore(self._session(), filepath)

    def count_params(self):
        return _count(self.weights)


def _is_dataset(x):
    return hasattr(x, 'make_one_shot_iterator')


class _ArrayBatches(object):
    """Batches of NumPy arrays, in a new random order each epoch when shuffling."""
    def __init__(self, x, y, batch_size, shuffle):
        self.x = x
        self.y = y
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.count = x.shape[0]
        self.steps = (self.count + batch_size - 1) // batch_size

    def epoch(self, steps=None):
        if self.shuffle:
            order = np.arange(self.count)
            np.random.shuffle(order)
            for b in range(self.steps):
                ids = order[b * self.batch_size:(b + 1) * self.batch_size]
                yield self.x[ids], None if self.y is None else self.y[ids]
        else:
            for start in range(0, self.count, self.batch_size):
                end = start + self.batch_size
                yield self.x[start:end], None if self.y is None else self.y[start:end]


class _DatasetBatches(object):
    """`steps` batches per epoch pulled from a tf.data Dataset of (x, y) pairs (or x alone for predict)
    through one one-shot iterator, then fed to the model's placeholders."""
    def __init__(self, model, session, dataset, y, steps=None, inputs_only=False):
        if y is not None:
            raise ValueError('You passed a dataset or dataset iterator (%s) as input `x` to your model. In that case, '
                             'you should not specify a target (`y`) argument, since the dataset or dataset iterator '
                             'generates both input data and target data.' % (dataset,))
        self.model = model
        self.session = session
        self.steps = steps
        self.inputs_only = inputs_only
        self.next = dataset.make_one_shot_iterator().get_next()

    def epoch(self, steps):
        for _ in range(steps):
            element = self.session.run(self.next)
            if self.inputs_only:
                xb = element[0] if isinstance(element, (list, tuple)) else element
                yield self.model._standardize_x(xb), None
                continue
            if not isinstance(element, (list, tuple)) or len(element) != 2:
                raise ValueError('Please provide model inputs as a dataset of (inputs, targets) pairs')
            xb = self.model._standardize_x(element[0])
            yield xb, self.model._standardize_y(element[1], xb.shape[0])
