"""What one line of tool output says: error conditions, the operation, the paths.

`scan_line` turns a line into `LineFacts`; `pytest_genreliability.classify` decides which line is
the decisive one and what it means.

Conditions are named for what the operating system reported, not for the failure class, because
the class also depends on the operation (EPERM on a rename is contention, EPERM on a symlink is a
missing privilege). Numeric codes are read before words: Windows prints its messages in the user's
language ("另一个程序正在使用此文件" is WinError 32), but the number is always there.

Speed. Every pattern is compiled once, here. CPython's regex engine finds a pattern that starts
with a literal (``[WinError ``) as fast as ``str.find``, but tries a pattern that starts with
``\\b``, a look-behind or an alternation at every position, some fifty times slower; so patterns
start with a literal, or run only when a cheap ``in`` test says the line can match, or are
anchored (``match``) at positions ``str.find`` found. Repetitions are bounded (``{0,600}``, not
``*``) and never nested, and at most `_MAX_MATCHES` matches of a pattern are read per line, so a
pathological line costs little more than an ordinary one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

__all__ = [
    "ACCESS_WIN",
    "DIAG",
    "EACCES",
    "EBUSY",
    "EISDIR",
    "ENOTEMPTY",
    "EPERM",
    "MAX_LINE",
    "NET",
    "NOSPC",
    "OOM",
    "PRIV",
    "SHARING",
    "SIGNAL",
    "TIMEOUT",
    "TXTBSY",
    "WATCHERS",
    "WEAK",
    "WEAK_CODES",
    "LineFacts",
    "clean_path",
    "generic_paths",
    "is_posix_path",
    "is_windows_path",
    "scan_line",
]

MAX_LINE = 2000
"""Longest stretch of one line that is examined (a window around the evidence in longer lines)."""
_MAX_MATCHES = 6

# Conditions, in the order that decides a line reporting several of them.
TXTBSY = "ETXTBSY"  # an executable written while it runs, or run while being written
WATCHERS = "WATCHERS"  # "ENOSPC: System limit for number of file watchers": not a full disk
SHARING = "SHARING"  # Windows sharing violation: another process holds the file (32, 33, 1224)
NOSPC = "ENOSPC"
EISDIR = "EISDIR"
PRIV = "PRIV"  # a missing privilege or a read-only file system: never contention
ENOTEMPTY = "ENOTEMPTY"
EBUSY = "EBUSY"
ACCESS_WIN = "ACCESS_WIN"  # Windows "access denied" (5): a held file when renaming or deleting
EPERM = "EPERM"
EACCES = "EACCES"
OOM = "OOM"
NET = "NET"
TIMEOUT = "TIMEOUT"
DIAG = "DIAG"  # a tool's own diagnostic code (P1012, TS2694): a deterministic failure
SIGNAL = "SIGNAL"
WEAK = "WEAK"  # ENOENT, EPIPE, EIO...: an error, but no class of its own
PRECEDENCE: tuple[str, ...] = (TXTBSY, WATCHERS, SHARING, NOSPC, EISDIR, PRIV, ENOTEMPTY)
PRECEDENCE += (EBUSY, ACCESS_WIN, EPERM, EACCES, OOM, NET, TIMEOUT, DIAG, SIGNAL, WEAK)


def _names(text: str) -> list[str]:
    return text.split()


_NAMED_CODES = {"EPERM": EPERM, "EACCES": EACCES, "EBUSY": EBUSY, "ENOTEMPTY": ENOTEMPTY}
_NAMED_CODES |= {"ETXTBSY": TXTBSY, "ENOSPC": NOSPC, "EDQUOT": NOSPC, "EISDIR": EISDIR}
_NAMED_CODES |= {"EROFS": PRIV, "ENOMEM": OOM}
_NAMED_CODES |= dict.fromkeys(
    _names(
        "ECONNRESET ECONNREFUSED ECONNABORTED ETIMEDOUT ESOCKETTIMEDOUT ENOTFOUND EAI_AGAIN"
        " EAI_FAIL EHOSTUNREACH ENETUNREACH ENETDOWN EPROTO ERR_SOCKET_TIMEOUT"
        " ERR_STREAM_PREMATURE_CLOSE"
    ),
    NET,
)
WEAK_CODES = _names("ENOENT EEXIST ENOTDIR EPIPE EIO EMFILE ENFILE ELOOP EXDEV ERESOLVE ELIFECYCLE")
_NAMED_CODES |= dict.fromkeys(WEAK_CODES, WEAK)

# Windows system error codes (WinError, HRESULT 0x8007xxxx, and os error / errno = on Windows):
# 32 sharing violation, 33 lock violation, 1224 user-mapped file (a loaded DLL being replaced),
# 5 access denied, 145 directory not empty, 112/39 disk full, 1314 privilege not held.
_WINDOWS_CODES = {32: SHARING, 33: SHARING, 1224: SHARING, 5: ACCESS_WIN, 145: ENOTEMPTY}
_WINDOWS_CODES |= {112: NOSPC, 39: NOSPC, 1314: PRIV, 8: OOM, 14: OOM, 1455: OOM}
_WINDOWS_CODES |= {258: TIMEOUT, 1460: TIMEOUT, 2: WEAK, 3: WEAK, 183: WEAK}
_WINDOWS_CODES |= dict.fromkeys((10053, 10054, 10060, 10061, 10065, 11001, 11002, 11004), NET)
_WINDOWS_CODES |= dict.fromkeys((12002, 12007, 12029), NET)

# POSIX errno (Linux, the macOS values that differ, the Windows C runtime's ENOTEMPTY 41);
# Python's [Errno N] uses these on every platform.
_POSIX_CODES = {1: EPERM, 13: EACCES, 16: EBUSY, 26: TXTBSY, 28: NOSPC, 122: NOSPC}
_POSIX_CODES |= {39: ENOTEMPTY, 66: ENOTEMPTY, 41: ENOTEMPTY, 21: EISDIR, 30: PRIV, 12: OOM}
_POSIX_CODES |= dict.fromkeys((101, 104, 110, 111, 113, 54, 60, 61, -2, -3, 10054, 10060), NET)
_POSIX_CODES |= dict.fromkeys((11001, 2, 5, 17, 20, 24, 32), WEAK)  # 5 EIO, 32 EPIPE
_POSIX_CODES[11001] = NET

# libuv's negative errno as Node prints it (`errno: -4048`); the Windows values are distinct.
_NODE_ERRNO = {-4048: EPERM, -4082: EBUSY, -4092: EACCES, -4051: ENOTEMPTY, -4055: NOSPC}
_NODE_ERRNO |= {-4068: EISDIR, -4058: WEAK, -4094: WEAK}
_NODE_ERRNO |= dict.fromkeys((-4077, -4039, -4078, -3008, -3001), NET)
_NODE_ERRNO |= {-number: cond for number, cond in _POSIX_CODES.items() if 0 < number < 200}

_RUST_KINDS = {"ExecutableFileBusy": TXTBSY, "StorageFull": NOSPC, "ResourceBusy": EBUSY}
_RUST_KINDS |= {"DirectoryNotEmpty": ENOTEMPTY, "IsADirectory": EISDIR, "OutOfMemory": OOM}
_RUST_KINDS |= {"ReadOnlyFilesystem": PRIV, "ConnectionReset": NET, "ConnectionRefused": NET}

# Words, for tools that print no code (Go, .NET, Java) and as support: (anchor, phrases). A
# phrase is looked for only when its anchor is in the line, which keeps a long line cheap.
_PHRASES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("busy", (("text file busy", TXTBSY), ("resource busy", EBUSY))),
    ("executablefilebusy", (("executablefilebusy", TXTBSY),)),
    ("watchers", (("number of file watchers", WATCHERS),)),
    ("another process", (("used by another process", SHARING), ("locked by another", SHARING))),
    ("files open", (("process has files open", SHARING),)),
    ("locked", (("the file is locked by", SHARING), ("locked a portion of the file", SHARING))),
    ("user-mapped", (("user-mapped section", SHARING),)),
    ("violation", (("sharing violation", SHARING), ("sharing_violation", SHARING))),
    ("violation", (("lock violation", SHARING), ("lock_violation", SHARING))),
    ("space", (("no space left", NOSPC), ("not enough space on the disk", NOSPC))),
    ("disk is full", (("disk is full", NOSPC),)),
    ("quota", (("disk quota exceeded", NOSPC),)),
    ("storagefull", (("storagefull", NOSPC),)),
    ("directory", (("is a directory", EISDIR), ("illegal operation on a directory", EISDIR))),
    ("directory", (("directory not empty", ENOTEMPTY),)),
    ("privilege", (("required privilege is not held", PRIV),)),
    ("read-only", (("read-only file system", PRIV),)),
    ("denied", (("access is denied", ACCESS_WIN), ("permission denied", EACCES))),
    ("permitted", (("operation not permitted", EPERM),)),
    ("memory", (("out of memory", OOM), ("outofmemory", OOM), ("memoryerror", OOM))),
    ("memory", (("cannot allocate memory", OOM), ("memory allocation of", OOM))),
    ("memory", (("jvm memory", OOM),)),
    ("heap", (("heap space", OOM),)),
    ("alloc", (("bad_alloc", OOM),)),
    ("thrashing", (("garbage collector thrashing", OOM),)),
    ("overhead", (("gc overhead limit", OOM),)),
    ("kill", (("oom-kill", OOM), ("oom_kill", OOM), ("oomkill", OOM), ("oom kill", OOM))),
    ("kill", (("sigkill", SIGNAL), ("kill -9", SIGNAL))),
    ("network", (("network error", NET), ("network timeout", NET), ("spurious network", NET))),
    ("network", (("network is unreachable", NET),)),
    ("network", (("trouble with your network", NET),)),
    ("connect", (("connection reset", NET), ("connection refused", NET))),
    ("connect", (("connection was reset", NET), ("could not connect", NET))),
    ("actively refused", (("actively refused", NET),)),
    ("connect", (("connection timed out", NET), ("connection aborted", NET))),
    ("connect", (("connection closed", NET), ("connection broken", NET))),
    ("connect", (("connecttimeout", NET),)),
    ("connect", (("newconnectionerror", NET), ("failed to connect", NET))),
    ("curl: (", (("curl: (", NET),)),
    ("socket", (("socket hang up", NET),)),
    ("getaddrinfo", (("getaddrinfo", NET),)),
    ("resol", (("could not resolve host", NET), ("could not resolve proxy", NET))),
    ("resol", (("name resolution", NET), ("temporary failure resolving", NET))),
    ("resol", (("remote name could not be resolved", NET),)),
    ("name or service", (("name or service not known", NET),)),
    ("such host", (("no such host", NET),)),
    ("servname", (("servname", NET),)),
    ("timed out", (("read timed out", NET), ("timed out", TIMEOUT))),
    ("timeout", (("readtimeout", NET), ("timeout was reached", NET), ("i/o timeout", NET))),
    ("timeout", (("client.timeout", NET), ("gateway timeout", NET))),
    ("retries", (("max retries exceeded", NET),)),
    ("download", (("failed to download", NET), ("could not download", NET))),
    ("download", (("unable to download", NET), ("error downloading", NET))),
    ("download", (("download failed", NET), ("downloading failed", NET))),
    ("fetch", (("failed to fetch", NET), ("fetch failed", NET))),
    ("handshake", (("tls handshake", NET),)),
    ("200 response", (("failed to get 200 response", NET),)),
    ("could not", (("could not get 'http", NET), ("could not head 'http", NET))),
    ("exception", (("unknownhostexception", NET), ("sslhandshakeexception", NET))),
    ("exception", (("sockettimeoutexception", NET), ("connectexception", NET))),
    ("gateway", (("bad gateway", NET), ("gateway time-out", NET))),
    ("und_err_", (("und_err_", NET),)),
    ("timing out", (("timing out", TIMEOUT),)),
    ("took ", (("took more than", TIMEOUT), ("took longer than", TIMEOUT))),
    ("execution", (("maximum execution time", TIMEOUT), ("execution expired", TIMEOUT))),
    ("deadline", (("deadline exceeded", TIMEOUT),)),
    ("owner of lock", (("owner of lock", TIMEOUT),)),
    ("sig", (("sigterm", SIGNAL), ("signal: 9", SIGNAL), ("signal 9", SIGNAL))),
    ("sig", (("signal: 15", SIGNAL), ("signal 15", SIGNAL))),
    ("disappeared", (("daemon disappeared", SIGNAL),)),
)
_ACCESS_TO_PATH = re.compile(r"access to the path .{1,600}? is denied")
_KILLED = re.compile(r"(?<![a-z])killed\b")
# "timeout" alone is a setting as often as an error; these say the time ran out.
_TIMED_OUT = re.compile(
    r"timeout(?:error|exception|expired|s? (?:waiting|exceeded|after|reached|expired|of \d)|:)"
    r"|(?:due to|exceeded|hit|reached)(?: the| a)? timeout"
)
_DOWNLOAD_FAILED = re.compile(r"download of .{1,200}? failed|request to \S{1,600} failed")
_EXIT_KILLED = re.compile(r"(?:code|status|errno|error)[:=]? ?1(?:37|43)\b")

_E_CODE = re.compile(r"E[A-Z][A-Z0-9]{1,14}(?:_[A-Z0-9]{1,14}){0,3}\b|ERR_[A-Z_]{3,40}\b")
_WINERROR = re.compile(r"\[WinError (-?\d{1,10})\]")
_PY_ERRNO = re.compile(r"\[Errno (-?\d{1,6})\]")
_OS_ERROR = re.compile(r"\(os error (\d{1,6})\)")
_RUST_OS = re.compile(r"Os \{ code: (\d{1,6}), kind: (\w{1,40})")
_DART_ERRNO = re.compile(r"errno = (\d{1,6})\b")
_JAVA_ERROR = re.compile(r"error=(\d{1,6})\b")
_NODE_ERRNO_NUM = re.compile(r"errno['\"]?\s{0,3}:?\s{0,3}(-\d{1,5})\b")
_HRESULT = re.compile(r"0x8007([0-9A-Fa-f]{4})\b")
_MSBUILD = re.compile(r"MSB(3026|3027|3021|3061|3231)\b")
_MSBUILD_OPS = {"3026": "copy", "3027": "copy", "3021": "copy", "3061": "unlink", "3231": "rmdir"}
_PRISMA = re.compile(r"P[1-4]\d{3}\b")
_LINKER_LOCKED = "lnk1168"  # "cannot open x.exe for writing": the program is still running
# robocopy and other Windows tools: "ERROR 32 (0x00000020) Copying File C:\x\y.dll"
_WINDOWS_TOOL_ERROR = re.compile(
    r"ERROR (\d{1,5}) \(0x[0-9A-Fa-f]{8}\) ([A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,3}?) "
    r"([A-Za-z]:\\[^\n]{1,600}?)\s{0,20}$"
)
_COMPILER = re.compile(  # on the lowered line
    r"error\s{0,3}(?:(ts\d{4,5}|cs\d{4}|fs\d{4}|bc\d{5}|c\d{4}|lnk\d{4})\b|\[(e\d{4})\])"
)
_TOOL_WARNING = re.compile(r"warning\s{1,3}[A-Z]{1,4}\d{3,5}:")  # MSBuild, compilers
_WARNING = re.compile(r"[\s\d:.,\-\[\]TZ>|#]{0,40}(?:npm\s{1,3})?(?:warn(?:ing)?\b|⚠)", re.I)

# --- operations -----------------------------------------------------------------------------

_OP_NAMES: dict[str, str] = {}
for _canon, _words in (
    ("rename", "rename renames replace move mv movefile movefileex replacefile implmove moving"),
    ("rename", "renaming replacing"),
    ("copy", "copy copyfile copy2 copytree cp copying link_or_copy"),
    ("unlink", "unlink unlinkat remove removing delete deleting deletefile impldelete rm del"),
    ("unlink", "deleteifexists rmtree removeall deletion"),
    ("rmdir", "rmdir removedirectory removedirs"),
    ("symlink", "symlink symlink_to"),
    ("open", "open openat createfile creation create"),
    ("exec", "exec execute execve run_program fork/exec"),
):
    _OP_NAMES |= dict.fromkeys(_names(_words), _canon)
_OP_NAMES |= {
    name: name
    for name in _names(
        "write mkdir access utime futime lstat stat scandir readdir opendir chmod chown spawn"
        " getaddrinfo connect read lock watch fsync link download"
    )
}
_OP_NAMES |= {"makedirs": "mkdir", "unlinking": "unlink", "opening": "open"}
_OP_NAMES |= {"create_regular_file": "open", "overwrite": "copy", "overwriting": "copy"}
_OP_NAMES |= {"create_symbolic_link": "symlink", "remove-item": "unlink", "move-item": "rename"}
_OP_NAMES |= {"rename-item": "rename", "copy-item": "copy"}

# Ranks of the evidence for an operation: a syscall the tool printed beats a verb in its prose.
RANK_SYSCALL = 3
RANK_VERB = 2
RANK_GERUND = 1


def canonical_op(word: str) -> str | None:
    """The operation a syscall, API or verb names (``renameSync`` -> ``rename``), or None."""
    low = word.lower().replace(" ", "_")
    if low.endswith("sync") and len(low) > 4:
        low = low[:-4]
    return _OP_NAMES.get(low)


_Q = "[\"'`‘’]"
_NQ = "[^\"'`‘’\\n]"
_ABS = r"(?:[A-Za-z]:[\\/][^\s,;'\"`]{0,600}|/[^\s,;'\"`]{1,600})"
_NODE_MSG = re.compile(
    r"E[A-Z][A-Z0-9_]{2,30}(?::[^,'\n]{0,200})?,\s{0,3}([a-z][A-Za-z]{1,24})\b"
    r"(?:\s{1,3}'([^'\n]{0,600})'(?:\s{0,3}->\s{0,3}'([^'\n]{0,600})')?)?"
)
_NODE_SYSCALL = re.compile(
    r"(spawn|getaddrinfo|connect|read|write|open|listen)\s{1,3}(?:(\S{1,600})\s{1,3})?"
    r"E[A-Z][A-Z0-9_]{2,30}\b"
)
_NODE_SYSCALL_WORDS = ("spawn ", "getaddrinfo ", "connect ", "read ", "write ", "open ", "listen ")
# The shape Node and Deno share: "..., rename 'a' -> 'b'" / "(os error 32): remove 'a'".
_SYSCALL_QUOTED = re.compile(
    r"[,:]\s{1,3}(rename|unlink|remove|open|copyfile|copy|mkdir|symlink|link|rmdir|lstat|stat"
    r"|scandir|readdir|utime|chmod|access)\s{1,3}'([^'\n]{1,600})'"
    r"(?:\s{0,3}->\s{0,3}'([^'\n]{1,600})')?"
)
_PY_QUOTED = r"(?:'([^'\n]{1,600})'|\"([^\"\n]{1,600})\")"
_PY_PATHS = re.compile(
    r"\[(?:WinError|Errno) -?\d{1,10}\][^\n]{0,400}?:\s{0,3}"
    + _PY_QUOTED
    + r"(?:\s{0,3}->\s{0,3}"
    + _PY_QUOTED
    + ")?"
)
_PY_EXCEPTION = re.compile(r"(?:[Ee]rror|Exception):\s{0,3}\[(?:WinError|Errno) ")
_PY_CALL = re.compile(
    r"(?:os|shutil)\.(replace|renames|rename|remove|unlink|rmdir|removedirs|rmtree|move|copy2"
    r"|copyfile|copytree|copy|link|symlink|mkdir|makedirs|chmod|utime)\("
)
_PY_METHOD = re.compile(r"\.(unlink|rmdir|symlink_to)\(")
_FRAME = re.compile(r"\s{0,40}at\s{1,3}(?:async\s{1,3})?([\w$.<>/]{1,200})\s{0,3}\(")
_DART = re.compile(
    r"(?:Cannot|Failed to)\s{1,3}(delete|rename|copy|open|create|move|remove)\b[^,'\n]{0,60}?"
    r"(?:\s{1,3}to\s{1,3}'([^'\n]{1,600})')?,\s{0,3}path\s{0,3}=\s{0,3}'([^'\n]{1,600})'"
)
_DART_FAILED = re.compile(r"(Deletion|Rename|Copy|Creation) failed,\s{0,3}path = '([^'\n]{1,600})'")
_GO_PATH = r"([^\s:'\"]{1,600}(?::[\\/][^\s:'\"]{0,600})?)"
_GO = re.compile(
    r"(?:(open|remove|unlinkat|unlink|rmdir|mkdir|chmod|chtimes|lstat|stat|write|read|readdir"
    r"|openat|truncate|CreateFile|DeleteFile|RemoveDirectory|RemoveAll|fork/exec)\s{1,3}"
    + _GO_PATH
    + r"|(rename|link|symlink|MoveFileEx)\s{1,3}"
    + _GO_PATH
    + r"\s{1,3}"
    + _GO_PATH
    + r"):\s{1,3}\S"
)
_GO_WORDS = (
    "unlink",
    "read",
    *(
        f"{word} "
        for word in _names(
            "open remove rmdir mkdir chmod stat rename link write truncate chtimes createfile"
            " deletefile movefileex removedirectory removeall fork/exec"
        )
    ),
)
_VERB = (
    r"(remov(?:e|ing)|delet(?:e|ing)|unlink(?:ing)?|renam(?:e|ing)|mov(?:e|ing)|replac(?:e|ing)"
    r"|link or copy|cop(?:y|ying)|overwrit(?:e|ing)|create regular file|create symbolic link"
    r"|open(?:ing)?)"
)
_VERB_LEADS = ("cannot", "can't", "could not", "couldn't", "unable to", "failed to", "error")
_VERB_TAIL = re.compile(
    r"(?:\s{1,3}while)?\s{1,3}" + _VERB + r"\b(?:"
    r"(?:\s{1,3}[\w-]{1,20}){0,3}?(?:\s{1,3}from)?"  # "rename component file from 'a' to 'b'"
    rf"(?:\s{{0,3}}{_Q}({_NQ}{{1,600}}){_Q}|\s{{1,3}}({_ABS}))"
    rf"(?:\s{{1,3}}(?:to|into|->)\s{{1,3}}(?:{_Q}({_NQ}{{1,600}}){_Q}|({_ABS})))?"
    r")?",
    re.I,
)
_GERUNDS = ("removing", "deleting", "renaming", "moving", "replacing", "copying")
_MOVE_INTO = re.compile(
    r"(moving|copying|renaming)\b[^`\"'\n]{0,80}?[`\"']{1,2}([^`\"'\n]{1,600})[`\"']{1,2}"
    r"\s{1,3}(?:in)?to\b[^`\"'\n]{0,80}?[`\"']{1,2}([^`\"'\n]{1,600})[`\"']{1,2}",
    re.I,
)
_GERUND_PATH = re.compile(
    r"(copying|moving|removing|deleting|renaming)\s{1,3}(?:file\s{1,3})?"
    r"([^\s:'\"]{1,600}(?::[\\/][^\s:'\"]{0,600})?):\s",
    re.I,
)
_CAPITALS = ("Remove ", "Rename ", "Delete ", "Move ", "Copy ", "Unlink ", "Open ")
_CAPITAL_OP = re.compile(r"(Remove|Rename|Delete|Move|Copy|Unlink|Open)\s{1,3}(" + _ABS + ")")
_DOTNET = re.compile(
    r"the process cannot access the file\s{1,3}'([^'\n]{1,600})'"
    r"|access to the path\s{1,3}'([^'\n]{1,600})'\s{1,3}is denied",
    re.I,
)
_JAVA_FS = re.compile(
    r"(FileSystemException|AccessDeniedException|DirectoryNotEmptyException):\s{1,3}"
    r"([A-Za-z]:[\\/][^\n:]{0,600}|/[^\n:]{1,600}|[^\s:]{1,600})"
    r"(?:\s{1,3}->\s{1,3}([A-Za-z]:[\\/][^\n:]{0,600}|/[^\n:]{1,600}|[^\s:]{1,600}))?(?::\s|$)"
)
_SPAWN = re.compile(
    r"(spawn|run program)\b[\s:]{0,3}"
    r"(?:[\"'`]([^\"'`\n]{1,600})[\"'`]|([/.~][^\s:'\"]{0,600}|[A-Za-z]:[\\/][^\s:'\"]{0,600}))?"
)
_SHELL = re.compile(
    r"\s{0,20}(?:[\w/.-]{0,200}sh|bash|zsh):\s{1,3}(?:\d{1,6}:\s{1,3}|line \d{1,6}:\s{1,3})?"
    r"([^:\n]{1,600}):\s{1,3}[^:\n]{1,200}$"
)
_LOCK_WAIT = ("waiting to lock", "owner of lock", "wait for lock", "waiting for lock")
_LOCK_FILE = re.compile(r"lock file:\s{0,3}(\S[^\n]{0,600}?)\s{0,20}$", re.I)
_URL = re.compile(r"https?://[^\s'\"`<>)\]]{1,600}")
_REQUEST = re.compile(r"request to\s{1,3}(https?://\S{1,600}?)\s{1,3}failed", re.I)
_PY_HOST = re.compile(r"ConnectionPool\(host='([^'\n]{1,300})'")
_SCHEMA_FROM = re.compile(r"schema loaded from\s{1,3}(\S{1,600})", re.I)
_KV_KEYS = ("code", "syscall", "path", "dest", "errno")
_KV_VALUE = re.compile(
    r"[\"']?\s{0,3}:\s{0,3}(?:'([^'\n]{0,600})'|\"([^\"\n]{0,600})\"|(-?\d{1,6}|[A-Z][A-Z0-9_]{2,40}))"
)
_KV_NPM = re.compile(
    r"npm\s{1,3}(?:ERR!|error)\s{1,3}(code|syscall|path|dest|errno)\s{1,3}(\S[^\n]{0,600}?)\s{0,20}$"
)
_RECURSIVE_DELETE = ("npm err", "npm error", "rimraf", "rmdir", "rmtree", "rm -r", "remove-item")
_DELETE_WORDS = ("rimraf", "rmdir", "rmtree", "rm -r", "rmsync", "remove", "delet", "clean")
_DRIVE = re.compile(r"[A-Za-z]:[\\/]")
_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_BACKSLASHES = re.compile(r"\\+")
_DOUBLED = re.compile(r"\\{2,}")


@dataclass
class LineFacts:
    """Everything one line says. ``conds`` holds (condition, code as printed or None)."""

    conds: list[tuple[str, str | None]] = field(default_factory=list)
    ops: list[tuple[int, str]] = field(default_factory=list)
    paths: list[tuple[int, str]] = field(default_factory=list)  # (position in line, path)
    carried_paths: bool = False  # paths tied to an operation, worth borrowing from a neighbour
    kv_paths: list[str] = field(default_factory=list)  # `path:` / `dest:` of an error object
    urls: list[str] = field(default_factory=list)  # URLs and hosts, which count for network errors
    flags: set[str] = field(default_factory=set)

    @property
    def cond(self) -> str | None:
        """The condition that decides this line (see `PRECEDENCE`)."""
        present = {cond for cond, _ in self.conds}
        for cond in PRECEDENCE:
            if cond in present:
                return cond
        return None

    def printed(self, cond: str) -> str | None:
        """The first code printed for ``cond``."""
        for other, printed in self.conds:
            if other == cond and printed is not None:
                return printed
        return None

    def any_printed(self) -> str | None:
        """The first code printed for a condition other than a tool's own diagnostic."""
        return next((p for cond, p in self.conds if p is not None and cond != DIAG), None)

    def best_op(self) -> tuple[int, str] | None:
        return max(self.ops, key=lambda item: item[0]) if self.ops else None

    def path_list(self) -> list[str]:
        """Paths in the order the line gives them, without repeats."""
        seen: list[str] = []
        for _, path in sorted(self.paths, key=lambda item: item[0]):
            if path and path not in seen:
                seen.append(path)
        return seen


def is_windows_path(path: str) -> bool:
    return bool(_DRIVE.match(path)) or "\\" in path


def is_posix_path(path: str) -> bool:
    return path.startswith(("/", "~/")) and not path.startswith("//")


def clean_path(raw: str) -> str:
    """A path as a person would write it: quotes and trailing punctuation gone, escaping undone.

    Backslashes doubled by one or more rounds of escaping (a Python repr inside JSON doubles
    them twice) are halved while every run of them is even, which keeps a UNC ``\\\\server``
    intact; runs left over in a path that mixes single and doubled separators are collapsed.
    """
    path = raw.strip().strip("'\"`‘’").strip()
    path = path.rstrip(",;:]}*'\"`’").lstrip("([{*")
    for _ in range(2):  # "(C:\x\y)." : a sentence's full stop, a closing parenthesis
        if path.endswith(".") and not path.endswith(".."):
            path = path[:-1]
        if path.endswith(")") and path.count("(") < path.count(")"):
            path = path[:-1]
    if "\\\\" in path:
        runs = _BACKSLASHES.findall(path)
        while runs and all(len(run) % 2 == 0 for run in runs):
            path = path.replace("\\\\", "\\")
            runs = _BACKSLASHES.findall(path)
        unc = path.startswith("\\\\") and not path.startswith("\\\\\\")
        body = _DOUBLED.sub(r"\\", path[2:] if unc else path)
        path = ("\\\\" if unc else "") + body
    return path


def _first(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return islice(pattern.finditer(text), _MAX_MATCHES)


def _word_start(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


def _ambiguous_code(number: int, low: str) -> str:
    """A number that means one thing on Windows and another on POSIX (``os error 32``)."""
    windows = _WINDOWS_CODES.get(number)
    posix = _POSIX_CODES.get(number)
    if windows is None or posix is None or windows == posix:
        return windows or posix or WEAK
    if "broken pipe" in low or "input/output" in low:
        return posix
    if not low.isascii() or "used by another" in low or "access is denied" in low or "\\" in low:
        return windows
    return windows if number in (5, 32, 33) else posix


def _add_op(facts: LineFacts, rank: int, word: str | None) -> None:
    if word:
        op = canonical_op(word)
        if op is not None:
            facts.ops.append((rank, op))


def _add_paths(
    facts: LineFacts, match: re.Match[str], groups: tuple[int, ...], ordered: bool = False
) -> None:
    """Paths from ``groups`` of ``match``; ``ordered`` keeps the order of ``groups`` (source
    first) where the message names the destination first (Dart's ``rename file to 'b', path =
    'a'``)."""
    for index, group in enumerate(groups):
        value = match.group(group)
        if value and value.strip():
            where = match.start() + index if ordered else match.start(group)
            facts.paths.append((where, clean_path(value)))
            facts.carried_paths = True


def _scan_codes(line: str, low: str, facts: LineFacts) -> None:
    conds = facts.conds
    for match in _first(_E_CODE, line):
        cond = _NAMED_CODES.get(match.group(0))
        if cond is not None and _word_start(line, match.start()):
            conds.append((cond, match.group(0)))
    if "[winerror" in low:
        for match in _first(_WINERROR, line):
            number = int(match.group(1))
            conds.append((_WINDOWS_CODES.get(number, WEAK), f"WinError {number}"))
            facts.flags.add("windows")
    if "errno" in low:
        for match in _first(_PY_ERRNO, line):
            number = int(match.group(1))
            conds.append((_POSIX_CODES.get(number, WEAK), f"Errno {number}"))
        for match in _first(_DART_ERRNO, line):
            number = int(match.group(1))
            conds.append((_ambiguous_code(number, low), f"errno = {number}"))
        for match in _first(_NODE_ERRNO_NUM, line):
            number = int(match.group(1))
            facts.flags.add("windows" if number <= -3000 else "posix")
            if number in _NODE_ERRNO:
                conds.append((_NODE_ERRNO[number], None))
    if "(os error" in low:
        for match in _first(_OS_ERROR, line):
            number = int(match.group(1))
            conds.append((_ambiguous_code(number, low), f"os error {number}"))
    if "os { code" in low:
        for match in _first(_RUST_OS, line):
            number = int(match.group(1))
            cond = _RUST_KINDS.get(match.group(2)) or _ambiguous_code(number, low)
            conds.append((cond, f"os error {number}"))
    if "error=" in low:
        for match in _first(_JAVA_ERROR, line):
            number = int(match.group(1))
            conds.append((_ambiguous_code(number, low), f"error={number}"))
    if "0x8007" in low:
        for match in _first(_HRESULT, line):
            conds.append((_WINDOWS_CODES.get(int(match.group(1), 16), WEAK), match.group(0)))
    if "MSB3" in line:
        for match in _first(_MSBUILD, line):
            conds.append((SHARING, match.group(0)))
            _add_op(facts, RANK_SYSCALL, _MSBUILD_OPS[match.group(1)])
    if _LINKER_LOCKED in low:
        conds.append((SHARING, "LNK1168"))
        facts.ops.append((RANK_VERB, "open"))
    if "error" in low and "(0x" in low:
        for match in _first(_WINDOWS_TOOL_ERROR, line):
            conds.append((_WINDOWS_CODES.get(int(match.group(1)), WEAK), f"ERROR {match.group(1)}"))
            _add_op(facts, RANK_VERB, match.group(2).split()[0])
            _add_paths(facts, match, (3,))
    if "error" in low:
        for match in _first(_COMPILER, low):
            group = 1 if match.group(1) else 2
            conds.append((DIAG, line[match.start(group) : match.end(group)].upper()))
        for match in _first(_PRISMA, line):
            if _word_start(line, match.start()):
                conds.append((DIAG, match.group(0)))
    for anchor, phrases in _PHRASES:
        if anchor in low:
            conds.extend((cond, None) for phrase, cond in phrases if phrase in low)
    if "access to the path" in low and _ACCESS_TO_PATH.search(low):
        conds.append((ACCESS_WIN, None))
    if (" of " in low or "request to" in low) and _DOWNLOAD_FAILED.search(low):
        conds.append((NET, None))
    if ("137" in low or "143" in low) and _EXIT_KILLED.search(low):
        conds.append((SIGNAL, None))
    if "killed" in low and _KILLED.search(low):
        conds.append((SIGNAL, None))
    if "timeout" in low and _TIMED_OUT.search(low):
        conds.append((TIMEOUT, None))
    if low.strip() == "terminated":
        conds.append((SIGNAL, None))


def _scan_operations(line: str, low: str, facts: LineFacts) -> None:
    coded = bool(facts.conds)
    if "," in line and coded:
        for match in _first(_NODE_MSG, line):
            if canonical_op(match.group(1)) and _word_start(line, match.start()):
                _add_op(facts, RANK_SYSCALL, match.group(1))
                _add_paths(facts, match, (2, 3))
    if coded and any(word in low for word in _NODE_SYSCALL_WORDS):
        for match in _first(_NODE_SYSCALL, line):
            _add_op(facts, RANK_SYSCALL, match.group(1))
            if match.group(1) == "spawn":
                _add_paths(facts, match, (2,))
    if "[winerror" in low or "[errno" in low:
        if _PY_EXCEPTION.search(line):
            facts.flags.add("python_exc")
        for match in _first(_PY_PATHS, line):
            _add_paths(facts, match, (1, 2, 3, 4))
            if match.group(3) or match.group(4):
                facts.flags.add("python_arrow")
    if "could not install packages due to an" in low:
        facts.flags.add("installer")
    if "os." in line or "shutil." in line:
        for match in _first(_PY_CALL, line):
            _add_op(facts, RANK_SYSCALL, match.group(1))
    if "(" in line:
        if ".unlink(" in line or ".rmdir(" in line or ".symlink_to(" in line:
            for match in _first(_PY_METHOD, line):
                _add_op(facts, RANK_SYSCALL, match.group(1))
        if "open(" in line:
            _add_op(facts, RANK_VERB, "open")
        frame = _FRAME.match(line) if "at " in line else None
        if frame:
            _add_op(facts, RANK_SYSCALL, frame.group(1).rsplit(".", 1)[-1])
    if "_execute_child" in line or "cannot run program" in low:
        _add_op(facts, RANK_VERB, "exec")
    if "path =" in low:
        for match in _first(_DART, line):
            _add_op(facts, RANK_SYSCALL, match.group(1))
            _add_paths(facts, match, (3, 2), ordered=True)
        for match in _first(_DART_FAILED, line):
            _add_op(facts, RANK_SYSCALL, match.group(1))
            _add_paths(facts, match, (2,))
    worded = any(printed is None for _, printed in facts.conds)
    if ": " in line and worded and any(word in low for word in _GO_WORDS):
        for match in _first(_GO, line):
            if _word_start(line, match.start()):
                _add_op(facts, RANK_SYSCALL, match.group(1) or match.group(3))
                _add_paths(facts, match, (2, 4, 5))
    if "sh:" in low and any(cond in (TXTBSY, EACCES, EPERM) for cond, _ in facts.conds):
        shell = _SHELL.match(line)
        if shell:
            _add_op(facts, RANK_VERB, "exec")
            _add_paths(facts, shell, (1,))
    _scan_verbs(line, low, facts)


def _scan_verbs(line: str, low: str, facts: LineFacts) -> None:
    if "-item" in low:
        for verb in ("remove-item", "move-item", "rename-item", "copy-item"):
            if verb in low:
                _add_op(facts, RANK_VERB, verb)
    if facts.conds and "'" in line:
        for match in _first(_SYSCALL_QUOTED, line):
            _add_op(facts, RANK_SYSCALL, match.group(1))
            _add_paths(facts, match, (2, 3))
    for lead in _VERB_LEADS:
        start = 0
        for _ in range(_MAX_MATCHES):
            at = low.find(lead, start)
            if at < 0:
                break
            start = at + len(lead)
            tail = _VERB_TAIL.match(line, start)
            if tail and _word_start(low, at):
                _add_op(facts, RANK_VERB, tail.group(1))
                _add_paths(facts, tail, (2, 3, 4, 5))
    if any(gerund in low for gerund in _GERUNDS):
        for gerund in _GERUNDS:
            if gerund in low:
                _add_op(facts, RANK_GERUND, gerund)
        if ": " in line:
            for match in _first(_GERUND_PATH, line):
                _add_op(facts, RANK_GERUND, match.group(1))
                _add_paths(facts, match, (2,))
        if "to" in low:
            for match in _first(_MOVE_INTO, line):
                _add_op(facts, RANK_VERB, match.group(1))
                _add_paths(facts, match, (2, 3))
    if any(word in line for word in _CAPITALS):
        for match in _first(_CAPITAL_OP, line):
            if _word_start(line, match.start()):
                _add_op(facts, RANK_VERB, match.group(1))
                _add_paths(facts, match, (2,))
    if "the file" in low or "the path" in low:
        for match in _first(_DOTNET, line):
            _add_paths(facts, match, (1, 2))
    if "Exception:" in line:
        for match in _first(_JAVA_FS, line):
            _add_paths(facts, match, (2, 3))
            if match.group(3):  # Java names both paths of a move: "a -> b"
                _add_op(facts, RANK_VERB, "move")
            if match.group(1) == "DirectoryNotEmptyException":
                facts.conds.append((ENOTEMPTY, None))
            elif match.group(1) == "AccessDeniedException":
                windows = is_windows_path(match.group(2))
                facts.conds.append((ACCESS_WIN if windows else EACCES, None))
    if "spawn" in low or "run program" in low:
        for match in _first(_SPAWN, line):
            _add_op(facts, RANK_VERB, match.group(1))
            _add_paths(facts, match, (2, 3))
    if "lock" in low:
        if any(wait in low for wait in _LOCK_WAIT):
            facts.ops.append((RANK_VERB, "lock"))
        if "lock file:" in low:
            for match in _first(_LOCK_FILE, line):
                _add_paths(facts, match, (1,))
    if "schema loaded from" in low:
        for match in _first(_SCHEMA_FROM, line):
            _add_paths(facts, match, (1,))


def _scan_network(line: str, low: str, facts: LineFacts) -> None:
    if "http" in low:
        request = _REQUEST.search(line) if "request to" in low else None
        if request:
            facts.ops.append((RANK_VERB, "download"))
            facts.urls.append(request.group(1))
        else:
            facts.urls.extend(clean_path(match.group(0)) for match in _first(_URL, line))
        if "ConnectionPool(host=" in line:
            for match in _first(_PY_HOST, line):
                facts.urls.append(match.group(1))
                facts.ops.append((RANK_GERUND, "download"))
    if ("download" in low or "failed to get 200" in low) and (
        not facts.conds or any(cond == NET for cond, _ in facts.conds)
    ):
        facts.ops.append((RANK_VERB if "fail" in low else RANK_GERUND, "download"))


def _scan_kv(line: str, low: str, facts: LineFacts) -> None:
    pairs: list[tuple[str, str]] = []
    if "npm err" in low or "npm error" in low:
        pairs.extend((m.group(1), m.group(2)) for m in _first(_KV_NPM, line))
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
            _add_op(facts, RANK_SYSCALL, value.strip())
        elif key in ("path", "dest") and value.strip():
            facts.kv_paths.append(clean_path(value))
        elif (
            key == "code"
            and value in _NAMED_CODES
            and (_NAMED_CODES[value], value) not in facts.conds
        ):
            facts.conds.append((_NAMED_CODES[value], value))
    if pairs:
        facts.flags.add("kv")


def scan_line(line: str) -> LineFacts:
    """The facts of one line (at most `MAX_LINE` characters; the caller cuts longer ones)."""
    facts = LineFacts()
    low = line.lower()
    if len(low) != len(line):  # a few letters lengthen when lowered; positions must agree
        low = line.translate(_ASCII_LOWER)
    _scan_codes(line, low, facts)
    _scan_operations(line, low, facts)
    _scan_network(line, low, facts)
    _scan_kv(line, low, facts)
    if ("warn" in low or "⚠" in line) and (_WARNING.match(line) or _TOOL_WARNING.search(line)):
        facts.flags.add("warning")
    drive = (":/" in line or ":\\" in line) and _DRIVE.search(line)
    if "winerror" in low or "windows_nt" in low or "\\" in low or drive:
        facts.flags.add("windows")
    if any(mark in low for mark in _RECURSIVE_DELETE):
        facts.flags.add("recursive_delete")
    if any(word in low for word in _DELETE_WORDS):
        facts.flags.add("deleting")
    return facts


_PAREN_PATH = re.compile(r"\(([A-Za-z]:[\\/][^()\n]{0,600}|/[^()\n]{1,600})\)")
_BARE_PATH = re.compile(r"(?<![\w:/.\\])(/[\w.@+~-]{1,200}(?:/[\w.@+~-]{1,200}){0,40}/?)")
_BARE_WIN_PATH = re.compile(r"(?<![\w])([A-Za-z]:\\[^\s'\"`,;()<>|*?]{1,600})")
_COMPILER_PATH = re.compile(
    r"\s{0,20}([^\s:()]{1,600}?)(?::\d{1,7}:\d{1,7}\s{1,3}-\s{1,3}|\(\d{1,7},\d{1,7}\):\s{1,3})error"
)
_LINE_NUMBER = re.compile(r":\d{1,7}(?::\d{1,7})?$")


def generic_paths(line: str, cond: str | None) -> list[str]:
    """Paths in a line that ties none to an operation: a compiler's file, a path in parentheses,
    or bare absolute paths (used only for the deciding line, never borrowed)."""
    if cond == DIAG:
        match = _COMPILER_PATH.match(line)
        return [clean_path(match.group(1))] if match else []
    found = [clean_path(m.group(1)) for m in _first(_PAREN_PATH, line)]
    if not found:
        found = [clean_path(m.group(1)) for m in _first(_BARE_WIN_PATH, line)]
        found += [clean_path(m.group(1)) for m in _first(_BARE_PATH, line)]
    return [path for path in found if path and not _LINE_NUMBER.search(path)][:2]


def drive_at(text: str, pos: int) -> bool:
    """Whether a drive letter path (``C:\\`` or ``C:/``) starts at ``pos``."""
    return (
        text[pos : pos + 1].isalpha()
        and text[pos + 1 : pos + 3] in (":\\", ":/")
        and (pos == 0 or not text[pos - 1].isalnum())
    )
