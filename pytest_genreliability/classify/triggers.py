"""Which lines of an output are worth reading: the needles that make a line a candidate, each
with the highest tier of evidence it can lead to (the tiers of `_classify_decide`).

A needle's tier lets the reader skip what cannot win: once the tail of an output has given
evidence of some tier, the rest is searched only for needles that can reach it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeAlias

from .codes import WEAK_CODES
from .facts import TXTBSY
from .strerror import BUSY_WORDS
from .words import DURATION, FAILED_FETCHING, NO_ANSWER_IN, NO_HTTP_ANSWER

_E_TRIGGER = re.compile(
    r"E(?:TXTBSY|PERM|ACCES|BUSY|NOTEMPTY|NOSPC|DQUOT|NOMEM|CONNRESET|CONNREFUSED|CONNABORTED"
    r"|TIMEDOUT|SOCKETTIMEDOUT|NOTFOUND|AI_AGAIN|AI_FAIL|HOSTUNREACH|NETUNREACH|NETDOWN|PROTO"
    r"|RR_STREAM_PREMATURE_CLOSE|ISDIR|ROFS|ADDRINUSE|ADDRNOTAVAIL"
    r"|NOENT|EXIST|NOTDIR|PIPE|IO|MFILE|NFILE|LOOP|XDEV|RESOLVE|LIFECYCLE|FTYPE|NOSYS)\b"
)
_E_TRIGGER_TIER = {"ETXTBSY": 90, "ENOSPC": 75, "EDQUOT": 75, "ENOMEM": 45, "EISDIR": 45}
_E_TRIGGER_TIER.update({"EPERM": 80, "EACCES": 80, "EBUSY": 80, "ENOTEMPTY": 80, "EROFS": 30})
_E_TRIGGER_TIER.update(dict.fromkeys(WEAK_CODES, 10))
_TIME_TRIGGER = re.compile(r"tim(?:eout|ed out|ing out)")
_ERR_TRIGGER = re.compile(
    r"err(?:no\W{0,3}-?(\d+)|! code e[a-z0-9]"
    r"|or(?: (\d+)|=(\d+)|\[e\d|\s{1,3}(?:\(active\)\s{1,3})?"
    r"(?:ts|cs|c|lnk|msb|lght|cndl|heat|wix|lit|trch|pyro|smok|insg|dark|melt|xa[a-z]{0,5})\d"
    r"| code: p\d"
    r"| code e[a-z0-9]|: p[1-4]\d{3}\b))"
)


# words._NOT_IN_TIME: a wait that did not end in time, one literal start each ("in " only after
# a negation or "failed to": "in " alone is on every line)
_NOT_IN_TIME_NEEDLES = (
    re.compile("after " + DURATION),
    re.compile("within " + DURATION),
    re.compile(r"n't [^.,;\n]{0,60}? in \d"),
    re.compile(r"not [^.,;\n]{0,60}? in \d"),
    re.compile(r"never [^.,;\n]{0,60}? in \d"),
    re.compile(r"failed to [^.,;\n]{0,60}? in \d"),
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
TRIGGERS: tuple[_Trigger, ...] = (
    (_E_TRIGGER, True, lambda m: _E_TRIGGER_TIER.get(m.group(0), 60)),
    (_ERR_TRIGGER, False, _number_tier),
    ("os { code", False, 90),
    ("text file busy", False, 90),
    ("resource busy", False, 80),
    (re.compile(r"msb3(?:02[167]|061|231)"), False, 80),
    ("0x8007", False, 80),
    ("0x8003", False, 80),  # (codes._HRESULT: STG's, Win32's code in its low word)
    # codes._OTHER_HRESULT: another facility's HRESULT reported as the error
    *((needle, False, 10) for needle in ("error: 0x8", "error 0x8", "/0x8", "from hresult: 0x8")),
    ("goaway received", False, 60),  # (words: HTTP/2's)
    ("(code: ", False, 80),
    ("used by another", False, 80),
    ("locked by", False, 80),
    ("locked a portion", False, 80),
    ("user-mapped", False, 80),
    ("violation", False, 80),
    ("lnk1168", False, 80),
    ("files open", False, 80),
    ("accessdenied", False, 80),
    (re.compile(r"error\(\d{1,5}, '[^'\n]{1,200}', none, (?:5|32)\)"), False, 80),  # (words)
    ("filesystemexception", False, 80),
    ("directorynotempty", False, 80),
    (re.compile(r"access (?:is denied|to the path|to file denied)"), False, 80),
    ("operation not permitted", False, 80),
    ("permission denied", False, 80),
    ("not empty", False, 80),
    (re.compile(r"space (?:left|on the disk)"), False, 75),
    ("disk quota", False, 75),
    ("state is 0x202", False, 75),
    ("disk is full", False, 75),
    ("memory", False, 70),
    ("heap space", False, 70),
    ("bad_alloc", False, 10),
    ("thrashing", False, 70),
    ("kill", False, 70),
    ("network", False, 60),
    ("download", False, 60),
    ("getaddrinfo", False, 60),
    ("request to", False, 60),
    ("resol", False, 60),
    ("fetch", False, 60),
    ("such host", False, 60),
    ("server misbehaving", False, 60),
    ("service not known", False, 60),
    ("look up", False, 60),
    ("handshake", False, 60),
    ("connect", False, 60),
    ("curl", False, 60),
    ("rpc failed", False, 60),
    ("unavailable", False, 60),
    ("proxy error", False, 60),
    ("internet", False, 60),
    ("upload-pack", False, 60),
    ("tunnel", False, 60),
    ("nohttpresponse", False, 60),
    ("remote end", False, 60),
    ("ssl", False, 60),
    ("tls", False, 60),
    ("nsurlerror", False, 60),
    ("try again", False, 80),
    ("inotify", False, 45),
    ("und_err", False, 60),
    ("could not get", False, 60),
    ("could not head", False, 60),
    ("unknownhost", False, 60),
    ("sockettimeout", False, 60),
    ("connectexception", False, 60),
    ("curl: (", False, 60),
    ("connreset", False, 60),
    ("socket", False, 60),
    ("status code 50", False, 60),
    ("urlopen error", False, 60),
    ("no address associated", False, 60),
    ("responded with ", False, 60),
    (' "http', False, 60),
    (_TIME_TRIGGER, False, 60),
    ("deadline", False, 60),
    ("took more than", False, 50),
    ("alarm clock", False, 50),  # (words: SIGALRM, a program's own time limit)
    ("waited too long", False, 50),
    ("cert verify failed", False, 60),  # (words: mbedTLS')
    ("zsh: alarm ", False, 50),
    ("sigalrm", False, 50),
    ("maximum wait time has been exceeded", False, 50),  # (words: a waiter's limit)
    ("took longer than", False, 50),
    ("execution time", False, 50),
    ("time limit for jobs", False, 50),
    ("cannot run in wd", False, 30),  # words: npm's lifecycle refused as root
    # words._OWN_WORDS
    ("directory is already in use", False, 45),
    ("pooltimedout", False, 50),
    ("write permissions error", False, 30),
    ("no response received", False, 60),
    ("empty response from the server", False, 60),
    # words._USB_NOT_OPENED
    ("cannot open dfu device", False, 30),
    ("error -3 opening", False, 30),
    # words._STATUS_NAME_5XX: .NET's HttpStatusCode names of a 5xx
    ("internalservererror", False, 60),
    ("badgateway", False, 60),
    ("serviceunavailable", False, 60),
    ("gatewaytimeout", False, 60),
    # codes._ERLANG_ATOM: Erlang's error atoms, lower case inside its terms
    ("eacces", True, 80),
    ("eperm", True, 80),
    ("ebusy", True, 80),
    ("enospc", True, 75),
    (
        "keyserver ",
        False,
        60,
    ),  # words._PHRASES: GnuPG's keyserver failures  # words._PHRASES: CI services' time limits
    ("no output has been received", False, 50),
    ("maximum time of", False, 50),
    ("owner of lock", False, 65),
    ("returns 258", False, 65),  # WaitForSingleObject's WAIT_TIMEOUT
    ("schema", False, 45),
    ("svn: E", True, 45),  # Subversion's own codes, on lines in any language
    ("VERR_", True, 10),  # VirtualBox's status codes
    ("a directory", False, 45),
    ("watchers", False, 45),
    ("sig", False, 40),
    (re.compile(r"code[:=]? ?\(?1(?:37|43)\b"), False, 40),
    (re.compile(r"status[:=]? ?\(?1(?:37|43)\b"), False, 40),
    ("exited with 1", False, 40),
    (re.compile(r"exit ?1(?:37|43)\b"), False, 40),
    ("exitfailure (-", False, 40),
    ("' failed (-", False, 40),  # emcc: "'clang ...' failed (-9)"
    ("stream ended", False, 60),  # Mercurial: "abort: stream ended unexpectedly"
    ("exit value 1", False, 40),
    ("disappeared", False, 40),
    ("terminated", False, 40),
    ("privilege", False, 30),
    ("read-only", False, 30),
    ("is not readable", False, 30),  # (words: Click's check of a path)
    ("error_access_denied file system exception", False, 30),  # Dart's, on Windows (codes)
    ("invalid http response", False, 60),  # (words: Zig's HTTP client)
    ("not writable by", False, 30),
    ("could not create local repository", False, 30),
    ("can't write on file", False, 30),
    ("noexec", False, 30),
    ("waiting for file lock", False, 20),
    ("client lock", False, 20),
    ("waiting for it to complete", False, 20),
    ("waiting", False, 20),
    # Windows' held-file and access-denied messages in other languages (words._LOCALIZED); the
    # reader skips the needles that are not ASCII when the output is
    *(
        (needle, False, 80)
        for needle in str.split(
            "prozess verweigert processus proceso processo negado negato przez процесс 程序"
            " gesperrt verrouillé bloqueado bloccato zablokował заблокирована"
            " プロセス 프로세스 refusé доступе dostępu 拒绝访问 拒否 거부"
            " 文件的一部分 ファイルの一部"
        )
    ),
    # ... and the held file in Dutch, Swedish, Norwegian, Danish, Czech, Finnish and Turkish
    *(
        (needle, False, 80)
        for needle in (
            "ander proces",
            "annan process",
            "annen prosess",
            "anden proces",
            "jiný proces",
            "prosessin käytössä",
            "işlem tarafından",
        )
    ),
    # glibc's strerror of EACCES and EPERM in other languages (words._LOCALIZED): POSIX, where
    # they are permission problems, so they are looked for only when nothing better was found
    # (Spanish's and Italian's EACCES are found by "negado" and "negato" above)
    *(
        (needle, False, 30)
        for needle in (
            "keine berechtigung",
            "permission non accord",
            "permissão negada",
            "权限不够",
            "許可がありません",
            "nicht erlaubt",
            "non permise",
            "no permitida",
            "non permessa",
            "não permitida",
            "不允许的操作",
        )
    ),
    # ... and its 10054, a connection the other end closed
    *(
        (needle, False, 60)
        for needle in ("remotehost", "hôte", "хост", "远程主机", "リモート", "원격")
    ),
    # "download failed" in other languages (words._DOWNLOAD_FAILED_WORDS; "download fehlgeschlagen"
    # is found by "download")
    *(
        (needle, False, 60)
        for needle in str.split("下载失败 下載失敗 ダウンロード 다운로드 téléchargement")
    ),
    ("lock", False, 20),
    # a wait for a lock given up after a time the tool names (words._LOCK_GAVE_UP), and the
    # common words of a lock wait that ran out (decide.TIER["lock_timeout"]: above a fetch's)
    (re.compile(r"acquire (?:[\w-]{1,30} ){0,2}lock\b"), False, 65),
    (re.compile(r"obtain (?:[\w-]{1,30} ){0,2}lock\b"), False, 65),
    *(
        (needle, False, 65)
        for needle in (
            "waiting to lock",  # Gradle
            "lock timed out",
            "obtain timed out",  # Lucene
            "lock wait timeout",  # MySQL's 1205
            "locktimeout",
            "waiting for lock",
            "waiting for the lock",
        )
    ),
    ("shutdown signal", False, 40),
    ("(program ", False, 40),  # gcc's compiler program killed (words._COMPILER_KILLED)
    ("canceled", False, 60),
    ("transport is closing", False, 60),
    ("ssl/tls", False, 60),
    ("incompleteread", False, 60),
    ("hash mismatch", False, 60),
    ("exclusive access", False, 65),  # the Gradle wrapper's lock
    ("unable to access", False, 60),
    ("lnk1104", False, 80),
    ("c1083", False, 80),
    ("c1041", False, 80),
    ("cs2012", False, 80),
    ("c101008d", False, 80),
    ("unknown host", False, 60),
    ("host remoto", False, 60),
    ("server error", False, 60),
    ("premature close", False, 60),
    ("copying assembly from", False, 80),
    ("locking the file", False, 80),
    ("watch limit", False, 45),
    ("maxfileswatch", False, 45),
    ("cross-device", False, 10),
    ("returned nothing", False, 60),
    ("responsetimeout", False, 60),
    ("internet connection", False, 60),
    ("failed retrieving", False, 60),
    ("be reached", False, 60),
    ("ssl routines", False, 60),
    ("open in another program", False, 80),
    ("still have files opened", False, 80),
    ("check your connection", False, 60),
    *((needle, False, 60) for needle in FAILED_FETCHING),
    ("could not read username", False, 10),
    ("could not read password", False, 10),
    ("authentication failed", False, 60),  # "... for 'https://'", "..., see inner exception"
    ("sufficient access rights", False, 30),
    ("no permission to install", False, 30),  # R (words)
    ("wrong permissions", False, 30),  # Selenium (words)
    ("[ssl: ", False, 60),  # (words: Python's ssl errors)
    ("not allowed to be accessed", False, 30),  # Foundry (words)
    ("ring-balancer", False, 60),  # Kong (words)
    ("408 (request timeout)", False, 60),  # (words: a server's timeout of the request)
    ("packet header", False, 60),
    ("terminated abruptly", False, 40),
    ("memory limit", False, 70),
    ("free disk space", False, 75),
    ("are at least necessary", False, 75),  # (words: GDAL's free space check)
    ("libusb_error_", False, 80),
    ("sending request", False, 60),
    ("request timeout", False, 60),
    ("forcibly closed", False, 60),
    ("transport connection", False, 60),
    ("disk full", False, 75),
    ("still writing", False, 80),
    ("aborted after", False, 50),
    # words._NOT_IN_TIME: a wait that did not end in time, one literal start each
    *((needle, False, 50) for needle in _NOT_IN_TIME_NEEDLES),
    ("took too long to", False, 50),
    ("taking a long time", False, 20),
    ("must be writable", False, 30),
    ("upstream request", False, 60),
    ("upstream connect", False, 60),
    ("contains a virus", False, 45),
    (re.compile(NO_HTTP_ANSWER), False, 60),
    ("ephemeral local storage", False, 75),
    ("out of free disk", False, 75),
    ("disk hosting", False, 75),
    ("kernel died", False, 40),
    ("deadkernelerror", False, 40),
    ("active lockfile", False, 20),
    ("is not writable", False, 30),  # (words._NOT_WRITABLE, as "not writable by" above)
    (re.compile(r"n't(?: [a-z]{1,12}){0,3} writable\b"), False, 30),
    ("filepermissionerror", False, 30),
    ("don't have write permissions", False, 30),
    ("taking longer than the", False, 50),
    ("transaction lock", False, 45),
    ("take exclusive lock", False, 45),
    ("sqlstate[", False, 60),  # codes._MYSQL_CLIENT: "SQLSTATE[HY000] [2006] MySQL server has gone"
    (re.compile(r"code:? e[a-z][a-z0-9]{2,20}\b"), False, 45),  # codes._TOOL_CODE ("code EINVAL")
    ("connection timeout", False, 60),
    ("payload is not completed", False, 60),
    ("toomanyrequests", False, 60),
    ("unable to resolve host", False, 60),
    ("unable to contact", False, 60),
    ("远端", False, 60),
    ("from the peer", False, 60),
    ("bad connection", False, 60),
    ("rate limit exceeded", False, 60),
    ("volume label syntax", False, 10),
    ("terminated after", False, 50),
    ("database is locked", False, 10),
    ("SQLITE_BUSY", True, 10),  # (codes.scan_codes)
    ("insufficient", False, 75),
    ("not enough", False, 75),
    ("disk space", False, 75),
    ("b on the ", False, 75),
    ("internetopenurl", False, 60),
    ("remotefetcher", False, 60),
    ("contenttooshort", False, 60),
    ("retrieval incomplete", False, 60),
    ("too many requests", False, 60),
    ("unexpected eof", False, 60),
    ("is it in use", False, 80),
    ("prior installation", False, 80),
    ("proxy server that is not", False, 60),
    ("lock file access", False, 30),
    ("not found. url=", False, 60),
    ("errorcode=", False, 75),
    ("wrote only", False, 75),
    ("timeout at", False, 60),
    ("win32 application", False, 45),
    ("cannot create process", False, 45),
    ("keyserver", False, 60),
    ("md5 mismatch", False, 60),
    ("declined permission", False, 30),
    ("currently in use", False, 80),  # (PowerShellGet's module; Chromium's LevelDB LOCK file)
    ("administrator", False, 30),  # "as administrator", "rights are required", "...rechte"
    ("time-out waiting", False, 50),
    ("could not reach host", False, 60),
    ("got signal and exited", False, 40),
    ("could not update from", False, 60),
    ("data path already locked", False, 20),
    ("another instance using", False, 20),
    ("signal: terminated", False, 40),
    ("fs_events", False, 45),
    ("argument list too long", False, 10),
    ("while sending the request", False, 60),
    ("ioerror: [errno", False, 80),
    ("kill eperm", False, 80),
    ("leading directories", False, 30),
    ("network-related", False, 60),
    ("tcp provider:", False, 60),
    ("используется другим процессом", False, 80),
    ("grab lockfile", False, 80),
    ("net::err_", False, 60),
    ("while downloading the update", False, 60),
    ("access was denied", False, 30),
    ("idle timeout reached", False, 60),
    ("sideband packet", False, 60),
    ("still expected", False, 60),
    ("connecterror: ", False, 60),
    ("networkerror: ", False, 60),
    (re.compile(r"error r10 \("), False, 50),
    ("operation completed successfully", False, 10),
    ("(error code: 0)", False, 10),
    ("wget", False, 60),
    ("=   exit code: ", False, 40),  # MPICH's banner (words._MPICH_EXIT)
    ("error opening file for writing", False, 80),  # NSIS (words._NSIS_OPEN)
    ("-- retry after", False, 60),
    ("espacio", False, 75),
    ("speicherplatz", False, 75),
    ("aucun espace", False, 75),
    ("espace insuffisant", False, 75),
    ("spazio esaurito", False, 75),
    *(
        (needle, False, 75)
        for needle in (
            "espaço",
            "свободного места",
            "места на диске",
            "没有空间",
            "miejsca na dysku",
        )
    ),
    *((needle, False, 75) for needle in ("磁盘空间不足", "空き領域", "디스크 공간")),
    *((needle, False, 75) for needle in ("spazio su disco", "na disku není", "nincs elég hely")),
    ("lock file exists", False, 20),
    ("could not get lock", False, 45),
    ("could not set lock", False, 45),
    ("failed to lock directory", False, 45),
    ("no permissions (", False, 30),  # adb (words._ADB_NO_PERMISSIONS)
    ("permissions for device", False, 30),
    ("io failure on output stream", False, 10),  # LLVM
    ("could not find artifact", False, 45),  # Maven's resolver (words._ARTIFACT_NOT_FOUND)
    ("permission to modify this file", False, 80),  # GHC's (words._GHC_DENIED)
    ("pull access denied", False, 45),  # Docker's registry refused
    ("SQLite database '", True, 20),  # Nix's database busy (words._NIX_DB_BUSY)
    ("wget failed with exit code", False, 60),  # mason.nvim (words._WGET_EXIT)
    ("non-properly", False, 60),  # Emacs' GnuTLS (words._PHRASES)
    (": bad request", False, 45),  # Emacs' package.el (words._EMACS_ANSWER)
    ("0x80244", False, 60),  # Windows Update (words._WU_TALKER)
    ("msg:unabletodownload", False, 60),  # PackageManagement
    ("moduleisinuse,uninstall", False, 80),  # PowerShellGet
    ("winrm cannot complete the operation", False, 60),
    ("hresult 0x80338126", False, 60),
    ("0x80338012", False, 45),  # words.WINRM_NOT_LISTENING
    ('code="2150858770"', False, 45),
    ("insufficient permission for adding", False, 30),  # git
    ("executing an action on the machine", False, 45),  # Vagrant (words._LOCK_REFUSED)
    (re.compile(r"status code:? [45]\d\d\b"), False, 60),  # words._STATUS_CODE_5XX, a 4xx's
    ("already open elsewhere", False, 80),  # Word (words._PHRASES)
    ("ssl certificate failed to verify", False, 60),
    ("errsecinternalcomponent", False, 30),  # codesign
    ("do not have write permissions on", False, 30),  # ExtUtils::Install
    (re.compile(r"HTTP/[123](?:\.[01])? 5\d\d\b"), True, 60),  # words._STATUS_LINE_5XX
    ('","url":"http', False, 60),  # Go's url.Error as JSON (words._GO_URL_ERROR)
    ("time limit exceeded", False, 50),
    ("ACCESS DENIED:", True, 30),  # Portage's sandbox (words._SANDBOX_DENIED)
    ("invalid lock", False, 45),  # CPAN.pm (words._LOCK_REFUSED)
    ("already in progress; skipping", False, 45),  # Puppet
    ("is already running", False, 45),  # Certbot (words._LOCK_REFUSED)
    ("err_pnpm_", False, 45),
    ("min-free-space", False, 75),
    ("allocate block", False, 75),
    ("error_file_in_use", False, 80),
    ("error_user_not_admin", False, 30),
    ("ssl connection could not", False, 60),
    ("closed the transport stream", False, 60),
    ("no data of the requested type", False, 60),
    ("找不到请求的类型的数据", False, 60),
    ("cannot unlock", False, 10),
    ("terminated the handshake", False, 60),
    ("certificate, issued by", False, 60),
    ("network name is no longer available", False, 60),
    ("unable to get host address", False, 60),
    ("execvp error on file", False, 45),
    ("already being", False, 20),
    ("error, :", False, 80),
    ("{error,", False, 80),
    ("tcp connect", False, 80),
    ("(exit) time out", False, 60),
    ("certificate", False, 60),
    ("certification path", False, 60),  # Java's PKIX failure
    ("publickey", False, 30),  # ssh's refused key (words._SSH_NO_METHOD)
    ("cert_", False, 60),
    ("inactivity time", False, 50),
    ("write permissions", False, 30),
    ("(timeout)", False, 65),  # (borg's lock)
    ("read operation", False, 60),
    (re.compile(r"returned:? ?1(?:37|43)\b"), False, 40),
    (re.compile(r"error[:=] ?1(?:37|43)\b"), False, 40),  # ("error 137" is _ERR_TRIGGER's)
    (re.compile(r"exit: 1(?:37|43)\]"), False, 40),  # drush's "[Exit: 137]"
    ("could not transfer", False, 60),
    # words._UNEXPLAINED, one literal prefix each (a pattern that starts with a literal is found
    # at the speed of a substring search)
    *(
        (re.compile(prefix + r" (?:move|rename|delete|remove)\b"), False, 80)
        for prefix in ("not", "n't", "unable to", "failed to")  # could/can/can not, couldn't/can't
    ),
    (re.compile(r"(?:not|n't) be (?:moved|renamed|deleted|removed)\b"), False, 80),  # (passive)
    ("please manually remove", False, 80),
    ("request of", False, 60),
    ("request for", False, 60),
    ("http request", False, 60),
    ("https request", False, 60),
    ("timely fashion", False, 50),
    ("[msb", False, 45),
    ("temporary error", False, 60),
    ("service index", False, 60),
    ("not owner", False, 80),
    (" from http", False, 60),
    ("cannot open url", False, 60),  # R's fetch (words.py's _FETCH_FROM)
    (re.compile(r": (?:AccessDenied|SharingViolation|FileBusy|NoSpaceLeft|DirNotEmpty)"), True, 80),
    ("it is busy", False, 80),
    ("in use by another", False, 80),
    ("currently being used", False, 80),  # KuduSync
    ("closed before we received", False, 60),  # botocore's ConnectionClosedError
    ("另一进程", False, 80),
    ("用户映射区域", False, 80),
    ("ユーザー マップ", False, 80),  # Japanese 1224: "ユーザー マップ セクション"
    ("ユーザーマップ", False, 80),
    ("section mappée", False, 80),
    ("sección asignada", False, 80),
    # Windows' "The directory is not empty" (145) in other languages
    *(
        (needle, False, 80)
        for needle in (
            "nicht leer",
            "pas vide",
            "no está vacío",
            "não está vazio",
            "non è vuota",
            "nie jest pusty",
            "не пуста",
            "不是空的",
            "空ではありません",
        )
    ),
    ("exited prematurely", False, 40),
    # two needles with a literal start each: an alternation at the start is tried at every position
    (re.compile(r"code -(?:9|15)\b"), False, 40),
    (re.compile(r"status -(?:9|15)\b"), False, 40),
    ("response body", False, 60),
    ("reading a body", False, 60),
    ("stream error", False, 60),
    ("http2 error", False, 60),
    ("transfer", False, 60),  # curl's "transfer closed with", Maven's TransferFailedException
    ("failed_connect", False, 60),
    ("nxdomain", False, 60),
    ("lockerror", False, 20),
    ("stale threshold", False, 20),
    ("parent directory for lock", False, 30),
    ("file install cannot", False, 30),
    ("symbolic link", False, 30),
    ("retrying renaming", False, 80),
    ("administrative privileges", False, 30),
    ("error in the fork", False, 50),
    ("deadlock avoided", False, 10),
    ("x509", False, 60),
    ("service was stopped", False, 40),
    ("cannot access the file", False, 80),
    (re.compile(NO_ANSWER_IN), False, 50),
    ("with no output", False, 50),
    ("listener", False, 60),
    ("onhangup", False, 60),
    ("] hangup", False, 40),  # (words: make naming SIGHUP)
    ("connectex", False, 60),
    ("wsarecv", False, 60),
    ("wsasend", False, 60),
    ("error: aborted", False, 60),
    ("no longer running", False, 40),
    ("still be using", False, 80),
    ("deny(1)", False, 30),
    ("net::", False, 60),
    ("restclient::", False, 60),
    ("faraday::", False, 60),
    ("connect_timeout", False, 60),
    ("ssl syscall error", False, 60),
    ("connection to server was lost", False, 60),
    ("closed the connection", False, 60),
    ("ephemeral-storage", False, 75),
    ("already exists", False, 10),
    ("cannot find the", False, 10),
    ("could not find a part of the path", False, 10),
    ("different disk drive", False, 10),
    ("cannot open output file", False, 80),
    ("nu1301", False, 60),
    ("no locks available", False, 10),
    ("file exists", False, 10),
    ("file in use", False, 80),
    ("underlying connection", False, 60),
    ("failed connect", False, 60),
    ("signal kill", False, 40),
    ("running out of disk space", False, 75),
    ("stopped hearing from agent", False, 40),
    ("processsignaled", False, 40),
    ("tunneling socket", False, 60),
    ("closed cleanly", False, 60),
    ("reqwest::error", False, 60),
    ("no such file", False, 10),
    ("not found", False, 10),
    ("not recognized as an internal", False, 10),
    ("/usr/bin/env: ", False, 10),
    (re.compile(r": (?:FileNotFound|PathAlreadyExists|NotDir)\b"), True, 10),
    ("httpexception", False, 60),
    ("tlsexception", False, 60),
    ("in another process to complete", False, 20),
    # phrases of words._PHRASES that no needle above holds (a test keeps every phrase reachable)
    ("executablefilebusy", False, 90),
    ("storagefull", False, 75),
    ("gc overhead", False, 70),
    ("last few gcs", False, 70),
    ("have permission to save", False, 30),
    ("unlink old '", False, 80),  # words._GIT_UNLINK_INVALID
    ("parallel golangci-lint", False, 65),
    ("lookup address", False, 60),
    ("actively refused", False, 60),
    ("servname", False, 60),
    ("max retries", False, 60),
    ("200 response", False, 60),
    ("gateway", False, 60),
    ("execution expired", False, 50),
    ("(read failed)", False, 60),
    ("(write failed)", False, 60),
    # words._CONNECTION_FAILED's "cannot reach", and an HTTP answer that says the request was
    # wrong (words._CLIENT_ERROR) printed by itself: "npm http 404 https://...", "(403 Forbidden)"
    ("t reach", False, 60),
    ("to reach", False, 60),
    ("http 40", False, 10),
    ("http status 4", False, 10),
    ("http error: 4", False, 10),  # Firebase's "HTTP Error: 400, Unknown Error"
    ("http response code: 4", False, 10),  # Java's "Server returned HTTP response code: 403"
    ("response code 4", False, 10),  # got's "HTTPError: Response code 400 (Bad Request)"
    ("does not indicate success: 4", False, 10),  # .NET's EnsureSuccessStatusCode
    # Tauri's bundler: "failed to bundle project: `http status: 404`"
    ("http status: 4", False, 10),
    ("http response: 4", False, 10),  # solc-js: "Error: Unexpected HTTP response: 404"
    ("http-status 4", False, 10),  # BITS, in German too: "HTTP-Status 404: Die angeforderte URL"
    ('","err":', False, 80),  # codes._GO_PATH_ERROR_JSON: a PathError in a JSON log
    ("403 forbidden", False, 10),
    (" client error: ", False, 10),  # words._CLIENT_ERROR: Python requests' raise_for_status
    ("404 not found", False, 10),
    ("bad response", False, 10),  # RubyGems: "bad response Forbidden 403 (https://...)"
    # a request's answer after it, Go's go-github: "POST https://api.github.com/x: 422 Validation"
    ("post https://", False, 10),
    ("put https://", False, 10),
    ("patch https://", False, 10),
)
# The needles `Reader.timeout_evidence` looks for when the runner ended the step: the words that
# say a time ran out
# Needles looked for in an output's tail only (the last `reader.TAIL_FIRST` characters, where a
# failing step prints its error): glibc's "Text file busy" and "Device or resource busy" in other
# languages (strerror.GLIBC_STRERROR), by a word of each (strerror.BUSY_WORDS). Over the whole of a
# long output, in the scripts it is written in, they would cost more than the rest of its reading.
TAIL_TRIGGERS: tuple[_Trigger, ...] = tuple(
    (word, False, 90 if cond == TXTBSY else 80) for word, cond in BUSY_WORDS
)
TIMEOUT_TRIGGERS = frozenset(
    {_TIME_TRIGGER, "deadline", "took more than", "took longer than", "took too long to"}
    | {"execution time", "taking longer than the", *_NOT_IN_TIME_NEEDLES}
    | {"alarm clock", "zsh: alarm ", "sigalrm", "waited too long"}
) | {"owner of lock", "(exit) time out"}


def top_tier(tier: int | Callable[[re.Match[str]], int]) -> int:
    return tier if isinstance(tier, int) else 90
