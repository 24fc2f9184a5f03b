"""The `filmstudio` command line."""
