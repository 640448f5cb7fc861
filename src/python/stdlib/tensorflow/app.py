"""tf.app: run(main=None, argv=None) and the flags module (tf.app.flags is tf.flags)."""

import sys as _sys
from absl import app as _absl_app
from tensorflow import flags


def _parse_flags_tolerate_undef(argv):
    # tf.app.run leaves flags nobody defined in the argv it passes to main, as TF 1.15 does.
    return flags.FLAGS(_sys.argv if argv is None else argv, known_only=True)


def run(main=None, argv=None):
    """Parses the defined flags from argv (default sys.argv), calls main(argv) and exits with its result."""
    if main is None:
        main_module = _sys.modules.get('__main__')
        main = getattr(main_module, 'main', None)
        if main is None:
            raise AttributeError("module '__main__' has no attribute 'main'")
    _absl_app.run(main=main, argv=argv, flags_parser=_parse_flags_tolerate_undef)
