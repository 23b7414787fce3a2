"""Saved runs: one JSON report document per run in a storage folder (core layer, no pytest).

The package is split by job: :mod:`.format` (names, schema, validating reads), :mod:`.metadata`
(where a run ran), :mod:`.store` (the folder: save, find, list) and :mod:`.pooling` (runs of
several machines as one). Everything is importable from here as before.
"""

from __future__ import annotations

from .format import (
    LATEST,
    MAX_DEPTH,
    SCHEMA,
    SCHEMA_MAJOR,
    SCHEMA_NAME,
    SavedRun,
    StorageError,
    check_name,
    looks_like_path,
    read_run,
)
from .metadata import GIT_TIMEOUT_S, collect_metadata, git_commit, machine_hash
from .pooling import MachineCounts, PooledRuns, pool_runs
from .store import DEFAULT_ROOT, GITIGNORE, SavedRunInfo, Storage

__all__ = [
    "DEFAULT_ROOT",
    "GITIGNORE",
    "GIT_TIMEOUT_S",
    "LATEST",
    "MAX_DEPTH",
    "SCHEMA",
    "SCHEMA_MAJOR",
    "SCHEMA_NAME",
    "MachineCounts",
    "PooledRuns",
    "SavedRun",
    "SavedRunInfo",
    "Storage",
    "StorageError",
    "check_name",
    "collect_metadata",
    "git_commit",
    "looks_like_path",
    "machine_hash",
    "pool_runs",
    "read_run",
]
