# The arithmetic, logical and comparison operators DataFrame and Series share: each class says how
# one operation combines with an operand (_binary) and how a comparison becomes booleans (_compare).
import operator


class _Operators(object):
    def __add__(self, o): return self._binary(operator.add, o)
    def __radd__(self, o): return self._binary(operator.add, o, True)
    def __sub__(self, o): return self._binary(operator.sub, o)
    def __rsub__(self, o): return self._binary(operator.sub, o, True)
    def __mul__(self, o): return self._binary(operator.mul, o)
    def __rmul__(self, o): return self._binary(operator.mul, o, True)
    def __truediv__(self, o): return self._binary(operator.truediv, o)
    def __rtruediv__(self, o): return self._binary(operator.truediv, o, True)
    def __floordiv__(self, o): return self._binary(operator.floordiv, o)
    def __rfloordiv__(self, o): return self._binary(operator.floordiv, o, True)
    def __mod__(self, o): return self._binary(operator.mod, o)
    def __pow__(self, o): return self._binary(operator.pow, o)
    def __rpow__(self, o): return self._binary(operator.pow, o, True)
    def __and__(self, o): return self._binary(operator.and_, o)
    def __rand__(self, o): return self._binary(operator.and_, o, True)
    def __or__(self, o): return self._binary(operator.or_, o)
    def __ror__(self, o): return self._binary(operator.or_, o, True)
    def __xor__(self, o): return self._binary(operator.xor, o)
    def __eq__(self, o): return self._compare(operator.eq, o)
    def __ne__(self, o): return self._compare(operator.ne, o)
    def __lt__(self, o): return self._compare(operator.lt, o)
    def __le__(self, o): return self._compare(operator.le, o)
    def __gt__(self, o): return self._compare(operator.gt, o)
    def __ge__(self, o): return self._compare(operator.ge, o)

    # Comparisons give frames of booleans, so these objects cannot be dict keys (as in pandas).
    __hash__ = None
