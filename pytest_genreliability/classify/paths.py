"""Paths as tools print them: cleaned, told Windows from POSIX, found where no operation names
them, and keyed so that the samples of one run group by the file that was held.

`hotspot_key` and `lock_target` are public through :mod:`pytest_genreliability.classify`.
"""

from __future__ import annotations

import re

from .facts import DIAG, RENAMING, first_matches
from .failure import KINDS, LOCK_KINDS, Failure

DRIVE = re.compile(r"[A-Za-z]:[\\/]")
_BACKSLASHES = re.compile(r"\\+")
_CLOSER = {"(": ")", "[": "]", "{": "}"}
_DOUBLED = re.compile(r"\\{2,}")


_SEPARATOR = re.compile(r"[\\/]")


def file_name(path: str) -> str:
    """The last part of ``path``, whichever separator it uses (``C:\\x\\y.dll`` -> ``y.dll``)."""
    return _SEPARATOR.split(path.rstrip("\\/"))[-1]


def has_folder(path: str) -> bool:
    """Whether ``path`` names a folder as well as a file (a separator in it)."""
    return _SEPARATOR.search(path) is not None


def is_windows_path(path: str) -> bool:
    return bool(DRIVE.match(path)) or "\\" in path or bool(_POSIX_VIEW_OF_A_DRIVE.match(path))


def is_posix_path(path: str) -> bool:
    return (
        path.startswith(("/", "~/"))
        and not path.startswith("//")
        and not _POSIX_VIEW_OF_A_DRIVE.match(path)
    )


# A Windows drive as Git Bash, Cygwin and WSL show it ("/c/Users/x", "/cygdrive/d/src"): the
# file is on Windows, and Windows' rules for held files apply.
_POSIX_VIEW_OF_A_DRIVE = re.compile(
    r"/(?:cygdrive/[a-zA-Z]/|mnt/[a-zA-Z]/|[a-zA-Z]/(?:Users|Program Files|ProgramData|Windows)/"
    r"|[a-zA-Z]/a/_(?:temp|actions|tool)/"  # GitHub's Windows runners' D:\a\_temp
    r"|[a-zA-Z]:/)"  # Yarn's portable paths: "/C:/Users/x/app/.yarn/unplugged/a.node"
)


# A newline escaped in a JSON string, before the next message ("\nE: ", "\nW: "): not a folder
# named "n..." after a backslash, as Git Bash prints "/d/a/app\node_modules"
_ESCAPED_NEWLINE = re.compile(r"\\n(?=[A-Z]{1,10}(?::|$)|\s|$)")
# A call and its code after a path, as apt prints them: " - open (13"
_CALL_SUFFIX = re.compile(r"\s-\s[A-Za-z]{2,20}\s\(\d{1,4}$")


def clean_path(raw: str) -> str:
    """A path as a person would write it: quotes and trailing punctuation gone, escaping undone.

    Backslashes doubled by one or more rounds of escaping (a Python repr inside JSON doubles
    them twice) are halved while every run of them is even, which keeps a UNC ``\\\\server``
    intact; runs left over in a path that mixes single and doubled separators are collapsed.
    """
    path = raw.strip().strip("'\"`‘’").strip()
    if path[:1] == "â" and path[-1:] == "â":  # ‘x’ in UTF-8 read as Latin-1 (GNU rm on MSYS)
        path = path.strip("â\x80\x98\x99")
    path = path.rstrip(",;:}*'\"`’”")
    if path.startswith("«") or (path.endswith("»") and "«" not in path):
        path = path.strip("«»")  # PackageManagement quotes with guillemets: «https://x»
    if "”" in path and "“" not in path:  # .NET in Chinese: '文件“C:\x\a.exe”正由另一进程使用'
        path = path.split("”", 1)[0]
    escaped = _ESCAPED_NEWLINE.search(path) if path[:1] == "/" and "\\n" in path else None
    if escaped:  # a POSIX path in a JSON string: "/x/y\nE: Unable to lock ..."
        path = path[: escaped.start()]
    call = _CALL_SUFFIX.search(path)
    if call:  # apt's "Could not open lock file /x/lock - open (13: Permission denied)"
        path = path[: call.start()]
    if path.endswith("\\") and not path.endswith("\\\\") and len(path) > 3:
        path = path[:-1]  # a stray escape before the closing quote, or a folder's "C:\x\"
    if path.endswith("]") and "[" not in path:
        path = path.rstrip("]")
    while path[:1] in ("(", "[", "{", "*") and _CLOSER.get(path[0], "") not in path:
        path = path[1:]
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


_PAREN_PATH = re.compile(r"\(([A-Za-z]:[\\/][^()\n]{0,600}|/[^()\n]{1,600})\)")
_BARE_PATH = re.compile(r"(?<![\w:/.\\])(/[\w.@+~-]{1,200}(?:/[\w.@+~-]{1,200}){0,40}/?)")
_BARE_WIN_PATH = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z]:\\[^\s'\"`,;()<>|*?]{1,600})")
# A relative path with a folder and a file name: "Assets/Plugins/x.aar", "bin\\tool.exe",
# "lib\\porcupine-0.0.4.jar" (a version's dots inside the name)
_RELATIVE_FILE = re.compile(
    r"(?<![\w/\\.:-])((?:[\w.@+-]{1,200}[\\/]){1,40}[\w@+-][\w.@+-]{0,199}?\.[A-Za-z0-9]{1,12})"
    r"(?![\w/\\]|\.[A-Za-z0-9])"
)
_COMPILER_PATH = re.compile(
    r"\s{0,20}([^\s:()]{1,600}?)(?::\d{1,7}:\d{1,7}\s{1,3}-\s{1,3}|\(\d{1,7},\d{1,7}\):\s{1,3})error"
)
_LINE_NUMBER = re.compile(r":\d{1,7}(?::\d{1,7})?$")


_PROTOCOL_VERSION = re.compile(r"(?:HTTP|HTTPS|SPDY)/\d(?:\.\d)?$", re.IGNORECASE)  # "HTTP/1.1 407"
# Java's socket address, "/10.1.0.143:43288", "repo.eclipse.org/198.41.30.199:443" (its
# InetSocketAddress' toString, with the host name when it is known): a peer, not a path
_SOCKET_ADDRESS = re.compile(
    r"(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10})?/\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?$"
)


def generic_paths(line: str, cond: str | None) -> list[str]:
    """Paths in a line that ties none to an operation: a compiler's file, a path in parentheses,
    or bare absolute paths (used only for the deciding line, never borrowed)."""
    if cond == DIAG:
        match = _COMPILER_PATH.match(line)
        return [clean_path(match.group(1))] if match else []
    found = [clean_path(m.group(1)) for m in first_matches(_PAREN_PATH, line)]
    if not found:
        found = [clean_path(m.group(1)) for m in first_matches(_BARE_WIN_PATH, line)]
        found += [clean_path(m.group(1)) for m in first_matches(_BARE_PATH, line)]
    if not found:
        found = [clean_path(m.group(1)) for m in first_matches(_RELATIVE_FILE, line)]
    return [
        path
        for path in dict.fromkeys(found)  # once each: a message may name its file twice
        if path
        and not _LINE_NUMBER.search(path)
        and not _PROTOCOL_VERSION.match(path)
        and not _SOCKET_ADDRESS.match(path)
    ][:2]


_QUOTED_ABSOLUTE = re.compile(
    r"\"((?:[A-Za-z]:[\\/]|/)[^\"\n]{1,600})\"|'((?:[A-Za-z]:[\\/]|/)[^'\n]{1,600})'"
)


def widened_to_quotes(line: str, paths: list[str]) -> list[str]:
    """``paths`` with each one a space cut short replaced by the quoted path it begins or ends
    (Emacs: ``(file-error "Renaming" ... "c:/Users/A B/init.elc")``; .NET in Chinese:
    ``文件"E:\\x\\a- b.jar"正由另一进程使用``): quotes bound a path where spaces do not."""
    if not paths or ('"' not in line and "'" not in line):
        return paths
    quoted = [match for match in first_matches(_QUOTED_ABSOLUTE, line) if " " in match.group(0)]
    spaced = [clean_path(match.group(1) or match.group(2)) for match in quoted]
    # what the line says outside those quotes: a path it names there too is whole as it is
    # ("'/app/bin/tool' while running "/app/bin/tool --version"")
    outside = clean_path("".join(_between(line, quoted)))
    widened: list[str] = []
    for path in paths:
        if " " not in path:
            path = next(
                (
                    whole
                    for whole in spaced
                    if _cut_at_a_space(path, whole) and path not in outside.replace(whole, "")
                ),
                path,
            )
        if path not in widened:
            widened.append(path)
    return widened


# The rest of a line after a Windows path that a space cut short, when it is more of that path: a
# few words (a user's name, "Files (x86)"; not "to", "used by": a sentence), then folders (none a
# file name and a space: "a.dll ..\\b" is a second path), the last part without a space, and no
# quote, colon or second drive (not "C:\\x\\a b\\c is locked by another process")
_REST_OF_A_PATH = re.compile(
    r"(?! (?:to|into|and|or|from|by|used|while|see|in|of|for|with|because|is|was|as|at|on)\b)"
    r"(?: [^\s\\'\"`:<>|*?]{1,100}){1,3}"
    r"\\(?:(?![^\\\n]{0,200}\.\w{1,5} )[^\\'\"`:<>|*?\n]{1,200}\\){0,40}"
    r"[^\s\\'\"`:<>|*?]{0,200}"
)


_FILE_NAME_END = re.compile(r"\.[A-Za-z0-9]{1,8}$")  # a file's name: the path is whole


def widened_to_line_end(line: str, paths: list[str]) -> list[str]:
    """``paths`` with a Windows path that a space cut short joined to the rest of the line when
    the rest is more of it (Gradle's "Unable to delete file: C:\\Program Files (x86)\\x\\a.jar",
    "waiting for exclusive access to file: C:\\Users\\A B\\.gradle\\x.zip"): an unquoted path
    that ends its line ends where the line does."""
    widened: list[str] = []
    for path in paths:
        cut = " " not in path and DRIVE.match(path) and not _FILE_NAME_END.search(path)
        at = line.rfind(path) if cut else -1
        rest = line[at + len(path) :].rstrip(" .") if at >= 0 else ""
        if rest and _REST_OF_A_PATH.fullmatch(rest):
            path = clean_path(path + rest)
        if path not in widened:
            widened.append(path)
    return widened


def _between(line: str, matches: list[re.Match[str]]) -> list[str]:
    """The parts of ``line`` outside ``matches``."""
    parts, start = [], 0
    for match in matches:
        parts.append(line[start : match.start()])
        start = match.end()
    return [*parts, line[start:]]


def _cut_at_a_space(path: str, whole: str) -> bool:
    """Whether ``path`` is ``whole`` cut at a space, the rest a path's too (not a reason in
    parentheses after it, not "x: Is a directory")."""
    if whole.startswith(path + " "):
        rest = whole[len(path) + 1 :]
    elif whole.endswith(" " + path):
        rest = whole[: -len(path) - 1]
    else:
        return False
    return not rest.startswith("(") and ": " not in rest


def drive_at(text: str, pos: int) -> bool:
    """Whether a drive letter path (``C:\\`` or ``C:/``) starts at ``pos``."""
    return (
        text[pos : pos + 1].isalpha()
        and text[pos + 1 : pos + 3] in (":\\", ":/")
        and (pos == 0 or not text[pos - 1].isalnum())
    )


# --- hotspots -------------------------------------------------------------------------------

_TEMP_ROOT = re.compile(
    r"^(?:[A-Za-z]:/Users/[^/]{1,200}/AppData/Local/Temp|[A-Za-z]:/Windows/Temp|[A-Za-z]:/te?mp"
    r"|(?:/private)?/var/folders/[^/]{1,200}/[^/]{1,200}/T|/private/tmp|/var/tmp|/tmp|/dev/shm"
    r"|(?:[A-Za-z]:)?/(?:home/runner/work|a)/_temp)(?:/|$)",
    re.IGNORECASE,
)
_RUN_DIR = re.compile(
    r"pytest-of-.{1,200}|pytest-\d{1,9}|pytest-current|popen-gw\d{1,5}|tmp[\w-]{5,40}"
    r"|\.tmp\w{5,40}|go-build\d{1,30}|cargo-install\w{1,40}"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TMP_SUFFIX = re.compile(r"\.tmp(?:[-_.]?\d[\w-]{0,60}|-[\w-]{1,60}|[A-Za-z0-9]{6}(?=/|$))")
_HEX_RUN = re.compile(r"(?<![0-9A-Za-z])(?=[a-fA-F]{0,63}\d)[0-9a-fA-F]{8,64}(?![0-9A-Za-z])")
_DIGIT_RUN = re.compile(r"\d{5,}")
_DRIVE_KEY = re.compile(r"[A-Za-z]:/")
_STARS = re.compile(r"\*{2,}")


def hotspot_key(path: str) -> str:
    """The locked file with its volatile parts normalised, so samples group by the file.

    ``/`` separators; a temp-directory prefix (and the run-specific folders right under it:
    pytest's ``pytest-of-<user>/pytest-<N>/<test>0``, ``tmpab12cd``) becomes ``<tmp>``;
    ``.tmp43516`` / ``.tmp-1234-abcd`` become ``.tmp*``; UUIDs, long hex run-ids and numbers of
    five digits or more (pids, timestamps, hashes) become ``*``. The meaningful tail stays.
    """
    key = clean_path(path).replace("\\", "/")
    if _DRIVE_KEY.match(key):
        key = key[0].lower() + key[1:]
    root = _TEMP_ROOT.match(key)
    if root:
        parts = key[root.end() :].split("/")
        dropped_pytest = False
        while len(parts) > 1 and _RUN_DIR.fullmatch(parts[0]):
            dropped_pytest = dropped_pytest or parts[0].startswith("pytest-")
            parts.pop(0)
        if dropped_pytest and len(parts) > 1 and parts[0][-1:].isdigit():
            parts.pop(0)
        key = "/".join(["<tmp>", *parts])
    key = _UUID.sub("*", key)
    key = _TMP_SUFFIX.sub(".tmp*", key)
    key = _HEX_RUN.sub("*", key)
    key = _DIGIT_RUN.sub("*", key)
    return _STARS.sub("*", key)


def lock_target(failure: Failure) -> str | None:
    """The path that was held, for grouping lock failures by file; None when there is none.

    For a rename, copy or link-over it is the **destination**: the source is a fresh temporary
    file only the failing process knows about (``x.dll.node.tmp43516``), while the destination is
    the file a dev server, an antivirus or an editor has open, which is why Windows refuses to
    replace it. For a delete it is the one path given. For ``text_busy`` it is the executable
    (the last path: ``copying a.out: open main: text file busy`` is about ``main``). Classes that
    are not about a held file (network, timeout, ...) give None; user classes follow the
    operation.
    """
    if not failure.paths or (failure.kind in KINDS and failure.kind not in LOCK_KINDS):
        return None
    if failure.kind in ("rename_lock", "text_busy") or failure.operation in RENAMING:
        return failure.paths[-1]
    return failure.paths[0]
