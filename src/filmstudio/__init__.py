"""AI Film Studio: turn a script into a finished film."""

__version__ = "0.1.0"
