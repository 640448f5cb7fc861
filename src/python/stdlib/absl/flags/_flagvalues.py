"""absl's FlagValues: the registry of defined flags and the command-line parser (absl-py 0.8 rules:
`--name=value`, `--name value`, `-name`, `--flag`/`--noflag` for booleans, `--` and the first
non-flag argument stop parsing, `--undefok=a,b` silences unknown flags)."""

import sys as _sys
from _gradbook import caller as _caller
from absl.flags._exceptions import (
    Error, DuplicateFlagError, IllegalFlagValueError, UnrecognizedFlagError, UnparsedFlagAccessError,
    ValidationError,
)

def _defining_module():
    """The name of the module whose code called DEFINE_* (the first frame outside absl and tensorflow)."""
    level = 1
    while True:
        info = _caller(level)
        if info is None:
            return '__main__'
        name = info[2]
        if not (name.startswith('absl') or name.startswith('tensorflow')):
            return name
        level += 1


def _interactive():
    # IPython sets sys.ps1; TF and absl use the same test to tell a notebook from a script.
    return hasattr(_sys, 'ps1')


class FlagValues(object):
    """The set of defined flags; `FLAGS.name` is a flag's value once the command line is parsed."""

    def __init__(self):
        # FlagValues answers attribute reads and writes with flag values, so its own state is put in
        # its __dict__ directly (as absl does), under a key no flag can be read by.
        self.__dict__['__state'] = {'flags': {}, 'parsed': False, 'modules': {}, 'validators': []}

    def _st(self):
        return self.__dict__['__state']

    def _flags(self):
        """name -> Flag (short names included), as absl's FlagValues._flags()."""
        return self._st()['flags']

    # ------------------------------------------------------------------ defining

    def __setitem__(self, name, flag):
        flags = self._flags()
        module = _defining_module()
        if name in flags and not flag.allow_override and not flags[name].allow_override:
            first = self._st()['modules'].get(name, '__main__')
            # A notebook re-runs the cell that defines its flags; the new definition replaces the old
            # one there (absl would raise DuplicateFlagError, which only a kernel restart would clear).
            if not (first == module == '__main__' and _interactive()):
                raise DuplicateFlagError.from_flag(name, first, module, flags[name].help)
        flags[name] = flag
        self._st()['modules'][name] = module
        if flag.short_name:
            flags[flag.short_name] = flag
        if self._st()['parsed'] and flag.using_default_value:
            flag.value = flag.default

    def __getitem__(self, name):
        return self._flags()[name]

    def __contains__(self, name):
        return name in self._flags()

    def __iter__(self):
        return iter(list(self._flags()))

    def __len__(self):
        return len(self._flags())

    def __delattr__(self, name):
        flags = self._flags()
        if name not in flags:
            raise AttributeError(name)
        flag = flags.pop(name)
        for other, f in list(flags.items()):
            if f is flag:
                del flags[other]

    # ------------------------------------------------------------------ values

    def __getattr__(self, name):
        if name == '__flags':
            return self._flags()
        flags = self._flags()
        if name not in flags:
            raise AttributeError(name)
        if not self._st()['parsed']:
            raise UnparsedFlagAccessError('Trying to access flag --%s before flags were parsed.' % name)
        return flags[name].value

    def __setattr__(self, name, value):
        flags = self._flags()
        if name not in flags:
            raise UnrecognizedFlagError(name, value)
        flags[name].value = value
        flags[name].using_default_value = False
        self._validate([name])

    def is_parsed(self):
        return self._st()['parsed']

    def mark_as_parsed(self):
        self._st()['parsed'] = True

    def unparse_flags(self):
        """Back to the defaults, as before the first parse."""
        for flag in set(self._flags().values()):
            flag.value = flag.default
            flag.using_default_value = True
            flag.present = 0
        self._st()['parsed'] = False

    def flag_values_dict(self):
        """{name: value} of every flag."""
        return dict((name, flag.value) for name, flag in self._flags().items())

    def get_flag_value(self, name, default):
        value = self.__getattr__(name)
        return default if value is None else value

    def set_default(self, name, value):
        flags = self._flags()
        if name not in flags:
            raise UnrecognizedFlagError(name, value)
        flags[name]._set_default(value)

    def find_module_defining_flag(self, flagname, default=None):
        return self._st()['modules'].get(flagname, default)

    # ------------------------------------------------------------------ validators

    def _add_validator(self, flag_names, checker, message, multi):
        self._st()['validators'].append((list(flag_names), checker, message, multi))

    def _validate(self, names=None):
        for flag_names, checker, message, multi in self._st()['validators']:
            if names is not None and not any(n in names for n in flag_names):
                continue
            flags = self._flags()
            values = dict((n, flags[n].value) for n in flag_names)
            ok = checker(values) if multi else checker(values[flag_names[0]])
            if not ok:
                shown = ', '.join('flag --%s=%r' % (n, values[n]) for n in flag_names)
                raise IllegalFlagValueError('%s: %s' % (shown, message))

    def validate_all_flags(self):
        self._validate()

    # ------------------------------------------------------------------ parsing

    def __call__(self, argv, known_only=False):
        """Parses argv (argv[0] is the program); returns [argv[0]] + the arguments left unparsed."""
        if isinstance(argv, (str, bytes)):
            raise TypeError('argv should be a tuple/list of strings, not bytes or string.')
        if not argv:
            raise ValueError('argv cannot be an empty list, and must contain the program name as the first element.')
        program_name = argv[0]
        unknown, unparsed = self._parse_args(list(argv[1:]), known_only)
        for name, arg in unknown:
            raise UnrecognizedFlagError(name, arg, _suggestions(name, list(self._flags())))
        self.mark_as_parsed()
        self.validate_all_flags()
        return [program_name] + unparsed

    def _parse_args(self, args, known_only):
        flags = self._flags()
        unknown_names_and_args = []
        undefok = set()
        rest = []
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if not arg.startswith('-'):
                rest = args[i - 1:]
                break
            if arg == '--':
                rest = args[i - 1:] if known_only else args[i:]
                break
            body = arg[2:] if arg.startswith('--') else arg[1:]
            name, value = body.split('=', 1) if '=' in body else (body, None)
            if not name:
                rest = args[i - 1:]
                break
            needs_value = value is None
            if name == 'undefok':
                if needs_value:
                    if i >= len(args):
                        raise Error('Missing value for flag ' + arg)
                    value = args[i]
                    i += 1
                undefok.update(v.strip() for v in value.split(','))
                continue
            flag = flags.get(name)
            if flag is not None:
                if flag.boolean and needs_value:
                    value = 'true'
                elif needs_value:
                    if i >= len(args):
                        raise Error('Missing value for flag ' + arg)
                    value = args[i]
                    i += 1
            elif name.startswith('no') and len(name) > 2 and name[2:] in flags and flags[name[2:]].boolean:
                if value is not None:
                    raise ValueError(arg + ' does not take an argument')
                flag = flags[name[2:]]
                value = 'false'
            if flag is None:
                unknown_names_and_args.append((name, arg))
                continue
            flag.parse(value)
            flag.using_default_value = False
        unknown = []
        unparsed = []
        for name, arg in unknown_names_and_args:
            if name in undefok:
                continue
            if known_only:
                unparsed.append(arg)
            else:
                unknown.append((name, arg))
        return unknown, unparsed + rest

    # ------------------------------------------------------------------ help

    def get_help(self, prefix=''):
        """The flags and their help, grouped by the module that defined them."""
        by_module = {}
        seen = set()
        for name, flag in sorted(self._flags().items()):
            if id(flag) in seen:
                continue
            seen.add(id(flag))
            by_module.setdefault(self._st()['modules'].get(flag.name, '__main__'), []).append(flag)
        lines = []
        for module in sorted(by_module):
            lines.append('\n%s%s:' % (prefix, module))
            for flag in by_module[module]:
                lines.append('%s  --%s: %s' % (prefix, flag.name, flag.help))
                lines.append('%s    (default: %s)' % (prefix, _default_text(flag)))
                if flag.parser.syntactic_help:
                    lines.append('%s    (%s)' % (prefix, flag.parser.syntactic_help))
        return '\n'.join(lines)

    def __str__(self):
        return self.get_help()


def _default_text(flag):
    if flag.default is None:
        return 'None'
    if flag.boolean:
        return "'%s'" % ('true' if flag.default else 'false')
    if isinstance(flag.default, list):
        return "'%s'" % ','.join(str(v) for v in flag.default)
    return "'%s'" % (flag.default,)


def _suggestions(name, known):
    """Defined flags closest to `name` (Damerau-Levenshtein), when under half of its letters differ, as absl."""
    if len(name) <= 2 or not known:
        return []
    distances = [(_edit_distance(name, candidate), candidate) for candidate in known]
    least = min(d for d, _ in distances)
    if least / float(len(name)) > 0.5:
        return []
    return sorted(c for d, c in distances if d == least)


def _edit_distance(a, b):
    """Edits (insert, delete, substitute, swap neighbours) that turn a into b."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]
