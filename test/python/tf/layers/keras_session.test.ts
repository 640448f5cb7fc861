// Keras layers inside a TF1 Session program (the blog.keras.io "Keras as a simplified interface to
// TensorFlow" style): the session registered with tf.keras.backend.set_session, and the per-sample
// accuracy functions of tf.keras.metrics, checked against values worked out by hand.
import { strict as assert } from 'assert';
import { py, pyError } from './helpers';

const HEAD = 'import tensorflow as tf\nimport numpy as np\nfrom tensorflow.keras import backend as K\n';

describe('tf.keras with a TF1 Session', () => {
  it('set_session registers the session get_session returns; an open default session wins; without either get_session makes one and initializes the variables', () => {
    const out = py(`${HEAD}
sess = tf.Session()
K.set_session(sess)
print(K.get_session() is sess)
other = tf.Session()
with other.as_default():
    print(K.get_session() is other)
K.clear_session()
v = tf.Variable([1.5, 2.5], name='v')
made = K.get_session()
print(made is K.get_session(), made.run(v))`);
    assert.equal(out, 'True\nTrue\nTrue [1.5 2.5]\n');
  });

  it('categorical, sparse, binary, top-k and plain accuracy per sample', () => {
    const out = py(`${HEAD}
from tensorflow.keras import metrics
sess = tf.Session()
y_true = tf.constant([[0., 1., 0.], [1., 0., 0.], [0., 0., 1.]])
y_pred = tf.constant([[0.1, 0.8, 0.1], [0.2, 0.7, 0.1], [0.3, 0.3, 0.4]])
print(sess.run(metrics.categorical_accuracy(y_true, y_pred)))
print(sess.run(metrics.sparse_categorical_accuracy(tf.constant([[1.], [0.], [1.]]), y_pred)))
print(sess.run(metrics.sparse_categorical_accuracy(tf.constant([1, 1, 2]), y_pred)))
print(sess.run(metrics.binary_accuracy(tf.constant([[1., 0.], [0., 0.]]), tf.constant([[0.6, 0.4], [0.7, 0.2]]))))
print(sess.run(metrics.top_k_categorical_accuracy(y_true, y_pred, k=2)))
print(sess.run(metrics.accuracy(tf.constant([1, 2, 3]), tf.constant([1, 0, 3]))))
print(metrics.mse is tf.keras.losses.mean_squared_error)`);
    assert.equal(out, '[1. 0. 1.]\n[1. 0. 0.]\n[1. 1. 1.]\n[1.  0.5]\n[1. 1. 1.]\n[1. 0. 1.]\nTrue\n');
  });
});
