"""URL parsing (the common part of CPython's urllib.parse): urlparse, urlsplit, urljoin,
quote, unquote, urlencode, parse_qs."""

from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urlsplit', 'urlunsplit', 'quote', 'quote_plus',
           'unquote', 'unquote_plus', 'urlencode', 'parse_qs', 'parse_qsl', 'urldefrag']

_SplitBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class _NetlocMixin:
    @property
    def hostname(self):
        host = self.netloc.rpartition('@')[2]
        if host.startswith('['):
            return host[1:host.find(']')].lower() or None
        return host.partition(':')[0].lower() or None

    @property
    def port(self):
        host = self.netloc.rpartition('@')[2]
        port = host.rpartition(']')[2].partition(':')[2]
        return int(port) if port else None

    @property
    def username(self):
        user, at, _ = self.netloc.rpartition('@')
        return user.partition(':')[0] if at else None

    @property
    def password(self):
        user, at, _ = self.netloc.rpartition('@')
        return (user.partition(':')[2] or None) if at else None

    def geturl(self):
        return urlunsplit(self) if len(self) == 5 else urlunparse(self)


class SplitResult(_SplitBase, _NetlocMixin):
    pass


class ParseResult(_ParseBase, _NetlocMixin):
    pass


_scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, query, fragment)."""
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isalpha() and all(c in _scheme_chars for c in url[:i]):
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        end = len(url)
        for c in '/?#':
            j = url.find(c, 2)
            if j >= 0:
                end = min(end, j)
        netloc, url = url[2:end], url[end:]
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlparse(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, params, query, fragment)."""
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ''
    if ';' in path:
        i = path.find(';', path.rfind('/')) if '/' in path else path.find(';')
        if i >= 0:
            path, params = path[:i], path[i + 1:]
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urldefrag(url):
    if '#' in url:
        s, frag = url.split('#', 1)
        return s, frag
    return url, ''


def urljoin(base, url, allow_fragments=True):
    """Resolves `url` against `base`."""
    if not base:
        return url
    if not url:
        return base
    b = urlsplit(base)
    u = urlsplit(url)
    if u.scheme and u.scheme != b.scheme:
        return url
    scheme = b.scheme
    if u.netloc:
        return urlunsplit((scheme, u.netloc, u.path, u.query, u.fragment))
    if not u.path:
        return urlunsplit((scheme, b.netloc, b.path, u.query or b.query, u.fragment))
    if u.path.startswith('/'):
        segments = u.path.split('/')
    else:
        segments = b.path.split('/')[:-1] + u.path.split('/')
    out = []
    for seg in segments[1:] if segments and segments[0] == '' else segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments and segments[-1] in ('.', '..'):
        out.append('')
    return urlunsplit((scheme, b.netloc, '/' + '/'.join(out), u.query, u.fragment))


_ALWAYS_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encodes a string (UTF-8), keeping letters, digits, '_.-~' and `safe`."""
    if isinstance(string, str):
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    keep = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if chr(b) in keep else '%%%02X' % b for b in string)


def quote_plus(string, safe='', encoding=None, errors=None):
    if ' ' in string:
        return quote(string, safe + ' ', encoding, errors).replace(' ', '+')
    return quote(string, safe, encoding, errors)


def unquote(string, encoding='utf-8', errors='replace'):
    """Decodes %XX escapes."""
    if '%' not in string:
        return string
    out = bytearray()
    parts = string.split('%')
    out += parts[0].encode(encoding)
    for item in parts[1:]:
        try:
            out.append(int(item[:2], 16))
            out += item[2:].encode(encoding)
        except ValueError:
            out += ('%' + item).encode(encoding)
    return out.decode(encoding, errors)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """key=value pairs joined by &, percent-encoded."""
    if hasattr(query, 'items'):
        query = query.items()
    out = []
    for k, v in query:
        if doseq and isinstance(v, (list, tuple)):
            for item in v:
                out.append(quote_via(str(k), safe) + '=' + quote_via(str(item), safe))
        else:
            out.append(quote_via(str(k), safe) + '=' + quote_via(str(v), safe))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    out = []
    for pair in qs.split(separator):
        if not pair:
            continue
        name, eq, value = pair.partition('=')
        if value or keep_blank_values:
            out.append((unquote_plus(name, encoding, errors), unquote_plus(value, encoding, errors)))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator):
        result.setdefault(name, []).append(value)
    return result
