# Models: chollet/deep-learning-with-python-notebooks 3.5-classifying-movie-reviews.ipynb / 3.6 style (Keras functional API, history.history curves plotted with matplotlib), written for tf.keras in TF 1.13
# Checks: (the count of positives is NumPy's: same seed, same draws) a functional tf.keras Model (Input -> Dense -> BatchNormalization -> Activation -> Dropout
# -> Dense(sigmoid)) on a synthetic two-class problem made with np.random.seed(42), summary()'s
# parameter counts (BatchNormalization: 4*16 = 64 params, 32 of them non-trainable), compile with
# RMSprop / binary_crossentropy / accuracy, fit with validation_data and verbose=0, History's keys,
# the loss and val_loss curves drawn on plt.subplots(1, 2) axes with legends and saved with savefig,
# evaluate's test accuracy >= 0.9 (the classes are separable by a plane), predict's shape and
# probability range, K.get_session() running the model's output tensor to the same numbers as
# predict, and get_weights shapes.
import os
import tempfile
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import tensorflow as tf
from tensorflow.keras import layers, models, optimizers
from tensorflow.keras import backend as K

np.random.seed(42)
n_features = 10
w_true = np.random.randn(n_features)
x_all = np.random.randn(1200, n_features).astype('float32')
y_all = (x_all.dot(w_true) > 0).astype('float32')
x_train, y_train = x_all[:800], y_all[:800]
x_val, y_val = x_all[800:1000], y_all[800:1000]
x_test, y_test = x_all[1000:], y_all[1000:]
print('train positives:', int(y_train.sum()), 'of', len(y_train))

inputs = layers.Input(shape=(n_features,))
x = layers.Dense(16)(inputs)
x = layers.BatchNormalization()(x)
x = layers.Activation('relu')(x)
x = layers.Dropout(0.2)(x)
outputs = layers.Dense(1, activation='sigmoid')(x)
model = models.Model(inputs=inputs, outputs=outputs)
model.summary()

model.compile(optimizer=optimizers.RMSprop(lr=0.01),
              loss='binary_crossentropy',
              metrics=['accuracy'])

history = model.fit(x_train, y_train, epochs=8, batch_size=32,
                    validation_data=(x_val, y_val), verbose=0)
history_dict = history.history
print('keys:', sorted(history_dict.keys()))
loss_values = history_dict['loss']
val_loss_values = history_dict['val_loss']
for epoch, (l, vl) in enumerate(zip(loss_values, val_loss_values)):
    print('epoch %d loss %.4f val_loss %.4f' % (epoch + 1, l, vl))

epochs = range(1, len(loss_values) + 1)
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
axes[0].plot(epochs, loss_values, 'bo', label='Training loss')
axes[0].plot(epochs, val_loss_values, 'b', label='Validation loss')
axes[0].set_title('Training and validation loss')
axes[0].set_xlabel('Epochs')
axes[0].set_ylabel('Loss')
axes[0].legend()
axes[1].plot(epochs, history_dict['acc'], 'bo', label='Training acc')
axes[1].plot(epochs, history_dict['val_acc'], 'b', label='Validation acc')
axes[1].set_title('Training and validation accuracy')
axes[1].legend()
plt.tight_layout()
out_png = os.path.join(tempfile.mkdtemp(), 'history.png')
plt.savefig(out_png)
plt.close(fig)
print('plot saved:', os.path.getsize(out_png) > 0)

test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)
print('test_acc: %.4f' % test_acc)

probs = model.predict(x_test)
print('predict:', probs.shape, bool(probs.min() >= 0.0), bool(probs.max() <= 1.0))
sess = K.get_session()
direct = sess.run(model.output, feed_dict={model.input: x_test, K.learning_phase(): 0})
print('session agrees:', np.allclose(direct, probs, atol=1e-5))
print('weight shapes:', [w.shape for w in model.get_weights()])

# corpus-timeout: 120
# expect-line: dense (Dense)                (None, 16)                176
# expect-line: batch_normalization (BatchNo (None, 16)                64
# expect-line: dense_1 (Dense)              (None, 1)                 17
# expect-line: Total params: 257
# expect-line: Trainable params: 225
# expect-line: Non-trainable params: 32
# expect-line: train positives: 396 of 800
# expect-line: keys: ['acc', 'loss', 'val_acc', 'val_loss']
# expect-count: /^epoch \d loss [\d.]+ val_loss [\d.]+$/ 8
# expect-decrease: /^epoch \d loss ([\d.]+)/ 0.6
# expect-line: plot saved: True
# expect-value: /^test_acc: ([\d.]+)$/ >= 0.9
# expect-line: predict: (200, 1) True True
# expect-line: session agrees: True
# expect-line: weight shapes: [(10, 16), (16,), (16,), (16,), (16,), (16,), (16, 1), (1,)]
