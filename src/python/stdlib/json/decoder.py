"""json.decoder: JSONDecoder and JSONDecodeError."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

JSONDecodeError = _json.JSONDecodeError


class JSONDecoder(object):
    """Simple JSON decoder (CPython's rules; hooks transform objects and numbers)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python object a JSON document represents."""
        return _json.decode(s, self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                            self.parse_constant, self.strict)

    def raw_decode(self, s, idx=0):
        raise NotImplementedError('JSONDecoder.raw_decode() is not supported by Gradbook')
