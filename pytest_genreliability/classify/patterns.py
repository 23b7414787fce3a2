"""User-defined failure classes: ``name: regex`` lines (the ``gen_failure_patterns`` ini value)
and the failure a match gives.

`FailurePattern` and `parse_failure_patterns` are public through
:mod:`pytest_genreliability.classify`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .answer import EXCERPT_LINES, excerpt_of, failure_of
from .failure import Failure
from .reader import Reader


@dataclass(frozen=True)
class FailurePattern:
    """A user-defined class: ``name`` when ``regex`` matches; ``line`` is where it was set."""

    name: str
    regex: re.Pattern[str]
    line: int


def parse_failure_patterns(text: str) -> tuple[FailurePattern, ...]:
    """Parse ``name: regex`` lines (the ``gen_failure_patterns`` ini value).

    Blank lines and lines starting with ``#`` are skipped; the name must be an identifier; the
    line is split at its first ``": "``, so the regex may contain colons. Regexes are compiled
    with ``re.MULTILINE`` so ``^`` and ``$`` anchor at line boundaries of the output. A bad line
    raises ``ValueError`` naming its number and text.
    """
    patterns: list[FailurePattern] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue

        def fail(reason: str, number: int = number, line: str = line) -> ValueError:
            return ValueError(f"gen_failure_patterns line {number} ({line!r}): {reason}")

        name, sep, expression = line.partition(": ")
        name, expression = name.strip(), expression.strip()
        if not sep or not expression:
            raise fail("expected 'name: regex'")
        if not name.isidentifier():
            raise fail(f"{name!r} is not an identifier")
        try:
            regex = re.compile(expression, re.MULTILINE)
        except re.error as error:
            raise fail(f"invalid regex: {error}") from None
        patterns.append(FailurePattern(name=name, regex=regex, line=number))
    return tuple(patterns)


def user_failure(reader: Reader, name: str, match: re.Match[str]) -> Failure:
    """A user pattern matched: its name, the matched lines, and whatever the built-ins can read."""
    first = reader.segment_at(match.start())
    spans = [first]
    while spans[-1][1] < match.end() and len(spans) < EXCERPT_LINES:
        after = reader.following(spans[-1][1])
        if after is None:
            break
        spans.append(after)
    evidence = None
    for span in spans:
        evidence = reader.evaluate(span)
        if evidence is not None:
            break
    if evidence is None:
        evidence = reader.run()
    excerpt = excerpt_of(reader, spans)
    if evidence is None:
        return Failure(kind=name, excerpt=excerpt)
    found = failure_of(reader, evidence)
    return Failure(name, found.errno, found.operation, found.paths, excerpt)
