"""Short, redacted excerpts of a failed run's output (core layer, no pytest)."""

from __future__ import annotations

import re

from .classify.signature import headline

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
    for at, line in enumerate(lines):
        if len(line) <= 4 * MAX_LINE and _ERRORISH.search(line):
            return clip(headline("\n".join(lines[at : at + 2])))
    return clip(lines[-1]) if lines else ""


def tail(text: str, lines: int = 15, chars: int = 2000) -> str:
    """The last ``lines`` lines of ``text``, at most ``chars`` characters, cut between lines.

    What was left out is said on a first line of its own (``[... 3 earlier lines]``), so an
    excerpt never starts in the middle of a message that looks complete.
    """
    every = text.rstrip().splitlines()
    kept = [clip(line, 500) for line in every[-lines:]]
    while len(kept) > 1 and sum(len(line) + 1 for line in kept) > chars:
        kept.pop(0)
    if len(every) > len(kept):
        left_out = len(every) - len(kept)
        kept.insert(0, f"[... {left_out} earlier line{'s' if left_out > 1 else ''}]")
    return "\n".join(kept)


def clip(line: str, limit: int = MAX_LINE) -> str:
    return line if len(line) <= limit else line[: limit - 3] + "..."
