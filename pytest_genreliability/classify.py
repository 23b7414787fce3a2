"""Why a sample failed: a failure class, the code and operation as printed, the paths, an excerpt.

``classify(output, exit_code=..., timed_out=..., signal=..., patterns=...)`` is pure and fast. It
reads the messages real tools print (Node's fs errors of every era and its error objects,
npm/yarn/pnpm, Python ``[WinError N]``/``[Errno N]`` and pip, Rust ``(os error N)`` and
``Os { code: N, .. }``, Java/Gradle, MSBuild, .NET, Go, Dart, Deno, coreutils, robocopy) and
decides by numeric codes before words, because Windows prints its messages in the user's
language while the number stays the same.

Rule order, and why:

1. **The runner's own timeout** (``timed_out=True``) -> ``timeout``. It is a fact, not a reading
   of the output, and the output of a process killed on a deadline ends wherever it was cut.
2. **User patterns**, in their order; the first that matches anywhere wins, with its lines as the
   excerpt (code, operation and paths are still read by the built-in rules). The user knows their
   tool better than any general rule, and may name or split any class.
3. **A signal** (``signal=9``, exit code 137/143, a negative return code, Windows' Ctrl-C exit
   status) -> ``killed``, unless the output says the step timed out (a tool that stops its own
   worker on a deadline, as Next.js does): then ``timeout``.
4. **The most decisive line of the output.** Each line that carries evidence gets a class and a
   tier; the highest tier wins, then the line that says most (a code, an operation, a path), then
   the earlier line. From the most specific evidence down: ``text_busy`` (ETXTBSY means nothing
   else), the lock classes (a code of contention on a rename or a delete), ``disk_full``, out of
   memory, ``network``, ``timeout``, a tool's own deterministic diagnostic (Prisma P1012, TS2322,
   EISDIR, the inotify-watchers ENOSPC), a plain signal (``Killed``), ``permission``, and last a
   bare errno (ENOENT). So a network error that mentions a timeout is ``network``, and a timeout
   that ends in SIGTERM is ``timeout``. A warning line counts 40 tiers lower: a lock error that was
   retried and overcome must not hide the type error that failed the build. Lines such as npm's
   "A complete log of this run..." carry no evidence and never decide.
5. Nothing recognised -> ``other``, with the last error-looking lines as the excerpt.

Lock or genuine failure. EPERM, EACCES and EBUSY mean "held by another process" on Windows when
the operation is a rename or a delete. The same codes on ``symlink`` (no Developer Mode), on
``mkdir``/``open``/``access``/``utime`` (a root-owned folder), EACCES on a POSIX path, EPERM on
deleting a POSIX path (immutable, SIP, a sticky directory) and EBUSY on ``lstat``/``stat`` (a
watcher touching ``pagefile.sys``) are not contention. EPERM on ``unlink`` of a path that looks
like a directory (no extension), outside a recursive delete, is a program calling unlink on a
directory: ``other``. EPERM on a rename stays a lock on POSIX too: an immutable target (``chattr
+i``) is how the project reproduces the Windows failure on Linux. WinError 32/33/1224,
``os error 32`` (unless "Broken pipe", its POSIX meaning), MSB3026/MSB3027/MSB3021, LNK1168 and
"being used by another process" name contention whatever the operation; WinError 5 ("access
denied") does on a rename or a delete, and when no operation is printed.

Rename or unlink. The operation decides: rename, replace, move, copy and link-over (and writing
over a busy file) give ``rename_lock``; unlink, remove, rmdir, a ``scandir`` inside a recursive
delete, and ENOTEMPTY (a directory being cleared while something still fills or holds it, also
when npm renames it aside to delete it) give ``unlink_lock``. The operation is the syscall the
tool printed (``rename '...'``, ``syscall: 'unlink'``, Go's ``remove x:``, a stack frame such as
``Files.delete`` or ``File.Move``, a Python call such as ``os.replace(``), else its own verb
("failed to remove", "Could not copy"), looked for in the line and in the lines around it. With
no operation anywhere, a lock code counts as ``rename_lock``, the replace-a-held-file case this
plugin was built for; except Python's sharing violation: Python names both paths of a two-path
call (``'a' -> 'b'``), so WinError 32 with one path, or none, comes from a one-path call, in a
build step nearly always the delete of a file something still holds. pip's "Could not install
packages" is a replacement of installed files, so it stays ``rename_lock``.

Speed. Candidate lines are found with substring and literal-prefix searches over a lowered copy
of the output, the last 32 KiB first; the rest is then searched only for evidence that could
still win. Outputs over 256 KiB are read at their head (32 KiB) and tail, where tools print the
command and the final error. Only candidate lines, cut to a 2,000-character window, meet the
regular expressions (all compiled at import, with bounded repetitions and no nested quantifiers),
and a fixed budget of characters caps the work whatever the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from pytest_genreliability import _classify_rules as rules
from pytest_genreliability._classify_rules import LineFacts, clean_path, scan_line

__all__ = [
    "KINDS",
    "LOCK_KINDS",
    "Failure",
    "FailurePattern",
    "classify",
    "hotspot_key",
    "lock_target",
    "parse_failure_patterns",
]

KINDS = (
    "rename_lock",
    "unlink_lock",
    "text_busy",
    "timeout",
    "killed",
    "network",
    "disk_full",
    "permission",
    "other",
)
LOCK_KINDS = frozenset({"rename_lock", "unlink_lock", "text_busy"})

EXCERPT_LINES = 10
EXCERPT_CHARS = 2000
_EXCERPT_LINE_CHARS = 400
_SCAN_LIMIT = 256 * 1024
_SCAN_HEAD = 32 * 1024
_TAIL_FIRST = 32 * 1024
_MAX_EVALUATED = 32
_SCAN_BUDGET = 40_000  # characters given to scan_line per output, whatever the output holds
_MAX_HITS = 64
_WARNING_PENALTY = 40
_NEIGHBOURS_BEFORE = 8
_NEIGHBOURS_AFTER = 12
_KILL_EXIT_CODES = frozenset({137, 143, 3221225786, -1073741510})  # 128+9, 128+15, Ctrl-C


@dataclass(frozen=True)
class Failure:
    """Why one sample failed. ``kind`` is one of `KINDS` or a user-defined class name."""

    kind: str
    errno: str | None = None
    operation: str | None = None
    paths: tuple[str, ...] = ()
    excerpt: str = ""

    def to_dict(self) -> dict[str, str | list[str] | None]:
        """Plain JSON data, with the key ``class`` for the kind (the report's field name)."""
        return {
            "class": self.kind,
            "errno": self.errno,
            "operation": self.operation,
            "paths": list(self.paths),
            "excerpt": self.excerpt,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Failure:
        """The inverse of `to_dict`, tolerant of missing keys and wrong types."""

        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) else None

        raw_paths = data.get("paths")
        paths = (
            tuple(p for p in raw_paths if isinstance(p, str)) if isinstance(raw_paths, list) else ()
        )
        return cls(
            kind=text("class") or "other",
            errno=text("errno"),
            operation=text("operation"),
            paths=paths,
            excerpt=text("excerpt") or "",
        )


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


# --- finding candidate lines ------------------------------------------------------------------

_TIER = {
    "text_busy": 90,
    "rename_lock": 80,
    "unlink_lock": 80,
    "disk_full": 75,
    "oom": 70,
    "network": 60,
    "timeout": 50,
    "diagnostic": 45,
    "signal": 40,
    "permission": 30,
    "weak": 10,
}
_E_TRIGGER = re.compile(
    r"E(?:TXTBSY|PERM|ACCES|BUSY|NOTEMPTY|NOSPC|DQUOT|NOMEM|CONNRESET|CONNREFUSED|CONNABORTED"
    r"|TIMEDOUT|SOCKETTIMEDOUT|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|NETDOWN|ISDIR|ROFS"
    r"|NOENT|EXIST|NOTDIR|PIPE|IO|MFILE|NFILE|LOOP|XDEV|RESOLVE|LIFECYCLE)\b"
)
_E_TRIGGER_TIER = {"ETXTBSY": 90, "ENOSPC": 75, "EDQUOT": 75, "ENOMEM": 70, "EISDIR": 45}
_E_TRIGGER_TIER.update({"EPERM": 80, "EACCES": 80, "EBUSY": 80, "ENOTEMPTY": 80, "EROFS": 30})
_E_TRIGGER_TIER.update(dict.fromkeys(rules.WEAK_CODES, 10))
_TIME_TRIGGER = re.compile(r"tim(?:eout|ed out|ing out)")
_ERR_TRIGGER = re.compile(
    r"err(?:no\W{0,3}-?(\d+)|or(?: (\d+)|=(\d+)|\[e\d| (?:ts|cs|c|lnk)\d| code: p\d))"
)


def _number_tier(match: re.Match[str]) -> int:
    number = match.group(1) or match.group(2) or match.group(3)
    if number is None:
        return 45
    return 90 if number == "26" else 80


# (needle or literal-prefix regex, searched in the original text?, the tier it can reach, or a
# function giving the tier of a match). Plain substrings and patterns that start with a literal
# are found at memchr speed; each is one pass over the output, so the list stays short.
_Trigger: TypeAlias = "tuple[str | re.Pattern[str], bool, int | Callable[[re.Match[str]], int]]"
_TRIGGERS: tuple[_Trigger, ...] = (
    (_E_TRIGGER, True, lambda m: _E_TRIGGER_TIER.get(m.group(0), 60)),
    (_ERR_TRIGGER, False, _number_tier),
    ("os { code", False, 90),
    ("text file busy", False, 90),
    ("resource busy", False, 80),
    (re.compile(r"msb3(?:02[167]|061|231)"), False, 80),
    ("0x8007", False, 80),
    ("used by another", False, 80),
    ("locked by", False, 80),
    ("locked a portion", False, 80),
    ("user-mapped", False, 80),
    ("violation", False, 80),
    ("lnk1168", False, 80),
    ("files open", False, 80),
    ("accessdenied", False, 80),
    ("filesystemexception", False, 80),
    ("directorynotempty", False, 80),
    (re.compile(r"access (?:is denied|to the path)"), False, 80),
    ("operation not permitted", False, 80),
    ("permission denied", False, 80),
    ("not empty", False, 80),
    (re.compile(r"space (?:left|on the disk)"), False, 75),
    ("disk quota", False, 75),
    ("disk is full", False, 75),
    ("memory", False, 70),
    ("heap space", False, 70),
    ("bad_alloc", False, 70),
    ("thrashing", False, 70),
    ("kill", False, 70),
    ("network", False, 60),
    ("download", False, 60),
    ("connection", False, 60),
    ("getaddrinfo", False, 60),
    ("request to", False, 60),
    ("resol", False, 60),
    ("fetch", False, 60),
    ("such host", False, 60),
    ("handshake", False, 60),
    ("und_err", False, 60),
    ("could not get", False, 60),
    ("could not head", False, 60),
    ("unknownhost", False, 60),
    ("sockettimeout", False, 60),
    ("connectexception", False, 60),
    ("curl: (", False, 60),
    (_TIME_TRIGGER, False, 60),
    ("deadline", False, 60),
    ("took more than", False, 50),
    ("took longer than", False, 50),
    ("execution time", False, 50),
    ("owner of lock", False, 50),
    ("schema", False, 45),
    ("a directory", False, 45),
    ("watchers", False, 45),
    ("sig", False, 40),
    (re.compile(r"code[:=]? ?1(?:37|43)\b"), False, 40),
    (re.compile(r"status[:=]? ?1(?:37|43)\b"), False, 40),
    ("disappeared", False, 40),
    ("terminated", False, 40),
    ("privilege", False, 30),
    ("read-only", False, 30),
)
_TIMEOUT_TRIGGERS = frozenset(
    {_TIME_TRIGGER, "deadline", "took more than", "took longer than", "execution time"}
) | {"owner of lock"}


def _top_tier(tier: int | Callable[[re.Match[str]], int]) -> int:
    return tier if isinstance(tier, int) else 90


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_ANSI = re.compile(
    r"\x1b(?:\[[0-?]{0,40}[ -/]{0,5}[@-~]|\][^\x07\x1b]{0,400}(?:\x07|\x1b\\)|[@-Z\\-_])"
)
_CONTINUATION = re.compile(r"\s{0,40}[│|┃]\s?")  # a wrapped line of a boxed report (miette)
_ERROR_WORDS = re.compile(r"error|fail|fatal|exception|denied|cannot")
_SEPARATOR = re.compile(r"[\\/]")
_DRIVE_KEY = re.compile(r"[A-Za-z]:/")
_STARS = re.compile(r"\*{2,}")


def _lowered(text: str) -> str:
    """A lowered copy with the same length (``str.lower`` may lengthen a few letters).

    Past `_SCAN_LIMIT`, only the head and the tail that are read get lowered; the middle is
    blanked, which keeps positions aligned with ``text``.
    """
    if len(text) > _SCAN_LIMIT:
        head, tail = text[:_SCAN_HEAD], text[-(_SCAN_LIMIT - _SCAN_HEAD) :]
        blank = " " * (len(text) - len(head) - len(tail))
        return _lowered(head) + blank + _lowered(tail)
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


@dataclass
class _Evidence:
    start: int
    end: int
    facts: LineFacts
    cond: str
    kind: str
    tier: int
    completeness: int
    op: str | None = None
    support: list[tuple[int, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.tier, self.completeness, -self.start)


class _Reader:
    """One output being read: candidate lines, their facts, and the evidence they give."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.low = _lowered(text)
        self._facts: dict[tuple[int, int], LineFacts] = {}
        self._around: dict[tuple[int, int], list[tuple[int, tuple[int, int]]]] = {}
        self._continued: dict[tuple[int, int], tuple[int, int]] = {}  # wrapped line -> its rest
        self.evaluated: list[_Evidence] = []
        self._pending: dict[tuple[int, int], int] = {}
        self._done: set[tuple[int, int]] = set()
        self.best: _Evidence | None = None
        self.budget = _SCAN_BUDGET
        self._windows: bool | None = None

    # -- lines ---------------------------------------------------------------------------------

    def segment_at(self, pos: int) -> tuple[int, int]:
        """The line holding ``pos``, cut to a window of `MAX_LINE` characters around it."""
        text, limit = self.text, rules.MAX_LINE
        left = text.rfind("\n", max(0, pos - limit), pos)
        start = left + 1 if left >= 0 else max(0, pos - limit)
        right = text.find("\n", pos, pos + limit)
        end = right if right >= 0 else min(self.n, pos + limit)
        if end - start > limit:
            start = max(start, pos - 800)
            end = min(end, start + limit)
        return start, end

    def previous(self, start: int) -> tuple[int, int] | None:
        return self.segment_at(start - 1) if start > 0 else None

    def following(self, end: int) -> tuple[int, int] | None:
        pos = end + 1 if end < self.n and self.text[end] == "\n" else end
        return self.segment_at(pos) if pos < self.n else None

    def line(self, span: tuple[int, int]) -> str:
        """The text of a line, without its carriage return and terminal colour codes."""
        line = self.text[span[0] : span[1]].rstrip("\r")
        return _ANSI.sub("", line) if "\x1b" in line else line

    def facts(self, span: tuple[int, int]) -> LineFacts:
        found = self._facts.get(span)
        if found is None:
            line = self.line(span)
            if (line.count("`") % 2 or line.count('"') % 2) and span[1] < self.n:
                after = self.following(span[1])
                if after is not None:
                    wrapped = _CONTINUATION.match(self.line(after))
                    if wrapped:
                        line += self.line(after)[wrapped.end() :]
                        self._continued[span] = after
            line = line[: rules.MAX_LINE * 2]
            self.budget -= len(line)
            found = scan_line(line) if self.budget > 0 else LineFacts()
            self._facts[span] = found
        return found

    def neighbours(self, span: tuple[int, int]) -> list[tuple[int, tuple[int, int]]]:
        """(distance, span) of the lines around ``span``, nearest first."""
        found = self._around.get(span)
        if found is None:
            found = self._around[span] = self._neighbours(span)
        return found

    def _neighbours(self, span: tuple[int, int]) -> list[tuple[int, tuple[int, int]]]:
        found: list[tuple[int, tuple[int, int]]] = []
        here: tuple[int, int] | None = span
        for distance in range(1, _NEIGHBOURS_BEFORE + 1):
            here = self.previous(here[0]) if here else None
            if here is None:
                break
            found.append((distance, here))
        here = span
        for distance in range(1, _NEIGHBOURS_AFTER + 1):
            here = self.following(here[1]) if here else None
            if here is None:
                break
            found.append((distance, here))
        found.sort(key=lambda item: item[0])
        return found

    def mentions_drive(self) -> bool:
        """Whether the output shows a Windows drive path (``C:\\``) anywhere."""
        if self._windows is None:
            self._windows = False
            pos = self.text.find(":\\")
            for _ in range(_MAX_HITS):
                if pos < 0 or self._windows:
                    break
                self._windows = pos > 0 and bool(rules.drive_at(self.text, pos - 1))
                pos = self.text.find(":\\", pos + 1)
        return self._windows

    # -- candidates ----------------------------------------------------------------------------

    def regions(self) -> list[tuple[int, int]]:
        """Where to look, in order: the tail first (where the final error is), then the rest.

        After the tail, the rest is searched only for evidence that could tie with or beat what
        the tail gave, so a long log costs little more than its tail. Regions overlap by a few
        characters so that no needle is cut in two.
        """
        n, tail, overlap = self.n, _TAIL_FIRST, 64
        if n <= tail:
            return [(0, n)]
        if n <= _SCAN_LIMIT:
            return [(n - tail, n), (0, n - tail + overlap)]
        middle = (n - (_SCAN_LIMIT - _SCAN_HEAD), n - tail + overlap)
        return [(n - tail, n), middle, (0, _SCAN_HEAD + overlap)]

    def collect(self, lo: int, hi: int, floor: int, only_timeout: bool = False) -> None:
        """Add the lines in ``[lo, hi)`` that hold a needle able to reach tier ``floor``."""
        hits: list[tuple[int, int]] = []
        for needle, original, tier in _TRIGGERS:
            if _top_tier(tier) < floor or (only_timeout and needle not in _TIMEOUT_TRIGGERS):
                continue
            haystack = self.text if original else self.low
            pos = lo
            for _ in range(_MAX_HITS):
                if isinstance(needle, str):
                    at, match = haystack.find(needle, pos, hi), None
                else:
                    match = needle.search(haystack, pos, hi)
                    at = match.start() if match else -1
                if at < 0:
                    break
                hit_tier = tier if isinstance(tier, int) else tier(match) if match else 0
                if hit_tier >= floor:
                    hits.append((at, hit_tier))
                pos = at + 1
        hits.sort()
        span = (-1, -1)
        for at, hit_tier in hits:
            if not span[0] <= at < span[1]:
                span = self.segment_at(at)
            if span not in self._done and hit_tier > self._pending.get(span, -1):
                self._pending[span] = hit_tier

    def drain(self) -> None:
        """Evaluate pending lines, most promising first, until none can beat the best."""
        order = sorted(self._pending.items(), key=lambda item: (-item[1], item[0][0]))
        for span, tier in order:
            best = self.best
            if len(self._done) >= _MAX_EVALUATED:
                break
            if best is not None and (
                best.tier > tier or (best.tier == tier and best.completeness == 3)
            ):
                break
            del self._pending[span]
            evidence = self.evaluate(span)
            if evidence is not None and (best is None or evidence.key > best.key):
                self.best = evidence

    def run(self) -> _Evidence | None:
        for lo, hi in self.regions():
            self.collect(lo, hi, self.best.tier if self.best else -1)
            self.drain()
        return self.best

    def timeout_evidence(self) -> _Evidence | None:
        """A line saying the step timed out, looking further than `run` needed to."""
        for lo, hi in self.regions():
            self.collect(lo, hi, _TIER["timeout"], only_timeout=True)
        for span in sorted(self._pending, key=lambda span: span[0])[:_MAX_EVALUATED]:
            if self._pending[span] >= _TIER["timeout"]:
                del self._pending[span]
                self.evaluate(span)
        found = [evidence for evidence in self.evaluated if evidence.cond == rules.TIMEOUT]
        return max(found, key=lambda evidence: evidence.key, default=None)

    # -- evidence ------------------------------------------------------------------------------

    def evaluate(self, span: tuple[int, int]) -> _Evidence | None:
        self._done.add(span)
        facts = self.facts(span)
        cond = facts.cond
        if cond is None:
            return None
        own = facts.best_op()
        op: str | None = own[1] if own else None
        support: list[tuple[int, int]] = []
        if cond == rules.NET:
            op = _network_op(facts)
        if own is None and cond in _OP_DEPENDENT:
            op, support = self.borrowed_op(span, cond)
        paths = facts.path_list()
        if op is None and cond in _OP_DEPENDENT:
            op = _python_inferred_op(facts, cond, paths)
        kind, tier = _decide(cond, op, _Context(self, span, facts, paths))
        if "warning" in facts.flags:
            tier -= _WARNING_PENALTY
        located = paths or facts.kv_paths or (cond == rules.NET and facts.urls)
        completeness = sum((facts.printed(cond) is not None, own is not None, bool(located)))
        evidence = _Evidence(span[0], span[1], facts, cond, kind, tier, completeness, op, support)
        self.evaluated.append(evidence)
        return evidence

    def borrowed_op(
        self, span: tuple[int, int], cond: str
    ) -> tuple[str | None, list[tuple[int, int]]]:
        """The operation printed near a line that names none (a stack frame, ``syscall: x``)."""
        best: tuple[int, int, str, tuple[int, int]] | None = None
        for distance, other in self.neighbours(span):
            facts = self.facts(other)
            other_cond = facts.cond
            if other_cond not in (None, cond) and other_cond not in _SAME_BLOCK:
                continue
            for rank, op in facts.ops:
                if rank < rules.RANK_VERB and distance > 2:
                    continue
                if best is None or (rank, -distance) > (best[0], -best[1]):
                    best = (rank, distance, op, other)
        return (best[2], [best[3]]) if best else (None, [])

    def is_windows(self, span: tuple[int, int], facts: LineFacts, paths: list[str]) -> bool | None:
        """True on Windows evidence, False on POSIX paths, None when the line cannot tell."""
        if any(rules.is_windows_path(path) for path in paths + facts.kv_paths):
            return True
        if any(rules.is_posix_path(path) for path in paths + facts.kv_paths):
            return False
        for facts_here in [facts] + [self.facts(other) for _, other in self.neighbours(span)[:8]]:
            near = facts_here.path_list() + facts_here.kv_paths
            if "windows" in facts_here.flags or any(rules.is_windows_path(p) for p in near):
                return True
            if "posix" in facts_here.flags or any(rules.is_posix_path(p) for p in near):
                return False
        return True if self.mentions_drive() else None

    def flag_near(self, span: tuple[int, int], facts: LineFacts, flag: str) -> bool:
        """Whether the line or one of the six lines around it carries ``flag``."""
        if flag in facts.flags:
            return True
        return any(flag in self.facts(other).flags for _, other in self.neighbours(span)[:6])

    # -- the answer ----------------------------------------------------------------------------

    def failure(self, evidence: _Evidence, kind: str | None = None) -> Failure:
        facts, cond = evidence.facts, evidence.cond
        span = (evidence.start, evidence.end)
        support = list(evidence.support)
        errno = "ETXTBSY" if cond == rules.TXTBSY else facts.printed(cond) or facts.any_printed()
        paths = facts.urls[:2] if cond == rules.NET else facts.path_list()
        near = self.neighbours(span)
        op = evidence.op
        if op is None and cond not in _NO_OPERATION:
            op, borrowed_from = self.borrowed_op(span, cond)
            support.extend(borrowed_from)
        if errno is None and cond not in (rules.TIMEOUT, rules.SIGNAL, rules.OOM):
            for _, other in near[:6]:
                printed = self.facts(other).printed(cond)
                if printed is not None:
                    errno = printed
                    support.append(other)
                    break
        if not paths and facts.kv_paths:
            paths = list(facts.kv_paths)
        if not paths and cond not in (rules.OOM, rules.SIGNAL, rules.NET):
            paths = self.borrowed_paths(span, cond, near, support)
        if not paths and cond not in (rules.OOM, rules.SIGNAL):
            paths = rules.generic_paths(self.line(span), cond)
        return Failure(
            kind=kind or evidence.kind,
            errno=errno,
            operation=op,
            paths=tuple(paths),
            excerpt=self.excerpt([span, *support]),
        )

    def borrowed_paths(
        self,
        span: tuple[int, int],
        cond: str,
        near: list[tuple[int, tuple[int, int]]],
        support: list[tuple[int, int]],
    ) -> list[str]:
        """Paths from the lines around: a key/value block, or the line that named the operation."""
        for other in support:
            facts = self.facts(other)
            if facts.carried_paths:
                return facts.path_list()
        kv: list[str] = []
        for _, other in near:
            facts = self.facts(other)
            if facts.cond in (None, cond) and facts.kv_paths:
                kv.extend(path for path in facts.kv_paths if path not in kv)
                support.append(other)
        if kv:
            return kv
        for distance, other in near:
            facts = self.facts(other)
            if distance <= 6 and facts.carried_paths and facts.cond in (None, cond):
                support.append(other)
                return facts.path_list()
        return []

    def excerpt(self, spans: list[tuple[int, int]]) -> str:
        """The lines of ``spans`` (and the continuations of wrapped ones), within the limits."""
        spans = spans + [self._continued[span] for span in spans if span in self._continued]
        lines: list[str] = []
        total = 0
        for span in sorted(set(spans))[:EXCERPT_LINES]:
            line = self.line(span).rstrip()
            if len(line) > _EXCERPT_LINE_CHARS:
                line = line[: _EXCERPT_LINE_CHARS - 3] + "..."
            if total + len(line) > EXCERPT_CHARS:
                break
            lines.append(line)
            total += len(line) + 1
        return "\n".join(lines)

    def tail_excerpt(self) -> str:
        """The last error-looking lines, or the last lines, when nothing else decided."""
        spans: list[tuple[int, int]] = []
        errors: list[tuple[int, int]] = []
        here = self.segment_at(self.n - 1) if self.n else None
        for _ in range(400):
            if here is None or here[0] < self.n - _TAIL_FIRST:
                break
            line = self.low[here[0] : here[1]].strip()
            if line:
                spans.append(here)
                if _ERROR_WORDS.search(line):
                    errors.append(here)
                    if len(errors) == 5:
                        break
            here = self.previous(here[0])
        return self.excerpt(errors or spans[:5])


_OP_DEPENDENT = frozenset(
    {rules.SHARING, rules.ENOTEMPTY, rules.EBUSY, rules.ACCESS_WIN, rules.EPERM, rules.EACCES}
)
_SAME_BLOCK = _OP_DEPENDENT
_NO_OPERATION = frozenset({rules.NET, rules.TIMEOUT, rules.SIGNAL, rules.OOM, rules.DIAG})
_RENAMING = frozenset({"rename", "copy", "link"})
_DELETING = frozenset({"unlink", "rmdir"})
_NON_MUTATING = frozenset({"lstat", "stat", "watch", "read", "readdir", "opendir", "access"})


def _network_op(facts: LineFacts) -> str | None:
    """DNS first (``getaddrinfo`` names the failing step), then a download, then any syscall."""
    ops = {op for _, op in facts.ops}
    for preferred in ("getaddrinfo", "download"):
        if preferred in ops:
            return preferred
    best = facts.best_op()
    return best[1] if best else None


def _python_inferred_op(facts: LineFacts, cond: str, paths: list[str]) -> str | None:
    """Python prints both paths of a two-path call; one path, or none on a sharing violation,
    means a one-path call (in a build step, a delete of a file something still holds)."""
    if "python_arrow" in facts.flags:
        return "rename"
    if "python_exc" not in facts.flags or "installer" in facts.flags:
        return None
    if cond not in (rules.SHARING, rules.ACCESS_WIN):
        return None
    if len(paths) == 1 or (not paths and cond == rules.SHARING):
        return "unlink"
    return None


def _looks_like_directory(paths: list[str]) -> bool:
    if not paths:
        return False
    name = _SEPARATOR.split(paths[0].rstrip("\\/"))[-1]
    return bool(name) and "." not in name and not name.startswith("~")


@dataclass
class _Context:
    """What a decision may need to know about the lines around the deciding one; asked lazily,
    because each answer reads the neighbouring lines."""

    reader: _Reader
    span: tuple[int, int]
    facts: LineFacts
    paths: list[str]

    def windows(self) -> bool | None:
        return self.reader.is_windows(self.span, self.facts, self.paths)

    def near(self, flag: str) -> bool:
        return self.reader.flag_near(self.span, self.facts, flag)


def _decide(cond: str, op: str | None, context: _Context) -> tuple[str, int]:
    """The class and tier of a line's evidence, given its condition and operation."""
    simple = _SIMPLE.get(cond)
    if simple is not None:
        return simple
    renaming = op in _RENAMING
    deleting = op in _DELETING or (op == "scandir" and context.near("deleting"))
    permission = ("permission", _TIER["permission"])
    if op == "symlink":
        return (
            permission
            if cond in (rules.EPERM, rules.EACCES, rules.ACCESS_WIN)
            else ("rename_lock", 80)
        )
    if cond == rules.SHARING:
        return ("unlink_lock" if deleting else "rename_lock"), 80
    if cond == rules.ENOTEMPTY:  # a directory being cleared that something still fills or holds
        return "unlink_lock", 80
    if cond == rules.EBUSY:
        if deleting:
            return "unlink_lock", 80
        if op in _NON_MUTATING or (op is not None and not renaming and op not in ("open", "write")):
            return "other", _TIER["diagnostic"]
        return "rename_lock", 80
    if cond == rules.EACCES and context.windows() is False:
        return permission
    if renaming:
        return "rename_lock", 80
    if deleting:
        if cond == rules.EPERM and context.windows() is False:
            return permission  # immutable, SIP, a sticky directory
        directory = _looks_like_directory(context.paths or context.facts.kv_paths)
        if cond != rules.EACCES and directory and not context.near("recursive_delete"):
            return "other", _TIER["diagnostic"]
        return "unlink_lock", 80
    if op is None and (cond == rules.ACCESS_WIN or (cond == rules.EPERM and context.windows())):
        return "rename_lock", 80
    return permission


_SIMPLE: dict[str, tuple[str, int]] = {
    rules.TXTBSY: ("text_busy", _TIER["text_busy"]),
    rules.NOSPC: ("disk_full", _TIER["disk_full"]),
    rules.OOM: ("killed", _TIER["oom"]),
    rules.NET: ("network", _TIER["network"]),
    rules.TIMEOUT: ("timeout", _TIER["timeout"]),
    rules.WATCHERS: ("other", _TIER["diagnostic"]),
    rules.EISDIR: ("other", _TIER["diagnostic"]),
    rules.DIAG: ("other", _TIER["diagnostic"]),
    rules.SIGNAL: ("killed", _TIER["signal"]),
    rules.PRIV: ("permission", _TIER["permission"]),
    rules.WEAK: ("other", _TIER["weak"]),
}


def _killed_by_runner(exit_code: int | None, signal: int | None) -> bool:
    if signal is not None:
        return True
    return exit_code is not None and (exit_code < 0 or exit_code in _KILL_EXIT_CODES)


def classify(
    output: str,
    *,
    exit_code: int | None = None,
    timed_out: bool = False,
    signal: int | None = None,
    patterns: Sequence[FailurePattern] = (),
) -> Failure:
    """Classify a failed run from its output and what the runner knows (see the module doc).

    Terminal colour codes are ignored (tools that force colour print them inside the very
    messages read here): lines are read without them, and user patterns match the output
    without them.
    """
    if patterns and "\x1b" in output:
        output = _ANSI.sub("", output)
    reader = _Reader(output)
    if timed_out:
        return Failure(kind="timeout", excerpt=reader.tail_excerpt())
    for pattern in patterns:
        match = pattern.regex.search(output)
        if match is not None:
            return _user_failure(reader, pattern.name, match)
    best = reader.run()
    if _killed_by_runner(exit_code, signal):
        said = (
            best if best is not None and best.cond == rules.TIMEOUT else reader.timeout_evidence()
        )
        if said is not None:
            return reader.failure(said, kind="timeout")
        if best is not None and best.kind == "killed":
            return reader.failure(best)
        return Failure(kind="killed", excerpt=reader.tail_excerpt())
    if best is None:
        return Failure(kind="other", excerpt=reader.tail_excerpt())
    if best.cond == rules.SIGNAL:
        said = reader.timeout_evidence()
        if said is not None:
            failure = reader.failure(said, kind="timeout")
            both = reader.excerpt([(said.start, said.end), (best.start, best.end)])
            return Failure(failure.kind, failure.errno, failure.operation, failure.paths, both)
    return reader.failure(best)


def _user_failure(reader: _Reader, name: str, match: re.Match[str]) -> Failure:
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
    excerpt = reader.excerpt(spans)
    if evidence is None:
        return Failure(kind=name, excerpt=excerpt)
    found = reader.failure(evidence)
    return Failure(name, found.errno, found.operation, found.paths, excerpt)


# --- hotspots -------------------------------------------------------------------------------

_TEMP_ROOT = re.compile(
    r"^(?:[A-Za-z]:/Users/[^/]{1,200}/AppData/Local/Temp|[A-Za-z]:/Windows/Temp|[A-Za-z]:/te?mp"
    r"|(?:/private)?/var/folders/[^/]{1,200}/[^/]{1,200}/T|/private/tmp|/var/tmp|/tmp|/dev/shm"
    r"|(?:[A-Za-z]:)?/(?:home/runner/work|a)/_temp)(?:/|$)",
    re.IGNORECASE,
)
_RUN_DIR = re.compile(
    r"pytest-of-.{1,200}|pytest-\d{1,9}|pytest-current|popen-gw\d{1,5}|tmp[\w-]{5,40}"
    r"|\.tmp\w{5,40}|go-build\d{1,30}|cargo-install\w{1,40}"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TMP_SUFFIX = re.compile(r"\.tmp(?:[-_.]?\d[\w-]{0,60}|-[\w-]{1,60}|[A-Za-z0-9]{6}(?=/|$))")
_HEX_RUN = re.compile(r"(?<![0-9A-Za-z])(?=[a-fA-F]{0,63}\d)[0-9a-fA-F]{8,64}(?![0-9A-Za-z])")
_DIGIT_RUN = re.compile(r"\d{5,}")


def hotspot_key(path: str) -> str:
    """The locked file with its volatile parts normalised, so samples group by the file.

    ``/`` separators; a temp-directory prefix (and the run-specific folders right under it:
    pytest's ``pytest-of-<user>/pytest-<N>/<test>0``, ``tmpab12cd``) becomes ``<tmp>``;
    ``.tmp43516`` / ``.tmp-1234-abcd`` become ``.tmp*``; UUIDs, long hex run-ids and numbers of
    five digits or more (pids, timestamps, hashes) become ``*``. The meaningful tail stays.
    """
    key = clean_path(path).replace("\\", "/")
    if _DRIVE_KEY.match(key):
        key = key[0].lower() + key[1:]
    root = _TEMP_ROOT.match(key)
    if root:
        parts = key[root.end() :].split("/")
        dropped_pytest = False
        while len(parts) > 1 and _RUN_DIR.fullmatch(parts[0]):
            dropped_pytest = dropped_pytest or parts[0].startswith("pytest-")
            parts.pop(0)
        if dropped_pytest and len(parts) > 1 and parts[0][-1:].isdigit():
            parts.pop(0)
        key = "/".join(["<tmp>", *parts])
    key = _UUID.sub("*", key)
    key = _TMP_SUFFIX.sub(".tmp*", key)
    key = _HEX_RUN.sub("*", key)
    key = _DIGIT_RUN.sub("*", key)
    return _STARS.sub("*", key)


def lock_target(failure: Failure) -> str | None:
    """The path that was held, for grouping lock failures by file; None when there is none.

    For a rename, copy or link-over it is the **destination**: the source is a fresh temporary
    file only the failing process knows about (``x.dll.node.tmp43516``), while the destination is
    the file a dev server, an antivirus or an editor has open, which is why Windows refuses to
    replace it. For a delete it is the one path given. For ``text_busy`` it is the executable
    (the last path: ``copying a.out: open main: text file busy`` is about ``main``). Classes that
    are not about a held file (network, timeout, ...) give None; user classes follow the
    operation.
    """
    if not failure.paths or (failure.kind in KINDS and failure.kind not in LOCK_KINDS):
        return None
    if failure.kind in ("rename_lock", "text_busy") or failure.operation in _RENAMING:
        return failure.paths[-1]
    return failure.paths[0]
