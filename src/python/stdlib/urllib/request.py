"""urllib.request: Gradbook cells have no network, so opening or downloading a URL raises
URLError saying so, with the URL and where to put the file instead."""

from urllib.error import URLError, HTTPError

__all__ = ['urlopen', 'urlretrieve', 'Request', 'build_opener', 'install_opener', 'urlcleanup',
           'pathname2url', 'url2pathname', 'URLError', 'HTTPError']


def _no_network(url):
    raise URLError('Gradbook has no network access, so %s cannot be downloaded. Download it yourself, '
                   'put the file beside the notebook (or in its data folder) and read it from there.' % (url,))


def _url_of(url):
    return url.full_url if isinstance(url, Request) else url


def urlopen(url, data=None, timeout=None, *, cafile=None, capath=None, cadefault=False, context=None):
    """Raises URLError: Gradbook has no network access."""
    url = _url_of(url)
    if isinstance(url, str) and url.startswith('file:'):
        raise NotImplementedError('urlopen() of file: URLs is not supported by Gradbook; use open() on the path')
    _no_network(url)


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Raises URLError: Gradbook has no network access."""
    _no_network(_url_of(url))


def urlcleanup():
    pass


class Request:
    """A URL request (opening it raises URLError: Gradbook has no network access)."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.data = data
        self.headers = dict(headers)
        self.method = method

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def get_full_url(self):
        return self.full_url


class _Opener:
    def open(self, fullurl, data=None, timeout=None):
        _no_network(_url_of(fullurl))

    addheaders = []


def build_opener(*handlers):
    return _Opener()


def install_opener(opener):
    pass


def pathname2url(pathname):
    from urllib.parse import quote
    return quote(pathname)


def url2pathname(pathname):
    from urllib.parse import unquote
    return unquote(pathname)
