"""High-level file operations (CPython's shutil basics) over the session's files."""

import os
from _gradbook import unsupported

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move',
           'rmtree', 'Error', 'SameFileError', 'disk_usage', 'which', 'get_terminal_size',
           'make_archive', 'unpack_archive', 'ignore_patterns']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of one file object to another, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


@unsupported(follow_symlinks='symbolic links are always followed')
def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of the file `src` to `dst`; returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies permission bits: the files have the host's default permissions, so nothing to do."""
    os.stat(src)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies metadata: the files keep the host's own times and permissions, so nothing to do."""
    os.stat(src)
    os.stat(dst)


def copy(src, dst, *, follow_symlinks=True):
    """Copies a file into a file or folder; returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy (file times are not preserved)."""
    return copy(src, dst, follow_symlinks=follow_symlinks)


def ignore_patterns(*patterns):
    """An `ignore` function for copytree that skips names matching glob patterns."""
    import fnmatch

    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


@unsupported(symlinks='symbolic links are always followed', copy_function='files are always copied with copy2')
def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies a folder tree; returns dst."""
    names = os.listdir(src)
    ignored_names = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, ignore=ignore, dirs_exist_ok=dirs_exist_ok)
            else:
                copy2(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


@unsupported(dir_fd='paths relative to a folder descriptor are not supported')
def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Deletes a folder and everything in it."""
    try:
        if not os.path.isdir(path):
            if os.path.exists(path):
                raise NotADirectoryError(20, 'Not a directory', path)
            os.stat(path)
        _rmtree(path)
    except OSError:
        if ignore_errors:
            return
        if onerror is None:
            raise
        import sys
        onerror(os.rmdir, path, sys.exc_info())


def _rmtree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full):
            _rmtree(full)
        else:
            os.remove(full)
    os.rmdir(path)


def move(src, dst, copy_function=copy2):
    """Moves a file or folder (into `dst` when it is a folder); returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(src.rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def disk_usage(path):
    raise NotImplementedError('shutil.disk_usage() is not supported by Gradbook')


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """None: Gradbook runs no programs, so none is found."""
    return None


def get_terminal_size(fallback=(80, 24)):
    """COLUMNS and LINES from os.environ, else `fallback`: cell output is not a terminal."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return os.terminal_size((columns, lines))


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    raise NotImplementedError('shutil.make_archive() is not supported by Gradbook')


def unpack_archive(filename, extract_dir=None, format=None):
    raise NotImplementedError('shutil.unpack_archive() is not supported by Gradbook')
