"""Turning script text (prose, dialogue, Fountain or Storyboard JSON) into a Storyboard."""

from filmstudio.script.parse import ScriptFormat, detect_format, parse_script
from filmstudio.script.source import read_script

__all__ = ["ScriptFormat", "detect_format", "parse_script", "read_script"]
