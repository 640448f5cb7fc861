"""The exceptions absl.flags raises, with absl-py's messages."""


class Error(Exception):
    """The base class of every flags error."""


class CantOpenFlagFileError(Error):
    """A --flagfile could not be read."""


class DuplicateFlagError(Error):
    """A flag name was defined twice."""

    @classmethod
    def from_flag(cls, flagname, first_module, second_module, help_text):
        return cls("The flag '%s' is defined twice. First from %s, Second from %s.  "
                   "Description from first occurrence: %s" % (flagname, first_module, second_module, help_text))


class IllegalFlagValueError(Error):
    """A flag was given a value its parser rejects."""


class UnrecognizedFlagError(Error):
    """The command line names a flag nobody defined."""

    def __init__(self, flagname, flagvalue='', suggestions=None):
        self.flagname = flagname
        self.flagvalue = flagvalue
        if suggestions:
            tip = '. Did you mean: %s ?' % ', '.join(suggestions)
        else:
            tip = ''
        Error.__init__(self, "Unknown command line flag '%s'%s" % (flagname, tip))


class UnparsedFlagAccessError(Error):
    """A flag value was read before the command line was parsed."""


class ValidationError(Error):
    """A flag validator refused the value."""


class FlagNameConflictsWithMethodError(Error):
    """A flag name hides a FlagValues method."""
