"""Which error condition a line reports by its codes: named codes, the numbers of each platform,
tools' own codes (MSBuild, the linker, Prisma, Zig's error names); the words are `_classify_words`.

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
    NET,
    NOSPC,
    PRIV,
    RANK_SYSCALL,
    RANK_VERB,
    SHARING,
    TIMEOUT,
    TXTBSY,
    WEAK,
    LineFacts,
    first_matches,
    word_start,
)
from .operations import add_op, add_paths

NAMED_CODES = {"EPERM": EPERM, "EACCES": EACCES, "EBUSY": EBUSY, "ENOTEMPTY": ENOTEMPTY}
NAMED_CODES |= {"ETXTBSY": TXTBSY, "ENOSPC": NOSPC, "EDQUOT": NOSPC, "EISDIR": EISDIR}
NAMED_CODES |= {"EROFS": PRIV, "ERROR_FILE_IN_USE": SHARING}  # Web Deploy
NAMED_CODES |= {"ERROR_USER_NOT_ADMIN": PRIV}  # Web Deploy: the account may not publish there

# ENOMEM is an error the call returned, in every form (a name, 12, Windows' 8 and 14, Rust's
# kind): the tool failed on its own; a kill by the OOM killer prints no code. So is Windows' 1455,
# "The paging file is too small for this operation to complete": a commit refused to the call
# (torch loading its CUDA DLLs, cl.exe's PCH), no process killed; weak, so that a kill printed
# with it ("Killed", exit 137) still decides.
NAMED_CODES |= {"ENOMEM": DIAG}
# libusb: a USB device the user may not open (udev rules), or that did not answer in time
NAMED_CODES |= {"LIBUSB_ERROR_ACCESS": PRIV, "LIBUSB_ERROR_TIMEOUT": TIMEOUT}
# Node's TLS codes: a proxy or a certificate between the build and its registry, as an error's
# code ("npm ERR! code X", "code: 'X'", "Error: X", "Error [X]:"), not named in code or prose
_TLS_CODES = re.compile(
    r"(?:(?i:\bcode|\berrno):?\s{1,3}['\"]?|(?i:\berror):\s{1,3}|\[)"
    r"(SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|CERT_HAS_EXPIRED"
    r"|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_UNTRUSTED|CERT_REJECTED"
    r"|CERT_NOT_YET_VALID|CERT_REVOKED|CERT_SIGNATURE_FAILURE|CERT_CHAIN_TOO_LONG"
    r"|ERR_TLS_CERT_ALTNAME_INVALID)\b"
)
NAMED_CODES |= dict.fromkeys(
    str.split(
        "ECONNRESET ECONNREFUSED ECONNABORTED ETIMEDOUT ESOCKETTIMEDOUT ENOTFOUND EAI_AGAIN"
        " EAI_FAIL EHOSTUNREACH ENETUNREACH ENETDOWN EPROTO ERR_SOCKET_TIMEOUT"
        " ERR_STREAM_PREMATURE_CLOSE"
        # a connect with no address to connect from (no network in a container); a listen's is
        # the step's own setup (`words`)
        " EADDRNOTAVAIL"
        # undici, the client of Node's fetch: a connection, headers or a body that did not come
        " UND_ERR_CONNECT_TIMEOUT UND_ERR_HEADERS_TIMEOUT UND_ERR_BODY_TIMEOUT UND_ERR_SOCKET"
    ),
    NET,
)
WEAK_CODES = str.split(
    "ENOENT EEXIST ENOTDIR EPIPE EIO EMFILE ENFILE ELOOP EXDEV ERESOLVE ELIFECYCLE EFTYPE"
    " EADDRINUSE"  # a port already taken: the step's own setup, not the network
    " ENOSYS"  # a call the file system does not implement (a FUSE mount): not a held file
)
NAMED_CODES |= dict.fromkeys(WEAK_CODES, WEAK)

# Windows system error codes (WinError, HRESULT 0x8007xxxx, and os error / errno = on Windows):
# 32 sharing violation, 33 lock violation, 1224 user-mapped file (a loaded DLL being replaced),
# 5 access denied, 145 directory not empty, 112/39 disk full, 1314 privilege not held.
_WINDOWS_CODES = {32: SHARING, 33: SHARING, 1224: SHARING, 5: ACCESS_WIN, 145: ENOTEMPTY}
_WINDOWS_CODES |= {303: SHARING}  # delete pending: a handle to the file is still open
_WINDOWS_CODES |= {1: WEAK}  # ERROR_INVALID_FUNCTION ("Incorrect function."), not EPERM
_WINDOWS_CODES |= {740: PRIV}  # ERROR_ELEVATION_REQUIRED: a program that must run as admin
_WINDOWS_CODES |= {112: NOSPC, 39: NOSPC, 1314: PRIV, 8: DIAG, 14: DIAG, 1455: WEAK}
_WINDOWS_CODES |= {258: TIMEOUT, 1460: TIMEOUT, 2: WEAK, 3: WEAK, 183: WEAK}
# ERROR_SEM_TIMEOUT: a wait on a device or a socket ran out (a socket's under a client's frames
# is the network's: `decide`)
_WINDOWS_CODES |= {121: TIMEOUT}
_WINDOWS_CODES |= dict.fromkeys((10053, 10054, 10060, 10061, 10065, 11001, 11002, 11004), NET)
_WINDOWS_CODES |= dict.fromkeys((12002, 12007, 12029), NET)

# POSIX errno (Linux, the macOS values that differ, the Windows C runtime's ENOTEMPTY 41);
# Python's [Errno N] uses these on every platform.
_POSIX_CODES = {1: EPERM, 13: EACCES, 16: EBUSY, 26: TXTBSY, 28: NOSPC, 122: NOSPC}
_POSIX_CODES |= {39: ENOTEMPTY, 66: ENOTEMPTY, 41: ENOTEMPTY, 21: EISDIR, 30: PRIV, 12: DIAG}
_POSIX_CODES |= dict.fromkeys((101, 104, 110, 111, 113, 54, 60, 61, -2, -3, 10054, 10060), NET)
_POSIX_CODES[99] = NET  # EADDRNOTAVAIL: no address to connect from (no network in a container)
_POSIX_CODES[121] = WEAK  # EREMOTEIO ("Remote I/O error", a bus device): Windows' 121 is a timeout
_POSIX_CODES |= dict.fromkeys((11001, 2, 5, 17, 20, 24, 32), WEAK)  # 5 EIO, 32 EPIPE
_POSIX_CODES[11001] = NET

# libuv's negative errno as Node prints it (`errno: -4048`); the Windows values are distinct.
_NODE_ERRNO = {-4048: EPERM, -4082: EBUSY, -4092: EACCES, -4051: ENOTEMPTY, -4055: NOSPC}
_NODE_ERRNO |= {-4068: EISDIR, -4058: WEAK, -4094: WEAK}
_NODE_ERRNO |= dict.fromkeys((-4077, -4039, -4078, -3008, -3001), NET)
_NODE_ERRNO |= {-number: cond for number, cond in _POSIX_CODES.items() if 0 < number < 200}

_RUST_KINDS = {"ExecutableFileBusy": TXTBSY, "StorageFull": NOSPC, "ResourceBusy": EBUSY}
_RUST_KINDS |= {"DirectoryNotEmpty": ENOTEMPTY, "IsADirectory": EISDIR, "OutOfMemory": DIAG}
_RUST_KINDS |= {"ReadOnlyFilesystem": PRIV, "ConnectionReset": NET, "ConnectionRefused": NET}

# Zig's error names, printed after the message: "... into local cache ('x'): AccessDenied"
_ZIG_ERROR = re.compile(
    r": (AccessDenied|SharingViolation|FileBusy|NoSpaceLeft|PathAlreadyExists|FileNotFound"
    r"|NotDir|IsDir|DirNotEmpty|ConnectionTimedOut|ConnectionRefused|ConnectionResetByPeer"
    r"|NetworkUnreachable|TemporaryNameServerFailure|UnknownHostName)\s{0,5}$"
)
_ZIG_CODES = {"AccessDenied": ACCESS_WIN, "SharingViolation": SHARING, "FileBusy": TXTBSY}
_ZIG_CODES |= {"NoSpaceLeft": NOSPC, "DirNotEmpty": ENOTEMPTY, "IsDir": EISDIR}
_ZIG_CODES |= dict.fromkeys(
    (
        "ConnectionTimedOut",
        "ConnectionRefused",
        "ConnectionResetByPeer",
        "NetworkUnreachable",
        "TemporaryNameServerFailure",
        "UnknownHostName",
    ),
    NET,
)
_ZIG_NAMES = (*_ZIG_CODES, "PathAlreadyExists", "FileNotFound", "NotDir")
_E_CODE = re.compile(r"E[A-Z][A-Z0-9]{1,14}(?:_[A-Z0-9]{1,14}){0,3}\b|(?:UND_)?ERR_[A-Z_]{3,40}\b")
_LIBUSB = re.compile(r"LIBUSB_ERROR_[A-Z_]{2,20}\b")
_WINERROR = re.compile(r"\[WinError (-?\d{1,10})\]")
_PY_ERRNO = re.compile(r"\[Errno (-?\d{1,6})\]")
# The same code printed without its brackets, before its reason: "Errno 28 No space left on device"
_BARE_ERRNO = re.compile(r"(?<![\[\w])Errno (\d{1,6}):? (?=[A-Z][a-z])")
# A Windows socket error as curl prints it over OpenSSL: "Connection was reset, errno 10054"
_WINSOCK_ERRNO = re.compile(r"(?<![\w=])errno (1[01]0\d\d)\b")
# 2002 and 2003 (cannot connect), 2005 (unknown host), 2006 (gone away), 2013 (connection lost)
_MYSQL_CLIENT = re.compile(r"SQLSTATE\[\w{5}\] \[(20(?:02|03|05|06|13))\]")
_MYSQL_LOCK_WAIT = re.compile(r"\b(1205) lock wait timeout exceeded\b")
_CURL_ERROR = re.compile(r"\bcurl error \d{1,2}\b", re.IGNORECASE)
# The code as C programs print errno itself, lowercase, after the message it belongs to ("...,
# errno 54", "failed with errno 22: ...", "(errno 13: ...)"), not npm's "npm ERR! errno 1" or an
# "exited with errno 1" (exit statuses), errno 0 (no error), Winsock's (above), Dart's "errno =
# 32" or Node's "errno: -4048"
_PLAIN_ERRNO = re.compile(r"(?:, |\bfailed with |\()errno ([1-9]\d{0,3})(?=:\s|\)|,|\s{0,3}$)")
# WinINet: "Error 12029: A connection ...", Package Control's "Connection refused (errno 12029)"
_WININET_ERROR = re.compile(r"\b(Error 12\d{3}):|\((errno 12\d{3})\)")
_PY2_BARE = re.compile(r"(?:^|[\s:!])\[Error (\d{1,5})\] [^\n]{1,400}?: '")
# ... printed alone at the start of a line, before its reason, in any language: "[Error 32] Der
# Prozess kann nicht auf die Datei zugreifen, ..." (read only for a code Windows gives a file)
_PY2_LEADING = re.compile(r"\s{0,8}\[Error (\d{1,5})\] (?=\w)")
_FILE_CODES = frozenset((5, 32, 33, 112, 145, 1224))  # access, sharing, lock, full, not empty
# ... after a message's colon, before its reason: "unable to rename file: [Error 32] The process
# cannot access the file ..." (the codes that mean nothing else there)
# (with Windows' reason: "The ...", or one in another script)
_PY2_AFTER_COLON = re.compile(r": \[Error (32|33|145|1224)\] (?=The |[^\x00-\x7f])")
# Firefox's OS.File errors: "Win error 32 during operation move on file C:\\x (...)"
_FIREFOX_CODE = re.compile(r"\bwin error (\d{1,6}) during operation\b", re.I)
_PY2_WINERROR = re.compile(r"WindowsError: \[Error (\d{1,10})\]")  # Python 2
# Go's HTTP client: 'Post "https://host/x": context deadline exceeded' is a network failure,
# whatever the reason that follows.
_GO_HTTP = re.compile(r'(?:Get|Post|Put|Head|Patch|Delete) "https?://[^"\n]{1,600}": ')
_OS_ERROR = re.compile(r"\(os error (\d{1,6})\)")
_RUST_OS = re.compile(r"Os \{ code: (\d{1,6}), kind: (\w{1,40})")
# (negative only where a name lookup failed: Dart's "Failed host lookup: 'x' (OS Error: Temporary
# failure in name resolution, errno = -3)", the resolver's EAI_AGAIN; a C API's "-2" is -ENOENT)
_DART_ERRNO = re.compile(r"errno = (\d{1,6})\b")
_DART_RESOLVER_ERRNO = re.compile(r"errno = (-\d{1,3})\b")
_JAVA_ERROR = re.compile(r"error=(\d{1,6})\b")
# ClickHouse's ErrnoException: "Cannot write to file /x: , errno: 28, strerror: No space left on
# device" (POSIX: the strerror follows)
_ERRNO_STRERROR = re.compile(r"\berrno: (\d{1,4}), strerror: ")
_NODE_ERRNO_NUM = re.compile(r"errno['\"]?\s{0,3}:?\s{0,3}(-\d{1,5})\b")
# (and STG's 0x8003xxxx, whose low word is the same Win32 code: STG_E_SHAREVIOLATION 0x80030020)
_HRESULT = re.compile(r"0x800[37]([0-9A-Fa-f]{4})\b")
# ... and the other facilities' HRESULTs, where a tool reports one as its error in an HRESULT's
# forms: MakeAppx's "error: 0x80080215 - <message>", signtool's "SignerSign() failed."
# (-2146869243/0x80096005)", .NET's "Exception from HRESULT: 0x800A03EC" (not an address or an
# immediate after "Error:", "Error: 0x80000000 not in any flash bank"): weak, the code the failure
# is reported with
_OTHER_HRESULT = re.compile(
    r"\berror:? (0x8(?!00[37])[0-9a-f]{7}) - |\(-\d{9,10}/(0x8(?!00[37])[0-9a-f]{7})\)"
    r"|\bexception from hresult: (0x8(?!00[37])[0-9a-f]{7})\b",
    re.IGNORECASE,
)
_MSBUILD = re.compile(r"MSB(3026|3027|3021|3061|3231)\b")
# Other MSBuild task errors are the build's own diagnostics (MSB3030: a file to copy is missing).
_MSBUILD_OTHER = re.compile(r"(?:(?i:error)\s{1,3}(?:\(active\)\s{1,3})?|\[)(MSB\d{4})\b")
# npm's and yarn's own codes, printed as "npm ERR! code E404": an HTTP status from the registry
# (a 5xx is the registry failing, a 4xx a missing package or a refused login) or a name no
# errno has (ECOMPROMISED: a lock on the cache was lost).
_TOOL_CODE = re.compile(r"\bcode:? (E(\d{3})|E[A-Z][A-Z0-9]{2,20})\b")
# Xamarin.Android's and .NET for Android's task codes (XA5207, XABLD7019, XARDF7024), printed
# where MSBuild prints its own: most wrap the exception the task met, whose condition they name
# (a held file's, a missing SDK's), so they are weak, and the code a held file is reported with
_XAMARIN = re.compile(r"(?i:error)\s{1,3}(?:\(active\)\s{1,3})?(XA[A-Z]{0,5}\d{4})\b")
_MSBUILD_OTHER_OPS = {"MSB3030": "copy", "MSB3024": "copy", "MSB3191": "mkdir"}
# ... except those that only say a command or task failed: the reason is elsewhere (an exit
# code 137, a held file in the task's exception).
_MSBUILD_WRAPPERS = frozenset({"MSB3073", "MSB6006", "MSB4018", "MSB4181", "MSB3721", "MSB4166"})
# A Windows API call's code, as Java and PHP print it: "CreateFile() failed with error 3",
# "rename(a,b): Access is denied. (code: 5)".
_API_ERROR = re.compile(r"\) failed with error (\d{1,6})\b|\(code: (\d{1,6})\)")
_MSBUILD_OPS = {"3026": "copy", "3027": "copy", "3021": "copy", "3061": "unlink", "3231": "rmdir"}
_PRISMA = re.compile(r"P[1-4]\d{3}\b")
# Erlang's and Elixir's error tuples: "{:error, :eacces}", "{error,enospc}"; the atom Elixir
# prints after a reason ("tcp connect (localhost:5432): connection refused - :econnrefused"), and
# a socket's reason as Erlang formats it ("tcp connect: econnrefused")
_ERLANG = re.compile(
    r"\{:?error,\s{0,3}:?(e[a-z]{2,14})\}"
    r"|tcp connect(?: \([^)\n]{0,200}\))?: (?:[a-z ]{1,60} - :)?(e[a-z]{2,14})\b"
)
# ... and an error atom as Erlang prints it inside other terms: after a file's name
# ('{could_not_write_file, "/x/y.config", eacces}', '{file_error,"/x/y.TMP",enospc}'), alone on a
# line of a term that goes on ("   eacces},"), or as a string's or a report's last word ("Failed to
# create cookie file 'z:/.erlang.cookie': eacces", "(could not write core file: enospc)")
_ERLANG_ATOM = re.compile(
    r"(?:\",\s{0,3}:?|^\s{0,80}:?|: :?)(eacces|enospc|eperm|ebusy|enotempty|erofs|edquot|etxtbsy)"
    r"(?=[}\"\)]|\s{0,3}$)"
)
# ... but not a log line below error level, nor a retry's reason
_QUIET_ATOM_LINES = ("[info]", "[debug]", "[notice]", "retry", "retrying", "fallback")
_ERLANG_ATOM_WORDS = (
    "eacces",
    "enospc",
    "eperm",
    "ebusy",
    "enotempty",
    "erofs",
    "edquot",
    "etxtbsy",
)
_LINKER_LOCKED = "lnk1168"  # "cannot open x.exe for writing": the program is still running
# The compiler or linker cannot open its own output (an .exe, .dll, .obj it writes): another
# process holds it (the program still running, a parallel compile, a scanner). LNK1104 on a
# library or an object file it reads, or C1083 on a missing header, are not: the linker writes
# no .obj, so its LNK1104 on one is an input that is missing or misnamed.
_OUTPUT_NOT_OPENED = re.compile(
    r"(?<![a-z0-9])(lnk1104|c1083|c1041|cs2012|cs0009)\b[^\n]{0,600}?"
    r"\.(exe|dll|obj|pdb|ilk|ipdb|iobj|idb|pch|pyd|mexw64|mexw32)\b"
)
_BINARY_NAME = re.compile(r"\.(?:exe|dll|pyd|sys)$")
_LINKER_OUTPUTS = ("exe", "dll", "pdb", "ilk", "pyd", "mexw64", "mexw32")  # what LINK writes
_QUOTED_NAME = re.compile(r"['\"“‘]([^'\"”’\n]{0,600}\.[a-z0-9]{1,8})['\"”’]")
_GNU_LD_OUTPUT = re.compile(
    r"(?:ld\.exe: |[a-z]:[\\/][^\n]{0,600}?)?cannot open output file "
    r"((?:[a-z]:[\\/])?[^\s:][^\n:]{0,600}?\.(?:exe|dll|pyd)): permission denied"  # (.pyd: a DLL)
)
# 7-Zip, extracting: "ERROR: Cannot open output file : Access is denied. : C:\x\tool.exe" (the
# reason between colons, then the path to the end of the line, spaces and all)
_SEVEN_ZIP_OUTPUT = re.compile(
    r"\bcan ?not open output file : ([^\n]{1,300}?) : ((?:[a-z]:\\|/)[^\n]{0,600}?)\s{0,3}$"
)
_GO_PATH_ERROR_JSON = re.compile(
    r'"Op":\s?"(\w{2,20})",\s?"Path":\s?"([^"\n]{1,600})",\s?"Err":\s?(\d{1,5})\b'
)
# ERROR_BUSY as the codes above print it
_ERROR_BUSY = re.compile(r"(?i)0x800700aa|0x000000aa|(?:win ?)?error 170")
_WINDOWS_FILE = re.compile(r"(?<![\w\\])[A-Za-z]:\\[^\s'\"]{0,300}\.\w{1,8}\b")
_SVN = re.compile(r"svn: (E\d{6}):")
_SVN_LOCKED = "E155004"
_VBOX = re.compile(r"\b(VERR_[A-Z_]{2,40})\b")
# robocopy and other Windows tools: "ERROR 32 (0x00000020) Copying File C:\x\y.dll"
_WINDOWS_TOOL_ERROR = re.compile(
    r"ERROR (\d{1,5}) \(0x[0-9A-Fa-f]{8}\) ([A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,3}?) "
    r"([A-Za-z]:\\[^\n]{1,600}?)\s{0,20}$"
)
# Compilers' and linkers' own codes (TypeScript, C#, F#, VB, MSVC, and WiX's tools: candle, light,
# heat, wix.exe, lit, torch, pyro, smoke, insignia, dark, melt)
_COMPILER = re.compile(  # on the lowered line
    r"error\s{0,3}(?:(ts\d{4,5}|cs\d{4}|fs\d{4}|bc\d{5}|c\d{4}|lnk\d{4}|lght\d{4}|cndl\d{4}"
    r"|heat\d{4}|wix\d{4}|lit\d{4}|trch\d{4}|pyro\d{4}|smok\d{4}|insg\d{4}|dark\d{4}|melt\d{4})\b"
    r"|\[(e\d{4})\])"
)


def _recast_code(conds: list[tuple[str, str | None]], code: str, new: str) -> None:
    conds[:] = [(new if printed == code else cond, printed) for cond, printed in conds]


_WINDOWS_WORDS = ("used by another", "access is denied", "incorrect function", "semaphore")


def _posix(number: int) -> str:
    return _POSIX_CODES.get(number, WEAK)


def _shows_windows(low: str) -> bool:
    """Whether the line reads as Windows': its words for an error, or a backslash."""
    return any(words in low for words in _WINDOWS_WORDS) or "\\" in low


def _ambiguous_code(number: int, low: str) -> str:
    """A number that means one thing on Windows and another on POSIX (``os error 32``)."""
    windows = _WINDOWS_CODES.get(number)
    posix = _POSIX_CODES.get(number)
    if windows is None or posix is None or windows == posix:
        return windows or posix or WEAK
    if "broken pipe" in low or "input/output" in low:
        return posix
    if not low.isascii() or _shows_windows(low):  # (Windows speaks the machine's language)
        return windows
    return windows if number in (5, 32, 33) else posix


_NO_REASON = re.compile(r"msb30\d\d:\s{0,20}\[[^\]\n]{0,600}\]\s{0,20}$")


def _msbuild_reason(low: str) -> str:
    """What MSBuild's copy/delete codes (MSB3026, MSB3021, ...) mean, by the reason they quote:
    a held file unless the reason says the path is missing or, on a POSIX path, not allowed."""
    if "could not find a part of the path" in low or "could not find file" in low:
        return WEAK
    if "not enough space on the disk" in low or "disk is full" in low:
        return NOSPC
    if _NO_REASON.search(low):  # a retry's second line: only the project, the reason was above
        return WEAK
    if "access to the path '/" in low or 'access to the path "/' in low:
        return EACCES
    return SHARING


def scan_codes(line: str, low: str, facts: LineFacts) -> None:
    conds = facts.conds
    for match in first_matches(_E_CODE, line):
        cond = NAMED_CODES.get(match.group(0))
        if cond is not None and word_start(line, match.start()):
            conds.append((cond, match.group(0)))
        elif match.group(0).startswith("ERR_PNPM_"):  # pnpm's own codes, often a wrapper's
            conds.append((WEAK, match.group(0)))
    if '"err":' in low:
        for match in first_matches(_GO_PATH_ERROR_JSON, line):
            # Go's *fs.PathError marshalled as JSON (restic's --json): the call, the path, the
            # errno as a bare number (no code printed)
            number, path = int(match.group(3)), match.group(2)
            windows = "\\" in path or path[1:2] == ":"  # restic on Windows: Windows' numbers
            conds.append((_WINDOWS_CODES.get(number, WEAK) if windows else _posix(number), None))
            add_op(facts, RANK_SYSCALL, match.group(1))
            add_paths(facts, match, (2,))
    if "ETIMEDOUT" in line and "spawn" in low:
        # Node's spawnSync/execSync with a timeout: the child ran out of time, no network
        _recast_code(conds, "ETIMEDOUT", TIMEOUT)
    if "cert" in low:
        conds.extend((NET, match.group(1)) for match in first_matches(_TLS_CODES, line))
    if "SQLITE_BUSY" in line:  # SQLite's code for a database another connection holds
        conds.append((WEAK, "SQLITE_BUSY"))
    if "DEADLINE_EXCEEDED:" in line:  # gRPC's error by its status: "DEADLINE_EXCEEDED: Deadline
        conds.append((TIMEOUT, "DEADLINE_EXCEEDED"))  # Exceeded" (a status in a list is none)
    if "SQLSTATE[" in line:  # MySQL's client errors as PDO prints them: no server reached
        conds.extend((NET, match.group(1)) for match in first_matches(_MYSQL_CLIENT, line))
    if "lock wait timeout" in low:  # MySQL's 1205 (ER_LOCK_WAIT_TIMEOUT), as PDO prints it
        conds.extend((TIMEOUT, match.group(1)) for match in first_matches(_MYSQL_LOCK_WAIT, low))
    if "[winerror" in low:
        for match in first_matches(_WINERROR, line):
            number = int(match.group(1))
            conds.append((_WINDOWS_CODES.get(number, WEAK), f"WinError {number}"))
            facts.flags.add("windows")
    if "curl error" in low:  # Composer: "curl error 28 while downloading https://..."
        for match in first_matches(_CURL_ERROR, line):
            conds.append((NET, match.group(0)))
    if "error 12" in low or "(errno 12" in low:
        for match in first_matches(_WININET_ERROR, line):
            conds.append((NET, match.group(1) or match.group(2)))
    if "[error " in low and "windowserror" not in low:
        for match in first_matches(_PY2_BARE, line):  # Python 2's str(WindowsError)
            number = int(match.group(1))
            conds.append((_WINDOWS_CODES.get(number, WEAK), f"Error {number}"))
            facts.flags.add("windows")
        leading = _PY2_LEADING.match(line) if not conds else None
        leading = leading or (_PY2_AFTER_COLON.search(line) if not conds else None)
        if leading and int(leading.group(1)) in _FILE_CODES:
            conds.append((_WINDOWS_CODES[int(leading.group(1))], f"Error {leading.group(1)}"))
            facts.flags.add("windows")
    if "during operation" in low:
        for match in first_matches(_FIREFOX_CODE, line):
            number = int(match.group(1))
            conds.append((_WINDOWS_CODES.get(number, WEAK), f"Win error {number}"))
            facts.flags.add("windows")
    if "windowserror: [error" in low:
        for match in first_matches(_PY2_WINERROR, line):
            number = int(match.group(1))
            conds.append((_WINDOWS_CODES.get(number, WEAK), f"Error {number}"))
            facts.flags.add("windows")
    if ' "http' in low and _GO_HTTP.search(line):
        conds.append((NET, None))
    if "errno" in low:
        for pattern in (_PY_ERRNO, _BARE_ERRNO):
            for match in first_matches(pattern, line):
                number = int(match.group(1))
                conds.append((_POSIX_CODES.get(number, WEAK), f"Errno {number}"))
        for match in first_matches(_WINSOCK_ERRNO, line):
            number = int(match.group(1))
            if _WINDOWS_CODES.get(number) == NET:
                conds.append((NET, f"errno {number}"))
        for match in first_matches(_PLAIN_ERRNO, line):
            # curl over LibreSSL: "SSL_read: SSL_ERROR_SYSCALL, errno 54"; "getpeername() failed
            # with errno 22: Invalid argument"; ldc's "(errno 13: permission denied)"
            number = int(match.group(1))
            # a POSIX program's unless the line shows Windows (curl's "SSL_write: ..., errno
            # 32" is EPIPE, not a sharing violation)
            cond = _ambiguous_code(number, low) if _shows_windows(low) else _posix(number)
            conds.append((cond, f"errno {number}"))
        for match in first_matches(_DART_ERRNO, line):
            number = int(match.group(1))
            conds.append((_ambiguous_code(number, low), f"errno = {number}"))
        if "failed host lookup" in low:
            for match in first_matches(_DART_RESOLVER_ERRNO, line):
                conds.append((NET, f"errno = {match.group(1)}"))
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
    if "error_access_denied file system exception" in low:
        # Dart's FileSystemException on Windows, named by Win32's code: "ERROR_ACCESS_DENIED file
        # system exception thrown while trying to create a symlink" (Flutter's plugin links)
        conds.append((ACCESS_WIN, "ERROR_ACCESS_DENIED"))
    if "strerror: " in low:
        for match in first_matches(_ERRNO_STRERROR, line):
            number = int(match.group(1))
            conds.append((WEAK, f"errno: {number}"))  # (its strerror's words decide)
    if "error=" in low:
        for match in first_matches(_JAVA_ERROR, line):
            number = int(match.group(1))
            conds.append((_ambiguous_code(number, low), f"error={number}"))
    if "0x8007" in low or "0x8003" in low:
        for match in first_matches(_HRESULT, line):
            conds.append((_WINDOWS_CODES.get(int(match.group(1), 16), WEAK), match.group(0)))
    if "0x8" in low:
        for match in first_matches(_OTHER_HRESULT, line):
            conds.append((WEAK, match.group(1) or match.group(2) or match.group(3)))
    if "MSB3" in line:
        for match in first_matches(_MSBUILD, line):
            conds.append((_msbuild_reason(low), match.group(0)))
            add_op(facts, RANK_SYSCALL, _MSBUILD_OPS[match.group(1)])
    if "code" in low:
        for match in first_matches(_TOOL_CODE, line):
            code, status = match.group(1), match.group(2)
            if code not in NAMED_CODES:
                conds.append((NET if status and status[0] == "5" else DIAG, code))
                if status:
                    facts.ops.append((RANK_VERB, "download"))
    if "msb" in low and ("error" in low or "[msb" in low):
        for match in first_matches(_MSBUILD_OTHER, line):
            if _MSBUILD.match(match.group(1)) is None:
                wrapper = match.group(1) in _MSBUILD_WRAPPERS
                conds.append((WEAK if wrapper else DIAG, match.group(1)))
                add_op(facts, RANK_VERB, _MSBUILD_OTHER_OPS.get(match.group(1)))
    if "xa" in low and "error" in low:
        for match in first_matches(_XAMARIN, line):
            conds.append((WEAK, match.group(1)))
    if "failed with error" in low or "(code:" in low:
        for match in first_matches(_API_ERROR, line):
            if low.startswith(" database is locked", match.end()):
                continue  # sqlx: "(code: 261) database is locked", SQLite's code, not Win32's
            number = int(match.group(1) or match.group(2))
            printed = f"error {number}" if match.group(1) else f"code: {number}"
            conds.append((_WINDOWS_CODES.get(number, WEAK), printed))
            facts.flags.add("windows")
    compiler = (
        any(code in low for code in ("lnk1104", "c1083", "c1041", "cs2012", "cs0009")) or None
    )
    output = compiler and _OUTPUT_NOT_OPENED.search(low)
    if output and output.group(1) == "lnk1104":
        named = _QUOTED_NAME.search(low, output.start())  # the file it names, not a later one
        suffix = named.group(1).rpartition(".")[2] if named else output.group(2)
        if suffix not in _LINKER_OUTPUTS:
            output = None
            facts.ops.append((RANK_VERB, "open"))  # the linker's input, in any language
    sure = output and output.group(1) in ("lnk1104", "c1041")  # C1041: several CL.EXE, one .pdb
    if output and (sure or "denied" in low or "another process" in low):
        conds.append((SHARING, output.group(1).upper()))
        facts.ops.append((RANK_VERB, "open"))
    ld_output = "cannot open output file" in low and _GNU_LD_OUTPUT.search(low)
    if ld_output and (ld_output.group(0)[1] == ":" or ld_output.group(0).startswith("ld.exe")):
        conds.append((SHARING, None))  # GNU ld on Windows: the program is still running
        facts.ops.append((RANK_VERB, "open"))
        facts.paths.append((ld_output.start(1), line[ld_output.start(1) : ld_output.end(1)]))
    seven_zip = "open output file : " in low and _SEVEN_ZIP_OUTPUT.search(low)
    if seven_zip:
        facts.ops.append((RANK_VERB, "open"))
        facts.paths.append((seven_zip.start(2), line[seven_zip.start(2) : seven_zip.end(2)]))
        reason, path = seven_zip.group(1), seven_zip.group(2)
        # Windows' sharing violation, or access denied to a program (its running process holds
        # it); any other reason (a full disk, a missing folder) is its own words' to decide
        if "another process" in reason or ("denied" in reason and _BINARY_NAME.search(path)):
            conds.append((SHARING, None))
        elif "denied" in reason:
            conds.append((ACCESS_WIN if path[1] == ":" else EACCES, None))
    if "svn: e" in low:  # Subversion's own codes: "svn: E204899: No space left on device"
        for match in first_matches(_SVN, line):
            locked = match.group(1) == _SVN_LOCKED
            conds.append((DIAG if locked else WEAK, match.group(1)))
            if locked:  # "Working copy 'x' locked": a lock left by another (or a dead) client
                facts.ops.append((RANK_VERB, "lock"))
    if "VERR_" in line:  # VirtualBox's runtime status: "cannot create image 'x' (VERR_...)"
        conds.extend((WEAK, match.group(1)) for match in first_matches(_VBOX, line))
    if "LIBUSB_ERROR_" in line:
        for match in first_matches(_LIBUSB, line):
            conds.append((NAMED_CODES.get(match.group(0), WEAK), match.group(0)))
        if "libusb_open" in low:  # OpenOCD: "libusb_open failed: LIBUSB_ERROR_ACCESS"
            add_op(facts, RANK_SYSCALL, "open")
    if "c101008d" in low:  # mt.exe could not write the manifest into a file something holds
        conds.append((SHARING, "c101008d"))
        facts.ops.append((RANK_VERB, "write"))
    if "nu1301" in low:  # NuGet: "Unable to load the service index for source ..."
        conds.append((NET, "NU1301"))
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
    if "{error," in low or "{:error," in low or "tcp connect" in low:
        for match in first_matches(_ERLANG, low):
            atom = match.group(match.lastindex or 1)
            cond = NAMED_CODES.get(atom.upper())
            if cond is not None:
                conds.append((cond, atom))
    if any(atom in line for atom in _ERLANG_ATOM_WORDS) and not any(
        quiet in low for quiet in _QUIET_ATOM_LINES
    ):  # (lower case, as Erlang prints)
        tupled = {code for _, code in conds}
        for match in first_matches(_ERLANG_ATOM, line):
            if match.group(1) not in tupled:  # (the error tuple's own, above)
                conds.append((NAMED_CODES[match.group(1).upper()], match.group(1)))
    if line.rstrip().endswith(_ZIG_NAMES):
        for match in first_matches(_ZIG_ERROR, line.rstrip()):
            conds.append((_ZIG_CODES.get(match.group(1), WEAK), match.group(1)))
    if ("aa)" in low or "170" in low) and _WINDOWS_FILE.search(line):
        # Windows' ERROR_BUSY ("The requested resource is in use.") where the line names a file
        # (Hyper-V's "Failed to open attachment 'E:\\x.vhd'", robocopy's "Copying File C:\\x"):
        # another process has it open, as POSIX's EBUSY says; of a port or a session it is no file
        conds[:] = [
            (EBUSY if _ERROR_BUSY.fullmatch(code or "") else cond, code) for cond, code in conds
        ]
