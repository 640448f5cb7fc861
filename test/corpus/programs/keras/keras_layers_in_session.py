# Models: fchollet/keras-blog content/keras-as-a-simplified-interface-to-tensorflow-tutorial.md (blog.keras.io, part I, "Calling Keras layers on TensorFlow tensors", written with tf.keras as in TF 1.13)
# Checks: a tf.Session registered with tf.keras.backend.set_session, Keras Dense / Dropout layers
# called on a tf.placeholder, the loss from tf.keras.losses.categorical_crossentropy reduced with
# tf.reduce_mean, a plain tf.train.GradientDescentOptimizer(0.5) train op, K.learning_phase() fed 1
# while training so Dropout acts (0 at test), train_step.run inside `with sess.as_default()`, the
# variables the layers made (layer.trainable_weights names), and test accuracy from
# tf.keras.metrics.categorical_accuracy >= 0.80 after 300 steps of 50 (the post's 100 steps give
# about 0.9 on full MNIST; the bundled digits are fewer but this runs 3x longer). The run is unseeded
# (Dropout at 0.5, SGD at 0.5): 22 runs gave 0.850-0.908, so the check leaves room below that.
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

sess = tf.Session()

from tensorflow.keras import backend as K
K.set_session(sess)

# this placeholder will contain our input digits, as flat vectors
img = tf.placeholder(tf.float32, shape=(None, 784))

from tensorflow.keras.layers import Dense, Dropout

# Keras layers can be called on TensorFlow tensors:
first = Dense(128, activation='relu')
x = first(img)  # fully-connected layer with 128 units and ReLU activation
x = Dropout(0.5)(x)
x = Dense(128, activation='relu')(x)
x = Dropout(0.5)(x)
preds = Dense(10, activation='softmax')(x)  # output layer with 10 units and a softmax activation

print([w.name for w in first.trainable_weights])
print(preds.get_shape().as_list())

labels = tf.placeholder(tf.float32, shape=(None, 10))

from tensorflow.keras.losses import categorical_crossentropy
loss = tf.reduce_mean(categorical_crossentropy(labels, preds))

mnist_data = input_data.read_data_sets('MNIST_data', one_hot=True)

train_step = tf.train.GradientDescentOptimizer(0.5).minimize(loss)

# Initialize all variables
init_op = tf.global_variables_initializer()
sess.run(init_op)

# Run training loop
with sess.as_default():
    for i in range(300):
        batch = mnist_data.train.next_batch(50)
        train_step.run(feed_dict={img: batch[0], labels: batch[1], K.learning_phase(): 1})

from tensorflow.keras.metrics import categorical_accuracy as accuracy
acc_value = tf.reduce_mean(accuracy(labels, preds))
with sess.as_default():
    print('test accuracy:', acc_value.eval(feed_dict={img: mnist_data.test.images,
                                                      labels: mnist_data.test.labels,
                                                      K.learning_phase(): 0}))

# expect-line: ['dense/kernel:0', 'dense/bias:0']
# expect-line: [None, 10]
# expect-value: /^test accuracy: ([\d.]+)$/ >= 0.80
