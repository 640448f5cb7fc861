# tensorflow.contrib.learn.python.learn.estimators: the contrib Estimator, SKCompat, ModelFnOps and
# the canned DNN and linear classifiers/regressors.
from tensorflow.contrib.learn.python.learn.estimators.estimator import (
    Estimator, SKCompat, ModelFnOps, ModeKeys, NotFittedError, infer_real_valued_columns_from_input,
    infer_real_valued_columns_from_input_fn,
)
from tensorflow.contrib.learn.python.learn.estimators.dnn import DNNClassifier, DNNRegressor
from tensorflow.contrib.learn.python.learn.estimators.linear import LinearClassifier, LinearRegressor
from tensorflow.contrib.learn.python.learn.estimators.run_config import RunConfig
