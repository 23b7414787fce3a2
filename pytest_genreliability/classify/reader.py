"""The reader of one output: it finds the candidate lines, reads their facts, and picks the line
that decides (`_classify_answer` turns that line into a `Failure`).

Speed. Candidate lines are found with substring and literal-prefix searches over a lowered copy
of the output, the last 32 KiB first; the rest is then searched only for evidence that could
still win. Outputs over 256 KiB are read at their head (32 KiB) and tail, where tools print the
command and the final error. Only candidate lines, cut to a 2,000-character window, meet the
regular expressions (all compiled at import, with bounded repetitions and no nested quantifiers),
and a fixed budget of characters caps the work whatever the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .decide import OP_DEPENDENT, SAME_BLOCK, TIER, decide, network_op, python_inferred_op
from .facts import (
    ACCESS_WIN,
    ASCII_LOWER,
    DIAG,
    EBUSY,
    ENOTEMPTY,
    LOCK_WAIT,
    MAX_LINE,
    NET,
    NOSPC,
    RANK_SYSCALL,
    RANK_VERB,
    SHARING,
    TIMEOUT,
    TXTBSY,
    LineFacts,
)
from .paths import clean_path, drive_at, is_posix_path, is_windows_path
from .rules import scan_line
from .strerror import GLIBC_STRERROR
from .triggers import TAIL_TRIGGERS, TIMEOUT_TRIGGERS, TRIGGERS, top_tier
from .words import DNS_WORDS, LOCAL_COMPUTER, REMOTE_COMPUTER, WINRM_NOT_LISTENING

# cargo's progress after a lock wait ended: it took the lock and went on
_CARGO_WENT_ON = ("   compiling ", "  downloaded ", "   checking ", "    finished ", "   updating ")
_SCAN_LIMIT = 256 * 1024
_SCAN_HEAD = 32 * 1024
TAIL_FIRST = 32 * 1024  # read first: where tools print the final error
_TAIL_LAST = 16 * 1024  # of the tail, read before the rest of it: where a failing step stops
_MAX_EVALUATED = 32
# Needles by the highest tier they can reach, searched in this order (see `Reader.run`).
_STAGES = ((80, 1000), (45, 80), (-1, 45))
_SCAN_BUDGET = 40_000  # characters given to scan_line per output, whatever the output holds
_MAX_HITS = 64
_WARNING_PENALTY = 40
_NEIGHBOURS_BEFORE = 8
_NEIGHBOURS_AFTER = 8
# How much further than the best operation found so far a line may be and still name the
# operation of the same error (its syscall, in a block or a frame); beyond, the lines are
# another error's, and reading them cost most of a long log's time (no answer of the corpus
# depends on them).
_SYSCALL_REACH = 4
ANSI = re.compile(
    r"\x1b(?:\[[0-?]{0,40}[ -/]{0,5}[@-~]|\][^\x07\x1b]{0,400}(?:\x07|\x1b\\)|[@-Z\\-_])"
)
# A colour code whose escape byte was lost on the way to the log: "\u001b[31m" in a JSON string,
# "^[[31m" from `cat -v`, a replacement character where a page could not show the byte
_LOST_ESCAPE = re.compile(r"(?:\ufffd|\\u001b|\\x1b|\\033|\^\[)\[[0-9;]{0,40}m")
_LOST_ESCAPE_MARKS = ("\ufffd[", "\\u001b[", "\\x1b[", "\\033[", "^[[")
_CONTINUATION = re.compile(r"\s{0,40}[│|┃]\s?")  # a wrapped line of a boxed report (miette)
# A console wraps a long line at its width (80 columns on Windows by default), in the middle of
# a word or a path; a wrapped line goes on in lower case, never with a new log prefix.
# 80 and 120 columns: Windows' console and Terminal defaults; 79/119 when the trailing space of the
# cut was trimmed.
_CONSOLE_WIDTHS = (79, 80, 119, 120)
# A message wrapped by the tool that printed it, between words: the line ends in a word no sentence
# ends with and the next goes on in lower case ("... cannot access the file because" / "it is
# being used by another process.").
_DANGLING = re.compile(
    r"\b(?:because|the|a|an|to|of|and|or|by|for|with|from|is|are|was|not|cannot|could not)"
    r"\s{0,3}$",
    re.IGNORECASE,
)
_LOWER_START = re.compile(r"[a-z]")
# (the cut name has no suffix yet, and its rest goes on in lower case: not a whole "x.lock" above
# Gradle's "FAILURE: Build failed")
_JAVA_PATH_AT_END = re.compile(r"Exception: [A-Za-z]:\\[^\s:]{0,600}\\[^\\.\s:]{1,200}$")
_PATH_REST = re.compile(r"[a-z0-9_.-][^\s:]{0,199}: \S")
# Composer's box wraps its message at its own width, each line under the same indent: "  Could
# not delete C:\x\AcrylicServic" / "  e.exe:"
_COMPOSER_PATH_AT_END = re.compile(
    r"^( {1,40})Could not delete [A-Za-z]:\\[^\s:]{0,600}[\\/][^\\/.\s:]{1,200}$"
)
# (the rest of a file's name, its suffix and the colon that ends the path, alone on its line)
_COMPOSER_PATH_REST = re.compile(r"( {1,40})[\w.-]{0,200}\.[A-Za-z0-9]{1,8}:\s{0,40}$")
_CODE_MESSAGE_CUT = re.compile(r"\bE[A-Z]{2,12}: ([a-z]{1,20}(?: [a-z]{1,20}){0,4})$")
# libuv's messages after their code, as Node prints them
_NODE_MESSAGES = (
    "resource busy or locked",
    "operation not permitted",
    "permission denied",
    "no such file or directory",
    "directory not empty",
    "file already exists",
    "no space left on device",
    "too many open files",
)


def _node_message_goes_on(last: str, text: str) -> bool:
    """Whether ``last`` ends inside one of Node's messages ("EBUSY: resource") and ``text``
    starts with the rest of it ("busy or locked, unlink 'x'")."""
    cut = _CODE_MESSAGE_CUT.search(last, max(0, len(last) - 60))
    if cut is None:
        return False
    head = cut.group(1)
    return any(
        message.startswith(head + " ") and text.startswith(message[len(head) + 1 :].split()[0])
        for message in _NODE_MESSAGES
    )


def _composer_path_cut(last: str, text: str) -> bool:
    """Whether ``last`` ends in a Windows path that Composer's box cut inside its name and
    ``text``, under the same indent, holds the rest of the name up to its colon."""
    if "Could not delete " not in last or len(last) < 60:  # a box's line is cut near its width
        return False
    cut = _COMPOSER_PATH_AT_END.match(last)
    rest = _COMPOSER_PATH_REST.match(text) if cut else None
    return cut is not None and rest is not None and rest.group(1) == cut.group(1)


def _dangling(line: str) -> bool:
    """Whether ``line`` ends in a word that needs the next line; only its end is searched (the
    longest word and its spaces are 12 letters), so that a long line costs no more than a short."""
    return _DANGLING.search(line, max(0, len(line) - 40)) is not None


# A word and the space after it at the end of a line: a tool broke the sentence at that space
# ("... because it is being used " / "by another process: 'C:\\x'")
_SOFT_BREAK = re.compile(r"[a-z] $")
_CODE_OPENERS = ("(os", "(Errno", "(errno", "(os error", "(error")
_CODE_CLOSED = re.compile(r"\s{1,40}(?:error\s{1,3})?-?\d{1,10}\)")
_BARE_PATH_LINE = re.compile(r"\s{0,40}(?:[A-Za-z]:[\\/]|/[\w.~-])[^\s'\"]{0,600}\s{0,20}$")
_SYSCALL_AT_END = re.compile(
    r"E[A-Z]{2,12}:[^\n]{0,80},\s{0,3}(?:rename|unlink|rmdir|open|mkdir|copyfile|symlink|lstat)\s{0,3}$"
)
_QUOTED_PATH_NEXT = re.compile(r"['\"](?:[A-Za-z]:[\\/]|/[\w.~-])[^'\"\n]{0,600}['\"]\s{0,20}$")
_PATH_NEXT = re.compile(r"\s{1,40}['\"]?(?:[A-Za-z]:[\\/]|\\\\\?\\|/[\w.~-])")
# Node's message cut after its comma: "EPERM: operation not permitted," / " unlink 'D:\\x'".
_SYSCALL_NEXT = re.compile(
    r"\s{0,3}(?:rename|unlink|rmdir|open|mkdir|scandir|copyfile|symlink|lstat|stat|chmod|utime)"
    r" '"
)
# PowerShell puts a long path on the line after "Cannot remove item".
_OBJECT_ON_NEXT_LINE = re.compile(r"cannot remove (?:the )?item\s{0,3}$", re.IGNORECASE)
_WRAP_START = re.compile(r" ?[a-z0-9]|[._\\/]|-\S")  # "-\S": a path cut at its dash, not a list
_NEW_LINE_START = re.compile(
    r"\s{0,40}(?:npm|yarn|pnpm|gyp|at|warn|warning|error|info|debug|verbose|note|hint|caused)\b"
    r"|\d{1,9} (?:verbose|silly|info|http|timing|warn|error)\b"  # npm's debug log
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}:\d{2}"  # a timestamp
    r"|[\w.-]{1,32}@[\w.-]{1,64}:[~/]"  # a shell's prompt: "ci@host:~/app$ make"
)
_SPACE = re.compile(r"\s")
_NETWORK_OPS = frozenset({"download", "getaddrinfo", "connect"})
# Gradle under "Could not HEAD 'https://x'": "> download.example.com", the host it could not find
_BARE_HOST = re.compile(r"\s{0,40}>\s(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24}\s{0,20}")
# A POSIX path in a line's text, from a root every Unix has (a line with a drive or a backslash
# has already said Windows)
_POSIX_ROOT = re.compile(r"(?:^|[\s('\"=])/(?:home|usr|var|tmp|opt|etc|root|srv|mnt|nix)/", re.M)
_WATCH_REGISTRATION = ("fs_events", "inotify_add_watch")  # ENOSPC there is the watch limit
# Ruby's FileUtils copies by opening each file: "Permission denied @ rb_sysopen - x" with
# "fileutils.rb:1402:in `block in copy_file'" in its frames is the copy's (its kind is the open's:
# a refused open on Windows is not a held copy's destination by itself)
_RUBY_COPY_FRAMES = ("in `copy_file'", "in `block in copy_file'", "in `copy_entry'")
_HELD = frozenset({SHARING, ACCESS_WIN, EBUSY})  # a held file's conditions
# rustup's and elan's reason on the line below an error ("info: caused by: The system cannot find
# the file specified. (os error 2)"), as printed: Java's "Caused by:" starts another exception
_CAUSE = ("caused by: ",)
_WATCHER_WORDS = ("fswatcher", "chokidar")  # Node's file watchers, named in their frames
_DRIVE_ROOT_SYSTEM_FILE = re.compile(
    r"[A-Za-z]:[\\/](?:DumpStack\.log(?:\.tmp)?|hiberfil\.sys|pagefile\.sys|swapfile\.sys)",
    re.IGNORECASE,
)
_FILLING_OPS = frozenset({"watch", "write", "mkdir", "copy", "open", "rename", "symlink"})
# "Text file busy", in English and in the languages of glibc's catalogues
_TEXT_BUSY = "|".join(
    re.escape(phrase)
    for phrase, cond in (("text file busy", TXTBSY), *GLIBC_STRERROR)
    if cond == TXTBSY
)
# sh, dash, bash and env: "/app/a.sh: 5: /app/a.sh: /app/b.sh: Text file busy" (Jenkins runs its
# steps' scripts from "workspace@tmp")
_SHELL_BUSY = re.compile(
    r"\s{0,40}[\w./@+-]{1,200}:(?: (?:line )?\d{1,6}:)?(?: [^:\n]{1,600}:){0,2}"
    rf" ([^:\n]{{1,600}}): (?:{_TEXT_BUSY})\s{{0,20}}$",
    re.I,
)
_CANNOT_CREATE = re.compile(r"can(?:no|')t create (.{1,600})", re.I)
_DASH_BUSY = re.compile(
    rf"(?<![\w.-])(?:/[\w/.-]{{0,100}})?sh: \d{{1,6}}: ([^:\n]{{1,600}}): (?:{_TEXT_BUSY})", re.I
)
# bash: "bash: ./buckw: /usr/bin/env: bad interpreter: Text file busy" (the script is busy);
# in another language, the interpreter's absolute path before a few words ("坏的解释器")
_BAD_INTERPRETER = re.compile(
    r"\s{0,40}\w{1,10}: ([^:\n]{1,600}): "
    r"(?:[^:\n]{1,600}: bad interpreter|/[^:\n]{1,600}: [^:\n/]{1,40}):",
    re.I,
)
_MAX_WRAPS = 4


def _covered(needle: str, original: bool, reach: int) -> bool:
    """Whether a shorter plain needle inside ``needle`` finds every line it finds, and reaches
    as far: searching for it too would only cost a pass over the output ("socket" finds every
    "tunneling socket")."""
    return any(
        isinstance(other, str)
        and other != needle
        and other in needle
        and other_original == original
        and top_tier(other_tier) >= reach
        for other, other_original, other_tier in TRIGGERS
    )


def _gate(needle: str | re.Pattern[str]) -> str:
    """A needle's first letter outside ASCII, or "" for a needle in ASCII: one letter is found
    in a fraction of the time a short word takes, and where it is missing so is the needle."""
    if not isinstance(needle, str):
        return ""
    return next((letter for letter in needle if not letter.isascii()), "")


def _letters(needle: str | re.Pattern[str], original: bool) -> frozenset[str]:
    """The ASCII letters a needle searched in the lowered output cannot be found without."""
    if original or not isinstance(needle, str):
        return frozenset()
    return frozenset(letter for letter in needle if "a" <= letter <= "z")


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# The needles with the highest tier each can reach, their gate letter and their letters, worked
# out once; those another needle covers are left out.
_NEEDLES = tuple(
    (needle, original, tier, top_tier(tier), _gate(needle), _letters(needle, original))
    for needle, original, tier in TRIGGERS
    if not (isinstance(needle, str) and _covered(needle, original, top_tier(tier)))
)
# ... and those searched in the tail only (`triggers.TAIL_TRIGGERS`)
_TAIL_NEEDLES = tuple(
    (needle, original, tier, top_tier(tier), _gate(needle), _letters(needle, original))
    for needle, original, tier in TAIL_TRIGGERS
)
_NEEDLES_IN_TAIL = _NEEDLES + _TAIL_NEEDLES


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
    return low if len(low) == len(text) else text.translate(ASCII_LOWER)


@dataclass
class Evidence:
    """What one line shows: its condition, the class and tier that earns, and the lines it
    borrowed from (``support``); `key` orders the candidates for the deciding line."""

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


_STATUS_2XX = re.compile(r"\bHTTP/(?:1\.[01]|2(?:\.0)?|3) 2\d\d\b|\bstatus code:? 2\d\d\b")
# The JVM's reason a program could not start: "IOException: error=12, Cannot allocate memory"
_JAVA_START_ERROR = re.compile(r"\berror=\d{1,4}, [A-Z]")
# Node's frames of a pipe's read or write (a child process's stdio), as printed, and of a socket's
_PIPE_FRAMES = ("at Pipe.onread", "at Pipe.onStreamRead", "at Pipe.callbackTrampoline")
_SOCKET_FRAMES = ("TCP.", "TLSWrap.", "Socket.", "TLSSocket.")
_PIPE_CODES = ("ECONNRESET", "EPIPE")


class Reader:
    """One output being read: candidate lines, their facts, and the evidence they give."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.low = _lowered(text)
        self.ascii = text.isascii()
        self._facts: dict[tuple[int, int], LineFacts] = {}
        self._around: dict[tuple[int, int], list[tuple[int, tuple[int, int]]]] = {}
        self._absent: dict[tuple[int, int], frozenset[str]] = {}
        self.continued: dict[tuple[int, int], list[tuple[int, int]]] = {}  # wrapped -> its rest
        self.evaluated: list[Evidence] = []
        self._pending: dict[tuple[int, int], int] = {}
        self._done: set[tuple[int, int]] = set()
        self.best: Evidence | None = None
        self.budget = _SCAN_BUDGET
        self._windows: bool | None = None

    # -- lines ---------------------------------------------------------------------------------

    def segment_at(self, pos: int) -> tuple[int, int]:
        """The line holding ``pos``, cut to a window of `MAX_LINE` characters around it."""
        text, limit = self.text, MAX_LINE
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
        if "\x1b" in line:
            line = ANSI.sub("", line)
        if "[" in line and any(mark in line for mark in _LOST_ESCAPE_MARKS):
            line = _LOST_ESCAPE.sub("", line)
        return line

    def facts(self, span: tuple[int, int]) -> LineFacts:
        found = self._facts.get(span)
        if found is None:
            line = self.line(span)
            if (line.count("`") % 2 or line.count('"') % 2) and span[1] < self.n:
                after = self.following(span[1])
                if after is not None:
                    wrapped = _CONTINUATION.match(self.line(after))
                    if wrapped:
                        rest = self.line(after)[wrapped.end() :]
                        # a quoted object starts a new word (PowerShell's "Access to the path"
                        # / "| 'C:\\x' is denied."); anything else goes on where it was cut
                        apart = rest[:1] in "'\"`" and line[-1:].isalnum()
                        line += (" " if apart else "") + rest
                        self.continued[span] = [after]
            if span not in self.continued:
                line = self._unwrapped(span, line)
            line = line[: MAX_LINE * 2]
            self.budget -= len(line)
            found = scan_line(line) if self.budget > 0 else LineFacts()
            self._facts[span] = found
        return found

    def _unwrapped(self, span: tuple[int, int], line: str) -> str:
        """The line joined with the lines a console wrapped it into: while a quoted path is
        left open at the end of a line and the next line closes it, or while a line fills
        the console's width and the next one goes on in lower case."""
        here, last = span, line
        for _ in range(_MAX_WRAPS):
            after = self.following(here[1]) if here[1] < self.n else None
            if after is None:
                break
            text = self.line(after)
            open_path = _ends_in_open_path(last) and (
                line.count("'") % 2 == 1 or _opening_quote(last)
            )
            path_goes_on = open_path and "'" in text and not text[:1].isspace()
            line_goes_on = (
                len(last) in _CONSOLE_WIDTHS
                and last[-1:] not in ".:;!?,"
                and _WRAP_START.match(text) is not None
                and _NEW_LINE_START.match(text) is None
            )
            dangling = bool(
                (
                    (_dangling(last) or _SOFT_BREAK.search(last, max(0, len(last) - 2)))
                    and _LOWER_START.match(text)
                )
                or (last.endswith(",") and _SYSCALL_NEXT.match(text))
                # Node's message cut inside its words by a paste wrapped between words ("Error:
                # EBUSY: resource" / "busy or locked, unlink 'C:\x'")
                or (last[-1:].isalpha() and _node_message_goes_on(last, text))
            )
            # "... rename file from A to" / "    \\?\E:\x\lib.rs"; "[WinError 5] <text>:" /
            # "    'D:\x\y.pyd'": the object of the message on the next, indented line
            path_next = (
                (_dangling(last) or last.rstrip().endswith(":"))
                and text[:1].isspace()
                and _PATH_NEXT.match(text) is not None
            ) or (  # pip: "...: [WinError 5] Access is denied:" / "'C:\x\y.pyd'"
                last.rstrip().endswith(":") and _QUOTED_PATH_NEXT.match(text) is not None
            )
            # "... Access is denied. (os" / "      error 5)": a code's parenthesis closed on the
            # next, indented line of a message a tool wrapped at its own width (miette)
            code_next = (
                last.endswith(_CODE_OPENERS)
                and text[:1].isspace()
                and _CODE_CLOSED.match(text) is not None
            )
            if not text.strip() and last.rstrip().endswith(":"):
                # Gleam: "... trying to delete this directory:", a blank line, the path alone
                beyond = self.following(after[1]) if after[1] < self.n else None
                if beyond is not None and _BARE_PATH_LINE.match(self.line(beyond)):
                    line = line.rstrip() + " " + self.line(beyond).strip()
                    self.continued.setdefault(span, []).extend((after, beyond))
                break
            # Node's message broken after its syscall, each path on a line of its own, indented
            # or not (turbo, pnpm, Claude Code): "EPERM: operation not permitted, rename" /
            # "  'a'" / "  -> 'b'"
            quoted_next = (
                _SYSCALL_AT_END.search(last) is not None and text.lstrip().startswith("'")
            ) or (
                last.rstrip().endswith("'")
                and text.lstrip().startswith("-> '")
                and (text[:1].isspace() or self.continued.get(span) is not None)
            )
            if path_next or code_next or quoted_next:
                line = line.rstrip() + " " + text.strip()
                self.continued.setdefault(span, []).append(after)
                here, last = after, text
                continue
            if (_OBJECT_ON_NEXT_LINE.search(last) or dangling) and (
                not text[:1].isspace() or last.endswith(",")
            ):
                line = line.rstrip() + " " + text
                self.continued.setdefault(span, []).append(after)
                here, last = after, text
                continue
            # Java's "FileSystemException: C:\x\i" / "ndex1.dat: <reason>": a path the console
            # cut, whatever its width, before the colon that ends it
            java_path_cut = (
                "Exception: " in last
                and _JAVA_PATH_AT_END.search(last) is not None
                and _PATH_REST.match(text) is not None
            )
            composer_cut = _composer_path_cut(last, text)
            if composer_cut:
                text = text.lstrip()
            if not (
                path_goes_on
                or line_goes_on
                or java_path_cut
                or composer_cut
                or _splits_a_phrase(last, text)
            ):
                break
            line += text
            self.continued.setdefault(span, []).append(after)
            here, last = after, text
        return line

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
                self._windows = pos > 0 and bool(drive_at(self.text, pos - 1))
                pos = self.text.find(":\\", pos + 1)
        return self._windows

    # -- candidates ----------------------------------------------------------------------------

    def parts(self) -> list[list[tuple[int, int]]]:
        """Where to look, in order, as regions grouped in parts: the tail first (where the final
        error is), its last `_TAIL_LAST` characters before the rest of it, then the rest of the
        output.

        After the first region, each is searched only for evidence that could tie with or beat
        what the ones before gave, so a long log costs little more than the screenful or two
        where its step failed. Regions overlap by a few characters so that no needle is cut in
        two. (The tail's own needles, `triggers.TAIL_TRIGGERS`, are searched in both regions of
        the tail.)
        """
        n, tail, last, overlap = self.n, TAIL_FIRST, _TAIL_LAST, 64
        if n <= last:
            return [[(0, n)]]
        if n <= tail:
            return [[(n - last, n), (0, n - last + overlap)]]
        tails = [(n - last, n), (n - tail, n - last + overlap)]
        if n <= _SCAN_LIMIT:
            return [tails, [(0, n - tail + overlap)]]
        middle = (n - (_SCAN_LIMIT - _SCAN_HEAD), n - tail + overlap)
        return [tails, [middle], [(0, _SCAN_HEAD + overlap)]]

    def regions(self) -> list[tuple[int, int]]:
        """The regions of `parts`, in order."""
        return [region for part in self.parts() for region in part]

    def _absent_letters(self, lo: int, hi: int) -> frozenset[str]:
        """The letters a region of the lowered output lacks: few in a long output, where each is
        found within a few lines; an output of a few letters repeated (a binary, a progress bar)
        is then not searched for every word that holds another letter."""
        found = self._absent.get((lo, hi))
        if found is None:
            low = self.low
            found = frozenset(letter for letter in _ALPHABET if low.find(letter, lo, hi) < 0)
            self._absent[(lo, hi)] = found
        return found

    def collect(
        self,
        lo: int,
        hi: int,
        floor: int,
        only_timeout: bool = False,
        stage: tuple[int, int] = (-1, 1000),
    ) -> None:
        """Add the lines in ``[lo, hi)`` that hold a needle able to reach tier ``floor``, of the
        needles whose highest tier lies in ``stage`` (from, below)."""
        hits: list[tuple[int, int]] = []
        text, low = self.text, self.low
        absent = self._absent_letters(lo, hi)
        needles = _NEEDLES_IN_TAIL if lo >= self.n - TAIL_FIRST else _NEEDLES
        for needle, original, tier, reach, gate, letters in needles:
            if reach < floor or not stage[0] <= reach < stage[1]:
                continue
            if only_timeout and needle not in TIMEOUT_TRIGGERS:
                continue
            if gate and (self.ascii or (text if original else low).find(gate, lo, hi) < 0):
                continue  # a word of another script, or with a letter the output lacks
            if absent and letters & absent:
                continue  # a word with a letter this part of the output lacks
            haystack = text if original else low
            pos = lo
            if isinstance(needle, str) and isinstance(tier, int):  # the common case, kept tight
                find = haystack.find
                for _ in range(_MAX_HITS):
                    at = find(needle, pos, hi)
                    if at < 0:
                        break
                    if tier >= floor:
                        hits.append((at, tier))
                    pos = at + 1
                continue
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

    def drain(self, least: int | None = None) -> None:
        """Evaluate pending lines, most promising first, until none can beat the best (or none
        reaches tier ``least``: those wait for a later drain)."""
        order = sorted(self._pending.items(), key=lambda item: (-item[1], item[0][0]))
        for span, tier in order:
            best = self.best
            if len(self._done) >= _MAX_EVALUATED or (least is not None and tier < least):
                break
            if best is not None and (
                best.tier > tier or (best.tier == tier and best.completeness == 3)
            ):
                break
            del self._pending[span]
            evidence = self.evaluate(span)
            if evidence is not None and (best is None or evidence.key > best.key):
                self.best = evidence

    def run(self) -> Evidence | None:
        """Part by part (the tail first), needles of the highest tiers first: once a line of
        some tier is found, needles that cannot reach it are not searched for at all. The tail's
        two regions are one part: each stage of needles is searched in its last lines, whose
        lines of the stage's tiers are read, then in the rest of it, after which every line
        found is read in order (so that lines of lower tiers in the last lines, warnings around
        the error, are not read before a higher one above them)."""
        for part in self.parts():
            for stage in _STAGES:
                for index, (lo, hi) in enumerate(part):
                    floor = self._floor()
                    if floor >= stage[1]:
                        break
                    self.collect(lo, hi, floor, stage=stage)
                    self.drain(least=stage[0] if index < len(part) - 1 else None)
        return self.best

    def _floor(self) -> int:
        """The lowest tier a line must reach to matter: the best line's tier, or one above it
        once that line is complete (`drain` never reads a line of the same tier after it)."""
        best = self.best
        if best is None:
            return -1
        return best.tier + 1 if best.completeness == 3 else best.tier

    def timeout_evidence(self) -> Evidence | None:
        """A line saying the step timed out, looking further than `run` needed to."""
        for lo, hi in self.regions():
            self.collect(lo, hi, TIER["timeout"], only_timeout=True)
        for span in sorted(self._pending, key=lambda span: span[0])[:_MAX_EVALUATED]:
            if self._pending[span] >= TIER["timeout"]:
                del self._pending[span]
                self.evaluate(span)
        found = [evidence for evidence in self.evaluated if evidence.cond == TIMEOUT]
        return max(found, key=lambda evidence: evidence.key, default=None)

    # -- evidence ------------------------------------------------------------------------------

    def evaluate(self, span: tuple[int, int]) -> Evidence | None:
        self._done.add(span)
        facts = self.facts(span)
        cond = facts.cond
        if cond is None:
            return None
        own = facts.best_op()
        op: str | None = own[1] if own else None
        support: list[tuple[int, int]] = []
        if op == "connect" and cond == DIAG:  # a refused connect to a server here: a request
            op = "download"
        if cond == NET and self._psql_local(span):
            cond, op = DIAG, "download"  # a local server that is not running: no network asked
        if cond == NET:
            op = network_op(facts)
            if op == "download" and self._dns_nearby(span):
                op = "getaddrinfo"  # "Temporary failure in name resolution" on the next line
        elif cond == NOSPC and op == "close":
            op = "write"  # a full disk refuses the data that close flushes (NFS, a FUSE mount)
        elif cond == TIMEOUT and op is None and any(o == "lock" for _, o in facts.ops):
            op = "lock"  # "Timed out trying to acquire a ... lock"
        elif cond == NOSPC and op is None:
            # Dart's "Failed to watch path" above the ENOSPC is the watch limit; a call in the
            # frames or traceback around (os.mkdir, File.InternalCopy) is what the disk refused;
            # otherwise a full disk fails a write whatever the tool was doing
            op, support = self.borrowed_op(span, cond)
            if op not in _FILLING_OPS:
                op, support = "write", []
        elif cond == TXTBSY and op is None:
            op, support = self.borrowed_op(span, cond)  # Python's traceback: "open(path)"
            line = self.line(span)
            # (dash's words may follow a tool's own: "the generated command must parse: /bin/sh:
            # 1: powershell.exe: Text file busy")
            dash = _DASH_BUSY.search(line) if op is None else None
            shell = dash or (_SHELL_BUSY.match(line) if op is None else None)
            if shell:  # "/usr/bin/env: 'node': Text file busy": the shell could not run it
                op = "exec"
                script = None if dash else _BAD_INTERPRETER.match(line)
                busy = script.group(1) if script else shell.group(1)  # bash names the script
                redirect = _CANNOT_CREATE.match(busy)
                if redirect:  # dash's "cannot create x: Text file busy": a redirection's open
                    op, busy = "open", redirect.group(1)
                facts.paths.append((shell.start(1), clean_path(busy)))
        if own is None and cond in OP_DEPENDENT:
            op, support = self.borrowed_op(span, cond)
        elif own is None and cond == DIAG and _JAVA_START_ERROR.search(self.line(span)):
            # Java's "IOException: error=12, Cannot allocate memory", the cause of a "Cannot run
            # program" above it: the JVM prints "error=N, <reason>" only when a program failed to
            # start
            op, support = self.borrowed_op(span, cond)
            op = op or "exec"
        elif own is None and cond == DIAG and "contains a virus" in self.low[span[0] : span[1]]:
            # Windows' 225: a scanner refused the call the frames or the line above name (.NET's
            # File.Copy, Go's "open x.exe: Operation did not complete ... contains a virus")
            op, support = self.borrowed_op(span, cond)
        paths = facts.path_list()
        if op is None and cond in OP_DEPENDENT:
            op = python_inferred_op(facts, cond, paths)
        if op is None and cond == TXTBSY:
            op = "exec"  # "/tmp/x.sh: Text file busy": a program that is still being written ran
        if op is None and "installer" in facts.flags and self._uninstalling(span):
            op = "unlink"  # pip's "Uninstalling x:" above: the old files are being deleted
        if op in ("lstat", "stat") and (
            self.says_near(span, _WATCHER_WORDS)
            or any(_DRIVE_ROOT_SYSTEM_FILE.fullmatch(path) for path in paths)
        ):
            # chokidar's stat of what it watches: "EBUSY ..., lstat 'C:\\x'"; Windows' own files
            # at a drive's root, which only a watcher of the whole drive ever reaches
            op = "watch"
        if cond == NOSPC and self._says_below(span, _WATCH_REGISTRATION, reach=3):
            op = "watch"  # Fluent Bit: "could not register file into fs_events" below ENOSPC
        if cond == ENOTEMPTY and op in (None, "unlink"):
            op = "rmdir"  # only a folder is ever "not empty": deleting it is an rmdir
        if "no_reason" in facts.flags and self._says_below(span, _CAUSE, original=True):
            kind, tier = "other", TIER["weak"]  # the reason is there, on the next line
        elif cond == NET and facts.printed(NET) in _PIPE_CODES and self._pipe_below(span):
            # Node's "Error: read ECONNRESET" at "Pipe.onread": the pipe to a child process
            # broke (the child died or was never there), not a connection to a server
            kind, tier = "other", TIER["weak"]
            op = own[1] if own else op  # the pipe's read or write, as Node names it
        elif cond == LOCK_WAIT and self._cargo_went_on(span):
            # cargo's "Blocking waiting for file lock on package cache", then "Compiling x": it
            # got the lock and went on, so the wait is not what failed
            kind, tier = "other", TIER["weak"]
        elif cond == NET and self._credentials_below(span):
            # Docker's and Trivy's credential helper failed before any request was sent
            kind, tier = "other", TIER["diagnostic"]
        elif cond == NET and "status_5xx" in facts.flags and self._answered_later(span):
            kind, tier = "other", TIER["weak"]  # curl's retry, a health check: a 2xx came later
        elif (
            cond == NET
            and facts.printed(NET) == "EPROTO"
            and self.says_near(span, ("syscall symlink", "protocol error, symlink '"))
        ):
            # EPROTO of a symlink (npm in a VirtualBox shared folder, which cannot make one): the
            # file system refused the call, as a symlink refused elsewhere is a permission
            kind, tier, op = "permission", TIER["permission"], "symlink"
        elif (
            cond == NET
            and "connect to the destination" in self.low[span[0] : span[1]]
            and (
                self.says_near(span, WINRM_NOT_LISTENING)  # winrm.cmd prints it above
                or self._says_below(span, WINRM_NOT_LISTENING, reach=14)
            )
            and not self._remote_computer_near(span)
        ):
            # WinRM's "The client cannot connect to the destination specified in the request",
            # with its code (0x80338012) near it or below it, asked of this machine: the WinRM
            # service here is not running
            kind, tier = "other", TIER["diagnostic"]
        elif cond == NET and self._destination_in_the_way(span):
            # SwiftPM: "failed downloading 'https://x.zip'" / "which is required by binary target
            # 'y':" / "/x/.cache/.../x_zip already exists in file system": the download's
            # destination was in the way, nothing failed on the network
            kind, tier = "other", TIER["diagnostic"]
        elif cond == DIAG and self._daemon_did_not_start(span):
            kind, tier = "other", TIER["weak"]  # adb: why the daemon did not start is above
        elif "nsis_open" in facts.flags and not self._says_below(span, ("click abort",), reach=5):
            kind, tier = "other", TIER["weak"]  # NSIS' words without its dialog's: not its file
        else:
            kind, tier = decide(cond, op, _Context(self, span, facts, paths))
        ruby_open = op == "open" and "rb_sysopen" in self.low[span[0] : span[1]]
        if ruby_open and self._says_below(span, _RUBY_COPY_FRAMES, reach=4):
            op = "copy"  # (named after the decision: the open it was decided as, refused)
        if "warning" in facts.flags or self._warning_detail(span):
            tier -= _WARNING_PENALTY
        if "passed" in facts.flags:  # a passing test's line: below every failure's evidence
            tier = min(tier, TIER["weak"] - 1)
        if "no_reason" in facts.flags:
            tier -= 1  # a line that gives its reason decides over one that does not
        located = paths or facts.kv_paths or (cond == NET and facts.urls)
        completeness = sum((facts.printed(cond) is not None, own is not None, bool(located)))
        evidence = Evidence(span[0], span[1], facts, cond, kind, tier, completeness, op, support)
        self.evaluated.append(evidence)
        return evidence

    def _warning_detail(self, span: tuple[int, int]) -> bool:
        """Whether the line is the indented detail of a warning that ends in a colon above it
        (R's "Warning: unable to access index for repository x:" / "  cannot open URL 'y'")."""
        if not self.text[span[0] : span[0] + 1].isspace():
            return False
        above = self.previous(span[0])
        if above is None:
            return False
        line = self.line(above)
        return line.rstrip().endswith(":") and "warning" in self.facts(above).flags

    def _says_below(
        self, span: tuple[int, int], words: tuple[str, ...], original: bool = False, reach: int = 1
    ) -> bool:
        """Whether one of the next ``reach`` lines holds one of ``words`` (lower case, or as
        printed)."""
        text = self.text if original else self.low
        below: tuple[int, int] | None = span
        for _ in range(reach):
            below = self.following(below[1]) if below else None
            if below is None:
                return False
            if any(word in text[below[0] : below[1]] for word in words):
                return True
        return False

    def _remote_computer_near(self, span: tuple[int, int]) -> bool:
        """Whether the line or one of the fourteen lines around it names another computer than
        this one as the one asked (PowerShell's ``-ComputerName web01``, ``PSComputerName :
        web01``, Test-WSMan's ``Machine="web01"``)."""
        spans = [span, *(other for _, other in self.neighbours(span)[:14])]
        for start, end in spans:
            low = self.low[start:end]
            if "computername" in low or "machine=" in low or "remote server" in low:
                for match in REMOTE_COMPUTER.finditer(low):
                    if not LOCAL_COMPUTER.fullmatch(match.group(1)):
                        return True
        return False

    def _cargo_went_on(self, span: tuple[int, int]) -> bool:
        """Whether cargo's "Blocking waiting for file lock" is followed, within three lines of
        the same log prefix (a parallel log's "[build-a]"), by its progress: the wait ended."""
        low = self.low[span[0] : span[1]]
        waiting = low.find("blocking waiting for file lock")
        if waiting < 0:
            return False
        prefix = low[:waiting].strip()
        below: tuple[int, int] | None = span
        for _ in range(3):
            below = self.following(below[1]) if below else None
            if below is None:
                return False
            line = self.low[below[0] : below[1]]
            if line.lstrip().startswith(prefix) and any(word in line for word in _CARGO_WENT_ON):
                return True
        return False

    def _answered_later(self, span: tuple[int, int]) -> bool:
        """Whether a status line below ``span`` (within the next 16 KiB) is a success."""
        return _STATUS_2XX.search(self.text, span[1], span[1] + 16384) is not None

    def _destination_in_the_way(self, span: tuple[int, int]) -> bool:
        """SwiftPM's failed download whose reason, on its line or the two below it (before the
        next error), is that the destination "already exists in file system"."""
        here: tuple[int, int] | None = span
        for _ in range(3):
            if here is None:
                return False
            if "already exists in file system" in self.low[here[0] : here[1]]:
                return True
            here = self.following(here[1])
            if here is not None and self.low[here[0] : here[1]].lstrip().startswith("error:"):
                return False  # another error's block: its reason is not this download's
        return False

    def _daemon_did_not_start(self, span: tuple[int, int]) -> bool:
        """adb's "error: cannot connect to daemon" under "* failed to start daemon": the
        daemon's own failure, printed above them, says why (a listener refused, a port taken)."""
        if "connect to daemon" not in self.low[span[0] : span[1]]:
            return False
        above: tuple[int, int] | None = span
        for _ in range(3):
            above = self.previous(above[0]) if above else None
            if above is None:
                return False
            if "failed to start daemon" in self.low[above[0] : above[1]]:
                return True
        return False

    def _psql_local(self, span: tuple[int, int]) -> bool:
        """psql's refused connection to a server on this machine: "could not connect to server:
        Connection refused", its next lines asking whether the server accepts "connections on
        Unix domain socket "/tmp/.s.PGSQL.5432"?" (PostgreSQL 13 and older; 14 names the socket
        on the line itself, `words._LOCAL_SOCKET`)."""
        line = self.low[span[0] : span[1]]
        return "could not connect to server" in line and self._says_below(
            span, ("connections on unix domain socket",), reach=2
        )

    def _credentials_below(self, span: tuple[int, int]) -> bool:
        """Whether the next line is a credential helper's failure with no network error of its
        own ("failed to download vulnerability DB: OCI repository error:" / "error getting
        credentials - err: exit status 1, out: ``"), not one that names its own fetch's (ECR's
        "... dial tcp: lookup x: i/o timeout")."""
        below = self.following(span[1])
        if below is None or "error getting credentials - err:" not in self.low[below[0] : below[1]]:
            return False
        return self.facts(below).cond != NET

    def _pipe_below(self, span: tuple[int, int]) -> bool:
        """Whether the stack frames right under a Node error are a pipe's ("at Pipe.onread"),
        before any frame of a socket's: the frames of the error itself, up to its first line that
        is no frame."""
        below: tuple[int, int] | None = span
        for _ in range(4):
            below = self.following(below[1]) if below else None
            if below is None:
                return False
            frame = self.text[below[0] : below[1]].lstrip()
            if not frame.startswith("at "):
                return False
            if any(word in frame for word in _SOCKET_FRAMES):
                return False
            if frame.startswith(_PIPE_FRAMES):
                return True
        return False

    def _uninstalling(self, span: tuple[int, int]) -> bool:
        """Whether pip said just above that it is uninstalling the package it replaces."""
        return any(
            "uninstalling " in self.low[other[0] : other[1]] and other[0] < span[0]
            for distance, other in self.neighbours(span)
            if distance <= 6
        )

    def _dns_nearby(self, span: tuple[int, int]) -> bool:
        """Whether a line just around names a host that could not be resolved (its words, not
        its facts: reading those would scan lines nothing else needs); a chain of causes under
        the error reaches further down ("Context: / - Error #0: client error (Connect) / - Error
        #1: dns error: failed to lookup address information")."""
        for distance, other in self.neighbours(span):
            if distance > 3 and (distance > 5 or other[0] < span[0]):
                continue
            words = self._words_of(other)  # (sliced once a line, not once a word)
            if any(word in words for word in DNS_WORDS):
                return True
            if other[0] > span[0] and _BARE_HOST.fullmatch(self.low, other[0], other[1]):
                return True
        return False

    def _words_of(self, span: tuple[int, int]) -> str:
        """The lowered line, without the name of Node's resolver in its frames
        ("at GetAddrInfoReqWrap.emitLookup"), which a connect's stack shows too."""
        low = self.low[span[0] : span[1]]
        return low.replace("getaddrinforeqwrap", "") if "getaddrinforeqwrap" in low else low

    def borrowed_op(
        self, span: tuple[int, int], cond: str
    ) -> tuple[str | None, list[tuple[int, int]]]:
        """The operation printed near a line that names none (a stack frame, ``syscall: x``)."""
        best: tuple[int, int, str, tuple[int, int]] | None = None
        for distance, other in self.neighbours(span):
            if best is not None and best[0] >= RANK_SYSCALL and distance > best[1]:
                break  # the lines further away cannot beat a syscall found nearer
            if best is not None and distance > best[1] + _SYSCALL_REACH:
                break  # a syscall this much further than the verb found is another error's
            facts = self.facts(other)
            other_cond = facts.cond
            if other_cond not in (None, cond) and other_cond not in SAME_BLOCK:
                continue
            if "passed" in facts.flags:
                continue  # a passing test's words are no part of the failure
            for rank, op in facts.ops:
                if (rank < RANK_VERB and distance > 2) or op in _NETWORK_OPS:
                    continue  # a download nearby is not what a file error was doing
                if op == "kill" and (other_cond not in (None, cond) or cond in _HELD):
                    continue  # a Process.Kill() frame above a held file: no signal refused
                if op == "lock" and "refused_lock" in facts.flags:
                    continue  # a lock refused at once (Subversion's, emcc's) lends no wait
                if best is None or (rank, -distance) > (best[0], -best[1]):
                    best = (rank, distance, op, other)
        return (best[2], [best[3]]) if best else (None, [])

    def is_windows(self, span: tuple[int, int], facts: LineFacts, paths: list[str]) -> bool | None:
        """True on Windows evidence, False on POSIX paths, None when the line cannot tell."""
        if any(is_windows_path(path) for path in paths + facts.kv_paths):
            return True
        if any(is_posix_path(path) for path in paths + facts.kv_paths):
            return False
        for here in [span] + [other for _, other in self.neighbours(span)[:8]]:
            facts_here = facts if here == span else self.facts(here)
            near = facts_here.path_list() + facts_here.kv_paths
            if "windows" in facts_here.flags or any(is_windows_path(p) for p in near):
                return True
            if "posix" in facts_here.flags or any(is_posix_path(p) for p in near):
                return False
            if _POSIX_ROOT.search(self.text, here[0], here[1]):
                return False  # a path no pattern took whole: "(/home/ci/.gem/x.gem,"
        if self.mentions_drive():
            return True
        # coreutils' own message and nothing that shows Windows (Git Bash would show a drive; so
        # would a program named .exe, as MSYS's rm prints it: "rm: cannot remove 'x/test.exe':
        # Device or resource busy")
        if "posix_tool" in facts.flags and not any(p.lower().endswith(".exe") for p in paths):
            return False
        return None

    def says_near(self, span: tuple[int, int], words: tuple[str, ...]) -> bool:
        """Whether the line or one of the six lines around it holds one of ``words``; read only
        when a decision asks, so that no line pays for it otherwise."""
        spans = [span, *(other for _, other in self.neighbours(span)[:6])]
        return any(word in self.low[start:end] for start, end in spans for word in words)

    def flag_near(self, span: tuple[int, int], facts: LineFacts, flag: str) -> bool:
        """Whether the line or one of the six lines around it carries ``flag``."""
        if flag in facts.flags:
            return True
        return any(flag in self.facts(other).flags for _, other in self.neighbours(span)[:6])


# Windows' held-file sentence, which a window of any width may break inside a word ("... cannot
# access the fil" / "e 'x.vhd' because it is being u" / "sed by another process."), and the
# reason a POSIX tool gives ("cannot open output file x.pyd: Permissi" / "on denied")
_SPLIT_PHRASES = ("cannot access the file", "being used by another process", "permission denied")


def _splits_a_phrase(last: str, text: str) -> bool:
    """Whether the end of ``last`` and the start of ``text`` are one phrase cut inside a word."""
    if not (last[-1:].isalpha() and text[:1].isalpha()):
        return False
    seam = last[-40:].lower() + text[:40].lower()
    cut = min(len(last), 40)
    for phrase in _SPLIT_PHRASES:
        start = seam.find(phrase)
        if 0 <= start < cut < start + len(phrase):
            return True
    return False


def _opening_quote(line: str) -> bool:
    """Whether the last quote of ``line`` opens a quotation (space or bracket before it), as in
    a message quoting a path inside a quoted message: ``-- 'The ... file '.build\\obj\\Code``."""
    quote = line.rfind("'")
    return quote == 0 or (quote > 0 and line[quote - 1] in " ([=:")


def _ends_in_open_path(line: str) -> bool:
    """Whether ``line`` ends inside a quoted path (``... 'C:\\Users\\x\\tmpj2``)."""
    quote = line.rfind("'")
    rest = line[quote + 1 :] if quote >= 0 else ""
    return 0 < len(rest) <= 600 and ("\\" in rest or "/" in rest) and _SPACE.search(rest) is None


@dataclass
class _Context:
    """The deciding line and its reader, as `decide` asks about it (a `LineContext`)."""

    reader: Reader
    span: tuple[int, int]
    facts: LineFacts
    paths: list[str]

    def says(self, pattern: re.Pattern[str]) -> bool:
        return pattern.search(self.reader.line(self.span)) is not None

    def windows(self) -> bool | None:
        return self.reader.is_windows(self.span, self.facts, self.paths)

    def near(self, flag: str) -> bool:
        return self.reader.flag_near(self.span, self.facts, flag)

    def says_near(self, words: tuple[str, ...]) -> bool:
        return self.reader.says_near(self.span, words)
