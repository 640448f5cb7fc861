# Models: chiphuyen/stanford-tensorflow-tutorials examples/02_lazy_loading.py
# Checks: building a graph explicitly with tf.Graph().as_default(), running sub-graphs with
# several fetches, and the "lazy loading" pitfall that adds one op per loop iteration.
import tensorflow as tf

g = tf.Graph()
with g.as_default():
    x = tf.add(3, 5)
    y = tf.multiply(x, 2)
    useless = tf.multiply(x, 10)
    z = tf.pow(y, 2)

with tf.Session(graph=g) as sess:
    z_value, not_useless = sess.run([z, useless])
    print(z_value, not_useless)

print(tf.get_default_graph() is not g)

# Normal loading: build the add once, run it ten times.
with tf.Graph().as_default() as normal:
    u = tf.Variable(10, name='u')
    v = tf.Variable(20, name='v')
    total = tf.add(u, v)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(10):
            sess.run(total)
    normal_ops = len(normal.get_operations())

# Lazy loading: the add is created inside the loop, growing the graph.
with tf.Graph().as_default() as lazy:
    u = tf.Variable(10, name='u')
    v = tf.Variable(20, name='v')
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(10):
            sess.run(tf.add(u, v))
    lazy_ops = len(lazy.get_operations())

print("extra ops from lazy loading:", lazy_ops - normal_ops)
print([op.name for op in lazy.get_operations() if op.type == 'Add'][-2:])

# expect-line: 256 80
# expect-line: True
# expect-line: extra ops from lazy loading: 9
# expect-line: ['Add_8', 'Add_9']
