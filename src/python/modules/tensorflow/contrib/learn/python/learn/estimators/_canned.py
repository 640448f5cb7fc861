# What the contrib.learn canned estimators share: the features as a dict ({'': x} for a lone
# tensor, as TF's _get_feature_dict), the dense input of their feature columns (sorted by name, as
# contrib's input_from_feature_columns), the ModelFnOps a head makes from logits, and the predict
# methods of the canned classifiers and regressors.
import tensorflow as tf
from tensorflow.contrib.learn.python.learn.estimators.estimator import Estimator, ModelFnOps, ModeKeys


def feature_dict(features):
    features = features if isinstance(features, dict) else {'': features}
    return dict((key, value if isinstance(value, (tf.Tensor, tf.Variable)) else tf.convert_to_tensor(value))
                for key, value in features.items())


def dense_input(features, feature_columns):
    """The dense columns' tensors side by side, each under a scope named after it (as contrib's
    input_from_feature_columns: an embedding's table is <column>_embedding/weights)."""
    columns = sorted(feature_columns, key=lambda column: column.name)
    tensors = []
    for column in columns:
        if not getattr(column, 'is_dense', False):
            raise ValueError('Items of feature_columns must be dense columns (real-valued, bucketized, one_hot or '
                             'embedding); wrap a sparse column with one_hot_column or embedding_column. Given: %r'
                             % (column,))
        with tf.variable_scope(None, default_name=column.name):
            tensors.append(column.dense_tensor(features))
    return tensors[0] if len(tensors) == 1 else tf.concat(tensors, 1)


def model_fn_ops(head, mode, labels, logits, train_op_fn):
    """The head's predictions, loss, train op and metrics, made under the head's variable scope."""
    with tf.variable_scope(None, default_name=head.scope_name):
        predictions = head.predictions(logits)
        if mode == ModeKeys.INFER or labels is None:
            return ModelFnOps(mode, predictions=predictions)
        loss = head.loss(logits, labels)
        train_op = train_op_fn(loss) if mode == ModeKeys.TRAIN else None
        metrics = head.metrics(predictions, labels) if mode == ModeKeys.EVAL else None
        return ModelFnOps(mode, predictions=predictions, loss=loss, train_op=train_op, eval_metric_ops=metrics)


def refuse(owner, **arguments):
    for name, value in arguments.items():
        if value is not None and value is not False:
            raise NotImplementedError('%s() argument %s is not supported by Gradbook' % (owner, name))


class _CannedClassifier(Estimator):
    """predict (class ids unless outputs are named), predict_classes and predict_proba."""

    def predict(self, x=None, input_fn=None, batch_size=None, outputs=None, as_iterable=True):
        if not outputs:
            return self.predict_classes(x=x, input_fn=input_fn, batch_size=batch_size, as_iterable=as_iterable)
        return Estimator.predict(self, x=x, input_fn=input_fn, batch_size=batch_size, outputs=outputs,
                                 as_iterable=as_iterable)

    def predict_classes(self, x=None, input_fn=None, batch_size=None, as_iterable=True):
        """Class ids (int64), one per example (an iterator unless as_iterable=False)."""
        return _one_output(self, 'classes', x, input_fn, batch_size, as_iterable, flatten=True)

    def predict_proba(self, x=None, input_fn=None, batch_size=None, as_iterable=True):
        """Class probabilities, one row per example."""
        return _one_output(self, 'probabilities', x, input_fn, batch_size, as_iterable)


class _CannedRegressor(Estimator):
    """predict (the scores unless outputs are named) and predict_scores."""

    def predict(self, x=None, input_fn=None, batch_size=None, outputs=None, as_iterable=True):
        if not outputs:
            return self.predict_scores(x=x, input_fn=input_fn, batch_size=batch_size, as_iterable=as_iterable)
        return Estimator.predict(self, x=x, input_fn=input_fn, batch_size=batch_size, outputs=outputs,
                                 as_iterable=as_iterable)

    def predict_scores(self, x=None, input_fn=None, batch_size=None, as_iterable=True):
        """The regression outputs, one per example."""
        return _one_output(self, 'scores', x, input_fn, batch_size, as_iterable)


def _one_output(estimator, key, x, input_fn, batch_size, as_iterable, flatten=False):
    predictions = Estimator.predict(estimator, x=x, input_fn=input_fn, batch_size=batch_size, outputs=[key],
                                    as_iterable=as_iterable)
    if as_iterable:
        return (p[key] for p in predictions)
    return predictions[key].reshape(-1) if flatten else predictions[key]
