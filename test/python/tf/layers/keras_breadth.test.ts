// tf.keras pieces the wave-12 corpus programs use: Sequential.predict_classes / predict_proba
// (Keras 2.2, TF 1.13 semantics).
import { strict as assert } from 'assert';
import { py } from './helpers';

const HEAD = 'import tensorflow as tf\nimport numpy as np\nimport json\n';

describe('tf.keras breadth (wave 12)', function () {
  this.timeout(120_000);

  it('predict_classes takes the argmax of a softmax output and thresholds one sigmoid unit at 0.5; predict_proba returns predict', () => {
    const out = py(`${HEAD}
m = tf.keras.Sequential([tf.keras.layers.Dense(3, input_dim=2, activation='softmax')])
m.set_weights([np.array([[1., 0., -1.], [0., 2., 0.]], 'float32'), np.zeros(3, 'float32')])
x = np.array([[3., 0.], [0., 3.], [-3., 0.]], 'float32')
b = tf.keras.Sequential([tf.keras.layers.Dense(1, input_dim=2, activation='sigmoid')])
b.set_weights([np.array([[1.], [0.]], 'float32'), np.zeros(1, 'float32')])
print(json.dumps([m.predict_classes(x).tolist(), str(m.predict_classes(x).dtype),
  b.predict_classes(x).tolist(), bool(np.allclose(m.predict_proba(x), m.predict(x)))]))`);
    assert.deepEqual(JSON.parse(out), [[0, 1, 2], 'int64', [[1], [0], [0]], true]);
  });
});
