"""URL handling: parse works; request raises a clear error, since Gradbook has no network."""
