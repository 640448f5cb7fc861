# Models: golbin/TensorFlow-Tutorials 05 - TensorBoard, Saver/01 - Saver.py
# Checks: the animal classifier (fur, wings -> other, mammal, bird) read with
# np.loadtxt(..., delimiter=',', unpack=True, dtype='float32') and np.transpose, a non-trainable
# global_step passed to minimize, tf.train.Saver(tf.global_variables()),
# tf.train.get_checkpoint_state + tf.train.checkpoint_exists deciding between restore and
# initialization, saver.save(..., global_step=global_step), and the "Step: %d, Cost: %.3f" /
# 예측값 / 실제값 / 정확도 report. The original is run twice from the shell and the second run
# continues from the checkpoint; here the same script body runs twice in one process, the second
# time in a fresh graph after tf.reset_default_graph(), so the steps print 1, 2 and then 3, 4.
import os
import shutil
import tensorflow as tf
import numpy as np

# 털, 날개, 기타, 포유류, 조류
data = np.loadtxt('../../data/animals.csv', delimiter=',', unpack=True, dtype='float32')

x_data = np.transpose(data[0:2])
y_data = np.transpose(data[2:])

model_dir = '/tmp/gradbook_corpus/golbin_saver_model'
shutil.rmtree(model_dir, ignore_errors=True)
os.makedirs(model_dir)

for run in range(2):
    tf.reset_default_graph()

    # 학습 횟수를 카운트하는 변수 (학습에 직접 사용되지 않으므로 trainable=False)
    global_step = tf.Variable(0, trainable=False, name='global_step')

    X = tf.placeholder(tf.float32)
    Y = tf.placeholder(tf.float32)

    W1 = tf.Variable(tf.random_uniform([2, 10], -1., 1.))
    L1 = tf.nn.relu(tf.matmul(X, W1))

    W2 = tf.Variable(tf.random_uniform([10, 20], -1., 1.))
    L2 = tf.nn.relu(tf.matmul(L1, W2))

    W3 = tf.Variable(tf.random_uniform([20, 3], -1., 1.))
    model = tf.matmul(L2, W3)

    cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=Y, logits=model))

    optimizer = tf.train.AdamOptimizer(learning_rate=0.01)
    # global_step 을 넘겨주면 최적화할 때마다 1 씩 증가
    train_op = optimizer.minimize(cost, global_step=global_step)

    sess = tf.Session()
    saver = tf.train.Saver(tf.global_variables())

    ckpt = tf.train.get_checkpoint_state(model_dir)
    if ckpt and tf.train.checkpoint_exists(ckpt.model_checkpoint_path):
        print('restoring', os.path.basename(ckpt.model_checkpoint_path))
        saver.restore(sess, ckpt.model_checkpoint_path)
    else:
        sess.run(tf.global_variables_initializer())

    for step in range(2):
        sess.run(train_op, feed_dict={X: x_data, Y: y_data})

        print('Step: %d, ' % sess.run(global_step),
              'Cost: %.3f' % sess.run(cost, feed_dict={X: x_data, Y: y_data}))

    saver.save(sess, os.path.join(model_dir, 'dnn.ckpt'), global_step=global_step)

    prediction = tf.argmax(model, 1)
    target = tf.argmax(Y, 1)
    print('예측값:', sess.run(prediction, feed_dict={X: x_data}))
    print('실제값:', sess.run(target, feed_dict={Y: y_data}))

    is_correct = tf.equal(prediction, target)
    accuracy = tf.reduce_mean(tf.cast(is_correct, tf.float32))
    print('정확도: %.2f' % sess.run(accuracy * 100, feed_dict={X: x_data, Y: y_data}))
    sess.close()

# expect-count: /^Step: [12],  Cost: \d+\.\d{3}$/ 2
# expect-line: restoring dnn.ckpt-2
# expect-count: /^Step: [34],  Cost: \d+\.\d{3}$/ 2
# expect-decrease: /^Step: \d,  Cost: ([\d.]+)$/ 1.0
# expect-count: /^실제값: \[0 1 2 0 0 2\]$/ 2
# expect-count: /^정확도: \d+\.\d\d$/ 2
