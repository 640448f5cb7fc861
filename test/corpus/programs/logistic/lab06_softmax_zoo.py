# Models: hunkim/DeepLearningZeroToAll lab-06-2-softmax_zoo_classifier.py
# Checks: integer class labels turned into one-hot with tf.one_hot + tf.reshape (one_hot adds a
# rank), softmax_cross_entropy_with_logits, the "[True] Prediction: 3 True Y: 3" report loop over
# zip(pred, y_data.flatten()), and accuracy >= 0.9.
import tensorflow as tf
import numpy as np
tf.set_random_seed(777)  # for reproducibility

# Predicting animal type based on various features
xy = np.loadtxt('../../data/zoo.csv', delimiter=',', dtype=np.float32)
x_data = xy[:, 0:-1]
y_data = xy[:, [-1]]

print(x_data.shape, y_data.shape)

nb_classes = 7  # 0 ~ 6

X = tf.placeholder(tf.float32, [None, 16])
Y = tf.placeholder(tf.int32, [None, 1])  # 0 ~ 6
Y_one_hot = tf.one_hot(Y, nb_classes)  # one hot
print("one_hot", Y_one_hot)
Y_one_hot = tf.reshape(Y_one_hot, [-1, nb_classes])
print("reshape", Y_one_hot)

W = tf.Variable(tf.random_normal([16, nb_classes]), name='weight')
b = tf.Variable(tf.random_normal([nb_classes]), name='bias')

logits = tf.matmul(X, W) + b
hypothesis = tf.nn.softmax(logits)

cost_i = tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=Y_one_hot)
cost = tf.reduce_mean(cost_i)
optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.5).minimize(cost)

prediction = tf.argmax(hypothesis, 1)
correct_prediction = tf.equal(prediction, tf.argmax(Y_one_hot, 1))
accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())

    for step in range(1501):
        sess.run(optimizer, feed_dict={X: x_data, Y: y_data})
        if step % 500 == 0:
            loss, acc = sess.run([cost, accuracy], feed_dict={X: x_data, Y: y_data})
            print("Step: {:5}\tLoss: {:.3f}\tAcc: {:.2%}".format(step, loss, acc))

    pred = sess.run(prediction, feed_dict={X: x_data})
    for p, y in list(zip(pred, y_data.flatten()))[:5]:
        print("[{}] Prediction: {} True Y: {}".format(p == int(y), p, int(y)))

# expect-line: (70, 16) (70, 1)
# expect-line: one_hot Tensor("one_hot:0", shape=(?, 1, 7), dtype=float32)
# expect-line: reshape Tensor("Reshape:0", shape=(?, 7), dtype=float32)
# expect-count: /^Step: +\d+\tLoss: \d+\.\d{3}\tAcc: \d+\.\d{2}%$/ 4
# expect-value: /^Step:  1500\tLoss: [\d.]+\tAcc: ([\d.]+)%$/ >= 90
# expect-count: /^\[(True|False)\] Prediction: \d True Y: \d$/ 5
