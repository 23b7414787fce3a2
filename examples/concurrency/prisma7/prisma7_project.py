"""The Prisma 7 project: where things are, how to run ``prisma generate`` offline, what it makes.

Prisma 7's ``prisma-client`` generator writes plain TypeScript files into the schema's ``output``
folder (``generated/``) and copies no query engine, so ``prisma generate`` needs no engine at all.
The CLI still looks for the schema engine before generating, and downloads it when it is missing;
``PRISMA_SCHEMA_ENGINE_BINARY`` pointing at any existing file stops that (ours refuses to run, so
a command that did need it would fail loudly). With ``CHECKPOINT_DISABLE=1`` (no update check,
no detached child) and ``PRISMA_HIDE_UPDATE_MESSAGE=1`` the command runs without any network
(checked under ``unshare -n``).

Standard library only; shared by the example's test, its conftest and the project's tests.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"
PRISMA_CLI = NODE_MODULES / "prisma" / "build" / "index.js"
#: Tools keep their caches under node_modules/.cache; npm ci removes it with the rest.
WORK_DIR = NODE_MODULES / ".cache" / "genreliability-example"
OUTPUT = "generated"
INSTALL_HINT = "run npm ci --prefix examples/concurrency/prisma7"
#: What a complete client holds: one file per model, plus the client's own modules.
MODELS = ("User", "Profile", "Post", "Tag", "TagOnPost")
CLIENT_FILES = frozenset(
    {
        "browser.ts",
        "client.ts",
        "commonInputTypes.ts",
        "enums.ts",
        "models.ts",
        "internal/class.ts",
        "internal/prismaNamespace.ts",
        "internal/prismaNamespaceBrowser.ts",
        *(f"models/{model}.ts" for model in MODELS),
    }
)
INCOMPLETE_CLIENT = "every copy passed, but the generated client is incomplete:"


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
        return "node not found on PATH: install Node.js 20.19 or later"
    wanted = pinned_version()
    for package in ("prisma", "@prisma/client"):
        found = installed_version(package)
        if found is None:
            return f"npm packages not installed: {INSTALL_HINT}"
        if found != wanted:
            return f"{package} {found} is installed, package.json pins {wanted}: {INSTALL_HINT}"
    return None


def offline_env() -> dict[str, str]:
    """Create the stand-in schema engine (once); return the variables that keep Prisma offline."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    schema_engine = WORK_DIR / "schema-engine"
    if not schema_engine.is_file():
        scratch = schema_engine.with_name(f"schema-engine.partial{os.getpid()}")
        scratch.write_text(
            "#!/bin/sh\necho 'stand-in schema engine: not for running' >&2\nexit 1\n"
        )
        scratch.chmod(scratch.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP)
        os.replace(scratch, schema_engine)
    return {
        "PRISMA_SCHEMA_ENGINE_BINARY": str(schema_engine),
        "CHECKPOINT_DISABLE": "1",
        "PRISMA_HIDE_UPDATE_MESSAGE": "1",
    }


def fresh_project(dest: Path) -> Path:
    """A project at ``dest`` with its own schema and no ``generated/``, sharing the packages.

    ``node_modules`` is a symlink to the example's (300 MB is too much to copy per sample); the
    generator writes only under ``generated/``, so the samples stay independent.
    """
    (dest / "prisma").mkdir(parents=True)
    shutil.copy2(HERE / "package.json", dest / "package.json")
    shutil.copy2(HERE / "prisma" / "schema.prisma", dest / "prisma" / "schema.prisma")
    (dest / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    return dest


def generate_command() -> list[str]:
    return [shutil.which("node") or "node", str(PRISMA_CLI), "generate"]


def client_problems(project: Path) -> list[str]:
    """What is wrong with ``project/generated``: files missing, empty or not expected."""
    output = project / OUTPUT
    if not output.is_dir():
        return [f"no {OUTPUT}/ folder"]
    found = {p.relative_to(output).as_posix() for p in output.rglob("*") if p.is_file()}
    problems = [f"missing {name}" for name in sorted(CLIENT_FILES - found)]
    problems += [f"unexpected {name}" for name in sorted(found - CLIENT_FILES)]
    problems += [
        f"empty {name}"
        for name in sorted(found & CLIENT_FILES)
        if (output / name).stat().st_size == 0
    ]
    return problems


_RACE = re.compile(
    r"(?P<code>ENOENT|EEXIST|ENOTEMPTY|EISDIR|ENOTDIR)\b.*|"
    r".*exists and is not empty but doesn't look like a generated Prisma Client.*"
)
_QUOTED = re.compile(r"'([^']+)'")


def classify_generate_failure(output: str) -> dict[str, Any] | None:
    """The example's own failure class for a failed sample's output, or ``None``.

    ``shared_output_dir``: a file or folder under ``generated/`` vanished or appeared under a copy
    (ENOENT, EEXIST, ENOTEMPTY ...), or the generator refused a folder another copy had just half
    written ("exists and is not empty but doesn't look like a generated Prisma Client"). Each
    sample starts without ``generated/``, so only another copy can have caused it.
    ``incomplete_client``: every copy passed, but the client check found files missing.
    """
    for line in output.splitlines():
        if INCOMPLETE_CLIENT in line:
            return {"class": "incomplete_client", "excerpt": line.strip()}
    for line in output.splitlines():
        race = _RACE.search(line)
        if race is None:
            continue
        return {
            "class": "shared_output_dir",
            "errno": race.group("code"),
            "paths": _QUOTED.findall(line)[:1],
            "excerpt": line.strip(),
        }
    return None
