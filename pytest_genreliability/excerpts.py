"""Short, redacted excerpts of a failed run's output (core layer, no pytest)."""

from __future__ import annotations

import re

_ERRORISH = re.compile(
    r"\b(?:error|err!|exception|fatal|failed|failure|denied|not permitted|panicked|traceback"
    r"|cannot|could not|unable)\b|(?-i:\bE[A-Z]{3,}\b)",
    re.IGNORECASE,
)
MAX_LINE = 300


def first_error_line(text: str) -> str:
    """The first line that reads like an error, else the last non-empty line; one line, trimmed.

    This is the plain "why" shown in the report when no failure class applies.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if len(line) <= 4 * MAX_LINE and _ERRORISH.search(line):
            return _clip(line)
    return _clip(lines[-1]) if lines else ""


def tail(text: str, lines: int = 15, chars: int = 2000) -> str:
    """The last ``lines`` lines of ``text``, at most ``chars`` characters."""
    kept = text.rstrip().splitlines()[-lines:]
    result = "\n".join(_clip(line, 500) for line in kept)
    return result[-chars:]


def _clip(line: str, limit: int = MAX_LINE) -> str:
    return line if len(line) <= limit else line[: limit - 3] + "..."
