"""Which operation a line names, and the paths it ties to that operation.

The operation is the syscall the tool printed (``rename '...'``, ``syscall: 'unlink'``, Go's
``remove x:``, a stack frame such as ``Files.delete``, a Python call such as ``os.replace(``),
else its own verb ("failed to remove", "Could not copy"), else a gerund ("removing"); each is
recorded with that rank, so that the surest wins (`LineFacts.best_op`). Paths tied to an
operation are worth borrowing by a neighbouring line that names none.
"""

from __future__ import annotations

import re

from .facts import (
    ACCESS_WIN,
    EACCES,
    ENOTEMPTY,
    EPERM,
    LOCK_WAIT,
    MAX_MATCHES,
    PRIV,
    RANK_GERUND,
    RANK_SYSCALL,
    RANK_VERB,
    TXTBSY,
    LineFacts,
    first_matches,
    word_start,
)
from .paths import clean_path, file_name, is_windows_path

_OP_NAMES: dict[str, str] = {}
for _canon, _words in (
    ("rename", "rename renames replace move mv movefile movefileex replacefile implmove moving"),
    ("rename", "renaming replacing persist"),  # Rust's tempfile: persist is a rename
    ("copy", "copy copyfile copy2 copytree cp copying link_or_copy"),
    ("unlink", "unlink unlinkat remove removing delete deleting deletefile impldelete rm del"),
    ("unlink", "deleteifexists deletion"),
    ("rmdir", "rmdir removedirectory removedirs rd rmtree removeall"),
    ("mkdir", "createdirectory createparentsanddirectory createdir create_dir_all"),
    ("copy", "copyfileex"),
    ("symlink", "symlink symlink_to ln"),
    ("open", "open openat createfile creation create"),
    ("exec", "exec execute execve run_program fork/exec createprocess startwithcreateprocess"),
    ("exec", "startwithshellexecuteex execv execvp execvpe"),
):
    _OP_NAMES |= dict.fromkeys(_words.split(), _canon)
_OP_NAMES |= {
    name: name
    for name in str.split(
        "write mkdir access utime futime lstat stat scandir readdir opendir chmod chown spawn close"
        " getaddrinfo connect read lock watch fsync link download"
    )
}
_OP_NAMES |= {"makedirs": "mkdir", "unlinking": "unlink", "opening": "open", "chtimes": "utime"}
_OP_NAMES |= {"invoke": "exec", "_wopen": "open", "remove_all": "rmdir", "copy_file": "copy"}
_OP_NAMES |= {"renamefile": "rename", "renamepath": "rename", "renamedirectory": "rename"}
_OP_NAMES |= {"removefile": "unlink", "removedirectoryrecursive": "rmdir", "openfile": "open"}
_OP_NAMES |= {"renameat": "rename", "renameat2": "rename", "mkdirat": "mkdir"}
_OP_NAMES |= {"readlink": "read"}  # reading a link's target
_OP_NAMES |= {"truncate": "write"}  # Go's os.Truncate: cutting a file is writing it
_OP_NAMES |= {"mkdtemp": "mkdir"}  # Node's fs.mkdtemp makes a folder
_OP_NAMES |= {"create_process": "exec"}  # OCaml's Unix.create_process
# the JVM's and .NET's native start of a program (ProcessImpl.forkAndExec, ForkAndExecProcess)
_OP_NAMES |= {"forkandexec": "exec", "forkandexecprocess": "exec"}
# PHP's whole-file calls: "file_put_contents(x): failed to open stream: Permission denied",
# "file_put_contents(): Only 0 of 70 bytes written"
_OP_NAMES |= {"file_put_contents": "write", "file_get_contents": "read", "fopen": "open"}
_OP_NAMES |= {"kill": "kill"}  # a signal sent to a process (Node's ChildProcess.kill): no file
# Java NIO's providers: a byte channel or stream opened on a file
_OP_NAMES |= {"newbytechannel": "open", "newoutputstream": "open", "newinputstream": "open"}
_OP_NAMES |= {"create_regular_file": "open", "overwrite": "copy", "overwriting": "copy"}
_OP_NAMES |= {"remove-item": "unlink", "move-item": "rename"}
_OP_NAMES |= {"rename-item": "rename", "copy-item": "copy"}
_OP_NAMES |= {"flock": "lock", "lockf": "lock"}  # fcntl's
_OP_NAMES |= {"listdir": "scandir"}  # Python's os.listdir reads a folder as scandir does
_OP_NAMES |= {"openbinaryfile": "open"}  # Haskell's
# libc's other names for an open (Portage's sandbox names the call as made: "mkstemp64:")
_OP_NAMES |= dict.fromkeys(
    str.split("open64 openat64 fopen64 creat creat64 mkstemp mkstemp64"), "open"
)
_OP_NAMES |= {"mkostemp": "open", "symlinkat": "symlink", "linkat": "link"}
# Portage's sandbox names a call by what it was for: "open_wr:", "fopen_rd:"
_OP_NAMES |= dict.fromkeys(str.split("open_wr open_rd fopen_wr fopen_rd"), "open")
_OP_NAMES |= {"utimensat": "utime", "futimesat": "utime"}
# Java's File.createTempFile (not createNewFile, which sbt's launcher takes its boot lock with)
_OP_NAMES |= {"createtempfile": "open"}
_OP_NAMES |= {"removelink": "unlink", "hlock": "lock"}  # Haskell's unix and base
_OP_NAMES |= {"hgetcontents": "read", "hgetline": "read", "hputstr": "write"}  # Haskell's handles
_OP_NAMES |= {"popen": "exec"}  # R's "cannot popen 'x'": a command run through a shell
_OP_NAMES |= {"erase": "unlink", "ren": "rename", "xcopy": "copy", "robocopy": "copy"}  # cmd.exe


def canonical_op(word: str) -> str | None:
    """The operation a syscall, API or verb names (``renameSync`` -> ``rename``), or None."""
    low = word.lower().replace(" ", "_")
    if low.endswith("sync") and len(low) > 4:
        low = low[:-4]
    if low.startswith("internal") and len(low) > 8:  # .NET's File.InternalDelete, InternalMove
        low = low[8:]
    # C++'s create_directory_symlink, create_symlink; "create (a) symbolic link", "creating symlink"
    if low.endswith(("symlink", "symbolic_link")):
        return "symlink"
    if low.startswith("create_") and low not in _OP_NAMES:  # "create (the) directory/file"
        return "mkdir" if low.endswith(("directory", "directories", "dir")) else "open"
    return _OP_NAMES.get(low, "watch" if low == "watching" else None)


_Q = "[\"'`‘’]"
_NQ = "[^\"'`‘’\\n]"
_ABS = r"(?:(?:\\\\\?\\)?[A-Za-z]:[\\/][^\s,;'\"`]{0,600}|/[^\s,;'\"`]{1,600})"
# A path without quotes: a folder in it, or a file name's extension of letters ("lark-cli.exe", not
# "v1.2.3")
_BARE_TOKEN = r"[^\s'\"`<>]{1,600}"
_BARE_PATH_SHAPE = re.compile(r"[\\/]|\.[A-Za-z][A-Za-z0-9]{0,7}$")
# ... and its path as a person retyped it, without quotes: "EBUSY: ..., copyfile lark-cli.exe"
# (a path has a folder or a file name's extension; a destination may follow, with or without "->")
_NODE_BARE_PATH = re.compile(
    r"\s{1,3}(" + _BARE_TOKEN + r")(?:\s{1,3}(?:->\s{1,3})?(" + _BARE_TOKEN + r"))?(?=[\s`'\"]|$)"
)
_NODE_MSG = re.compile(
    r"E[A-Z][A-Z0-9_]{2,30}(?::[^,'\n]{0,200})?,\s{0,3}([a-z][A-Za-z]{1,24})\b"
    r"(?:\s{1,3}'([^'\n]{0,600})'(?:\s{0,3}->\s{0,3}'([^'\n]{0,600})')?)?"
)
_NODE_SYSCALL = re.compile(
    r"(spawn(?:Sync)?|getaddrinfo|connect|read|write|open|listen)\s{1,3}(?:(\S{1,600})\s{1,3})?"
    r"E[A-Z][A-Z0-9_]{2,30}\b"
)
_NODE_SYSCALL_WORDS = (
    "spawn ",
    "spawnsync ",
    "getaddrinfo ",
    "connect ",
    "read ",
    "write ",
    "open ",
    "listen ",
)
# The shape Node and Deno share: "..., rename 'a' -> 'b'" / "(os error 32): remove 'a'".
_SYSCALL_QUOTED = re.compile(
    r"[,:]\s{1,3}(rename|unlink|remove|open|copyfile|copy|mkdir|symlink|link|rmdir|lstat|stat"
    r"|scandir|readdir|utime|chmod|access)\s{1,3}'([^'\n]{1,600})'"
    r"(?:\s{0,3}->\s{0,3}'([^'\n]{1,600})')?"
)
_PY_QUOTED = r"(?:'([^'\n]{1,600})'|\"([^\"\n]{1,600})\")"
_PY_PATHS = re.compile(
    r"\[(?:WinError|Errno|Error) -?\d{1,10}\][^\n]{0,400}?:\s{0,3}"
    + _PY_QUOTED
    + r"(?:\s{0,3}->\s{0,3}"
    + _PY_QUOTED
    + ")?"
)
_PY_EXCEPTION = re.compile(r"(?:[Ee]rror|Exception):\s{0,3}\[(?:WinError|Errno|Error) ")
_PY_CALL = re.compile(
    r"(?:os|shutil)\.(replace|renames|rename|remove|unlink|rmdir|removedirs|rmtree|move|copy2"
    r"|copyfile|copytree|copy|link|symlink|mkdir|makedirs|chmod|utime|listdir|scandir"
    r"|execvpe|execvp|execve|execv)\("
    r"|fcntl\.(flock|lockf)\("  # filelock's: "fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)"
)
# PHP's and C's calls: "Warning: rename(C:\\a,C:\\b): Access is denied.", and rsync's with a
# path relative to its target: "delete_file: rmdir(6.5/os) failed: Device or resource busy (16)"
_C_CALL = re.compile(
    r"(?<![\w.$>:])(rename|unlink|remove|rmdir|mkdir|copy|fopen|symlink"
    r"|file_put_contents|file_get_contents)\("
    r"(?:([A-Za-z]:[\\/][^,()\n]{0,600}|/[^,()\n]{1,600}"
    r"|[^\s,()][^,()\n]{0,600}(?=\) failed|\): [Ff]ailed to open stream))"
    r"(?:,([^,()\n]{1,600}))?\))?"
)
# Julia's file calls in its IOError: 'IOError: unlink("C:\\x\\jl_2127.tmp"): resource busy or
# locked (EBUSY)', 'IOError: rename("a", "b"): permission denied (EACCES)'
_JULIA_CALL = re.compile(
    r"\bIOError: (unlink|rename|mkdir|open|rmdir|symlink|sendfile|cp|mv)\("
    r'"((?:[^"\\\n]|\\.){1,600})"(?:, "((?:[^"\\\n]|\\.){1,600})")?'
)
# ... and Julia 0.x's, which named only the call: "ERROR: unlink: operation not permitted (EPERM)",
# "LoadError: unlink: resource busy or locked (EBUSY)" (libuv's words and code after it)
_JULIA_BARE_CALL = re.compile(
    r"(?:^|[\s:])(unlink|rename|mkdir|rmdir|open|stat|lstat|readdir|scandir|symlink|sendfile"
    r"|copyfile|utime|futime|chmod|readlink): [a-z][a-z -]{2,80} \(E[A-Z]{2,12}\)"
)
# GNU make running a recipe's program that is not there: "make[1]: wget: No such file or
# directory" (a makefile it could not read has a name with a dot, or is a Makefile)
_MAKE_EXEC = re.compile(
    r"make(?:\[\d{1,4}\])?: (?![Mm]akefile\b|GNUmakefile\b)[A-Za-z][\w+-]{0,40}: "
    r"No such file or directory\s{0,3}$"
)
_PY_METHOD = re.compile(r"\.(unlink|rmdir|symlink_to)\(")
# The call rmtree was making, handed to its error handler: "onerror(os.unlink, fullname, ...)"
# (``onexc`` since Python 3.12); the frames above it only say "rmtree".
_PY_HANDLER = re.compile(r"\bon(?:error|exc)\(os\.(unlink|rmdir|lstat|open|scandir|rename)\b")
# A Python frame of the standard library's file calls: 'File "<frozen os>", line 225, in
# makedirs', when its source line is not printed (a frozen module) or names no call.
_PY_FILE_CALLS = (
    r"(makedirs|mkdir|rmdir|unlink|rename|replace|copyfile|copy2|copytree|symlink|removedirs"
    r"|_?rmtree(?:_unsafe|_safe_fd|_impl)?)"
)
_PY_FRAME = re.compile(
    r'\s{0,40}File "[^"\n]{1,600}", line \d{1,6}, in ' + _PY_FILE_CALLS + r"\s{0,3}$"
)
# ... and as IPython prints it: "File ~\\lib\\pathlib.py:1382 in rename" (IPython 7, Spyder),
# "File ~/lib/python3.11/pathlib.py:1175, in Path.rename(self, target)" (IPython 8)
_IPYTHON_FRAME = re.compile(
    r"\s{0,40}File [^\s\"][^\n]{0,600}?\.py:\d{1,6},? in (?:Path\.)?"
    + _PY_FILE_CALLS
    + r"(?:\(|\s{0,3}$)"
)
# "at" in the languages .NET prints its stack traces in (German, French, Spanish, Portuguese,
# Russian, Chinese, Japanese): "   в System.IO.File.Delete(String path)"
_FRAME = re.compile(
    r"\s{0,40}(?:\d{1,3}>\s{0,10}|>{1,2}\s{0,10})?(?:at|bei|à|en|em|в|在|場所)\s{1,3}(?:async\s{1,3})?"
    r"([\w$.<>/]{1,200})\s{0,3}\("
)
_FRAME_WORDS = ("at ", "bei ", "à ", "en ", "em ", "в ", "在 ", "場所 ")
# A CI log's timestamp before a line: "13:34:50 ", "2024-01-02T03:04:05.6789Z "
_TIMESTAMP = re.compile(
    r"\d{1,2}:\d{2}:\d{2}(?:\.\d{1,9})?\s{1,10}|\d{4}-\d{2}-\d{2}T[\d:.]{8,20}Z?\s{1,10}"
)
# What log collectors put before each line of a program's output, one or more: a CI log's time
# ("2024-01-01T00:00:00.0000000Z ", Jenkins' "[2024-01-01T00:00:00.000Z] ", Python logging's
# "2024-01-01 00:00:00,123 ", "13:34:50 "), GitLab's stream ("01E "), Docker Compose's service
# ("airflow-flower-1   | "), kubectl's --prefix ("[pod/web-7d9f/app] "), BuildKit's step and
# seconds ("#10 1.045 "); case-insensitive, to be matched on a lowered line too
_LOG_PREFIX = re.compile(
    r"(?:[\w.-]{1,80}\s{1,60}\| |#\d{1,4} \d{1,6}\.\d{1,4} |\[pod/[^\]\s]{1,200}\] "
    r"|\[?\d{4}-\d{2}-\d{2}[t ][\d:.,]{8,20}z?\]?(?: \d{2}[eo]\+?)?\s{1,10}"
    r"|\d{1,2}:\d{2}:\d{2}(?:\.\d{1,9})?\s{1,10}){1,3}",
    re.I,
)
# A logger's bracketed time and level before a line (log4j's, Minecraft servers'): "[15:18:50
# WARN]: ", "[12:00:01] [Server thread/ERROR]: "
_BRACKETED_STAMP = re.compile(
    r"\[[^\]\n]{0,40}\d:\d\d[^\]\n]{0,40}\]:?\s{1,10}(?:\[[^\]\n]{1,60}\]:?\s{1,10}){0,2}"
)
# A build tool's level before a line (Maven's "[ERROR] ", sbt's "[error] "): "[ERROR]   at x.y(...)"
_BRACKETED_LEVEL = re.compile(r"\[(?:ERROR|WARNING|WARN|INFO|DEBUG|error|warn|info)\]\s{1,10}")
# Java frames printed without "at" (mill): "    java.nio.file.Files.delete(Unknown Source)",
# maybe after their module ("java.base/sun.nio.fs.WindowsFileSystemProvider.implDelete(...)")
_JAVA_BARE_FRAME = re.compile(
    r"\s{1,40}(?:[\w.$]{1,100}/)?((?:[\w$]{1,100}\.){2,20}[\w$]{1,100})"
    r"\((?:Unknown Source|Native Method|[\w$]{1,100}\.(?:java|scala|kt):\d{1,6})\)"
)
# A Win32 call named with its failure: "MoveFile failed; code 225", "DeleteFileW returned 5",
# "CreateFile() failed"
_WIN32_CALL = re.compile(
    r"(MoveFileEx|MoveFile|ReplaceFile|DeleteFile|RemoveDirectory|CreateDirectory|CreateFile"
    r"|CopyFileEx|CopyFile|CreateProcess)[WA]?(?:\(\))?\s{1,3}(?:failed|returned|error)\b"
)
# Haskell's Win32 package names the call with its quoted arguments: 'MoveFileEx "a" "b": permission
# denied (Access is denied.)'
_WIN32_QUOTED = re.compile(
    r"\b(MoveFileEx|MoveFile|ReplaceFile|DeleteFile|RemoveDirectory|CreateDirectory|CreateFile"
    r"|CopyFileEx|CopyFile)[WA]? \"([^\"\n]{1,600})\"(?: \"([^\"\n]{1,600})\")?:\s"
    # the IOError's kind and its reason (not NSIS' 'CreateDirectory "x": done')
    r"[a-z][a-z ]{2,40} \("
)
_CLEO_FRAME = re.compile(r"\s{0,20}at [^\n]{1,600}?\.py:\d{1,6} in (\w{1,60})\s{0,3}$")
# (a relative path, as csh names the program it was asked to run; not a hidden one's part)
_BARE_DENIED = re.compile(
    r"\s{0,20}(\.{1,2}/(?!\.)(?![^\s:]{0,600}/\.)[^\s:]{1,600}): permission denied\.?\s{0,3}$",
    re.I,
)
# Dart's stack frames: "#0      _Directory._deleteSync (dart:io/directory_impl.dart:201:7)"
_DART_FRAME = re.compile(r"#\d{1,3}\s{1,12}([\w<>]{1,100})\.(\w{1,60})\s{1,3}\(")
# MSBuild's ToolTask: 'The specified task executable "x" could not be run.'
_TASK_EXECUTABLE = re.compile(r"task executable\s{1,3}\"([^\"\n]{1,600})\"\s{1,3}could not be run")
# Mono's (Unity's) frames have no "at": "System.IO.File.Delete (System.String path) (at ...)"
_MONO_FRAME = re.compile(r"\s{0,40}System\.IO\.[\w.]{1,200}\.(\w{1,60}) \(")
# Ruby: "fileutils.rb:1433:in `unlink': Permission denied - /x/y (Errno::EACCES)"
_RUBY_FRAME = re.compile(r":in `(?:block in )?(\w{1,60})'")
# (not two paths in parentheses: `_RUBY_TWO_PATHS` reads those)
_RUBY_PATH = re.compile(r"(?:@ \w{1,40} )?- (?!\([^()\n]{1,600}, )(\S[^\n]{0,600}?) \(Errno::")
_RUBY_BARE_PATH = re.compile(
    r"(?:@ \w{1,40} )?- ((?:[A-Za-z]:[\\/]|[/~.])[^\n]{0,600}?|write|read|open|rename|unlink|mkdir"
    r"|rmdir) \(Errno::"
)
# Ruby names the C function that failed: "Permission denied @ rb_sysopen - /x/y.html"
# (and the path after it, when no "(Errno::x)" follows for `_RUBY_PATH` to end it at: Chef's
# "Directory not empty @ dir_s_rmdir - C:\\x\\y" at the end of its line, or before the ">" of an
# exception's inspect)
_RUBY_CALL = re.compile(
    r"@ (rb_sysopen|dir_s_mkdir|dir_s_rmdir|rb_file_s_rename|unlink_internal|rb_file_s_symlink"
    r"|rb_file_s_link) -(?: ((?:[A-Za-z]:[\\/]|[/~])[^\n<>]{0,600}?)"
    # (up to what a tool adds: Puppet's " at /x/y.pp:21", ltx2any's " (see x.err for details)", a
    # log's ", retrying")
    r"(?=\s{0,3}(?:>|$)| at \S{1,600}:\d{1,6}\s{0,3}$| \(see |, )| |$)"
)
_RUBY_BARE_CALLS = frozenset({"write", "read", "open", "rename", "unlink", "mkdir", "rmdir"})
_RUBY_CALLS = {"rb_sysopen": "open", "dir_s_mkdir": "mkdir", "dir_s_rmdir": "rmdir"}
_RUBY_CALLS |= {"rb_file_s_rename": "rename", "unlink_internal": "unlink"}
_RUBY_CALLS |= {"rb_file_s_symlink": "symlink", "rb_file_s_link": "link"}
# Haskell's call chain, innermost last: "copyFile:...:renamePath:MoveFileEx "a" "b": ..."
# Haskell's IOError as shown: "<file>: <location>: <kind> (<reason>)", the location a call
# ("git-annex: .git/annex/tmp/a.pdf: rename: permission denied (Permission denied)"), once after
# the call that made it ("x: runInteractiveProcess: exec: resource busy (Text file busy)"); the
# file is named when it holds a separator or a suffix ("pandoc: openFile: ..." names none), and
# not when it "does not exist": a file an earlier step did not make, whose line should not outrank
# the one that says why (R's "cannot rename file" below pandoc's missing figure)
_HASKELL_KINDS = (
    "permission denied",
    "resource busy",
    "does not exist",
    "already exists",
    "resource exhausted",
    "invalid argument",
    "inappropriate type",
    "illegal operation",
    "unsupported operation",
    "resource vanished",
    "unsatisfied constraints",
    "hardware fault",
)
_HASKELL_IO = re.compile(  # (no bracket in the file: a run of them would each start a search)
    r"(?<![^\s'\"({\[])([^\s:'\"(){}\[\]]{1,300}(?::[\\/][^\s:'\"(){}\[\]]{0,300})?): "
    r"(?:[A-Za-z]\w{1,40}: )?([A-Za-z]\w{1,40}): (?:" + "|".join(_HASKELL_KINDS) + r") \("
)
# Subversion: "svn: E155004: Working copy 'C:\\x\\trunk' locked; try performing 'cleanup'"
_SVN_LOCKED = re.compile(r"\bworking copy '([^'\n]{1,600})' (?:is )?(?:already )?locked\b", re.I)
_ATTEMPT_TO_LOCK = re.compile(r"^\W{0,5}(?:\w{1,40}: )?attempt(?:ing|ed)? to lock\b")
_HASKELL_HANDLE = re.compile(r"\bfd:\d{1,6}: (hGetContents|hGetLine|hPutStr): ")
_HASKELL_OPS = frozenset(("rename", "unlink", "rmdir", "lock", "exec"))
_CALL_COLON = re.compile(
    r"(?<![\w.])(copyFile|renameFile|renameDirectory|removeFile|removeDirectory"
    r"|removeDirectoryRecursive|createDirectory|openFile|openBinaryFile|renamePath|MoveFileEx"
    r"|DeleteFile|removeLink)"
    r":(?![\\/])(?!\w{1,60}:)"  # the innermost call of the chain
)
# C++: "boost::filesystem::create_directory: No space left on device"
_CPP_FILESYSTEM = re.compile(r"(?:std|boost)::filesystem::(\w{1,40})")
# ... and the call libstdc++'s filesystem_error names in its what(): "filesystem error: status:
# Permission denied [/usr/bin/x]", "filesystem error: directory iterator cannot open directory: ..."
_CPP_FILESYSTEM_ERROR = re.compile(
    r"filesystem error: (status|symlink_status|directory iterator cannot open directory):"
)
_CPP_FILESYSTEM_CALLS = {"status": "stat", "symlink_status": "stat"}
_CPP_FILESYSTEM_CALLS |= {"directory iterator cannot open directory": "scandir"}
# coreutils and BSD tools named at the start: "cp: x: No space left on device"
_TOOL_PREFIX = re.compile(r"\s{0,20}(?:>\s{1,3})?(cp|mv|rm|rmdir|mkdir|ln): ")
# cmd.exe's prompt and the command typed at it: "C:\w>rmdir C:\w\out /s /q"
_CMD_PROMPT = re.compile(
    r"\s{0,20}[A-Za-z]:\\[^>\n]{0,600}>\s{0,3}(rmdir|rd|del|erase|move|copy|xcopy|robocopy|ren|mkdir)\b",
    re.I,
)

_EXTUTILS_CREATE = re.compile(
    r"\s{0,20}ERROR: Can't create '((?:[A-Za-z]:)?[\\/][^'\n]{0,600})'\s{0,3}$"
)
_MISSING_NOT_WRITABLE = re.compile(
    r"\bdoes not exist and (?:your user|you|the user) (?:does|do) not have write permissions? in\b"
)
# where an absolute path starts: a drive or a separator
PATH_START = re.compile(r"(?:[A-Za-z]:)?[\\/]")
_WRITABLE_IN = " write permissions in "
_HINT_AFTER = re.compile(r"\s{0,3}--|\.(?:\s|$)")
_CREATING_DIRECTORY = re.compile(
    r"\s{0,20}(?:error: )?creating director(?:y|ies) [\"'‘]([^\"'’\n]{1,600})[\"'’]", re.I
)
_NIX_CALL_WORDS = re.compile(
    r"(?:(cannot read directory)|getting status of) "
    r"[\"'‘]((?:[A-Za-z]:)?[\\/][^\"'’\n]{0,600})[\"'’]",
    re.I,
)
# PowerShellGet's own error: "Uninstall-Package : Module 'x' is ...", ",Uninstall-Package," in its
# record (not a hint's "run `Uninstall-Module x` first")
_UNINSTALL_MODULE = re.compile(
    r"^\s{0,20}uninstall-(?:module|package)\s{0,3}:|,uninstall-(?:module|package),"
)
_CANNOT_EXEC = re.compile(r"\bcannot exec(?:\b(?!ute)|:)")
# (not a full disk's, which its labels call the write it refused: "can't create x.o: No space left
# on device")
_GAS_CREATE = re.compile(r"Fatal error: can't create ([^:\n]{1,600}): (?!No space left)", re.I)
# nginx's failed call: 'open() "/etc/nginx/nginx.conf" failed (13: Permission denied)' (not its
# close(), which names no operation of the vocabulary's)
_NGINX_CALL = re.compile(
    r"\b(open|mkdir|rename|unlink|rmdir|write|read|chmod|stat|lstat|opendir|symlink|fopen"
    r'|CreateFile|MoveFile)\(\) "([^"\n]{1,600})"(?: to "([^"\n]{1,600})")? failed \(\d{1,4}: '
)
# BSD install (macOS): "install: /bin/ar65: Operation not permitted", the copy of one file
_BSD_INSTALL = re.compile(r"\s{0,20}install: ((?:[A-Za-z]:)?[\\/][^:\n]{1,600}): [A-Z]")
# A call named as the error's kind: "swift-build: rename error: File exists (17): a -> b" (not
# "read error", a stream's or a connection's more often than a file's, nor an HTTP DELETE's; the
# one-path calls' "write error:", "open failed:" are Go's form's, `_GO`)
_CALL_ERROR = re.compile(
    r"(?:^|[\s:])(rename|unlink|remove|copy|move|mkdir|rmdir|symlink|chmod) (?:error|failed): ",
    re.I,
)
# ... and its two paths, to the end of the line (spaces and all: the arrow between them is split
# with str.find, not a pattern, which would try every arrow of a long line)
_CALL_ERROR_ARROW = re.compile(
    r"\b(?:rename|move|copy) (?:error|failed): [^:\n]{1,200}: (?=(?:[A-Za-z]:)?[\\/])", re.I
)
# The call alone before its error, as perror() prints it: "open: Text file busy"
_CALL_PREFIX = re.compile(
    r"\s{0,20}(open|write|read|rename|unlink|rmdir|mkdir|symlink|execve?): [A-Z][a-z]"
)
# (Ruby 1.9 prints no call, the errno's message alone: "`rename': Permission denied - (a, b)")
_RUBY_TWO_PATHS = re.compile(
    r"(?:@ \w{1,40} |\b(?:denied|exists|directory|argument|busy|empty|permitted|link) )"
    r"- \(([^,()\n]{1,600}), ([^()\n]{1,600})\)"
)
# The macOS sandbox names what it refused and the path ("Sandbox: zsh(96617) deny(1)
# file-read-data /x/generate_sources.sh (in target 'App' from project 'app')")
_SANDBOX = re.compile(
    r"deny\(1\) (file-write-[a-z]{1,12}|file-read[a-z-]{0,12}|process-exec)\b\*?"
    r"(?:\s{1,3}(\S.{0,600}?)(?:\s{1,3}\(in target\b|\s{0,3}$))?",
    re.I,
)
_SANDBOX_OPS = {"file-write-create": "open", "file-write-data": "write", "file-write-mode": "chmod"}
_SANDBOX_OPS |= {"file-write-unlink": "unlink", "process-exec": "exec"}
# Windows' own "Copy of file failed", "Deletion of directory failed" (not git's retry prompt)
_OF_FILE_FAILED = re.compile(
    r"\b(copy|move|deletion|removal) of (?:the )?(?:file|directory|folder)\b"
)
_OF_FILE_OPS = {"copy": "copy", "move": "rename", "deletion": "unlink", "removal": "unlink"}
# The file named with the message: the linker's "cannot open x.exe for writing", Mono's
# "Sharing violation on path x"
_NAMED_FILE = re.compile(
    r"cannot open (?:file )?['\"]?(\S[^\n'\"]{0,600}?)['\"]? for writing|sharing violation on path "
    r"['\"]?(\S[^\n'\"]{0,600}?)['\"]?\s{0,5}$",
    re.I,
)
# cmd.exe's own commands: "rd /s /q x", "del /f x"
_CMD = re.compile(r"(?<![\w-])(rd|rmdir|del|erase)\s{1,3}/[sqfSQF]\b")
_DART = re.compile(
    r"(?:Cannot|Failed to)\s{1,3}(delete|rename|copy|open|create|move|remove)\b[^,'\n]{0,60}?"
    r"(?:\s{1,3}to\s{1,3}'([^'\n]{1,600})')?,\s{0,3}path\s{0,3}=\s{0,3}'([^'\n]{1,600})'"
)
_DART_FAILED = re.compile(r"(Deletion|Rename|Copy|Creation) failed,\s{0,3}path = '([^'\n]{1,600})'")
_GO_PATH = r"([^\s:'\"]{1,600}(?::[\\/][^\s:'\"]{0,600})?)"
# The one path of a one-path operation runs to the ": " before the message; it may hold spaces
# when it holds a separator too ("remove original file: ..." names no path).
_GO_SPACED_PATH = (
    r"([^\s:'\"`](?:[^:'\"`\n]{0,300}?[\\/][^:'\"`\n]{0,300}?[^\s:'\"`]|[^\s:'\"`]{0,600})"
    r"(?::[\\/](?:[^:'\"`\n]{0,600}?[^\s:'\"`])?)?)"
)
_NO_PATH_WORDS = frozenset(("file", "files", "directory", "folder", "dir", "item", "it"))
_GO = re.compile(
    r"(?:(open|remove|unlinkat|unlink|rmdir|mkdir|chmod|chtimes|lstat|stat|write|read|readdir"
    r"|openat|truncate|CreateFile|DeleteFile|RemoveDirectory|RemoveAll|fork/exec)\s{1,3}"
    r"(?:(?<=chmod )[0-7]{3,4}\s{1,3})?\"?"  # (BSD install's "chmod 755 /bin: ...": the mode first)
    + _GO_SPACED_PATH  # Haskell quotes it: 'DeleteFile "C:\\x": permission denied'
    + r"\"?|(rename|link|symlink|MoveFileEx)\s{1,3}(?:"
    + _GO_PATH
    + r"\s{1,3}"
    + _GO_PATH
    # two drive paths may hold spaces: each runs to the next drive, the second to the ": " (not
    # prose's "rename C:\\a to C:\\b: ...", "C:\\b - will retry: ...", "C:\\b (attempt 2): ...")
    + r"|([A-Za-z]:[\\/](?:(?!\s(?:to|as|into|and|->)\s)[^:\n]){0,600}?)"
    + r"\s([A-Za-z]:[\\/](?:(?!\s[-(]|\.\s)[^:\n]){0,600}?)"
    + r")):\s{1,3}(?=\S)"  # (the message is not taken: a second call may start it)
)
# OCaml's Bos (opam's installers): "rename C:\\x\\a.tmp to C:\\x\\a.exe: Permission denied"
_RENAME_TO = re.compile(
    r"\brename\s{1,3}" + _GO_PATH + r"\s{1,3}to\s{1,3}" + _GO_PATH + r":\s{1,3}(?=\S)"
)
# Firefox (geckodriver's profiles): "Win error 32 during operation move on file C:\\x (The ..."
_FIREFOX_OS_ERROR = re.compile(
    r"\b(?:win|unix) error -?\d{1,6} during operation (\w{1,20}) on file (.{1,600}?) \(", re.I
)
# LevelDB and RocksDB taking their LOCK file: "IO error: lock /x/LOCK: Resource temporarily
# unavailable", "IO error: LockFile ./x/LOCK: The process cannot access ...", "IO error: While
# lock file: /x/LOCK: ..."
_STORE_LOCK = re.compile(
    r"\bio error: (?:(?:lock|lockfile|while lock file:|failed to create lock file:)"
    r" ((?:[A-Za-z]:)?[\\/.~][^\n]{0,600}?|[\w.~][^\s:]{0,600}?[\\/]lock)"
    # RocksDB: "IO error: lock hold by current process, acquire time N acquiring thread N: x/LOCK"
    r"|lock hold by current process[^:\n]{0,200}: ((?:[A-Za-z]:)?[\\/][^\n]{0,600}?"
    r"|[\w.~][^\s:]{0,600}?[\\/]lock)"
    # LevelDB on Windows names only the path: "IO error: C:\x\db/LOCK: <reason>"
    r"|((?:[A-Za-z]:)?[\\/][^\n]{0,600}?[\\/]lock)): ",
    re.I,
)
# libuv's error as Lua (Neovim's plugins) prints it: "EPERM: operation not permitted: a -> b"
_LIBUV_ARROW = re.compile(r"\bE(?!RROR:)[A-Z]{2,12}: [a-z ,']{3,80}: (\S{1,600}) -> (\S{1,600})")
# OCaml's Unix errors: 'Unix.Unix_error(Unix.EACCES, "create_process", "z3")'
# (raised, not matched by a `with` or `when` clause in source a compiler shows)
_OCAML_UNIX = re.compile(
    r'(?<!with )(?<!when )unix\.unix_error\(unix\.e\w{1,20}, "(\w{1,40})", "([^"\n]{0,600})"\)',
    re.I,
)
# Standard ML's basis library: 'Io {cause = SysErr (...), function = "TextIO.openOut", name = "x"}'
_SML_IO = re.compile(
    r'function = "(?:\w{1,30}\.)?(open|rename|remove|mkdir|rmdir)\w{0,10}",'
    r' name = "([^"\n]{1,600})"',
    re.I,
)
# Lucene's lock on its index: "Lock obtain timed out: NativeFSLock@/x/write.lock", and the lock an
# error names: "(lock=NativeFSLock(path=/x/node.lock,impl=...)"
_LUCENE_LOCK = re.compile(r"nativefslock(?:@|\(path=)([^\s,()]{1,600})", re.I)  # (":" is cleaned)
# MPICH's hydra could not start the program: "execvp error on file ./test (No such file ...)"
_EXECVP_ERROR = re.compile(r"execvp error on file (\S{1,600})")
_EXECVP = re.compile(
    r"\bexecvpe?: ((?:[A-Za-z]:)?[^:\s][^:\n]{0,600}?)\s?: (?:permission denied|text file busy)"
    # bubblewrap's, without a colon after the call: "bwrap: execvp appstream-compose: No such file"
    r"|\bexecvp ([^:\s]{1,200}): (?:permission denied|no such file or directory)",
    re.I,
)
_PATH_MARK = re.compile(r"[\\/.]")  # a folder or an extension: two words are no two paths
# Words before the path that are no part of it: "remove existing file .\\Qt6Core.dll: ...", "open
# output file build\\x.pyd: ..."
_LEADING_WORDS = re.compile(
    r"(?:[A-Za-z]{1,20} ){1,4}(?=\.{0,2}[\\/]|[A-Za-z]:[\\/])"  # before an absolute path
    r"|(?:(?:existing|output|input|old|new|temporary|temp|the|a) )?(?:file|folder|directory) ",
    re.I,
)
_GO_WORDS = (
    "unlink",
    "read",
    *(
        f"{word} "
        for word in str.split(
            "open remove rmdir mkdir chmod stat rename link write truncate chtimes createfile"
            " deletefile movefileex removedirectory removeall fork/exec"
        )
    ),
)
_VERB = (
    r"(remov(?:e|ing)|delet(?:e|ing)|unlink(?:ing)?|renam(?:e|ing)|mov(?:e|ing)|replac(?:e|ing)"
    r"|link or copy|cop(?:y|ying)|overwrit(?:e|ing)|create regular file"
    r"|creat(?:e|ing) (?:a |the )?(?:symlink|symbolic link)"  # "Error creating symlink: EPERM"
    # (Windows' 183 in words, "Cannot create a file when that file already exists", names no
    # call: a move onto a file that exists, most often)
    r"|create (?:the |a )?(?:temporary |temp |parent )?(?:director(?:y|ies)|dir|file)"
    r"(?! when that file)|watch(?:ing)?"
    r"|open(?:ing)?|writ(?:e|ing)|persist|mkdir|rmdir|close|lock|invoke|symlink|popen"
    r"|create(?=\s{1,3}(?:['\"`‘]|[A-Za-z]:[\\/]|/)))"  # dash: "cannot create /x/y: ..."
)
_VERB_LEADS = (
    "cannot",
    "can't",
    "can not",
    "could not",
    "couldn't",
    "unable to",
    "not able to",  # appimagetool: "Not able to open the AppImage for writing"
    "failed to",
    "error",
    "attempting to",  # PowerShell's "VERBOSE: Attempting to delete 'x'"
    "trying to",  # "An error occurred while trying to delete this directory:"
    "please manually",  # PlatformIO: "Please manually remove file `x`", its delete failed
)
_VERB_TAIL = re.compile(
    r"(?:\s{1,3}while)?(?:\s{1,3}recursively)?\s{1,3}" + _VERB + r"\b(?:"
    r"(?:\s{1,3}[\w-]{1,20}){0,3}?(?:\s{1,3}from|:)?"  # "rename component file from 'a' to 'b'"
    rf"(?:\s{{0,3}}{_Q}({_NQ}{{1,600}}){_Q}|\s{{1,3}}({_ABS}))"
    rf"(?:\s{{1,3}}(?:to|into|->)\s{{1,3}}(?:{_Q}({_NQ}{{1,600}}){_Q}|({_ABS})))?"
    # the source in words, the destination a path: "rename temporary cache file to D:\x\y"
    rf"|(?:\s{{1,3}}[\w-]{{1,20}}){{1,4}}?\s{{1,3}}(?:to|into)\s{{1,3}}(?:{_Q}({_NQ}{{1,600}}){_Q}|({_ABS}))"
    r")?",
    re.I,
)
# "remove directory 'x'", "delete the folder x": the delete of a directory
_FOLDER_NEXT = re.compile(
    r"\s{1,3}(?:the |a |this )?"
    r"(?:director(?:y|ies)|dir|folder|earlier installation|some children)\b"
)
_DELETES = ("remov", "delet")
# The passive form, naming what was to be done: 'DEP0500: The folder "\\bin\\AppX" could not be
# deleted.', "The file 'x' cannot be removed", RocksDB's "File: C:\\x\\a.dll already exists and
# cannot be removed." (a path without quotes only with a drive: it has no spaces to end it)
_PASSIVE = re.compile(
    r"\b(file|folder|directory)(?:\s{1,3}[\"'‘“]([^\"'‘’“”\n]{1,600})[\"'’”]"
    r"|:?\s{1,3}([A-Za-z]:\\[^\s\"'‘’“”]{1,600}))\s{1,3}(?:already exists and\s{1,3})?"
    r"(?:could not|couldn't|cannot|can't|can not) be (deleted|removed|renamed|moved)\b",
    re.I,
)
_PASSIVE_OPS = {"deleted": "unlink", "removed": "unlink", "renamed": "rename", "moved": "rename"}
# conda's lock, under its LOCKERROR: "The lock [u'C:\\x\\pkgs\\.conda_lock-9344'] was found."
_CONDA_LOCK = re.compile(r"the lock \[u?['\"]([^'\"\n]{1,600})['\"]", re.I)
# A call and its paths in a tool's own form, each looked for only when its gate is in the line:
# (gate, pattern, the operation or None for the pattern's first group, the path groups, whether
# the line must report a condition too: an arrow or "rename a to b" in prose names no call)
_CALL_FORMS: tuple[tuple[str, re.Pattern[str], str | None, tuple[int, ...], bool], ...] = (
    (" -> ", _LIBUV_ARROW, "rename", (1, 2), True),
    ("rename ", _RENAME_TO, "rename", (1, 2), True),
    ("during operation", _FIREFOX_OS_ERROR, None, (2,), False),
    ("io error: ", _STORE_LOCK, "lock", (1, 2, 3), False),
    ("ioerror: ", _JULIA_CALL, None, (2, 3), False),
    ("the lock [", _CONDA_LOCK, "lock", (1,), False),
    ("unix_error(", _OCAML_UNIX, None, (2,), False),
    ('function = "', _SML_IO, None, (2,), False),
    ("nativefslock", _LUCENE_LOCK, "lock", (1,), False),
)
_FOLDER_END = re.compile(r"[^:\\/][\\/]['\"`’]?:?$")  # a path that ends in its separator
_GERUNDS = ("removing", "deleting", "renaming", "moving", "replacing", "copying", "opening")
_MOVE_INTO = re.compile(
    r"(moving|copying|renaming)\b[^`\"'\n]{0,80}?[`\"']{1,2}([^`\"'\n]{1,600})[`\"']{1,2}"
    r"\s{1,3}(?:in)?to\b[^`\"'\n]{0,80}?[`\"']{1,2}([^`\"'\n]{1,600})[`\"']{1,2}",
    re.I,
)
_GERUND_PATH = re.compile(
    r"(copying|moving|removing|deleting|renaming)\s{1,3}"
    # actions/checkout's "removing the contents of"; KuduSync's "Copying file: 'x'"
    r"(?:file:?\s{1,3}|the (?:contents of|file|directory|folder)\s{1,3})?"
    r"(?:(?!file:)([^\s:'\"]{1,600}(?::[\\/][^\s:'\"]{0,600})?):\s"
    r"|['‘]((?:[A-Za-z]:)?[\\/][^'’\n]{1,600})['’])",  # R: "* removing 'D:/R/library/x'"
    re.I,
)
# "Deleting data dir C:\x", "removing the directory": the delete of a folder
_GERUND_FOLDER = re.compile(
    r"(?:removing|deleting)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:dir|directory|folder)\b"
)
_DELETING = ("removing", "deleting")
_CAPITALS = ("Remove ", "Rename ", "Delete ", "Move ", "Copy ", "Unlink ", "Open ")
_CAPITAL_OP = re.compile(r"(Remove|Rename|Delete|Move|Copy|Unlink|Open)\s{1,3}(" + _ABS + ")")
_DOTNET = re.compile(
    r"the process cannot access the file\s{1,3}'([^'\n]{1,600})'"
    r"|access to the path\s{1,3}'([^'\n]{1,600})'\s{1,3}is denied",
    re.I,
)
_JAVA_FS = re.compile(
    r"(FileSystemException|AccessDeniedException|DirectoryNotEmptyException):\s{1,3}"
    r"([A-Za-z]:[\\/](?:(?!\s->\s)[^\n:]){0,600}|/(?:(?!\s->\s)[^\n:]){1,600}|[^\s:]{1,600})"
    r"(?:\s{1,3}->\s{1,3}([A-Za-z]:[\\/][^\n:]{0,600}|/[^\n:]{1,600}|[^\s:]{1,600}))?"
    r"(?::\s|\s\(children:|$)"  # IntelliJ lists what the folder still holds: "(children: rg, )"
)
# ... and its message alone, as a caller printed it ("Unable to combine SPI files for x: a.jar ->
# a.original.jar: The process cannot access the file ..."): both paths of a move, its cause after
_JAVA_MOVE_MESSAGE = re.compile(
    r"(?:^|: )((?:[A-Za-z]:[\\/]|/)[^\s:]{1,600}) -> ((?:[A-Za-z]:[\\/]|/)[^\s:]{1,600}): \S"
)
# The methods of an HTTP request, as clients log one before its URL ("GET https://registry.x/pnpm:
# ...", Go's "POST https://api.github.com/x: 422"); `words` reads the answer after it
HTTP_METHODS = "GET|HEAD|POST|PUT|PATCH|DELETE"
_HTTP_REQUEST = re.compile(rf"\b(?:{HTTP_METHODS}) https?://")
_SPAWN = re.compile(
    r"(spawn|run program)\b[\s:]{0,3}"
    r"(?:[\"'`]([^\"'`\n]{1,600})[\"'`]|([/.~][^\s:'\"]{0,600}|[A-Za-z]:[\\/][^\s:'\"]{0,600}))?"
)
# a shell, or make (which runs a recipe's program itself when the line needs no shell), that
# could not run a program: "sh: 1: protoc: Permission denied", "make: ./configure: Permission
# denied", maybe after the calling tool's "Error: " or "npm ERR! ", or a backtick (pasted as code)
_SHELL = re.compile(
    r"\s{0,20}`?(?:[Ee]rror:\s{1,3}|[\w.-]{1,20}\s{1,3}(?:ERR!|error)\s{1,3})?(?:[\w/.-]{0,200}sh|bash|zsh|g?make(?:\[\d{1,4}\])?):\s{1,3}"
    # dash running a script names it again: "./autogen.sh: 47: ./autogen.sh: ./configure: ..."
    r"(?:\d{1,6}:\s{1,3}(?:[^:\n]{1,600}:\s{1,3}(?=[^:\n]{1,600}:\s))?|line \d{1,6}:\s{1,3})?"
    r"([^:\n]{1,600}):\s{1,3}[^:\n]{1,200}$"
)
# bash running a script: "/ci/build.sh: line 13: ./gradlew: Permission denied" (it ran the program)
_SCRIPT_LINE = re.compile(
    r"[\w/.~-]{1,200}: line \d{1,6}: ([^:\n]{1,600}): (?:permission denied|text file busy)", re.I
)
# A database's lock, taken or waited for: MySQL's "Lock wait timeout exceeded", PostgreSQL's
# "canceling statement due to lock timeout" (PG::LockNotAvailable), Rails' migrations under their
# advisory lock ("ActiveRecord::ConcurrentMigrationError", "Failed to release advisory lock"; not
# a log's "Acquired advisory lock; running migrations")
_DATABASE_LOCK_WORDS = (
    "lock wait timeout",
    "due to lock timeout",
    "locknotavailable",
    "to acquire advisory lock",
    "to obtain advisory lock",
    "to release advisory lock",
    "concurrentmigrationerror",
    "deadlock detected",  # PostgreSQL's: two transactions each waited for the other's lock
)
_LOCK_WAIT = (
    "waiting to lock",
    "owner of lock",
    "wait for lock",
    "waiting for lock",
    "for file to be unlocked",  # "Timed out after 10 s waiting for file to be unlocked: x"
    "for the file to be unlocked",
    "for file lock",
    "holds the client lock",
    "filesystem lock",
    "file_lock",
    "acquire lock",
    "take lock",
    "take the lock",
    "startup lock",
)
# A lock file named on a lock wait's line: "(lockfile: /x/.lock)", "at `.cache/uv/.lock`",
# conda's "The lock [u'/x/y.conda_lock'] was found".
_LOCK_NAMED = re.compile(
    # (in "NativeFSLock@/x/write.lock" the path starts after the @)
    r"(?<![^\s'\"`(\[@=])(?![\w.]{1,60}@(?:[A-Za-z]:)?[\\/])(?![a-z]{1,20}=)"
    r"((?:[A-Za-z]:)?[\\/~.\w][^\s'\"`()\[\],]{0,600}?"
    r"(?:\.lock|\.lck|_lock|[\\/]lock))(?=[\s'\"`)\],]|$)",
    re.I,
)
# cargo names the lock it waits for; the package cache is one file in CARGO_HOME.
_CARGO_LOCK = re.compile(r"waiting for file lock on (?:the )?([\w -]{1,60}?)\s{0,20}$", re.I)
_CARGO_LOCK_FILES = {"package cache": "$CARGO_HOME/.package-cache"}
# A program that could not be run: "failed to run auth command", Perl's "Can't exec "x"",
# "cannot execute binary file"
_RUN_FAILED = re.compile(
    r"failed to (?:run|execute) (?:[\w-]{1,30} )?command\b|can't exec\b|cannot execute\b"
    r"|failed to execute [\"`]"  # a quoted program: 'Failed to execute "/x/llvm-profdata"'
    r"|exec format error\b"
)
# A program that could not be started, whatever the reason: Go's "fork/exec x: bad CPU type in
# executable", .NET's "An error occurred trying to start process", Mono's "Native error= ...",
# NixOS's "Could not start dynamically linked executable"
_NOT_STARTED = re.compile(
    r"fork/exec\b|bad cpu type in executable|trying to start process"
    r"|start dynamically linked executable|native error="
    # Windows' 193 in words ("%1 is not a valid Win32 application"), libuv's and Electron's
    # "Cannot create process, error code: 267"
    r"|not a valid win32 application|cannot create process\b"
)
# Dart's FileSystemException when a delete failed: "Deletion failed, path = 'build' (OS Error:
# ...)", the same words for a file and a folder
_DART_DELETION = re.compile(r"Deletion failed, path = '([^'\n]{1,600})'", re.I)
# Web Deploy's ERROR_FILE_IN_USE: "Web Deploy cannot modify the file 'App.dll' on the destination
# because it is locked by an external process." (also "can not modify the 'x.dll' file")
_WEB_DEPLOY_LOCKED = re.compile(
    r"web deploy can ?not modify the (?:file '([^'\n]{1,600})'|'([^'\n]{1,600})' file)", re.I
)
# A runner that found no program to start: "Cannot start plugin x: Executable 'x' could not be
# found" (Meltano)
_EXECUTABLE_NOT_FOUND = re.compile(
    r"\bexecutable (?:'[^'\n]{1,200}'|\"[^\"\n]{1,200}\") could not be found"
)
_NOT_STARTED_WORDS = (
    "exec",
    "start process",
    "native error=",
    "win32 application",
    "create process",
)
# A folder that could not be made, named by what it is for: Maven's "Could not create local
# repository at x", Bazel's "Output base directory 'x' could not be created", pooch's "could not
# create data cache folder"
_NO_FOLDER = re.compile(
    r"(?:could not|couldn't|cannot|unable to|failed to) create (?:the |a |local )?"
    r"(?:[\w-]{1,20} ){0,2}(?:folder|repository)\b"
    r"|(?:folder|directory) ['\"`]?[^'\"`\n]{1,600}['\"`]? could not be created"
)
# A file that could not be made: dpkg's "error creating new backup file", gcc's "unable to make
# temporary file"
_NO_FILE = re.compile(
    r"error creating (?:new |the |a )?(?:[\w-]{1,20} )?file\b|unable to make temporary file"
)
_EXECUTE = re.compile(r"could not execute process `([^`\n]{1,600})`", re.I)
# The lock a waiting tool tells how to free: "To manually release the lock, delete /x/lock_dir"
# (Theano's compile lock)
_LOCK_RELEASE = re.compile(
    r"release the lock, (?:delete|remove|rm(?: -[rRf]{1,3})?)\s{1,3}['\"]?"
    r"((?:[A-Za-z]:)?[\\/~][^\s'\"]{0,600})",
    re.I,
)
_LOCK_FILE = re.compile(
    r"lock file:\s{0,3}(\S[^\n]{0,600}?)(?:\s{1,3}\||: \S[^\n]{0,600})?\s{0,20}$", re.I
)  # (a reason after ": " is no part of the path: RocksDB's "lock file: /x/LOCK: Resource ...")
# "lock on /x/.vcpkg-root...", "Waiting for lock on C:\\x\\.sbt.ivy.lock to be available",
# filelock's "Attempting to acquire lock 1398 on /x/y.lock", pyenv's "acquire lock ~/.pyenv/x"
_LOCK_ON = re.compile(
    r"\block(?: \d{1,30})?(?: on| for)? ['\"`]?((?:[A-Za-z]:)?[\\/~][^\s'\"`]{0,600}?)['\"`]?"
    r"(?:\.{2,3}|[:.,])?(?:\s|$)",
    re.I,
)
# Windows' sharing violation names the held file: "The process cannot access the file 'x' because
# it is being used by another process" (.NET, MSBuild, PowerShell); the operation's own paths may
# be others (MSBuild's source and destination, a folder being deleted).
_HELD_FILE = re.compile(
    r"cannot access the file\s{1,3}['\"]([^'\"\n]{1,600})['\"]"
    r"|([A-Za-z]:\\[^\n():]{1,600}?) \(the process cannot access the file"  # Java's "x (reason)"
    # after the reason, maybe in brackets (Chocolatey): "... another process: [\\?\C:\x]"
    r"|another process:\s{1,3}\[?((?:\\\\\?\\)?[A-Za-z]:\\[^\]\n]{0,600}?)\]?\s{0,20}$",
    re.I,
)
# PowerShell: "Remove-Item : Cannot remove item C:\x\y.dll: Access to the path 'y.dll' is denied."
_REMOVE_ITEM = re.compile(
    r"cannot remove (?:the )?item\s{1,3}([A-Za-z]:[\\/][^\n]{1,600}?|/[^\n:]{1,600}?):(?:\s|$)",
    re.I,
)
_QUOTED_ABSOLUTE = re.compile(r"'((?:[A-Za-z]:[\\/]|/)[^'\n]{1,600})'")
_FOLDER_SEP = re.compile(r"[\\/]")
_SCHEMA_FROM = re.compile(r"schema loaded from\s{1,3}(\S{1,600})", re.I)


# Methods named like a verb that are a framework's steps, not a program run ("MojoExecutor.execute")
_GENERIC_METHODS = frozenset(("execute", "invoke"))


def _frame_call(name: str) -> str:
    """The call a stack frame names: its method, ``open`` for .NET's FileStream constructor,
    ``exec`` for .NET's Process.Start, nothing for a framework's generic step."""
    if name.endswith(("FileStream..ctor", "FileStream.ctor")):
        return "open"
    if name.endswith("Process.Start"):  # .NET starting a program
        return "exec"
    method = name.rsplit(".", 1)[-1]
    return "" if method.lower() in _GENERIC_METHODS else method


_FILE_QUOTED = re.compile(
    r"\b(?:of|output) file \"([^\"\n]{1,600}?[^\"\s.])\"(?!,\s{0,3}line\b)", re.I
)
_GO_EXEC = re.compile(r'exec: \\{0,4}"')  # Go's exec, maybe quoted again: 'exec: \"x\": ...'
_UNLOCK = re.compile(r"cannot unlock file [\"']([^\"'\n]{1,600})[\"']", re.I)
_ACQUIRE_LOCK = re.compile(
    r"(?:acquire|holding) (?:the |a |an )?[\w -]{0,40}?\block\b"
    # jj: "Error: Failed to take lock for Git import/export", "Timed out while trying to create
    # lock file: x"
    r"|\b(?:failed|unable|could not|couldn't) to take (?:the |a )?[\w -]{0,40}?\block\b"
    r"|\b(?:trying|failed|unable|could not|couldn't) to create (?:the |a )?lock ?file\b"
    # another run of the tool holds its lock, as the error says: "Error: Another active Homebrew
    # update process is already in progress.", Unity's "Fatal error! It looks like another Unity
    # instance is running with this project open." (not a hint's or a help text's "another
    # instance")
    r"|^\W{0,5}(?:fatal error|error|fatal)\b\W{1,3}(?:it (?:looks|seems) like )?another "
    r"[\w -]{0,60}?\b(?:process|instance)\b[\w -]{0,30}?"
    r"\bis (?:already (?:in progress|running)|running with (?:this|the same)\b)"
)
_BARE_CONTEXT = re.compile(r"\s{0,20}error:\s{1,3}([a-z_]{2,20})\s{0,3}$")
_PROGRAM_SUFFIXES = frozenset(
    ("sh", "bash", "zsh", "py", "pl", "rb", "exe", "bat", "cmd", "ps1", "jar", "js", "mjs")
) | frozenset(("cjs", "run", "bin", "appimage", "out", "com"))


# Package managers' records of resolved versions, named like lock files
_VERSION_LOCKS = frozenset(
    str.split(
        "cargo.lock yarn.lock poetry.lock gemfile.lock composer.lock flake.lock pipfile.lock"
        " mix.lock podfile.lock pubspec.lock packages.lock uv.lock pdm.lock bun.lock deno.lock"
        " pixi.lock renv.lock chart.lock module.bazel.lock paket.lock shard.lock berksfile.lock"
        " puppetfile.lock devbox.lock requirements.lock stack.yaml.lock conan.lock"
    )
)
# EEXIST, as a code or in words: the file was there (not "make sure the file exists")
_EXISTS = re.compile(r"\beexist\b|\bfile already exists\b|: (?:the )?file exists\.?\"?\s{0,3}$")


def _lock_file(path: str) -> bool:
    """Whether ``path`` names a lock file (``config.lock``, ``.git/index.lock``), not a package
    manager's record of versions (``Cargo.lock``, ``yarn.lock``)."""
    name = path.replace("\\", "/").rpartition("/")[2].lower()
    return name.endswith(".lock") and name not in _VERSION_LOCKS


def _may_run(path: str) -> bool:
    """Whether ``path`` names a program: no suffix (``./configure``), or a program's suffix."""
    name = file_name(path.strip())
    suffix = name.rpartition(".")[2].lower() if "." in name.lstrip(".") else ""
    return not suffix or suffix in _PROGRAM_SUFFIXES or suffix.isdigit()


def _add_retyped_paths(facts: LineFacts, retyped: re.Match[str]) -> None:
    """The paths of Node's message retyped without quotes, those that look like paths."""
    for group in (1, 2):
        token = retyped.group(group)
        if token and _BARE_PATH_SHAPE.search(token):
            add_path(facts, retyped.start(group), token)


def add_op(facts: LineFacts, rank: int, word: str | None) -> None:
    if word:
        op = canonical_op(word)
        if op is not None:
            facts.ops.append((rank, op))


def _ruby_paths(line: str, facts: LineFacts, pattern: re.Pattern[str]) -> None:
    for match in first_matches(pattern, line):
        if match.group(1) in _RUBY_BARE_CALLS:  # "No space left on device - write": the call
            add_op(facts, RANK_SYSCALL, match.group(1))
        else:
            add_paths(facts, match, (1,))


def add_paths(
    facts: LineFacts, match: re.Match[str], groups: tuple[int, ...], ordered: bool = False
) -> None:
    """Paths from ``groups`` of ``match``; ``ordered`` keeps the order of ``groups`` (source
    first) where the message names the destination first (Dart's ``rename file to 'b', path =
    'a'``)."""
    for index, group in enumerate(groups):
        value = match.group(group)
        if value and value.strip():
            add_path(facts, match.start() + index if ordered else match.start(group), value)


def _add_missing_paths(facts: LineFacts, line: str, low: str) -> None:
    """LuaRocks' "x does not exist and your user does not have write permissions in y": x runs
    from the ": " before it, y to the end of the line or a hint after it (found with str.find, as
    a pattern would try every separator of a long line)."""
    missing = low.find(" does not exist and ")
    within = low.find(_WRITABLE_IN, missing)
    start = line.rfind(": ", 0, missing) + 2 if line.rfind(": ", 0, missing) >= 0 else 0
    first = line[start:missing].strip()
    if PATH_START.match(first):
        facts.paths.append((start, clean_path(first)))
    if within > 0:
        after = within + len(_WRITABLE_IN)
        rest = line[after : after + 600]
        hint = _HINT_AFTER.search(rest)
        second = (rest[: hint.start()] if hint else rest).strip()
        if PATH_START.match(second):
            facts.paths.append((after, clean_path(second)))


def _add_arrow_paths(facts: LineFacts, line: str, start: int) -> None:
    """The source and destination from ``start`` to the end of the line, split at " -> "."""
    rest = line[start : start + 1300].rstrip()
    arrow = rest.find(" -> ")
    if arrow > 0 and len(rest) < 1300 and " -> " not in rest[arrow + 4 :]:
        add_path(facts, start, rest[:arrow])
        add_path(facts, start + arrow + 4, rest[arrow + 4 :])


def add_path(facts: LineFacts, where: int, raw: str) -> None:
    """A path the line's operation carries, at ``where`` in the line."""
    facts.paths.append((where, clean_path(raw)))
    facts.carried_paths = True


def log_prefix_end(line: str) -> int:
    """Where the line's own text starts, after a log collector's prefix (see `_LOG_PREFIX`)."""
    prefix = _LOG_PREFIX.match(line)
    return prefix.end() if prefix else 0


def scan_operations(line: str, low: str, facts: LineFacts) -> None:
    coded = bool(facts.conds)
    if "," in line and coded:
        for match in first_matches(_NODE_MSG, line):
            if canonical_op(match.group(1)) and word_start(line, match.start()):
                add_op(facts, RANK_SYSCALL, match.group(1))
                add_paths(facts, match, (2, 3))
                retyped = None if match.group(2) else _NODE_BARE_PATH.match(line, match.end())
                if retyped:
                    _add_retyped_paths(facts, retyped)
    if coded and any(word in low for word in _NODE_SYSCALL_WORDS):
        for match in first_matches(_NODE_SYSCALL, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
            if match.group(1).startswith("spawn"):
                add_paths(facts, match, (2,))
    if coded and " (e" in low:
        for match in first_matches(_JULIA_BARE_CALL, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
    if "[winerror" in low or "[errno" in low or "[error " in low:
        if _PY_EXCEPTION.search(line):
            facts.flags.add("python_exc")
        for match in first_matches(_PY_PATHS, line):
            add_paths(facts, match, (1, 2, 3, 4))
            facts.flags.add("python_exc")  # str(OSError): "[WinError 32] reason: 'path'"
            if match.group(3) or match.group(4):
                facts.flags.add("python_arrow")
                if not any(cond == PRIV for cond, _ in facts.conds):  # a link's, often
                    # two paths are a rename's (os.replace, shutil.move), whatever the reason's
                    # words say ("Cannot create a file when that file already exists")
                    add_op(facts, RANK_SYSCALL, "rename")
    if "could not install packages due to an" in low:
        facts.flags.add("installer")
    if "os." in line or "shutil." in line or "fcntl." in line:
        for match in first_matches(_PY_CALL, line):
            # a tree's removal fails on one of its calls, which a handler or frame may name
            rank = RANK_VERB if match.group(1) == "rmtree" else RANK_SYSCALL
            add_op(facts, rank, match.group(1) or match.group(2))
    if "on" in low and "(os." in line:
        for match in first_matches(_PY_HANDLER, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
    frame_of = None
    if ", in " in line and 'File "' in line:
        frame_of = _PY_FRAME.match(line, log_prefix_end(line))
    elif " in " in line and ".py:" in line and "File " in line:
        frame_of = _IPYTHON_FRAME.match(line, log_prefix_end(line))
    if frame_of:  # below the call its source line names, if it names one
        add_op(facts, RANK_VERB, frame_of.group(1).lstrip("_").partition("_")[0])
    if "(" in line:
        if ".unlink(" in line or ".rmdir(" in line or ".symlink_to(" in line:
            for match in first_matches(_PY_METHOD, line):
                add_op(facts, RANK_SYSCALL, match.group(1))
        if "open(" in line or "openat(" in line:  # (depmod: "openat(/lib/modules/x, y, ...)")
            add_op(facts, RANK_VERB, "open")
        if "warning: " in low or "error: " in low or "): " in line or ") failed" in line:
            for match in first_matches(_C_CALL, line):
                # PHP: "file_put_contents(x): failed to open stream": the open failed (a copy's
                # is the copy's)
                whole_file = match.group(1).startswith("file_")
                if whole_file and not match.group(2):
                    # "file_put_contents(): Only 0 of 70 bytes written": no path here (the
                    # line above may name one), and the words name the write
                    continue
                opened = whole_file and low.startswith(": failed to open stream", match.end())
                add_op(facts, RANK_SYSCALL, "open" if opened else match.group(1))
                add_paths(facts, match, (2, 3))
        stamp = (
            _TIMESTAMP.match(line)
            if line[:1].isdigit()
            else _BRACKETED_STAMP.match(line) or _BRACKETED_LEVEL.match(line)
            if line[:1] == "["
            else None
        )
        bare = line[stamp.end() :] if stamp else line
        framed = bare.lstrip(" \t>0123456789").startswith(_FRAME_WORDS)
        frame = _FRAME.match(bare) if framed else _JAVA_BARE_FRAME.match(bare)
        if frame:
            add_op(facts, RANK_SYSCALL, _frame_call(frame.group(1)))
        mono = _MONO_FRAME.match(line) if "System.IO." in line else None
        if mono:
            add_op(facts, RANK_SYSCALL, "open" if "FileStream..ctor" in line else mono.group(1))
    if ":in `" in line:
        ruby = _RUBY_FRAME.search(line)
        if ruby:
            add_op(facts, RANK_SYSCALL, ruby.group(1))
    if ":in `" in line:
        _ruby_paths(line, facts, _RUBY_PATH)
    elif "(Errno::" in line:  # as a tool reports it, without the frame: the path must look like one
        _ruby_paths(line, facts, _RUBY_BARE_PATH)
    if ":" in line:
        for match in first_matches(_CALL_COLON, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
    if "fd:" in line:  # a Haskell handle's call on a descriptor: "fd:5: hGetContents: ..."
        for match in first_matches(_HASKELL_HANDLE, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
    if " (" in line and any(kind + " (" in low for kind in _HASKELL_KINDS):
        for match in first_matches(_HASKELL_IO, line):
            op = canonical_op(match.group(2))
            if op is None:  # no call of a file ("10.0.0.5: sshd: permission denied (publickey)")
                continue
            if op in _HASKELL_OPS:  # the others are the calls' above
                add_op(facts, RANK_SYSCALL, match.group(2))
            there = not match.group(0).endswith("does not exist (")
            if there and any(mark in match.group(1) for mark in "./\\"):
                add_paths(facts, match, (1,))
    if "::filesystem::" in low:
        for match in first_matches(_CPP_FILESYSTEM, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
    if "filesystem error: " in low:
        for match in first_matches(_CPP_FILESYSTEM_ERROR, low):
            facts.ops.append((RANK_SYSCALL, _CPP_FILESYSTEM_CALLS[match.group(1)]))
    if ('File "' in line or 'Directory "' in line or 'FileEx "' in line) and '": ' in line:
        for match in first_matches(_WIN32_QUOTED, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
            add_paths(facts, match, (2, 3))
            facts.flags.add("windows")
    if "File" in line or "Directory" in line or "Process" in line:
        for match in first_matches(_WIN32_CALL, line):
            if word_start(line, match.start()):
                add_op(facts, RANK_SYSCALL, match.group(1))
    if "while loading shared libraries" in low:
        # the dynamic loader could not start the program (its library's open is how it failed)
        facts.ops.append((RANK_SYSCALL, "exec"))
    if " in " in line and ".py:" in line:
        cleo = _CLEO_FRAME.match(line)
        if cleo:  # Poetry's (Cleo's) frame: "at /usr/lib/python3.10/pathlib.py:1175 in mkdir"
            add_op(facts, RANK_SYSCALL, cleo.group(1))
    if "permission denied" in low and ": " in line:
        denied = _BARE_DENIED.match(line)
        if denied and _may_run(denied.group(1)):
            # csh's own words for a program it could not run: "../linux64/premake5: Permission
            # denied." (no shell's name before it, as bash and dash print)
            add_op(facts, RANK_VERB, "exec")
            add_paths(facts, denied, (1,))
    if "function: _wopen" in low:  # MiKTeX names the C call that failed
        add_op(facts, RANK_SYSCALL, "open")
    prompt = _CMD_PROMPT.match(line) if ">" in line else None
    if prompt:
        add_op(facts, RANK_GERUND, prompt.group(1))
    tool = _TOOL_PREFIX.match(line)
    if tool:  # "cp: /x/y: No space left on device": the tool's own operation, when nothing else
        add_op(facts, RANK_GERUND, tool.group(1))
    call = _CALL_PREFIX.match(line) if facts.conds else None
    if call:
        add_op(facts, RANK_SYSCALL, call.group(1))
    if "deny(1) " in low:  # the macOS sandbox names what it refused
        for match in first_matches(_SANDBOX, line):
            action = match.group(1).lower()
            read = action.startswith("file-read")
            add_op(facts, RANK_SYSCALL, "read" if read else _SANDBOX_OPS.get(action))
            add_paths(facts, match, (2,))
    if "@ " in line:
        for match in first_matches(_RUBY_CALL, line):
            add_op(facts, RANK_SYSCALL, _RUBY_CALLS[match.group(1)])
            if "(Errno::" not in line:
                add_paths(facts, match, (2,))
    if "@ " in line or " - (" in line:
        for match in first_matches(_RUBY_TWO_PATHS, line):
            add_paths(facts, match, (1, 2))
    if " of " in low and "failed" in low:
        for match in first_matches(_OF_FILE_FAILED, low):
            op = _OF_FILE_OPS[match.group(1)]
            folder = match.group(0).endswith(("directory", "folder"))
            add_op(facts, RANK_VERB, "rmdir" if folder and op == "unlink" else op)
    if "for writing" in low or "sharing violation on path" in low:
        for match in first_matches(_NAMED_FILE, line):
            add_paths(facts, match, (1, 2))
    if " /" in line:
        for match in first_matches(_CMD, line):
            add_op(
                facts, RANK_VERB, "unlink" if match.group(1).lower() in ("del", "erase") else "rd"
            )
    if line.startswith("#") and "(" in line:
        dart = _DART_FRAME.match(line)
        if dart:
            method = dart.group(2).lstrip("_")
            folder = "directory" in dart.group(1).lower() and method.startswith("delete")
            add_op(facts, RANK_SYSCALL, "rmdir" if folder else method)
    if "task executable" in low:
        for match in first_matches(_TASK_EXECUTABLE, line):
            add_op(facts, RANK_VERB, "exec")
            add_paths(facts, match, (1,))
    if "_execute_child" in line or "cannot run program" in low:
        add_op(facts, RANK_VERB, "exec")
    # bash: "x.sh: /bin/sh^M: bad interpreter: No such file or directory" (a busy script is the
    # reader's, with the script's path: `reader._BAD_INTERPRETER`)
    if ": bad interpreter: " in low and not any(cond == TXTBSY for cond, _ in facts.conds):
        add_op(facts, RANK_VERB, "exec")
    if "could not be found" in low and _EXECUTABLE_NOT_FOUND.search(low):
        add_op(facts, RANK_VERB, "exec")
    if 'failed to exec "' in low:  # scie's (Pants' launcher): 'Failed to exec "/x" with argv'
        add_op(facts, RANK_VERB, "exec")
    if "inotify-add-watch(" in low:  # Watchman: "inotify-add-watch(/x) -> Permission denied"
        add_op(facts, RANK_SYSCALL, "watch")
    if "deletion failed, path = '" in low and "text file busy" not in low:  # Dart's delete
        for match in first_matches(_DART_DELETION, line):
            name = file_name(match.group(1).rstrip("\\/"))
            if name and "." not in name:  # Directory.delete: a folder's name has no suffix
                add_op(facts, RANK_SYSCALL, "rmdir")
    if "web deploy can" in low:  # Web Deploy (msdeploy) copying a file over the one it replaces
        for match in first_matches(_WEB_DEPLOY_LOCKED, line):
            add_op(facts, RANK_VERB, "copy")
            add_paths(facts, match, (1, 2))
    if "mkdirs failed to create" in low:  # Hadoop's file systems, before the frames of a create
        add_op(facts, RANK_SYSCALL, "mkdir")
    if "file install cannot make directory" in low:  # CMake's file(INSTALL)
        add_op(facts, RANK_VERB, "mkdir")
    if "process_begin: createprocess(" in low:  # GNU make on Windows, before its "(e=2)"
        add_op(facts, RANK_VERB, "exec")
    if ("exec: " in line and _GO_EXEC.search(line)) or "process 'command '" in low:
        add_op(facts, RANK_VERB, "exec")  # Go's exec; Gradle's ExecException
    started = any(word in low for word in _NOT_STARTED_WORDS) and "dll load" not in low
    if started and _NOT_STARTED.search(low):
        add_op(facts, RANK_VERB, "exec")
    if "creat" in low and _NO_FOLDER.search(low):
        add_op(facts, RANK_VERB, "mkdir")
    if ("creating" in low or "make temporary" in low) and _NO_FILE.search(low):
        add_op(facts, RANK_VERB, "open")
    if "executable may have wrong permissions" in low:  # Selenium's driver it could not run
        add_op(facts, RANK_VERB, "exec")
    if "no permission to install to" in low:  # R's library that the user may not write
        add_op(facts, RANK_VERB, "write")
    if "to be accessed for write operations" in low:  # Foundry's sandbox (fs_permissions)
        add_op(facts, RANK_VERB, "write")
    elif "to be accessed for read operations" in low:
        add_op(facts, RANK_VERB, "read")
    if "permission to modify this file" in low:  # GHC's PermissionDenied of a write
        add_op(facts, RANK_VERB, "write")
    if "error: can't create '" in low:
        extutils = _EXTUTILS_CREATE.match(line, log_prefix_end(low))
        if (
            extutils
        ):  # ExtUtils::Install's mkpath: "ERROR: Can't create '/usr/local/share/man/man3'"
            add_op(facts, RANK_SYSCALL, "mkdir")
            add_paths(facts, extutils, (1,))
    if "write permission" in low and "do not have write permissions on" not in low:
        # conda's NotWritableError: "does not have write permissions" (not ExtUtils::Install's
        # "Do not have write permissions on 'x'", under the folder it could not make)
        # (LuaRocks: "/x/rocks-5.3 does not exist and your user does not have write permissions
        # in /x": the folder it could not make)
        missing = "does not exist and " in low and _MISSING_NOT_WRITABLE.search(low)
        add_op(facts, RANK_VERB, "mkdir" if missing else "write")
        if missing:  # the paths may hold spaces: "C:\Program Files\LuaRocks\systree\..."
            _add_missing_paths(facts, line, low)
    if "required privilege" in low or "error 1314" in low:  # "[WinError 1314]", "(os error 1314)"
        facts.flags.add("privilege")  # ERROR_PRIVILEGE_NOT_HELD (see `failure_of`)
    if ("lock" in low or "concurrentmigration" in low) and any(
        word in low for word in _DATABASE_LOCK_WORDS
    ):
        facts.ops.append((RANK_VERB, "lock"))
    locking = "acquire" in low or "holding" in low or "to take" in low or "create lock" in low
    gated = (locking and "lock" in low) or "already" in low or "another" in low
    if gated and _ACQUIRE_LOCK.search(low):
        facts.ops.append((RANK_VERB, "lock"))
        # a create that found the file already there is how a lock file is taken (O_EXCL): the
        # lock is the call ("Could not acquire lock on x. Original error: EEXIST: ..., open 'x'")
        if "eexist" in low or "already exists" in low:
            facts.ops[:] = [(rank, "lock" if op == "open" else op) for rank, op in facts.ops]
    if "working copy" in low and "locked" in low:  # Subversion's: a command was cut short
        for match in first_matches(_SVN_LOCKED, line):
            add_op(facts, RANK_VERB, "lock")
            add_paths(facts, match, (1,))
            facts.flags.add("refused_lock")
    if "attempt" in low and _ATTEMPT_TO_LOCK.search(low):
        # emcc: "Attempt to lock the cache but FROZEN_CACHE is set"
        add_op(facts, RANK_VERB, "lock")
        facts.flags.add("refused_lock")
    if "cannot unlock file" in low:  # a lock file released by a process that did not hold it
        for match in first_matches(_UNLOCK, line):
            add_op(facts, RANK_VERB, "lock")
            add_paths(facts, match, (1,))
    if 'file "' in low:  # mt.exe: 'the resource of file "x.exe"'
        for match in first_matches(_FILE_QUOTED, line):
            add_paths(facts, match, (1,))
    if "could not execute process" in low:  # cargo; the console may cut the program's path
        add_op(facts, RANK_VERB, "exec")
        for match in first_matches(_EXECUTE, line):
            add_paths(facts, match, (1,))
    if "path =" in low:
        for match in first_matches(_DART, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
            add_paths(facts, match, (3, 2), ordered=True)
        for match in first_matches(_DART_FAILED, line):  # "Deletion failed": words, no call
            add_op(facts, RANK_VERB, match.group(1))
            add_paths(facts, match, (2,))
    worded = any(printed is None for _, printed in facts.conds)
    if ": " in line and worded and any(word in low for word in _GO_WORDS):
        for match in first_matches(_GO, line):
            if not word_start(line, match.start()) or _WIN32_CALL.match(line, match.start()):
                continue
            if match.group(4) and not _PATH_MARK.search(match.group(4) + match.group(5)):
                continue  # "can't rename log file: ..." names no paths; a call may follow
            one = match.group(2)
            if one and one.lower() in _NO_PATH_WORDS:
                continue  # "x/y: unable to remove file: Access is denied": the path is before
            add_op(facts, RANK_SYSCALL, match.group(1) or match.group(3))
            words = _LEADING_WORDS.match(one) if one and " " in one else None
            if one in ("error", "failed"):
                continue  # the call's error in words ("write error: No space left"): no path
            if words:
                add_path(facts, match.start(2) + words.end(), one[words.end() :])
            else:
                add_paths(facts, match, (2, 4, 5, 6, 7))
    if ("sh:" in low or ": line " in low or "make" in low) and any(
        cond in (TXTBSY, EACCES, EPERM) for cond, _ in facts.conds
    ):
        shell = _SHELL.match(line) or _SCRIPT_LINE.search(line)
        if shell and not shell.group(1).startswith(("cannot ", "can't ")):
            # (dash's "sh: 1: cannot create x: ..." is a redirection, not a program; so is a
            # file that is no program: "line 3: /src/out.txt: Permission denied")
            # (ETXTBSY is a program's own error: whatever its name, the shell ran it)
            runs = _may_run(shell.group(1)) or any(cond == TXTBSY for cond, _ in facts.conds)
            add_op(facts, RANK_VERB, "exec" if runs else "open")
            add_paths(facts, shell, (1,))
    if "error:" in low:  # a context of one word over its cause (Rust's anyhow): "Error: watch"
        context = _BARE_CONTEXT.match(low)
        if context:
            add_op(facts, RANK_VERB, context.group(1))
    _scan_verbs(line, low, facts)
    if facts.conds and "'" in line and not any(_FOLDER_SEP.search(p) for _, p in facts.paths):
        # rustup's "could not remove 'rustup-bin' file: 'C:\\Users\\A B\\rustup.exe'": the
        # file is the quoted absolute path, spaces and all
        for match in first_matches(_QUOTED_ABSOLUTE, line):
            add_paths(facts, match, (1,))
    exists = ".lock" in low and "exist" in low and _EXISTS.search(low)
    if exists and any(_lock_file(path) for _, path in facts.paths):
        # an open that found a lock file there: another holds the lock ("open /x/config.lock:
        # file exists", "EEXIST: file already exists, open '/x/y.lock'")
        taking = ("open", "mkdir")
        facts.ops[:] = [(rank, "lock" if op in taking else op) for rank, op in facts.ops]
        facts.flags.add("refused_lock")


def _scan_verbs(line: str, low: str, facts: LineFacts) -> None:
    if " error: " in low or " failed: " in low:
        # the call named before its error: SwiftPM's "rename error: File exists", nginx-rtmp's
        # "hls: rename failed: 'a'->'b' (2: No such file or directory)"
        for match in first_matches(_CALL_ERROR, line):
            add_op(facts, RANK_VERB, match.group(1))
        arrow = _CALL_ERROR_ARROW.search(line) if " -> " in line else None
        if arrow:  # "...: File exists (17): /Users/me/My Project/a -> /Users/me/My Project/b"
            _add_arrow_paths(facts, line, arrow.end())
    if "creating director" in low:  # Nix: 'error: creating directory "/x/.cache/nix": ...'
        creating = _CREATING_DIRECTORY.match(line, log_prefix_end(low))
        if creating:  # (the message's own start: not Gradle's "... when creating directory 'x'")
            add_op(facts, RANK_VERB, "mkdir")
            add_paths(facts, creating, (1,))
    if "deno.run(" in low or "deno.command(" in low or "process failed to start" in low:
        # Deno's source line under its NotFound ("const p = Deno.run({"), Vim's "E903: Process
        # failed to start": a program run
        add_op(facts, RANK_VERB, "exec")
    if 'module not found "http' in low:  # Deno: 'error: Module not found "https://x/mod.ts".'
        add_op(facts, RANK_VERB, "download")
    if "read directory" in low or "getting status of" in low:
        # Nix: 'error: cannot read directory "/x/.direnv": ...', "error: getting status of '/x'"
        for match in first_matches(_NIX_CALL_WORDS, line):
            add_op(facts, RANK_VERB, "scandir" if match.group(1) else "stat")
            add_paths(facts, match, (2,))
    if ("removeitemcommand" in low or "removefilesystemitem" in low) and "unauthorized" not in low:
        add_op(facts, RANK_VERB, "unlink")  # PowerShell's Remove-Item, in its error record
    if "uninstall-" in low and _UNINSTALL_MODULE.search(low):
        add_op(facts, RANK_VERB, "rmdir")  # PowerShellGet removes the module's folder
    if "cannot exec" in low and _CANNOT_EXEC.search(low):
        # "tar (child): xz: Cannot exec: No such file or directory", "cl65: Cannot exec 'ld65'"
        add_op(facts, RANK_VERB, "exec")
    if "can't write on file" in low:  # TeX: the output file it could not open for writing
        add_op(facts, RANK_SYSCALL, "open")
    if "fatal error: can't create " in low:
        gas = _GAS_CREATE.search(line)
        if gas:  # GNU as: "Fatal error: can't create main.o: Permission denied"
            add_op(facts, RANK_SYSCALL, "open")
            add_paths(facts, gas, (1,))
    if '() "' in line:  # nginx: 'mkdir() "/var/cache/nginx/client_temp" failed (13: ...)'
        for match in first_matches(_NGINX_CALL, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
            add_paths(facts, match, (2, 3))
    if "install: /" in low:
        bsd_install = _BSD_INSTALL.match(line, log_prefix_end(low))
        if bsd_install:
            add_op(facts, RANK_VERB, "copy")
            add_paths(facts, bsd_install, (1,))
    if "http" in low and ("err" in low or "fail" in low) and _HTTP_REQUEST.search(line):
        # "E404 Not Found - PUT https://x": a request to a server failed, whatever it answered
        # (not a client's log of each request it makes: "npm http GET https://x")
        add_op(facts, RANK_VERB, "download")
    if "-item" in low:
        for verb in ("remove-item", "move-item", "rename-item", "copy-item"):
            if verb in low:
                add_op(facts, RANK_VERB, verb)
    if facts.conds and "'" in line:
        for match in first_matches(_SYSCALL_QUOTED, line):
            add_op(facts, RANK_SYSCALL, match.group(1))
            add_paths(facts, match, (2, 3))
    for lead in _VERB_LEADS:
        start = 0
        for _ in range(MAX_MATCHES):
            at = low.find(lead, start)
            if at < 0:
                break
            start = at + len(lead)
            tail = _VERB_TAIL.match(line, start)
            if tail and word_start(low, at):
                folder = tail.group(1)[:5].lower() in _DELETES and (
                    _FOLDER_NEXT.match(low, tail.end(1))
                    or "recursively" in tail.group(0)
                    or any(_FOLDER_END.search(p) for p in tail.groups()[1:] if p)  # "x/Logger/"
                )
                add_op(facts, RANK_VERB, "rmdir" if folder else tail.group(1))
                add_paths(facts, tail, (2, 3, 4, 5, 6, 7))
    if any(gerund in low for gerund in _GERUNDS):
        of_folder = ("removing" in low or "deleting" in low) and bool(_GERUND_FOLDER.search(low))
        for gerund in _GERUNDS:
            if gerund in low:
                deletes_folder = of_folder and gerund in _DELETING
                add_op(facts, RANK_GERUND, "rmdir" if deletes_folder else gerund)
        if ": " in line or "'" in line or "‘" in line:
            for match in first_matches(_GERUND_PATH, line):
                add_op(facts, RANK_GERUND, match.group(1))
                add_paths(facts, match, (2, 3))
        if "to" in low:
            for match in first_matches(_MOVE_INTO, line):
                add_op(facts, RANK_VERB, match.group(1))
                add_paths(facts, match, (2, 3))
    if any(word in line for word in _CAPITALS):
        for match in first_matches(_CAPITAL_OP, line):
            if word_start(line, match.start()):
                add_op(facts, RANK_VERB, match.group(1))
                add_paths(facts, match, (2,))
    if "not be " in low or "n't be " in low:
        for match in first_matches(_PASSIVE, line):
            if not _PATH_MARK.search(match.group(2) or match.group(3)):
                continue  # "The folder 'build' could not be deleted automatically": no path
            done = _PASSIVE_OPS[match.group(4).lower()]
            of_folder = match.group(1).lower() != "file"
            add_op(facts, RANK_VERB, "rmdir" if of_folder and done == "unlink" else done)
            add_paths(facts, match, (2, 3))
    if "the file" in low or "the path" in low:
        for match in first_matches(_DOTNET, line):
            add_paths(facts, match, (1, 2))
    if "Exception:" in line:
        if "java.io.FileNotFoundException: " in line:  # Java's open (a stream's, a file's)
            # refused: "x (Access is denied)"; of a URL, HttpURLConnection's 404
            url = "FileNotFoundException: http" in line
            add_op(facts, RANK_SYSCALL, "download" if url else "open")
        for match in first_matches(_JAVA_FS, line):
            add_paths(facts, match, (2, 3))
            if match.group(3):  # Java names both paths of a move: "a -> b"
                add_op(facts, RANK_VERB, "move")
            if match.group(1) == "DirectoryNotEmptyException":
                facts.conds.append((ENOTEMPTY, None))
            elif match.group(1) == "AccessDeniedException":
                windows = is_windows_path(match.group(2))
                facts.conds.append((ACCESS_WIN if windows else EACCES, None))
    elif " -> " in line and facts.conds:  # (an error's reason after it, not "-> b: done")
        for match in first_matches(_JAVA_MOVE_MESSAGE, line):
            add_paths(facts, match, (1, 2))
            add_op(facts, RANK_VERB, "move")
    if "spawn" in low or "run program" in low:
        for match in first_matches(_SPAWN, line):
            add_op(facts, RANK_VERB, match.group(1))
            add_paths(facts, match, (2, 3))
    if "waiting for it to complete" in low and "another command" in low:
        facts.ops.append((RANK_VERB, "lock"))  # Bazel's server lock
    if "beginning retry" in low:  # MSBuild's Copy task (MSB3026's words) trying again
        add_op(facts, RANK_GERUND, "copy")
    if "cppclean" in low:  # MSBuild's C++ Clean target deletes what the build made
        add_op(facts, RANK_GERUND, "unlink")
    if low.startswith("make") and _MAKE_EXEC.match(line):
        add_op(facts, RANK_VERB, "exec")  # make could not run a recipe's program
    if "_out: protoc-gen-" in low and ": plugin " not in low:
        # "--x_out: protoc-gen-x: Access is denied.": protoc could not run its plugin (one that
        # ran says "Plugin failed with status code 1" or "Plugin killed by signal 9")
        add_op(facts, RANK_VERB, "exec")
    if "error writing" in low or "failed to extend" in low:
        # ninja's deps log, gcc's assembler output ("error writing to"); coreutils' "cp: error
        # writing 'x'" and "failed to extend 'x'" (a file that could not grow)
        add_op(facts, RANK_VERB, "write")
    if "execvp error on file" in low and facts.conds:
        for match in first_matches(_EXECVP_ERROR, line):
            add_op(facts, RANK_SYSCALL, "exec")
            add_paths(facts, match, (1,))
    if "execvp" in low:  # GNU make could not run a command: "make: execvp: ./x: Permission denied"
        for match in first_matches(_EXECVP, line):
            add_op(facts, RANK_SYSCALL, "exec")
            if _FOLDER_SEP.search(match.group(1) or match.group(2)):  # not a command ("printf")
                add_paths(facts, match, (1, 2))
    if ("exec" in low or "failed to run" in low) and _RUN_FAILED.search(low):
        add_op(facts, RANK_VERB, "exec")
    if line.strip() == "failed with:":  # CMake's execute_process: "Running 'x' ... failed with:"
        add_op(facts, RANK_VERB, "exec")
    if "a call to mkdir was unable" in low or "could not create leading directories" in low:
        add_op(facts, RANK_VERB, "mkdir")  # Open MPI's session folder, git's clone
    if "hdiutil: create failed" in low:  # macOS: the disk image it could not create
        add_op(facts, RANK_VERB, "open")
    if "ioerror: [errno" in low and "'" in line:  # Python 2's open() of a path (not a write)
        add_op(facts, RANK_VERB, "open")
    for gate, pattern, op, groups, coded in _CALL_FORMS:
        if gate in low and (facts.conds or not coded):
            for match in first_matches(pattern, line):
                add_op(facts, RANK_SYSCALL, op or match.group(1))
                add_paths(facts, match, groups)
    if "making symbolic link" in low:  # Emacs: (file-error "Making symbolic link" "Operation ...")
        add_op(facts, RANK_VERB, "symlink")
    if "(never" in low and ("executed)" in low or low.rstrip().endswith("(never")):
        # cargo: the build script could not be run (the console may wrap "(never executed)")
        add_op(facts, RANK_VERB, "exec")
    if "lock" in low:
        if any(wait in low for wait in _LOCK_WAIT):
            facts.ops.append((RANK_VERB, "lock"))
        if "for file lock on" in low:
            for match in first_matches(_CARGO_LOCK, line):
                lock_file = _CARGO_LOCK_FILES.get(match.group(1).lower())
                if lock_file:
                    facts.paths.append((match.start(1), lock_file))
        waiting = any(op == "lock" for _, op in facts.ops) or "lock [" in low
        if waiting or any(cond == LOCK_WAIT for cond, _ in facts.conds):
            for match in first_matches(_LOCK_NAMED, line):
                add_paths(facts, match, (1,))
        if "lock file:" in low:
            for match in first_matches(_LOCK_FILE, line):
                add_paths(facts, match, (1,))
        if "release the lock" in low:
            for match in first_matches(_LOCK_RELEASE, line):
                add_op(facts, RANK_VERB, "lock")
                add_paths(facts, match, (1,))
        if " on " in low or " for " in low or "lock /" in low or "lock ~" in low:
            for match in first_matches(_LOCK_ON, line):
                add_paths(facts, match, (1,))
    if "cannot access the file" in low:
        facts.held.extend(
            clean_path(m.group(1) or m.group(2) or m.group(3))
            for m in first_matches(_HELD_FILE, line)
        )
    if "cannot remove" in low:
        for match in first_matches(_REMOVE_ITEM, line):
            add_op(facts, RANK_VERB, "unlink")
            add_paths(facts, match, (1,))
    if "schema loaded from" in low:
        for match in first_matches(_SCHEMA_FROM, line):
            add_paths(facts, match, (1,))
