"""The folder of saved runs: saving without overwriting, finding runs by name (core layer).

Each save writes a new file, ``<UTC timestamp>_<NAME>_<random hex>.json``; nothing is ever
overwritten, so two sessions saving the same NAME at once both keep their data. The file is
written to a temporary file first and then published under its final name with a primitive that
refuses to replace an existing file (a hard link, or an exclusive create where hard links are
unavailable), so a reader never sees a torn file.

Names and paths are told apart one way everywhere (:func:`.format.looks_like_path`): an argument
with a path separator or ending in ``.json`` is a file, anything else a run name; a name ending
in ``.json`` cannot be saved. Reading never modifies anything: a file that cannot be used is
listed with the reason and skipped, and never hides the other runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import metadata as _metadata
from .format import (
    FILE_NAME,
    LATEST,
    SCHEMA,
    STAMP_FORMAT,
    SavedRun,
    StorageError,
    check_name,
    looks_like_path,
    read_run,
)

DEFAULT_ROOT = Path(".genreliability")
#: Written into a storage folder this plugin creates, so version control leaves it alone.
GITIGNORE = "# Created by pytest-genreliability automatically.\n*\n"
_SAVE_ATTEMPTS = 100


def _token() -> str:
    return secrets.token_hex(4)


@dataclass(frozen=True)
class SavedRunInfo:
    """One line of :meth:`Storage.list`; ``error`` says why a file could not be read."""

    path: Path
    name: str | None
    saved_at: str | None
    subjects: int | None = None
    samples: int | None = None
    metadata: Mapping[str, Any] | None = None
    error: str | None = None

    @property
    def readable(self) -> bool:
        return self.error is None


def _publish(tmp: Path, root: Path, stamp: str, name: str) -> Path:
    """Give the written temporary file a final name that no other file has, without overwriting."""
    for _ in range(_SAVE_ATTEMPTS):
        target = root / f"{stamp}_{name}_{_token()}.json"
        try:
            os.link(tmp, target)
        except FileExistsError:
            continue
        except OSError:
            # No hard links on this file system: reserve the name with an exclusive create,
            # then move the complete file onto the reservation. A reader may see the empty
            # reservation for a moment (and report it unreadable), never a torn run.
            try:
                fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                continue
            os.close(fd)
            os.replace(tmp, target)
        return target
    raise StorageError(f"{root}: could not find a free file name for run {name!r}")


class Storage:
    """The saved runs in one folder (``.genreliability/`` by default)."""

    def __init__(self, root: str | os.PathLike[str] = DEFAULT_ROOT) -> None:
        self.root = Path(root)

    def _make_root(self) -> None:
        """Create the folder, and in a folder created here a ``.gitignore`` holding ``*``."""
        if self.root.is_dir():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        with (
            contextlib.suppress(FileExistsError),
            open(self.root / ".gitignore", "x", encoding="utf-8") as handle,
        ):
            handle.write(GITIGNORE)

    def check_writable(self) -> None:
        """Raise :class:`StorageError` unless a run could be saved here now.

        Called before the first sample runs, so that a store that cannot take the run is
        found before the measurement, not after it.
        """
        if self.root.exists() and not self.root.is_dir():
            raise StorageError(f"{self.root}: cannot save runs there: it is a file, not a folder")
        try:
            self._make_root()
            fd, tmp = tempfile.mkstemp(prefix=".check.", suffix=".tmp", dir=self.root)
        except OSError as exc:
            raise StorageError(
                f"{self.root}: cannot save runs there: {exc.strerror or exc}"
            ) from None
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)

    def save(self, name: str, document: Mapping[str, Any], *, metadata: Mapping[str, Any]) -> Path:
        """Save ``document`` as a new run named ``name``; return the new file's path."""
        check_name(name)
        if document.get("schema") != SCHEMA:
            raise ValueError(
                f"document must be a {SCHEMA!r} report document, got schema "
                f"{document.get('schema')!r}"
            )
        moment = _metadata.now()
        stored = dict(document)
        stored["metadata"] = {
            **dict(document.get("metadata") or {}),
            **dict(metadata),
            "name": name,
            "saved_at": moment.isoformat(timespec="microseconds"),
        }
        text = json.dumps(stored, indent=2) + "\n"
        try:
            self._make_root()
            fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.root)
        except OSError as exc:
            raise StorageError(f"{self.root}: cannot write a saved run: {exc}") from None
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            return _publish(tmp, self.root, moment.strftime(STAMP_FORMAT), name)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def _run_files(self) -> list[tuple[str, str, Path]]:
        """``(stamp, name, path)`` of the files this storage wrote, oldest first."""
        if not self.root.is_dir():
            return []
        found = []
        for path in self.root.iterdir():
            match = FILE_NAME.fullmatch(path.name)
            if match and path.is_file():
                found.append((match.group("stamp"), match.group("name"), path))
        found.sort(key=lambda item: (item[0], item[2].name))
        return found

    def load(self, name_or_path: str | os.PathLike[str]) -> SavedRun:
        """The most recent run saved as NAME, the most recent of all (``latest``), or a file."""
        if isinstance(name_or_path, os.PathLike) or looks_like_path(name_or_path):
            path = Path(name_or_path)
            if not path.is_file():
                raise StorageError(f"{path}: no such file")
            return read_run(path)
        if name_or_path != LATEST:
            check_name(name_or_path, "name_or_path")
        files = self._run_files()
        if not files:
            raise StorageError(f"{self.root}: no saved runs (save one with --gen-save=NAME)")
        if name_or_path == LATEST:
            _, name, path = files[-1]
            return read_run(path, name)
        matching = [(stamp, path) for stamp, name, path in files if name == name_or_path]
        if not matching:
            names = ", ".join(sorted({name for _, name, _ in files}))
            raise StorageError(
                f"{self.root}: no saved run named {name_or_path!r} (saved names: {names})"
            )
        return read_run(matching[-1][1], name_or_path)

    def list(self) -> list[SavedRunInfo]:
        """Every saved run, oldest first; unreadable files are listed with the reason."""
        infos = []
        for stamp, name, path in self._run_files():
            saved_at = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=timezone.utc)
            try:
                run = read_run(path, name)
            except StorageError as exc:
                infos.append(
                    SavedRunInfo(path, name, saved_at.isoformat(timespec="seconds"), error=str(exc))
                )
                continue
            infos.append(
                SavedRunInfo(
                    path=path,
                    name=name,
                    saved_at=saved_at.isoformat(timespec="seconds"),
                    subjects=len(run.results),
                    samples=sum(r.total for r in run.results),
                    metadata=run.metadata,
                )
            )
        return infos
