"""What one line of tool output says: error conditions, the operation, the paths.

`scan_line` turns a line into `LineFacts`: its codes (`_classify_codes`), the operation and the
paths tied to it (`_classify_operations`), the URLs of a network error, the ``code:`` /
``syscall:`` / ``path:`` lines of an error object, and flags (a warning, Windows, a recursive
delete). `_classify_reader` picks the line that decides; `_classify_decide` says what it means.

Speed. Every pattern of these per-line modules is compiled once, at import. CPython's regex
engine finds a pattern that starts with a literal (``[WinError ``) as fast as ``str.find``, but
tries a pattern that starts with ``\\b``, a look-behind or an alternation at every position, some
fifty times slower; so patterns start with a literal, or run only when a cheap ``in`` test says
the line can match, or are anchored (``match``) at positions ``str.find`` found. Repetitions are
bounded (``{0,600}``, not ``*``) and never nested, and at most `MAX_MATCHES` matches of a
pattern are read per line, so a pathological line costs little more than an ordinary one.
"""

from __future__ import annotations

import re

from .codes import NAMED_CODES, scan_codes
from .facts import (
    ASCII_LOWER,
    NET,
    RANK_GERUND,
    RANK_SYSCALL,
    RANK_VERB,
    LineFacts,
    first_matches,
)
from .operations import add_op, log_prefix_end, scan_operations
from .paths import DRIVE, clean_path
from .words import scan_words

# MSBuild, compilers: "warning CS8785:", "Warning MSB3026 :" (MSBuild's retry before its error)
_TOOL_WARNING = re.compile(r"(?:warning|Warning|WARNING)\s{1,3}[A-Z]{1,4}\d{3,5}\s{0,2}:")
_WARNING = re.compile(r"[\s\d:.,\-\[\]TZ>|#]{0,40}(?:npm\s{1,3})?(?:warn(?:ing)?\b|⚠)", re.I)
# A passing test's line: mocha's and Jest's check mark, pytest's PASSED (and pytest-xdist's
# "[gw0] [ 50%] PASSED"), TAP's and Bats' "ok N", Go's "--- PASS:", dotnet test's "Passed x"
_PASSING_MARKS = frozenset("✓✔√")
# logcat's threadtime line at verbose, debug, info or warning: "09-17 10:49:17.584  4338  4338 W
# adb     : network.cpp:149 failed to connect to '127.0.0.1:5037': Connection refused"
# Julia's logging at Info, alone or inside a block of an error's output: "[ Info: x", "│ [ Info: x"
_JULIA_INFO = re.compile(r"[\s│┌]{0,6}(?:\[ Info: |┌ Info: |┌ Debug: )")
# curl refused its output file, which it says as a warning: "Warning: Failed to open the file x:
# Permission denied" (curl 8), "Warning: Failed to create the file x: ..." (7.x)
_CURL_OUTPUT_REFUSED = re.compile(
    r"\s{0,20}warning: failed to (?:open|create) the file [^\n]{1,600}: permission\b"
)
# logcat's levels below an error, as its threadtime and brief formats print them
_LOGCAT_LEVELS = (" V ", " D ", " I ", " W ", "V/", "D/", "I/", "W/")
_LOGCAT_QUIET = re.compile(
    r"\s{0,4}(?:(?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s{1,6}\d{1,7}\s{1,6}\d{1,7} [VDIW] "
    r"|[VDIW]/[^(\n]{1,40}\(\s{0,6}\d{1,7}\): )"  # (its brief format: "W/adb  ( 4321): x")
)
# A qualifier before what the tool met ("Not critical: EACCES ...", "non-fatal error: x"), not the
# words in a path, a test's name or an aside ("(non-fatal errors follow)")
_NOT_CRITICAL = re.compile(r"\b(?:not critical|non-critical|non-fatal)(?: error)?: ")
_PASSED_TEST = re.compile(
    r"\s{0,20}(?:[✓✔√]\ufe0e?\s|PASSED\s|ok \d{1,6} |--- PASS: |Passed \S)"
    r"|\S{1,300}::\S{1,300} PASSED\b|\[gw\d{1,4}\] \[\s{0,3}\d{1,3}%\] PASSED\b"
)
_COREUTILS = re.compile(r"\s{0,20}(?:\+\s)?(?:rm|rmdir|mv|cp|ln|mkdir|install|chmod): cannot ")
_CLEANUP_AFTER = re.compile(
    r"\b(?:could not|couldn't|cannot|can't|failed to|unable to|error while|error during)\s"
    r"(?:clean|tidy)(?:ing)?(?: ?up)?\b[^\n]{0,40}?\bafter (?:the |an? )?(?:error|failure)\b"
)
_RETRYING = re.compile(r"\bretrying (?:to |in |download|the |\.\.\.|\(|$)|\. retrying\b")
_URL = re.compile(r"https?://[^\s'\"`<>)\]]{1,600}")
# A URL's file name followed by words in Chinese, Japanese or Korean, which end it: "打开https://
# x/a.jpg发生错误" (a path may hold such words: "https://gitee.com/用户/仓库.git")
_URL_BEFORE_WORDS = re.compile(r"\.[A-Za-z0-9]{1,8}(?=[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef])")
_REQUEST = re.compile(r"request to\s{1,3}(https?://\S{1,600}?)\s{1,3}failed", re.I)
_PY_HOST = re.compile(r"ConnectionPool\(host='([^'\n]{1,300})'")
_KV_KEYS = ("code", "syscall", "path", "dest", "errno")
_KV_VALUE = re.compile(
    r"[\"']?\s{0,3}:\s{0,3}(?:'([^'\n]{0,600})'|\"([^\"\n]{0,600})\"|(-?\d{1,6}|[A-Z][A-Z0-9_]{2,40}))"
)
_KV_NPM = re.compile(
    r"npm\s{1,3}(?:ERR!|error)\s{1,3}(code|syscall|path|dest|errno)\s{1,3}(\S[^\n]{0,600}?)\s{0,20}$"
)
# A verb of fetching on a line that names a URL: what failed there was getting it
_FETCH = re.compile(
    r"\b(?:clon(?:e|ing)|fetch(?:ing|er)?|get|pull(?:ing)?|looked for|http status)\b", re.I
)
# A drive's letter alone, not the last letter of a URL's scheme ("https://")
_DRIVE_ALONE = re.compile(r"(?<![A-Za-z])" + DRIVE.pattern)
# R reports the move of a package into its library as a warning ("Warning: unable to move temporary
# installation 'a' to 'b'"): the package is not installed, and the move is the failure. (Its
# "cannot remove prior installation", which names no path, stays a warning: the lines below it
# say which file was refused.)
_R_INSTALL_STEPS = ("unable to move temporary installation",)
_RECURSIVE_DELETE = ("npm err", "npm error", "rimraf", "rmdir", "rmtree", "rm -r", "remove-item")
# node-gyp's report of the machine it ran on: "gyp ERR! System Linux 4.14.52-v7+", "gyp info using
# node@8.11.3 | linux | arm" (not a banner's "System Linux" or "| linux | darwin | win32 |", which
# may name another machine)
_POSIX_SYSTEM = re.compile(
    r"\bgyp (?:err!|info) system (?:linux|darwin|freebsd|openbsd|sunos|aix)\b"
    r"|\bgyp info using node@\S{1,40} \| (?:linux|darwin|freebsd|openbsd|sunos|aix) \| "
)
# A stack frame's location on a POSIX root: "at copy (/home/ci/x/assembler.js:69:10)"
_POSIX_FRAME = re.compile(r"\bat [^\n(]{0,300}\(/[^\s():]{1,600}:\d{1,6}:\d{1,6}\)")
_DELETE_WORDS = ("rimraf", "rmdir", "rmtree", "rm -r", "rmsync", "remove", "delet", "clean")


def _url(found: str) -> str:
    """A URL as matched, without the words that follow its file name in another script."""
    if not found.isascii():
        end = _URL_BEFORE_WORDS.search(found)
        if end:
            found = found[: end.end()]
    return clean_path(found)


def _scan_network(line: str, low: str, facts: LineFacts) -> None:
    if "http" in low:
        request = _REQUEST.search(line) if "request to" in low else None
        if request:
            facts.ops.append((RANK_VERB, "download"))
            facts.urls.append(request.group(1))
        else:
            for match in first_matches(_URL, line):
                url = _url(match.group(0))
                if url not in facts.urls:
                    facts.urls.append(url)
        if "ConnectionPool(host=" in line:
            for match in first_matches(_PY_HOST, line):
                facts.urls.append(match.group(1))
                if "UnixHTTPConnectionPool" not in line:  # (Docker's socket: no fetch)
                    facts.ops.append((RANK_GERUND, "download"))
    # a fetch, where the line's error (if any) is the network's
    fetching = not facts.conds or any(cond == NET for cond, _ in facts.conds)
    if fetching and facts.urls and _FETCH.search(low):
        facts.ops.append((RANK_GERUND, "download"))  # "Failed to clone https://x", "GET https://"
    if fetching and ("download" in low or "failed to get 200" in low):
        facts.ops.append((RANK_VERB if "fail" in low else RANK_GERUND, "download"))


def _scan_kv(line: str, low: str, facts: LineFacts) -> None:
    pairs: list[tuple[str, str]] = []
    if "npm err" in low or "npm error" in low:
        pairs.extend((m.group(1), m.group(2)) for m in first_matches(_KV_NPM, line))
    if ":" in line and not pairs:
        for key in _KV_KEYS:
            at = low.find(key)
            if at < 0 or (at > 0 and low[at - 1] not in " \t{,\"'"):
                continue
            match = _KV_VALUE.match(line, at + len(key))
            if match:
                pairs.append((key, match.group(1) or match.group(2) or match.group(3) or ""))
    for key, value in pairs:
        if key == "syscall":
            add_op(facts, RANK_SYSCALL, value.strip())
        elif key in ("path", "dest") and value.strip():
            facts.kv_paths.append(clean_path(value))
        elif (
            key == "code"
            and value in NAMED_CODES
            and (NAMED_CODES[value], value) not in facts.conds
        ):
            facts.conds.append((NAMED_CODES[value], value))
    if pairs:
        facts.flags.add("kv")


def scan_line(line: str) -> LineFacts:
    """The facts of one line (at most `MAX_LINE` characters; the caller cuts longer ones)."""
    facts = LineFacts()
    low = line.lower()
    if len(low) != len(line):  # a few letters lengthen when lowered; positions must agree
        low = line.translate(ASCII_LOWER)
    scan_codes(line, low, facts)
    scan_words(line, low, facts)
    scan_operations(line, low, facts)
    _scan_network(line, low, facts)
    _scan_kv(line, low, facts)
    warned = ("warn" in low or "⚠" in line) and (_WARNING.match(line) or _TOOL_WARNING.search(line))
    if warned and not any(step in low for step in _R_INSTALL_STEPS):
        facts.flags.add("warning")
    start = line.lstrip()[:6]
    testing = (
        "PASSED" in line
        or _PASSING_MARKS.intersection(line[:40])
        or start.startswith(("ok ", "--- PA", "Passed"))
    )
    if testing and _PASSED_TEST.match(line):
        # a test that passed, named after what it checks ("✓ retries on timeout error"): it
        # decides only when nothing else does, and lends nothing (`Reader`)
        facts.flags.add("passed")
    if line.startswith("W: "):  # apt's warnings; its errors start with "E: "
        facts.flags.add("warning")
    quiet = "Info:" in line or "Debug:" in line or any(level in line for level in _LOGCAT_LEVELS)
    if quiet:
        after_prefix = log_prefix_end(line)
        if _LOGCAT_QUIET.match(line, after_prefix) or _JULIA_INFO.match(line, after_prefix):
            facts.flags.add("warning")  # a log's line below error level (adb's "W adb", Info)
    if "the file " in low and _CURL_OUTPUT_REFUSED.match(low, log_prefix_end(low)):
        facts.flags.discard("warning")  # curl's own error about its output file, as a warning
    if "retrying" in low and _RETRYING.search(low):
        facts.flags.add("warning")  # the tool tries again: what it met was not the end
    if "clean" in low and "after" in low and _CLEANUP_AFTER.search(low):
        # what failed while the tool cleaned up after its failure ("Could not fetch x: socket
        # hang up." above "Could not clean after error: EPERM ... unlink 'x\\node.exe'"): a
        # consequence; the failure's own line decides over it
        facts.flags.add("warning")
    if ("critical: " in low or "fatal: " in low) and _NOT_CRITICAL.search(low):
        # the tool says what it met does not stop it ("Cannot delete file. Not critical: EACCES
        # ..., unlink 'x'", ioBroker's setup): the failure's own line decides over it
        facts.flags.add("warning")
    if "proceeding without" in low or "continuing without" in low:
        # the tool says it goes on ("Cannot create cache directory x, or directory is not
        # writable. Proceeding without cache."): a line of the step's failure decides over it
        facts.flags.add("warning")
    if "could not write file" in low and "-error.log" in low:
        facts.flags.add(
            "warning"
        )  # yarn failing to write its own log: a consequence, not the cause
    drive = (":/" in line or ":\\" in line) and _DRIVE_ALONE.search(line)
    if "winerror" in low or "windows_nt" in low or "\\" in low or drive:
        facts.flags.add("windows")
    elif " (/" in line and _POSIX_FRAME.search(line):
        facts.flags.add("posix")  # the program runs from a POSIX path: not Windows
    elif "gyp " in low and _POSIX_SYSTEM.search(low):
        facts.flags.add("posix")  # node-gyp's report of the machine: "gyp ERR! System Linux 4.14"
    elif ": cannot " in low and _COREUTILS.match(line):
        facts.flags.add("posix_tool")  # "rm: cannot remove 'x'": Linux or macOS, or Git Bash
    if any(mark in low for mark in _RECURSIVE_DELETE):
        facts.flags.add("recursive_delete")
    if any(word in low for word in _DELETE_WORDS):
        facts.flags.add("deleting")
    return facts
