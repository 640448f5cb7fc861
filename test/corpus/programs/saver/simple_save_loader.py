# Models: tensorflow/tensorflow tensorflow/docs_src/programmers_guide/saved_model.md (tf.saved_model.simple_save and loader.load, TF 1.5+)
# Checks: a small trained classifier exported with tf.saved_model.simple_save(sess, export_dir,
# inputs={'x': x}, outputs={'y': y}) after removing an old export with tf.gfile, then a fresh
# graph and session loading it with tf.saved_model.loader.load(sess,
# [tf.saved_model.tag_constants.SERVING], export_dir), tensors found by name through
# graph.get_tensor_by_name, the signature_def read from the returned MetaGraphDef, and the loaded
# model's predictions equal to the original's; saved_model.pb and variables/ on disk.
import os
import numpy as np
import tensorflow as tf

export_dir = '/tmp/gradbook_corpus/simple_save/1'
if tf.gfile.Exists(export_dir):
    tf.gfile.DeleteRecursively(export_dir)

np.random.seed(1)
x_data = np.random.randn(200, 2).astype(np.float32)
y_data = (x_data[:, 0] + x_data[:, 1] > 0).astype(np.int64)

with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None, 2], name='x')
    labels = tf.placeholder(tf.int64, [None], name='labels')
    hidden = tf.layers.dense(x, 8, activation=tf.nn.relu, name='hidden')
    logits = tf.layers.dense(hidden, 2, name='logits')
    y = tf.nn.softmax(logits, name='y')
    loss = tf.losses.sparse_softmax_cross_entropy(labels, logits)
    train = tf.train.AdamOptimizer(0.05).minimize(loss)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for step in range(100):
            _, l = sess.run([train, loss], {x: x_data, labels: y_data})
        print('final loss %.3f' % l)
        before = sess.run(y, {x: x_data[:5]})
        tf.saved_model.simple_save(sess, export_dir, inputs={'x': x}, outputs={'y': y})

print('exported:', sorted(os.listdir(export_dir)))
with tf.Graph().as_default() as graph:
    with tf.Session(graph=graph) as sess:
        meta_graph_def = tf.saved_model.loader.load(sess, [tf.saved_model.tag_constants.SERVING], export_dir)
        signature = meta_graph_def.signature_def[tf.saved_model.signature_constants.DEFAULT_SERVING_SIGNATURE_DEF_KEY]
        x_name = signature.inputs['x'].name
        y_name = signature.outputs['y'].name
        print('signature', x_name, y_name)
        loaded_x = graph.get_tensor_by_name(x_name)
        loaded_y = graph.get_tensor_by_name(y_name)
        after = sess.run(loaded_y, {loaded_x: x_data[:5]})
print('same predictions:', np.allclose(before, after))
print('accuracy %.2f' % np.mean(np.argmax(after, 1) == y_data[:5]))

# expect-line: exported: ['saved_model.pb', 'variables']
# expect-line: signature x:0 y:0
# expect-line: same predictions: True
# expect-value: /^final loss ([\d.]+)$/ <= 0.3
