"""absl's Flag objects and the parsers that turn command-line text into values."""

import csv as _csv
from absl.flags._exceptions import IllegalFlagValueError


class ArgumentParser(object):
    """Parses a string flag: the text itself."""
    flag_type = 'string'
    syntactic_help = ''

    def parse(self, argument):
        if not isinstance(argument, str):
            raise TypeError('flag value must be a string, found "%s"' % (type(argument),))
        return argument


class _NumericParser(ArgumentParser):
    def __init__(self, lower_bound=None, upper_bound=None):
        self.lower_bound = lower_bound
        self.upper_bound = upper_bound
        if lower_bound is not None and upper_bound is not None:
            self.syntactic_help = 'a value in [%s, %s]' % (lower_bound, upper_bound)
        elif lower_bound is not None:
            self.syntactic_help = 'a value >= %s' % lower_bound
        elif upper_bound is not None:
            self.syntactic_help = 'a value <= %s' % upper_bound
        else:
            self.syntactic_help = self.default_help

    def parse(self, argument):
        value = self.convert(argument)
        if ((self.lower_bound is not None and value < self.lower_bound) or
                (self.upper_bound is not None and value > self.upper_bound)):
            raise ValueError('%s is not %s' % (value, self.syntactic_help))
        return value


class IntegerParser(_NumericParser):
    """Parses an int; 0x.. and 0o.. prefixes choose the base, as absl does."""
    flag_type = 'int'
    default_help = 'an integer'

    def convert(self, argument):
        if isinstance(argument, bool):
            raise TypeError('Expect argument to be a string or int, found %s' % type(argument))
        if isinstance(argument, int):
            return argument
        if isinstance(argument, str):
            base = 10
            if len(argument) > 2 and argument[0] == '0':
                if argument[1] == 'o':
                    base = 8
                elif argument[1] == 'x':
                    base = 16
            return int(argument, base)
        raise TypeError('Expect argument to be a string or int, found %s' % type(argument))


class FloatParser(_NumericParser):
    """Parses a float."""
    flag_type = 'float'
    default_help = 'a number'

    def convert(self, argument):
        if isinstance(argument, bool):
            raise TypeError('Expect argument to be a string, int, or float, found %s' % type(argument))
        if isinstance(argument, (int, float)):
            return float(argument)
        if isinstance(argument, str):
            return float(argument)
        raise TypeError('Expect argument to be a string, int, or float, found %s' % type(argument))


class BooleanParser(ArgumentParser):
    """true/t/1 and false/f/0 in any case."""
    flag_type = 'bool'

    def parse(self, argument):
        if isinstance(argument, str):
            if argument.lower() in ('true', 't', '1'):
                return True
            if argument.lower() in ('false', 'f', '0'):
                return False
            raise ValueError('Non-boolean argument to boolean flag', argument)
        if isinstance(argument, bool) or argument in (0, 1):
            return bool(argument)
        raise TypeError('Non-boolean argument to boolean flag', argument)


class EnumParser(ArgumentParser):
    """One of a fixed list of strings."""
    flag_type = 'string enum'

    def __init__(self, enum_values, case_sensitive=True):
        if not enum_values:
            raise ValueError('enum_values cannot be empty, found "%s"' % (enum_values,))
        self.enum_values = list(enum_values)
        self.case_sensitive = case_sensitive
        self.syntactic_help = '<%s>' % '|'.join(self.enum_values)

    def parse(self, argument):
        if self.case_sensitive:
            if argument not in self.enum_values:
                raise ValueError('value should be one of <%s>' % '|'.join(self.enum_values))
            return argument
        for value in self.enum_values:
            if value.upper() == argument.upper():
                return value
        raise ValueError('value should be one of <%s>' % '|'.join(self.enum_values))


class ListParser(ArgumentParser):
    """A comma-separated list of strings (csv rules, so quotes may hold commas)."""
    flag_type = 'comma separated list'
    syntactic_help = 'a comma separated list'

    def parse(self, argument):
        if isinstance(argument, list):
            return argument
        if not argument:
            return []
        return [s.strip() for s in list(_csv.reader([argument], strict=True))[0]]


class WhitespaceSeparatedListParser(ArgumentParser):
    flag_type = 'whitespace separated list'
    syntactic_help = 'a whitespace separated list'

    def parse(self, argument):
        if isinstance(argument, list):
            return argument
        return argument.split() if argument else []


class Flag(object):
    """One defined flag: its parser, default, current value and whether the command line set it."""

    def __init__(self, parser, name, default, help_string, short_name=None, boolean=False, allow_override=False,
                 module_name='__main__'):
        self.name = name
        self.help = help_string or '(no help available)'
        self.short_name = short_name
        self.boolean = boolean
        self.present = 0
        self.parser = parser
        self.allow_override = allow_override
        self.using_default_value = True
        self.module_name = module_name
        self.validators = []
        self.default = None
        self.value = None
        self._set_default(default)

    def _parse(self, argument):
        try:
            return self.parser.parse(argument)
        except (TypeError, ValueError) as e:
            raise IllegalFlagValueError('flag --%s=%s: %s' % (self.name, argument, e))

    def _set_default(self, value):
        self.default = None if value is None else self._parse(value)
        if self.using_default_value:
            self.value = self.default

    def parse(self, argument):
        """Sets the value from command-line text (a repeated flag keeps the last value)."""
        self.value = self._parse(argument)
        self.present += 1

    @property
    def flag_type(self):
        return self.parser.flag_type

    def __str__(self):
        # TF < 1.5 tutorials print FLAGS.__flags items expecting the values; show the value.
        return str(self.value)

    def __format__(self, spec):
        return format(self.value, spec)

    def __repr__(self):
        return '<absl.flags.Flag %s=%r>' % (self.name, self.value)


class BooleanFlag(Flag):
    def __init__(self, name, default, help_string, short_name=None, **kwargs):
        Flag.__init__(self, BooleanParser(), name, default, help_string, short_name, boolean=True, **kwargs)


class EnumFlag(Flag):
    def __init__(self, name, default, help_string, enum_values, short_name=None, case_sensitive=True, **kwargs):
        Flag.__init__(self, EnumParser(enum_values, case_sensitive), name, default, help_string, short_name, **kwargs)
        self.help = '%s: %s' % (self.parser.syntactic_help, self.help)


class MultiFlag(Flag):
    """A flag that may be repeated: each occurrence adds to the list."""

    def __init__(self, parser, name, default, help_string, **kwargs):
        Flag.__init__(self, parser, name, default, help_string, **kwargs)
        self.help += ';\n    repeat this option to specify a list of values'

    def _set_default(self, value):
        if value is None:
            self.default = None
        else:
            values = value if isinstance(value, (list, tuple)) else [value]
            self.default = [self._parse(v) for v in values]
        if self.using_default_value:
            self.value = self.default

    def parse(self, argument):
        values = argument if isinstance(argument, list) else [argument]
        parsed = [self._parse(v) for v in values]
        if self.present:
            self.value = self.value + parsed
        else:
            self.value = parsed
        self.present += 1
