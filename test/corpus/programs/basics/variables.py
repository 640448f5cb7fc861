# Models: chiphuyen/stanford-tensorflow-tutorials examples/02_variables.py
# Checks: variable initializers, eval(), assign ops that only act when run, and that each
# Session keeps its own copy of a variable's value.
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'
import tensorflow as tf

# Creating variables with the old and the new API.
s = tf.Variable(2, name='scalar')
m = tf.Variable([[0, 1], [2, 3]], name='matrix')
W = tf.Variable(tf.zeros([784, 10]), name='big_matrix')
V = tf.get_variable('normal_matrix', shape=(784, 10), initializer=tf.truncated_normal_initializer())

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(V.eval().shape)
    print(sess.run(m))

# Initializing only some variables.
with tf.Session() as sess:
    sess.run(tf.variables_initializer([s, m]))
    print(s.eval())

# An assign op does nothing until it runs.
counter = tf.Variable(10)
counter.assign(100)
with tf.Session() as sess:
    sess.run(counter.initializer)
    print(counter.eval())

set_to_100 = counter.assign(100)
with tf.Session() as sess:
    sess.run(set_to_100)
    print(counter.eval())

# assign depends on the variable itself: doubling three times.
grow = tf.Variable(2, name="grow")
grow_times_two = grow.assign(2 * grow)
with tf.Session() as sess:
    sess.run(grow.initializer)
    sess.run(grow_times_two)
    print(grow.eval())
    sess.run(grow_times_two)
    print(grow.eval())

# Each session has its own copy of the variable.
shared = tf.Variable(10)
sess1 = tf.Session()
sess2 = tf.Session()
sess1.run(shared.initializer)
sess2.run(shared.initializer)
print(sess1.run(shared.assign_add(10)))
print(sess2.run(shared.assign_sub(2)))
print(sess1.run(shared.assign_add(100)))
print(sess2.run(shared.assign_sub(50)))
sess1.close()
sess2.close()

# A variable initialized from another one.
first = tf.Variable(tf.constant([1.5, 2.5]))
second = tf.Variable(first.initialized_value() * 2)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(second))

# expect-line: (784, 10)
# expect-line: [[0 1]
# expect-line:  [2 3]]
# expect-line: 2
# expect-line: 10
# expect-line: 100
# expect-line: 4
# expect-line: 8
# expect-line: 20
# expect-line: 120
# expect-line: -42
# expect-line: [3. 5.]
