# Models: golbin/TensorFlow-Tutorials 08 - CNN/02 - tf.layers.py
# Checks: the CNN written with tf.layers: conv2d(X, n, [3, 3], activation=tf.nn.relu),
# max_pooling2d(L, [2, 2], [2, 2]), tf.layers.dropout(L, rate, is_training) driven by a tf.bool
# placeholder, tf.contrib.layers.flatten, dense layers, Adam 0.001, batches reshaped with
# batch_xs.reshape(-1, 28, 28, 1), the "Epoch: 0001 Avg. cost = 0.1234" log and the "정확도:"
# line. The original (32/64 filters, 15 epochs of 55,000 digits) reaches about 0.99; this run keeps
# the layers but halves the filter counts and trains one epoch of the 5,000 bundled digits
# (50 steps), checked for >= 0.7 on 1,000 test digits.
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

mnist = input_data.read_data_sets("./mnist/data/", one_hot=True)

X = tf.placeholder(tf.float32, [None, 28, 28, 1])
Y = tf.placeholder(tf.float32, [None, 10])
is_training = tf.placeholder(tf.bool)

# 기본적으로 tf.nn.conv2d 와 같지만 가중치 변수를 알아서 만들어 준다
L1 = tf.layers.conv2d(X, 16, [3, 3], activation=tf.nn.relu)
L1 = tf.layers.max_pooling2d(L1, [2, 2], [2, 2])
L1 = tf.layers.dropout(L1, 0.7, is_training)

L2 = tf.layers.conv2d(L1, 32, [3, 3], activation=tf.nn.relu)
L2 = tf.layers.max_pooling2d(L2, [2, 2], [2, 2])
L2 = tf.layers.dropout(L2, 0.7, is_training)

L3 = tf.contrib.layers.flatten(L2)
L3 = tf.layers.dense(L3, 128, activation=tf.nn.relu)
L3 = tf.layers.dropout(L3, 0.5, is_training)

model = tf.layers.dense(L3, 10, activation=None)

cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=model, labels=Y))
optimizer = tf.train.AdamOptimizer(0.001).minimize(cost)

init = tf.global_variables_initializer()
sess = tf.Session()
sess.run(init)

batch_size = 100
total_batch = int(mnist.train.num_examples / batch_size)

for epoch in range(1):
    total_cost = 0

    for i in range(total_batch):
        batch_xs, batch_ys = mnist.train.next_batch(batch_size)
        batch_xs = batch_xs.reshape(-1, 28, 28, 1)

        _, cost_val = sess.run([optimizer, cost],
                               feed_dict={X: batch_xs, Y: batch_ys, is_training: True})
        total_cost += cost_val

    print('Epoch:', '%04d' % (epoch + 1), 'Avg. cost =', '{:.4f}'.format(total_cost / total_batch))

print('최적화 완료!')

is_correct = tf.equal(tf.argmax(model, 1), tf.argmax(Y, 1))
accuracy = tf.reduce_mean(tf.cast(is_correct, tf.float32))
print('정확도:', sess.run(accuracy,
                        feed_dict={X: mnist.test.images[:1000].reshape(-1, 28, 28, 1),
                                   Y: mnist.test.labels[:1000],
                                   is_training: False}))

# expect-count: /^Epoch: 0001 Avg. cost = \d+\.\d{4}$/ 1
# expect-line: 최적화 완료!
# expect-value: /^정확도: ([\d.]+)$/ >= 0.7
# corpus-timeout: 180
