"""What a run records about where it ran (core layer, no pytest).

Kept apart from the file format so that the JSON report and a saved run carry the same facts,
collected by one function.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import subprocess
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from .. import __version__

#: Seconds allowed for ``git rev-parse HEAD``; metadata must never hang a test session.
GIT_TIMEOUT_S = 3.0
_GIT_COMMIT = re.compile(r"[0-9a-f]{40}(?:[0-9a-f]{24})?")


def now() -> datetime:
    return datetime.now(timezone.utc)


def machine_hash(node: str | None = None) -> str:
    """First 12 hex digits of SHA-256 of the machine name: tells machines apart, never names one."""
    name = platform.node() if node is None else node
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


def git_commit(cwd: str | os.PathLike[str] | None = None) -> str | None:
    """``git rev-parse HEAD`` in ``cwd``, or ``None`` without git, outside a repository, or slow."""
    try:
        completed = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = completed.stdout.strip()
    return commit if completed.returncode == 0 and _GIT_COMMIT.fullmatch(commit) else None


def collect_metadata(
    command: Sequence[str], *, cwd: str | os.PathLike[str] | None = None
) -> dict[str, Any]:
    """What a later reader needs to judge whether two runs are comparable."""
    return {
        "plugin_version": __version__,
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "os": platform.system(),
        "os_release": platform.release(),
        "architecture": platform.machine(),
        "machine_hash": machine_hash(),
        "git_commit": git_commit(cwd),
        "command": list(command),
        "timestamp": now().isoformat(timespec="seconds"),
    }
