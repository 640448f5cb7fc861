# Models: golbin/TensorFlow-Tutorials 08 - Autoencoder/01 - Autoencoder.py
# Checks: a one-hidden-layer sigmoid autoencoder (784 -> 256 -> 784) with tf.random_normal weights
# and tf.add(tf.matmul(...), b) layers, the mean squared reconstruction error tf.pow(X - decoder, 2),
# RMSPropOptimizer(0.01), the "Epoch: 0001 Avg. cost = 0.1234" log falling, and the figure of ten
# test digits above their reconstructions (plt.subplots(2, 10), set_axis_off, imshow of
# np.reshape(..., (28, 28)), plt.show()). Shortened from 20 epochs to 6 of the 5,000 bundled digits.
# TF1's RMSProp starts its mean square at 1.0, so the first ~150 steps barely move; a float64 NumPy
# run of the same updates (reference/calibration.py) goes 0.45, 0.45, 0.42, 0.25, 0.14, 0.11, so the
# checks are the last epoch <= 0.5 x the first and <= 0.2, and the sigmoid reconstructions in
# [0, 1] (float32 saturates at exactly 1).
import tensorflow as tf
import numpy as np
import matplotlib.pyplot as plt

from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("./mnist/data/", one_hot=True)

learning_rate = 0.01
training_epoch = 6
batch_size = 100
# 신경망 레이어 구성 옵션
n_hidden = 256  # 히든 레이어의 뉴런 갯수
n_input = 28 * 28   # 입력값 크기 - 이미지 픽셀수

X = tf.placeholder(tf.float32, [None, n_input])

# 인코더: 입력값보다 작은 히든 레이어로 압축
W_encode = tf.Variable(tf.random_normal([n_input, n_hidden]))
b_encode = tf.Variable(tf.random_normal([n_hidden]))
encoder = tf.nn.sigmoid(tf.add(tf.matmul(X, W_encode), b_encode))

# 디코더: 입력값 크기로 복원
W_decode = tf.Variable(tf.random_normal([n_hidden, n_input]))
b_decode = tf.Variable(tf.random_normal([n_input]))
decoder = tf.nn.sigmoid(tf.add(tf.matmul(encoder, W_decode), b_decode))

cost = tf.reduce_mean(tf.pow(X - decoder, 2))
optimizer = tf.train.RMSPropOptimizer(learning_rate).minimize(cost)

init = tf.global_variables_initializer()
sess = tf.Session()
sess.run(init)

total_batch = int(mnist.train.num_examples / batch_size)

for epoch in range(training_epoch):
    total_cost = 0

    for i in range(total_batch):
        batch_xs, batch_ys = mnist.train.next_batch(batch_size)
        _, cost_val = sess.run([optimizer, cost], feed_dict={X: batch_xs})
        total_cost += cost_val

    print('Epoch:', '%04d' % (epoch + 1), 'Avg. cost =', '{:.4f}'.format(total_cost / total_batch))

print('최적화 완료!')

sample_size = 10

samples = sess.run(decoder, feed_dict={X: mnist.test.images[:sample_size]})
print('samples in [0, 1]:', samples.shape, bool(samples.min() >= 0), bool(samples.max() <= 1))

fig, ax = plt.subplots(2, sample_size, figsize=(sample_size, 2))

for i in range(sample_size):
    ax[0][i].set_axis_off()
    ax[1][i].set_axis_off()
    ax[0][i].imshow(np.reshape(mnist.test.images[i], (28, 28)))
    ax[1][i].imshow(np.reshape(samples[i], (28, 28)))

plt.show()

# expect-count: /^Epoch: 000[1-6] Avg. cost = \d+\.\d{4}$/ 6
# expect-decrease: /^Epoch: \d+ Avg. cost = ([\d.]+)$/ 0.5
# expect-value: /^Epoch: 0006 Avg. cost = ([\d.]+)$/ <= 0.2
# expect-line: 최적화 완료!
# expect-line: samples in [0, 1]: (10, 784) True True
# corpus-timeout: 180
