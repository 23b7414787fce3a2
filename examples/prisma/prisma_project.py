"""The example's Prisma project: where things are, and how to run ``prisma generate`` offline.

Prisma 6's ``prisma generate`` needs two engines. Normally it downloads them from
binaries.prisma.sh the first time; here both come from environment variables instead:

``PRISMA_QUERY_ENGINE_LIBRARY``
    The query engine library. ``generate`` never loads it: it only copies it into the client
    (``node_modules/.prisma/client/<its file name>``) by writing ``<target>.tmp<pid>`` and renaming
    that over ``<target>``, the step that fails on Windows. A stand-in file with the real engine's
    name is enough, so the failure, the paths and the litter are those of a real project.
``PRISMA_SCHEMA_ENGINE_BINARY``
    The schema engine. ``generate`` does not run it (migrations do), but without it the CLI tries to
    download it and fails offline. Any existing file will do; ours refuses to run, so a command
    that did need it would fail loudly instead of pretending.
``CHECKPOINT_DISABLE=1``
    Without it every run starts a detached child that asks checkpoint.prisma.io for updates:
    network traffic, and a process that outlives the sample.
``PRISMA_HIDE_UPDATE_MESSAGE=1``
    No "update available" box in the output (the same output run after run).

``PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING`` is not needed: with both engines given, no engine and no
checksum is downloaded (checked under ``unshare -n``, without any network).

Usage: ``python prisma_project.py env`` creates the stand-ins and prints the variables as shell
``export`` lines (PowerShell ``$env:`` lines on Windows); ``python prisma_project.py check`` says
whether the project can run here.
Standard library only.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"
PRISMA_CLI = NODE_MODULES / "prisma" / "build" / "index.js"
SAFE_GENERATE = HERE / "safe-generate.js"
#: Tools keep their caches under node_modules/.cache; npm ci removes it with the rest.
WORK_DIR = NODE_MODULES / ".cache" / "genreliability-example"
STAND_IN_SIZE = 1024 * 1024
INSTALL_HINT = "run npm ci --prefix examples/prisma"


def engine_file_name() -> str:
    """The name Prisma gives the query engine library on this platform (Debian/Ubuntu on Linux)."""
    if sys.platform == "win32":
        return "query_engine-windows.dll.node"
    if sys.platform == "darwin":
        return "libquery_engine-darwin.dylib.node"
    return "libquery_engine-debian-openssl-3.0.x.so.node"


def engine_target() -> Path:
    """The engine in the generated client: the file a dev server loads and a scanner opens."""
    return NODE_MODULES / ".prisma" / "client" / engine_file_name()


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
    """None when node and the pinned npm packages are here, else what is missing and what to do."""
    if shutil.which("node") is None:
        return "node not found on PATH: install Node.js 18.18 or later"
    wanted = pinned_version()
    for package in ("prisma", "@prisma/client"):
        found = installed_version(package)
        if found is None:
            return f"npm packages not installed: {INSTALL_HINT}"
        if found != wanted:
            return f"{package} {found} is installed, package.json pins {wanted}: {INSTALL_HINT}"
    return None


def prepare_offline_engines() -> dict[str, str]:
    """Create the stand-in engines (once) and return the environment that runs Prisma offline."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    library = WORK_DIR / engine_file_name()
    if not library.is_file() or library.stat().st_size != STAND_IN_SIZE:
        head = b"stand-in query engine: prisma generate copies this file, nothing loads it\n"
        _write_atomically(library, head.ljust(STAND_IN_SIZE, b"\0"))
    schema_engine = WORK_DIR / ("schema-engine.exe" if sys.platform == "win32" else "schema-engine")
    if not schema_engine.is_file():
        script = "#!/bin/sh\necho 'stand-in schema engine: not for running' >&2\nexit 1\n"
        _write_atomically(schema_engine, script.encode())
        schema_engine.chmod(schema_engine.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP)
    return {
        "PRISMA_QUERY_ENGINE_LIBRARY": str(library),
        "PRISMA_SCHEMA_ENGINE_BINARY": str(schema_engine),
        "CHECKPOINT_DISABLE": "1",
        "PRISMA_HIDE_UPDATE_MESSAGE": "1",
    }


def _write_atomically(path: Path, data: bytes) -> None:
    scratch = path.with_name(f"{path.name}.partial{os.getpid()}")
    scratch.write_bytes(data)
    os.replace(scratch, path)


def command(arm: str) -> list[str]:
    """The command of an arm: ``direct`` is plain ``prisma generate``, ``safe`` the wrapper."""
    node = shutil.which("node") or "node"
    if arm == "direct":
        return [node, str(PRISMA_CLI), "generate"]
    if arm == "safe":
        return [node, str(SAFE_GENERATE)]
    raise ValueError(f"unknown arm {arm!r}: direct or safe")


def main(argv: list[str]) -> int:
    if argv == ["check"]:
        problem = missing_requirement()
        print(problem or f"ready: prisma {pinned_version()}, engine target {engine_target()}")
        return 1 if problem else 0
    if argv == ["env"]:
        line = "$env:{0} = '{1}'" if sys.platform == "win32" else "export {0}='{1}'"
        for name, value in prepare_offline_engines().items():
            print(line.format(name, value))
        return 0
    print("usage: python prisma_project.py {check|env}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
