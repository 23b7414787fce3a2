"""The Windows Prisma example's last word at a session's end: after ``wineserver -k``,
`wine_project.end_stragglers` kills a process of the Wine prefix still running, and nothing that is
not Wine's; after the set-up, `wine_project.end_programs` ends its programs, not Wine's services.

No Wine is needed: a copy of ``sleep`` named like a Wine program, started with a prefix's
``WINEPREFIX``, stands for a straggler the server no longer knew. The prefix is one of the test's
own, so the example's real Wine processes (another worker may be running the example) are never
touched. Linux only (``/proc``).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest
from example_modules import load_example_module

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "prisma-windows"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("sleep") is None,
    reason="the sweep reads /proc (Linux) and the stand-in is coreutils' sleep",
)


def _load() -> ModuleType:
    return load_example_module(EXAMPLE / "wine_project.py", "prisma_windows_stop")


wine_project = _load()


def _start(program: Path, prefix: Path, argv0: str | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [argv0 or str(program), "300"],
        executable=program,
        env={**os.environ, "WINEPREFIX": str(prefix)},
        stdin=subprocess.DEVNULL,
    )


def _running(process: subprocess.Popen[bytes], program: Path) -> None:
    """Wait until ``process`` runs ``program`` with its environment in place: the sweep reads
    both, and during an exec ``/proc/<pid>/exe`` names the new program before
    ``/proc/<pid>/environ`` has the new environment (it reads empty for that moment)."""
    deadline = time.monotonic() + 10
    proc = Path(f"/proc/{process.pid}")
    while not (
        os.readlink(proc / "exe") == str(program)
        and b"WINEPREFIX=" in (proc / "environ").read_bytes()
    ):
        assert time.monotonic() < deadline, "the stand-in did not start"
        time.sleep(0.02)


def test_a_process_of_the_prefix_still_running_is_killed(tmp_path: Path) -> None:
    prefix = tmp_path / "wineprefix"
    straggler = tmp_path / "wine64-preloader"
    shutil.copy(shutil.which("sleep") or "", straggler)
    process = _start(straggler, prefix)
    try:
        _running(process, straggler)
        assert wine_project.prefix_processes(prefix) == [process.pid]
        assert wine_project.end_stragglers(prefix) == 1
        assert process.wait(timeout=10) == -signal.SIGKILL
        assert wine_project.prefix_processes(prefix) == []
    finally:
        process.kill()
        process.wait()


def test_a_process_that_is_not_wines_is_left_alone(tmp_path: Path) -> None:
    prefix = tmp_path / "wineprefix"
    bystander = tmp_path / "sleep"
    shutil.copy(shutil.which("sleep") or "", bystander)
    process = _start(bystander, prefix)  # the prefix's WINEPREFIX, but not a Wine program
    try:
        _running(process, bystander)
        assert wine_project.prefix_processes(prefix) == []
        assert wine_project.end_stragglers(prefix) == 0
        assert process.poll() is None
    finally:
        process.kill()
        process.wait()


def test_set_up_ends_its_programs_but_not_wines_services(tmp_path: Path) -> None:
    """`end_programs`, after the set-up's first generate: a program of the prefix still running
    is killed (a sample must not meet it at work), Wine's own services run on."""
    prefix = tmp_path / "wineprefix"
    program = tmp_path / "wine64-preloader"
    shutil.copy(shutil.which("sleep") or "", program)
    service = tmp_path / "wine64"
    shutil.copy(shutil.which("sleep") or "", service)
    straggler = _start(program, prefix)
    services = _start(service, prefix, argv0="C:\\windows\\system32\\services.exe")
    try:
        _running(straggler, program)
        _running(services, service)
        assert wine_project.end_programs(wait_s=0.2, prefix=prefix) == 1
        assert straggler.wait(timeout=10) == -signal.SIGKILL
        assert services.poll() is None
    finally:
        for process in (straggler, services):
            process.kill()
            process.wait()
