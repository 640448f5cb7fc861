# Models: chollet/deep-learning-with-python-notebooks 3.7-predicting-house-prices.ipynb (K-fold validation of a small Keras regression network, as run with tf.keras in TF 1.13)
# Checks: Boston housing replaced by synthetic data from np.random.seed(3) (13 features, a linear
# target plus noise; the mean/std normalization and the fold sizes are NumPy's arithmetic), a
# build_model() function compiled with 'rmsprop', 'mse' and metrics=['mae'], K-fold validation with
# np.concatenate of the other folds, fit(verbose=0) with validation_data and a LambdaCallback that
# collects each epoch's val_mean_absolute_error... logs keys, history keys for the 'mae' metric,
# evaluate returning [mse, mae], the mean validation MAE below 2.6 and the test MAE under 0.9x that of predicting the mean
# (targets have std ~3.7; the target mean / std line is NumPy's),
# and save_weights / load_weights round-tripping the weights into a fresh model.
import os
import tempfile
import numpy as np
import tensorflow as tf
from tensorflow.keras import models, layers, callbacks
from tensorflow.keras import backend as K

np.random.seed(3)
tf.set_random_seed(3)
train_data = np.random.randn(240, 13)
true_w = np.random.randn(13)
train_targets = train_data.dot(true_w) + 0.3 * np.random.randn(240) + 22.0
test_data = np.random.randn(60, 13)
test_targets = test_data.dot(true_w) + 22.0

mean = train_data.mean(axis=0)
train_data -= mean
std = train_data.std(axis=0)
train_data /= std
test_data -= mean
test_data /= std
print('train target mean %.4f std %.4f' % (train_targets.mean(), train_targets.std()))


def build_model():
    model = models.Sequential()
    model.add(layers.Dense(32, activation='relu', input_shape=(train_data.shape[1],)))
    model.add(layers.Dense(32, activation='relu'))
    model.add(layers.Dense(1))
    model.compile(optimizer='rmsprop', loss='mse', metrics=['mae'])
    return model


k = 3
num_val_samples = len(train_data) // k
num_epochs = 100
all_scores = []
epoch_logs = []
for i in range(k):
    print('processing fold #', i)
    val_data = train_data[i * num_val_samples: (i + 1) * num_val_samples]
    val_targets = train_targets[i * num_val_samples: (i + 1) * num_val_samples]
    partial_train_data = np.concatenate(
        [train_data[:i * num_val_samples], train_data[(i + 1) * num_val_samples:]], axis=0)
    partial_train_targets = np.concatenate(
        [train_targets[:i * num_val_samples], train_targets[(i + 1) * num_val_samples:]], axis=0)
    model = build_model()
    logger = callbacks.LambdaCallback(on_epoch_end=lambda epoch, logs: epoch_logs.append(sorted(logs.keys())))
    history = model.fit(partial_train_data, partial_train_targets, validation_data=(val_data, val_targets),
                        epochs=num_epochs, batch_size=16, verbose=0, callbacks=[logger])
    val_mse, val_mae = model.evaluate(val_data, val_targets, verbose=0)
    all_scores.append(val_mae)
    print('fold %d: %d train, %d val, val_mae %.3f' % (i, len(partial_train_data), len(val_data), val_mae))

print('history keys:', sorted(history.history.keys()))
print('epoch logs:', len(epoch_logs), epoch_logs[0])
print('mean val MAE: %.4f' % np.mean(all_scores))

path = os.path.join(tempfile.mkdtemp(), 'house_model')
model.save_weights(path)
fresh = build_model()
fresh.load_weights(path)
same = all(np.array_equal(a, b) for a, b in zip(model.get_weights(), fresh.get_weights()))
print('weights round-trip:', same)
print('same predictions:', np.allclose(model.predict(test_data), fresh.predict(test_data)))
test_mse_score, test_mae_score = fresh.evaluate(test_data, test_targets, verbose=0)
print('test MAE: %.4f' % test_mae_score)
baseline = np.mean(np.abs(test_targets - train_targets.mean()))
print('baseline MAE (predict the mean): %.4f' % baseline)
print('beats the baseline:', test_mae_score < 0.9 * baseline)

# corpus-timeout: 150
# expect-count: /^fold \d: 160 train, 80 val, val_mae [\d.]+$/ 3
# expect-line: history keys: ['loss', 'mean_absolute_error', 'val_loss', 'val_mean_absolute_error']
# expect-line: epoch logs: 300 ['loss', 'mean_absolute_error', 'val_loss', 'val_mean_absolute_error']
# expect-value: /^mean val MAE: ([\d.]+)$/ < 2.6
# expect-line: weights round-trip: True
# expect-line: same predictions: True
# expect-line: beats the baseline: True
# expect-line: train target mean 22.2268 std 3.6500
