"""Pathname pattern expansion (glob.glob) over the session's files."""

import os
import fnmatch

__all__ = ['escape', 'glob', 'iglob', 'has_magic']


def has_magic(s):
    return any(c in s for c in '*?[')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching a pattern (sorted by folder listing order, like CPython's)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching a pattern."""
    if dir_fd is not None:
        raise NotImplementedError("glob() argument 'dir_fd' is not supported by Gradbook")
    base = root_dir if root_dir is not None else ''
    for p in _glob(pathname, base, recursive, include_hidden):
        yield p


def _listdir(dirname, base):
    full = os.path.join(base, dirname) if base else (dirname or os.curdir)
    try:
        return os.listdir(full)
    except OSError:
        return []


def _exists(path, base):
    return os.path.lexists(os.path.join(base, path) if base else path)


def _isdir(path, base):
    return os.path.isdir(os.path.join(base, path) if base else path)


def _glob(pathname, base, recursive, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(pathname, base):
                yield pathname
        elif _isdir(dirname, base):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _rlistdir('', base, hidden, True)
        else:
            yield from _glob1('', basename, base, hidden)
        return
    dirs = _glob(dirname, base, recursive, hidden) if dirname != pathname and has_magic(dirname) else [dirname]
    for d in dirs:
        if recursive and basename == '**':
            for name in _rlistdir(d, base, hidden, True):
                yield os.path.join(d, name)
        elif has_magic(basename):
            for name in _glob1(d, basename, base, hidden):
                yield os.path.join(d, name)
        else:
            if (basename and _exists(os.path.join(d, basename), base)) or (not basename and _isdir(d, base)):
                yield os.path.join(d, basename)


def _glob1(dirname, pattern, base, hidden):
    names = _listdir(dirname, base)
    if not (hidden or pattern.startswith('.')):
        names = [n for n in names if not n.startswith('.')]
    return fnmatch.filter(names, pattern)


def _rlistdir(dirname, base, hidden, top):
    if top:
        yield ''
    for name in _listdir(dirname, base):
        if not hidden and name.startswith('.'):
            continue
        yield name
        path = os.path.join(dirname, name) if dirname else name
        if _isdir(path, base):
            for sub in _rlistdir(path, base, hidden, False):
                yield os.path.join(name, sub)


def escape(pathname):
    """Escapes the wildcard characters of a path."""
    return ''.join('[%s]' % c if c in '*?[' else c for c in pathname)
