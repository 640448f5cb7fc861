# Models: Hvass-Labs/TensorFlow-Tutorials 04_Save_Restore.ipynb (early stopping on validation accuracy; the restore done the import_meta_graph + latest_checkpoint way)
# Checks: a classifier whose named placeholders and output are kept in a collection
# (tf.add_to_collection('logits', ...)), validation accuracy every 25 iterations with a
# best_validation_accuracy / last_improvement / require_improvement early-stopping loop, the
# improvement marked with '*' in the log, saver.save(sess=..., save_path=..., global_step=...) only on
# improvement with max_to_keep=2, os.listdir of the checkpoint dir (the 'checkpoint' file, .index,
# .meta and .data-00000-of-00001 files), tf.train.latest_checkpoint naming the last improvement,
# tf.train.get_checkpoint_state(...).all_model_checkpoint_paths keeping two, then a fresh graph
# (tf.reset_default_graph) rebuilt by tf.train.import_meta_graph(latest + '.meta'), restored with
# saver.restore, the tensors found again with get_tensor_by_name('x:0') and get_collection('logits'),
# and the restored model's validation accuracy equal to the best one recorded.
import os
import shutil
import tempfile

import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

data = input_data.read_data_sets('data/MNIST/', one_hot=True)
tf.set_random_seed(11)

save_dir = os.path.join(tempfile.gettempdir(), 'gradbook_corpus_early_stopping')
if os.path.exists(save_dir):
    shutil.rmtree(save_dir)
os.makedirs(save_dir)
save_path = os.path.join(save_dir, 'best_validation')

x = tf.placeholder(tf.float32, shape=[None, 784], name='x')
y_true = tf.placeholder(tf.float32, shape=[None, 10], name='y_true')
y_true_cls = tf.argmax(y_true, axis=1)
hidden = tf.layers.dense(x, 64, activation=tf.nn.relu, name='layer_fc1')
logits = tf.layers.dense(hidden, 10, name='layer_fc2')
tf.add_to_collection('logits', logits)
y_pred_cls = tf.argmax(tf.nn.softmax(logits), axis=1, name='y_pred_cls')
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=y_true))
global_step = tf.Variable(initial_value=0, name='global_step', trainable=False)
optimizer = tf.train.AdamOptimizer(learning_rate=1e-3).minimize(cost, global_step=global_step)
correct_prediction = tf.equal(y_pred_cls, y_true_cls)
accuracy = tf.reduce_mean(tf.cast(correct_prediction, tf.float32), name='accuracy')

saver = tf.train.Saver(max_to_keep=2)
session = tf.Session()
session.run(tf.global_variables_initializer())

train_batch_size = 64
best_validation_accuracy = 0.0
last_improvement = 0
require_improvement = 100
total_iterations = 0
improvements = []


def validation_accuracy():
    return session.run(accuracy, feed_dict={x: data.validation.images, y_true: data.validation.labels})


def optimize(num_iterations):
    global total_iterations, best_validation_accuracy, last_improvement
    for i in range(num_iterations):
        total_iterations += 1
        x_batch, y_true_batch = data.train.next_batch(train_batch_size)
        session.run(optimizer, feed_dict={x: x_batch, y_true: y_true_batch})
        if (total_iterations % 25 == 0) or (i == (num_iterations - 1)):
            acc_train = session.run(accuracy, feed_dict={x: x_batch, y_true: y_true_batch})
            acc_validation = validation_accuracy()
            if acc_validation > best_validation_accuracy:
                best_validation_accuracy = acc_validation
                last_improvement = total_iterations
                saver.save(sess=session, save_path=save_path, global_step=global_step)
                improvements.append(total_iterations)
                improved_str = '*'
            else:
                improved_str = ''
            msg = "Iter: {0:>6}, Train-Batch Accuracy: {1:>6.1%}, Validation Acc: {2:>6.1%} {3}"
            print(msg.format(i + 1, acc_train, acc_validation, improved_str))
        if total_iterations - last_improvement > require_improvement:
            print("No improvement found in a while, stopping optimization.")
            break


optimize(num_iterations=300)
print('best validation accuracy: {0:.4f}'.format(best_validation_accuracy))
print('files:', sorted(f for f in os.listdir(save_dir) if f.startswith('best_validation-%d.' % last_improvement)))
print('has checkpoint file:', 'checkpoint' in os.listdir(save_dir))
latest = tf.train.latest_checkpoint(save_dir)
print('latest is the last improvement:', latest == save_path + '-%d' % last_improvement)
state = tf.train.get_checkpoint_state(save_dir)
print('kept:', [int(p.split('-')[-1]) == s for p, s in zip(state.all_model_checkpoint_paths, improvements[-2:])])
session.close()

# ---- a fresh graph, rebuilt from the meta graph ---------------------------------------------------
tf.reset_default_graph()
with tf.Session() as sess:
    new_saver = tf.train.import_meta_graph(latest + '.meta')
    new_saver.restore(sess, latest)
    graph = tf.get_default_graph()
    x2 = graph.get_tensor_by_name('x:0')
    y2 = graph.get_tensor_by_name('y_true:0')
    acc2 = graph.get_tensor_by_name('accuracy:0')
    logits2 = tf.get_collection('logits')[0]
    print('restored step:', sess.run(graph.get_tensor_by_name('global_step:0')) == last_improvement)
    restored = sess.run(acc2, feed_dict={x2: data.validation.images, y2: data.validation.labels})
    print('restored validation accuracy: {0:.4f}'.format(restored))
    print('same as best:', restored == best_validation_accuracy)
    print('logits shape:', sess.run(logits2, feed_dict={x2: data.validation.images[:3]}).shape)

# next_batch shuffles with NumPy's unseeded generator, so when the loop stops varies: the log's
# last line is at least iteration 100 (the stop needs 100 iterations without improvement).
# expect-value: /^Iter: +(\d+), Train-Batch Accuracy: +[\d.]+%, Validation Acc: +[\d.]+%( \*)?$/ >= 100
# expect-value: /^best validation accuracy: ([\d.]+)$/ >= 0.85
# expect-line: has checkpoint file: True
# expect-line: latest is the last improvement: True
# expect-line: kept: [True, True]
# expect-line: restored step: True
# expect-line: same as best: True
# expect-line: logits shape: (3, 10)
# expect-count: /^files: \['best_validation-\d+\.data-00000-of-00001', 'best_validation-\d+\.index', 'best_validation-\d+\.meta'\]$/ 1
