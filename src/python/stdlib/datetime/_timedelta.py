"""datetime.timedelta: a duration held as days, seconds and microseconds, normalized as CPython does."""

_US_PER_DAY = 86400 * 10**6


def _round_half_even(x):
    return round(x)


class timedelta:
    """Difference between two datetime values."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        for p in parts:
            if not isinstance(p, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')[parts.index(p)],
                    type(p).__name__))
        if all(isinstance(p, int) for p in parts):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 10**6 + milliseconds * 1000 + microseconds
        else:
            us = _round_half_even((weeks * 7 + days) * 86400e6 + hours * 3600e6 + minutes * 60e6 + seconds * 1e6
                                  + milliseconds * 1000 + microseconds)
        return cls._from_us(us)

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        days, rest = divmod(us, _US_PER_DAY)
        seconds, microseconds = divmod(rest, 10**6)
        if abs(days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '') + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._us() // other._us()
        return timedelta._from_us(self._us() // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._us(), other))
        a, b = other.as_integer_ratio()
        return timedelta._from_us(_divide_and_round(b * self._us(), a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return 0 if a == b else 1 if a > b else -1

    def __eq__(self, other):
        return self._cmp(other) == 0 if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._cmp(other) < 0 if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._cmp(other) <= 0 if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._cmp(other) > 0 if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._cmp(other) >= 0 if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


def _divide_and_round(a, b):
    """a / b rounded half to even, in exact integers."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


timedelta.__module__ = 'datetime'
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
