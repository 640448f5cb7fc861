# Name scopes, variable scopes with get_variable and reuse, collections, tf.gradients, assign.
import tensorflow as tf

def dense(inputs, units, name):
    with tf.variable_scope(name):
        w = tf.get_variable('w', [inputs.shape[1], units], initializer=tf.truncated_normal_initializer(stddev=0.1))
        b = tf.get_variable('b', [units], initializer=tf.zeros_initializer())
        return tf.matmul(inputs, w) + b

x = tf.placeholder(tf.float32, [None, 4], name='input')
h = tf.nn.relu(dense(x, 6, 'layer1'))
logits = dense(h, 3, 'layer2')
with tf.variable_scope('layer1', reuse=True):
    same = tf.get_variable('w')
print(same.name, [v.name for v in tf.trainable_variables()])

labels = tf.placeholder(tf.int64, [None])
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
grads = tf.gradients(loss, tf.trainable_variables())
print([g.op.name for g in grads])

counter = tf.Variable(0, name='counter')
with tf.control_dependencies([counter.assign_add(1)]):
    step = tf.identity(loss, name='step')

sess = tf.Session()
sess.run(tf.global_variables_initializer())
feed = {x: [[1, 2, 3, 4], [0, 1, 0, 1]], labels: [0, 2]}
for i in range(3):
    print(round(float(sess.run(step, feed)), 4), sess.run(counter))
print(len(tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)))
sess.close()
