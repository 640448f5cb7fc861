"""six.moves.urllib.error is urllib.error."""

from urllib.error import *
