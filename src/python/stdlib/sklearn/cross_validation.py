"""sklearn.cross_validation, the module scikit-learn 0.17-0.19 programs took train_test_split
from (deprecated in 0.18, removed in 0.20): the same function as sklearn.model_selection's."""
from sklearn import _refuse_missing
from sklearn.model_selection import train_test_split

__getattr__ = _refuse_missing('sklearn.cross_validation', ['train_test_split'])
