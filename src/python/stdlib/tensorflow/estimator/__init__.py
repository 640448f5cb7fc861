"""tf.estimator (tensorflow_estimator 1.15): Estimator, EstimatorSpec, ModeKeys, RunConfig, the
numpy input function and the premade DNN, linear and wide & deep estimators over feature columns."""

from tensorflow.estimator._model_fn import ModeKeys, EstimatorSpec
from tensorflow.estimator._run_config import RunConfig
from tensorflow.estimator._estimator import Estimator
from tensorflow.estimator import inputs
from tensorflow.estimator._training import TrainSpec, EvalSpec, train_and_evaluate
from tensorflow.estimator._premade import (
    DNNClassifier, DNNRegressor, LinearClassifier, LinearRegressor, DNNLinearCombinedClassifier, DNNLinearCombinedRegressor,
)
