# Models: chiphuyen/stanford-tensorflow-tutorials examples/05_variable_sharing.py
# Checks: tf.get_variable under tf.variable_scope with reuse=tf.AUTO_REUSE shares weights between
# two calls, name_scope prefixes op names, and the names TF1 gives variables and ops.
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'
import tensorflow as tf

inputs_a = tf.truncated_normal([20, 10], name='inputs_a')
inputs_b = tf.truncated_normal([20, 10], name='inputs_b')


def dense(x, units, scope):
    with tf.variable_scope(scope, reuse=tf.AUTO_REUSE):
        kernel = tf.get_variable('kernel', [x.shape[1], units], initializer=tf.random_normal_initializer())
        bias = tf.get_variable('bias', [units], initializer=tf.constant_initializer(0.0))
        return tf.matmul(x, kernel) + bias


def two_layers(x):
    assert x.shape.as_list() == [20, 10]
    hidden = dense(x, 6, 'hidden')
    return dense(hidden, 3, 'out')


with tf.variable_scope('net') as scope:
    logits_a = two_layers(inputs_a)
    logits_b = two_layers(inputs_b)

print([v.name for v in tf.global_variables()])
print(logits_a.shape.as_list(), logits_b.name)

with tf.name_scope('metrics'):
    mean_a = tf.reduce_mean(logits_a, name='mean_a')
print(mean_a.op.name)

with tf.variable_scope('net', reuse=True):
    same_kernel = tf.get_variable('hidden/kernel')
print(same_kernel is tf.global_variables()[0])

try:
    with tf.variable_scope('net'):
        tf.get_variable('hidden/kernel', [10, 6])
except ValueError as err:
    print('ValueError:', 'already exists' in str(err))

writer = tf.summary.FileWriter('/tmp/corpus_graphs/variable_sharing', tf.get_default_graph())
writer.close()

# expect-line: ['net/hidden/kernel:0', 'net/hidden/bias:0', 'net/out/kernel:0', 'net/out/bias:0']
# expect-line: [20, 3] net/out_1/add:0
# expect-line: metrics/mean_a
# expect-line: True
# expect-line: ValueError: True
