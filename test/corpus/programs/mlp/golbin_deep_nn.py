# -*- coding: utf-8 -*-
# Models: golbin/TensorFlow-Tutorials 04 - Neural Network Basic/02 - Deep NN.py
# Checks: a 2-layer classifier of animals (fur, wings) -> (other, mammal, bird) on a six-row
# NumPy table, Adam, the Korean log lines, and the final "정확도: 100.00" style accuracy >= 80.
import tensorflow as tf
import numpy as np

# [fur, wings]
x_data = np.array([[0, 0], [1, 0], [1, 1], [0, 0], [0, 0], [0, 1]])

# [other, mammal, bird]
y_data = np.array([
    [1, 0, 0],  # other
    [0, 1, 0],  # mammal
    [0, 0, 1],  # bird
    [1, 0, 0],
    [1, 0, 0],
    [0, 0, 1]
])

#########
# 신경망 모델 구성
######
X = tf.placeholder(tf.float32)
Y = tf.placeholder(tf.float32)

# first layer weights [features, hidden] -> [2, 10]
W1 = tf.Variable(tf.random_uniform([2, 10], -1., 1.))
# second layer weights [hidden, classes] -> [10, 3]
W2 = tf.Variable(tf.random_uniform([10, 3], -1., 1.))

b1 = tf.Variable(tf.zeros([10]))
b2 = tf.Variable(tf.zeros([3]))

L1 = tf.add(tf.matmul(X, W1), b1)
L1 = tf.nn.relu(L1)

model = tf.add(tf.matmul(L1, W2), b2)

cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=Y, logits=model))

optimizer = tf.train.AdamOptimizer(learning_rate=0.01)
train_op = optimizer.minimize(cost)

#########
# 신경망 모델 학습
######
init = tf.global_variables_initializer()
sess = tf.Session()
sess.run(init)

for step in range(100):
    sess.run(train_op, feed_dict={X: x_data, Y: y_data})

    if (step + 1) % 10 == 0:
        print(step + 1, sess.run(cost, feed_dict={X: x_data, Y: y_data}))

#########
# 결과 확인
# 0: 기타 1: 포유류, 2: 조류
######
prediction = tf.argmax(model, 1)
target = tf.argmax(Y, 1)
print('예측값:', sess.run(prediction, feed_dict={X: x_data}))
print('실제값:', sess.run(target, feed_dict={Y: y_data}))

is_correct = tf.equal(prediction, target)
accuracy = tf.reduce_mean(tf.cast(is_correct, tf.float32))
print('정확도: %.2f' % sess.run(accuracy * 100, feed_dict={X: x_data, Y: y_data}))

# expect-count: /^(10|20|30|40|50|60|70|80|90|100) [\d.e-]+$/ 10
# expect-line: 실제값: [0 1 2 0 0 2]
# expect-value: /^정확도: ([\d.]+)$/ >= 80
