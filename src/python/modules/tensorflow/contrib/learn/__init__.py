# tf.contrib.learn (TF 1.15), the part tutorials still use: the datasets helpers
# (tf.contrib.learn.datasets.load_dataset('mnist'), datasets.mnist.read_data_sets,
# datasets.base.load_csv_with_header) and
# preprocessing (VocabularyProcessor). Its own Estimator stack (Estimator, SKCompat, the
# DNNClassifier of contrib.learn, Experiment, learn_runner, ...) is not provided: reaching one of
# those names raises NotImplementedError naming it, and tf.estimator offers the same models.
from tensorflow.contrib.learn.python.learn import datasets
from tensorflow.contrib.learn.python.learn import preprocessing

# TF 1.15's tf.contrib.learn names that Gradbook does not provide.
_UNSUPPORTED = frozenset([
    'BaseEstimator', 'DNNClassifier', 'DNNEstimator', 'DNNLinearCombinedClassifier',
    'DNNLinearCombinedEstimator', 'DNNLinearCombinedRegressor', 'DNNRegressor', 'DynamicRnnEstimator',
    'Estimator', 'Evaluable', 'ExportStrategy', 'Experiment', 'Head', 'InputFnOps', 'KMeansClustering',
    'LinearClassifier', 'LinearEstimator', 'LinearRegressor', 'LogisticRegressor', 'MetricSpec', 'ModeKeys',
    'ModelFnOps', 'NotFittedError', 'PredictionKey', 'ProblemType', 'RunConfig', 'SKCompat', 'SVM',
    'TaskType', 'Trainable', 'binary_svm_head', 'build_parsing_serving_input_fn', 'evaluate',
    'extract_dask_data', 'extract_dask_labels', 'extract_pandas_data', 'extract_pandas_labels',
    'extract_pandas_matrix', 'generic_signature_fn', 'graph_actions', 'head', 'infer',
    'infer_real_valued_columns_from_input', 'infer_real_valued_columns_from_input_fn', 'io',
    'learn_runner', 'make_export_strategy', 'models', 'monitors', 'multi_class_head', 'multi_head',
    'multi_label_head', 'no_op_train_fn', 'ops', 'poisson_regression_head',
    'read_batch_examples', 'read_batch_features', 'read_batch_record_features', 'read_keyed_batch_examples',
    'read_keyed_batch_examples_shared_queue', 'read_keyed_batch_features',
    'read_keyed_batch_features_shared_queue', 'regression_head', 'run_feeds', 'run_n', 'train',
    'utils',
])


def __getattr__(name):
    if name in _UNSUPPORTED:
        raise NotImplementedError(
            'tf.contrib.learn.%s is not supported by Gradbook: of tf.contrib.learn only the datasets '
            'helpers are (load_dataset, datasets.mnist.read_data_sets, datasets.base.load_csv_with_header), '
            'with preprocessing.VocabularyProcessor; '
            'tf.estimator has the Estimator API' % name)
    raise AttributeError("module 'tensorflow.contrib.learn' has no attribute '%s'" % name)
