"""sklearn.exceptions: the warning and error classes the provided functions raise."""


class UndefinedMetricWarning(UserWarning):
    """A metric is ill-defined (a precision with no predicted samples) and was set to 0.0."""


class NotFittedError(ValueError, AttributeError):
    """An estimator was used before fit."""


class DataConversionWarning(UserWarning):
    """Input data was converted to another dtype or shape."""
