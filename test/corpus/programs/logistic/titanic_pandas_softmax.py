# Models: einsterm/machinelearning_demo demo09/titanic.py
# Checks: Kaggle-layout Titanic train.csv read with pd.read_csv (quoted names with commas, empty
# Age/Cabin/Embarked fields → NaN; our synthetic rows, data/generate_pandas.py), data.fillna(0),
# Series.apply for the Sex and Deceased columns, data[[...]].as_matrix() into sklearn's
# train_test_split(test_size=0.2, random_state=42), a hand-written softmax regression fed one
# passenger at a time with GradientDescentOptimizer(0.01) for 10 epochs. The program is unseeded
# and feeds unscaled Age and Fare, so its softmax saturates and the loss does not fall steadily
# (six runs: validation accuracy 0.58-0.68, 0.683 being "all deceased"): the checks are the ten
# epoch lines and an accuracy printed in range, and above all what the data fixes: the frame's
# shape, the missing-value counts, the head of the prepared columns (the real pandas prints the
# same lines) and the split sizes.
import pandas as pd
from sklearn.model_selection import train_test_split
import numpy as np
import tensorflow as tf

data = pd.read_csv('../../data/titanic_train.csv')
print(data.shape)
# expect-line: (300, 12)
print(data.isnull().sum())
# expect-line: Age             54
# expect-line: Cabin          239
# expect-line: Embarked         2
data = data.fillna(0)
data['Sex'] = data['Sex'].apply(lambda s: 1 if s == 'male' else 0)
data['Deceased'] = data['Survived'].apply(lambda s: 1 - s)
print(data[['Sex', 'Age', 'Pclass', 'Fare', 'Deceased', 'Survived']].head())
# expect-line: 0    0  44.0       1  41.4848         0         1
# expect-line: 4    1  40.0       3  19.9475         1         0

dataset_X = data[['Sex', 'Age', 'Pclass', 'SibSp', 'Parch', 'Fare']].as_matrix()
dataset_Y = data[['Deceased', 'Survived']].as_matrix()

X_train, X_val, y_train, y_val = train_test_split(dataset_X, dataset_Y,
                                                  test_size=0.2,
                                                  random_state=42)
print(X_train.shape, X_val.shape)
# expect-line: (240, 6) (60, 6)

X = tf.placeholder(tf.float32, shape=[None, 6])
y = tf.placeholder(tf.float32, shape=[None, 2])

weights = tf.Variable(tf.random_normal([6, 2]), name='weights')
bias = tf.Variable(tf.zeros([2]), name='bias')

y_pred = tf.nn.softmax(tf.matmul(X, weights) + bias)

cross_entropy = -tf.reduce_sum(y * tf.log(y_pred + 1e-10), reduction_indices=1)
cost = tf.reduce_mean(cross_entropy)
train_op = tf.train.GradientDescentOptimizer(0.01).minimize(cost)

correct_pred = tf.equal(tf.argmax(y, 1), tf.argmax(y_pred, 1))
acc_op = tf.reduce_mean(tf.cast(correct_pred, tf.float32))

with tf.Session() as sess:
    tf.global_variables_initializer().run()
    for epoch in range(10):
        total_loss = 0.
        for i in range(len(X_train)):
            feed_dict = {X: [X_train[i]], y: [y_train[i]]}
            _, loss = sess.run([train_op, cost], feed_dict=feed_dict)
            total_loss += loss
        print('Epoch: %04d, total loss=%.9f' % (epoch + 1, total_loss))
    # expect-count: /^Epoch: \d{4}, total loss=[0-9.]+$/ 10
    pred = sess.run(y_pred, feed_dict={X: X_val})
    correct = np.equal(np.argmax(pred, 1), np.argmax(y_val, 1))
    accuracy = np.mean(correct.astype(np.float32))
    print("Accuracy on validation set: %.9f" % accuracy)
    # expect-value: /^Accuracy on validation set: ([0-9.]+)$/ >= 0.4
