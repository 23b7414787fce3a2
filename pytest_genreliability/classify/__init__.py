"""Why a sample failed: a failure class, the code and operation as printed, the paths, an excerpt.

``classify(output, exit_code=..., timed_out=..., signal=..., patterns=...)`` is pure and fast. It
reads the messages real tools print (Node's fs errors of every era and its error objects,
npm/yarn/pnpm, Python ``[WinError N]``/``[Errno N]`` and pip, Rust ``(os error N)`` and
``Os { code: N, .. }``, Java/Gradle, MSBuild, .NET, Go, Dart, Deno, coreutils, robocopy) and
decides by numeric codes before words, because Windows prints its messages in the user's
language while the number stays the same.

Rule order, and why:

1. **The runner's own timeout** (``timed_out=True``) -> ``timeout``. It is a fact, not a reading
   of the output, and the output of a process killed on a deadline ends wherever it was cut; the
   code, operation, paths and excerpt are still those of the most decisive line, so a step that
   hung on a lock it waited for (cargo's ``Blocking waiting for file lock on package cache``,
   Bazel's ``Another command is running``) says which lock (operation ``lock``, the lock file).
2. **User patterns**, in their order; the first that matches anywhere wins, with its lines as the
   excerpt (code, operation and paths are still read by the built-in rules). The user knows their
   tool better than any general rule, and may name or split any class. They run within a time
   bound (``pattern_seconds``, one second for each pattern on a sample's output); a pattern that
   exceeds it is skipped and named in a `FailurePatternTimeout` warning, so no expression can
   hang a session.
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
``os error 32`` (unless "Broken pipe", its POSIX meaning), MSB3026/MSB3027/MSB3021 (unless the
reason they quote is a missing path, a full disk or a denied POSIX path), LNK1168 and "being used
by another process" name contention whatever the operation (a held program that cannot be run is
``text_busy``); WinError 5 ("access denied") does on a rename or a delete, and when no operation
is printed.

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
packages" is a replacement of installed files, so it stays ``rename_lock``, unless the file is in
one of pip's ``~name`` stashes of what it uninstalls, which it deletes. A delete of a folder in
words ("Unable to delete directory", "recursively delete", ``rmtree``) is ``rmdir``.

Speed. Candidate lines are found with substring and literal-prefix searches over a lowered copy of
the output, the last 32 KiB first; the rest is then searched only for evidence that could still win.
Outputs over 256 KiB are read at their head (32 KiB) and tail, where tools print the command and the
final error. A few needles are searched in the last 32 KiB only (glibc's busy errors in 21
languages): over a whole long output they would cost more than the rest. Only candidate lines, cut
to a 2,000-character window, meet the regular expressions (all compiled at import, with bounded
repetitions and no nested quantifiers), and a fixed budget of characters caps the work whatever the
input.

Where each part lives: the reader of one output (`_classify_reader`) finds candidate lines
(`_classify_triggers`), reads each one (`_classify_rules`, with `_classify_codes` and
`_classify_words` for the condition, `_classify_operations` for the operation, `_classify_paths`
for the paths) and decides
what its evidence means (`_classify_decide`); `_classify_answer` turns the deciding line into a
`Failure` (`_classify_failure`); user patterns are `_classify_patterns`. This
module holds the rule order above.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence

from .answer import EXCERPT_CHARS as EXCERPT_CHARS
from .answer import EXCERPT_LINES as EXCERPT_LINES
from .answer import excerpt_of, failure_of, tail_excerpt, unexplained
from .facts import SIGNAL, TIMEOUT
from .failure import KINDS, LOCK_KINDS, Failure
from .paths import hotspot_key, lock_target
from .patterns import (
    PATTERN_SECONDS,
    FailurePattern,
    FailurePatternTimeout,
    first_match,
    parse_failure_patterns,
    user_failure,
)
from .reader import ANSI, Reader
from .signature import headline, signature_of

__all__ = [
    "KINDS",
    "LOCK_KINDS",
    "PATTERN_SECONDS",
    "Failure",
    "FailurePattern",
    "FailurePatternTimeout",
    "classify",
    "headline",
    "hotspot_key",
    "lock_target",
    "parse_failure_patterns",
    "signature_of",
]

_KILL_EXIT_CODES = frozenset({137, 143, 3221225786, -1073741510})  # 128+9, 128+15, Ctrl-C


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
    pattern_seconds: float = PATTERN_SECONDS,
) -> Failure:
    """Classify a failed run from its output and what the runner knows (see the module doc).

    Terminal colour codes are ignored (tools that force colour print them inside the very
    messages read here): lines are read without them, and user patterns match the output
    without them.
    """
    if patterns and "\x1b" in output:
        output = ANSI.sub("", output)
    reader = Reader(output)
    if timed_out:
        found = reader.run()
        if found is None:
            return unexplained(reader, kind="timeout")
        return failure_of(reader, found, kind="timeout")
    matched = first_match(patterns, output, pattern_seconds) if patterns else None
    if matched is not None:
        return user_failure(reader, matched[0].name, matched[1])
    best = reader.run()
    if _killed_by_runner(exit_code, signal):
        said = best if best is not None and best.cond == TIMEOUT else reader.timeout_evidence()
        if said is not None:
            return failure_of(reader, said, kind="timeout")
        if best is not None and best.kind == "killed":
            return failure_of(reader, best)
        return Failure(kind="killed", excerpt=tail_excerpt(reader))
    if best is None:
        return unexplained(reader)
    if best.cond == SIGNAL:
        said = reader.timeout_evidence()
        if said is not None:
            failure = failure_of(reader, said, kind="timeout")
            both = excerpt_of(reader, [(said.start, said.end), (best.start, best.end)])
            return Failure(failure.kind, failure.errno, failure.operation, failure.paths, both)
    return failure_of(reader, best)


class _CallableModule(types.ModuleType):
    """``pytest_genreliability.classify`` is both this package and the function: calling the
    module calls :func:`classify`, so ``from pytest_genreliability import classify`` works either
    way without importing the classifier when the package loads."""

    def __call__(
        self,
        output: str,
        *,
        exit_code: int | None = None,
        timed_out: bool = False,
        signal: int | None = None,
        patterns: Sequence[FailurePattern] = (),
    ) -> Failure:
        return classify(
            output, exit_code=exit_code, timed_out=timed_out, signal=signal, patterns=patterns
        )


sys.modules[__name__].__class__ = _CallableModule
