"""String constants, capwords and Template (CPython's string module)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits on sep, capitalizes each word, joins with sep (a space by default)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """$-substitutions: Template('$who likes ${what}').substitute(who='tim', what='kung pao')."""
    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _parts(self):
        """(literal, kind, name, position) chunks: kind is 'name', 'escaped' or 'invalid'."""
        t = self.template
        d = self.delimiter
        i = 0
        literal = ''
        while i < len(t):
            if not t.startswith(d, i):
                literal += t[i]
                i += 1
                continue
            j = i + len(d)
            if t.startswith(d, j):
                yield literal, 'escaped', None, i
                literal = ''
                i = j + len(d)
                continue
            if j < len(t) and t[j] == '{':
                k = j + 1
                if k < len(t) and _is_id_start(t[k]):
                    e = k
                    while e < len(t) and _is_id_char(t[e]):
                        e += 1
                    if e < len(t) and t[e] == '}':
                        yield literal, 'name', t[k:e], i
                        literal = ''
                        i = e + 1
                        continue
            elif j < len(t) and _is_id_start(t[j]):
                e = j
                while e < len(t) and _is_id_char(t[e]):
                    e += 1
                yield literal, 'name', t[j:e], i
                literal = ''
                i = e
                continue
            yield literal, 'invalid', None, i
            literal = ''
            i = j
        yield literal, None, None, i

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping={}, /, **kws):
        """Replaces every placeholder; a missing name is KeyError."""
        values = {**mapping, **kws} if kws else mapping
        out = []
        for literal, kind, name, i in self._parts():
            out.append(literal)
            if kind == 'name':
                out.append('%s' % (values[name],))
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(i)
        return ''.join(out)

    def safe_substitute(self, mapping={}, /, **kws):
        """Like substitute, but leaves missing or invalid placeholders as written."""
        values = {**mapping, **kws} if kws else mapping
        out = []
        t = self.template
        for literal, kind, name, i in self._parts():
            out.append(literal)
            if kind == 'name':
                try:
                    out.append('%s' % (values[name],))
                except KeyError:
                    end = t.index(name, i) + len(name)
                    out.append(t[i:end + (1 if t.startswith('{', i + len(self.delimiter)) else 0)])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        for literal, kind, name, i in self._parts():
            if kind == 'name' and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        return all(kind != 'invalid' for literal, kind, name, i in self._parts())


class Formatter:
    """str.format as a class (format and vformat; the hooks are not called)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
