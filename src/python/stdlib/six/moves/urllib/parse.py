"""six.moves.urllib.parse is urllib.parse."""

from urllib.parse import *
