from .. import core
from ..core import core_fn
def leaf():
    return core_fn() + ' via leaf'
