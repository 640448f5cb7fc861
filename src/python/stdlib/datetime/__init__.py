"""Dates and times with CPython's datetime API: date, time, datetime, timedelta, timezone.
now() and fromtimestamp() use the machine's local time zone."""

from datetime._calendar import MINYEAR, MAXYEAR
from datetime._timedelta import timedelta
from datetime._date import date, time, tzinfo, timezone
from datetime._datetime import datetime

UTC = timezone.utc
datetime_CAPI = None

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')
