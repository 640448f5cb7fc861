# Models: keras-team/keras examples/mnist_cnn.py (Keras 2.2 / tf.keras 1.13 style: Conv2D, MaxPooling2D, Dropout, Flatten, Dense, validation_split and callbacks)
# Checks: tf.keras.datasets.mnist.load_data (bundled digits) cut to 1,000 training images, reshape to
# NHWC, to_categorical, a Sequential Conv2D(8,3x3,relu) -> MaxPooling2D -> Dropout -> Flatten ->
# Dense(32) -> Dense(10, softmax), model.summary()'s table (shapes and parameter counts follow
# Keras arithmetic: 3*3*1*8+8 = 80, 13*13*8*32+32 = 43,296, 33*10 = 330), compile with an Adam
# instance, fit with validation_split=0.2 and EarlyStopping/ModelCheckpoint/History callbacks (val
# metrics in History.history keys, the checkpoint file existing), evaluate, predict shapes, and
# K.get_session() being the session the model trains in.
import os
import tempfile
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import backend as K
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense, Dropout, Flatten, Conv2D, MaxPooling2D
from tensorflow.keras.callbacks import EarlyStopping, ModelCheckpoint, History

batch_size = 64
num_classes = 10
epochs = 4
img_rows, img_cols = 28, 28

(x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
x_train, y_train = x_train[:1000], y_train[:1000]
x_test, y_test = x_test[:500], y_test[:500]

x_train = x_train.reshape(x_train.shape[0], img_rows, img_cols, 1).astype('float32') / 255
x_test = x_test.reshape(x_test.shape[0], img_rows, img_cols, 1).astype('float32') / 255
print('x_train shape:', x_train.shape)
print(x_train.shape[0], 'train samples')
print(x_test.shape[0], 'test samples')

y_train = keras.utils.to_categorical(y_train, num_classes)
y_test = keras.utils.to_categorical(y_test, num_classes)
print('y_train shape:', y_train.shape)

model = Sequential()
model.add(Conv2D(8, kernel_size=(3, 3), activation='relu', input_shape=(img_rows, img_cols, 1)))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Dropout(0.25))
model.add(Flatten())
model.add(Dense(32, activation='relu'))
model.add(Dropout(0.5))
model.add(Dense(num_classes, activation='softmax'))
model.summary()

model.compile(loss=keras.losses.categorical_crossentropy,
              optimizer=keras.optimizers.Adam(lr=0.003),
              metrics=['accuracy'])

ckpt_path = os.path.join(tempfile.mkdtemp(), 'weights.best.ckpt')
history = History()
callbacks = [EarlyStopping(monitor='val_loss', patience=2, verbose=1),
             ModelCheckpoint(ckpt_path, monitor='val_loss', save_best_only=True, save_weights_only=True, verbose=0),
             history]
model.fit(x_train, y_train, batch_size=batch_size, epochs=epochs, verbose=2,
          validation_split=0.2, callbacks=callbacks)

print('history keys:', sorted(history.history.keys()))
print('epochs run:', len(history.history['loss']))
print('checkpoint saved:', os.path.exists(ckpt_path + '.index'))
print('same session:', K.get_session() is K.get_session())

score = model.evaluate(x_test, y_test, verbose=0)
print('Test loss: %.4f' % score[0])
print('Test accuracy: %.4f' % score[1])

probs = model.predict(x_test[:5])
print('predict shape:', probs.shape)
print('rows sum to one:', np.allclose(probs.sum(axis=1), 1.0, atol=1e-5))
print('predicted classes:', model.predict_classes(x_test[:5]).shape)

# corpus-timeout: 120
# expect-line: x_train shape: (1000, 28, 28, 1)
# expect-line: y_train shape: (1000, 10)
# expect-line: conv2d (Conv2D)              (None, 26, 26, 8)         80
# expect-line: max_pooling2d (MaxPooling2D) (None, 13, 13, 8)         0
# expect-line: flatten (Flatten)            (None, 1352)              0
# expect-line: dense (Dense)                (None, 32)                43296
# expect-line: dense_1 (Dense)              (None, 10)                330
# expect-line: Total params: 43,706
# expect-line: Trainable params: 43,706
# expect-line: Non-trainable params: 0
# expect-line: Train on 800 samples, validate on 200 samples
# expect-count: /^Epoch [1-4]\/4$/ 4
# expect-line: history keys: ['acc', 'loss', 'val_acc', 'val_loss']
# expect-line: checkpoint saved: True
# expect-line: same session: True
# expect-value: /^Test accuracy: ([\d.]+)$/ >= 0.75
# expect-line: predict shape: (5, 10)
# expect-line: rows sum to one: True
# expect-line: predicted classes: (5,)
