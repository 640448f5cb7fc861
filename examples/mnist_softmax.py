import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)

x = tf.placeholder(tf.float32, [None, 784])
y = tf.placeholder(tf.float32, [None, 10])  #实际分布的概率值

w = tf.Variable(tf.zeros([784, 10]))
b = tf.Variable(tf.zeros(10))

a = tf.nn.softmax(tf.matmul(x, w) + b)  #基于softmax多分类得到的预测概率
#定义损失函数和训练方法
cross_entropy = tf.reduce_mean(-tf.reduce_sum(y * tf.log(a), reduction_indices=[1]))  #交叉熵

optimizer = tf.train.GradientDescentOptimizer(0.5)  #梯度下降优化算法，学习步长为0.5

train = optimizer.minimize(cross_entropy)  #训练目标: 最小化损失函数
init = tf.global_variables_initializer()
print('start to run session:')
with tf.Session() as sess:
    sess.run(init)
    for i in range(2000):
        batch_xs, batch_ys = mnist.train.next_batch(100)
        sess.run(train, feed_dict={x : batch_xs, y : batch_ys})
    #test trained model
    correct_prediction = tf.equal(tf.argmax(a, 1), tf.argmax(y, 1))
    accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32))
    print (sess.run(accuracy, feed_dict={x : mnist.test.images, y : mnist.test.labels}))
