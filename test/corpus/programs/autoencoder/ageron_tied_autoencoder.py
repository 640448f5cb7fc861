# Models: ageron/handson-ml 15_autoencoders.ipynb (Stacked Autoencoders: Tying weights; Visualizing the reconstructions)
# Checks: the chapter's stacked autoencoder with tied weights: a 784-300-150-300-784 net where
# weights3 = tf.transpose(weights2) and weights4 = tf.transpose(weights1), initial weights drawn by
# calling tf.contrib.layers.variance_scaling_initializer() on a shape, tf.nn.elu activations, an
# l2_regularizer(0.0005) applied to the two weight matrices and added to the MSE reconstruction
# loss, Adam 0.01, the shuffle_batch generator used with next(), the progress line written with
# print("\r{}%".format(...), end="") and sys.stdout.flush(), the "\r0 Train MSE: 0.0189" epoch log,
# and show_reconstructed_digits (plt.figure(figsize=(8, 3 * n_test_digits)), plt.subplot(n, 2, ...),
# imshow with cmap="Greys", plt.axis("off")). Only two weight matrices (and four biases) are
# variables: the decoder's weights are transposes (weights4 is (300, 784)). The reconstruction MSE
# (of the last batch of each epoch) falls: the last epoch's is under 0.8 of the first's and under
# 0.02 (an untrained net's is about 0.1, the mean square pixel; ageron's run: 0.0199 after the
# first epoch, 0.0112-0.0120 after 5 epochs of 55,000 digits; here 4 epochs of the 5,500 bundled
# training digits, 110 steps each, print about 0.023 then 0.016).
import sys
import numpy as np
import tensorflow as tf
import matplotlib
import matplotlib.pyplot as plt


def reset_graph(seed=42):
    tf.reset_default_graph()
    tf.set_random_seed(seed)
    np.random.seed(seed)


def plot_image(image, shape=[28, 28]):
    plt.imshow(image.reshape(shape), cmap="Greys", interpolation="nearest")
    plt.axis("off")


(X_train, y_train), (X_test, y_test) = tf.keras.datasets.mnist.load_data()
X_train = X_train.astype(np.float32).reshape(-1, 28*28) / 255.0
X_test = X_test.astype(np.float32).reshape(-1, 28*28) / 255.0
y_train = y_train.astype(np.int32)
y_test = y_test.astype(np.int32)


def shuffle_batch(X, y, batch_size):
    rnd_idx = np.random.permutation(len(X))
    n_batches = len(X) // batch_size
    for batch_idx in np.array_split(rnd_idx, n_batches):
        X_batch, y_batch = X[batch_idx], y[batch_idx]
        yield X_batch, y_batch


reset_graph()

n_inputs = 28*28
n_hidden1 = 300
n_hidden2 = 150  # codings
n_hidden3 = n_hidden1
n_outputs = n_inputs

learning_rate = 0.01
l2_reg = 0.0005

activation = tf.nn.elu
regularizer = tf.contrib.layers.l2_regularizer(l2_reg)
initializer = tf.contrib.layers.variance_scaling_initializer()

X = tf.placeholder(tf.float32, shape=[None, n_inputs])

weights1_init = initializer([n_inputs, n_hidden1])
weights2_init = initializer([n_hidden1, n_hidden2])

weights1 = tf.Variable(weights1_init, dtype=tf.float32, name="weights1")
weights2 = tf.Variable(weights2_init, dtype=tf.float32, name="weights2")
weights3 = tf.transpose(weights2, name="weights3")  # tied weights
weights4 = tf.transpose(weights1, name="weights4")  # tied weights

biases1 = tf.Variable(tf.zeros(n_hidden1), name="biases1")
biases2 = tf.Variable(tf.zeros(n_hidden2), name="biases2")
biases3 = tf.Variable(tf.zeros(n_hidden3), name="biases3")
biases4 = tf.Variable(tf.zeros(n_outputs), name="biases4")

hidden1 = activation(tf.matmul(X, weights1) + biases1)
hidden2 = activation(tf.matmul(hidden1, weights2) + biases2)
hidden3 = activation(tf.matmul(hidden2, weights3) + biases3)
outputs = tf.matmul(hidden3, weights4) + biases4

reconstruction_loss = tf.reduce_mean(tf.square(outputs - X))
reg_loss = regularizer(weights1) + regularizer(weights2)
loss = reconstruction_loss + reg_loss

optimizer = tf.train.AdamOptimizer(learning_rate)
training_op = optimizer.minimize(loss)

init = tf.global_variables_initializer()
saver = tf.train.Saver()

print("variables:", [v.name for v in tf.trainable_variables()])
print("weights4:", weights4.name, weights4.shape)

n_epochs = 4
batch_size = 50

with tf.Session() as sess:
    init.run()
    for epoch in range(n_epochs):
        n_batches = len(X_train) // batch_size
        for iteration in range(n_batches):
            print("\r{}%".format(100 * iteration // n_batches), end="")
            sys.stdout.flush()
            X_batch, y_batch = next(shuffle_batch(X_train, y_train, batch_size))
            sess.run(training_op, feed_dict={X: X_batch})
        loss_train = reconstruction_loss.eval(feed_dict={X: X_batch})
        print("\r{}".format(epoch), "Train MSE:", loss_train)
    outputs_val = outputs.eval(feed_dict={X: X_test[:2]})

n_test_digits = 2
fig = plt.figure(figsize=(8, 3 * n_test_digits))
for digit_index in range(n_test_digits):
    plt.subplot(n_test_digits, 2, digit_index * 2 + 1)
    plot_image(X_test[digit_index])
    plt.subplot(n_test_digits, 2, digit_index * 2 + 2)
    plot_image(outputs_val[digit_index])
plt.show()
print("reconstructions:", outputs_val.shape)

# expect-line: variables: ['weights1:0', 'weights2:0', 'biases1:0', 'biases2:0', 'biases3:0', 'biases4:0']
# expect-line: weights4: weights4:0 (300, 784)
# expect-count: /Train MSE: [\d.]+$/ 4
# expect-decrease: /Train MSE: ([\d.]+)$/ 0.8
# expect-value: /Train MSE: ([\d.]+)$/ < 0.02
# expect-line: reconstructions: (2, 784)
# corpus-timeout: 150
