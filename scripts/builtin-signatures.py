# Writes test/python/bind/builtin_signatures.json: CPython 3.11's text signatures of the builtin
# types' constructors and methods (inspect's __text_signature__ without $self/$type), so a test can
# check the signature tables in src/python/builtins against CPython without running Python.
# Run from the repository root: python3 scripts/builtin-signatures.py
import json, sys

assert sys.version_info[:2] == (3, 11), 'the tables follow CPython 3.11'

def strip_self(text):
    if text is None:
        return None
    params = [p.strip() for p in text[1:-1].split(',')] if text != '()' else []
    if params and params[0] in ('$self', '$type'):
        params = params[1:]
        if params and params[0] == '/':
            params = params[1:]
    return '(' + ', '.join(params) + ')'

out = {}
types = [int, float, bool, str, list, tuple, set, frozenset, dict, range, slice, property,
         staticmethod, classmethod, bytes, bytearray]
for t in types:
    out[t.__name__] = strip_self(t.__text_signature__)
    for name in sorted(vars(t)):
        member = vars(t)[name]
        if callable(getattr(t, name)):
            out[t.__name__ + '.' + name] = strip_self(getattr(getattr(t, name), '__text_signature__', None))
with open('test/python/bind/builtin_signatures.json', 'w') as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write('\n')
