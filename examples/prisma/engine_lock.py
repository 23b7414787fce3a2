"""Hold Prisma's engine file the way a dev server or an antivirus scanner does, and always let go.

``prisma generate`` (Prisma 6, library engine, Linux and Windows) copies the engine to
``<target>.tmp<pid>`` and renames that over ``<target>``. Each method below makes that rename fail
for real, in the kernel, with the error Node prints on Windows:

``chattr``
    Linux, with CAP_LINUX_IMMUTABLE (root), on a filesystem with the immutable attribute (ext4,
    xfs, btrfs): ``chattr +i <target>``. ``rename(2)`` onto it fails with ``EPERM``, Node prints
    ``EPERM: operation not permitted, rename '...' -> '...'``. The attribute outlives the process
    that set it, so :func:`release_all` runs in every teardown.
``bindmount``
    Linux, inside a private mount namespace (``unshare -m`` as root, ``unshare -rm`` as a user):
    ``mount --bind <target> <target>``. A mount point cannot be renamed over, so ``rename(2)``
    fails with ``EBUSY`` and Node prints ``EBUSY: resource busy or locked, rename ...``, the
    message Windows gives for a sharing violation. The mount dies with the namespace at the
    latest; :func:`release_all` unmounts it before that.
``windows``
    Windows: keep the target open with Python's ``open()``, which asks for
    ``FILE_SHARE_READ | FILE_SHARE_WRITE`` but not ``FILE_SHARE_DELETE``, as a process that loaded
    the engine does. ``MoveFileEx`` onto it fails with ERROR_ACCESS_DENIED, which Node reports as
    ``EPERM``: the motivating failure itself. The handle dies with its process.

There is no emulation here: where no method works, the example says why and does not run.
Standard library only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

METHODS = ("chattr", "bindmount", "windows")
ERRNO_OF_METHOD = {"chattr": "EPERM", "bindmount": "EBUSY", "windows": "EPERM"}


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True)


def unavailable_reason(method: str, directory: Path) -> str | None:
    """None when ``method`` makes a rename over a file in ``directory`` fail, else why not."""
    if method == "windows":
        return None if sys.platform == "win32" else "share-mode holds exist only on Windows"
    if not sys.platform.startswith("linux"):
        return f"{method} is a Linux method, this is {sys.platform}"
    if method == "chattr":
        if os.geteuid() != 0:
            return "not root: chattr +i needs CAP_LINUX_IMMUTABLE"
        if shutil.which("chattr") is None or shutil.which("lsattr") is None:
            return "no chattr/lsattr commands (package e2fsprogs)"
    elif method == "bindmount":
        if shutil.which("mount") is None or shutil.which("umount") is None:
            return "no mount/umount commands"
        namespace_problem = private_namespace_problem(directory)
        if namespace_problem is not None:
            return namespace_problem
    else:
        return f"unknown lock method {method!r}; choose auto or one of {', '.join(METHODS)}"
    return _probe(method, directory)


def _probe(method: str, directory: Path) -> str | None:
    """Hold a scratch file in ``directory`` and check that renaming over it fails as promised."""
    try:
        handle, scratch_name = tempfile.mkstemp(prefix=".lock-probe-", dir=directory)
    except OSError as exc:
        return f"cannot probe {directory}: {exc}"
    os.close(handle)
    scratch = Path(scratch_name)
    incoming = scratch.with_name(scratch.name + ".tmp0")
    try:
        incoming.write_bytes(b"")
        try:
            with hold(scratch, method):
                os.replace(incoming, scratch)
        except OSError as exc:
            expected = ERRNO_OF_METHOD[method]
            if exc.errno == getattr(errno, expected):
                return None
            return f"{method} on {directory}: expected {expected} from rename, got {exc}"
        return f"{method} on {directory}: the rename over a held file succeeded"
    finally:
        release_all(scratch)
        incoming.unlink(missing_ok=True)
        scratch.unlink(missing_ok=True)


def private_namespace_problem(directory: Path) -> str | None:
    """None when a mount made here stays in a mount namespace private to this process tree.

    A bind mount in the machine's own mount namespace would be visible to every process and
    survive us, so ``bindmount`` runs only where someone created a namespace for it: an ancestor
    process (the shell that ran ``unshare -m pytest``) lives in a different mount namespace, or
    we are in a user namespace (``unshare -rm``), whose mounts never propagate out. The mount
    holding ``directory`` must not be ``shared`` either, or mounts would propagate to its peers
    (``unshare`` makes everything private unless told otherwise).
    """
    own = _namespace_inode(os.getpid())
    if own is None:
        return "cannot read /proc/self/ns/mnt"
    private = _in_user_namespace()
    pid = os.getppid()
    while not private and pid > 1:
        theirs = _namespace_inode(pid)
        if theirs is None:
            break
        if theirs != own:
            private = True
        pid = _parent_of(pid)
    if not private:
        return (
            "not in a private mount namespace: run under `unshare -m` (root) or `unshare -rm`, "
            "so the bind mount stays inside it"
        )
    propagation = _mount_of(directory)
    if propagation is not None and "shared:" in propagation[1]:
        return (
            f"the mount at {propagation[0]} is shared, so a bind mount would propagate out: "
            "use `unshare -m` (private by default), not --propagation shared/unchanged"
        )
    return None


def _namespace_inode(pid: int) -> int | None:
    try:
        return os.stat(f"/proc/{pid}/ns/mnt").st_ino
    except OSError:
        return None


def _parent_of(pid: int) -> int:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    return int(stat.rsplit(")", 1)[1].split()[1])  # the fields after "(comm)": state, ppid


def _in_user_namespace() -> bool:
    try:
        uid_map = Path("/proc/self/uid_map").read_text().split()
    except OSError:
        return False
    return uid_map != ["0", "0", "4294967295"]


def _mountinfo() -> list[tuple[str, str]]:
    """``(mount point, optional fields)`` of every mount this process sees, in mount order."""
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        fields = line.split(" - ", 1)[0].split()
        if len(fields) >= 6:
            point = _unescape(fields[4])
            mounts.append((point, " ".join(fields[6:])))
    return mounts


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash in paths as octal escapes."""
    for code in ("040", "011", "012", "134"):
        field = field.replace("\\" + code, chr(int(code, 8)))
    return field


def _mount_of(path: Path) -> tuple[str, str] | None:
    """The mount (point, optional fields) that ``path`` lies on: the longest matching point."""
    real = os.path.realpath(path)
    best: tuple[str, str] | None = None
    for point, optional in _mountinfo():
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, optional)
    return best


def pick_method(directory: Path) -> tuple[str | None, dict[str, str]]:
    """The first method that works for files in ``directory``, and why each earlier one did not."""
    problems: dict[str, str] = {}
    for method in METHODS:
        problem = unavailable_reason(method, directory)
        if problem is None:
            return method, problems
        problems[method] = problem
    return None, problems


def resolve_method(method: str, directory: Path) -> str:
    """Turn ``auto`` into a working method for ``directory``; raise ValueError saying why not."""
    if method == "auto":
        chosen, problems = pick_method(directory)
        if chosen is None:
            reasons = "; ".join(f"{name}: {why}" for name, why in problems.items())
            raise ValueError(f"no way to hold a file in {directory} here ({reasons})")
        return chosen
    problem = unavailable_reason(method, directory)
    if problem is not None:
        raise ValueError(f"lock method {method}: {problem}")
    return method


@contextlib.contextmanager
def hold(target: str | os.PathLike[str], method: str) -> Iterator[None]:
    """Hold ``target`` with an already resolved ``method`` for the duration of the block."""
    path = os.fspath(target)
    if method == "chattr":
        _must(_run("chattr", "+i", path), "chattr +i")
        try:
            yield
        finally:
            _run("chattr", "-i", path)
    elif method == "bindmount":
        _must(_run("mount", "--bind", path, path), "mount --bind")
        try:
            yield
        finally:
            _run("umount", path)
    elif method == "windows":
        with open(path, "rb"):
            yield
    else:
        raise ValueError(f"unknown lock method {method!r}")


def _must(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        raise OSError(f"{what} failed: {(result.stderr or result.stdout).strip()}")


def is_immutable(target: str | os.PathLike[str]) -> bool:
    """True when ``lsattr`` shows the immutable attribute on ``target``."""
    if shutil.which("lsattr") is None or not os.path.lexists(target):
        return False
    listing = _run("lsattr", "-d", os.fspath(target))
    return listing.returncode == 0 and "i" in listing.stdout.split(maxsplit=1)[0]


def is_mount_point(target: str | os.PathLike[str]) -> bool:
    """True when something is mounted on ``target`` (as this process's namespace sees it)."""
    real = os.path.realpath(target)
    return any(point == real for point, _ in _mountinfo())


def leftovers(target: str | os.PathLike[str]) -> list[str]:
    """What still holds ``target`` after its holder is gone: ``immutable``, ``mounted``."""
    found = []
    if is_immutable(target):
        found.append("immutable")
    if is_mount_point(target):
        found.append("mounted")
    return found


def release_all(target: str | os.PathLike[str]) -> None:
    """Undo every hold on ``target`` that can outlive its holder; safe to call any number of times.

    ``chattr +i`` and a bind mount survive a holder killed with SIGKILL (which skips its
    ``finally`` blocks); a Windows handle closes with its process. Stacked mounts (two holders
    on one file) are unmounted one by one.
    """
    path = os.fspath(target)
    if is_immutable(path):
        _must(_run("chattr", "-i", path), "chattr -i")
    for _ in range(64):
        if not is_mount_point(path):
            break
        _must(_run("umount", path), "umount")


def describe(method: str) -> str:
    what = {
        "chattr": "chattr +i on the engine: rename gets a genuine EPERM",
        "bindmount": "bind mount over the engine: rename gets a genuine EBUSY",
        "windows": "engine open without FILE_SHARE_DELETE: rename gets a genuine EPERM",
    }
    return f"{method} ({what[method]})"
