"""What a line's evidence means: its failure class and its tier, from the condition it
reports and the operation it names (the rules "Lock or genuine failure" and "Rename or unlink" of
:mod:`pytest_genreliability.classify`).

The tier ranks evidence from the most specific down, so that the reader can pick the line that
decides: a lock code on a rename (80) beats a network error (60), which beats a timeout (50).
"""

from __future__ import annotations

import re
from typing import Protocol

from .facts import (
    ACCESS_WIN,
    DELETING,
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
    RENAMING,
    SHARING,
    SIGNAL,
    TIMEOUT,
    TXTBSY,
    WATCHERS,
    WEAK,
    LineFacts,
)
from .paths import DRIVE, file_name

TIER = {
    "text_busy": 90,
    "rename_lock": 80,
    "unlink_lock": 80,
    "disk_full": 75,
    "oom": 70,
    "pending_delete": 70,  # a held file guessed from the call alone (libuv's EPERM on lstat)
    "lock_timeout": 65,  # a wait for a lock ran out: what failed after it (a fetch) follows
    "network": 60,
    "timeout": 50,
    "diagnostic": 45,
    "signal": 40,
    "permission": 30,
    "weak": 10,
    "lock_wait": 5,  # a wait that ended in another error is that error
}

# Conditions whose class depends on the operation (an operation is borrowed from the lines around
# when the line names none, also from lines reporting another of these: one error's block), and
# conditions whose answer names no operation.
OP_DEPENDENT = frozenset({SHARING, ENOTEMPTY, EBUSY, ACCESS_WIN, EPERM, EACCES})
SAME_BLOCK = OP_DEPENDENT | {LOCK_WAIT}  # a lock wait names the lock the error is about
NO_OPERATION = frozenset({NET, TIMEOUT, SIGNAL, OOM, DIAG, LOCK_WAIT})
_NON_MUTATING = frozenset({"lstat", "stat", "watch", "read", "readdir", "opendir", "access"})
# ENOSYS and Windows' ERROR_INVALID_FUNCTION, met while taking a lock
_NO_LOCKING = ("function not implemented", "incorrect function")
_WINDOWS_BINARIES = (".dll", ".exe", ".pyd", ".node")
_NFS_HELD = re.compile(r"(?:^|[\\/ ])\.nfs[0-9a-f]{8,}", re.IGNORECASE)
# A configuration or data file, which containers are given by bind-mounting it one file at a time
# (Docker's "-v ./nginx.conf:/etc/nginx/nginx.conf"), anything under /etc, and the temporary file
# sed -i renames onto the file it edits ("sed: cannot rename /app/sedAbc123: ...")
_MOUNTED_FILE = re.compile(
    r"^/etc/|\.(?:json|ya?ml|toml|ini|conf|cfg|cnf|xml|env|properties|txt|db|sqlite3?|csv)$"
    r"|/sed[A-Za-z0-9]{6}$",
    re.IGNORECASE,
)
# A program, which its running process holds wherever it lies (".so", ".so.1", ".node", ".dll")
_PROGRAM_SUFFIX = re.compile(r"\.(?:so(?:\.\d{1,4}){0,3}|node|dll|exe|dylib|pyd)$", re.IGNORECASE)
# Windows' or a share's files seen from a POSIX side (Docker Desktop's host paths, macOS' mounted
# volumes, WSL's drives), where EBUSY is a holder again; and shells that run on Windows (Git Bash,
# MSYS2, Cygwin: EBUSY is its sharing violation)
_HOST_FILES = re.compile(r"/run/desktop/mnt/host/|/host_mnt/|^/volumes/|^/mnt/[a-z]/", re.I)
_WINDOWS_SHELLS = ("mingw", "msys", "cygwin")
# The POSIX strerror of EBUSY, as glibc and musl/BSD print it ("Device or resource busy", "... to
# 'x': Resource busy"), not Node's "resource busy or locked", which Windows prints too
_POSIX_BUSY = ("device or resource busy", "': resource busy")


def network_op(facts: LineFacts) -> str | None:
    """``getaddrinfo`` when the name of the host could not be resolved, else ``download``: a
    build step's network failure is a fetch (a package, an engine, an index), whatever socket
    call (connect, read) the runtime names."""
    return "getaddrinfo" if any(op == "getaddrinfo" for _, op in facts.ops) else "download"


_TEMPORARY = re.compile(
    r"[\\/](?:temp|tmp)[\\/]|[\\/]pip-[a-z]{2,12}-[a-z0-9_]{4,}|[\\/]tmp[a-z0-9_]{6,}(?:[\\/.]|$)"
    r"|(?:^|[\\/])\.nfs[0-9a-f]{8,}",  # NFS keeps a deleted but open file as .nfsXXXX
    re.IGNORECASE,
)


# A serial port as Windows names it ("COM5", "\\.\COM12"): it has no rights to refuse, so "Access
# is denied" opening one is another program that has it open (a serial monitor, the IDE's
# uploader), as macOS' EBUSY is for its /dev/cu.x; a Linux /dev/ttyACM0 refused is the dialout group
_SERIAL_PORT = re.compile(r"(?:\\\\\.\\)?COM\d{1,3}")
# "C:\Program Files\x" (or "C:\Program", where a path with spaces was cut at the first)
_PROGRAM_FILES = re.compile(
    r"(?<![A-Za-z0-9_])[A-Za-z]:[\\/](?:program(?: files\b|$)|progra~\d)", re.IGNORECASE
)
# Where Windows keeps installed programs, which only an elevated process (or the Store) writes:
# Program Files, C:\Windows (not its Temp, which everyone writes: SYSTEM's runners build there),
# the system drive's root, the WindowsApps folders
_INSTALLED_PROGRAM = re.compile(
    _PROGRAM_FILES.pattern
    + r"|(?<![A-Za-z0-9_])c:[\\/](?:windows[\\/](?!temp[\\/])|[^\\/]+$)"
    + r"|[\\/](?:microsoft|program files)[\\/]windowsapps[\\/]",
    re.IGNORECASE,
)
# Windows' own folders: only an elevated process may write there; a refusal is the rights'
_SYSTEM_FOLDER = re.compile(
    r"(?<![A-Za-z0-9_])[A-Za-z]:[\\/]"
    r"(?:windows[\\/](?:system32|syswow64)\b|system volume information\b)",
    re.I,
)
_ROOT_FILE = re.compile(
    r"(?:\\\\\?\\)?C:[\\/](?:windows[\\/])?"
    r"(?![^\\/]{0,200}\.(?:exe|dll|sys|pyd|node|jar|cmd|bat|ps1|com|msi)$)"
    r"[^\\/]{1,200}\.[A-Za-z][A-Za-z0-9]{0,7}",
    re.I,
)
# What Windows keeps from every user but SYSTEM, met by a scan of a drive or a profile: lstat
# refused there is its rights, not a file being deleted
_PROTECTED = re.compile(
    r"(?:^|[\\/])(?:config\.msi|\$recycle\.bin|ntuser\.dat[^\\/]{0,20}|windowsapps|pagefile\.sys"
    r"|hiberfil\.sys|swapfile\.sys|dumpstack\.log(?:\.tmp)?|application data|elevateddiagnostics)"
    r"(?:[\\/]|$)",
    re.I,
)
# The junctions a Windows profile keeps for programs of Windows XP's time, which deny listing
_PROFILE_JUNCTION = re.compile(
    r"^(?:[a-z]:[\\/]{1,2})?(?:documents and settings[\\/]?$|users[\\/]{1,2}[^\\/]{1,100}[\\/]{1,2}"
    r"(?:templates|cookies|recent|sendto|nethood|printhood|start menu|my documents"
    r"|local settings|application data|appdata[\\/]{1,2}local[\\/]{1,2}application data"
    r"|documents[\\/]{1,2}my (?:music|pictures|videos))[\\/]?$)",
    re.I,
)
_PROFILE_JUNCTION_ENDS = tuple(
    f"\\{name}'"
    for name in (
        *str.split("templates cookies recent sendto nethood printhood"),
        *("start menu", "my documents", "local settings", "application data"),
    )
)
_CURL_WRITE_FAILED = ("curl: (23)", "(23) failure writing", "(23) failed writing")
_CONNECT_ERROR = ("tcp connect error", "error trying to connect")
_LISTENING = ("syscall: 'listen'", "syscall: 'bind'", "listen eaddrnotavail", "bind eaddrnotavail")
# EBUSY as a socket's or a resolver's error (urllib3's NewConnectionError, Node's "getaddrinfo
# EBUSY host"), not a file's
_NEW_CONNECTION = ("failed to establish a new connection", "getaddrinfo ebusy")
# git writes its object files read-only: a delete that Windows refuses there without a sharing
# violation met the read-only bit (an rmtree of a clone), not another process
_VCS_READ_ONLY = re.compile(
    r"[\\/]\.git[\\/](?:modules[\\/].{1,200}?[\\/])?objects[\\/]"
    r"|[\\/]\.svn[\\/]",  # Subversion's working copy files are read-only too
    re.I,
)
# pip moves what it uninstalls to "~name" folders beside it, and deletes them
_STASHED = re.compile(r"[\\/]site-packages[\\/]~[^\\/]{1,200}[\\/]", re.IGNORECASE)


def python_inferred_op(facts: LineFacts, cond: str, paths: list[str]) -> str | None:
    """Python prints both paths of a two-path call; one path, or none, on a sharing violation
    means a one-path call: in a build step, the delete of a file something still holds.

    pip's "Could not install packages" names the file it failed on: one of its own temporary
    files (``pip-unpack-*``, ``pip-req-tracker-*``, ``Temp\\tmp*``) is a clean-up, so a delete;
    an installed file is a replacement, left to the rule for a code without an operation.
    """
    if "python_arrow" in facts.flags:
        return "rename"
    if "python_exc" not in facts.flags or cond not in (SHARING, ACCESS_WIN, EBUSY):
        return None
    if any(_STASHED.search(path) for path in paths):  # pip's stash of what it uninstalls
        return "unlink"
    if "installer" in facts.flags:  # its own temporary file, held or denied: a clean-up
        return "unlink" if len(paths) == 1 and _TEMPORARY.search(paths[0]) else None
    if cond != SHARING:
        return None
    return "unlink" if len(paths) <= 1 else None


def _python_one_path(facts: LineFacts, paths: list[str]) -> bool:
    flags = facts.flags
    return len(paths) == 1 and "python_exc" in flags and not flags & {"python_arrow", "installer"}


def looks_like_directory(paths: list[str]) -> bool:
    if not paths:
        return False
    last = paths[-1].rstrip()
    if last.endswith(("/", "\\")) and len(last) > 3:  # "x/Logger/": a folder, by its separator
        return True
    name = file_name(last)  # the path the call named comes after the tool's own words
    return bool(name) and "." not in name and not name.startswith("~")


# A stack frame (or a traceback's file) of a networking library, or a download in progress: a
# timeout raised under it or next to it is a request that timed out (Python's urllib3/requests/
# http.client/socket, Java's java.net and OkHttp, .NET's System.Net, Node's net/tls/http, Nim's
# httpclient, Go's net/http, Rust's hyper)
_NETWORK_CONTEXT = (
    # .NET's HttpWebRequest and WebClient: "The operation has timed out" as a WebException
    # ("System.Net.WebException: ...", PowerShell's "FullyQualifiedErrorId : WebException", "...
    # timed out. (WebException)"), under 'Exception calling "GetResponse"', or its "The request
    # was aborted: ..." (not a test or a method named after it: "WebException_IsRetried")
    "system.net.webexception",
    ": webexception",
    "(webexception)",
    'calling "getresponse"',
    ".getresponse()",
    "the request was aborted",
    "checking for updates from http",  # NuGet.exe's self-update (pythonnet's setup.py)
    "downloading",
    "fetching",
    "pulling",  # an image or a model: "pulling 8440f2a076f1: 100%"
    "urllib3",
    "requests.exceptions",
    "requests/adapters",
    "requests\\adapters",
    "http/client.py",
    "http\\client.py",
    "socket.py",
    "ssl.py",
    "httpx",
    "aiohttp",
    "java.net.",
    "sun.net.",
    "okhttp3.",
    "org.apache.http.",
    "system.net.http",
    "system.net.sockets",
    "node:net",
    "node:_http",
    "(http.js:",  # Node before 12 named its core modules without the "node:" scheme
    "(tls.js:",
    "(_http_client.js:",
    "npm-registry-client",  # old npm's requests to its registry
    # Ruby's HTTP clients: Faraday's timeout, Net::HTTP's read as a frame names it
    "faraday::error::timeouterror",
    "faraday::timeouterror",
    "in `rbuf_fill'",
    "node:tls",
    "_http_client",
    "httpclient.nim",
    "net.nim(",
    "net/http.",
    "hyper::",
    "sock_connect",  # asyncio's connect (Windows' proactor: "finish_connect")
    "finish_connect",
)

# .NET's TLS classes whose native library would not load ("The type initializer for 'SslMethods'
# threw an exception" under "Authentication failed, see inner exception"); curl's 3, a malformed
# URL, above a script's "download failed"
# ... or Hardhat's local node that is not running (HH108: "Cannot connect to the network localhost.
# Please make sure your node is running, and check your internet connection ...")
_NO_SERVER_ASKED = (
    "type initializer for 'ssl",
    "curl: (3)",
    "cannot connect to the network localhost",
)
# Java's ServerSocket.accept timing out (a local peer, an IDE or a test's driver, never connected)
# and a read from the Docker daemon's socket (urllib3's UnixHTTPConnectionPool): no fetch
_LOCAL_WAIT = ("accept timed out", "unixhttpconnectionpool")
_ONE_TIME_PASSWORD = ("code eotp",)


_REFUSED_CODES = frozenset(("ECONNREFUSED", "-111", "111", "ERRNO 111", "OS ERROR 111"))
# what a refused connection's own lines never say: another failure, or a host away from here
_ANOTHER_FAILURE = (
    r"resolv|lookup|unknownhost|name resolution|enotfound|eai_again|getaddrinfo|timed? ?out"
    r"|\btls\b|\bssl\b|certificate|reset|econnreset|etimedout|ehostunreach|enetunreach"
)
_ANOTHER_NETWORK_FAILURE_WORDS = re.compile(_ANOTHER_FAILURE, re.IGNORECASE)
_ANOTHER_NETWORK_FAILURE = re.compile(
    _ANOTHER_FAILURE + r"|https?://(?!localhost\b|127\.|\[::1\]|0\.0\.0\.0)"
    r"|(?<![\w.])(?!127\.|0\.0\.0\.0)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])"
    r"|\bconnect to host\b",
    re.IGNORECASE,
)


class LineContext(Protocol):
    """What a decision may need to know about the lines around the deciding one; asked lazily,
    because each answer reads the neighbouring lines."""

    @property
    def facts(self) -> LineFacts: ...

    @property
    def paths(self) -> list[str]: ...

    def says(self, pattern: re.Pattern[str]) -> bool:
        """Whether the deciding line itself matches ``pattern``."""
        ...

    def windows(self) -> bool | None:
        """True on Windows evidence, False on POSIX paths, None when the lines cannot tell."""
        ...

    def near(self, flag: str) -> bool:
        """Whether the line or one of the lines around it carries ``flag``."""
        ...

    def says_near(self, words: tuple[str, ...]) -> bool:
        """Whether the line or one of the lines around it holds one of ``words`` (lower case)."""
        ...


def _across_drives(paths: list[str]) -> bool:
    """Whether ``paths`` name two Windows drives ("V:/tmp/x", "D:/cookbooks")."""
    return len({path[0].lower() for path in paths if DRIVE.match(path)}) > 1


def _mount_point_renamed_onto(context: LineContext) -> bool:
    """Whether a rename refused with EBUSY went onto a configuration or data file on Linux or
    macOS: POSIX renames over open files, so EBUSY there is a mount point, a file bind-mounted
    into a container (sed -i, an atomic write of a config), not a holder. A program keeps its
    reading as held (this project's examples hold an engine with a bind mount)."""
    paths = context.paths or context.facts.kv_paths  # (Node's error object: path, dest)
    if not any(_MOUNTED_FILE.search(path) for path in paths):
        return False
    if any(_PROGRAM_SUFFIX.search(path) for path in paths):
        return False
    if any(_HOST_FILES.search(path) for path in paths):
        return False
    if context.says_near(_WINDOWS_SHELLS):
        return False
    posix = context.windows()
    return posix is False or (posix is None and context.says_near(_POSIX_BUSY))


def decide(cond: str, op: str | None, context: LineContext) -> tuple[str, int]:
    """The class and tier of a line's evidence, given its condition and operation."""
    if op == "kill":  # a signal refused to a process (Node's "kill EPERM"): no file is held
        return "other", TIER["weak"]
    if cond == NOSPC and op == "watch":  # the inotify watch limit, not a full disk
        return "other", TIER["diagnostic"]
    if (
        cond == NET
        and context.near("client_error")
        # (a lookup or a timeout on a line of its own is not what a 404 beside it answered)
        and (
            "client_error" in context.facts.flags
            or not context.says(_ANOTHER_NETWORK_FAILURE_WORDS)
        )
    ):  # a 404 or 401 answered the fetch
        return "other", TIER["diagnostic"]
    if (
        cond == NET
        and context.near("local_refused")
        and (context.facts.printed(NET) or "ECONNREFUSED").upper() in _REFUSED_CODES
        and not context.says(_ANOTHER_NETWORK_FAILURE)
    ):
        # the error object under a refused connection to this machine ("code: 'ECONNREFUSED'",
        # "errno: -111", undici's "[cause]: ..."), a dev server's "proxy error" over it: what
        # nothing listened for; not another failure near it (a lookup, a timeout, TLS, a reset,
        # a remote host)
        return "other", TIER["diagnostic"]
    if (
        cond == NET
        and not context.facts.printed(NET)
        and context.near("answered")
        and not context.says(_ANOTHER_NETWORK_FAILURE_WORDS)
    ):
        # a download that failed, beside the server's answer (wget's exit 8, Emacs' "Bad
        # Request"), not a lookup or a connection that failed near it
        return "other", TIER["diagnostic"]
    if cond == TIMEOUT and context.says_near(_ONE_TIME_PASSWORD):
        # npm's EOTP: "If you already provided a one-time password then it is likely that you
        # either typoed / it, or it timed out": the registry asked for a login, nothing ran out
        return "other", TIER["diagnostic"]
    if (
        cond == TIMEOUT
        and op != "lock"  # a wait for another download's lock is a lock wait
        and "job_limit" not in context.facts.flags  # a CI job's own limit, whatever it ran
        and context.says_near(_NETWORK_CONTEXT)
        and not context.says_near(_LOCAL_WAIT)
    ):  # a request timed out, or a download did
        return "network", TIER["network"]
    if cond == LOCK_WAIT and context.says_near(_NO_LOCKING):
        # the lock could not be taken at all: the file system has no locks (a network share, a
        # FUSE mount), and no other process is in the way
        return "other", TIER["diagnostic"]
    if (
        cond == NET
        and "curl_code" not in context.facts.flags  # (curl's own code says why)
        and context.says_near(_NO_SERVER_ASKED)
    ):
        # .NET could not load its TLS library (OpenSSL's configuration), curl was given no URL it
        # could read: no server was asked
        return "other", TIER["diagnostic"]
    if cond == NET and context.near("crashed"):  # the other end was a local process that died
        return "other", TIER["diagnostic"]
    if cond == NET and context.says_near(_CURL_WRITE_FAILED):
        # curl's 23: what it downloaded could not be written (a missing or read-only folder);
        # the line that says why (EACCES, ENOENT) decides when there is one
        return "other", TIER["weak"]
    if cond == EBUSY and context.says_near(_NEW_CONNECTION):
        return "network", TIER["network"]
    if cond == NET and context.says_near(("eaddrnotavail",)) and context.says_near(_LISTENING):
        # Node's error object of a listen on an address the machine lacks ("code:
        # 'EADDRNOTAVAIL'" under "syscall: 'listen'"): the step's own setup, no network
        return "other", TIER["weak"]
    if cond in (EPERM, EACCES) and op is None and context.says_near(_CONNECT_ERROR):
        # "tcp connect error: Operation not permitted (os error 1)": a firewall refused it
        return "network", TIER["network"]
    if cond == TIMEOUT and op == "lock":
        return "timeout", TIER["lock_timeout"]
    simple = _SIMPLE.get(cond)
    if simple is not None:
        return simple
    renaming = op in RENAMING
    # a recursive delete lists and stats before it unlinks: rimraf's lstat refused on Windows is
    # the delete's (a file pending deletion that a handle still holds)
    deleting = op in DELETING or (op in ("scandir", "lstat") and context.near("deleting"))
    # meson's rmtree makes each file writable first: a chmod refused inside it is the delete's
    deleting = deleting or (op == "chmod" and context.near("recursive_delete"))
    # NFS keeps a file deleted while open as .nfsXXXX: busy there is a delete, whatever is named
    deleting = deleting or (
        cond == EBUSY and op is None and bool(_NFS_HELD.search(" ".join(context.paths)))
    )
    permission = ("permission", TIER["permission"])
    if (
        op == "rename"
        and cond in (EPERM, EACCES, ACCESS_WIN)
        and (RANK_SYSCALL, "rename") in context.facts.ops
        and _across_drives(context.paths)
    ):
        # the rename call cannot move a file to another drive (Windows refuses it, and some
        # runtimes say "Permission denied"): the tool's mistake, whatever holds the file. Not a
        # copy, nor a move that copies across drives (Java's Files.move, a tool's "a -> b")
        return "other", TIER["diagnostic"]
    if op == "symlink":
        return permission if cond in (EPERM, EACCES, ACCESS_WIN) else ("rename_lock", 80)
    if (
        cond in (ACCESS_WIN, EACCES, EPERM)
        and op in (None, "open")
        and any(map(_SERIAL_PORT.fullmatch, context.paths))
        and context.windows() is not False  # (coreutils' "cannot create 'COM1'" is a file's)
    ):
        return "rename_lock", 80
    if "no_reason" in context.facts.flags and context.windows() is False:
        return "other", TIER["weak"]  # "Unable to delete file '/x/bin/App.dll'" on Linux
    if cond == SHARING:
        if op in ("spawn", "exec"):  # the program to run is held: still being written
            return "text_busy", TIER["text_busy"]
        return ("unlink_lock" if deleting else "rename_lock"), 80
    if cond == ENOTEMPTY:  # a directory being cleared that something still fills or holds
        return "unlink_lock", 80
    if cond == EBUSY:
        if op in ("spawn", "exec"):  # Windows: running an executable still being written
            return "text_busy", TIER["text_busy"]
        if op == "lock":  # a lock another process holds, after waiting for it
            return "timeout", TIER["timeout"]
        if (
            deleting
            and context.windows() is False
            and not _NFS_HELD.search(" ".join(context.paths))
        ):
            # POSIX deletes open files: EBUSY there is a mount point (or NFS's .nfsXXXX file,
            # which stands for a deleted file a process still holds)
            return "other", TIER["diagnostic"]
        if deleting:
            return "unlink_lock", 80
        if renaming and _mount_point_renamed_onto(context):
            return "other", TIER["diagnostic"]
        if op in _NON_MUTATING or (op is not None and not renaming and op not in ("open", "write")):
            return "other", TIER["diagnostic"]
        return "rename_lock", 80
    if op == "watch" and cond == EPERM:
        if any(_PROFILE_JUNCTION.search(path) for path in context.paths) or (
            not context.paths  # (an error object: its path is on another line)
            and context.says_near(_PROFILE_JUNCTION_ENDS)
            and context.says_near(("\\users\\",))
        ):
            # a watcher that walked into one of the profile's old junctions ("C:\Users\x\
            # Templates"), which deny listing to everyone: refused rights, as a scandir of
            # "Application Data" is
            return permission
        # a watcher's stat refused on a file Windows keeps (DumpStack.log.tmp, pagefile.sys):
        # the watcher's trip, not the build's rights (ENOSPC there is the watch limit)
        return "other", TIER["diagnostic"]
    if cond == EACCES and context.windows() is False:
        return permission
    if any(_SYSTEM_FOLDER.search(path) for path in context.paths):
        return permission  # WebDriverManager.Net writing its driver into C:\Windows\system32
    if not deleting and any(_ROOT_FILE.fullmatch(path) for path in context.paths):
        # a file made or written at the system drive's root or in C:\Windows itself, where only
        # an elevated process may create files (a generator's "open 'C:\instance.gen.ts'", SQLite's
        # driver's "C:\WINDOWS\sqlite-...dll.lck"); not a program there, which its process holds
        return permission
    if (
        cond == EPERM
        and op == "lstat"
        and context.windows()
        and not looks_like_directory(context.paths)
        and not any(_PROTECTED.search(path) for path in context.paths)
    ):
        # libuv on Windows: a file pending deletion while another handle holds it cannot be
        # stat'ed (a watcher or a clean-up meets it). A guess from the call alone: a line that
        # names the holder's refusal outright decides before it
        return "unlink_lock", TIER["pending_delete"]
    if renaming and any(_PROGRAM_FILES.search(path) for path in context.paths):
        # a copy or rename into Program Files refused (not a sharing violation): an install
        # without elevation, far more often than a program held there
        return permission
    if cond == EPERM and op in ("copy", "write") and context.windows() is False:
        # POSIX lets a file be copied onto or written while another process has it open: EPERM
        # there is the file's or the mount's (immutable, a root-owned install folder, SIP)
        return permission
    if renaming:
        return "rename_lock", 80
    if deleting and any(_VCS_READ_ONLY.search(path) for path in context.paths):
        return permission
    if deleting:
        directory = looks_like_directory(context.paths or context.facts.kv_paths)
        syscall = (RANK_SYSCALL, "unlink") in context.facts.ops
        if cond == EPERM and syscall and directory and context.windows() is False:
            # unlink(2) of a folder (Node: "EPERM, unlink 'dir'"): macOS says EPERM where Linux
            # says EISDIR, a tool's misuse; rm's own "cannot remove" of a file is a refusal
            return "other", TIER["diagnostic"]
        if cond == EPERM and context.windows() is False:
            return permission  # immutable, SIP, a sticky directory
        if cond == EPERM and directory and not context.near("recursive_delete"):
            return "other", TIER["diagnostic"]
        return "unlink_lock", 80
    if cond == EPERM and op == "open" and context.windows():
        if any(_PROGRAM_FILES.search(path) for path in context.paths):
            return permission  # writing into Program Files without elevation (corepack's link)
        # libuv on Windows: a file another process opened without sharing cannot be opened
        return "rename_lock", 80
    if cond == EACCES and "python_exc" in context.facts.flags:
        # Python's open() on Windows says Errno 13 for a file another process holds (a sharing
        # violation), unless the file is one an install without elevation may not write
        drives = [path for path in context.paths if DRIVE.match(path)]
        if drives and not any(_PROGRAM_FILES.search(path) for path in drives):
            return "rename_lock", 80
    if op is None and cond == ACCESS_WIN and _python_one_path(context.facts, context.paths):
        # Python's one-path call refused with "access denied" (not a sharing violation): in a
        # build, a read-only file met by a clean-up far more often than a running program.
        return permission
    if op is None and cond == ACCESS_WIN:
        # "Access is denied" that names no call: a program or module that runs holds its own
        # file (pip replacing a loaded .pyd or .dll); any other file, a refusal
        binary = any(path.lower().endswith(_WINDOWS_BINARIES) for path in context.paths)
        if binary or "binary" in context.facts.flags:
            return "rename_lock", 80
        return permission
    if op is None and cond == EPERM and context.windows():
        return "rename_lock", 80
    if (
        cond == ACCESS_WIN
        and op == "open"
        and (binaries := [p for p in context.paths if p.lower().endswith(_WINDOWS_BINARIES)])
        and not any(_INSTALLED_PROGRAM.search(path) for path in binaries)
    ):
        # a program opened to be written, refused (Go's "open C:\x\x.test.exe: Access is
        # denied."): its earlier run, or a scanner, still has it; where programs are installed
        # (Program Files, C:\Windows, a drive's root, WindowsApps), the rights
        return "rename_lock", 80
    return permission


_SIMPLE: dict[str, tuple[str, int]] = {
    TXTBSY: ("text_busy", TIER["text_busy"]),
    NOSPC: ("disk_full", TIER["disk_full"]),
    OOM: ("killed", TIER["oom"]),
    NET: ("network", TIER["network"]),
    TIMEOUT: ("timeout", TIER["timeout"]),
    WATCHERS: ("other", TIER["diagnostic"]),
    EISDIR: ("other", TIER["diagnostic"]),
    DIAG: ("other", TIER["diagnostic"]),
    SIGNAL: ("killed", TIER["signal"]),
    PRIV: ("permission", TIER["permission"]),
    LOCK_WAIT: ("timeout", TIER["lock_wait"]),
    WEAK: ("other", TIER["weak"]),
}
