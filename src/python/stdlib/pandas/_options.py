"""pd.options.display and pd.set_option/get_option for the display settings TF1 tutorials change
(max_rows, precision, float_format, as Google's ML Crash Course does); the printing code reads
them at each repr. Other options raise NotImplementedError."""

_DEFAULTS = {'max_rows': 60, 'precision': 6, 'float_format': None, 'max_columns': 0, 'width': 80}


class _Display(object):
    # One settings dict per instance, stored with object.__setattr__ because __setattr__ checks names.
    def __init__(self):
        object.__setattr__(self, '_values', dict(_DEFAULTS))

    def __getattr__(self, name):
        values = self.__dict__['_values']
        if name not in values:
            raise NotImplementedError("pandas option 'display.%s' is not supported by Gradbook's pandas" % name)
        return values[name]

    def __setattr__(self, name, value):
        if name not in self._values:
            raise NotImplementedError("pandas option 'display.%s' is not supported by Gradbook's pandas" % name)
        if name in ('max_columns', 'width') and value != _DEFAULTS[name]:
            raise NotImplementedError("pandas option 'display.%s' other than %r is not supported by Gradbook's pandas"
                                      % (name, _DEFAULTS[name]))
        if name == 'max_rows' and value is None:
            value = float('inf')
        self._values[name] = value


class _Options(object):
    def __init__(self):
        self.display = _Display()


options = _Options()


def _split(key):
    parts = key.split('.')
    if len(parts) != 2 or parts[0] != 'display':
        raise NotImplementedError("pandas option '%s' is not supported by Gradbook's pandas" % key)
    return parts[1]


def set_option(key, value):
    setattr(options.display, _split(key), value)


def get_option(key):
    return getattr(options.display, _split(key))


def reset_option(key):
    set_option(key, _DEFAULTS[_split(key)])
