"""The signature of a failure: its decisive lines with the parts that change from run to run
masked, so that samples that failed the same way share one signature and different failures
(three unrelated problems all classed ``other``) do not.

Masked: terminal colour codes; timestamps and times of day; UUIDs and hexadecimal ids; process
ids (``pid 660``), ports and other numbers of four digits or more (the codes people search for,
``WinError 32``, ``os error 5``, ``MSB3027``, ``P1012``, ``exit code 137``, have fewer digits or
a letter in front and stay); line and column numbers (``index.js:12:5``, ``line 82``); and in
every path, the temporary parts (``.tmp43516``, ``pytest-of-x/pytest-3``, ``tmpab12cd``) and the
absolute prefix: a path keeps its last two parts (``…/client/query_engine-windows.dll.node.tmp*``),
which name the file while the folder a checkout happens to live in does not split a group.
"""

from __future__ import annotations

import re

from .paths import hotspot_key
from .reader import ANSI

SIGNATURE_CHARS = 300

_WINDOWS_PATH = r"[A-Za-z]:[\\/][^\s'\"`,;()<>|*?]{0,600}|\\\\[^\s'\"`,;()<>|*?]{1,600}"
_POSIX_PATH = r"(?<![\w.~])/[\w.@+~-]{1,200}(?:/[\w.@+~-]{0,200}){1,40}"
_RELATIVE_PATH = r"(?<![\w/\\])(?:[\w.@+~-]{1,200}[\\/]){2,40}[\w.@+~-]{1,200}"
_PATH = re.compile(f"{_WINDOWS_PATH}|{_POSIX_PATH}|{_RELATIVE_PATH}")
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[T _]\d{1,2}[:_]\d{2}(?:[:_]\d{2})?(?:[.,_]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:\s?[AaPp][Mm])?\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)
_UUID = re.compile(
    r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
)
_HEX = re.compile(r"(?<![0-9A-Za-z])(?=[a-fA-F]{0,63}\d)(?=\d{0,63}[a-fA-F])[0-9a-fA-F]{7,64}\b")
_LINE_COLUMN = re.compile(r"(?<=[\w)\]])(?::\d{1,7}){1,2}\b|\b(line|col|column) \d{1,7}\b")
_LONG_NUMBER = re.compile(r"(?<![A-Za-z])\d{4,}")
_PID = re.compile(r"\b(pid|process id|process)(\W{1,3})\d{1,10}\b", re.IGNORECASE)
# Temporary names outside a temporary folder: pip's build folders, npm's cache, Go's work folder.
_TEMP_NAME = re.compile(r"\b(pip-[a-z]{2,12}-|npm-|go-build|cargo-install|_?tmp[_-]?)[\w-]{5,}")
_LOG_COUNTER = re.compile(r"^\s{0,8}\d{1,9}(?= (?:verbose|error|silly|info|warn|http|timing)\b)")
_SPACES = re.compile(r"[ \t]+")


def _path(match: re.Match[str]) -> str:
    raw = match.group(0)
    body = raw.rstrip(":.,")
    key = hotspot_key(body)
    parts = [part for part in key.split("/") if part]
    short = key if len(parts) <= 2 else "…/" + "/".join(parts[-2:])
    return short + raw[len(body) :]


_BARE = re.compile(
    r"\W{0,40}(?:\w{1,12}\W{1,3})?(?:error|fatal|failure|exception|err!)\W{0,5}", re.I
)


def headline(excerpt: str) -> str:
    """The first line of ``excerpt`` that says something: not a bare ``Error:`` header."""
    lines = [line.strip() for line in excerpt.splitlines() if line.strip()]
    return next((line for line in lines if not _BARE.fullmatch(line)), lines[0] if lines else "")


_ABSOLUTE_PATH = re.compile(f"{_WINDOWS_PATH}|{_POSIX_PATH}")


def example_line(excerpt: str, folder: str | None = None) -> str:
    """The excerpt's headline as a report's one-line example: an absolute path under ``folder``
    (the sample's working folder) is shown relative to it, any other keeps only its file name
    (``…/query_engine.dll.node.tmp8812``); the rest is as printed, pids and all."""
    base = folder.rstrip("/\\").replace("\\", "/") + "/" if folder else None

    def shorten(match: re.Match[str]) -> str:
        raw = match.group(0)
        body = raw.rstrip(":.,")
        path = body.replace("\\", "/")
        if base and path.startswith(base) and len(path) > len(base):
            short = path[len(base) :]
        else:
            name = path.rstrip("/").rsplit("/", 1)[-1]
            short = "…/" + name if name and name != path.strip("/") else body
        return short + raw[len(body) :]

    return _ABSOLUTE_PATH.sub(shorten, headline(excerpt))


def signature_of(excerpt: str) -> str:
    """The decisive lines of ``excerpt``, volatile parts masked, one line, at most
    `SIGNATURE_CHARS` characters; empty for an empty excerpt."""
    lines = []
    for raw in excerpt.splitlines():
        line = ANSI.sub("", raw) if "\x1b" in raw else raw
        line = _LOG_COUNTER.sub("*", line)
        line = _TIMESTAMP.sub("<time>", line)
        line = _UUID.sub("*", line)
        line = _PATH.sub(_path, line)
        line = _TEMP_NAME.sub(lambda m: m.group(1) + "*", line)
        line = _LINE_COLUMN.sub(lambda m: f"{m.group(1)} *" if m.group(1) else ":*", line)
        line = _HEX.sub("*", line)
        line = _PID.sub(r"\1\2*", line)
        line = _LONG_NUMBER.sub("*", line)
        line = _SPACES.sub(" ", line).strip()
        if line:
            lines.append(line)
    text = " | ".join(lines)
    return text if len(text) <= SIGNATURE_CHARS else text[: SIGNATURE_CHARS - 1] + "…"
