"""Temporary files and folders (CPython's tempfile) in the system temp folder, which cells may use."""

import os as _os
import shutil as _shutil

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory', 'mkstemp',
           'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _names():
    # From os.urandom, not the random module: a program's seeded random numbers stay as they were.
    while True:
        yield ''.join(_characters[b % len(_characters)] for b in _os.urandom(8))


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempdir():
    """The folder temporary files go in: TMPDIR, TEMP or TMP from os.environ, else /tmp."""
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(name)
            if d:
                tempdir = d
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def gettempprefixb():
    return template.encode()


def _parts(suffix, prefix, dir):
    return ('' if suffix is None else suffix, template if prefix is None else prefix,
            gettempdir() if dir is None else dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file; returns (descriptor, absolute path). Close it with os.close."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for name in _names():
        path = _os.path.abspath(_os.path.join(dir, prefix + name + suffix))
        try:
            fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new folder; returns its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for name in _names():
        path = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)


def mktemp(suffix='', prefix=template, dir=None):
    """A name no file has yet (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for name in _names():
        path = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.exists(path):
            return path


class _TemporaryFileWrapper:
    """A file object with a `name` that is deleted when closed (if delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if self._closed:
            return
        self._closed = True
        self.file.close()
        if self.delete:
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, deleted when closed (delete=True)."""
    fd, name = mkstemp(suffix, prefix, dir)
    _os.close(fd)
    file = open(name, mode, buffering, encoding=encoding, errors=errors, newline=newline)
    return _TemporaryFileWrapper(file, name, delete)


TemporaryFile = NamedTemporaryFile


def SpooledTemporaryFile(max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                         prefix=None, dir=None, *, errors=None):
    """A temporary file (always on disk in Gradbook)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)


class TemporaryDirectory:
    """A temporary folder, deleted with its contents by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
