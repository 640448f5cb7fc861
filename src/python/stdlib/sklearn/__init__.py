"""A small part of scikit-learn 0.20 that TF1 notebooks import beside TensorFlow: sklearn.metrics
(confusion_matrix, accuracy_score, precision_recall_fscore_support, classification_report),
sklearn.model_selection.train_test_split, sklearn.preprocessing (MinMaxScaler, StandardScaler,
OneHotEncoder with dense output, LabelEncoder for numeric labels) and sklearn.utils (shuffle,
resample, check_random_state), sklearn.datasets.load_iris, sklearn.pipeline (Pipeline, make_pipeline), written over Gradbook's NumPy with scikit-learn's rules and
random streams (train_test_split(random_state=42) splits as scikit-learn does). Every other
sklearn module raises ModuleNotFoundError, and every other name in these modules ImportError,
saying Gradbook does not provide it."""

__version__ = '0.20.3'


def _refuse_missing(module, provided):
    """The module-level __getattr__ of a partial sklearn module: public names it lacks raise
    ImportError naming them (so `from sklearn.metrics import roc_curve` says what is missing)."""
    def __getattr__(name):
        if name.startswith('_'):
            raise AttributeError("module '%s' has no attribute '%s'" % (module, name))
        raise ImportError('%s.%s is not supported by Gradbook (its %s provides: %s)'
                          % (module, name, module, ', '.join(sorted(provided))))
    return __getattr__
