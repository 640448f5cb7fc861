"""six.moves.urllib: urllib's Python 3 submodules."""

from urllib import error, parse, request, response
