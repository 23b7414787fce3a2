"""The Windows Prisma example end to end under Wine: Windows ``node.exe``, real ``prisma generate``,
a dev server that loads the engine, and the rename Windows semantics refuse with ``EPERM``.

Inner pytest sessions run ``examples/prisma-windows`` itself with the dev server scheduled by sample
index (``PRISMA_WINDOWS_HOLD_SAMPLES``), so the direct arm fails exactly in the held samples and the
safe wrapper's first retry succeeds. Another test interrupts a session (SIGINT, as Ctrl-C) while the
dev server holds the engine and checks that no Wine process of the example is left.

The two tests may run at once, on two pytest-xdist workers: their sessions take turns on the one
prefix (the example's session lock), so one test's check may come while the other's session has
started Wine. Each looks only at the Wine processes its own session started: every one inherits
the session's ``GENRELIABILITY_TEST_SESSION`` (Wine passes the environment on to its services).

Requirements, each skipped with its reason when absent: Linux, Wine (``apt-get install wine``),
``x86_64-w64-mingw32-gcc`` (``apt-get install gcc-mingw-w64-x86-64``) and the example's npm packages
(``npm ci --prefix examples/prisma-windows --os=win32 --cpu=x64 --ignore-scripts``).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from example_modules import load_example_module
from terminal import PYTEST_AS_FROM_A_TERMINAL

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "prisma-windows"


def _load(name: str) -> ModuleType:
    return load_example_module(EXAMPLE / f"{name}.py", f"prisma_windows_{name}")


wine_project = _load("wine_project")
PROBLEM = wine_project.missing_requirement()

# One Wine prefix and one engine file: these tests run one after another on one worker.
pytestmark = [
    pytest.mark.xdist_group("prisma-windows-example"),
    pytest.mark.skipif(PROBLEM is not None, reason=f"prisma-windows example: {PROBLEM}"),
]
RENAME = re.compile(
    r"EPERM: operation not permitted, rename "
    r"'Z:\\[^']*\\node_modules\\\.prisma\\client\\query_engine-windows\.dll\.node\.tmp\d+' -> "
    r"'Z:\\[^']*\\node_modules\\\.prisma\\client\\query_engine-windows\.dll\.node'"
)


def _inner_env(session: str, **overrides: str) -> dict[str, str]:
    """The inner session's environment, marked with ``session`` (see the module's doc)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRISMA_WINDOWS_")}
    env.pop("PYTEST_ADDOPTS", None)
    env.update(overrides, GENRELIABILITY_TEST_SESSION=session)
    return env


def _command(workdir: Path, samples: int) -> list[str]:
    return [
        sys.executable,
        "-c",
        PYTEST_AS_FROM_A_TERMINAL,  # Ctrl-C raises even where the suite started with it ignored
        str(EXAMPLE),
        f"--gen-samples={samples}",
        f"--gen-json={workdir / 'report.json'}",
        f"--basetemp={workdir / 'basetemp'}",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:randomly",
        "-v",  # each failed sample's whole output, not its one-line summary
    ]


def _wine_processes(session: str) -> list[str]:
    """Processes of the example's Wine prefix that ``session`` started (by the WINEPREFIX and the
    session's mark in their environment)."""
    prefix = f"WINEPREFIX={wine_project.PREFIX}\0".encode()
    mark = f"GENRELIABILITY_TEST_SESSION={session}\0".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or entry.name == str(os.getpid()):
            continue
        try:
            environ = (entry / "environ").read_bytes()
            if prefix in environ and mark in environ:
                found.append(f"{entry.name}: {(entry / 'cmdline').read_bytes()!r}")
        except OSError:
            continue
    return found


def _no_wine_left(session: str, within_s: float = 10.0) -> list[str]:
    deadline = time.monotonic() + within_s
    while (left := _wine_processes(session)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def test_direct_fails_exactly_when_held_and_safe_recovers(tmp_path: Path) -> None:
    mark = uuid.uuid4().hex
    samples, held = 4, {2, 3}
    result = subprocess.run(
        _command(tmp_path, samples),
        cwd=tmp_path,
        env=_inner_env(mark, PRISMA_WINDOWS_HOLD_SAMPLES="2,3"),
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = result.stdout
    assert result.returncode == 0, output + result.stderr
    document: dict[str, Any] = json.loads((tmp_path / "report.json").read_text())
    subjects = {s["arm"]: s for s in document["subjects"]}
    direct, safe = subjects["direct"], subjects["safe"]
    assert (direct["passed"], direct["failed"]) == (samples - len(held), len(held))
    assert (safe["passed"], safe["failed"]) == (samples, 0)
    failed = {r["index"]: r for r in direct["records"] if r["outcome"] == "failed"}
    assert set(failed) == held
    for record in failed.values():
        assert (record["class"], record["errno"], record["operation"]) == (
            "rename_lock",
            "EPERM",
            "rename",
        )
        assert RENAME.search(record["excerpt"]), record["excerpt"]
    # The terminal report: the Windows failure, the hotspot, the residue and the verdict.
    assert RENAME.search(output)
    assert re.search(r"query_engine-windows\.dll\.node +rename +EPERM +2", output), output
    assert "2 copies left in node_modules/.prisma/client by failed renames" in output
    [comparison] = document["comparisons"]
    assert re.search(rf"safe vs direct: {comparison['verdict']} \(", output)
    assert _no_wine_left(mark) == []


def test_ctrl_c_while_the_dev_server_holds_leaves_no_wine_process(tmp_path: Path) -> None:
    mark = uuid.uuid4().hex
    session = subprocess.Popen(
        _command(tmp_path, 1),
        cwd=tmp_path,
        env=_inner_env(mark, PRISMA_WINDOWS_HOLD_SAMPLES="1"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log = tmp_path / "basetemp" / "dev-servers" / "direct-1.log"
    try:
        deadline = time.monotonic() + 300
        while not (log.is_file() and "holding" in log.read_text(errors="replace")):
            if session.poll() is not None:  # it ended before the hold: say why
                output, _ = session.communicate()
                pytest.fail(f"the session ended before any hold began:\n{output}")
            assert time.monotonic() < deadline, "no hold began"
            time.sleep(0.05)
        assert _wine_processes(mark) != []  # the dev server (and Wine's services) run now
        session.send_signal(signal.SIGINT)
        output, _ = session.communicate(timeout=120)
    finally:
        if session.poll() is None:
            session.kill()
            session.wait()
    assert "KeyboardInterrupt" in output, output
    left = _no_wine_left(mark)
    assert left == [], f"left running: {left}\nthe interrupted session printed:\n{output}"
