# tf.contrib.learn.prediction_key (TF 1.x estimators/prediction_key.py): the names of the canned
# heads' prediction dict entries, for MetricSpec(prediction_key=...).


class PredictionKey(object):
    CLASSES = 'classes'
    PROBABILITIES = 'probabilities'
    LOGITS = 'logits'
    LOGISTIC = 'logistic'
    SCORES = 'scores'
    TOP_K = 'top_k'
    GENERIC = 'output'
