"""Unix shell-style wildcards (fnmatch): *, ?, [seq], [!seq]; case-sensitive on POSIX."""

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Whether `name` matches the shell pattern `pat`."""
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match `pat`."""
    return [n for n in names if fnmatchcase(n, pat)]


def _class_end(pat, i):
    j = i
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    while j < len(pat) and pat[j] != ']':
        j += 1
    return j


def _class_match(spec, c):
    negate = spec.startswith('!')
    if negate:
        spec = spec[1:]
    i = 0
    found = False
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == '-':
            if spec[i] <= c <= spec[i + 2]:
                found = True
            i += 3
        else:
            if spec[i] == c:
                found = True
            i += 1
    return found != negate


def fnmatchcase(name, pat):
    """Whether `name` matches `pat`, case-sensitively."""
    return _match(name, 0, pat, 0)


def _match(name, ni, pat, pi):
    while pi < len(pat):
        c = pat[pi]
        if c == '*':
            while pi < len(pat) and pat[pi] == '*':
                pi += 1
            if pi == len(pat):
                return True
            for k in range(ni, len(name) + 1):
                if _match(name, k, pat, pi):
                    return True
            return False
        if ni >= len(name):
            return False
        if c == '?':
            ni += 1
            pi += 1
        elif c == '[':
            j = _class_end(pat, pi + 1)
            if j >= len(pat):
                if name[ni] != '[':
                    return False
                ni += 1
                pi += 1
            else:
                if not _class_match(pat[pi + 1:j], name[ni]):
                    return False
                ni += 1
                pi = j + 1
        else:
            if name[ni] != c:
                return False
            ni += 1
            pi += 1
    return ni == len(name)


def translate(pat):
    """The pattern as a regular expression (as CPython's fnmatch.translate writes it)."""
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] != '.*':
                res.append('.*')
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = _class_end(pat, i)
            if j >= n:
                res.append('\\[')
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff.startswith('!'):
                    stuff = '^' + stuff[1:]
                elif stuff.startswith('^'):
                    stuff = '\\' + stuff
                res.append('[%s]' % stuff)
        else:
            res.append(''.join('\\' + ch if ch in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f' else ch for ch in c))
    return '(?s:%s)\\Z' % ''.join(res)
