"""six.moves.urllib.response is urllib.response."""

from urllib.response import *
