"""The Windows Prisma example's last word at a session's end: `wine_project.stop_wine` kills a
process of its Wine prefix that outlived ``wineserver -k``, and nothing that is not Wine's.

No Wine is needed: a copy of ``sleep`` named like a Wine program, started with the prefix's
``WINEPREFIX``, stands for a straggler the server no longer knew. Linux only (``/proc``); these
tests share the example's xdist group, so no real Wine process of the prefix runs meanwhile.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "prisma-windows"

pytestmark = [
    pytest.mark.xdist_group("prisma-windows-example"),
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("sleep") is None,
        reason="the sweep reads /proc (Linux) and the stand-in is coreutils' sleep",
    ),
]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "prisma_windows_stop", EXAMPLE / "wine_project.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


wine_project = _load()


def _start(program: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(program), "300"],
        env={**os.environ, "WINEPREFIX": str(wine_project.PREFIX)},
        stdin=subprocess.DEVNULL,
    )


def _running(process: subprocess.Popen[bytes], program: Path) -> None:
    """Wait until ``process`` runs ``program`` (its exec done: the sweep reads the program)."""
    deadline = time.monotonic() + 10
    while os.readlink(f"/proc/{process.pid}/exe") != str(program):
        assert time.monotonic() < deadline, "the stand-in did not start"
        time.sleep(0.02)


def test_a_process_of_the_prefix_that_outlived_the_server_is_killed(tmp_path: Path) -> None:
    straggler = tmp_path / "wine64-preloader"
    shutil.copy(shutil.which("sleep") or "", straggler)
    process = _start(straggler)
    try:
        _running(process, straggler)
        assert process.pid in wine_project.prefix_processes()
        assert wine_project.stop_wine() >= 1
        assert process.wait(timeout=10) == -signal.SIGKILL
        assert process.pid not in wine_project.prefix_processes()
    finally:
        process.kill()
        process.wait()


def test_a_process_that_is_not_wines_is_left_alone(tmp_path: Path) -> None:
    bystander = tmp_path / "sleep"
    shutil.copy(shutil.which("sleep") or "", bystander)
    process = _start(bystander)  # the prefix's WINEPREFIX, but not a Wine program
    try:
        _running(process, bystander)
        assert process.pid not in wine_project.prefix_processes()
        wine_project.stop_wine()
        assert process.poll() is None
    finally:
        process.kill()
        process.wait()


def test_set_up_ends_its_programs_but_not_wines_services(tmp_path: Path) -> None:
    """`end_programs`, after the set-up's first generate: a program of the prefix still running
    is killed (a sample must not meet it at work), Wine's own services run on."""
    program = tmp_path / "wine64-preloader"
    shutil.copy(shutil.which("sleep") or "", program)
    service = tmp_path / "wine64"
    shutil.copy(shutil.which("sleep") or "", service)
    straggler = _start(program)
    services = subprocess.Popen(
        ["C:\\windows\\system32\\services.exe", "300"],  # as Wine names its own
        executable=service,
        env={**os.environ, "WINEPREFIX": str(wine_project.PREFIX)},
        stdin=subprocess.DEVNULL,
    )
    try:
        _running(straggler, program)
        _running(services, service)
        assert wine_project.end_programs(wait_s=0.2) == 1
        assert straggler.wait(timeout=10) == -signal.SIGKILL
        assert services.poll() is None
    finally:
        for process in (straggler, services):
            process.kill()
            process.wait()
