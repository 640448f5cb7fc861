"""datetime.datetime: a date and a time of day, naive or with a tzinfo."""

import time as _time
import _gradbook
from datetime._calendar import _check_date_fields, _check_time_fields, _days_in_month, _ymd2ord, _ord2ymd
from datetime._timedelta import timedelta
from datetime._date import (date, time, timezone, tzinfo, _build_struct_time, _format_offset, _format_time,
                            _wrap_strftime, _DAYNAMES, _MONTHNAMES)

_EPOCH_ORD = _ymd2ord(1970, 1, 1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond, fold)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        y, m, d, hh, mm, ss, weekday, jday, dst = (_time.gmtime if utc else _time.localtime)(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz's) datetime of a POSIX timestamp."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r' % type(tz).__name__)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time (or in tz)."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time."""
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def strptime(cls, date_string, format):
        """Parses a string by a format (C's strptime directives and %f, %z)."""
        y, mo, d, h, mi, s, us, gmtoff, zone = _gradbook.strptime(date_string, format)
        tz = None
        if gmtoff is not None:
            tz = timezone.utc if gmtoff == 0 and zone is None else timezone(timedelta(seconds=gmtoff))
        return cls(y, mo, d, h, mi, s, us, tz)

    @classmethod
    def fromisoformat(cls, date_string):
        """A datetime from the output of isoformat()."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        dstr, sep, tstr = date_string[:10], date_string[10:11], date_string[11:]
        try:
            d = date.fromisoformat(dstr)
            h = mi = s = us = 0
            tz = None
            if sep:
                for marker in ('+', '-', 'Z'):
                    if marker in tstr:
                        i = tstr.index(marker)
                        tstr, off = tstr[:i], tstr[i:]
                        if off == 'Z':
                            tz = timezone.utc
                        else:
                            sign = -1 if off[0] == '-' else 1
                            parts = off[1:].replace(':', '')
                            secs = int(parts[0:2]) * 3600 + int(parts[2:4] or 0) * 60 + int(parts[4:6] or 0)
                            tz = timezone(timedelta(seconds=sign * secs))
                        break
                fields = tstr.split(':')
                h = int(fields[0])
                mi = int(fields[1]) if len(fields) > 1 else 0
                if len(fields) > 2:
                    sec, _, frac = fields[2].partition('.')
                    s = int(sec)
                    us = int((frac + '000000')[:6]) if frac else 0
            return cls(d.year, d.month, d.day, h, mi, s, us, tz)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, 0)

    def timestamp(self):
        """POSIX timestamp: local time for a naive datetime, its offset for an aware one."""
        if self._tzinfo is None:
            s = _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second, -1, -1, -1))
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            offset = -_time.timezone if not _time.localtime(self.timestamp()).tm_isdst else -_time.altzone
            tz = timezone(timedelta(seconds=offset), _time.tzname[_time.localtime(self.timestamp()).tm_isdst > 0])
        mytz = self._tzinfo
        if mytz is None:
            ts = self.timestamp()
            return datetime.utcfromtimestamp(ts).replace(tzinfo=timezone.utc).astimezone(tz)
        utc = (self - self.utcoffset()).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
                                                   self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%c' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s.%s(%s)' % ('datetime', self.__class__.__qualname__, ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def _us(self):
        days = _ymd2ord(self._year, self._month, self._day)
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 10**6 + self._microsecond)

    def _utc_us(self):
        off = self.utcoffset()
        return self._us() - (0 if off is None else off._us())

    def _cmp(self, other, op):
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if op in ('==', '!='):
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a, b = self._utc_us(), other._utc_us()
        return 0 if a == b else 1 if a > b else -1

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '==') == 0
        return NotImplemented if not isinstance(other, date) else False

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '<') < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '<=') <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '>') > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '>=') >= 0
        return NotImplemented

    def __hash__(self):
        return hash(self._utc_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        days, rest = divmod(us, 86400 * 10**6)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rest, 10**6)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta(microseconds=self._utc_us() - other._utc_us())

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo))


def _modf(t):
    whole = int(t) if t >= 0 else -int(-t)
    return t - whole, whole


datetime.__module__ = 'datetime'
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
