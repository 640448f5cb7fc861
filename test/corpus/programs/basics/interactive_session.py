# Models: hunkim/DeepLearningZeroToAll lab-01-basics.py
# Checks: str() of a symbolic Tensor, InteractiveSession with Tensor.eval(), and session.run of a
# list returning NumPy values.
import tensorflow as tf

hello = tf.constant("Hello, TensorFlow!")
sess = tf.Session()
print(sess.run(hello))

node1 = tf.constant(3.0, tf.float32)
node2 = tf.constant(4.0)
node3 = tf.add(node1, node2)

print("node1:", node1, "node2:", node2)
print("node3: ", node3)

print("sess.run(node1, node2): ", sess.run([node1, node2]))
print("sess.run(node3): ", sess.run(node3))

a = tf.placeholder(tf.float32)
b = tf.placeholder(tf.float32)
adder_node = a + b
print(sess.run(adder_node, feed_dict={a: 3, b: 4.5}))
print(sess.run(adder_node, feed_dict={a: [1, 3], b: [2, 4]}))

add_and_triple = adder_node * 3.
print(sess.run(add_and_triple, feed_dict={a: 3, b: 4.5}))

isess = tf.InteractiveSession()
t = tf.constant([[1., 2.], [3., 4.]])
print(tf.shape(t).eval())
print(tf.reduce_sum(t, axis=1).eval())
isess.close()

# expect-line: b'Hello, TensorFlow!'
# expect-line: node1: Tensor("Const_1:0", shape=(), dtype=float32) node2: Tensor("Const_2:0", shape=(), dtype=float32)
# expect-line: node3:  Tensor("Add:0", shape=(), dtype=float32)
# expect-line: sess.run(node1, node2):  [3.0, 4.0]
# expect-line: sess.run(node3):  7.0
# expect-line: 7.5
# expect-line: [3. 7.]
# expect-line: 22.5
# expect-line: [2 2]
# expect-line: [3. 7.]
