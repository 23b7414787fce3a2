"""The answer for the line that decided: a `Failure` with the code, the operation and the paths
as printed, borrowed from the lines around when the deciding line does not print them, and an
excerpt of the lines that said so.

A tool often spreads one error over several lines (npm's ``code`` / ``syscall`` / ``path`` block, a
stack frame under the message, Python's traceback); the lines an answer borrows from join the
deciding line in the excerpt, so that a report shows the evidence for what it says.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .decide import NO_OPERATION, SAME_BLOCK, looks_like_directory
from .facts import (
    DIAG,
    EACCES,
    EBUSY,
    ENOTEMPTY,
    LOCK_WAIT,
    NET,
    OOM,
    RANK_GERUND,
    RANK_VERB,
    SHARING,
    SIGNAL,
    TIMEOUT,
    TXTBSY,
    WEAK,
)
from .failure import LOCK_KINDS, Failure
from .paths import (
    clean_path,
    file_name,
    generic_paths,
    has_folder,
    widened_to_line_end,
    widened_to_quotes,
)
from .reader import TAIL_FIRST, Evidence, Reader

EXCERPT_LINES = 10
EXCERPT_CHARS = 2000
_EXCERPT_LINE_CHARS = 400
_ERROR_WORDS = re.compile(r"error|fail|fatal|exception|denied|cannot|can't|could not|unable to")
# A header that says nothing by itself: the message is on the next line (Prisma's "Error:").
_BARE_HEADER = re.compile(
    r"\s{0,40}(?:[\w.-]{1,40}\s{1,3}(?:ERR!|error))?\s{0,3}"
    r"(?:error|fatal|failure|exception|caused by)\s{0,3}[:!]?\s{0,3}$",
    re.IGNORECASE,
)
_LISTED_LINES = 8
_LISTED_PATH = re.compile(r"(?:^|\s)-\s{1,3}((?:[A-Za-z]:[\\/]|/)[^\n]{1,600}?)\s{0,20}$")
# A state lock's holder: Pulumi's lock file ("s3://b/.pulumi/locks/x.json: created by ci@host (pid
# 478) at ..."), the "Path:" of Terraform's "Lock Info:" block
_LOCK_FILE_BY = re.compile(
    r"[\s│|]{0,80}(\S{0,600}/\S{0,600}?): created by \S{1,200} \(pid \d{1,10}\)[^\n]{0,200}"
)
_LOCK_INFO_PATH = re.compile(r"[\s│|]{0,40}path:\s{1,40}(\S[^\n]{0,600}?)[\s│|]{0,40}", re.I)
# The lock a refusal to lock tells the user to remove, on a line below it: R's "Try removing
# '/x/library/00LOCK-pkg'" under "failed to lock directory", pacman's "running, you can remove
# /var/lib/pacman/db.lck" under "could not lock database"
_LOCK_TO_REMOVE = re.compile(
    r"[^\n]{0,80}?\b(?:try removing|you can remove) [‘'\"`â]?"
    r"((?:[A-Za-z]:[\\/]|/)[^‘’'\"`\s]{1,600}?)[’'\"`â]?\.?\s{0,3}",
    re.IGNORECASE,
)
_MODULE_SUFFIXES = (".dll", ".exe", ".pyd")
_LISTING = re.compile(r"some children|new files were found", re.IGNORECASE)  # Gradle
_FRAME = re.compile(r"\s{0,40}(?:at\s|File \")")  # a stack frame: the message is above it
# A line that holds only a path, inside a box or a list: "║   /x/__dirlock", "  - C:\\x\\y.lock"
_FRAME_CHARS = " \t║│|*>-"
_ALONE_PATH = re.compile(
    r"[\s║│|*>-]{0,40}((?:[A-Za-z]:[\\/]|[~.]{0,2}/)[^\s'\"`]{1,600}?"
    # a Windows path whose folders hold spaces ("C:\Program Files\x\y.dll"), its file name not
    r"|[A-Za-z]:[\\/](?:[^\\/\s'\"`]{1,200}(?: [^\\/\s'\"`]{1,200}){0,8}[\\/]){1,40}"
    r"[^\\/\s'\"`]{1,600})[\s║│|]{0,40}"
)


def failure_of(reader: Reader, evidence: Evidence, kind: str | None = None) -> Failure:
    """What ``evidence`` shows, as ``kind`` when given: what the deciding line does not print
    (the operation, the code, the paths) is taken from the lines around it."""
    facts, cond = evidence.facts, evidence.cond
    kind = kind or evidence.kind
    span = (evidence.start, evidence.end)
    support = list(evidence.support)
    busy = cond == TXTBSY or (cond in (SHARING, EBUSY) and evidence.kind == "text_busy")
    errno = "ETXTBSY" if busy else facts.printed(cond) or facts.any_printed()
    paths = facts.urls[:2] if cond == NET else facts.path_list()
    near = reader.neighbours(span)
    op = evidence.op
    if op is None and cond not in NO_OPERATION:
        op, borrowed_from = reader.borrowed_op(span, cond)
        support.extend(borrowed_from)
    if op is None and "privilege" in facts.flags:
        # ERROR_PRIVILEGE_NOT_HELD, where neither the line nor its block names the call: on a
        # build machine, a symbolic link made without the right (or Developer Mode)
        op = "symlink"
    held = cond == SHARING or (cond == EACCES and kind in LOCK_KINDS)
    if op is None and (held or kind == "unlink_lock"):
        # a held file that names no call (Python's open() on Windows: Errno 13), or a busy file
        # that only a delete meets (NFS's .nfsXXXX)
        op = _held_file_op(kind, paths)
    if op is None and cond == EACCES and "python_exc" in facts.flags and len(paths) == 1:
        # Python's PermissionError that names one path and no call: a program's own start
        # ("'./autogen.sh'", "'/usr/local/bin/helm'": subprocess), or open() of a data file
        # ("'C:\\x.yaml'"), as most of them are; a folder's or a socket's says no more
        op = _python_denied_op(paths[0])
    python_missing = cond == WEAK and errno == "Errno 2" and "python_exc" in facts.flags
    one_name = len(paths) == 1 and _BARE_PROGRAM.match(paths[0]) is not None
    if op is None and python_missing and one_name and _runs_as_program(reader.low, paths[0]):
        # FileNotFoundError naming a program alone ("'meson'", "'llvm-config'"): subprocess found
        # no such program on PATH
        op = "exec"
    if (
        op == "rmdir"
        and cond != ENOTEMPTY  # a folder that is not empty is the folder's delete
        and "python_exc" in facts.flags
        and paths
        and file_name(paths[-1]).lower().endswith(_MODULE_SUFFIXES)
    ):
        # Python's rmtree met a module a process holds: its os.unlink of that file failed (.NET's
        # RemoveDirectoryRecursive reports the folder's delete, whichever file it met)
        op = "unlink"
    if op is None and kind == "network":  # a timeout under a client's frames
        op = "download"
    if errno is None and cond not in (TIMEOUT, SIGNAL, OOM, DIAG):
        for _, other in near[:6]:
            printed = reader.facts(other).printed(cond)
            if printed is not None:
                errno = printed
                support.append(other)
                break
    if errno is None and cond == TIMEOUT:
        errno = _header_code(reader, span, near, support)
    if not paths and facts.kv_paths:
        paths = list(facts.kv_paths)
    # a diagnostic names its own file ("src/x.ts(3,7): error") before a line around lends one
    own_first = cond == DIAG
    if not paths and own_first:
        paths = generic_paths(reader.line(span), cond)
    if not paths and cond not in (OOM, SIGNAL, NET):
        paths = _borrowed_paths(reader, span, cond, near, support)
    if not paths and not own_first and cond not in (OOM, SIGNAL):
        paths = generic_paths(reader.line(span), cond)
    if not paths and cond not in (OOM, SIGNAL, NET):
        paths = _path_below(reader, span, support)
    if not paths and cond == LOCK_WAIT:
        paths = _lock_info(reader, span, support)
    if op == "lock" and len(paths) <= 1:
        # (the lock file inside the folder the line could not lock: R's 00LOCK-pkg in its library)
        below = _lock_to_remove(reader, span, support)
        if below and (not paths or below[0].startswith(paths[0].rstrip("\\/"))):
            paths = below
    if evidence.kind in LOCK_KINDS:
        paths = _with_held_file(reader, span, near, support, paths)
        paths += [path for path in _listed_children(reader, span) if path not in paths]
    if cond != NET:
        paths = widened_to_line_end(reader.line(span), widened_to_quotes(reader.line(span), paths))
    return Failure(
        kind=kind,
        errno=errno,
        operation=op,
        paths=tuple(paths),
        excerpt=excerpt_of(reader, [span, *support]),
    )


# The suffixes of files open() reads or writes, as opposed to programs, folders and sockets
_DATA_SUFFIX = re.compile(r"\.(?!(?:sock|exe|app|bin|cmd|bat|ps1|com)$)[A-Za-z][A-Za-z0-9]{0,7}$")
# a program's name as PATH finds it: lower case, no suffix, no folder, not an option ("--x")
_BARE_PROGRAM = re.compile(r"[a-z][a-z0-9_+-]{0,63}$")
_PROGRAM = re.compile(r"\.(?:sh|exe|bat|cmd)$|^\.{1,2}/|(?:^|/)bin/[^/]{1,200}$")


# what shows that a bare name was a program: Python's subprocess in the traceback, or the name
# starting a command line of the output ("$ meson setup build", meson's 'Running "gcc --version"')
_SUBPROCESS_WORDS = ("subprocess", "popen", "_execute_child", "execvp")


def _runs_as_program(low: str, name: str) -> bool:
    """Whether the output shows ``name`` (a bare lowercase name that Python found no file for)
    run as a program, not opened as a file or entered as a folder ('build', 'docs')."""
    if any(word in low for word in _SUBPROCESS_WORDS):
        return True
    command = re.compile(
        rf"(?:^[ \t]{{0,20}}(?:[$>+#] {{1,3}})?|\brunning [\"'`]?){re.escape(name)} ", re.MULTILINE
    )
    return command.search(low) is not None


def _python_denied_op(path: str) -> str | None:
    """The call behind Python's PermissionError that names ``path`` and no call."""
    name = file_name(path)
    if _PROGRAM.search(path):
        return "exec"  # a script or a program: subprocess could not start it
    return "open" if _DATA_SUFFIX.search(name) and not name.startswith(".") else None


def _held_file_op(kind: str, paths: list[str]) -> str:
    """The operation of a sharing violation that prints none (.NET's "The process cannot access
    the file 'x' because it is being used by another process"): the open the system refused,
    or, where the lines around show a clean-up or a program start, the delete or the run."""
    if kind == "unlink_lock":
        return "rmdir" if looks_like_directory(paths) else "unlink"
    return "exec" if kind == "text_busy" else "open"


def _header_code(
    reader: Reader,
    span: tuple[int, int],
    near: list[tuple[int, tuple[int, int]]],
    support: list[tuple[int, int]],
) -> str | None:
    """The tool's own code printed above a timeout's message (Prisma's ``Error: P1002`` header
    over "The database server was reached but timed out"): the code names the timeout. Codes
    of other conditions nearby are not borrowed: they belong to other errors."""
    for _, other in near:
        if other[0] < span[0]:
            code = reader.facts(other).printed(DIAG)
            if code is not None:
                support.append(other)
                return code
    return None


def _borrowed_paths(
    reader: Reader,
    span: tuple[int, int],
    cond: str,
    near: list[tuple[int, tuple[int, int]]],
    support: list[tuple[int, int]],
) -> list[str]:
    """Paths from the lines around: a key/value block, or the line that named the operation."""
    for other in support:
        facts = reader.facts(other)
        if facts.carried_paths:
            return facts.path_list()
    kv: list[str] = []
    for _, other in near:
        facts = reader.facts(other)
        if facts.cond in (None, cond) and facts.kv_paths:
            kv.extend(path for path in facts.kv_paths if path not in kv)
            support.append(other)
    if kv:
        return kv
    for distance, other in near:
        facts = reader.facts(other)
        same_error = facts.cond in (None, cond) or {facts.cond, cond} <= SAME_BLOCK
        if distance <= 6 and facts.carried_paths and same_error:
            support.append(other)
            return facts.path_list()
    return []


def _path_below(reader: Reader, span: tuple[int, int], support: list[tuple[int, int]]) -> list[str]:
    """The path a message ending in a colon puts on a line of its own below ("An active lockfile
    is found at:   ║" / "║   /home/ci/.cache/ms-playwright/__dirlock   ║"), inside a box or a
    list. (The reader joins such a line to the message when a pattern can take the path from the
    joined line; this takes it whatever the message's words, for the answer.)"""
    if not reader.line(span).rstrip(_FRAME_CHARS).endswith(":"):
        return []
    return _found_below(reader, span, support, _ALONE_PATH, reach=3, past_text=False)


def _lock_to_remove(
    reader: Reader, span: tuple[int, int], support: list[tuple[int, int]]
) -> list[str]:
    """The lock file a refusal to lock tells the user to remove, on one of the three lines below
    it (`_LOCK_TO_REMOVE`)."""
    return _found_below(reader, span, support, _LOCK_TO_REMOVE, reach=3, past_text=True)


def _lock_info(reader: Reader, span: tuple[int, int], support: list[tuple[int, int]]) -> list[str]:
    """The lock a state lock's holder is described by, a few lines below the error: Terraform's
    "Lock Info:" block ("  Path:      bucket/env/terraform.tfstate") and Pulumi's lock file
    ("  s3://bucket/.pulumi/locks/x.json: created by ci@host (pid 478)")."""
    found = _found_below(reader, span, support, _LOCK_FILE_BY, reach=2, past_text=True)
    here = reader.following(span[1])
    for _ in range(10):  # Terraform's block starts a few lines below its error
        if found or here is None:
            break
        if reader.line(here).strip(_FRAME_CHARS + " ").lower() == "lock info:":
            found = _found_below(reader, here, support, _LOCK_INFO_PATH, reach=3, past_text=True)
        here = reader.following(here[1])
    return found


def _found_below(
    reader: Reader,
    span: tuple[int, int],
    support: list[tuple[int, int]],
    pattern: re.Pattern[str],
    reach: int,
    past_text: bool,
) -> list[str]:
    """The path in the first of the ``reach`` lines below ``span`` that ``pattern`` matches
    whole (its first group that matched), looking past other lines with text only when
    ``past_text`` (else past blank lines and a box's frame only)."""
    here = reader.following(span[1])
    for _ in range(reach):
        if here is None:
            return []
        found = pattern.fullmatch(reader.line(here))
        if found:
            support.append(here)
            return [clean_path(next(group for group in found.groups() if group))]
        if not past_text and reader.line(here).strip(_FRAME_CHARS):
            return []
        here = reader.following(here[1])
    return []


def _with_held_file(
    reader: Reader,
    span: tuple[int, int],
    near: list[tuple[int, tuple[int, int]]],
    support: list[tuple[int, int]],
    paths: list[str],
) -> list[str]:
    """``paths`` completed with the file a lock error says is held: a bare file name is replaced
    by the full path a line of its block gives for it (PowerShell's "Cannot remove item C:\\x\\y"
    above "Access to the path 'y' is denied"), and the file a sharing violation names ("cannot
    access the file 'x'") is added when missing (MSBuild's copy names a source and a
    destination, the message the file that is held)."""
    spans = [span, *support, *(other for distance, other in near if distance <= 3)]
    # a line is read only when it can matter: for a full path when a bare name needs one, for
    # a held file when it says so ("cannot access the file", maybe wrapped after "cannot")
    bare = any(not has_folder(path) for path in paths)
    full = [
        path
        for other in (spans if bare else ())
        for path in reader.facts(other).path_list()
        if has_folder(path)
    ]
    low = reader.low
    held = [
        path
        for other in spans
        if other == span or "cannot" in low[other[0] : other[1]]
        for path in reader.facts(other).held
    ]
    completed = []
    for path in paths:
        if not has_folder(path):
            path = next((f for f in full + held if file_name(f) == path), path)
        if path not in completed:
            completed.append(path)
    for path in held:
        if path in completed or (
            not has_folder(path) and any(file_name(p) == path for p in completed)
        ):
            continue
        if has_folder(path) or not completed:
            completed.append(path)
    return completed


def _listed_children(reader: Reader, span: tuple[int, int]) -> list[str]:
    """The files Gradle lists under "Failed to delete some children" ("- C:\\x\\y.lock") or "New
    files were found": the first of them is the one something holds (or still writes)."""
    listed: list[str] = []
    here: tuple[int, int] | None = span
    listing = _LISTING.search(reader.line(span)) is not None
    for _ in range(_LISTED_LINES):
        here = reader.following(here[1]) if here else None
        if here is None:
            break
        line = reader.line(here)
        listing = listing or _LISTING.search(line) is not None
        item = _LISTED_PATH.search(line) if listing else None
        if item:
            listed.append(clean_path(item.group(1)))
        elif listed:
            break
    return listed[:_LISTED_LINES]


def _said_elsewhere(reader: Reader, span: tuple[int, int]) -> tuple[int, int] | None:
    """The line that completes ``span``: the message under a bare ``Error:`` (or, when the output
    ends with it, the step it ended: Sourcery's "Generating code..." above "error: "), or the
    message above a stack frame (Node's ``Error: aborted`` above ``at connResetException``)."""
    line = reader.line(span)
    if _BARE_HEADER.fullmatch(line):
        below = _nonblank(reader, span, lambda here: reader.following(here[1]))
        return below or _nonblank(reader, span, lambda here: reader.previous(here[0]))
    if _FRAME.match(line):
        here = reader.previous(span[0])
        for _ in range(12):
            if here is None:
                return None
            text = reader.line(here)
            if text.strip() and not _FRAME.match(text):
                return here
            here = reader.previous(here[0])
    return None


def _nonblank(
    reader: Reader,
    span: tuple[int, int],
    step: Callable[[tuple[int, int]], tuple[int, int] | None],
) -> tuple[int, int] | None:
    """The first line with text within three steps from ``span``, if any."""
    here = step(span)
    for _ in range(3):
        if here is None or here == span:
            return None
        if reader.line(here).strip():
            return here
        here = step(here)
    return None


def excerpt_of(reader: Reader, spans: list[tuple[int, int]]) -> str:
    """The lines of ``spans`` (and the continuations of wrapped ones, the message of a bare
    header or of a stack frame), within the limits."""
    spans = spans + [rest for span in spans for rest in reader.continued.get(span, ())]
    spans += [other for span in spans if (other := _said_elsewhere(reader, span)) is not None]
    lines: list[str] = []
    total = 0
    for span in sorted(set(spans))[:EXCERPT_LINES]:
        line = reader.line(span).rstrip()
        if len(line) > _EXCERPT_LINE_CHARS:
            line = line[: _EXCERPT_LINE_CHARS - 3] + "..."
        if total + len(line) > EXCERPT_CHARS:
            break
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def tail_excerpt(reader: Reader) -> str:
    """The last error-looking lines, or the last lines, when nothing else decided."""
    return excerpt_of(reader, _tail_lines(reader))


def unexplained(reader: Reader, kind: str = "other") -> Failure:
    """A failure no line explains (an `other`, or a run the runner timed out): its last
    error-looking lines, and the operation they name ("Can't open output file", "is locked by
    another process, wait..."), the surest, the latest of equals. A timed-out run's last lines
    are often progress ("Moving to production", "removing node_modules"): there only a verb or
    a call names the operation, never a gerund."""
    lines = _tail_lines(reader)
    least = RANK_VERB if kind == "timeout" else RANK_GERUND
    ops = [(op, span) for span in lines for op in reader.facts(span).ops if op[0] >= least]
    if not ops:
        return Failure(kind=kind, excerpt=excerpt_of(reader, lines))
    (_, operation), span = max(reversed(ops), key=lambda item: item[0][0])
    # the paths of the line that names the operation: what it was done to (QEMU's image that
    # another process holds the lock of)
    paths = reader.facts(span).path_list() or generic_paths(reader.line(span), None)
    if not paths and operation == "lock":  # Snakemake's "... in the following directory:" above it
        paths = _path_below(reader, span, []) or _lock_to_remove(reader, span, [])
    return Failure(
        kind=kind, operation=operation, paths=tuple(paths), excerpt=excerpt_of(reader, lines)
    )


def _tail_lines(reader: Reader) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    errors: list[tuple[int, int]] = []
    here = reader.segment_at(reader.n - 1) if reader.n else None
    for _ in range(400):
        if here is None or here[0] < reader.n - TAIL_FIRST:
            break
        line = reader.low[here[0] : here[1]].strip()
        if line:
            spans.append(here)
            if _ERROR_WORDS.search(line):
                errors.append(here)
                if len(errors) == 5:
                    break
        here = reader.previous(here[0])
    return errors or spans[:5]
