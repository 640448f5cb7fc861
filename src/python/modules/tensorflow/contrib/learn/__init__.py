# tf.contrib.learn (TF 1.15), the part tutorials still use: the datasets helpers
# (load_dataset('mnist'|'iris'), datasets.mnist.read_data_sets, datasets.base.load_csv_with_header,
# datasets.load_iris), the contrib Estimator with fit/evaluate/predict (x/y arrays or input_fn),
# SKCompat, ModelFnOps, RunConfig, the canned DNNClassifier/DNNRegressor/LinearClassifier/
# LinearRegressor, infer_real_valued_columns_from_input, io.numpy_input_fn and preprocessing's text
# processors and monitors.ValidationMonitor. The rest (Experiment, learn_runner, the other canned models, ...) raises
# NotImplementedError naming it.
from tensorflow.contrib.learn.python.learn import datasets
from tensorflow.contrib.learn.python.learn import estimators
from tensorflow.contrib.learn.python.learn import learn_io as io
from tensorflow.contrib.learn.python.learn import preprocessing
from tensorflow.contrib.learn.python.learn import monitors
from tensorflow.contrib.learn.python.learn import prediction_key
from tensorflow.contrib.learn.python.learn.metric_spec import MetricSpec
from tensorflow.contrib.learn.python.learn.estimators import (
    Estimator, SKCompat, ModelFnOps, ModeKeys, NotFittedError, RunConfig, infer_real_valued_columns_from_input,
    infer_real_valued_columns_from_input_fn, DNNClassifier, DNNRegressor, LinearClassifier, LinearRegressor,
)

# TF 1.15's tf.contrib.learn names that Gradbook does not provide.
_UNSUPPORTED = frozenset([
    'BaseEstimator', 'DNNEstimator', 'DNNLinearCombinedClassifier',
    'DNNLinearCombinedEstimator', 'DNNLinearCombinedRegressor', 'DynamicRnnEstimator',
    'Evaluable', 'ExportStrategy', 'Experiment', 'Head', 'InputFnOps', 'KMeansClustering',
    'LinearEstimator', 'LogisticRegressor',
    'PredictionKey', 'ProblemType', 'SVM',
    'TaskType', 'Trainable', 'binary_svm_head', 'build_parsing_serving_input_fn', 'evaluate',
    'extract_dask_data', 'extract_dask_labels', 'extract_pandas_data', 'extract_pandas_labels',
    'extract_pandas_matrix', 'generic_signature_fn', 'graph_actions', 'head', 'infer',
    'learn_runner', 'make_export_strategy', 'models', 'multi_class_head', 'multi_head',
    'multi_label_head', 'no_op_train_fn', 'ops', 'poisson_regression_head',
    'read_batch_examples', 'read_batch_features', 'read_batch_record_features', 'read_keyed_batch_examples',
    'read_keyed_batch_examples_shared_queue', 'read_keyed_batch_features',
    'read_keyed_batch_features_shared_queue', 'regression_head', 'run_feeds', 'run_n', 'train',
    'utils',
])


def __getattr__(name):
    if name in _UNSUPPORTED:
        raise NotImplementedError(
            'tf.contrib.learn.%s is not supported by Gradbook: of tf.contrib.learn only the datasets helpers, '
            'Estimator, SKCompat, ModelFnOps, the DNN/Linear Classifier/Regressor, '
            'infer_real_valued_columns_from_input(_fn), io.numpy_input_fn and preprocessing are' % name)
    raise AttributeError("module 'tensorflow.contrib.learn' has no attribute '%s'" % name)
