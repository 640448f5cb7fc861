# Models: tensorflow/docs site/en/tutorials/_index.ipynb ("Get Started with TensorFlow", the TF 1.13 beginners' Keras program on tensorflow.org)
# Checks: tf.keras.datasets.mnist.load_data (here the bundled 5,500 train / 4,500 test digits, uint8
# 28x28), a Sequential of Flatten(input_shape), Dense(512, tf.nn.relu), Dropout(0.2), Dense(10,
# tf.nn.softmax) compiled with 'adam', 'sparse_categorical_crossentropy' and ['accuracy'], fit's
# "Epoch n/5" and per-epoch progress lines (loss and acc), the loss falling, and evaluate's progress
# line with test accuracy >= 0.9 (about 0.95 on the bundled digits; 0.98 on full MNIST).
import tensorflow as tf
mnist = tf.keras.datasets.mnist

(x_train, y_train),(x_test, y_test) = mnist.load_data()
x_train, x_test = x_train / 255.0, x_test / 255.0

model = tf.keras.models.Sequential([
  tf.keras.layers.Flatten(input_shape=(28, 28)),
  tf.keras.layers.Dense(512, activation=tf.nn.relu),
  tf.keras.layers.Dropout(0.2),
  tf.keras.layers.Dense(10, activation=tf.nn.softmax)
])
model.compile(optimizer='adam',
              loss='sparse_categorical_crossentropy',
              metrics=['accuracy'])

model.fit(x_train, y_train, epochs=5)
model.evaluate(x_test, y_test)

# corpus-timeout: 180
# expect-count: /^Epoch [1-5]\/5$/ 5
# expect-count: /^(\d+)\/\1 \[=+\] - \d+s \d+[mu]?s\/sample - loss: [\d.]+ - acc: [\d.]+$/ 6
# expect-decrease: /loss: ([\d.]+) - acc/ 0.7
# expect-value: /acc: ([\d.]+)$/ >= 0.9
