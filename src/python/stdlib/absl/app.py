"""absl.app: run(main) parses the flags from argv, then calls main(argv) and exits with what it
returns (sys.exit, so a notebook cell ends with IPython's SystemExit note and the kernel lives on)."""

import sys as _sys
from absl import flags as _flags


class Error(Exception):
    pass


class UsageError(Error):
    """Raised by main() for bad usage: run() prints the message and exits with exitcode."""

    def __init__(self, message, exitcode=1):
        Error.__init__(self, message)
        self.exitcode = exitcode


_HELP_FLAGS = ('--help', '-help', '--helpshort', '-helpshort', '--helpfull', '-helpfull', '-?')


def usage(shorthelp=False, writeto_stdout=False, detailed_error=None, exitcode=None):
    """Prints the program's docstring (or a USAGE line) and the flags' help."""
    stream = _sys.stdout if writeto_stdout else _sys.stderr
    main_module = _sys.modules.get('__main__')
    doc = getattr(main_module, '__doc__', None) if main_module is not None else None
    program = _sys.argv[0] if _sys.argv and _sys.argv[0] else 'main'
    if not doc:
        doc = '\nUSAGE: %s [flags]\n' % program
    stream.write(doc.rstrip('\n') + '\n')
    stream.write('flags:\n' + _flags.FLAGS.get_help() + '\n')
    if detailed_error is not None:
        stream.write('\n%s\n' % detailed_error)
    if exitcode is not None:
        _sys.exit(exitcode)


def parse_flags_with_usage(args):
    """FLAGS(args)."""
    return _flags.FLAGS(args)


def _parse_or_exit(flags_parser, args):
    # A bad flag (from any parser) prints absl's two lines to stderr and exits 1.
    try:
        return flags_parser(args)
    except _flags.Error as error:
        _sys.stderr.write('FATAL Flags parsing error: %s\n' % error)
        _sys.stderr.write('Pass --helpshort or --helpfull to see help on flags.\n')
        _sys.exit(1)


def _wants_help(argv):
    for arg in argv[1:]:
        if arg == '--' or not arg.startswith('-'):
            return False
        if arg in _HELP_FLAGS:
            return True
    return False


def run(main, argv=None, flags_parser=parse_flags_with_usage):
    """Parses flags from argv (default sys.argv), calls main(remaining argv), then sys.exit(its result)."""
    args = list(_sys.argv if argv is None else argv)
    if _wants_help(args):
        usage(writeto_stdout=True, exitcode=0)
    remaining = _parse_or_exit(flags_parser, args)
    try:
        _sys.exit(main(remaining))
    except UsageError as error:
        usage(shorthelp=True, detailed_error=error, exitcode=error.exitcode)
