"""User-defined failure classes: ``name: regex`` lines (the ``gen_failure_patterns`` ini value)
and the failure a match gives.

A user's expression can backtrack catastrophically (``(a+)+$`` on ``aaaa...a!``, ``(x+x+)+y``), and
Python's ``re`` cannot be interrupted: one such pattern would hang the classification of a sample
forever, beyond ``--gen-timeout``, which bounds the generator, not the classifier. The patterns
are therefore compiled with the `regex` package (the same syntax as ``re``, ``VERSION0``), whose
``search`` takes a timeout: each pattern gets `PATTERN_SECONDS` on a sample's output; a pattern
that runs out of time is skipped (the next patterns and the built-in rules classify the sample)
and a `FailurePatternTimeout` warning names the pattern and its line.

`FailurePattern` and `parse_failure_patterns` are public through
:mod:`pytest_genreliability.classify`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .answer import EXCERPT_LINES, excerpt_of, failure_of
from .failure import Failure
from .reader import Reader

_FLAGS = (
    (re.IGNORECASE, regex.IGNORECASE),
    (re.MULTILINE, regex.MULTILINE),
    (re.DOTALL, regex.DOTALL),
    (re.VERBOSE, regex.VERBOSE),
    (re.ASCII, regex.ASCII),
)
PATTERN_SECONDS = 1.0
"""Time one user pattern may take on one sample's output. The `regex` package measures the time
the process runs, so on a machine busy with other work the wall clock sees more."""


class FailurePatternTimeout(UserWarning):
    """A user failure pattern took longer than its time bound and was skipped."""


@dataclass(frozen=True)
class FailurePattern:
    """A user-defined class: ``name`` when ``regex`` matches; ``line`` is where it was set."""

    name: str
    regex: regex.Pattern[str]
    line: int

    def __post_init__(self) -> None:
        """A pattern compiled with ``re`` (``FailurePattern("x", re.compile(...), 1)``) is
        compiled again with `regex`, whose search can be bounded in time."""
        given: object = self.regex
        if isinstance(given, re.Pattern):
            flags = regex.VERSION0
            for mine, theirs in _FLAGS:
                if given.flags & mine:
                    flags |= theirs
            object.__setattr__(self, "regex", regex.compile(given.pattern, flags))


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
            compiled = regex.compile(expression, regex.MULTILINE | regex.VERSION0)
        except regex.error as error:
            raise fail(f"invalid regex: {error}") from None
        patterns.append(FailurePattern(name=name, regex=compiled, line=number))
    return tuple(patterns)


def first_match(
    patterns: Sequence[FailurePattern], output: str, seconds: float = PATTERN_SECONDS
) -> tuple[FailurePattern, regex.Match[str]] | None:
    """The first pattern, in order, that matches ``output``, and its match; each within
    ``seconds``. A pattern that runs out of time is skipped and named in a warning."""
    for pattern in patterns:
        try:
            match = pattern.regex.search(output, timeout=seconds)
        except TimeoutError:
            warnings.warn(
                f"gen_failure_patterns: pattern {pattern.name!r} (line {pattern.line}) did not "
                f"finish within {seconds:g} s on a sample's output of {len(output)} characters "
                "and was skipped; nested repetitions such as (a+)+ make an expression backtrack",
                FailurePatternTimeout,
                stacklevel=2,
            )
            continue
        if match is not None:
            return pattern, match
    return None


def user_failure(reader: Reader, name: str, match: regex.Match[str]) -> Failure:
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
