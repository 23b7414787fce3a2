"""What a line says in words: the phrases tools print instead of a code (Go, .NET, Java, and
every tool's own prose), and the words that change what a code means.

`scan_words` runs after `_classify_codes.scan_codes` on the same line: some rules read the
conditions the codes gave (ENOSPC about a watch is the inotify limit; a signal 6 is a crash).
Phrases are plain substrings, looked for only when their anchor is in the line; the patterns
are compiled once, with bounded repetitions.
"""

from __future__ import annotations

import re

from .codes import NAMED_CODES
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
    RANK_GERUND,
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
)
from .operations import HTTP_METHODS, PATH_START, add_op, add_path, add_paths, log_prefix_end
from .paths import clean_path
from .strerror import BUSY_WORDS, GLIBC_KILLED, GLIBC_STRERROR

# What the macOS sandbox refused: "Sandbox: zsh(96617) deny(1) file-read-data /x/y.sh"
_SANDBOX_ACTIONS = ("file-write", "file-read", "process-exec")
# Words, for tools that print no code (Go, .NET, Java) and as support: (anchor, phrases). A
# phrase is looked for only when its anchor is in the line, which keeps a long line cheap.
_PHRASES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("busy", (("text file busy", TXTBSY), ("resource busy", EBUSY), ("because it is busy", EBUSY))),
    ("executablefilebusy", (("executablefilebusy", TXTBSY),)),
    ("watchers", (("number of file watchers", WATCHERS),)),
    ("inotify", (("inotify watch limit", WATCHERS), ("inotify_add_watch", WATCHERS))),
    ("nsurlerrordomain", (("nsurlerrordomain", NET),)),  # Apple's URL loading system
    ("another process", (("used by another process", SHARING), ("locked by another", SHARING))),
    ("another process", (("in use by another process", SHARING),)),  # Java's wording
    # Microsoft Word (through COM: docx2pdf): "This file is in use by another application or user."
    # (its own words, not a help text's "even if the file is in use by another application")
    ("another application", (("file is in use by another application or user", SHARING),)),
    ("open elsewhere", (("because it is already open elsewhere", SHARING),)),  # Word's save
    ("cannot access the file", (("the process cannot access the file", SHARING),)),  # cut short
    ("files open", (("process has files open", SHARING),)),
    # Gradle again: "New files were found. This might happen because a process is still writing
    # to the target directory."
    ("still writing", (("process is still writing to the target directory", SHARING),)),
    ("file in use", (("file in use", SHARING),)),  # Godot: "file in use, locked or ..."
    # An ACME server's validation could not reach the site (Let's Encrypt: "Fetching http://x/
    # .well-known/acme-challenge/y: Timeout during connect (likely firewall problem)")
    ("timeout during", (("timeout during connect", NET),)),
    # ... and its other wordings, each with the server it blames ("(your server may be slow or
    # overloaded)"), not a debug probe's "WAIT timeout during read (addr=4)"
    ("(your server", (("timeout during read (your server", NET),)),
    ("(your server", (("timeout during write (your server", NET),)),
    ("(your server", (("timeout after connect (your server", NET),)),
    ("file exists (17)", (("file exists (17)", WEAK),)),  # EEXIST in words, its number after it
    # R's "cannot remove earlier installation, is it in use?": held on Windows, refused elsewhere
    ("is it in use", (("is it in use", EACCES),)),
    ("prior installation", (("cannot remove prior installation", EACCES),)),  # R again
    # .NET's HttpClient: the TLS session with the server did not come about
    ("ssl connection", (("the ssl connection could not be established", NET),)),
    ("transport stream", (("remote party has closed the transport stream", NET),)),
    ("handshake", (("remote host terminated the handshake", NET),)),  # Java's SSLHandshake
    # Windows' 64 (ERROR_NETNAME_DELETED): a share or a socket's peer went away
    ("network name", (("the specified network name is no longer available", NET),)),
    # Windows' 11004 (WSANO_DATA) in words: a name that resolves to no address
    ("no data of the requested type", (("no data of the requested type was found", NET),)),
    # a lock file released by a process that did not hold it (mongodb-memory-server's binaries)
    ("cannot unlock", (("cannot unlock file", WEAK),)),
    # NuGet: "Unable to obtain lock file access on 'x' ... does not have permission to access it"
    ("lock file access", (("unable to obtain lock file access", PRIV),)),
    ("locked", (("the file is locked by", SHARING), ("locked a portion of the file", SHARING))),
    ("user-mapped", (("user-mapped section", SHARING),)),
    ("violation", (("sharing violation", SHARING), ("sharing_violation", SHARING))),
    ("violation", (("lock violation", SHARING), ("lock_violation", SHARING))),
    ("space", (("no space left", NOSPC), ("not enough space on the disk", NOSPC))),
    ("disk is full", (("disk is full", NOSPC),)),
    ("disk full", (("disk full", NOSPC),)),  # Paket, .NET tools: "Disk full. Path /x"
    # the linker's LNK1180, Android's INSTALL_FAILED_INSUFFICIENT_STORAGE, installers' words
    ("insufficient", (("insufficient disk space", NOSPC), ("insufficient storage", NOSPC))),
    ("insufficient", (("insufficient_storage", NOSPC), ("insufficient space", NOSPC))),
    ("not enough", (("not enough space", NOSPC), ("not enough disk space", NOSPC))),
    ("disk space monitor", (("disk space monitor", NOSPC),)),  # bitbake stopping its tasks
    ("min-free-space", (("min-free-space", NOSPC),)),  # OSTree (flatpak) keeping a reserve
    # e2fsprogs filling an image ("in ext2 filesystem"; DuckDB's "of 134217736 bytes" is memory)
    ("allocate block", (("could not allocate block in ext2 filesystem", NOSPC),)),
    # GDAL's own check before writing a raster (CHECK_DISK_FREE_SPACE): "Free disk space available
    # is 49152 bytes, whereas 2705360268 are at least necessary."
    ("free disk space available is", (("are at least necessary", NOSPC),)),
    ("quota", (("disk quota exceeded", NOSPC),)),
    # SteamCMD: "Error! App '730' state is 0x202 after update job." (not enough disk space)
    ("0x202", (("' state is 0x202 after update job", NOSPC),)),
    ("running out of disk space", (("running out of disk space", NOSPC),)),  # GitHub's runner
    # Kubernetes evicting a build pod: "The node was low on resource: ephemeral-storage"
    ("ephemeral-storage", (("low on resource: ephemeral-storage", NOSPC),)),
    # ... and its limit: "Pod ephemeral local storage usage exceeds the total limit of containers"
    ("ephemeral local storage", (("ephemeral local storage usage exceeds", NOSPC),)),
    # Windows' 183 in words: a rename onto a file that exists, not a held file
    ("already exists", (("cannot create a file when that file already exists", WEAK),)),
    ("storagefull", (("storagefull", NOSPC),)),
    ("directory", (("is a directory", EISDIR), ("illegal operation on a directory", EISDIR))),
    ("directory", (("directory not empty", ENOTEMPTY), ("directory is not empty", ENOTEMPTY))),
    ("privilege", (("required privilege is not held", PRIV), ("administrative privileges", PRIV))),
    ("read-only", (("read-only file system", PRIV),)),
    # freshclam: "Hint: The database directory must be writable for UID 700 or GID 700" (and
    # "not writable" in any words: `_NOT_WRITABLE`)
    ("writable", (("must be writable", PRIV),)),
    # Maven: "Could not create local repository at /root/.m2/repository" (its owner's folder)
    ("local repository", (("could not create local repository", EACCES),)),
    # Selenium, when the driver it found cannot be run: "Message: 'chromedriver' executable may
    # have wrong permissions."
    ("wrong permissions", (("executable may have wrong permissions", PRIV),)),
    # R: "ERROR: no permission to install to directory '/x/library/'" (a library the user may not
    # write)
    ("no permission to", (("no permission to install to directory", PRIV),)),
    # TeX: "! I can't write on file `main.log'." (the folder or the file is not writable)
    ("write on file", (("i can't write on file", EACCES),)),
    # a program on a file system mounted noexec (a hardened /tmp) cannot be run by anyone
    ("noexec", tuple((phrase, PRIV) for phrase in ("'noexec'", "noexec option", "with noexec"))),
    ("denied", (("access is denied", ACCESS_WIN), ("permission denied", EACCES))),
    ("permitted", (("operation not permitted", EPERM),)),
    ("memory", (("out of memory", OOM), ("outofmemory", OOM), ("memoryerror", OOM))),
    # Node: a worker thread's heap is full, as raised ("Error [ERR_WORKER_OUT_OF_MEMORY]:") or as
    # the error's code
    ("memory", (("[err_worker_out_of_memory]", OOM), ("code: 'err_worker_out_of_memory'", OOM))),
    # strerror(ENOMEM): a call the tool made failed (see `codes.NAMED_CODES`), no kill
    ("memory", (("cannot allocate memory", DIAG), ("memory allocation of", OOM))),
    ("memory", (("jvm memory", OOM),)),
    ("heap", (("heap space", OOM),)),
    # Bundler: "There was an error while trying to write to Gemfile.lock. It is likely that you
    # need to allow write permissions for the file at path:"
    ("write permissions", (("allow write permissions for", PRIV),)),
    # Cocoa's NSFileWriteNoPermissionError: "You don’t have permission to save the file “x” in
    # the folder “y”."
    (
        "permission to save",
        (("don’t have permission to save", PRIV), ("don't have permission to save", PRIV)),
    ),
    # Node's report of a heap it could not grow, above the "JavaScript heap out of memory" that a
    # paste may cut off
    ("last few gcs", (("<--- last few gcs --->", OOM),)),
    # C++'s allocation refused: no kill by itself (the corpus' labels), and a kill printed with it
    # still decides (a build the OOM killer stopped while another process threw it)
    ("alloc", (("bad_alloc", WEAK),)),
    ("thrashing", (("garbage collector thrashing", OOM),)),
    ("overhead", (("gc overhead limit", OOM),)),
    ("kill", (("oom-kill", OOM), ("oom_kill", OOM), ("oomkill", OOM), ("oom kill", OOM))),
    ("kill", (("sigkill", SIGNAL), ("kill -9", SIGNAL))),
    ("network", (("network error", NET), ("network timeout", NET), ("spurious network", NET))),
    ("network", (("network failure", NET),)),  # cargo: "network failure seems to have happened"
    (
        "urlopen error",
        (("urlopen error", NET),),
    ),  # Python's urllib: "<urlopen error [Errno 99] ...>"
    # EAI_NODATA (glibc, Android): the host name has no address
    ("no address", (("no address associated with hostname", NET),)),
    # a service that failed, or that refused for now: too many requests
    ("responded with ", tuple((f"responded with {n}", NET) for n in (500, 502, 503, 504, 429))),
    ("network", (("network is unreachable", NET),)),
    ("internet", (("internet not reachable", NET),)),  # SDKMAN
    ("git-upload-pack", (("cannot open git-upload-pack", NET),)),  # JGit, when it got no answer
    ("make request", (("failed to make request to", NET),)),  # Firebase CLI
    ("nohttpresponse", (("nohttpresponseexception", NET),)),  # Apache HttpClient: no answer
    ("proxy", (("unable to tunnel through proxy", NET),)),
    # Rust's resolver (hyper, reqwest): "dns error: failed to lookup address information"
    ("lookup address", (("failed to lookup address information", NET),)),
    ("network", (("trouble with your network", NET),)),
    ("connect", (("connection reset", NET), ("connection refused", NET))),
    ("connect", (("connection was reset", NET), ("could not connect", NET))),
    ("actively refused", (("actively refused", NET),)),
    ("connect", (("connection timed out", NET), ("connection aborted", NET))),
    ("connect", (("without establishing a connection", NET),)),  # Node's socket connect timeout
    ("connect", (("connection closed", NET), ("connection broken", NET))),
    # botocore: "ConnectionClosedError: Connection was closed before we received a valid response
    # from endpoint URL"
    ("closed before", (("closed before we received a valid response", NET),)),
    ("connect", (("connecttimeout", NET), ("connect timeout error", NET))),  # undici
    ("connect", (("failedconnectionexception", NET), ("internalconnectmultiple", NET))),
    ("socket", (("socket-error", NET),)),  # SBCL: (SB-BSD-SOCKETS:SOCKET-ERROR "connect")
    ("stream error", (("stream error: stream id", NET),)),  # Go's HTTP/2 client
    ("locked by", (("locked by an external process", SHARING),)),  # Web Deploy
    # KuduSync (Azure's deployments): 'Failed to change file that is currently being used "x"'
    ("being used", (("failed to change file that is currently being used", SHARING),)),
    ("ssl connect", (("ssl connect error", NET),)),  # curl's 35
    # pyOpenSSL's error list: "Error: [('SSL routines', 'SSL3_READ_BYTES', 'sslv3 alert
    # certificate unknown')]"; SwiftPM's and Xcode's "The server SSL certificate failed to verify."
    # Emacs' GnuTLS: "gnutls.c: [0] (Emacs) fatal error: The TLS connection was non-properly
    # terminated."
    ("non-properly", (("tls connection was non-properly terminated", NET),)),
    # an HTTP answer that broke off (Go), a server error (Rust's reqwest), an HTTP request that
    # timed out (Node), a connection the other end closed (Windows' 10054 in words)
    ("response body", (("response body closed", NET), ("response body error", NET))),
    ("server error", (("http status server error", NET),)),
    ("request timeout", (("request timeout:", NET), ("request timeout error", NET))),
    ("forcibly closed", (("forcibly closed by the remote host", NET),)),
    ("internetopenurl", (("internetopenurl", NET),)),  # WinINet (winget): a download failed
    # PowerShell's WebClient, RubyGems' fetcher, Python's urlretrieve cut short, a rate limit
    ('calling "download', (('calling "downloadfile"', NET), ('calling "downloadstring"', NET))),
    ("remotefetcher", (("remotefetcher", NET),)),
    ("contenttooshort", (("contenttooshorterror", NET), ("retrieval incomplete", NET))),
    ("too many requests", (("too many requests", NET),)),
    ("socket", (("waiting for socket", NET),)),  # Perl's HTTP::Tiny
    ("downloadtimedout", (("downloadtimedout", NET),)),  # Apollo's CLI downloader
    ("transport connection", (("unable to read data from the transport connection", NET),)),
    ("connect", (("newconnectionerror", NET), ("failed to connect", NET))),
    ("curl: (", (("curl: (", NET),)),
    ("socket", (("socket hang up", NET), ("socket connection timeout", NET))),
    ("socket", (("socket error", NET), ("socketexception", NET), ("failedtoopensocket", NET))),
    ("connect", (("connection failed", NET), ("connectionrefused", NET))),
    ("connreset", (("connresetexception", NET),)),  # Node's "Error: aborted" frame
    # Node's socket frames under "Error: aborted": the only sign that a download broke off
    ("listener", (("socketcloselistener", NET), ("socketerrorlistener", NET))),
    ("tlssocket.onhangup", (("tlssocket.onhangup", NET),)),
    # Go on Windows: "dial tcp 1.2.3.4:443: connectex: ...", "read tcp ...: wsarecv: ..."
    ("connectex:", (("connectex:", NET),)),
    ("wsa", (("wsarecv:", NET), ("wsasend:", NET))),
    (
        "status code 50",
        (("status code 502", NET), ("status code 503", NET), ("status code 504", NET)),
    ),
    ("getaddrinfo", (("getaddrinfo", NET),)),
    ("resol", (("could not resolve host", NET), ("could not resolve proxy", NET))),
    ("resol", (("couldn't resolve host", NET),)),
    ("resol", (("name resolution", NET), ("temporary failure resolving", NET))),
    ("resol", (("remote name could not be resolved", NET),)),
    ("resol", (("could not resolve '", NET),)),  # apt: "Could not resolve 'deb.debian.org'"
    ("resol", (("unable to resolve host", NET),)),  # wget: "unable to resolve host address"
    ("name or service", (("name or service not known", NET),)),
    ("look up", (("unable to look up", NET),)),  # git: "fatal: unable to look up host (port N)"
    ("such host", (("no such host", NET),)),
    ("misbehaving", ((": server misbehaving", NET),)),  # Go's resolver: the DNS server failed
    ("servname", (("servname", NET),)),
    ("timed out", (("read timed out", NET), ("timed out", TIMEOUT))),
    ("timeout", (("readtimeout", NET), ("timeout was reached", NET), ("i/o timeout", NET))),
    ("timeout", (("read timeout", NET),)),  # LWP: "read timeout at .../Net/HTTP/Methods.pm"
    ("timeout", (("client.timeout", NET), ("gateway timeout", NET))),
    ("request timed out", (("request timed out", NET),)),  # an HTTP request
    ("timeout of the request", (("the timeout of the request was reached", NET),)),  # isahc
    ("retries", (("max retries exceeded", NET),)),
    ("download", (("failed to download", NET), ("could not download", NET))),
    ("download", (("unable to download", NET), ("error downloading", NET))),
    ("download", (("couldn't download", NET),)),
    ("download", (("download failed", NET), ("downloading failed", NET))),
    ("download", (("failed downloading", NET), ("error while downloading", NET))),
    ("fetch", (("failed to fetch", NET), ("fetch failed", NET))),
    ("handshake", (("tls handshake", NET),)),
    # git over HTTPS: "server certificate verification failed. CAfile: ..." (as git prints it,
    # not a hint that quotes it)
    ("certificate verification", (("certificate verification failed. cafile", NET),)),
    # Java's trust store has no root for the server's certificate (PKIX), also printed alone
    ("certification path", (("unable to find valid certification path", NET),)),
    ("200 response", (("failed to get 200 response", NET),)),
    ("could not", (("could not get 'http", NET), ("could not head 'http", NET))),
    ("exception", (("unknownhostexception", NET), ("sslhandshakeexception", NET))),
    ("exception", (("sockettimeoutexception", NET), ("connectexception", NET))),
    ("gateway", (("bad gateway", NET), ("gateway time-out", NET))),
    # a body that broke off (aiohttp's "ClientPayloadError: Response payload is not completed")
    ("payload is not completed", (("response payload is not completed", NET),)),
    # Docker Hub's pull limit: "toomanyrequests: You have reached your pull rate limit" (the
    # registry's answer, as "rate limit exceeded" is: five labels of nine)
    ("toomanyrequests", (("toomanyrequests", DIAG),)),
    # a proxy's own answer when the server behind it did not (Envoy: "upstream request timeout",
    # "upstream connect error or disconnect/reset before headers")
    ("upstream", (("upstream request timeout", NET), ("upstream connect error", NET))),
    # Windows' ERROR_VIRUS_INFECTED (225): a scanner quarantined what the step wrote; it is the
    # step's failure to report, not a file that something held for a while
    ("virus", (("contains a virus", DIAG),)),
    ("und_err_", (("und_err_", NET),)),
    # an HTTP body or stream that broke off (Rust's reqwest/hyper, Maven's wagon, Erlang's httpc)
    ("body", (("error decoding response body", NET), ("error reading a body", NET))),
    ("stream error", (("stream error received", NET),)),
    ("http2 error", (("http2 error", NET),)),
    ("transfer", (("transferfailedexception", NET), ("transfer failed for http", NET))),
    ("failed_connect", (("failed_connect", NET),)),
    ("nxdomain", (("nxdomain", NET),)),
    ("timing out", (("timing out", TIMEOUT),)),
    ("took ", (("took more than", TIMEOUT), ("took longer than", TIMEOUT))),
    # "Validation took too long to complete" (web-ext waiting on a signing service); "pre-bundling
    # took too long, consider ..." is a hint
    ("took too long to", (("took too long to", TIMEOUT),)),
    # SonarQube's quality gate: "Report processing is taking longer than the configured wait
    # limit" (a limit, not a hint that it is slow: "taking longer than expected" is not one)
    (
        "taking longer than the",
        tuple(
            (f"taking longer than the {limit}", TIMEOUT)
            for limit in ("configured", "allowed", "maximum")
        ),
    ),
    ("execution", (("maximum execution time", TIMEOUT), ("execution expired", TIMEOUT))),
    # a waiter that polled for a state until its limit, as the OCI SDK raises it (under Test
    # Kitchen: "Failed to complete #create action: [Maximum wait time has been exceeded.]"; not a
    # log's "maximum wait time reached ..., proceeding")
    ("wait time", (("maximum wait time has been exceeded", TIMEOUT),)),
    ("deadline", (("deadline exceeded", TIMEOUT), ("exceed context deadline", TIMEOUT))),
    ("owner of lock", (("owner of lock", TIMEOUT),)),
    ("sig", (("sigterm", SIGNAL), ("signal: 9", SIGNAL), ("signal 9", SIGNAL))),
    ("sig", (("signal: 15", SIGNAL), ("signal 15", SIGNAL))),
    ("disappeared", (("daemon disappeared", SIGNAL), ("daemon has disappeared", SIGNAL))),
    ("prematurely", (("exited prematurely", SIGNAL),)),  # MSBuild's node, killed under it
    ("timely fashion", (("in a timely fashion", TIMEOUT),)),
    ("shutdown signal", (("received a shutdown signal", SIGNAL),)),  # a CI runner stopping
    ("canceled", (("the operation was canceled", SIGNAL),)),
    ("temporary error", (("temporary error (try again later)", NET),)),  # apk
    ("service index", (("unable to load the service index", NET),)),  # NuGet
    ("ssl/tls", (("ssl/tls", NET),)),  # .NET's secure channel, in any language
    ("unknown host", (("unknown host", NET),)),  # Gradle, Java
    ("certificate", (("self signed certificate", NET), ("self-signed certificate", NET))),
    ("certificate", (("unable to get local issuer certificate", NET),)),
    ("certificate", (("certificate verify failed", NET), ("certificate has expired", NET))),
    # mbedTLS' (PROJ's projsync, curl built on it): "Cert verify failed: BADCERT_NOT_TRUSTED"
    ("cert verify failed", (("cert verify failed: badcert_", NET),)),
    # GDAL opening SQLite in WAL mode where it may not write: "database is locked: this file is a
    # WAL-enabled database. It cannot be opened because it is presumably read-only"
    ("presumably read-only", (("it cannot be opened because it is presumably read-only", PRIV),)),
    ("inactivity time", (("inactivity time", TIMEOUT),)),  # dotnet test's hang blame
    ("write permissions", (("does not have write permissions", EACCES),)),  # conda
    # RubyGems: "(Gem::FilePermissionError) You don't have write permissions for the x directory"
    ("write permissions", (("don't have write permissions", EACCES),)),
    ("filepermissionerror", (("filepermissionerror", EACCES),)),
    ("read operation", (("the read operation timed out", NET),)),  # Python's ssl socket
    ("incompleteread", (("incompleteread", NET),)),  # urllib3: the download broke off
    ("hash mismatch", (("download hash mismatch", NET),)),  # CMake: a partial download
    ("not owner", (("not owner", EPERM),)),  # strerror(EPERM) on some systems
    # the Gradle wrapper where the user may not write, CMake installing into a system folder:
    # permission, whatever the platform
    ("parent directory for lock", (("could not create parent directory for lock", PRIV),)),
    ("file install cannot", (("file install cannot", PRIV),)),
    # lock waits that gave up: Terraform's state lock, conda's, proper-lockfile's (yarn, npm)
    ("acquiring the state lock", (("error acquiring the state lock", LOCK_WAIT),)),
    ("lockerror", (("lockerror", LOCK_WAIT),)),
    ("stale threshold", (("unable to update lock within the stale threshold", LOCK_WAIT),)),
    ("***timeout", (("***timeout", TIMEOUT),)),  # CTest
    ("error in the fork", (("timeout or other error in the fork", TIMEOUT),)),  # Maven Surefire
    ("deadline has elapsed", (("deadline has elapsed", TIMEOUT),)),  # Rust's tokio
    # Erlang's and Elixir's exit of a call that got no reply in time: "** (EXIT) time out"
    ("(exit) time out", (("(exit) time out", TIMEOUT),)),
    ("deadlock avoided", (("resource deadlock avoided", WEAK),)),  # EDEADLK: not a wait
    ("no locks available", (("no locks available", WEAK),)),  # ENOLCK: the file system's locks
    ("x509", (("x509: certificate", NET),)),  # Go's TLS
    ("net::", (("net::opentimeout", NET), ("net::readtimeout", NET))),  # Ruby's HTTP client
    # Erlang's HTTP client (hackney, under HTTPoison): the reason it gave up on a connection
    ("connect_timeout", (("reason: connect_timeout", NET), ("reason: :connect_timeout", NET))),
    ("underlying connection", (("the underlying connection was closed", NET),)),  # .NET
    # Java's SocketException names the socket call: "Operation timed out (Read failed)"
    ("failed)", (("(read failed)", NET), ("(write failed)", NET))),
    # Haskell's http-client; Node's TLS socket closed early; a proxy that refused the tunnel
    ("connection", (("connectiontimeout", NET), ("connectionfailure", NET))),
    ("exception", (("httpexceptionrequest", NET), ("tlsexception", NET), ("sslexception", NET))),
    ("before secure tls", (("socket disconnected before secure tls", NET),)),
    ("closed cleanly", (("was not closed cleanly", NET),)),  # an HTTP/2 stream cut (curl 92)
    ("reqwest::error", (("reqwest::error", NET),)),  # Rust's HTTP client, whatever its kind
    ("no such file", (("no such file or directory", WEAK),)),  # ENOENT in words
    # Windows' 2 and 3 in words, and .NET's DirectoryNotFoundException: a missing path
    (
        "cannot find the",
        (
            ("the system cannot find the file specified", WEAK),
            ("the system cannot find the path specified", WEAK),
        ),
    ),
    ("could not find a part of the path", (("could not find a part of the path", WEAK),)),
    ("tunneling socket", (("tunneling socket could not be established", NET),)),
    # Julia: "ProcessSignaled(9)"
    ("processsignaled", (("processsignaled(9)", SIGNAL), ("processsignaled(15)", SIGNAL))),
    ("failed connect", (("failed connect", NET),)),  # Erlang's httpc
    ("signal kill", (("signal kill", SIGNAL),)),  # "(got signal KILL)"
    # Azure Pipelines lost its agent: killed, starved or cut off (the runner's own words)
    ("stopped hearing from agent", (("we stopped hearing from agent", SIGNAL),)),
    # esbuild's service process died under the build (the OOM killer, most often)
    (
        "service",
        (("the service was stopped", SIGNAL), ("the service is no longer running", SIGNAL)),
    ),
    # Flutter: "Failed to remove build. A program may still be using a file in the directory"
    ("still be using", (("may still be using a file", SHARING),)),
    ("deny(1) ", tuple((f"deny(1) {action}", EACCES) for action in _SANDBOX_ACTIONS)),  # macOS
    ("sharing violation on path", (("sharing violation on path", SHARING),)),  # Mono
    ("signal terminated", (("signal terminated program", SIGNAL),)),  # gcc, in any language
    ("waiting for file lock", (("blocking waiting for file lock", LOCK_WAIT),)),  # cargo
    ("client lock", (("holds the client lock", LOCK_WAIT),)),  # Bazel
    ("waiting for it to complete", (("waiting for it to complete", LOCK_WAIT),)),  # Bazel
    # a registry's 500; an HTTP client's own timeout (haxelib); Haskell's http-client failing
    # mid-request; a download stream closed early (npm's end-of-stream)
    ("server error", (("internal server error", NET),)),
    # libpq (psql, every PostgreSQL driver on it): the connection to the database server broke
    # (not "server closed the connection unexpectedly": libpq says it of a crashed server too)
    ("ssl syscall error", (("ssl syscall error", NET),)),
    ("connection to server was lost", (("connection to server was lost", NET),)),
    # curl's 56 in words; Go's database/sql giving up on a connection (driver.ErrBadConn)
    ("from the peer", (("failure when receiving data from the peer", NET),)),
    ("bad connection", (("driver: bad connection", NET),)),
    # a server that throttles (GitHub's API, a registry): it will answer later, not a refusal
    # a server's refusal to answer more for now ("API rate limit exceeded for 1.2.3.4"): an answer,
    # as a 403 is (six labels of eight)
    ("rate limit", (("rate limit exceeded", DIAG),)),
    # Windows' ERROR_INVALID_NAME (123): a path the tool built wrong ("C:\\x\\C:")
    ("volume label syntax", (("volume label syntax is incorrect", WEAK),)),
    ("timeout", (("http timeout", NET), ("http connection timeout", NET))),
    ("sending request", (("when sending request to", NET),)),
    ("network.socket", (("network.socket", NET),)),
    ("premature close", (("premature close", NET),)),
    # Unity could not put a compiled assembly in place: the editor, an IDE or a scanner holds it
    ("copying assembly from", (("copying assembly from", SHARING),)),
    # Composer: "Could not delete x: This can be due to an antivirus or the Windows Search
    # Indexer locking the file while they are analyzed"
    ("locking the file", (("locking the file", SHARING),)),
    ("watch limit", (("file watch limit", WATCHERS),)),  # watchfiles: "OS file watch limit"
    ("maxfileswatch", (("maxfileswatch", WATCHERS),)),
    ("cross-device link", (("cross-device link", WEAK),)),
    ("different disk drive", (("cannot move the file to a different disk drive", WEAK),)),
    ("error: timeout", (("error: timeout", TIMEOUT),)),  # OpenOCD: "Error: timeout, device ..."
    ("returned nothing", (("server returned nothing", NET),)),  # curl's 52 in words
    ("responsetimeout", (("responsetimeout", NET),)),  # Erlang's httpc (Gleam's tools)
    # Python's connection errors by class; a library's own advice; pacman's and signtool's words
    ("connection", (("connectionreseterror", NET), ("connectionabortederror", NET))),
    # (and torch.hub's whole sentence: "It looks like there is no internet connection and the repo
    # could not be found in the cache"; not an app's or a hint's "no internet connection")
    (
        "internet connection",
        (
            ("check your internet connection", NET),
            ("no internet connection and the repo could not be found", NET),
        ),
    ),
    # Foundry's sandbox of the files a test may touch (fs_permissions): "the path x is not allowed
    # to be accessed for write operations"
    (
        "not allowed to be accessed",
        (
            ("is not allowed to be accessed for write operations", PRIV),
            ("is not allowed to be accessed for read operations", PRIV),
        ),
    ),
    ("failed retrieving file", (("failed retrieving file", NET),)),
    ("be reached", (("could not be reached", NET),)),
    # Windows' shell (a folder it was asked to delete) and DISM's unmount: a program has a file
    # in it open
    ("another program", (("is open in another program", SHARING),)),
    ("still have files", (("still have files opened", SHARING),)),
    ("check your connection", (("check your connection and try again", NET),)),  # Hugging Face
    ("sufficient access rights", (("sufficient access rights", PRIV),)),  # PowerShell
    ("packet header", (("waiting for packet header", TIMEOUT),)),  # esptool: a serial link
    # Bazel's server died under the client (the OOM killer, most often); its socket closed after
    ("terminated abruptly", (("server terminated abruptly", SIGNAL),)),
    ("memory limit", (("exceeded the memory limit", OOM),)),  # CircleCI's container limit
    ("sending request", (("error sending request", NET),)),  # Rust's reqwest
    ("free disk space", (("not enough free disk space", NOSPC),)),  # pacman
    # PHP's "Only 0 of 70 bytes written, possibly out of free disk space" (Composer)
    ("out of free disk", (("out of free disk space", NOSPC),)),
    # Jupyter's kernel (papermill, nbconvert): its process died under the notebook, most often
    # at the hands of the OOM killer
    ("kernel died", (("kernel died", SIGNAL),)),
    ("deadkernelerror", (("deadkernelerror", SIGNAL),)),
    # Playwright's browser install: "An active lockfile is found at: <dir> ... wait a few
    # minutes if other Playwright is installing browsers in parallel"
    ("active lockfile", (("an active lockfile is found", LOCK_WAIT),)),
    ("trying to download", (("while trying to download", NET),)),
    ("did not succeed", (("downloading did not succeed", NET),)),  # tlmgr's download_file
    # GnuPG's keyserver fetch ("gpg: keyserver receive failed: No name" is a name not resolved)
    ("keyserver", (("keyserver timed out", NET), ("keyserver receive failed: no name", NET))),
    # .NET's SslStream (Invoke-WebRequest, HttpClient): the TLS handshake with the server failed
    ("inner exception", (("authentication failed, see inner exception", NET),)),
    ("md5 mismatch", (("download md5 mismatch", NET),)),  # CMake before 3.x: a partial download
    # Home Assistant's supervisor and other tools that keep a reserve: "not enough free space
    # (0.3GB) left on the device"
    ("free space", (("not enough free space", NOSPC),)),
    ("response timeout", (("response timeout while trying to fetch", NET),)),  # npm's fetcher
    ("powershellgalleryunavailable", (("powershellgalleryunavailable", NET),)),  # PowerShellGet
    ("access to file denied", (("access to file denied", EACCES),)),  # POCO's FileAccessDenied
    # macOS refused an app the automation of another (errAEEventNotPermitted, -1743)
    ("declined permission", (("user has declined permission", PRIV),)),
    # .NET's FileSystemWatcher on Linux, in its own words
    ("inotify", (("number of inotify watches", WATCHERS), ("inotify instances", WATCHERS))),
    # PowerShellGet: "The version 'x' of module 'y' is currently in use. Retry the operation after
    # closing the applications."
    ("currently in use", (("is currently in use. retry the operation", SHARING),)),
    # Chromium's LevelDB: "IO error: x/LOCK: File currently in use. (ChromeMethodBFE: ...)"
    ("currently in use", (("file currently in use", SHARING),)),
    # mongodb-memory-server waiting for another process's download: "MongoMS:LockFile
    # waitForLock: Interval for file "/x/7.0.14.lock" with status "3""
    ("waitforlock", (("lockfile waitforlock", LOCK_WAIT),)),  # (a debug line: see scan_words)
    # yt-dlp: "Unable to write to /x/yt-dlp; try running as administrator"; PowerShellGet:
    # "Administrator rights are required to install modules in 'C:\Program Files\...'"
    ("as administrator", (("try running as administrator", PRIV),)),
    ("administrator rights", (("administrator rights are required", PRIV),)),
    ("administratorrechte", (("administratorrechte erforderlich", PRIV),)),  # its German
    # KiBot and KiAuto waiting for KiCad's programs: "Time-out waiting for pcbnew, giving up"
    ("time-out", (("time-out waiting for", TIMEOUT),)),
    ("reach host", (("could not reach host", NET),)),  # webdriver-manager: "Are you offline?"
    # ocamlfind's driver: "ocamlopt.opt got signal and exited" (a kill, most often the OOM killer)
    ("got signal", (("got signal and exited", SIGNAL),)),
    # a reason that is no error: Windows' 0 in words, and a wrapper's "no error (error code: 0)"
    ("completed successfully", (("the operation completed successfully", WEAK),)),
    ("error code: 0", (("no error (error code: 0)", WEAK),)),
    # Firefox's profile: "Access was denied while trying to open files in your profile directory"
    ("access was denied", (("access was denied while trying to open", PRIV),)),
    ("timeout while executing", (("timeout while executing", TIMEOUT),)),  # Zabbix's agent
    ("idle timeout", (("idle timeout reached for host", NET),)),  # npm's agent: no data came
    # git over HTTP, cut off mid-fetch
    ("sideband", (("unexpected disconnect while reading sideband packet", NET),)),
    ("still expected", (("bytes of body are still expected", NET),)),
    ("sig", (("signal: terminated", SIGNAL),)),  # Go's os/exec: the child got SIGTERM
    # .NET's HttpRequestException; Sparkle's download of an update
    ("sending the request", (("error occurred while sending the request", NET),)),
    ("download", (("error occurred while downloading the update", NET),)),
    # SQL Server's clients (ODBC, SqlClient): the server was not reached, or the link broke
    ("network-related", (("a network-related or instance-specific error", NET),)),
    ("tcp provider:", (("tcp provider: ", NET),)),
    # EXDEV in words: a rename across
)
# The phrases grouped by anchor (in first-seen order), so that each anchor is looked for once.
_GROUPED: dict[str, list[tuple[str, str]]] = {}
for _anchor, _phrases in _PHRASES:
    _GROUPED.setdefault(_anchor, []).extend(_phrases)
# Words many anchors hold: an anchor holding one is looked for only on lines that hold the word
# too, so that most lines pay for a few dozen tests instead of every anchor.
_GATES = (
    *str.split("lock tim connect download space fail error denied disk administrator permission"),
    "in use",
    "mismatch",
)


_Phrases = tuple[tuple[str, str], ...]  # (phrase, condition)
_Gate = tuple[str, _Phrases, tuple[tuple[str, _Phrases], ...]]  # (word, own phrases, anchors)


def _gated(anchors: dict[str, list[tuple[str, str]]], gates: tuple[str, ...]) -> tuple[_Gate, ...]:
    """(gate, its own phrases, its anchors) for each word that no shorter gate or anchor holds;
    the anchors under a gate hold it, so they cannot be on a line without it."""
    words = set(anchors) | set(gates)
    tree: dict[str, tuple[list[tuple[str, str]], list[tuple[str, _Phrases]]]] = {}
    for anchor, phrases in anchors.items():
        inside = [word for word in words if word != anchor and word in anchor]
        gate = min(inside, key=lambda word: (len(word), word)) if inside else anchor
        own, under = tree.setdefault(gate, ([], []))
        if gate == anchor:
            own.extend(phrases)
        else:
            under.append((anchor, tuple(phrases)))
    return tuple((gate, tuple(own), tuple(under)) for gate, (own, under) in tree.items())


_PHRASES_BY_GATE = _gated(_GROUPED, _GATES)
# Network failures in the words of tools no list names: a connection that could not be made or
# broke, a socket or TLS error, a fetch over curl/RPC that failed, a server that was not there.
_CONNECTION_FAILED = re.compile(
    # (a Debug string of Rust escapes the apostrophe: "Couldn\'t connect to server")
    r"(?:failed to|could not|couldn\\?'t|unable to|cannot|can't)\s"
    r"(?:connect|reach|establish|contact)\b"
    r"|\bconnect(?:ion)?\s(?:timed out|failed|error|refused|reset|closed|aborted|lost)"
    # PostgreSQL's JDBC driver: "Connection to localhost:5432 refused."
    r"|\bconnection to \S{1,300} refused\b"
    # np's "✖ Connection to npm registry timed out": a named server, a few words long (not
    # sccache's "Connection to server timed out", its own server on this machine)
    r"|\bconnection to (?:the )?(?!server timed)[\w.:/-]{1,100}(?: [\w.:/-]{1,100}){0,3}"
    r" timed out\b"
    # Mercurial: the server's answer was cut short ("abort: stream ended unexpectedly (got 61
    # bytes, expected 80)"), as the line's own message (not a comment or a parser's words)
    r"|^\W{0,5}abort: (?:connection|stream) ended unexpectedly\b"
    r"|^\W{0,5}error during download\b"  # Nextflow's plugins: the line's own message
    r"|\bcurl\s(?:error\s)?\(?\d{1,2}\)?[\s:]|\brpc failed\b"
    r"|\bsocket\s(?:error|exception|closed|timeout)"
    r"|\b(?:ssl|tls)\s(?:error(?!:[0-9a-f]{8}:(?:system library|bio routines|pem routines))"
    r"|handshake)|\bremote end closed|\bserver unavailable"
    r"|\bservice unavailable\b|\bproxy error\b|\btransport is closing\b"
    r"|\bserver\b[\w ]{0,60}? is unavailable\b|\bcould not transfer artifact\b"
    r"|\b(?:get|post|put|head) request (?:of|to|for)\b[^\n]{0,300}? failed\b"
    r"|\b(?:http|https) request\b[^\n]{0,300}? timed out\b"
    r"|\brequest (?:for|to) ['\"]?https?://[^\n]{0,600}? timed out\b"  # Mod Organizer's GitHub
    r"|\b(?:server|host)\b[^\n]{0,200}? can ?not be reached\b"  # SonarScanner's server
    r"|\bunable to access (?:path:? )?'?https?://"  # git over HTTP, Nextflow's staging
    r"|\bcould not get [\w.-]{1,80} from:? https?://"  # tlmgr
)
# The words `_CONNECTION_FAILED` needs one of, so that most lines skip it cheaply.
_CONNECTION_WORDS = (
    *str.split("connect curl rpc socket ssl tls unavailable proxy transport transfer request"),
    "contact",
    "remote end",
    "error during download",
    "stream ended",
    "access '",
    "access path",
    "could not get",
    "be reached",
)
# Windows' 32 and .NET's sharing violation in French, the "é" of "utilisé" lost to a code page on
# the way ("utilisÈ", "utilis▒", "utilisÃ©")
_FRENCH_HELD = re.compile(r"\butilis[^\s]{1,2} par un autre processus\b")
# ssh clients' words for a key the server refused: Go's "ssh: unable to authenticate, attempted
# methods [none publickey], no supported methods remain", PuTTY's "No supported authentication
# methods available (server sent: publickey)"
_SSH_NO_METHOD = re.compile(
    r"unable to authenticate, attempted methods|no supported authentication methods"
)
# wget refused the server's TLS certificate: "ERROR: cannot verify x's certificate, issued by ..."
_WGET_CERTIFICATE = re.compile(r"\bcannot verify \S{1,253}'s certificate, issued by\b")
# Windows' messages for a held file and for access denied, in the languages its users run it
# in, for tools that print no code with them (Go, Java): the code-less form of 32 and 5.
_LOCALIZED: tuple[tuple[str, str], ...] = (
    ("找不到请求的类型的数据", NET),  # 11004, a name that resolves to no address
    ("von einem anderen prozess verwendet", SHARING),
    # 33, the lock violation: "another process has locked a portion of the file"
    ("einen teil der datei gesperrt", SHARING),
    ("verrouillé une partie du fichier", SHARING),
    ("bloqueado una parte del archivo", SHARING),
    ("bloccato una parte del file", SHARING),
    ("inny proces zablokował jego część", SHARING),
    ("часть этого файла заблокирована", SHARING),
    ("已锁定文件的一部分", SHARING),
    ("ファイルの一部をロックしています", SHARING),
    ("utilisé par un autre processus", SHARING),
    ("siendo utilizado por otro proceso", SHARING),
    ("sendo usado por outro processo", SHARING),
    ("door een ander proces wordt gebruikt", SHARING),
    ("används av en annan process", SHARING),
    ("används i en annan process", SHARING),  # .NET's IOException in Swedish
    ("brukes av en annen prosess", SHARING),
    ("bruges af en anden proces", SHARING),
    ("využívá jiný proces", SHARING),
    ("toisen prosessin käytössä", SHARING),
    ("başka bir işlem tarafından kullanıl", SHARING),
    ("utilizzato da un altro processo", SHARING),
    ("przez inny proces", SHARING),
    ("занят другим процессом", SHARING),
    ("используется другим процессом", SHARING),  # .NET's IOException in Russian
    ("另一个程序正在使用此文件", SHARING),
    ("正由另一进程使用", SHARING),  # .NET's IOException
    ("用户映射区域", SHARING),  # 1224: a file a process has mapped (user-mapped section)
    ("ユーザー マップ セクション", SHARING),  # ... in Japanese (Java's FileNotFoundException)
    ("ユーザーマップセクション", SHARING),
    ("section mappée utilisateur", SHARING),
    ("sección asignada a usuario", SHARING),
    ("別のプロセスで使用されている", SHARING),
    ("別のプロセスが使用中", SHARING),
    ("다른 프로세스에서 사용 중", SHARING),
    ("다른 프로세스가 파일을 사용 중", SHARING),  # Windows' own 32, as Java prints it
    ("verzeichnis ist nicht leer", ENOTEMPTY),  # 145, the directory is not empty
    ("répertoire n'est pas vide", ENOTEMPTY),
    ("directorio no está vacío", ENOTEMPTY),
    ("diretório não está vazio", ENOTEMPTY),
    ("directory non è vuota", ENOTEMPTY),
    ("katalog nie jest pusty", ENOTEMPTY),
    ("папка не пуста", ENOTEMPTY),
    ("目录不是空的", ENOTEMPTY),
    ("ディレクトリが空ではありません", ENOTEMPTY),
    # ENOSPC (glibc, Java) and Windows' 112, the disk is full
    ("no queda espacio en el dispositivo", NOSPC),
    ("no hay espacio suficiente en el disco", NOSPC),
    ("kein speicherplatz", NOSPC),
    ("nicht genügend speicherplatz", NOSPC),
    ("nicht genug speicherplatz", NOSPC),  # .NET's IOException
    ("espacio en disco insuficiente", NOSPC),
    ("za mało miejsca na dysku", NOSPC),
    ("spazio su disco insufficiente", NOSPC),
    ("na disku není dost místa", NOSPC),
    ("não há espaço suficiente no disco", NOSPC),
    ("não existe espaço suficiente no disco", NOSPC),
    ("espaço insuficiente no disco", NOSPC),
    ("nincs elég hely a lemezen", NOSPC),
    ("디스크 공간이 부족합니다", NOSPC),
    ("aucun espace disponible", NOSPC),
    ("espace insuffisant sur le disque", NOSPC),
    ("não há espaço disponível", NOSPC),
    ("spazio esaurito", NOSPC),
    ("не осталось свободного места", NOSPC),
    ("недостаточно места на диске", NOSPC),
    ("设备上没有空间", NOSPC),
    ("磁盘空间不足", NOSPC),
    ("デバイスに空き領域がありません", NOSPC),
    ("ディスクに十分な空き領域がありません", NOSPC),
    # 10054, the other end closed the connection (a download broke off), in words
    ("vom remotehost geschlossen", NET),
    ("par l'hôte distant", NET),
    ("par l’hôte distant", NET),
    ("por el host remoto", NET),
    ("pelo host remoto", NET),
    ("удаленный хост принудительно разорвал", NET),
    ("远程主机强迫关闭了一个现有的连接", NET),
    ("リモート ホストに強制的に切断", NET),
    ("원격 호스트에 의해 강제로", NET),
    # git's "the remote end hung up unexpectedly" and "... upon initial contact", translated
    ("远端意外挂断了", NET),
    ("远端在初始连接时即挂断", NET),
    # glibc's strerror(EACCES) and strerror(EPERM), translated (LANG=de_DE, fr_FR...)
    ("keine berechtigung", EACCES),
    ("permission non accordée", EACCES),
    ("permiso denegado", EACCES),
    ("permesso negato", EACCES),
    ("permissão negada", EACCES),
    ("权限不够", EACCES),
    ("許可がありません", EACCES),
    ("die operation ist nicht erlaubt", EPERM),
    ("opération non permise", EPERM),
    ("operación no permitida", EPERM),
    ("operazione non permessa", EPERM),
    ("operação não permitida", EPERM),
    ("不允许的操作", EPERM),
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
# glibc's busy errors in other languages, as the end of a message ("cp: ...: Fichier texte occupé",
# "[Errno 26] Текстовый файл занят: '/x'"), not as words in a sentence
_GLIBC_BUSY = re.compile(
    r"(?:^|: |- |\] |\()\s{0,3}("
    + "|".join(re.escape(message) for message, _ in GLIBC_STRERROR)
    + r")(?=\s{0,3}(?:$|[).:]| \())"
)
_GLIBC_CONDS = dict(GLIBC_STRERROR)
_GLIBC_WORDS = tuple(word for word, _ in BUSY_WORDS)  # one is in every message
# Split by script: a line in ASCII (most) is looked at only for the phrases in ASCII.
_LOCALIZED_ASCII = tuple(item for item in _LOCALIZED if item[0].isascii())
_LOCALIZED_OTHER = tuple(item for item in _LOCALIZED if not item[0].isascii())
# Network failures in words that need their form around them, not only their words: curl's 18
# ("transfer closed with 219328365 bytes remaining to read": the server closed the connection
# before the body it announced had come), gRPC's keepalive ("rpc error: code = Unavailable desc =
# keepalive ping failed to receive ACK within timeout")
_NETWORK_FORMS_WORDED = re.compile(
    r"\btransfer closed with (?:[1-9]\d{0,15} bytes remaining to read|outstanding read data)"
    r"|(?:desc = |: )keepalive ping failed to receive ack within timeout\b"
)
# "download failed" in the languages tools print it in, as a message ("下载失败：https://x",
# "Download fehlgeschlagen: x.zip"), not as words of advice ("如果下载失败，请重试") or of a count
# ("下载失败 0 个", "Download fehlgeschlagen: 0")
_DOWNLOAD_FAILED_WORDS = re.compile(
    r"(?<!\d)(?<!\d )(?:下载失败|下載失敗|ダウンロードに失敗しました"
    r"|다운로드(?:에)? 실패(?:했습니다)?|échec du téléchargement|download fehlgeschlagen)"
    r"(?=\s{0,3}(?:[:：!！。.]|$))(?!\s{0,3}[:：]\s{0,3}0\b)"
)
_DOWNLOAD_FAILED_GATES = (
    "下载失败",
    "下載失敗",
    "ダウンロード",
    "다운로드",
    "téléchargement",
    "fehlgeschlagen",
)
# A crash, not a kill: "Plugin killed by signal 6" is an abort, signal 11 a segfault.
_CRASH_SIGNAL = re.compile(r"signal:? (?:6|11)\b|\bsig(?:abrt|segv)\b")
# SIGALRM, which a program's own time limit raises (alarm(2)), as a shell reports the job it ended:
# bash's "faust2lv2: line 188:  3191 Alarm clock     faust -i x.dsp" or "[2]+  Alarm clock    x",
# dash's "Alarm clock" alone on its line, make's "make: *** [Makefile:2: all] Alarm clock", zsh's
# "zsh: alarm      ./a.out" (matched after a log collector's prefix; not an alarm clock in other
# words, nor a name followed by more words)
_ALARM_CLOCK = re.compile(
    r"(?:[^\n]{0,600}: line \d{1,6}: {1,4}\d{1,7} {1,4}|\[\d{1,4}\][+-]? {1,6})"
    r"alarm clock(?: {2,}\S[^\n]{0,2000})?\s{0,20}$"
    r"|\s{0,20}alarm clock\s{0,20}$"
    r"|make(?:\[\d{1,4}\])?: \*\*\* \[[^\n]{1,600}\] alarm clock\s{0,20}$"
    r"|zsh: alarm {2,}\S"
)
# ... and where the signal is named: Python's "died with <Signals.SIGALRM: 14>." (its
# CalledProcessError; not the enum in a dump of handlers), fish's
# "terminated by signal SIGALRM (Timer expired)", "killed by signal 14"
_ALARM_SIGNAL = re.compile(r"\bsigalrm\b|\bsignal:? 14\b")
# SIGPIPE: the process wrote to a reader that had gone, after that one failed ("xargs: md5sum:
# terminated by signal 13"); a consequence, not a kill, and not the failure either, unless the
# line reports a kill too ("signal 9 (SIGKILL); note: SIGPIPE ignored")
_BROKEN_PIPE = re.compile(r"signal:? 13\b|\bsigpipe\b")
_KILL_SIGNAL = re.compile(r"signal:? (?:9|15)\b|\bsig(?:kill|term)\b|\b1(?:37|43)\b")
# A process ended by a signal, in a runner's words: "Recipe `run` was terminated on line 16 by
# signal 2" (just), "terminated by signal SIGKILL" (bun), "Compile terminated by signal 9", Intel's
# compilers' "Fatal error in .../fortcom, terminated by kill signal"
_BY_SIGNAL = re.compile(
    r"\b(?:terminated|killed|stopped|interrupted)\b[^\n]{0,80}?"
    r" by signal \w{1,10}|, terminated by kill signal$"
)
# A move or delete that failed with no reason printed, of a Windows path: there, nearly always a
# file another process holds (Gradle's "Unable to delete file: F:\\x", "Could not move ...").
_UNEXPLAINED = re.compile(
    r"(?:could not|couldn't|unable to|failed to|can ?not|can't) (?:move|rename|delete|remove)\b"
    r"|retrying renaming\b"
    # PlatformIO, when its delete failed: "Please manually remove file `C:\\x\\pioplus.exe`" (not
    # a hint's "please manually remove it from x")
    r"|please manually remove (?:the )?(?:file|folder|directory) `"
)
# ... in the passive ("File: C:\\x\\a.dll already exists and cannot be removed."), only in an error
_UNEXPLAINED_PASSIVE = re.compile(
    r"(?:could not|couldn't|cannot|can't|can not) be (?:moved|renamed|deleted|removed)\b"
)
# ... and not where the line says why: the file was not there
_REASON_STATED = re.compile(
    r"\b(?:does not|doesn't|did not|didn't) exist\b|\bnot (?:found|present)\b"
    r"|\bno such (?:file|key)\b|\bnosuchkey\b"
)
# Python's OSError as repr() prints it, Windows' own code last, whatever the language of its words:
# "PermissionError(13, 'Access denied.', None, 5)", "OSError(22, 'Acesso negado.', None, 5)" (not
# a tuple of data that ends the same way)
_OSERROR_REPR = re.compile(r"error\(\d{1,5}, '[^'\n]{1,200}', none, (5|32)\)")
# A server's own timeout of a request it waited for, reported as an error (Singularity pinging a
# registry: "error pinging registry registry-1.docker.io, response code 408 (Request Timeout)"; not
# a test's "expected response code 408", a retry policy's or a mock's)
_REQUEST_TIMEOUT_408 = re.compile(
    r"\b(?:error|failed)\b[^\n]{0,300}?\b(?:response|status) code:? ?408 \(request timeout\)"
)
# node-fetch's own timeouts of a request: "FetchError: response timeout at https://x over limit:
# 20000", "FetchError: network timeout at: https://x"
_FETCH_TIMEOUT = re.compile(
    r"\bfetcherror: (?:network|response) timeout at:? https?://(?!localhost\b|127\.0\.0\.1\b|\[::1\])"
)
# An HTTP/2 connection the server closed mid-transfer, as an error (Java's HttpClient under Tycho:
# "[ERROR] Could not mirror artifact x ... /10.1.0.143:43288: GOAWAY received"; not a client's log
# of a healthy connection's rotation, "GOAWAY received (errorCode=NO_ERROR)", nor a test's title)
_GOAWAY = re.compile(
    r"(?:\bioexception\b|\[error\]|\berror:)[^\n]{0,400}?\bgoaway received\b(?![^\n]{0,60}no_error)"
)
# Azure DevOps' own timeout of a request it was serving, in its answer ("TF400733: The request
# has been canceled: The request has exceeded request timeout, please try again."; not the words
# alone, in a test's assertion)
_REQUEST_EXCEEDED = re.compile(
    r"\b(?:tf400733|request has been canceled): the request has exceeded (?:the )?request timeout\b"
)
# Kong, the gateway in front of a server, with no upstream to send the request to, as a client
# reports its answer: "Error HH110: Invalid JSON-RPC response received: {"message":"failure to get
# a peer from the ring-balancer"}" (not Kong's own test asserting the message)
_NO_UPSTREAM = re.compile(r"\b(?:response|error)\b[^\n]{0,300}?failure to get a peer from the ring")
# PyTorch's lock around a JIT extension's build (torch/utils/file_baton.py): a process waiting in
# it, in a traceback or a py-spy dump, was in the lock (its operation); a dump alone says no wait
# ran out (a watchdog's dump while a build is slow), so no condition
_TORCH_BATON = re.compile(
    r"\bwait \(torch/utils/file_baton\.py:|file_baton\.py\W{1,3}line \d{1,6}\W{1,3}in wait\b"
)
_WIN_DRIVE = re.compile(r"(?<![A-Za-z0-9_])(?:[A-Za-z]:\\|\\[\w.-]{1,200}\\)")  # C:\x, \build\x
# A relative file two folders deep, Windows' separators ("xxx\build\debug\classes.jar", the start
# of the path cut by its reporter, or a tool's path relative to its project)
_WIN_RELATIVE_FILE = re.compile(
    r"(?<![\w\\/.-])([\w.-]{1,200}(?:\\[\w.-]{1,200}){2,40}\.[A-Za-z]{1,5})\b"
)
# A Windows binary named without a drive (pixi's "failed to delete file: DLLs/_asyncio.pyd"); .NET
# makes .dll files on Linux too, so `decide` reads the line as other where the platform is POSIX
# (not "x.dll.config" nor "app.exe.manifest", a program's settings; "x.dll.node" is a program)
_WIN_BINARY = re.compile(r"[\w-]\.(?:dll|exe|pyd)\b(?!\.(?:config|manifest)\b)", re.I)
_BINARY_SUFFIXES = (".dll", ".exe", ".pyd")
# A fetch in a tool's own words: "Failed to load schema from http://x", "could not get x from https://"
_FETCH_FROM = re.compile(
    r"(?:failed to|could not|couldn't|unable to|cannot)"
    r" (?:load|fetch|get|download|retrieve|read|update)"
    r"\b(?:[^\n]{0,120}? from(?: source)?)? ['\"]?https?://"
    # R: "cannot open URL 'https://x/PACKAGES'" (an HTTP status after it is the server's answer)
    r"|\bcannot open url ['\"‘]https?://[^\s'\"’]{1,600}['\"’](?!:? http status)"
    # debootstrap: "Failed getting release file http://deb.debian.org/..."
    r"|(?<!\d )failed (?:getting|fetching|downloading|retrieving)\b[^.\n]{0,120}? ['\"]?https?://"
)
FAILED_FETCHING = ("failed getting", "failed fetching", "failed downloading", "failed retrieving")
# Bazel's test summary: "//pkg:test   TIMEOUT in 300.0s"; CTest's "33 - unit_test (Timeout)".
# git refused its login to a remote over HTTP (no credentials in CI, a wrong token): the fetch
# failed, though not for the network's sake
# Ruby's REST and HTTP clients' exceptions, where one is reported: the class opening the line
# ("Faraday::ConnectionFailed: Failed to open TCP connection") or closing the message in
# parentheses, not named in a rescue clause or a spec's description
_RUBY_HTTP_CLASS = (
    r"(?:faraday::(?:connectionfailed|timeouterror)"
    r"|restclient::(?:requesttimeout|serverbrokeconnection|exceptions::(?:open|read)timeout))"
)
_RUBY_HTTP_ERROR = re.compile(
    rf"^\s{{0,20}}(?:[\w.]{{1,80}}: )?{_RUBY_HTTP_CLASS}(?::|\s{{0,20}}$)|\({_RUBY_HTTP_CLASS}\)"
)
# Ivy's and Maven's resolvers: "Host repo1.maven.org not found. url=https://..."
_HOST_NOT_FOUND = re.compile(
    r"\bhost [\w-]{1,63}(?:\.[\w-]{1,63}){1,8} not found\b(?!\s{1,3}in\b)"  # not "in known_hosts"
)
# Ivy's hint after a repository could not be reached (Spark's --packages)
_IVY_PROXY_HINT = "through a proxy server that is not well configured"
# aria2's error codes (installers fetch models and images with it), after the source line it
# names: "Exception: [AbstractCommand.cc:340] errorCode=2 Timeout"; 2 a timeout, 6 a network
# problem, 19 a name not resolved
_ARIA2_CODE = re.compile(r"\.cc:\d{1,6}\] errorcode=(?:2|6|19)\b")
# GNU tar's short write: the disk (or a quota) took no more
_SHORT_WRITE = re.compile(r"\btar: [^\n]{0,600}?: wrote only \d{1,12} of \d{1,12} bytes\b")
# Perl dies at the line of its network module that gave up: "Timeout at /usr/share/perl5/Net/FTP.pm
# line 491"
_PERL_NET_TIMEOUT = re.compile(
    r"(?<![$\w])timeout at \S{0,300}[\\/]net[\\/](?:ftp|http|cmd|smtp)\.pm\b"  # not "$timeout at"
)
# OpenSSL's error strings ("error:1400410B:SSL routines:...:wrong version number"): the TLS
# session with the server failed, unless the library refused a local certificate or key
_SSL_ROUTINES = re.compile(
    r"ssl routines:(?![^\n]{0,200}?(?:too weak|too small|ssl_ctx_use|key values mismatch))"
)
# ... and as Python's ssl module tags them, those that say the session with the server broke:
# "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1076)" (a proxy or a plain-HTTP port),
# "[SSL: UNEXPECTED_EOF_WHILE_READING]", a bad record (not a local certificate refused, a policy
# that no server could meet, or a test asserting the tag)
_PYTHON_SSL_TAG = re.compile(
    r"^(?![^\n]{0,300}\bassert)[^\n]{0,600}?\[ssl: (?:wrong_version_number"
    r"|unexpected_eof_while_reading|decryption_failed_or_bad_record_mac|bad_record_mac"
    r"|sslv3_alert_handshake_failure)\]"
)
# Network failures in a tool's own form, each looked for only when one of its gates is in the
# line: (gates, pattern, the operation it names)
_NETWORK_FORMS: tuple[tuple[tuple[str, ...], re.Pattern[str], str | None], ...] = (
    (("faraday::", "restclient::"), _RUBY_HTTP_ERROR, None),
    (("ssl routines:",), _SSL_ROUTINES, None),
    (("[ssl: ",), _PYTHON_SSL_TAG, None),
    (("cannot verify",), _WGET_CERTIFICATE, "download"),
    (("errorcode=",), _ARIA2_CODE, None),
    (("timeout at",), _PERL_NET_TIMEOUT, "download"),
    (("transfer closed", "keepalive ping"), _NETWORK_FORMS_WORDED, None),
    (("408 (request timeout)",), _REQUEST_TIMEOUT_408, "download"),
    (("goaway received",), _GOAWAY, "download"),
    (("fetcherror: ",), _FETCH_TIMEOUT, "download"),
    (("ring-balancer",), _NO_UPSTREAM, "download"),
    (("exceeded request timeout", "exceeded the request timeout"), _REQUEST_EXCEEDED, "download"),
)
_GIT_LOGIN = re.compile(
    r"(?:could not read (?:username|password)|authentication failed) for '?https?://"
)
_TIMEOUT_WORD = re.compile(r"\bTIMEOUT in \d|\(Timeout\)\s{0,5}$")
# A program that is not there to run: Go's exec, a shell, cmd.exe ("sh: 2: npm: not found")
_PROGRAM_MISSING = re.compile(
    r"executable file not found|command not found|not recognized as an internal or external"
    r"|\b(?:sh|bash|zsh|dash):\s{1,3}(?:\d{1,6}:\s{1,3}|line \d{1,6}:\s{1,3})?(?:[^:\n]{1,200}:"
    r"\s{1,3}){1,2}not found|^/usr/bin/env: |\bbinary with name \"[^\"\n]{1,80}\" not found"
    r"|^env: [^:\n]{1,200}: no such file or directory\s{0,20}$"  # env(1) found no program to run
)
_ENV_PREFIXES = ("/usr/bin/env: ", "env: ")
# GNU make naming the signal that ended a recipe's program: "make: *** [test] Hangup" (also gmake,
# and with the asterisks escaped as a Markdown paste shows them, "**\*")
_MAKE_HANGUP = re.compile(
    r"\bg?make(?:\[\d{1,4}\])?: (?:\\?\*){3} \[[^\]\n]{1,600}\] hangup"
    r"(?: \(core dumped\))?\s{0,20}$"
)
# MSVC's compiler out of memory: "fatal error C1060: compiler is out of heap space", "C1060:
# insufficient heap space in compiler", "C1002: compiler is out of heap space in pass 2"
_MSVC_HEAP = re.compile(r"\bfatal error c10(?:60|02): [^\n]{0,60}heap space")
# The source line under a frame of Zig's error return trace ("    return error.OutOfMemory;"):
# code, not what happened
_ZIG_SOURCE_RETURN = re.compile(r"\s{0,40}return error\.\w{1,60};\s{0,5}$")
# A server's 5xx named by the client that met it: "since https://vpm.vlang.io responded with 522
# http status code" (V's vpm)
_RESPONDED_5XX = re.compile(r"\bresponded with (?:status )?5\d\d (?:http )?status code\b")
# Zig's HTTP client, the server's answer cut off: "error: invalid HTTP response: EndOfStream"
_ZIG_HTTP_EOF = re.compile(r"\binvalid http response: endofstream\b")
# A frame of Node's resolver ("at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:111:8)"),
# under a lookup that failed (whose error line says so) or a listen ("doListen": EADDRINUSE): the
# frame alone is no network failure
_NODE_DNS_FRAME = re.compile(r"\s{0,40}at getaddrinforeqwrap\.\w{1,40} ")
# A development server reporting its own failure in the words of an HTTP 500 ("[vite] Internal
# server error: EMFILE: too many open files, open 'x'"): the code after it is what failed
_DEV_SERVER_ERROR = re.compile(r"(?i:internal server error): (E[A-Z]{2,20}): ")
# Conan's remote refusing an anonymous user: "ERROR: Permission denied for user: 'None'. [Remote:
# systelab-public]" (the server's 401/403, not the machine's rights)
_CONAN_REMOTE_DENIED = re.compile(r"permission denied for user: '[^'\n]{0,200}'\. \[remote: ")
# Bazel's client and its server on this machine: "FATAL: couldn't connect to server (2776) after
# 120 seconds." (the server's pid; the waits above: "still trying to connect to local Bazel server")
_BAZEL_SERVER = re.compile(r"couldn't connect to server \(\d{1,10}\) after \d{1,6} seconds")
# What .NET's HttpClient was doing when its timeout cancelled the task ("A task was canceled.")
_HTTP_TASKS = ("nuget", "restore", "upload", "download")
# A connection to a local socket or daemon (Docker's), not across a network: a socket named by
# its path ("Failed to connect to socket /run/dbus/system_bus_socket"), which only a local socket
# has, or missing ("connect: no such file or directory", which no TCP connect ever says)
_LOCAL_SOCKET = re.compile(
    r"unix://|\.sock\b|daemon running|(?:connect|reach|talk) to (?:the )?[\w -]{0,30}?daemon\b"
    r"|\bwatchman\b"  # the file watcher's own service
    # a test host's connection to the runner that started it, on the same machine (vstest: "failed
    # to connect to vstest.console process after 90 seconds")
    r"|\bconnect to (?:the )?(?!proxy\b)[\w.-]{1,60} process\b|\bconnect to vstest\.console\b"
    r"|\bsocket to ['\"]/"  # libvirt: "Failed to connect socket to '/var/run/libvirt/x-sock'"
    r"|\bsocket /|\bconnect: no such file or directory\b"
    r"|\bsocket at ['\"]?/"  # Nix: "cannot connect to socket at '/nix/var/nix/daemon-socket/x'"
    r"|\bconnect to [`'\"‘]/"  # Guix: "failed to connect to `/var/guix/daemon-socket/socket'"
    # nix-copy-closure over ssh to this machine: "error: cannot connect to 'localhost'"
    r"|\bconnect to ['\"‘](?:[\w.-]{1,64}@)?(?:localhost|127\.0\.0\.1|::1|\[::1\])['\"’]\s{0,3}$"
    r"|\bdial unix /"  # Go's dial of a Unix socket: "dial unix /x/runner: connect: ..."
    # psql 14 and later: 'connection to server on socket "/var/run/postgresql/.s.PGSQL.5432"
    # failed: Connection refused'
    r"|\bon socket \"/"
    # Docker's named pipe on Windows missing, when Docker Desktop is not running: 'error during
    # connect: Post "http://%2F%2F.%2Fpipe%2FdockerDesktopLinuxEngine/v1.46/...": open
    # //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.' (not a busy
    # pipe's "All pipe instances are busy" or a timeout on it)
    r"|\bopen //\./pipe/[^:\n]{1,100}: the system cannot find the file specified"
)
# An HTTP answer that says the server failed (a 5xx's page is the network's failure).
_SERVER_ERROR = re.compile(r"\(50[0-9]\)|\b50[0-9] |statuscode: optional\(5|gateway time")
# git-lfs's batch API refusing: "batch request: Repository not found.", "batch response: This
# repository is over its data quota."
_LFS_REFUSED = re.compile(
    r"\bbatch (?:request|response): [^\n]{0,80}?(?:repository not found|over its data quota)\b"
)
# The words `_CLIENT_ERROR` needs one of, so that most lines skip it cheaply
_CLIENT_ERROR_WORDS = (
    "40",
    "returned error",
    "not found",
    "failure to find",
    ": 4",
    "client error",
)
# A server's answer in words other than HTTP's ("server returned 403", "Invalid response from x")
_ANSWER_WORDS = ("server", "response")
# A request's method and URL in a lowered line, the answer after them ("get https://x: 404")
_REQUEST_URL = rf"\b(?:{HTTP_METHODS.lower()}) https?://"
# The 4xx answers that refuse the request itself: not a proxy's login (407), a timeout (408) or
# throttling (420, 429)
_REFUSED_4XX = r"(?:40[0-69]|41\d|42[1-68]|431|451)\b"
# An HTTP answer that says the request itself was wrong (400, 401, 403, 404).
_CLIENT_ERROR = re.compile(
    r"(?:status[ _]?code\"?|\b(?:status|error|http(?:/[\d.]{1,3})?|returned|response(?: code)?))"
    r"\s?[:=]?\s?40[0134]\b|\b40[0134]\)?\s{1,2}(?:bad request|not found|unauthorized|forbidden)\b"
    r"|\berror code:? 40[0134]\b"  # "Failed to fetch count of database parts, error code 404"
    r"|\bnot found https?://"  # Prisma: "Error: Not Found https://binaries..."
    r"|httperror\]?:\s?(?:not found|unauthorized|forbidden)\b"  # Octokit's RequestError
    r"|\b40[134] http error\b"  # Pulumi: "403 HTTP error fetching plugin from https://..."
    # .NET's HttpResponseMessage.EnsureSuccessStatusCode (NuGet's feeds): "Response status code
    # does not indicate success: 404 (Not Found)."
    r"|\bdoes not indicate success: 40[0134]\b"
    r"|\bfailure to find \S"  # Maven: the repository has no such artifact
    r"|\bbad response (?:not found|forbidden|unauthorized) 40[134]\b"  # RubyGems' fetcher
    # curl's other 4xx answers but a proxy's login, 407, a timeout, 408, and throttling, 429:
    # "The requested URL returned error: 416"
    r"|\breturned error: "
    + _REFUSED_4XX
    # the answer after the request it answered: "Invalid response from https://x/y: 404", Go's
    # go-github: "POST https://api.github.com/repos/o/r/releases: 422 Validation Failed []"
    + r"|\bresponse from \S{1,600}?: "
    + _REFUSED_4XX
    # Python requests' raise_for_status: "409 Client Error: Conflict for url: http://x"
    + r"|\b"
    + _REFUSED_4XX
    + r" client error: "
    + r"|"
    + _REQUEST_URL
    + r"\S{1,600}?: "
    + _REFUSED_4XX
)
# A fetch that ran out of time is a network failure: "Error while fetching artifact ...: Timed out"
# A deadline met while talking to a server: a fetch, or a remote build's RPC (Bazel's and
# reclient's "Remote execution failed ... context deadline exceeded")
_FETCHING = re.compile(
    r"\b(?:fetch|fetching|download|downloading|invoke-webrequest)\b|\burl ['‘\"]?https?://"
    r"|\bremote (?:execution|cache|caching)\b|\bcode = deadlineexceeded\b"  # a gRPC call's
    r"|\bgit clone\b[^\n]{0,300}?(?:://|git@)"  # a remote's clone that ran out of time
    r"|\bdial (?:tcp|udp)\b"  # Go's dial: "dial tcp 1.2.3.4:9418: connect: operation timed out"
    r"|\bssh: connect to host\b"  # OpenSSH: "ssh: connect to host x port 22: Operation timed out"
    # net-ssh's proxy command, the ssh that tunnels through a bastion (Test Kitchen: "[command
    # timed out: ssh -W 10.1.4.1:22 -q bastion]")
    r"|\bcommand timed out: ssh\s"
    r"|\bclone\b[^\n]{0,300}? from ['\"]?(?:https?|git|ssh)://"  # Julia's "Cannot clone x from"
    # a container image's pull (kubelet's "Failed to pull image x: rpc error: ... context deadline
    # exceeded"); curl's timeout counts the bytes of its transfer ("Operation timed out after
    # 300182 milliseconds with 0 out of 0 bytes received")
    r"|\b(?:failed to pull|error pulling|pulling|failed to pull and unpack) image\b"
    r"|\berrimagepull\b"
    r"|\bmilliseconds with \d{1,15} (?:out of -?\d{1,15} )?bytes? receive"
)
# git for Windows, when another process holds a file: "Unlink of file 'x' failed. Should I try
# again? (y/n)"; also "Deletion of directory 'x'" and "Rename from 'a' to 'b'".
_GIT_RETRY = re.compile(
    r"(Unlink of file|Deletion of directory|Rename from) '([^'\n]{1,600})'"
    r"(?: to '([^'\n]{1,600})')? failed\. Should I try again"
)
_GIT_RETRY_OPS = {"Unlink of file": "unlink", "Deletion of directory": "rmdir"}
# A host name that could not be resolved: the failing step is the DNS lookup.
DNS_WORDS = (
    "getaddrinfo",
    *(" enotfound", "'enotfound", "(enotfound", "[enotfound", ":enotfound"),  # (filenotfounderror)
    "eai_again",
    "could not resolve host",
    "couldn't resolve host",
    "resolving timed out",
    "nameserverfailure",
    "no such host",
    "name resolution",
    "name or service not known",
    # musl's words (Alpine): EAI_AGAIN "Try again", EAI_NONAME "Name does not resolve"
    "[errno -3] try again",
    "name does not resolve",
    "temporary failure resolving",
    "remote name could not be resolved",
    "nodename nor servname",
    "errno 11001",
    "errno 11004",
    # urllib3 2: "(Caused by NameResolutionError(... Failed to resolve 'pypi.org' ([Errno -3]"
    "by nameresolutionerror(",
    "timeout awaiting 'lookup'",  # got's DNS phase ran out
    "unknownhostexception",
    "no data of the requested type",  # WSANO_DATA
    "找不到请求的类型的数据",  # its Chinese wording
    "unable to get host address",  # MPICH's hydra
    "hostnotfounderror",  # Qt's QNetworkReply (wkhtmltopdf)
    "failed to lookup address",
    "unable to look up",
    "could not resolve '",
    "nxdomain",
    "associated with hostname",  # "No address associated with hostname", maybe wrapped
    "unknown host",
    "80072ee7",  # WinINet's 12007: the name was not resolved
    "unable to resolve host",  # wget: "unable to resolve host address 'x'"
    "err_name_not_resolved",  # Chromium's
    "err_name_resolution_failed",
    "receive failed: no name",  # GnuPG's keyserver fetch
    "specified hostname could not be found",  # Apple's NSURLErrorCannotFindHost (-1003)
)
_GO_LOOKUP = re.compile(
    r"dial tcp: lookup \S{1,300}(?: on |: )"
    # Maven: "Could not transfer artifact x from/to central (https://...): repo.maven.apache.org"
    # (an UnknownHostException prints only the host)
    r"|from/to \S{1,200} \(https?://[^)\s]{1,600}\): (?:[\w-]{1,63}\.){1,10}[a-z]{2,24}\s{0,20}$"
)
_GHC_DENIED = "you don't have permission to modify this file"
_NOT_FOUND_HERE = re.compile(
    r"\bfailed to download\b[^\n(]{0,200}\(error: not found\)|\bcode\(40[0134]\) message\("
)
_STATUS_CODE_5XX = re.compile(r"\bstatus code:? 5\d\d\b")
_LOCAL_URL = re.compile(
    r"(?<![\w.-])(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[::1\])(?![\w.-])"
)
_ASSERTED = re.compile(r"\bassert|\bexpected\b|\bthreshold|\bwant\b|\bmessages:")
_DNS_UDP = re.compile(r"\b(?:read|write|dial) udp \S{1,120}:53\b")
_LOCAL_NAME = r"(?:localhost(?:\.localdomain)?|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|::1)"
# a port of this machine, as clients print it: "127.0.0.1:5432", "[::1]:5432", Node 17's
# "::1:5432", curl's "localhost port 8080", urllib3's "host='localhost', port=8000", psycopg's
# '"localhost" (::1), port 5432', asyncio's "('127.0.0.1', 5432)"
_LOCALHOST_PORT = re.compile(
    rf"(?<![\w.-]){_LOCAL_NAME}:(\d{{1,5}})\b|(?<![\w.:-])\[?::1\]?:(\d{{1,5}})\b"
    rf"|(?<![\w.-]){_LOCAL_NAME} port (\d{{1,5}})\b"
    rf"|host='{_LOCAL_NAME}', port=(\d{{1,5}})\b"
    rf"|\"{_LOCAL_NAME}\"(?: \([^)\n]{{1,40}}\))?, port (\d{{1,5}})\b"
    rf"|\('{_LOCAL_NAME}', (\d{{1,5}})(?:, 0, 0)?\)"
    rf"|'{_LOCAL_NAME}:(\d{{1,5}})'"  # MySQL: "Can't connect to MySQL server on '127.0.0.1:3306'"
    rf"|\"{_LOCAL_NAME}\" port (\d{{1,5}})\b"  # Ruby: 'connect(2) for "127.0.0.1" port 9515'
)
_LOCAL_HOST = re.compile(rf"{_LOCAL_NAME}|\[::1\]")
# the hosts a line names: a URL's (an IPv6 one in brackets), or an IPv4 address with a port
_HOST_OR_IP = re.compile(
    r"https?://(\[[0-9a-f:]{2,39}\]|[\w.-]{1,253})"
    r"|(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5}\b|(?= port \d))"
)
_REMOTE_STAND_IN_PORTS = frozenset(("53", "80", "443"))
_HASKELL_FD_BUSY = re.compile(r"\bfd:\d{1,6}: resource busy\b")
_CURL_AFTER_MS = re.compile(
    r"\bport \d{1,5} after \d{1,9} ms: (?:connection refused|could(?:n't| not) connect to server)\b"
)
_DAEMON_SOCKET = re.compile(r"\bconnect to (?:socket at )?[`'\"‘](/[^`'\"’\s]{1,600})[`'\"’]", re.I)
# (its network codes only: 0x8024401C a request timeout, 0x8024401F-0x80244023 a 5xx, 0x8024402C
# a name not resolved; not its 401/403/404 nor its configuration's errors)
_SHARED_MEMORY = re.compile(r"could not (?:resize|create) shared memory segment")
_WINRM_UNREACHABLE = re.compile(r"\bhresult 0x80338126\b")
# WinRM's "The client cannot connect to the destination specified in the request": its HRESULT,
# and the same number as Test-WSMan's WSManFault prints it in decimal
WINRM_NOT_LISTENING = ("0x80338012", 'code="2150858770"', ": 2150858770,")
# The computer a PowerShell command or record names as the one asked: "-ComputerName web01",
# "PSComputerName : web01", Test-WSMan's 'Machine="web01"', "Connecting to remote server web01
# failed"
REMOTE_COMPUTER = re.compile(
    r"(?:-computername\s{1,4}|pscomputername\s{0,20}:\s{0,4}|\bmachine=\"|remote server )"
    r"['\"]?([\w.$:-]{1,253})"
)
# ... and the names of this machine among them
LOCAL_COMPUTER = re.compile(r"localhost|127\.0\.0\.1|::1|\.|\$env:computername", re.IGNORECASE)
_WU_TALKER = re.compile(r"\b0x80244(?:01[cf]|02[0-3c])\b", re.I)
_NIX_DB_BUSY = re.compile(r"SQLite database '(/[^'\n]{1,600})' is busy")
_EMACS_ANSWER = re.compile(
    r"https?://\S{1,600}: (?:bad request|not found|forbidden|unauthorized)\s{0,3}$"
    r"|\(file-error \"https?://[^\"\n]{1,600}\" \"(?:not found|forbidden|bad request|found)\""
)
_WGET_EXIT = re.compile(r"\bwget failed with exit code (\d{1,3})\b")
_PYOPENSSL_CONNECTION = re.compile(
    r"\[\('ssl routines', '(?!ssl_ctx_)[^'\n]{0,60}', '(?!ee key too small|ca md too weak"
    r"|no cipher match|system lib)"
)
_SERVER_CERT_UNVERIFIED = re.compile(r"(?<!if )\bthe server ssl certificate failed to verify\b")
# a hint's or a help text's line: "hint: ...", "note: users who cannot ...", "  --flag   use x when"
_HINT = re.compile(
    r"^\W{0,5}(?:hint|note|help|tip)\b|\bif [\w .-]{1,40}? cannot\b|^\s{1,8}--?[\w-]{1,40}\s{2}"
)
_CANNOT_DOWNLOAD = re.compile(
    r"(?<!you )(?<!we )\bcannot download\b(?![^\n]{0,300}\b(?:offline|non-corrupt|private|no access"
    r"|not accessible|404|not found)\b)"
)
_STATUS_LINE_5XX = re.compile(r"\bHTTP/(?:1\.[01]|2(?:\.0)?|3) 5\d\d\b")
_GO_URL_ERROR = re.compile(r'"Op":\s?"(?:Get|Post|Put|Head|Patch|Delete)",\s?"URL":\s?"https?://')
# the message's own end: lego's "Time limit exceeded." (not the CPU's, SIGXCPU, nor a test's name
# or a help text that mentions one)
_TIME_LIMIT = re.compile(r"(?<!cpu )(?<!cpu-)\btime limit exceeded[.!]?\s{0,3}$")
_SANDBOX_DENIED = re.compile(
    r"\s{0,5}\*\s{1,3}ACCESS DENIED:\s{1,3}(\w{2,20}):\s{1,20}(/[^'\"\n]{0,600}?)\s{0,3}$"
)
# adb and fastboot: a USB device this user may not open ("no permissions (missing udev rules?
# user is in the plugdev group)", "insufficient permissions for device: ... udev rules wrong?")
_ADB_NO_PERMISSIONS = re.compile(
    r"\s{0,20}(?:[\w.:-]{4,64}\s{1,20}no permissions \("  # "0123ABCD  no permissions (...)"
    r"|(?:error: |fastboot: error: ){0,2}insufficient permissions for device\b)"
)
_ARTIFACT_NOT_FOUND = re.compile(r"\bcould not find artifact \S{1,300} in \S{1,200} \(https?://")
_DESTINATION_NOT_CREATED = re.compile(
    r"destination directory cannot be created: ((?:[A-Za-z]:)?[\\/][^\s'\"]{1,600})", re.I
)
# A tool saying it waits for a lock another process holds (vcpkg, sbt, flutter, SwiftPM, filelock).
_WAITING_FOR_LOCK = re.compile(
    r"waiting (?:to (?:take|acquire|obtain)\b"
    r"|for (?:the |a |an |another )?(?:[\w -]{0,60}? )?locks?\b"  # (not a block, a clock, unlock)
    r"|until (?:that|the other) process"
    r"|for (?:the )?(?:other|another) [\w -]{0,40}?"
    r"(?:instance|process|installation|command|build)\b)"
    r"|attempting to acquire lock\b|has already locked\b"
    r"|waiting for exclusive access\b"  # the Gradle wrapper
    # restic: "repo already locked, waiting up to 8m0s for the lock"
    r"|waiting up to [\w.]{1,20} for (?:the |a )?lock\b"
    r"|lock file exists(?:,|\sin\b)"  # xbps ("exists,waiting for 1s"), torch's extension builds
    r"|already being [\w-]{1,30} by [^\n]{1,300}?waiting\b"  # tensorflow_hub's downloads
    r"|waiting for [\w -]{1,40}? in another process to complete\b"  # Nx's project graph
    r"|blocked by another (?:instance|process)\b[^\n]{0,300}?waiting\b"  # sqitch
    # chezmoi: "timeout obtaining persistent state lock, is another instance of chezmoi running?"
    r"|\btime ?out (?:while )?(?:obtaining|acquiring|getting|taking|waiting for) (?:the |a |an )?"
    r"[\w -]{0,40}?\block\b"
    # yum: "Another app is currently holding the yum lock; waiting for it to exit..."
    r"|\bholding (?:the |a |an )?[\w -]{0,40}?\block[;,]\s{0,3}waiting\b"
    r"|taking a long time, another process\b"  # Emscripten's cache: "..., another process should
    # be writing to it. ... try deleting the lock file"
    r"|(?:trying|attempting|waiting) to acquire (?:a |an |the )?(?:[\w-]{1,30} ){0,2}lock\b"
    r"|lock\b[^\n]{0,200}? not be (?:obtained|acquired)\b"
    r"|(?:could not|couldn['’]t|cannot|can['’]t|unable to|failed to) (?:obtain|acquire|take)"
    r" (?:the |a )?"
    r"(?:[\w-]{1,30} ){0,2}[\w-]{0,30}(?<![bc])locks?\b"  # (not a block, not a clock)
)
# Pulumi: "error: the stack is currently locked by 1 lock(s). Either wait for the other ..."
_STACK_LOCKED = re.compile(r"\bstack is currently locked by \d{1,6} lock\(s\)")
# git: "Unable to create '/x/.git/index.lock': File exists." (another git, or a crashed one)
_LOCK_FILE_EXISTS = re.compile(r"unable to create '?[^'\n]{0,600}?\.lock'?: file exists")
_LOCK_REFUSED = re.compile(
    r"could not get lock\b|dpkg frontend (?:is )?lock|has already locked\b"
    r"|can't create transaction lock\b"  # rpm: another rpm, dnf or yum holds its database
    # dnf's and dnf5's own words for it: "Failed to obtain the transaction lock (logged in as:
    # root).", "Failed to obtain rpm transaction lock. Another transaction is in progress."
    r"|failed to obtain (?:the )?(?:rpm )?transaction lock\b"
    r"|cannot take exclusive lock\b"  # PROJ: another process has its cache database
    r"|failed to lock directory\b"
    r"|could not set lock on file\b"  # DuckDB: another process has the database open
    r"|has already been locked by\b"  # Gradle's compile cache
    r"|data path already locked by\b"  # Filebeat and the other beats
    r"|another instance using the configured data directory\b"  # Logstash
    r"|\bmigration table is already locked\b"  # Knex: another migration runs, or a stale lock row
)
# ... and the tools' own words for it, each looked for only when its words are in the line
_LOCK_REFUSED_WORDS = ("invalid lock", "in progress; skipping", "another instance", "an action on")
_LOCK_REFUSED_MORE = re.compile(
    # Vagrant: "another process is already executing an action on the machine"
    r"\banother process is already executing an action on the machine\b"
    # CPAN.pm: "CPAN.pm panic: Found invalid lockfile '/x/.cpan/.lock', please remove." (a lock
    # file it cannot read, left by a run that died)
    r"|\bfound (?:an )?invalid lock ?file\b[^\n]{0,600}?\b(?:please remove|cannot proceed)\b"
    # Puppet: "Run of Puppet configuration client already in progress; skipping
    # (/x/state/agent_catalog_run.lock exists)": another run holds it, this one gives up
    r"|\balready in progress; skipping\s{1,3}\([^()\n]{1,600}\.lock exists\)"
    # Certbot: "Another instance of Certbot is already running." (its lock files are taken)
    r"|(?:^\W{0,5}|:certbot[\w.]{0,60}:)another instance of [\w .-]{1,60}? is already running\.?"
    r"\s{0,3}$"
)
_LOCK_PATH = re.compile(
    r"lock \(?((?:[A-Za-z]:)?[\\/][^\s()'\"]{1,600}?)\)?(?:[.,](?:\s|$)|\s|$)"
    r"|lock on file \"((?:[A-Za-z]:)?[\\/][^\"\n]{1,600})\""
    r"|lock(?: [\w-]{1,30}){1,4} \(((?:[A-Za-z]:)?[\\/][^()\n]{1,600})\)"  # "lock x cache (path)"
    r"|lock on ([\w.~-]{1,200}[\\/][^\s()'\"]{1,600}?)(?:[.,](?:\s|$)|\s|$)"  # relative: "on .x/y"
    r"|(?:^|\s)((?:[A-Za-z]:)?[\\/][^\s'\"]{1,600}?\.lock): "  # Filebeat: "/x/y.lock: data path"
    r"|lock ?file '((?:[A-Za-z]:)?[\\/][^'\n]{1,600})'"  # CPAN.pm: "invalid lockfile '/x/.lock'"
    r"|\(((?:[A-Za-z]:)?[\\/][^\s()'\"]{1,600}?\.lock) exists\)"  # Puppet: "(/x/run.lock exists)"
)
_ACCESS_TO_PATH = re.compile(r"access to the path ['\"]?(.{1,600}?)['\"]? is denied")
# SQLite's "database is locked" reported as an error ("sqlite3.OperationalError: database is
# locked", "ERROR: database is locked"), not advice or a retry that went on ("retrying because
# database is locked (attempt 1)")
_DATABASE_LOCKED_ERROR = re.compile(
    # (or the cause sqlx indents under "Caused by:": "    (code: 261) database is locked")
    r"(?:(?:error|exception)\b[^\n]{0,400}?|^[>\s]{0,4}\s{2,20}\(code: \d{1,4}\) )"
    r"database is locked(?=\s{0,3}(?:$|[:.'\")\]*]))"
)
# A lock a tool gave up on after a wait it names: "couldn't acquire lock x for 60 seconds" (pyenv)
# A lock that is in the way, in the words of the tool that met it: "is locked by another
# concurrent conan process", "holding the yum lock", "has locked the build directory", "Lock file
# is already being held", "Lockfile exists", "the stack is currently locked by 1 lock(s)",
# "repository x is locked (reason: ...)", "The machine 'x' is already locked for a session". Not
# a file another process has open ("The file is locked by: ...", "has locked a portion of the
# file"): that is a sharing violation, and the operation is the one refused.
_LOCK_STATE = re.compile(
    r"\b(?:is|are) (?:currently )?locked by (?:another|\d)|\bhas (?:already )?locked the\b"
    r"|\b(?:repository|repo|database|directory|workspace|stack) is (?:already )?locked\b"
    r"|\bis (?:already |currently )?locked\b(?! by\b)"  # (a file "locked by" a process: held)
    r"|\bcannot be locked\b"  # Snakemake: "Directory cannot be locked."
    r'|failed to get (?:shared )?"write" lock'  # QEMU: an image another process has open
    r"|\block ?files? (?:is |are )?(?:already )?(?:exists?|being held|held)\b"
    r"|\bholding (?:the |a )?[\w -]{0,30}?lock\b|\block already exists\b|\bbusy and locked\b"
    r"|\bprocess is already using this build directory\b"  # meson
)
_LOCK_GAVE_UP = re.compile(
    r"(?:couldn't|could not|failed to|unable to|cannot) (?:create/)?(?:acquire|obtain) (?:the |a )?"
    r"(?:[\w-]{1,30} )?lock\b[^\n]{0,300}?"
    r"(?: (?:for|after|within) \d{1,6} ?(?:ms|s|secs?|seconds?|m|mins?|minutes?)\b"
    r"|\(timeout\)|\btimed out\b)"  # borg: "Failed to create/acquire the lock x (timeout)."
    r"|failed to refresh (?:the )?lock in time"  # restic: the lock it held went stale
    r"|\block timed out(?=\s{0,3}(?:[:.]|$))"  # hf-hub: "Cache lock timed out: .../.locks/x.lock"
    # golangci-lint waits for the lock of another run (5 s by default), then gives up
    r"|\bparallel golangci-lint is running\b"
)
# A runner or test tool that gave up on a silent process: "Disconnected, because no message in
# 10000 ms" (Karma), "No reply from server in 30s" (bitbake), "Too long with no output"
# (CircleCI); the first form is `NO_ANSWER_IN`, also a trigger.
NO_ANSWER_IN = (
    r"no (?:message|output|response|reply)s? (?:from \w{1,20} )?(?:in|for|received in) \d"
    r"|no (?:disk |network )?activity in \d"
)
_NO_OUTPUT = re.compile(rf"\b{NO_ANSWER_IN}|too long with no output")
# (not Node's error object saying it was not: "killed: false,")
_KILLED = re.compile(r"(?<![a-z])killed\b(?![\"']?\s{0,3}[:=]\s{0,3}(?:false|null|none)\b)")
# gcc's compiler program killed, the signal named in the machine's language ("internal compiler
# error: 已杀死 (program cc1plus)"; in English `_KILLED` reads it)
_COMPILER_KILLED = re.compile(
    r": (?:" + "|".join(re.escape(word) for word in GLIBC_KILLED) + r") \(program [\w.+-]{1,40}\)"
)
# The shell's "Killed" glued to a progress line the step never ended with a newline, after the
# file it was at (Vite's "transforming (438) x/nth.mjsKilled", webpack's "x/iterator.jsKilled"),
# not a name that ends in it (a test's "TestPool/WorkerKilled")
_GLUED_KILLED = re.compile(r"/[^\s/]{1,200}\.[a-z][a-z0-9]{0,5}Killed\s*$")
# A tool that says how much room it needs: "needs 12MB on the / filesystem" (rpm), "Steamcmd needs
# 250MB of free disk space to update"
_NEEDS_SPACE = re.compile(
    r"\bneeds \d{1,9}(?:\.\d{1,3})?\s?[kmg]i?b "
    r"(?:on the \S{1,300} filesystem|of free (?:disk )?space\b)"
)
# curl's exit codes of the network: 6 host, 7 connect, 18 partial, 28 timeout, 35 TLS, 52/56
_CURL_EXIT = re.compile(
    r"\bcurl\b[^\n]{0,800}?(?:exit(?:ed)? (?:with )?code:? |exit status )(?:6|7|18|28|35|52|56)\b"
    # a wrapper that names the code before the command: "Command failed (exit code 6): curl ..."
    r"|(?:exit(?:ed)? (?:with )?code:? |exit status )(?:6|7|18|28|35|52|56)\)?:\s{1,3}curl\b"
)
# A step stopped when its time ran out: "Generation aborted after 1200s".
_STOPPED_AFTER = re.compile(
    r"\b(?:aborted|terminated|cancell?ed|stopped) after \d{1,9}(?:\.\d{1,3})?\s?"
    r"(?:ms|s|secs?|seconds?|m|mins?|minutes?)\b"
)
# A state that a wait did not reach in time: "video metadata not ready after 45000ms", "was
# called but not cleared after 28000ms", "was not connected to within 5 seconds", "Kernel didn't
# respond in 60 seconds", "Failed to generate output in 30 seconds".
# (`DURATION` is also the needles', after "after " and "within ")
DURATION = (
    r"[\"']?"  # quoted, as Go's %q prints it: failed to finish within "5m0s"
    r"(?:\d{1,4}h)?(?:\d{1,4}m)?"  # Go's durations: "2m0s", "1h0m0s"
    r"\d{1,9}(?:\.\d{1,9})?\s?(?:ms|s|secs?|seconds?|milliseconds?|mins?|minutes?)\b"
)
_NOT_IN_TIME = re.compile(
    r"\b(?:not|never|didn't|did not|wasn't|hasn't|failed to)\b[^.\n]{0,60}?\b(?:after|within) "
    + DURATION
    # "in" after "failed to" (not a count's: "0 failed to build in 3.4s"), or after a negated verb
    # of waiting, within one clause ("did not find any changes in 5 seconds" says no wait, and
    # "not reused; request completed in 120ms" is two clauses)
    + r"|(?<!\d )\bfailed to\b[^.,;\n]{0,60}?\bin "
    + DURATION
    + r"|(?:\bnot|\bnever|n't)\s(?:\w{1,20}\s)?(?:respond|start|finish|complete|become"
    r"|boot|stabili[sz]|generate|load|connect|return|reply|answer|ready|exit|launch|initiali[sz])"
    r"\w{0,6}\b[^.,;\n]{0,30}?\bin "
    + DURATION
    # a runner's own process that did not answer ("failed to connect to vstest.console process
    # after 90 seconds"), whose name has a dot
    + r"|\bfailed to connect to [\w.-]{1,60} process after "
    + DURATION
)
# "timeout" alone is a setting as often as an error; these say the time ran out.
_TIMED_OUT = re.compile(
    r"timeout(?:error|exception|expired|:"
    r"| error(?:[:.,]|\s{0,3}$| (?:fetching|while|when|during|occurred|from)\b)"
    r'| calling "'  # an RPC's answer that never came (vitest's worker: 'Timeout calling "x"')
    # ... or that it reports as such, as its message's last words: galaxy's "FileLockException:
    # Timeout occurred."
    r"| occurred[.!]?\s{0,3}(?:$|[\"')])"
    r"|s? (?:while )?(?:waiting|exceeded|after|reached|expired|of \d)"
    r"| \(\d{1,6} ?(?:ms|s|m|min)?\) waiting"  # Ansible: "Timeout (12s) waiting for ..."
    # hdiutil: "detach: timeout for DiskArbitration expired", at the end of its line
    r"| for [\w.-]{1,40}(?: [\w.-]{1,40}){0,2}? expired\s{0,3}$)"
    r"|(?:due to|exceeded|hit|reached)(?: the| a)?(?: \d{1,6} ?(?:ms|s|m|min))? timeout"
    r"|due to (?:statement|lock) timeout\b"  # PostgreSQL: "canceling statement due to ..."
    r"|failed: timeout\b"
    # a flasher's "Error, no ok receive, timeout and exit!!!" (an error's words, not a help text's)
    r"|\b(?:error|failed)\b[^\n]{0,80}?\btimeout and exit\b"
    r"|\bxpc timeout for request to\b"  # Apple's XPC: a call to a service that did not answer
    # afl-fuzz: "[-] PROGRAM ABORT : Timeout while initializing fork server" (reported, not a
    # setting's description)
    r"|\b(?:abort|error|fatal)\b[ :\]]{1,4}timeout while (?:initiali[sz]|start|launch|boot|spawn"
    r"|load)ing\b"
    r"|\b(?:ran|runs?|running) into a timeout\b"  # fluent-ffmpeg: "process ran into a timeout"
    # Proxmox, as its message ends: "can't lock file '/var/lock/x' - got timeout", "command 'x'
    # failed: got timeout" (not a test's "expected success, got timeout"); Erlang's common_test:
    # "Reason: timetrap_timeout", "{timetrap_timeout,30000}" (not a test case named after it)
    r"|(?: -|failed:) got timeout\s{0,3}$|\breason: timetrap_timeout\b|\{timetrap_timeout\b"
    # Ansible's wait_for, as its message starts: "msg": "Timeout when waiting for file x" (not a
    # help text's "--timeout SEC  Timeout when waiting for response")
    r"|(?:^|[\"']|: )timeout when waiting for\b"
)
# The HTTP status curl reports (``-w '%{http_code}'``) when no server answered at all, which
# install scripts print: "received HTTP status=000 for url='https://...'", or a gateway's 502-504
# (Java's HttpURLConnection: "Server returned HTTP response code: 503 for URL: ...", a client's
# "Unexpected status code [503] on URL ...", "Unable to fetch manifests. Error code: 502")
NO_HTTP_ANSWER = (
    r"\bhttp(?: status| code| status code)?[ =:]{1,3}(?:000|50[234])\b"
    r"|\b(?:response|status|error) code:? ?\[?50[234]\b(?![^\n]{0,40}\bthen\b)"
    + r"|"
    + _REQUEST_URL
    + r"\S{1,600}: 50[234]\b"  # Go's "GET https://x: 504"
    # npm's "npm ERR! publish Failed PUT 504"
    + r"|\bnpm err! (?:[\w-]{1,30} )?failed (?:put|get|post|patch|delete|head) 50[234]\b"
)
_NO_HTTP_ANSWER = re.compile(NO_HTTP_ANSWER)
# A gateway's or an overloaded server's answer as Python's requests words it: "503 Server
# Error: Backend is unhealthy for url: https://..." (500, the server's own fault, is not one)
_UNAVAILABLE = re.compile(r"\b50[234] server error\b")
# A connection not made in time ("SSL connection timeout", "Socket connection timeout"), not a
# setting being printed or described ("connection timeout: 30s", "Setting connection timeout to
# 30 seconds", a help text's "Set the connection timeout")
_CONNECTION_TIMEOUT = re.compile(
    r"(?<!setting )(?<!set the )(?<!set )connection timeout\b"
    r"(?!\s{0,3}(?:[:=(]|to\b|of\b|is\b|set\b|\d))"
)
# A folder or file the tool may not write, in its own words ("x doesn't seem to be writable by
# the daemon", "is not writable", Homebrew's "directories are not writable by your user")
_NOT_WRITABLE = re.compile(r"(?:\bnot|n't)(?: [a-z]{1,12}){0,3} writable\b")
# Click's check of a path option: "Invalid value for '-d' / '--project-dir': Path '/tasmota' is
# not readable." (PlatformIO; Click 7 quotes with double quotes, and so does Click 8 a path with
# an apostrophe)
_CLICK_NOT_READABLE = re.compile(
    r"\binvalid value for [^\n]{1,200}?: (?:path|file|directory) (['\"])[^\n]{1,600}?\1"
    r" is not readable\."
)
# A wait the step reports as its error: Citus' "ERROR:  Waited too long for maintenance daemon
# to start" (not a log's "waited too long for lock, retrying")
_WAITED_TOO_LONG = re.compile(
    r"\berror\b[^\n]{0,80}?\bwaited too long for\b(?![^\n]{0,200}\bretrying\b)"
)
# Composer: "The disk hosting /var/www/vendor is full, this may be the cause of the following
# exception"
_DISK_HOSTING_FULL = re.compile(r"\bdisk hosting \S[^\n]{0,600}? is full\b")
# GNU tar reads "host:path" as a remote archive: given a Windows path it tries to reach the host
# "C" ("tar: Cannot connect to C: resolve failed"), no network involved
_TAR_REMOTE = re.compile(r"cannot connect to [a-z]: resolve failed")
_DOWNLOAD_FAILED = re.compile(r"download of .{1,200}? failed|request to \S{1,600} failed")
# Playwright's own timeout, as its error says it: "locator.focus: Timeout 30000ms exceeded." (not
# quoted by a test's name, an assertion or a changelog)
_PLAYWRIGHT_TIMEOUT = re.compile(r"(?:^|: )timeout \d{1,7}ms exceeded(?:\.|\s{0,3}$)")
# A sync client's: "Could not rename a to b, the file is currently in use" (ownCloud, Nextcloud),
# the reason closing the message, not advice ("if the file is currently in use, close it")
_FILE_IN_USE = re.compile(
    r"\b(?:could not|couldn't|cannot|can't|unable to|failed to)\b[^\n]{0,800}?"
    r", the file is currently in use[\"'.)]{0,3}\s{0,3}$"
)
# NSIS: "Error opening file for writing:", then a blank line, the file, and "Click Abort to stop the
# installation, Retry to try again, or Ignore to skip this file.": a file the running program holds
# (the reader joins a path with no space in it to the line: "...writing: C:\\Users\\x\\a.dll")
_NSIS_OPEN = re.compile(
    r"\s{0,20}error opening file for writing:"
    r"(?:\s{1,3}((?:[A-Za-z]:)?[\\/][^'\":\n]{0,600}?))?\s{0,3}$",
    re.I,
)
# MPICH's banner when a rank ended: "=   EXIT CODE: 9" (a signal's number: 9 a kill, 15 a term)
_MPICH_EXIT = re.compile(r"(?:^|\s)=   exit code: (?:9|15)\s{0,3}$")
# CMake's file(DOWNLOAD) trying again: "-- Retry after 5 seconds (attempt #2) ..."
_CMAKE_RETRY = re.compile(r"^\s{0,20}-- retry after \d{1,4} seconds \(attempt #\d{1,3}\)")
# wget's exit status: 4 a network failure, 5 a TLS failure ("... wget ...\" exited with code 4")
_EXIT_4_OR_5 = re.compile(
    r"(?:exited with code|exit status|exit code:?|non-zero code:?|non-zero exit status) [45]\b"
)
# what may not stand between wget and its status: a pipe, a list ("&&", ";") or a background job
# ("&"), after which the status is another command's (a redirection's "2>&1" may)
_COMMAND_END = re.compile(r"[|;]|(?<!>)&")
# Heroku's R10: a boot that ran out of time ("Error R10 (Boot timeout) -> Web process failed to
# bind to $PORT within 60 seconds"); its R15 is told by the kill that follows it
_HEROKU_R10 = re.compile(r"\bError R10 \(Boot timeout\) -> ")
# Python's HTTP clients' exceptions with their message: httpx's and httpcore's ConnectError, a
# library's NetworkError (raised, not named in shown code: `_raised_net_exception`)
_PY_NET_EXCEPTION = re.compile(
    r"(?<![\w.])(?:[\w.]{1,80}\.)?(?:networkerror|(?:httpx|httpcore)\.connecterror): \S"
)
_SOURCE_WORDS = ("except ", "raise ", "import ", "assert ")  # code shown, not an error raised
# Chromium's net errors (Electron's updaters, Puppeteer): "net::ERR_CONNECTION_CLOSED"
_CHROMIUM_NET = re.compile(
    r"net::err_(?:connection_(?:reset|closed|aborted|timed_out|failed|refused)"
    r"|name_not_resolved|name_resolution_failed|internet_disconnected|network_changed"
    r"|network_io_suspended|socket_not_connected|timed_out|empty_response|http2_protocol_error"
    r"|http2_ping_failed|quic_protocol_error|incomplete_chunked_encoding|content_length_mismatch"
    r"|ssl_protocol_error|ssl_version_or_cipher_mismatch|cert_[a-z_]{3,40}"
    r"|proxy_connection_failed|tunnel_connection_failed|socks_connection_failed"
    r"|address_unreachable)\b"
)
# A client that cannot speak TLS at all, however the network is: Python's "Can't connect to HTTPS
# URL because the SSL module is not available.", Nim's "SSL support is not available. Cannot
# connect over SSL. Compile with -d:ssl to enable." and "No SSL/TLS CA certificates found."
_NO_TLS_HERE = (
    "ssl module is not available",
    "ssl support is not available",
    "no ssl/tls ca certificates found",
)
# (not coreutils' "ls: cannot access '/x': Permission denied", a stat of the path that follows at
# once, quoted or not)
_ACCESS_REFUSED = re.compile(r"\b(?:could not|cannot|can't|failed to|unable to) access (?![\"'`/])")
# curl's codes that ask no server: 2 (it could not start), 3 (a malformed URL), 27 (out of memory),
# 43 (misused), 48 (an option its libcurl lacks), 77 (its CA file could not be read)
_CURL_LOCAL = re.compile(r"curl: \((?:2|3|27|43|48|77)\)")
# curl taking an unquoted argument for a URL: "Could not resolve host: application" (a dotless
# name from "-H Content-Type: application/json"), beside its "(3) URL using bad/illegal format"
_CURL_ARGUMENT_HOST = re.compile(r"curl: \(6\) could not resolve host: (?!localhost\b)[^\s.]+\s*$")
# ... or a file's name, which no host has: "Could not resolve host: go1.22.2.linux-amd64.tar.gz"
# (the URL before it was empty); .sh and .zip are top-level domains too, so there only a name
# with no other dot, or one no host has (an underscore, a dotted version: "gradle-8.5-bin.zip"),
# counts ("install.sh", not "get.zplug.sh")
_CURL_FILE_HOST = re.compile(
    r"curl: \(6\) could not resolve host: (?:[^\s/]{1,200}"
    r"\.(?:tar\.gz|tgz|tar\.xz|gz|xz|exe|msi|deb|rpm|json|txt)"
    r"|(?:[^\s/.]{1,200}|[^\s/]{0,200}(?:_|\d\.\d)[^\s/]{0,200})\.(?:zip|sh))\s*$"
)
_PAGE_CONSOLE = re.compile(r"failed to load resource|\bconsole\b")
# The Windows C runtime's strerror(12), ENOMEM: "errno=12] Not enough space"
_ENOMEM_CRT = re.compile(r"errno[ =:]{0,3}12\b")
# strsignal() of the signals a crash raises, as gcc names them before "signal terminated program"
_CRASHES = ("segmentation fault", "aborted", "illegal instruction", "bus error")
# An allocation refused, in the program's own words: Qt's "In file qvector.h, line 544: Out of
# memory", .NET's "Out of memory." on a line of its own (read as no class of its own: a kill
# printed on another line, "Killed" or exit 137, still decides)
_OWN_OUT_OF_MEMORY = re.compile(r"^\s*(?:.{1,600}, line \d{1,9}: )?out of memory\.?\s*$")
_KILL_PORT = re.compile(r"\s{0,40}process on port \S{1,200} killed\s{0,40}$")
_EXECA_SIGINT = re.compile(r"\s{0,40}command failed with signal \"sigint\"")
_GOT_TIMEOUT = re.compile(
    r"\btimeout awaiting '(lookup|connect|secureconnect|socket|send|response|request|read)'"
)
# What a condition means where the line says more: (any of these words, the condition, what it is
# read as, the operation it names). An allocation the program itself could not make (GHC's, git's,
# Go's runtime, the JVM, whose heap space and GC overhead limit Gradle names as a cause too, Python,
# gcc's "out of memory allocating", a tool's "error: out of memory": LLVM's, KTX's) is its own
# failure, not a kill; so is a compiler that crashed ("Segmentation fault signal terminated program
# cc1": gcc names the signal, and only "Killed" is a kill); Bazel's server that "terminated
# abruptly" under a closed socket was killed; coreutils' chmod and chown are never a held file; a
# wait for a lock that ran out over the sharing violation it met (Lucene's "Lock obtain timed out";
# Squirrel's retries, above) is a lock wait; Java's ServerSocket.accept and esptool's serial port
# time out, no fetch; the linker's list of possible causes ("check for insufficient disk space") and
# LNK1106's "invalid file or disk full" are a bad input.
_RECASTS: tuple[tuple[tuple[str, ...], str, str, str | None], ...] = (
    (("out of memory (requested", "malloc failed", "fatal error: out of memory"), OOM, DIAG, None),
    (("error: out of memory",), OOM, WEAK, None),  # LLVM's, KTX's; a kill elsewhere decides
    (("memoryerror", "out of memory allocating"), OOM, DIAG, None),
    # a C program's own allocation refused ("[kseq2bseq1] Failed to allocate 151 bytes at bwa.c
    # line 37: Out of memory"): no kill, unless one elsewhere decides
    (("failed to allocate",), OOM, WEAK, None),
    # PHP's memory_limit ("Allowed memory size of 134217728 bytes exhausted") and WP-CLI's words
    # for it: a limit of its own, no kill
    (("allowed memory size of", "wp-cli ran out of memory"), OOM, DIAG, None),
    # Go's: an allocation refused in one process; a kill of another one elsewhere decides
    (("runtime: out of memory",), OOM, WEAK, None),
    (("java heap space", "gc overhead limit exceeded"), OOM, DIAG, None),
    (("server terminated abruptly",), NET, SIGNAL, None),
    # (a crash is no class of its own: a kill on another line, in a parallel build, decides)
    (tuple(f"{crash} signal terminated program" for crash in _CRASHES), SIGNAL, WEAK, None),
    (("changing permissions of", "changing ownership of"), EPERM, PRIV, None),
    (("lock obtain timed out",), SHARING, TIMEOUT, "lock"),
    (("accept timed out", "packet header"), NET, TIMEOUT, None),
    (("check for insufficient disk space", "or disk full"), NOSPC, DIAG, None),
    # wasm-bindgen-test-runner's report of the WebDriver it stopped: "driver status: signal: 9"
    # comes with the failure it stopped it for, below
    (("driver status: signal",), SIGNAL, WEAK, None),
    # Maven's resolver: the repository answered without the checksums it should have ("Checksum
    # validation failed, no checksums available from the repository")
    (("no checksums available",), NET, DIAG, "download"),
    # adb: "could not install *smartsocket* listener: Operation not permitted" (a socket a
    # sandbox refused: the rights to listen, no file held)
    (("listener: operation not permitted",), EPERM, PRIV, None),
    (("listener: permission denied",), EACCES, PRIV, None),
)
# git for Windows replacing a file another process holds: "error: unable to unlink old 'x':
# Invalid argument" (not a name Windows cannot have at all: a device's, "aux.md", or one with a
# colon)
_GIT_UNLINK_INVALID = re.compile(
    r"\bunable to unlink old '(?!(?:[^'\n]{0,600}[\\/])?(?:aux|con|nul|prn|com\d|lpt\d)\.)"
    r"(?:[a-z]:)?[^':\n]{1,600}': invalid argument\b"
)
# A program that could not run or be held in a folder, blamed on a noexec mount ("TMPDIR=/tmp
# cannot hold executables (partition possibly mounted with `noexec`)"), not a question or a hint
# ("unable to determine whether /tmp is mounted noexec", "make sure /tmp is not mounted noexec")
_NOEXEC_MOUNT = re.compile(
    r"\b(?:cannot|can't|unable to|failed to) (?:hold|run|exec|execute)\b[^\n]{0,160}?"
    r"(?<!not )(?<!n't )\bmounted (?:with )?\W?noexec\b"
)
# One of git's loose objects: ".git/objects/4f/b8bdf7cf90c933b6f47d459a99c1f3d57627aa"
_LOOSE_OBJECT = re.compile(r"\.git[\\/]{1,2}objects[\\/]{1,2}[0-9a-f]{2}[\\/]{1,2}[0-9a-f]{38}\b")
# A program under a Git Bash (MSYS) drive path, its own "Device or resource busy" after it
_MSYS_PROGRAM_BUSY = re.compile(
    # the path that starts the line, or follows a script's line number (not rm's, chmod's or mv's
    # "rm: /c/x/bin/a.exe: ..."); first words never carry a colon
    r"\s{0,20}(?:[\w./@+-]{1,200}: (?:line )?\d{1,6}: )?/[a-z]/[^:\n\"']{0,600}?"
    r"(?:/bin/[^/:\n\"']{1,100}|\.exe): device or resource busy\b"
)
_CALL_FAILED = re.compile(r"\b(?:cannot|can't|failed to|unable to|could not|couldn't)\b")
# EEXIST as Go words it: "open /x/config.lock: file exists" (not ar's "unable to rename 'x';
# reason: File exists", which says a held file)
_GO_EXISTS = re.compile(
    r"\b(?:open|mkdir|symlink|link) (?:[a-z]:)?[^\s:]{1,600}: (?:the )?file exists\.?\"?\s{0,3}$"
)
# Mounting (not unmounting: "umount: /mnt/x: target is busy" is a folder something holds)
_MOUNTING = re.compile(
    r"\b(?:failed to|cannot|can't|could not|unable to) mount\b|(?<![\w-])mount(?:_\w{1,20})?: (?!/)"
    r"|\bmount\(2\) system call failed\b|\bmount error\(\d{1,3}\)"  # util-linux, mount.cifs
    r"|\bmount /\S{1,600} /\S{1,600}: "  # Go's syscall.Mount, as Docker reports it
)
# A request that got no answer in time, as the message's last words ("Request error: Request
# timeout", @vscode/test-electron's "request timeout out after 15000ms"), as "request timed out"
# is (`_PHRASES`); not a setting ("--request-timeout 30")
_REQUEST_TIMEOUT = re.compile(
    r"\b(?:error|failed)\b[^\n]{0,200}?\brequest timeout(?:[.!]?\s{0,3}$| out after \d)"
)
# GnuPG's keyserver failures, but those no network caused: its network daemon missing ("No
# dirmngr"), the server's refusal ("Forbidden") and what it sent that gpg could not use
_KEYSERVER_FAILED = re.compile(
    r"\bkeyserver (?:receive|send|refresh) failed: "
    r"(?!no dirmngr|forbidden|invalid |missing item|not found|bad |unusable)"
)
# ... and a retry after it, on its line ("(retrying 2/5)", "trying next keyserver")
_RETRIED = ("retrying", "trying next", "trying another")
# CI services ending a job for its time, as their own lines say it: Travis' "The job exceeded the
# maximum time limit for jobs, and has been terminated." (also as it misspells it, "maxmimum"),
# and its stall, "No output has been received in the last 10m0s" (not quoted); Azure Pipelines'
# "The job running on agent x ran longer than the maximum time of 60 minutes."
_CI_JOB_LIMIT = re.compile(
    r"\bthe job exceeded the max\w{1,5}um time limit for jobs, and has been terminated"
    r"|(?<![\"'‘])\bno output has been received in the last \d"
    r"|\bthe job running on (?:agent|runner) [^\n]{1,200}? ran longer than the maximum time of \d"
)
_CI_JOB_LIMIT_WORDS = ("time limit for jobs", "no output has been received", "maximum time of")
# The data folders Elasticsearch tried to lock: "tried [[/data/x]] with lock id [0]"
_NODE_LOCKS_TRIED = re.compile(r"(?:[A-Za-z]:[\\/]|/)[^\[\]\n,;]{1,600}")
# A shell that was given a folder to run: "-sh: 8: /home/x/config/: Permission denied"
_SHELL_RUNS_A_FOLDER = re.compile(
    r"(?:^|[\s\]>])\S{0,200}?sh: (?:\d{1,6}: |line \d{1,6}: )?(?:\.{0,2}/\S{0,600})?/: "
    r"permission denied\s{0,3}$"
)
# execa's exit status and the errno name it gives the number: "exit code 1 (EPERM)"
_EXECA_EXIT_NAME = re.compile(r"\bcommand failed with exit code \d{1,3} \((e[a-z]{2,12})\)")
# The port of Node's refused listen: "listen EACCES: permission denied 0.0.0.0:9001"
_LISTEN_ADDRESS = re.compile(
    r"\b(?:listen|bind) eacces\b:?(?: permission denied)?\s{1,3}([\w.:\[\]-]{1,80}:\d{1,5})\b"
)
# An X display of this machine (":99", "localhost:10.0", "unix:0"), not a remote one
_LOCAL_DISPLAY = re.compile(
    r"connect to (?:display|x server)(?: ['\"]?(?:localhost|unix)?:\d|\s{0,3}$)"
)
# A debug probe's or a chip's connection, no host: OpenOCD's "init mode failed (unable to connect to
# the target)"
_DEVICE_CONNECTION = re.compile(
    r"\b(?:connect|connection) to (?:the )?(?:target|device|probe|board)(?![\w.-])"
)
# A USB device the tool may not open (on Linux, a udev rule missing): picotool's "appears to be a
# RP2040 device in BOOTSEL mode, but picotool was unable to connect", dfu-util's own "dfu-util:
# Cannot open DFU device 1235:800c" (not with another libusb error named; QMK Toolbox's Windows
# driver problem prints it without the prefix), st-flash's "Error -3 opening" (libusb's
# LIBUSB_ERROR_ACCESS)
_USB_NOT_OPENED = re.compile(
    r"\bdfu-util: cannot open dfu device\b(?![^\n]{0,200}libusb_error_(?!access))"
    r"|\bdevice\b[^\n]{0,200}?\bunable to connect\s{0,3}$"
    r"|\berror -3 opening\b|\blibusb_error_access\b"
)
_OTHER_NETWORK_WORDS = ("http", "getaddrinfo", "enotfound", "econn", "etimedout", "resolve")
# A kernel module in use refusing its removal: kmod's "kmod_module_remove_module: could not remove
# '8188eu': Device or resource busy", rmmod's "ERROR: Removing 'nat64': Device or resource busy"
_MODULE_REMOVAL = re.compile(
    r"\bkmod_module_remove_module\b|\bremoving '[\w-]{1,64}': device or resource busy|\brmmod: "
)
# A file's call on the line: the busy file is not the mount
_FILE_CALLS = re.compile(r"\b(?:rename|open|unlink|rmdir|copyfile|scandir|lstat)\b")
_QUOTED_FAILED = re.compile(r"' failed \(-(?:9|15)\)")
_DASH_MISSING = re.compile(r"(\S{1,600}): \d{1,6}: [^:\n]{1,300}: not found\s{0,3}$")
_EXIT_KILLED = re.compile(
    r"(?:code|status|errno|error|exited with|exit value|\bexit|returned)[:=]? ?\(?1(?:37|43)\b"
    r"|exitfailure \(-(?:9|15)\)"  # Haskell's stack: the process got SIGKILL/SIGTERM
    r"|(?:error code|exit code|returncode|return code|status|non-zero code) -(?:9|15)\b"  # Python
)


def _quoted_command_killed(low: str) -> bool:
    """A quoted command line that a signal ended: emcc's "'/emsdk/upstream/bin/clang ... -o x.o'
    failed (-9)" (a program's path in the quotes; not a check's "'value >= 0' failed (-9)")."""
    for end in first_matches(_QUOTED_FAILED, low):
        start = low.rfind("'", 0, end.start())
        if start >= 0 and any(mark in low[start : end.start()] for mark in "/\\"):
            return True
    return False


def _raised_net_exception(low: str) -> bool:
    """An HTTP client's exception as raised and reported ("E   httpx.ConnectError: All connection
    attempts failed"), not named in code a traceback shows."""
    match = _PY_NET_EXCEPTION.search(low)
    return match is not None and not low[: match.start()].rstrip().endswith(_SOURCE_WORDS)


def _wget_exit(low: str) -> bool:
    """wget's own exit status 4 or 5 ("wget -q https://x ... exited with code 4"), not that of a
    pipe it feeds or of a command after it."""
    for status in first_matches(_EXIT_4_OR_5, low):
        before = low[max(0, status.start() - 800) : status.start()]
        at = before.rfind("wget")
        if at >= 0 and not _COMMAND_END.search(before, at):
            return True
    return False


def _dash_missing(low: str) -> bool:
    """dash running a script's line: "/opt/x/bin/run: 12: /opt/x/bin.SSE2/run: not found" (the
    first field a script's path, not a test's name)."""
    match = _DASH_MISSING.match(low) if low.rstrip().endswith(": not found") else None
    if match is None:
        return False
    return "/" in match.group(1) or match.group(1).endswith(".sh")


def _has(conds: list[tuple[str, str | None]], wanted: str) -> bool:
    return any(cond == wanted for cond, _ in conds)


# Lines that start with "#" and are no comment: BuildKit's step prefix ("#8 2.345 gpg: ..."), and
# Azure Pipelines' and GitHub Actions' logging commands ("##[error]The job running on ...")
_NOT_A_COMMENT = re.compile(r"#\d{1,4} (?:\d{1,6}\.\d{1,4} |\[)|##\[")


# .NET's HttpStatusCode of a 5xx, as its exceptions name it: "Unsuccessful status code of
# InternalServerError returned by https://x/" (Edge's Partner Center), "StatusCode: BadGateway"
_STATUS_NAME_5XX = re.compile(
    r"\bstatus ?code(?: of|:)? "
    r"(?:internalservererror|badgateway|serviceunavailable|gatewaytimeout)\b"
)


_POOL_TIMED_OUT = re.compile(r"(?:value: |error: |error::|\()pooltimedout\b")
_NO_RESPONSE = re.compile(
    r"\b(?:error|fatal|failed)\b[^\n]{0,120}?\bno response received from (?!(?:the |a )?(?:prompt"
    r"|worker|child|process|language server|local))"
)
_DIRECTORY_IN_USE = re.compile(r"\berror: (?:[\w-]{1,30} ){0,3}directory is already in use\b")
_EMPTY_5XX = re.compile(r"\bempty response from the server; status: 50[234]\b")
_WRITE_PERMISSIONS = re.compile(r"\bfailed: write permissions error\b")
# Failures that count only as an error's own words, never on a hint's, an assertion's or a
# comment's line (a test named after one, a retry's log, an INFO line name them too): (gates,
# pattern, condition, the operation it names). sqlx's pool ("Err` value: PoolTimedOut"); a server
# that did not answer ("Failed to get manifest from Shub: No response received from singularity
# hub"), not a prompt, a worker or a local process; a tool's store another instance has
# (Charliecloud: "error: storage directory is already in use"), a lock refused at once; .NET's 5xx
# names and AMO's "Received an empty response from the server; status: 502"; macOS' Security
# framework refusing a write, errSecWrPerm ("security: cert import failed: Write permissions
# error."); a request timeout as an error's last words
_OWN_WORDS: tuple[tuple[tuple[str, ...], re.Pattern[str], str, str | None], ...] = (
    (("pooltimedout",), _POOL_TIMED_OUT, TIMEOUT, None),
    (("no response received from",), _NO_RESPONSE, NET, "download"),
    (("directory is already in use",), _DIRECTORY_IN_USE, DIAG, "lock"),
    (("status code", "statuscode"), _STATUS_NAME_5XX, NET, "download"),
    (("empty response from the server; status: 50",), _EMPTY_5XX, NET, "download"),
    (("write permissions error",), _WRITE_PERMISSIONS, PRIV, None),
    (("request timeout",), _REQUEST_TIMEOUT, NET, "download"),
)
# ... their gates together, so that a line without any skips the aside check
_OWN_WORDS_GATES = tuple(gate for gates, _, _, _ in _OWN_WORDS for gate in gates)


def _aside(low: str) -> bool:
    """A hint's, an assertion's, a comment's or a VERBOSE line: words about a failure, not one."""
    stripped = low.lstrip()
    return bool(
        _HINT.search(low)
        or _ASSERTED.search(low)
        or stripped.startswith("verbose:")
        or (stripped.startswith("#") and not _NOT_A_COMMENT.match(stripped))
    )


def _local_server_refused(low: str) -> bool:
    """A connection to a server on this machine refused: nothing listens there (a dev server, a
    database, a driver the step should have started), which asks no network. Not the local DNS
    resolver's port, nor 80 and 443, where a hosts file or a local proxy stands in for a remote
    server, nor a line about a proxy."""
    refused = (
        "refused" in low
        or "connect to server" in low  # curl 8: "Couldn't connect to server", "Could not ..."
        or "(111)" in low  # MySQL's 2003 with ECONNREFUSED's number
    )
    if not refused or "proxy" in low or "udp " in low:
        return False
    ports = [next(p for p in match.groups() if p) for match in first_matches(_LOCALHOST_PORT, low)]
    if not ports or any(port in _REMOTE_STAND_IN_PORTS for port in ports):
        return False
    # every address the line names is this machine's: a remote one (an IP, a URL's host) means the
    # local port stood in for it (a proxy: "https://registry.yarnpkg.com/x: connect ECONNREFUSED
    # 127.0.0.1:7890") or was not the one refused
    hosts = [match.group(1) or match.group(2) for match in first_matches(_HOST_OR_IP, low)]
    return all(_LOCAL_HOST.fullmatch(host) for host in hosts)


def _recast(conds: list[tuple[str, str | None]], old: str, new: str) -> None:
    """Read ``old`` as ``new`` on this line (a crash signal is not a kill, a local socket not the
    network), keeping the codes as printed."""
    conds[:] = [(new if cond == old else cond, code) for cond, code in conds]


def _ensure_op(facts: LineFacts, op: str) -> None:
    if not any(known == op for _, known in facts.ops):
        facts.ops.append((RANK_VERB, op))


def scan_words(line: str, low: str, facts: LineFacts) -> None:
    conds = facts.conds
    for gate, own, anchored in _PHRASES_BY_GATE:
        if gate in low:
            conds.extend((cond, None) for phrase, cond in own if phrase in low)
            for anchor, phrases in anchored:
                if anchor in low:
                    conds.extend((cond, None) for phrase, cond in phrases if phrase in low)
    denied = _ACCESS_TO_PATH.search(low) if "access to the path" in low else None
    if denied:  # .NET on Linux says it of a POSIX path too: a plain EACCES there
        conds.append((EACCES if denied.group(1).startswith("/") else ACCESS_WIN, None))
    if (" of " in low or "request to" in low) and _DOWNLOAD_FAILED.search(low):
        conds.append((NET, None))
    if (
        "137" in low or "143" in low or " -9" in low or " -15" in low or "(-" in low
    ) and _EXIT_KILLED.search(low):
        conds.append((SIGNAL, None))
    if "' failed (-" in low and _quoted_command_killed(low):
        conds.append((SIGNAL, None))
    if "killed" in low and (_KILLED.search(low) or ("/" in low and _GLUED_KILLED.search(line))):
        conds.append((SIGNAL, None))
    if "(program " in low and _COMPILER_KILLED.search(low):
        conds.append((SIGNAL, None))
    localized = not low.isascii() or "fehlgeschlagen" in low
    gated = localized and any(gate in low for gate in _DOWNLOAD_FAILED_GATES)
    if gated and _DOWNLOAD_FAILED_WORDS.search(low.rstrip()):
        conds.append((NET, None))
    if ("by signal" in low or "by kill signal" in low) and _BY_SIGNAL.search(low.rstrip()):
        conds.append((TIMEOUT if _ALARM_SIGNAL.search(low) else SIGNAL, None))
    if ("alarm" in low and _ALARM_CLOCK.match(low, log_prefix_end(low))) or (
        "died with <signals.sigalrm: 14>" in low
    ):
        conds.append((TIMEOUT, None))
    if "ms exceeded" in low and _PLAYWRIGHT_TIMEOUT.search(low.rstrip()):
        conds.append((TIMEOUT, None))
    if "currently in use" in low and _FILE_IN_USE.search(low):
        conds.append((SHARING, None))
    nsis = "error opening file for writing" in low and _NSIS_OPEN.match(line, log_prefix_end(low))
    if nsis:
        conds.append((SHARING, None))
        _ensure_op(facts, "open")
        facts.flags.add("nsis_open")  # a held file if NSIS' dialog follows (`Reader`)
        if nsis.group(1):  # the path on the line (printed there, or joined by the reader)
            add_paths(facts, nsis, (1,))
    if "=   exit code: " in low and _MPICH_EXIT.search(low):
        conds.append((SIGNAL, None))
    if ("watch" in low or "file monitor" in low) and _has(conds, NOSPC):
        _recast(conds, NOSPC, WATCHERS)
    if _has(conds, WATCHERS):
        _ensure_op(facts, "watch")
    if "file_baton" in low and _TORCH_BATON.search(low):
        _ensure_op(facts, "lock")
    if "', none, " in low:
        for match in first_matches(_OSERROR_REPR, low):
            conds.append((ACCESS_WIN if match.group(1) == "5" else SHARING, None))
    conds.extend((cond, None) for phrase, cond in _LOCALIZED_ASCII if phrase in low)
    if not low.isascii():
        conds.extend((cond, None) for phrase, cond in _LOCALIZED_OTHER if phrase in low)
    if any(word in low for word in _GLIBC_WORDS):
        conds.extend((_GLIBC_CONDS[m.group(1)], None) for m in first_matches(_GLIBC_BUSY, low))
    if "sig" in low and _CRASH_SIGNAL.search(low):
        _recast(conds, SIGNAL, DIAG)
    if "sig" in low and _BROKEN_PIPE.search(low) and not _KILL_SIGNAL.search(low):
        _recast(conds, SIGNAL, WEAK)
    binary = any(suffix in low for suffix in _BINARY_SUFFIXES) and _WIN_BINARY.search(line)
    if binary:
        facts.flags.add("binary")  # a program or module: a file its running process holds
    relative = "\\" in line and not _WIN_DRIVE.search(line) and _WIN_RELATIVE_FILE.search(line)
    windows_path = ("\\" in line and _WIN_DRIVE.search(line)) or relative or binary
    # the passive only in an error; a relative path right after the verb, in an error or a message
    # that it ends ("> Unable to delete file: XXX\\app\\build\\x.arsc"), not in a note or a
    # changelog's line
    erred = "error" in low or "exception" in low
    unexplained = _UNEXPLAINED.search(low) or (_UNEXPLAINED_PASSIVE.search(low) if erred else None)
    named = not relative or (
        unexplained is not None
        and 0 <= relative.start() - unexplained.end() <= 12
        and (erred or not line[relative.end() :].strip(" .'\""))
    )
    if not conds and windows_path and unexplained and named and not _REASON_STATED.search(low):
        conds.append((ACCESS_WIN, None))
        facts.flags.add("no_reason")  # read as Windows' access denied: weaker than one said
        if relative and not facts.paths:  # (the operation's own forms take absolute paths)
            add_paths(facts, relative, (1,))
    connection = (
        any(word in low for word in _CONNECTION_WORDS)
        and "connect to process" not in low  # a daemon's pid (Bloop's lock), not a host
        and _CONNECTION_FAILED.search(low)
    )
    fetch = (
        " from " in low or "open url" in low or any(word in low for word in FAILED_FETCHING)
    ) and _FETCH_FROM.search(low)
    if connection or fetch:
        conds.append((NET, None))
    if fetch:
        facts.ops.append((RANK_GERUND, "download"))  # whatever verb the tool used for it
    for gates, pattern, op in _NETWORK_FORMS:
        if any(gate in low for gate in gates) and pattern.search(low):
            conds.append((NET, None))
            if op is not None:
                facts.ops.append((RANK_VERB, op))
    ivy_host = "host " in low and "not found" in low and _HOST_NOT_FOUND.search(low)
    if ivy_host:
        facts.ops.append((RANK_VERB, "getaddrinfo"))
    cmake_retry = "-- retry after" in low and _CMAKE_RETRY.search(low)
    if cmake_retry:
        facts.ops.append((RANK_VERB, "download"))
    if ivy_host or _IVY_PROXY_HINT in low or cmake_retry:
        conds.append((NET, None))
        # Ivy lists these among the warnings of a resolver chain that may still succeed, and
        # CMake tries a download again before it gives up (with a status that says more): they
        # decide when nothing else in the output does, not over a compiler's error
        facts.flags.add("warning")
    if "wrote only" in low and "tar: " in low and _SHORT_WRITE.search(low):
        conds.append((NOSPC, None))
        facts.ops.append((RANK_VERB, "write"))
        facts.flags.add("no_reason")  # tar's "Cannot mkdir: No space left on device" says more
    if " for '" in low and _GIT_LOGIN.search(low):
        conds.append((WEAK, None))  # (a compiler's error near it says more)
        facts.ops.append((RANK_VERB, "download"))
        # git could not log in (no terminal to ask, a refused password): the "Failed to fetch
        # repository" around it is that, no network failure (`decide`)
        facts.flags.add("answered")
    if "unexpected eof" in low and "http" in low:  # Go: 'read "https://x": unexpected EOF'
        conds.append((NET, None))
    if ("http" in low or " code" in low or "failed " in low) and _NO_HTTP_ANSWER.search(low):
        # curl's status: no answer, or a gateway's
        conds.append((NET, None))
    if "server error" in low and _UNAVAILABLE.search(low):
        conds.append((NET, None))
    if "connection timeout" in low and _CONNECTION_TIMEOUT.search(low):
        conds.append((NET, None))
    if "disk hosting" in low and _DISK_HOSTING_FULL.search(low):
        conds.append((NOSPC, None))
    if "curl" in low and _CURL_EXIT.search(low):  # curl's exit code: no host, no route, cut short
        conds.append((NET, None))
    if "wget" in low and _wget_exit(low):  # 4: a network failure, 5: a TLS failure
        conds.append((NET, None))
    if "resolve host" in low and _CURL_FILE_HOST.search(low):
        _recast(conds, NET, DIAG)  # a wrong argument, not the network
    if "curl: (" in low and not _CURL_ARGUMENT_HOST.search(low):
        facts.flags.add("curl_code")  # curl said why itself: `decide` reads no other line for it
    no_tls = "ssl" in low and any(words in low for words in _NO_TLS_HERE)
    if (
        no_tls
        or "certificate verify locations" in low
        or ("curl: (" in low and _CURL_LOCAL.search(low))
    ):
        # its CA file unread, curl's own codes, a program built without TLS: no server asked
        _recast(conds, NET, DIAG)
        if no_tls:
            _ensure_op(facts, "download")  # (what it could not do)
    if "browser connection" in low:  # TestCafe waiting for its browsers to connect: a wait
        _recast(conds, NET, TIMEOUT)
    if "error r10" in low and _HEROKU_R10.search(line):
        conds.append((TIMEOUT, "R10"))
    if "a task was canceled" in low and any(word in low for word in _HTTP_TASKS):
        conds.append((NET, None))  # .NET's HttpClient timing out: NuGet's restore, an upload
    if ("TIMEOUT in" in line or "(Timeout)" in line) and _TIMEOUT_WORD.search(line):
        conds.append((TIMEOUT, None))
    if "try again" in low:
        for match in first_matches(_GIT_RETRY, line):
            conds.append((SHARING, None))
            add_op(facts, RANK_VERB, _GIT_RETRY_OPS.get(match.group(1), "rename"))
            add_paths(facts, match, (2, 3))
    if "net::err_" in low and not _PAGE_CONSOLE.search(low) and _CHROMIUM_NET.search(low):
        conds.append((NET, None))  # Chromium's (Electron's) network errors, not a page's console
    if "timeout awaiting '" in low and _GOT_TIMEOUT.search(low):
        # got (Gatsby's sources, Renovate): "TimeoutError: Timeout awaiting 'request' for
        # 30000ms", one of an HTTP request's phases ran out ('lookup': `DNS_WORDS`)
        conds.append((NET, None))
    dns_socket = "udp " in low and _DNS_UDP.search(low)  # Go: "read udp a:1->b:53: i/o timeout"
    if _has(conds, NET) and (
        any(name in low for name in DNS_WORDS) or _GO_LOOKUP.search(low) or dns_socket
    ):
        facts.ops.append((RANK_VERB, "getaddrinfo"))
    if "currently locked by" in low and _STACK_LOCKED.search(low):
        conds.append((LOCK_WAIT, None))  # Pulumi's state lock, as Terraform's
    if ("lock" in low or "waiting" in low) and _WAITING_FOR_LOCK.search(low):
        conds.append((LOCK_WAIT, None))
        facts.ops.append((RANK_VERB, "lock"))
    # apt refuses at once, or waits: "Waiting for cache lock: Could not get lock ..."
    refused = (
        "retry" not in low
        and "waiting for" not in low
        and (
            _LOCK_REFUSED.search(low)
            or (any(word in low for word in _LOCK_REFUSED_WORDS) and _LOCK_REFUSED_MORE.search(low))
        )
    )
    if refused:
        # apt, Homebrew: the lock is held and the tool gave up at once, without waiting
        if _has(conds, LOCK_WAIT) or _has(conds, SHARING):  # "locked by another process"
            _recast(conds, LOCK_WAIT, DIAG)
            _recast(conds, SHARING, DIAG)
        else:
            conds.append((DIAG, None))
        facts.ops.append((RANK_SYSCALL, "lock"))  # apt's "- open (11: ...)" is how it locks
        for match in first_matches(_LOCK_PATH, line):
            add_paths(facts, match, (1, 2, 3, 4, 5, 6, 7))
    if "database is locked" in low:
        # SQLite's busy handler waited for the connection that holds the database and gave up
        # (Python's sqlite3 waits 5 s, better-sqlite3 5 s, PDO 60 s): a lock wait. Not so Xcode's
        # build database, which refuses a second build at once, nor Node's sqlite3, which waits
        # for nothing and prints the code (SQLITE_BUSY)
        waited = "sqlite_busy" not in low and _DATABASE_LOCKED_ERROR.search(low) is not None
        conds.append((LOCK_WAIT if waited and "build database" not in low else WEAK, None))
        _ensure_op(facts, "lock")
    lock_exists = "file exists" in low and _LOCK_FILE_EXISTS.search(low)
    if lock_exists:
        conds.append((WEAK, None))  # EEXIST, in words
    if "no locks available" in low:  # ENOLCK, the lock call's own error, whatever was opening
        facts.ops.append((RANK_SYSCALL, "lock"))
    elif lock_exists or _has(conds, LOCK_WAIT):
        _ensure_op(facts, "lock")  # taking a lock failed, or a wait for one
    if "no " in low and _NO_OUTPUT.search(low):
        conds.append((TIMEOUT, None))
    node_locks = "failed to obtain node locks" in low
    if "writable" in low and _NOT_WRITABLE.search(low) and not node_locks:
        # a folder's rights, also over Vivado's "The path 'x' already exists, is a directory, but
        # is not writable" (not its being a folder)
        _recast(conds, EISDIR, PRIV)
        if not _has(conds, PRIV):
            conds.append((PRIV, None))
    if node_locks:
        # Elasticsearch: "failed to obtain node locks, tried [[/data/x]] with lock id [0]; maybe
        # these locations are not writable or multiple nodes were started ...": another node has
        # the data folder's lock, refused at once (its guesses are no diagnosis)
        conds.append((DIAG, None))
        _ensure_op(facts, "lock")
        tried = low.find("tried")
        if tried >= 0:  # the data folders it tried: "tried [[/a], [/b]] with", 8.x's "tried [/a];"
            end = min(
                low.find(" with", tried) % (len(low) + 1), low.find(";", tried) % (len(low) + 1)
            )
            for match in first_matches(_NODE_LOCKS_TRIED, line[tried:end]):
                add_path(facts, tried + match.start(), match.group(0))
    execa = _EXECA_EXIT_NAME.search(low) if "exit code" in low else None
    if execa:
        # execa names an exit code by the errno of the same number ("Command failed with exit
        # code 1 (EPERM): npm publish"): the command's status, no call was refused
        conds[:] = [(cond, code) for cond, code in conds if (code or "").lower() != execa.group(1)]
    if any(gate in low for gate in _OWN_WORDS_GATES) and not _aside(low):
        for gates, pattern, cond, op in _OWN_WORDS:
            if any(gate in low for gate in gates) and pattern.search(low):
                conds.append((cond, None))
                if op is not None:
                    _ensure_op(facts, op)
    if "permission denied" in low and _SHELL_RUNS_A_FOLDER.search(low):
        # a shell told to run a folder ("-sh: 8: /home/x/config/: Permission denied"): a folder
        # cannot be run, whatever its rights
        _recast(conds, PRIV, WEAK)
        _recast(conds, EACCES, WEAK)
        _ensure_op(facts, "exec")
    if "cannot run in wd" in low:
        # npm as root, which will not run a package's lifecycle script as its owner ("npm WARN
        # lifecycle x~prepack: cannot run in wd x npm run build (wd=/github/workspace)"):
        # unsafe-perm is missing, a right
        conds.append((PRIV, None))
        _ensure_op(facts, "exec")
    if "listen eacces" in low or "bind eacces" in low:
        # a server's port refused: below 1024 on POSIX it is a privileged port (a permission);
        # any other is reserved or excluded (Windows' Hyper-V ranges), no right missing
        address = _LISTEN_ADDRESS.search(low)
        port = address.group(1).rpartition(":")[2] if address else ""
        if port.isdigit() and int(port) >= 1024:
            _recast(conds, EACCES, DIAG)
            _recast(conds, PRIV, DIAG)
    if "autre processus" in low and not _has(conds, SHARING) and _FRENCH_HELD.search(low):
        conds.append((SHARING, None))  # Windows' 32 in French, its accent lost to a code page
    if "access denied for user '" in low:
        # MySQL's 1045, the login refused: the server answered ("Could not create connection to
        # database server ... (Caused by Access denied for user 'root'@'x')")
        _recast(conds, NET, DIAG)
        facts.ops.append((RANK_VERB, "download"))
    if ("create session key" in low or "keyring" in low) and "quota" in low:
        # a container runtime making a kernel keyring (runc's "join session keyring: create
        # session key: disk quota exceeded", crun's "create keyring 'x': Disk quota exceeded"):
        # the user's quota of keys (kernel.keys.maxkeys), not the disk's
        _recast(conds, NOSPC, DIAG)
    if "publickey" in low and ("(publickey" in low or _SSH_NO_METHOD.search(low)):
        # ssh refused the key: a login without the rights for it (not a file's permissions, not
        # the network: the server answered, and "Failed to connect to the host" says only that)
        _recast(conds, EACCES, PRIV)
        _recast(conds, NET, PRIV)
        if not _has(conds, PRIV):
            conds.append((PRIV, None))
        facts.ops.append((RANK_VERB, "download"))
    needs_room = "b on the " in low or ("b of free " in low and ("error" in low or "fatal" in low))
    if needs_room and _NEEDS_SPACE.search(low):  # (an error, not a requirement stated)
        conds.append((NOSPC, None))
    if "ed after " in low and _STOPPED_AFTER.search(low):
        conds.append((TIMEOUT, None))
    negated = "not " in low or "n't " in low or "never " in low or "failed to " in low
    if negated and _NOT_IN_TIME.search(low):
        conds.append((TIMEOUT, None))
    # (not Python's "except socket.timeout:" or "except TimeoutError:", a traceback's source line)
    if "timeout" in low and _TIMED_OUT.search(low) and not low.lstrip().startswith("except "):
        conds.append((TIMEOUT, None))
    if low.rstrip(" .").endswith(": timeout"):  # an error chain ends in its cause (Go's wraps)
        conds.append((TIMEOUT, None))
        if _has(conds, SHARING):  # "cache may be in use by another process: timeout" (bbolt's
            _recast(conds, SHARING, TIMEOUT)  # lock, under trivy): the wait for it ran out,
            facts.ops.append((RANK_SYSCALL, "lock"))  # in the lock call, whatever was opening
    if ("lock" in low or "already using" in low) and _LOCK_STATE.search(low):
        _ensure_op(facts, "lock")
        if '" lock' in low and "failed to get" in low:
            # QEMU's "Could not open 'x.qcow2': Failed to get "write" lock": the open took the
            # image's lock, and the lock is what failed
            facts.ops.append((RANK_SYSCALL, "lock"))
    if "returns 258" in low and "waitfor" in low:  # WAIT_TIMEOUT: the wait, for a lock or a
        conds.append((TIMEOUT, None))  # process, ran out of time (clcache's cache lock)
    if "lockexception" in low:  # a lock class's exception: taking the lock is what failed
        _ensure_op(facts, "lock")
    lock_gave_up = ("lock" in low or "parallel" in low) and _LOCK_GAVE_UP.search(low)
    if lock_gave_up:  # (also over the download that waited: hf-hub's cache lock)
        _recast(conds, NET, TIMEOUT)
        conds.append((TIMEOUT, None))
        _ensure_op(facts, "lock")
    if (
        _has(conds, TIMEOUT)
        and not lock_gave_up
        and (_FETCHING.search(low) or ("deadline exceeded" in low and "://" in low))
    ):  # a fetch, or Go's deadline on a line that names the URL it was asking
        conds.append((NET, None))
    # the server answered, with something else than asked for (an HTML page for JSON)
    answered = "invalid json response body" in low or (
        "<!doctype html" in low and not _SERVER_ERROR.search(low)  # a page, not a 5xx's
    )
    client_error = answered or (
        any(word in low for word in _CLIENT_ERROR_WORDS)
        and _CLIENT_ERROR.search(low)
        # an ACME server's 400 that says it could not reach the site ("urn:ietf:params:acme:
        # error:connection :: ...: Timeout during connect"): the network, from its side
        and "acme:error:connection" not in low
    )
    if "('connection aborted.', filenotfounderror(" in low:
        # a Unix socket that is not there (docker-py's "('Connection aborted.',
        # FileNotFoundError(2, ...))": no Docker daemon runs): no server was asked
        _recast(conds, NET, DIAG)
    if client_error:
        facts.flags.add("client_error")
    # git-lfs's batch API answered, refusing (not a flag for the lines around: a "Repository not
    # found" elsewhere says nothing of their fetch)
    lfs_refused = "batch re" in low and _LFS_REFUSED.search(low)
    if lfs_refused or (client_error and (_has(conds, NET) or "http" in low)):
        # the server answered: a missing package or a refused login, not the network
        _recast(conds, NET, DIAG)
        conds.append((WEAK, None))
        facts.ops.append((RANK_VERB, "download"))
    elif client_error:
        # a server's answer in other words ("server returned 403", "Invalid response from x:
        # 404", axios' "Request failed with status code 404"): what was asked for is a download,
        # whatever decides
        facts.ops.append((RANK_VERB, "download"))
    if "[remote: " in low and _CONAN_REMOTE_DENIED.search(low):
        conds[:] = [(DIAG, code) for _, code in conds]
        facts.ops.append((RANK_VERB, "download"))
    if "is not readable" in low and _CLICK_NOT_READABLE.search(low):
        conds.append((PRIV, None))
    if "waited too long for" in low and _WAITED_TOO_LONG.search(low):
        conds.append((TIMEOUT, None))
    if "create symbolic link" in low and not conds and "exists" not in low:
        conds.append((PRIV, None))  # Windows: creating a symbolic link needs a privilege
    if "resolve failed" in low and _TAR_REMOTE.search(low):  # GNU tar took "C:" for a host
        _recast(conds, NET, DIAG)
    if _has(conds, NET) and "connect to server (" in low and _BAZEL_SERVER.search(low):
        _recast(conds, NET, TIMEOUT)  # Bazel's client waited for its own server, which never came
    if _has(conds, NET) and "timed out" in low and "unixhttpconnectionpool" in low:
        _recast(conds, NET, TIMEOUT)  # the Docker daemon's socket did not answer in time
    if "getaddrinforeqwrap" in low and _NODE_DNS_FRAME.match(low):
        _recast(conds, NET, WEAK)  # a frame of Node's resolver, also under a listen that failed
    dev_server = "internal server error: e" in low and _DEV_SERVER_ERROR.search(line)
    dev_code = NAMED_CODES.get(dev_server.group(1)) if dev_server else None
    if dev_code is not None and dev_code != NET:
        _recast(conds, NET, WEAK)  # a dev server's own error, named by its code, decides
    if ("listen eaddrnotavail" in low or "bind eaddrnotavail" in low) and _has(conds, NET):
        _recast(conds, NET, WEAK)  # a listen on an address the machine lacks: the step's setup
    if "] hangup" in low and _MAKE_HANGUP.search(low):  # make: the recipe's program got SIGHUP
        conds.append((SIGNAL, None))
    if "is going to restart linking" in low:  # MSVC's 32-bit linker, out of heap, starts over
        _recast(conds, OOM, WEAK)
    if "heap space" in low and _MSVC_HEAP.search(low):  # MSVC's C1060, C1002: allocation refused
        _recast(conds, OOM, DIAG)
    if low.strip() == "error: outofmemory":  # Zig's error set: the allocator's answer, no kill
        _recast(conds, OOM, DIAG)
    if "return error." in low and _ZIG_SOURCE_RETURN.match(low):
        conds[:] = [(WEAK, code) for _, code in conds]  # a source line Zig's trace quotes
    if low.strip() == "exited (sigterm)":  # Dart's debugger: the app it stopped after an error
        _recast(conds, SIGNAL, WEAK)
    if "responded with " in low and _RESPONDED_5XX.search(low):
        conds.append((NET, None))
        facts.ops.append((RANK_VERB, "download"))
    if "endofstream" in low and _ZIG_HTTP_EOF.search(low):
        conds.append((NET, None))
        facts.ops.append((RANK_VERB, "download"))
    if _has(conds, NET):  # (the patterns below are read only on a network line)
        remote = "dial tcp" in low or "no such host" in low  # (a remote failure on the line)
        lookup = "dial tcp: lookup" in low or "no such host" in low
        refused_here = not lookup and _local_server_refused(low)
        local = (not remote and _LOCAL_SOCKET.search(low)) or refused_here
        if local or "query-engine-node-api library" in low:
            _recast(conds, NET, DIAG)  # (Prisma's engine library that would not load: no libssl)
            if refused_here:
                _ensure_op(facts, "download")  # a request to the server that is not there
                facts.flags.add("local_refused")  # (for the error object below it: `decide`)
    if " ms: " in low and _has(conds, TIMEOUT) and _CURL_AFTER_MS.search(low):
        # curl's "Failed to connect to x port 8080 after 0 ms: Connection refused": the time it
        # took is no timeout, the refusal is the failure
        _recast(conds, TIMEOUT, WEAK)
    if "still be using a file in the directory" in low:  # Flutter: clearing a folder
        facts.ops.append((RANK_SYSCALL, "rmdir"))
    if low.rstrip().endswith("error: aborted"):  # Node: the response broke off mid-download
        conds.append((NET, None))
    if low.strip() == "terminated":
        conds.append((SIGNAL, None))
    if "rmdir: failed to remove" in low and _has(conds, ENOTEMPTY):
        # rmdir(1) removes only empty folders: this one was not, nothing held it
        _recast(conds, ENOTEMPTY, DIAG)
        facts.ops.append((RANK_SYSCALL, "rmdir"))
    bare = low[log_prefix_end(low) :] if "env: " in low else low
    missing = "not found" in low or "not recognized" in low or bare.startswith(_ENV_PREFIXES)
    if missing and (_PROGRAM_MISSING.search(bare) or _dash_missing(low)):
        _recast(conds, NET, WEAK)  # Hugo's "failed to download modules: binary "go" not found"
        if all(cond == WEAK for cond, _ in conds):
            conds.append((WEAK, None))  # a program missing: a setup problem, not a flaky one
            _ensure_op(facts, "exec")
    if "noexec" in low and not _has(conds, PRIV) and _NOEXEC_MOUNT.search(low):
        # no program may run from a file system mounted noexec ("TMPDIR=/tmp cannot hold
        # executables (partition possibly mounted with `noexec`)"): a permission of the mount
        conds.append((PRIV, None))
    if _has(conds, PRIV) and "noexec" in low:
        _ensure_op(facts, "exec")
    if "inotify_init" in low:  # the watch limit, in the call that hit it
        _ensure_op(facts, "watch")
    if "socket.timeout: " in low and low.lstrip().startswith("socket.timeout: "):
        conds.append((NET, None))  # Python's socket ran out (not "except socket.timeout:")
    if ("networkerror: " in low or "connecterror: " in low) and _raised_net_exception(low):
        conds.append((NET, None))  # "telegram.error.NetworkError: httpx.ConnectError: ..."
    if "lockfile waitforlock" in low:  # mongodb-memory-server's debug log: the wait may end well
        facts.flags.add("warning")
    if "grab lockfile" in low and "will retry" in low:  # Squirrel waiting for its single instance
        _recast(conds, SHARING, TIMEOUT)
        _ensure_op(facts, "lock")
    if "not enough space" in low and _ENOMEM_CRT.search(low):
        _recast(conds, NOSPC, DIAG)  # the C runtime's strerror(ENOMEM): memory, not the disk
    if "exec user process caused" in low:  # runc starting a container's program
        _ensure_op(facts, "exec")
    if "access" in low and _has(conds, EACCES) and _ACCESS_REFUSED.search(low):
        # "Could not access KVM kernel module: Permission denied", libvirt's "Cannot access
        # backing file 'x'": the file's open was refused
        _ensure_op(facts, "open")
    if "failed to change file that" in low:  # KuduSync copies over the file it names
        _ensure_op(facts, "copy")
    if low.rstrip().endswith("could not create output file"):  # Qt's uic, rcc and moc
        _ensure_op(facts, "open")
    if "could not be written to" in low:  # Composer: 'The "x" file could not be written to y'
        facts.ops.append((RANK_SYSCALL, "write"))
    if "permission to save the file" in low:
        _ensure_op(facts, "write")
    if "unlink old '" in low and _GIT_UNLINK_INVALID.search(low):
        # git for Windows: a file another process holds could not be replaced ("error: unable to
        # unlink old 'dist/index.js': Invalid argument"), as its retry prompt says of one
        conds.append((SHARING, None))
    if "argument list too long" in low:  # E2BIG: the command line, not the system
        conds.append((WEAK, None))
        _ensure_op(facts, "exec")
    if "could not find artifact" in low and _ARTIFACT_NOT_FOUND.search(low) and not conds:
        # Maven's resolver (Leiningen, the Clojure CLI): the repository answered that it has no
        # such artifact, a 404 ("Could not find artifact x:y:jar:1.0 in central (https://...)")
        conds.append((DIAG, None))
        _ensure_op(facts, "download")
    if "destination directory cannot be created" in low:
        # Maven's resolver: "Could not transfer artifact x from/to clojars (https://...): Specified
        # destination directory cannot be created: /x/.m2/repository/y" (the local folder, no
        # network failed)
        _recast(conds, NET, DIAG)
        facts.ops.append((RANK_SYSCALL, "mkdir"))
        for match in first_matches(_DESTINATION_NOT_CREATED, line):
            add_paths(facts, match, (1,))
    if (
        "status code" in low
        and _STATUS_CODE_5XX.search(low)
        and not _has(conds, NET)
        and not _LOCAL_URL.search(low)  # (a local driver's 500: geckodriver's, a test's server)
        and not _ASSERTED.search(low)  # (a test's expectation: "expected status code 200, got")
    ):
        # a client naming the server error it met: "URL returned non-success status code: 500"
        conds.append((NET, None))
        _ensure_op(facts, "download")
        facts.flags.add("status_5xx")  # (not when a later answer was a success: `Reader`)
    if "http/" in low and _STATUS_LINE_5XX.search(line):
        # a response's status line with a server error, as a header dump shows it (HTTP/2 has no
        # reason phrase: acme.sh's "_headers='HTTP/2 504"); not when a later answer was a 2xx
        # (a retry that got through, `Reader`)
        conds.append((NET, None))
        _ensure_op(facts, "download")
        facts.flags.add("status_5xx")
    url_error = '"URL":' in line and _GO_URL_ERROR.search(line)
    if url_error and ".sock" not in low:
        # Go's *url.Error as JSON, its exported fields capitalised (Traefik: 'ERR Request failed
        # error={"Err":{},"Op":"Get","URL":"https://x"}'): a request that got no answer (a status
        # is no error in Go); not a Unix socket's (Docker's "http://%2Fvar%2Frun%2Fdocker.sock")
        conds.append((NET, None))
        _ensure_op(facts, "download")
    if "time limit exceeded" in low and _TIME_LIMIT.search(low):
        conds.append((TIMEOUT, None))  # lego: "Time limit exceeded." (not the CPU's, SIGXCPU)
    ghc = low.find(_GHC_DENIED) if "permission to modify" in low else -1
    if ghc >= 0 and (ghc == 0 or line[:ghc].isspace() or line[ghc - 2 : ghc] == ": "):
        # GHC's tools (ghc-pkg, Cabal): "x/package.cache: you don't have permission to modify this
        # file", its PermissionDenied on a write (not a hint's "if you don't have permission to
        # modify this file, ..."); the path is what runs from the ": " before it
        conds.append((EACCES, None))
        start = line.rfind(": ", 0, ghc - 2) + 2 if ghc > 2 else ghc
        path = line[start : ghc - 2].strip() if ghc > 2 else ""
        if PATH_START.match(path):
            facts.paths.append((start, clean_path(path)))
    if ("(error: not found)" in low or "code(40" in low) and _NOT_FOUND_HERE.search(low):
        # typst: "Failed to download package (Error: not found)", actions/tool-cache: 'Failed to
        # download from "x". Code(404) Message(Not Found)': this fetch was answered (no more: a
        # DNS failure on another line is still the network)
        _recast(conds, NET, DIAG)
        _ensure_op(facts, "download")
    if "rate limit exceeded" in low or "toomanyrequests" in low:
        _ensure_op(facts, "download")  # (a server's answer to a request: `_PHRASES`)
    if "errsecinternalcomponent" in low:
        # codesign: the keychain would not give up the signing key (locked, as over ssh or in CI)
        conds.append((PRIV, "errSecInternalComponent"))
    if ("resource temporarily unavailable" in low and "resource busy (" in low) or (
        "fd:" in low and _HASKELL_FD_BUSY.search(low)
    ):
        # Haskell's ResourceBusy with EAGAIN as its reason ("hGetContents: resource busy
        # (Resource temporarily unavailable)"), or of a descriptor ("setup: fd:5: resource
        # busy"): a read that would block, no file held
        _recast(conds, EBUSY, WEAK)
    if "do not have write permissions on" in low and low.lstrip().startswith(
        "do not have write permissions on", log_prefix_end(low.lstrip())
    ):
        conds.append((PRIV, None))  # ExtUtils::Install (cpan's make install), not a hint's words
    daemon = _DAEMON_SOCKET.search(line) if "connect to" in low else None
    if daemon:  # Nix's, Guix's daemon asked for something (no network): "socket at '/x'"
        _ensure_op(facts, "download")
        add_paths(facts, daemon, (1,))
    if "error (ignored):" in low or ("; falling back to " in low and not any(c for _, c in conds)):
        facts.flags.add("warning")  # Nix went on: "error (ignored): ...", "...; falling back to x"
    if "insufficient permission for adding an object" in low:
        conds.append((PRIV, None))  # git: ".git/objects" written by another user (sudo)
        _ensure_op(facts, "write")
    if "eproto" in low and ("protocol error, symlink '" in low or "syscall symlink" in low):
        # EPROTO of a symlink (npm in a VirtualBox shared folder, which has none): the file
        # system refused the call, no protocol of the network's
        _recast(conds, NET, EPERM)
    if "non-properly terminated" in low:
        facts.flags.add("warning")  # Emacs' GnuTLS: it goes on after it, what fails later decides
    if "is busy" in low and _NIX_DB_BUSY.search(line):
        # Nix: "warning: error: SQLite database '/nix/var/nix/db/db.sqlite' is busy", each time
        # it waits for the database another Nix process has (a lock wait)
        # (one Nix gave up on and went past, "error (ignored): ...", is no wait that ran out)
        conds.append((WEAK if "error (ignored):" in low else LOCK_WAIT, None))
        facts.ops.append((RANK_VERB, "lock"))
        for match in first_matches(_NIX_DB_BUSY, line):
            add_paths(facts, match, (1,))
    if "fatal process out of memory" in low and "reserv" in low:
        # V8's address space refused ("Oilpan: CagedHeap reservation", "Failed to reserve
        # virtual memory for CodeRange"): an allocation refused, no kill (one elsewhere decides)
        _recast(conds, OOM, WEAK)
    if ("http" in low and (": bad request" in low or "file-error" in low)) and _EMACS_ANSWER.search(
        low
    ):
        # Emacs: "package-install-from-archive: https://x/y.el: Bad Request", (file-error
        # "https://x" "Not found"): the archive answered
        conds.append((DIAG, None))
        _ensure_op(facts, "download")
        facts.flags.add("answered")  # (for its "Failed to download 'melpa' archive": `decide`)
    if "wget failed with exit code" in low:
        wget = _WGET_EXIT.search(low)
        if wget and wget.group(1) == "8":  # the server answered with an error (a 404)
            _recast(conds, NET, DIAG)
            conds.append((DIAG, None))
            _ensure_op(facts, "download")
            facts.flags.add("answered")  # (for the "Failed to download" around it: `decide`)
        elif wget and wget.group(1) in ("4", "5"):  # a network failure, TLS
            conds.append((NET, None))
    if "('ssl routines', '" in low and _PYOPENSSL_CONNECTION.search(low):
        # pyOpenSSL's error list of a connection: "[('SSL routines', 'SSL3_READ_BYTES', 'sslv3
        # alert certificate unknown')]" (not a context's setup: "SSL_CTX_use_certificate", "ee key
        # too small")
        conds.append((NET, None))
    if "certificate failed to verify" in low and _SERVER_CERT_UNVERIFIED.search(low):
        conds.append(
            (NET, None)
        )  # SwiftPM's and Xcode's: "The server SSL certificate failed to ..."
    if "cannot download" in low and _CANNOT_DOWNLOAD.search(low) and not _HINT.search(low):
        conds.append((NET, None))  # rosdep, Webots: a fetch failed (not a hint's or an answer's)
    if "0x80244" in low and _WU_TALKER.search(low) and not _aside(low):
        # Windows Update's protocol talker (WU_E_PT_*, 0x80244xxx): its server timed out, failed
        # or could not be reached ("Exception from HRESULT: 0x8024401C")
        talker = _WU_TALKER.search(line)
        conds.append((NET, talker.group(0) if talker else None))
        _ensure_op(facts, "download")
    if "msg:unabletodownload" in low and not _aside(
        low
    ):  # PackageManagement: "MSG:UnableToDownload «x»"
        conds.append((NET, None))
        _ensure_op(facts, "download")
    winrm = "winrm cannot complete the operation" in low or "0x80338126" in low
    if winrm and not _aside(low) and ("winrm cannot" in low or _WINRM_UNREACHABLE.search(low)):
        # WinRM could not reach the computer ("... accessible over the network ...")
        conds.append((NET, "0x80338126" if "0x80338126" in low else None))
        _ensure_op(facts, "download")
    if any(code in low for code in WINRM_NOT_LISTENING) and not _aside(low):
        # WinRM's client could not reach the service on the destination (HRESULT 0x80338012, as
        # winrm.cmd's "Error number: -2144108526 0x80338012" and Test-WSMan's Code="2150858770"
        # print it): asked of this machine, a local service that is not running, no network (the
        # reader keeps a remote computer's the network); the code is its own
        conds.append((DIAG, "0x80338012"))
    if "shared memory segment" in low and _SHARED_MEMORY.search(low):
        # PostgreSQL in a container: /dev/shm (64 MB by default) is full, not the disk
        _recast(conds, NOSPC, DIAG)
    if "moduleisinuse,uninstall" in low and "fullyqualifiederrorid" in low and not _aside(low):
        # PowerShellGet's error record: "FullyQualifiedErrorId : ModuleIsInUse,Uninstall-Package"
        conds.append((SHARING, None))
    if "pull access denied for" in low:
        # Docker: "pull access denied for x, repository does not exist or may require 'docker
        # login'" (the registry refused: no such image, or a login), no network failed; Compose
        # prints it and goes on to build the image, so what fails after it decides
        conds.append((WEAK, None))
        _ensure_op(facts, "download")
    sandbox = _SANDBOX_DENIED.match(line, log_prefix_end(low)) if "access denied:" in low else None
    if sandbox:
        # Portage's sandbox: " * ACCESS DENIED:  mkdir:        /var/cache/fonts/x", a call the
        # build may not make outside its image
        conds.append((PRIV, None))
        add_op(facts, RANK_SYSCALL, sandbox.group(1))
        add_paths(facts, sandbox, (2,))
    if "permissions" in low and _ADB_NO_PERMISSIONS.match(low, log_prefix_end(low)):
        conds.append((PRIV, None))
    if "io failure on output stream" in low and not conds:
        # LLVM's writer could not write its output, for no reason it gives (with one, "...: No
        # space left on device", the reason decides and the call is looked for around it)
        conds.append((WEAK, None))
        _ensure_op(facts, "write")
    if "kill eperm" in low:  # Node's process.kill refused: a process, no file (`decide`)
        _ensure_op(facts, "kill")
    if "out of memory" in low and _OWN_OUT_OF_MEMORY.match(low):
        _recast(conds, OOM, WEAK)
    if "process on port" in low and _KILL_PORT.match(low):
        _recast(conds, SIGNAL, WEAK)  # kill-port freed the port: its doing, not the step's end
    if "or build from source: error building" in low and "did not complete successfully" in low:
        # flyctl: "failed to fetch an image or build from source: error building: ... process
        # "/bin/sh -c x" did not complete successfully": a build step failed, nothing was fetched
        _recast(conds, NET, DIAG)
    if "sigint" in low and _EXECA_SIGINT.match(low):
        conds.append((SIGNAL, None))  # execa (pnpm, Nx): the run was interrupted
    for words, old, new, op in _RECASTS:
        if any(word in low for word in words) and not (old == OOM and "kill" in low):
            _recast(conds, old, new)
            if op is not None:
                _ensure_op(facts, op)
    if "file exists" in low and _GO_EXISTS.search(low):
        conds.append((WEAK, None))  # EEXIST in Go's words
    if "resource busy" in low and _MSYS_PROGRAM_BUSY.match(low) and not _CALL_FAILED.search(low):
        # Git Bash (MSYS) running a program that is being replaced: Windows' EBUSY where Linux
        # says ETXTBSY ("build.sh: line 203: /c/Users/x/.cargo/bin/rustup: Device or resource
        # busy"), not rm's or cp's refused call on it
        _recast(conds, EBUSY, TXTBSY)
    if "mount" in low and _MOUNTING.search(low) and not _FILE_CALLS.search(low):
        # a mount refused with EBUSY: the mount point or device is in use as a mount, no file
        # is held ("mount_virtiofs: failed to mount /Users/admin/cachedir: Resource busy")
        _recast(conds, EBUSY, DIAG)
    if (
        ("connect to display" in low or "connect to x server" in low)
        and _LOCAL_DISPLAY.search(low)
        and not any(word in low for word in _OTHER_NETWORK_WORDS)
    ):
        # an X display of this machine, no host ("[QT] could not connect to display :1.0",
        # "cannot connect to X server :0"): no network was asked, unless the line says more
        # (a console's width joined another line to it)
        _recast(conds, NET, DIAG)
    if (
        any(words in low for words in _CI_JOB_LIMIT_WORDS)
        and _CI_JOB_LIMIT.search(low)
        and not _aside(low)
    ):
        # the job's own limit, not a request's: no download around it makes it the network
        conds.append((TIMEOUT, None))
        facts.flags.add("job_limit")
    if (
        "keyserver " in low
        and _KEYSERVER_FAILED.search(low)
        and not _aside(low)
        and not any(word in low for word in _RETRIED)
    ):
        # GnuPG's keyservers: "gpg: keyserver receive failed: No data" (and its send and
        # refresh), whatever reason follows
        conds.append((NET, None))
        _ensure_op(facts, "download")
    if "connect" in low and _DEVICE_CONNECTION.search(low) and _has(conds, NET):
        _recast(conds, NET, DIAG)
    if ("device" in low or "opening" in low or "libusb" in low) and _USB_NOT_OPENED.search(low):
        _recast(conds, NET, PRIV)
        if not _has(conds, PRIV):
            conds.append((PRIV, None))
        _ensure_op(facts, "open")
    if "busy" in low and _MODULE_REMOVAL.search(low):
        # a kernel module still in use (a device bound to it, a holder's count) refused its
        # removal: no file is held
        _recast(conds, EBUSY, DIAG)
    if "objects" in low and "rename" not in low and _LOOSE_OBJECT.search(low):
        # git writes its loose objects read-only: refused access to one (Windows' "Access is
        # denied" deleting or copying it) is their mode, not a holder; a pack file that another
        # git or an IDE has open is a held file, and so may be a rename onto a fresh object
        for old in (ACCESS_WIN, EPERM, EACCES):
            _recast(conds, old, PRIV)
    if "process crashed" in low or "has crashed" in low:
        # vstest: its connection to the crashed test host broke; earthly: "buildkitd is shutting
        # down or it has crashed" under "transport is closing"
        facts.flags.add("crashed")
    if "permission denied" in low and "eacces" not in low and "[errno" not in low:
        facts.flags.add("posix")  # strerror(EACCES); Windows says "Access is denied"
