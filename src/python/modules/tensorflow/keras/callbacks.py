# tf.keras.callbacks (TF 1.13): the hooks Model.fit calls around epochs and batches. fit always
# runs BaseLogger (epoch averages of the batch values), then ProgbarLogger when verbose (the
# "Epoch 1/5" line and the progress line), the program's callbacks, and History last.
import csv
import warnings
import numpy as np
from tensorflow.keras.utils import Progbar


def _no(cls, arg, why=None):
    text = "%s() argument '%s' is not supported by Gradbook" % (cls, arg)
    raise NotImplementedError(text + ': ' + why if why else text)


class Callback(object):
    def __init__(self):
        self.model = None
        self.params = None
        self.validation_data = None

    def set_params(self, params):
        self.params = params

    def set_model(self, model):
        self.model = model

    def on_epoch_begin(self, epoch, logs=None):
        pass

    def on_epoch_end(self, epoch, logs=None):
        pass

    def on_batch_begin(self, batch, logs=None):
        pass

    def on_batch_end(self, batch, logs=None):
        pass

    def on_train_begin(self, logs=None):
        pass

    def on_train_end(self, logs=None):
        pass


class CallbackList(object):
    def __init__(self, callbacks):
        self.callbacks = list(callbacks)

    def set_params(self, params):
        for c in self.callbacks:
            c.set_params(params)

    def set_model(self, model):
        for c in self.callbacks:
            c.set_model(model)

    def on_epoch_begin(self, epoch, logs=None):
        for c in self.callbacks:
            c.on_epoch_begin(epoch, logs)

    def on_epoch_end(self, epoch, logs=None):
        for c in self.callbacks:
            c.on_epoch_end(epoch, logs)

    def on_batch_begin(self, batch, logs=None):
        for c in self.callbacks:
            c.on_batch_begin(batch, logs)

    def on_batch_end(self, batch, logs=None):
        for c in self.callbacks:
            c.on_batch_end(batch, logs)

    def on_train_begin(self, logs=None):
        for c in self.callbacks:
            c.on_train_begin(logs)

    def on_train_end(self, logs=None):
        for c in self.callbacks:
            c.on_train_end(logs)


class BaseLogger(Callback):
    """Puts the sample-weighted epoch average of each batch metric into the epoch's logs."""
    def on_epoch_begin(self, epoch, logs=None):
        self.seen = 0
        self.totals = {}

    def on_batch_end(self, batch, logs=None):
        logs = logs or {}
        size = logs.get('size', 0)
        self.seen += size
        for k in self.params['metrics']:
            if k in logs:
                self.totals[k] = self.totals.get(k, 0.) + logs[k] * size

    def on_epoch_end(self, epoch, logs=None):
        if logs is not None:
            for k in self.params['metrics']:
                if k in self.totals:
                    logs[k] = self.totals[k] / self.seen


class ProgbarLogger(Callback):
    def __init__(self, count_mode='samples', stateful_metrics=None):
        Callback.__init__(self)
        if count_mode not in ('samples', 'steps'):
            raise ValueError('Unknown `count_mode`: ' + str(count_mode))
        self.use_steps = count_mode == 'steps'

    def on_train_begin(self, logs=None):
        self.verbose = self.params['verbose']
        self.epochs = self.params['epochs']
        self.target = self.params['steps'] if self.use_steps else self.params['samples']

    def on_epoch_begin(self, epoch, logs=None):
        if self.verbose:
            print('Epoch %d/%d' % (epoch + 1, self.epochs))
        validation = [k for k in self.params['metrics'] if k.startswith('val_')]
        self.progbar = Progbar(self.target, verbose=self.verbose, stateful_metrics=validation,
                               unit_name='step' if self.use_steps else 'sample')
        self.seen = 0
        self.last = []

    def on_batch_end(self, batch, logs=None):
        logs = logs or {}
        self.seen += 1 if self.use_steps else logs.get('size', 0)
        values = [(k, logs[k]) for k in self.params['metrics'] if k in logs]
        if self.seen < self.target:
            self.progbar.update(self.seen, values)
        else:
            self.last = values

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        values = self.last + [(k, logs[k]) for k in self.params['metrics'] if k.startswith('val_') and k in logs]
        self.progbar.update(self.seen, values)


class History(Callback):
    def on_train_begin(self, logs=None):
        self.epoch = []
        self.history = {}

    def on_epoch_end(self, epoch, logs=None):
        self.epoch.append(epoch)
        for k, v in (logs or {}).items():
            self.history.setdefault(k, []).append(v)


def _monitor_op(cls, mode, monitor):
    if mode not in ('auto', 'min', 'max'):
        warnings.warn('%s mode %s is unknown, fallback to auto mode.' % (cls, mode), RuntimeWarning)
        mode = 'auto'
    if mode == 'max' or mode == 'auto' and ('acc' in monitor or monitor.startswith('fmeasure')):
        return np.greater, -np.inf
    return np.less, np.inf


class EarlyStopping(Callback):
    def __init__(self, monitor='val_loss', min_delta=0, patience=0, verbose=0, mode='auto', baseline=None,
                 restore_best_weights=False):
        Callback.__init__(self)
        self.monitor = monitor
        self.patience = patience
        self.verbose = verbose
        self.baseline = baseline
        self.restore_best_weights = restore_best_weights
        self.monitor_op, self._start = _monitor_op('EarlyStopping', mode, monitor)
        self.min_delta = abs(min_delta) if self.monitor_op == np.greater else -abs(min_delta)

    def on_train_begin(self, logs=None):
        self.wait = 0
        self.stopped_epoch = 0
        self.best = self.baseline if self.baseline is not None else self._start
        self.best_weights = None

    def on_epoch_end(self, epoch, logs=None):
        current = (logs or {}).get(self.monitor)
        if current is None:
            warnings.warn('Early stopping conditioned on metric `%s` which is not available. Available metrics '
                          'are: %s' % (self.monitor, ','.join(list((logs or {}).keys()))), RuntimeWarning)
            return
        if self.monitor_op(current - self.min_delta, self.best):
            self.best = current
            self.wait = 0
            if self.restore_best_weights:
                self.best_weights = self.model.get_weights()
        else:
            self.wait += 1
            if self.wait >= self.patience:
                self.stopped_epoch = epoch
                self.model.stop_training = True
                if self.restore_best_weights and self.best_weights is not None:
                    if self.verbose > 0:
                        print('Restoring model weights from the end of the best epoch.')
                    self.model.set_weights(self.best_weights)

    def on_train_end(self, logs=None):
        if self.stopped_epoch > 0 and self.verbose > 0:
            print('Epoch %05d: early stopping' % (self.stopped_epoch + 1))


class ModelCheckpoint(Callback):
    """Saves the weights (TF checkpoint format) after every `period` epochs, or only improvements."""
    def __init__(self, filepath, monitor='val_loss', verbose=0, save_best_only=False, save_weights_only=False,
                 mode='auto', period=1):
        Callback.__init__(self)
        if not save_weights_only:
            _no('ModelCheckpoint', 'save_weights_only', 'saving whole models (Model.save) is not supported; pass '
                'save_weights_only=True')
        self.filepath = filepath
        self.monitor = monitor
        self.verbose = verbose
        self.save_best_only = save_best_only
        self.period = period
        self.epochs_since_last_save = 0
        self.monitor_op, self.best = _monitor_op('ModelCheckpoint', mode, monitor)

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        self.epochs_since_last_save += 1
        if self.epochs_since_last_save < self.period:
            return
        self.epochs_since_last_save = 0
        filepath = self.filepath.format(epoch=epoch + 1, **logs)
        if not self.save_best_only:
            if self.verbose > 0:
                print('\nEpoch %05d: saving model to %s' % (epoch + 1, filepath))
            self.model.save_weights(filepath, overwrite=True)
            return
        current = logs.get(self.monitor)
        if current is None:
            warnings.warn('Can save best model only with %s available, skipping.' % self.monitor, RuntimeWarning)
        elif self.monitor_op(current, self.best):
            if self.verbose > 0:
                print('\nEpoch %05d: %s improved from %0.5f to %0.5f, saving model to %s'
                      % (epoch + 1, self.monitor, self.best, current, filepath))
            self.best = current
            self.model.save_weights(filepath, overwrite=True)
        elif self.verbose > 0:
            print('\nEpoch %05d: %s did not improve from %0.5f' % (epoch + 1, self.monitor, self.best))


class LambdaCallback(Callback):
    def __init__(self, on_epoch_begin=None, on_epoch_end=None, on_batch_begin=None, on_batch_end=None,
                 on_train_begin=None, on_train_end=None, **kwargs):
        Callback.__init__(self)
        for key in kwargs:
            raise TypeError("LambdaCallback() got an unexpected keyword argument '%s'" % key)
        none = lambda *args: None
        self.on_epoch_begin = on_epoch_begin or none
        self.on_epoch_end = on_epoch_end or none
        self.on_batch_begin = on_batch_begin or none
        self.on_batch_end = on_batch_end or none
        self.on_train_begin = on_train_begin or none
        self.on_train_end = on_train_end or none


class TerminateOnNaN(Callback):
    def on_batch_end(self, batch, logs=None):
        loss = (logs or {}).get('loss')
        if loss is not None and (np.isnan(loss) or np.isinf(loss)):
            print('Batch %d: Invalid loss, terminating training' % batch)
            self.model.stop_training = True


class CSVLogger(Callback):
    """One CSV row per epoch: `epoch` and the epoch's logs, columns in sorted order."""
    def __init__(self, filename, separator=',', append=False):
        Callback.__init__(self)
        self.filename = filename
        self.separator = separator
        self.append = append
        self.keys = None

    def on_train_begin(self, logs=None):
        self.file = open(self.filename, 'a' if self.append else 'w', newline='')
        self.writer = None

    def on_epoch_end(self, epoch, logs=None):
        logs = logs or {}
        if self.keys is None:
            self.keys = sorted(logs.keys())
        if self.writer is None:
            self.writer = csv.DictWriter(self.file, fieldnames=['epoch'] + self.keys, delimiter=self.separator)
            if not self.append:
                self.writer.writeheader()
        row = {'epoch': epoch}
        for k in self.keys:
            row[k] = logs.get(k, 'NA')
        self.writer.writerow(row)
        self.file.flush()

    def on_train_end(self, logs=None):
        self.file.close()
        self.writer = None


def _unsupported(name, why):
    def make(*args, **kwargs):
        raise NotImplementedError('tf.keras.callbacks.%s is not supported by Gradbook: %s' % (name, why))
    return make


TensorBoard = _unsupported('TensorBoard', 'write summaries with tf.summary and a tf.summary.FileWriter')
LearningRateScheduler = _unsupported('LearningRateScheduler', 'the Keras optimizers keep a constant learning rate')
ReduceLROnPlateau = _unsupported('ReduceLROnPlateau', 'the Keras optimizers keep a constant learning rate')
RemoteMonitor = _unsupported('RemoteMonitor', 'cells have no network access')
