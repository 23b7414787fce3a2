"""Which error condition a line reports: named codes, the numbers of each platform, words.

Numeric codes are read before words: Windows prints its messages in the user's language
("另一个程序正在使用此文件" is WinError 32), but the number is always there. A number that means one
thing on Windows and another on POSIX (``os error 32``) is read by what else the line says.
MSBuild's and robocopy's codes name the operation as well, which is recorded with them.
"""

from __future__ import annotations

import re

from .facts import (
    ACCESS_WIN,
    DIAG,
    EACCES,
    EBUSY,
    EISDIR,
    ENOTEMPTY,
    EPERM,
    LOCK_WAIT,
    NET,
    NOSPC,
    OOM,
    PRIV,
    RANK_SYSCALL,
    RANK_VERB,
    SHARING,
    SIGNAL,
    TIMEOUT,
    TXTBSY,
    WATCHERS,
    WEAK,
    LineFacts,
    first_matches,
    word_start,
)
from .operations import add_op, add_paths

NAMED_CODES = {"EPERM": EPERM, "EACCES": EACCES, "EBUSY": EBUSY, "ENOTEMPTY": ENOTEMPTY}
NAMED_CODES |= {"ETXTBSY": TXTBSY, "ENOSPC": NOSPC, "EDQUOT": NOSPC, "EISDIR": EISDIR}
NAMED_CODES |= {"EROFS": PRIV, "ENOMEM": OOM}
NAMED_CODES |= dict.fromkeys(
    str.split(
        "ECONNRESET ECONNREFUSED ECONNABORTED ETIMEDOUT ESOCKETTIMEDOUT ENOTFOUND EAI_AGAIN"
        " EAI_FAIL EHOSTUNREACH ENETUNREACH ENETDOWN EPROTO ERR_SOCKET_TIMEOUT"
        " ERR_STREAM_PREMATURE_CLOSE"
    ),
    NET,
)
WEAK_CODES = str.split(
    "ENOENT EEXIST ENOTDIR EPIPE EIO EMFILE ENFILE ELOOP EXDEV ERESOLVE ELIFECYCLE"
)
NAMED_CODES |= dict.fromkeys(WEAK_CODES, WEAK)

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
    ("inotify", (("inotify watch limit", WATCHERS), ("inotify_add_watch", WATCHERS))),
    ("nsurlerrordomain", (("nsurlerrordomain", NET),)),  # Apple's URL loading system
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
    ("socket", (("socket hang up", NET), ("socket connection timeout", NET))),
    ("socket", (("socket error", NET), ("socketexception", NET), ("failedtoopensocket", NET))),
    ("connect", (("connection failed", NET), ("connectionrefused", NET))),
    ("connreset", (("connresetexception", NET),)),  # Node's "Error: aborted" frame
    (
        "status code 50",
        (("status code 502", NET), ("status code 503", NET), ("status code 504", NET)),
    ),
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
    ("timely fashion", (("in a timely fashion", TIMEOUT),)),
    ("shutdown signal", (("received a shutdown signal", SIGNAL),)),  # a CI runner stopping
    ("canceled", (("the operation was canceled", SIGNAL),)),
    ("temporary error", (("temporary error (try again later)", NET),)),  # apk
    ("service index", (("unable to load the service index", NET),)),  # NuGet
    ("ssl/tls", (("ssl/tls", NET),)),  # .NET's secure channel, in any language
    ("incompleteread", (("incompleteread", NET),)),  # urllib3: the download broke off
    ("hash mismatch", (("download hash mismatch", NET),)),  # CMake: a partial download
    ("exclusive access", (("waiting for exclusive access", LOCK_WAIT),)),  # the Gradle wrapper
    ("not owner", (("not owner", EPERM),)),  # strerror(EPERM) on some systems
    ("sharing violation on path", (("sharing violation on path", SHARING),)),  # Mono
    ("signal terminated", (("signal terminated program", SIGNAL),)),  # gcc, in any language
    ("waiting for file lock", (("blocking waiting for file lock", LOCK_WAIT),)),  # cargo
    ("client lock", (("holds the client lock", LOCK_WAIT),)),  # Bazel
    ("waiting for it to complete", (("waiting for it to complete", LOCK_WAIT),)),  # Bazel
)
# Network failures in the words of tools no list names: a connection that could not be made or
# broke, a socket or TLS error, a fetch over curl/RPC that failed, a server that was not there.
_CONNECTION_FAILED = re.compile(
    r"(?:failed to|could not|couldn't|unable to|cannot|can't)\s(?:connect|reach|establish)\b"
    r"|\bconnect(?:ion)?\s(?:timed out|failed|error|refused|reset|closed|aborted|lost)"
    r"|\bcurl\s(?:error\s)?\(?\d{1,2}\)?\s|\brpc failed\b"
    r"|\bsocket\s(?:error|exception|closed|timeout)"
    r"|\b(?:ssl|tls)\s(?:error|handshake)|\bremote end closed|\bserver unavailable"
    r"|\bservice unavailable\b|\bproxy error\b|\btransport is closing\b"
    r"|\bserver\b[\w ]{0,60}? is unavailable\b|\bcould not transfer artifact\b"
    r"|\b(?:get|post|put|head) request (?:of|to|for)\b[^\n]{0,300}? failed\b"
    r"|\b(?:http|https) request\b[^\n]{0,300}? timed out\b"
    r"|\bunable to access '?https?://"  # git over HTTP
)
# Windows' messages for a held file and for access denied, in the languages its users run it
# in, for tools that print no code with them (Go, Java): the code-less form of 32 and 5.
_LOCALIZED = (
    ("von einem anderen prozess verwendet", SHARING),
    ("utilisé par un autre processus", SHARING),
    ("siendo utilizado por otro proceso", SHARING),
    ("sendo usado por outro processo", SHARING),
    ("utilizzato da un altro processo", SHARING),
    ("przez inny proces", SHARING),
    ("занят другим процессом", SHARING),
    ("另一个程序正在使用此文件", SHARING),
    ("別のプロセスが使用中", SHARING),
    ("다른 프로세스에서 사용 중", SHARING),
    ("accès refusé", ACCESS_WIN),
    ("zugriff verweigert", ACCESS_WIN),
    ("acceso denegado", ACCESS_WIN),
    ("acesso negado", ACCESS_WIN),
    ("accesso negato", ACCESS_WIN),
    ("odmowa dostępu", ACCESS_WIN),
    ("отказано в доступе", ACCESS_WIN),
    ("拒绝访问", ACCESS_WIN),
    ("アクセスが拒否されました", ACCESS_WIN),
    ("액세스가 거부되었습니다", ACCESS_WIN),
)
# A crash, not a kill: "Plugin killed by signal 6" is an abort, signal 11 a segfault.
_CRASH_SIGNAL = re.compile(r"signal:? (?:6|11)\b|\bsig(?:abrt|segv)\b")
# A move or delete that failed with no reason printed, of a Windows path: there, nearly always a
# file another process holds (Gradle's "Unable to delete file: F:\\x", "Could not move ...").
_UNEXPLAINED = re.compile(r"(?:could not|unable to|failed to) (?:move|rename|delete|remove)\b")
_WIN_DRIVE = re.compile(r"(?<![\w])[A-Za-z]:\\")
# A fetch in a tool's own words: "Failed to load schema from http://x", "could not get x from https://"
_FETCH_FROM = re.compile(
    r"(?:failed to|could not|couldn't|unable to|cannot) (?:load|fetch|get|download|retrieve|read)"
    r"\b[^\n]{0,120}? from ['\"]?https?://"
)
# Zig's error names, printed after the message: "... into local cache ('x'): AccessDenied"
_ZIG_ERROR = re.compile(
    r": (AccessDenied|SharingViolation|FileBusy|NoSpaceLeft|PathAlreadyExists|FileNotFound"
    r"|NotDir|IsDir|DirNotEmpty)\s{0,5}$"
)
_ZIG_CODES = {"AccessDenied": ACCESS_WIN, "SharingViolation": SHARING, "FileBusy": TXTBSY}
_ZIG_CODES |= {"NoSpaceLeft": NOSPC, "DirNotEmpty": ENOTEMPTY, "IsDir": EISDIR}
_ZIG_NAMES = (*_ZIG_CODES, "PathAlreadyExists", "FileNotFound", "NotDir")
# Bazel's test summary: "//pkg:test   TIMEOUT in 300.0s".
_TIMEOUT_WORD = re.compile(r"\bTIMEOUT in \d")
# git for Windows, when another process holds a file: "Unlink of file 'x' failed. Should I try
# again? (y/n)"; also "Deletion of directory 'x'" and "Rename from 'a' to 'b'".
_GIT_RETRY = re.compile(
    r"(Unlink of file|Deletion of directory|Rename from) '([^'\n]{1,600})'"
    r"(?: to '([^'\n]{1,600})')? failed\. Should I try again"
)
_GIT_RETRY_OPS = {"Unlink of file": "unlink", "Deletion of directory": "rmdir"}
# A host name that could not be resolved: the failing step is the DNS lookup.
_DNS_WORDS = (
    "getaddrinfo",
    "enotfound",
    "eai_again",
    "could not resolve host",
    "no such host",
    "name resolution",
    "name or service not known",
    "temporary failure resolving",
    "remote name could not be resolved",
    "nodename nor servname",
    "errno 11001",
    "errno 11004",
    "unknownhostexception",
    "failed to lookup address",
)
_GO_LOOKUP = re.compile(r"dial tcp: lookup \S{1,300} on ")
# A tool saying it waits for a lock another process holds (vcpkg, sbt, flutter, SwiftPM, filelock).
_WAITING_FOR_LOCK = re.compile(
    r"waiting (?:to (?:take|acquire|obtain)\b|for (?:the |a |an |another )?[\w -]{0,60}?locks?\b"
    r"|until (?:that|the other) process"
    r"|for (?:the )?(?:other|another) [\w -]{0,40}?"
    r"(?:instance|process|installation|command|build)\b)"
    r"|attempting to acquire lock\b|has already locked\b"
    r"|(?:trying|attempting|waiting) to acquire (?:a |an |the )?(?:[\w-]{1,30} ){0,2}lock\b"
    r"|lock\b[^\n]{0,200}? not be (?:obtained|acquired)\b"
    r"|(?:could not|unable to|failed to) (?:obtain|acquire|take) (?:the |a )?"
    r"(?:[\w-]{1,30} ){0,2}lock\b"
)
_ACCESS_TO_PATH = re.compile(r"access to the path ['\"]?(.{1,600}?)['\"]? is denied")
_KILLED = re.compile(r"(?<![a-z])killed\b")
# "timeout" alone is a setting as often as an error; these say the time ran out.
_TIMED_OUT = re.compile(
    r"timeout(?:error|exception|expired|s? (?:waiting|exceeded|after|reached|expired|of \d)|:)"
    r"|(?:due to|exceeded|hit|reached)(?: the| a)? timeout"
)
_DOWNLOAD_FAILED = re.compile(r"download of .{1,200}? failed|request to \S{1,600} failed")
_EXIT_KILLED = re.compile(
    r"(?:code|status|errno|error|exited with|exit value|\bexit)[:=]? ?1(?:37|43)\b"
    r"|exitfailure \(-(?:9|15)\)"  # Haskell's stack: the process got SIGKILL/SIGTERM
)

_E_CODE = re.compile(r"E[A-Z][A-Z0-9]{1,14}(?:_[A-Z0-9]{1,14}){0,3}\b|ERR_[A-Z_]{3,40}\b")
_WINERROR = re.compile(r"\[WinError (-?\d{1,10})\]")
_PY_ERRNO = re.compile(r"\[Errno (-?\d{1,6})\]")
_PY2_WINERROR = re.compile(r"WindowsError: \[Error (\d{1,10})\]")  # Python 2
# Go's HTTP client: 'Post "https://host/x": context deadline exceeded' is a network failure,
# whatever the reason that follows.
_GO_HTTP = re.compile(r'(?:Get|Post|Put|Head|Patch|Delete) "https?://[^"\n]{1,600}": ')
_OS_ERROR = re.compile(r"\(os error (\d{1,6})\)")
_RUST_OS = re.compile(r"Os \{ code: (\d{1,6}), kind: (\w{1,40})")
_DART_ERRNO = re.compile(r"errno = (\d{1,6})\b")
_JAVA_ERROR = re.compile(r"error=(\d{1,6})\b")
_NODE_ERRNO_NUM = re.compile(r"errno['\"]?\s{0,3}:?\s{0,3}(-\d{1,5})\b")
_HRESULT = re.compile(r"0x8007([0-9A-Fa-f]{4})\b")
_MSBUILD = re.compile(r"MSB(3026|3027|3021|3061|3231)\b")
# Other MSBuild task errors are the build's own diagnostics (MSB3030: a file to copy is missing).
_MSBUILD_OTHER = re.compile(r"(?:error |\[)(MSB\d{4})\b")
_MSBUILD_OTHER_OPS = {"MSB3030": "copy", "MSB3024": "copy", "MSB3191": "mkdir"}
# A Windows API call's code, as Java and PHP print it: "CreateFile() failed with error 3",
# "rename(a,b): Access is denied. (code: 5)".
_API_ERROR = re.compile(r"\) failed with error (\d{1,6})\b|\(code: (\d{1,6})\)")
_MSBUILD_OPS = {"3026": "copy", "3027": "copy", "3021": "copy", "3061": "unlink", "3231": "rmdir"}
_PRISMA = re.compile(r"P[1-4]\d{3}\b")
_LINKER_LOCKED = "lnk1168"  # "cannot open x.exe for writing": the program is still running
# The compiler or linker cannot open its own output (an .exe, .dll, .obj it writes): another
# process holds it (the program still running, a parallel compile, a scanner). LNK1104 on a
# library it reads, or C1083 on a missing header, are not.
_OUTPUT_NOT_OPENED = re.compile(
    r"(?<![a-z0-9])(lnk1104|c1083|cs2012)\b[^\n]{0,600}?\.(?:exe|dll|obj|pdb|ilk)\b"
)
# robocopy and other Windows tools: "ERROR 32 (0x00000020) Copying File C:\x\y.dll"
_WINDOWS_TOOL_ERROR = re.compile(
    r"ERROR (\d{1,5}) \(0x[0-9A-Fa-f]{8}\) ([A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,3}?) "
    r"([A-Za-z]:\\[^\n]{1,600}?)\s{0,20}$"
)
_COMPILER = re.compile(  # on the lowered line
    r"error\s{0,3}(?:(ts\d{4,5}|cs\d{4}|fs\d{4}|bc\d{5}|c\d{4}|lnk\d{4})\b|\[(e\d{4})\])"
)


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


def scan_codes(line: str, low: str, facts: LineFacts) -> None:
    conds = facts.conds
    for match in first_matches(_E_CODE, line):
        cond = NAMED_CODES.get(match.group(0))
        if cond is not None and word_start(line, match.start()):
            conds.append((cond, match.group(0)))
    if "[winerror" in low:
        for match in first_matches(_WINERROR, line):
            number = int(match.group(1))
            conds.append((_WINDOWS_CODES.get(number, WEAK), f"WinError {number}"))
            facts.flags.add("windows")
    if "windowserror: [error" in low:
        for match in first_matches(_PY2_WINERROR, line):
            number = int(match.group(1))
            conds.append((_WINDOWS_CODES.get(number, WEAK), f"Error {number}"))
            facts.flags.add("windows")
    if ' "http' in low and _GO_HTTP.search(line):
        conds.append((NET, None))
    if "errno" in low:
        for match in first_matches(_PY_ERRNO, line):
            number = int(match.group(1))
            conds.append((_POSIX_CODES.get(number, WEAK), f"Errno {number}"))
        for match in first_matches(_DART_ERRNO, line):
            number = int(match.group(1))
            conds.append((_ambiguous_code(number, low), f"errno = {number}"))
        for match in first_matches(_NODE_ERRNO_NUM, line):
            number = int(match.group(1))
            facts.flags.add("windows" if number <= -3000 else "posix")
            if number in _NODE_ERRNO:
                conds.append((_NODE_ERRNO[number], None))
    if "(os error" in low:
        for match in first_matches(_OS_ERROR, line):
            number = int(match.group(1))
            conds.append((_ambiguous_code(number, low), f"os error {number}"))
    if "os { code" in low:
        for match in first_matches(_RUST_OS, line):
            number = int(match.group(1))
            cond = _RUST_KINDS.get(match.group(2)) or _ambiguous_code(number, low)
            conds.append((cond, f"os error {number}"))
    if "error=" in low:
        for match in first_matches(_JAVA_ERROR, line):
            number = int(match.group(1))
            conds.append((_ambiguous_code(number, low), f"error={number}"))
    if "0x8007" in low:
        for match in first_matches(_HRESULT, line):
            conds.append((_WINDOWS_CODES.get(int(match.group(1), 16), WEAK), match.group(0)))
    if "MSB3" in line:
        for match in first_matches(_MSBUILD, line):
            conds.append((SHARING, match.group(0)))
            add_op(facts, RANK_SYSCALL, _MSBUILD_OPS[match.group(1)])
    if "error msb" in low or "[msb" in low:
        for match in first_matches(_MSBUILD_OTHER, line):
            if _MSBUILD.match(match.group(1)) is None:
                conds.append((DIAG, match.group(1)))
                add_op(facts, RANK_VERB, _MSBUILD_OTHER_OPS.get(match.group(1)))
    if "failed with error" in low or "(code:" in low:
        for match in first_matches(_API_ERROR, line):
            number = int(match.group(1) or match.group(2))
            printed = f"error {number}" if match.group(1) else f"code: {number}"
            conds.append((_WINDOWS_CODES.get(number, WEAK), printed))
            facts.flags.add("windows")
    compiler = ("lnk1104" in low or "c1083" in low or "cs2012" in low) or None
    output = compiler and _OUTPUT_NOT_OPENED.search(low)
    if output and ("1104" in output.group(1) or "denied" in low or "another process" in low):
        conds.append((SHARING, output.group(1).upper()))
        facts.ops.append((RANK_VERB, "open"))
    if _LINKER_LOCKED in low:
        conds.append((SHARING, "LNK1168"))
        facts.ops.append((RANK_VERB, "open"))
    if "error" in low and "(0x" in low:
        for match in first_matches(_WINDOWS_TOOL_ERROR, line):
            conds.append((_WINDOWS_CODES.get(int(match.group(1)), WEAK), f"ERROR {match.group(1)}"))
            add_op(facts, RANK_VERB, match.group(2).split()[0])
            add_paths(facts, match, (3,))
    if "error" in low:
        for match in first_matches(_COMPILER, low):
            group = 1 if match.group(1) else 2
            conds.append((DIAG, line[match.start(group) : match.end(group)].upper()))
        for match in first_matches(_PRISMA, line):
            if word_start(line, match.start()):
                conds.append((DIAG, match.group(0)))
    for anchor, phrases in _PHRASES:
        if anchor in low:
            conds.extend((cond, None) for phrase, cond in phrases if phrase in low)
    denied = _ACCESS_TO_PATH.search(low) if "access to the path" in low else None
    if denied:  # .NET on Linux says it of a POSIX path too: a plain EACCES there
        conds.append((EACCES if denied.group(1).startswith("/") else ACCESS_WIN, None))
    if (" of " in low or "request to" in low) and _DOWNLOAD_FAILED.search(low):
        conds.append((NET, None))
    if ("137" in low or "143" in low or "(-9)" in low or "(-15)" in low) and _EXIT_KILLED.search(
        low
    ):
        conds.append((SIGNAL, None))
    if "killed" in low and _KILLED.search(low):
        conds.append((SIGNAL, None))
    if "watch" in low and any(cond == NOSPC for cond, _ in conds):
        conds[:] = [(WATCHERS if cond == NOSPC else cond, code) for cond, code in conds]
    if not low.isascii():
        conds.extend((cond, None) for phrase, cond in _LOCALIZED if phrase in low)
    if "sig" in low and _CRASH_SIGNAL.search(low):
        conds[:] = [(DIAG if cond == SIGNAL else cond, code) for cond, code in conds]
    if not conds and _UNEXPLAINED.search(low) and _WIN_DRIVE.search(line):
        conds.append((ACCESS_WIN, None))
    if _CONNECTION_FAILED.search(low) or (" from " in low and _FETCH_FROM.search(low)):
        conds.append((NET, None))
    if "a task was canceled" in low and ("nuget" in low or "restore" in low):
        conds.append((NET, None))  # NuGet's HTTP timeout
    if line.rstrip().endswith(_ZIG_NAMES):
        for match in first_matches(_ZIG_ERROR, line.rstrip()):
            conds.append((_ZIG_CODES.get(match.group(1), WEAK), match.group(1)))

    if "TIMEOUT in" in line and _TIMEOUT_WORD.search(line):
        conds.append((TIMEOUT, None))
    if "try again" in low:
        for match in first_matches(_GIT_RETRY, line):
            conds.append((SHARING, None))
            add_op(facts, RANK_VERB, _GIT_RETRY_OPS.get(match.group(1), "rename"))
            add_paths(facts, match, (2, 3))
    if any(cond == NET for cond, _ in conds) and (
        any(name in low for name in _DNS_WORDS) or _GO_LOOKUP.search(low)
    ):
        facts.ops.append((RANK_VERB, "getaddrinfo"))
    if ("lock" in low or "waiting" in low) and _WAITING_FOR_LOCK.search(low):
        conds.append((LOCK_WAIT, None))
        facts.ops.append((RANK_VERB, "lock"))
    if "timeout" in low and _TIMED_OUT.search(low):
        conds.append((TIMEOUT, None))
    if low.strip() == "terminated":
        conds.append((SIGNAL, None))
    if "permission denied" in low and "eacces" not in low and "[errno" not in low:
        facts.flags.add("posix")  # strerror(EACCES); Windows says "Access is denied"
