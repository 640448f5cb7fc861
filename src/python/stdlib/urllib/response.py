"""urllib.response (no responses exist: Gradbook has no network access)."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(object):
    pass


class addclosehook(addbase):
    pass


class addinfo(addbase):
    pass


class addinfourl(addinfo):
    pass
