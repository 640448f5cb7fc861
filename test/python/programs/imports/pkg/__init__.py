from .core import core_fn
from . import sub
