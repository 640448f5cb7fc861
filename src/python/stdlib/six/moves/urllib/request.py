"""six.moves.urllib.request is urllib.request."""

from urllib.request import *
