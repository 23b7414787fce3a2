"""Saved runs: one JSON report document per run in a storage folder (core layer, no pytest).

A saved run is the JSON report document (schema ``genreliability/1``) with the run's metadata
(``name``, ``saved_at``, the environment from :func:`collect_metadata`). Each save writes a new
file, ``<UTC timestamp>_<NAME>_<random hex>.json``; nothing is ever overwritten, so two sessions
saving the same NAME at once both keep their data. The file is written to a temporary file first
and then published under its final name with a primitive that refuses to replace an existing
file (a hard link, or an exclusive create where hard links are unavailable), so a reader never
sees a torn file.

Reading never modifies anything: a corrupt or foreign file raises :class:`StorageError` naming
the file and the problem, and :meth:`Storage.list` reports it as unreadable.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import re
import secrets
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import __version__
from ..records import OUTCOMES, SampleRecord, SubjectResult, aggregate

DEFAULT_ROOT = Path(".genreliability")
SCHEMA_NAME = "genreliability"
SCHEMA_MAJOR = 1
SCHEMA = f"{SCHEMA_NAME}/{SCHEMA_MAJOR}"
LATEST = "latest"
#: Seconds allowed for ``git rev-parse HEAD``; metadata must never hang a test session.
GIT_TIMEOUT_S = 3.0

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,99}")
_FILE_NAME = re.compile(
    r"(?P<stamp>\d{8}T\d{6}\.\d{6}Z)_(?P<name>[A-Za-z0-9][A-Za-z0-9._+-]*)_(?P<token>[0-9a-f]{8})"
    r"\.json"
)
_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_SCHEMA_VALUE = re.compile(r"(?P<family>[^/]+)/(?P<major>\d+)(?:\.\d+)*")
_GIT_COMMIT = re.compile(r"[0-9a-f]{40}(?:[0-9a-f]{24})?")
_SAVE_ATTEMPTS = 100


class StorageError(Exception):
    """A saved run cannot be read or written; the message names the file and the problem."""


def check_name(name: object, argument: str = "name") -> str:
    """Accept run names that are safe as part of a file name on every platform.

    Letters, digits, ``.``, ``_``, ``+`` and ``-``; starting with a letter or digit; at most 100
    characters; no ``..``. ``latest`` is reserved: it means the most recent run of any name.
    """
    if not isinstance(name, str):
        raise ValueError(f"{argument} must be a string, got {name!r}")
    if name == LATEST:
        raise ValueError(f"{argument} {name!r} is reserved (it means the most recent run)")
    if not _NAME.fullmatch(name) or ".." in name:
        raise ValueError(
            f"{argument} {name!r} is not a valid run name: use 1-100 letters, digits, '.', '_', "
            "'+' or '-', starting with a letter or digit, without path separators or '..'"
        )
    return name


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _token() -> str:
    return secrets.token_hex(4)


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
        "timestamp": _now().isoformat(timespec="seconds"),
    }


@dataclass(frozen=True)
class SavedRun:
    """A saved run read back: its document, and its subjects as :class:`SubjectResult` s."""

    path: Path
    name: str
    document: dict[str, Any]
    results: tuple[SubjectResult, ...]

    @property
    def metadata(self) -> dict[str, Any]:
        metadata = self.document.get("metadata")
        return metadata if isinstance(metadata, dict) else {}

    @property
    def saved_at(self) -> str | None:
        value = self.metadata.get("saved_at") or self.metadata.get("timestamp")
        return value if isinstance(value, str) else None

    @property
    def confidence(self) -> float:
        """The confidence level the run was reported with (0.95 when it does not say)."""
        value = self._ci_setting("confidence")
        return float(value) if isinstance(value, (int, float)) and 0 < value < 1 else 0.95

    @property
    def method(self) -> str:
        value = self._ci_setting("method")
        return value if isinstance(value, str) else "wilson"

    def _ci_setting(self, key: str) -> object:
        for subject in self.document.get("subjects", []):
            ci = subject.get("ci")
            if isinstance(ci, dict) and key in ci:
                return ci[key]
        return None


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


def _problem(path: Path, what: str) -> StorageError:
    return StorageError(f"{path}: {what}")


def _check_schema(path: Path, data: object) -> dict[str, Any]:
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise _problem(path, f"not a genreliability run: the JSON top level is a {kind}")
    schema = data.get("schema")
    if schema is None:
        raise _problem(path, 'not a genreliability run: no "schema" field')
    match = _SCHEMA_VALUE.fullmatch(schema) if isinstance(schema, str) else None
    if match is None or match.group("family") != SCHEMA_NAME:
        raise _problem(path, f"not a genreliability run: schema {schema!r}, expected {SCHEMA!r}")
    major = int(match.group("major"))
    if major > SCHEMA_MAJOR:
        raise _problem(
            path,
            f"written with schema {schema!r} by a newer pytest-genreliability; this version "
            f"({__version__}) reads {SCHEMA!r}: upgrade the plugin to read it",
        )
    if major < SCHEMA_MAJOR:
        raise _problem(path, f"schema {schema!r} is older than {SCHEMA!r} and not supported")
    return data


def _records(path: Path, document: dict[str, Any]) -> list[SampleRecord]:
    subjects = document.get("subjects")
    if not isinstance(subjects, list):
        raise _problem(path, 'malformed run: "subjects" is not a list')
    records = []
    for i, subject in enumerate(subjects):
        if not isinstance(subject, dict):
            raise _problem(path, f"malformed run: subjects[{i}] is not an object")
        # "attempts" holds every attempt when samples were rerun, else null: then the final
        # attempts in "records" are all there is.
        key = "attempts" if isinstance(subject.get("attempts"), list) else "records"
        entries = subject.get(key)
        if not isinstance(entries, list):
            raise _problem(path, f'malformed run: subjects[{i}] has no "records" list')
        for j, entry in enumerate(entries):
            records.append(_record(path, entry, f"subjects[{i}].{key}[{j}]"))
    return records


def _record(path: Path, entry: object, where: str) -> SampleRecord:
    if not isinstance(entry, dict):
        raise _problem(path, f"malformed run: {where} is not an object")
    expected = {"subject": str, "index": int, "count": int, "outcome": str}
    for field_name, kind in expected.items():
        value = entry.get(field_name)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise _problem(path, f"malformed run: {where}.{field_name} is {value!r}")
    if entry["outcome"] not in OUTCOMES:
        raise _problem(path, f"malformed run: {where}.outcome {entry['outcome']!r} is unknown")
    try:
        return SampleRecord.from_dict(entry)
    except (TypeError, ValueError) as exc:
        raise _problem(path, f"malformed run: {where}: {exc}") from None


def read_run(path: str | os.PathLike[str], name: str | None = None) -> SavedRun:
    """Read and validate one saved-run file; raise :class:`StorageError` if it is unusable."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise _problem(file, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _problem(file, "not a genreliability run: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise _problem(
            file, f"corrupt or truncated JSON ({exc.msg} at {where}); the file was left as it is"
        ) from None
    document = _check_schema(file, data)
    results = tuple(aggregate(_records(file, document)))
    if name is None:
        match = _FILE_NAME.fullmatch(file.name)
        stored = document.get("metadata", {})
        stored_name = stored.get("name") if isinstance(stored, dict) else None
        if match:
            name = match.group("name")
        elif isinstance(stored_name, str):
            name = stored_name
        else:
            name = file.stem
    return SavedRun(path=file, name=name, document=document, results=results)


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

    def save(self, name: str, document: Mapping[str, Any], *, metadata: Mapping[str, Any]) -> Path:
        """Save ``document`` as a new run named ``name``; return the new file's path."""
        check_name(name)
        if document.get("schema") != SCHEMA:
            raise ValueError(
                f"document must be a {SCHEMA!r} report document, got schema "
                f"{document.get('schema')!r}"
            )
        moment = _now()
        stored = dict(document)
        stored["metadata"] = {
            **dict(document.get("metadata") or {}),
            **dict(metadata),
            "name": name,
            "saved_at": moment.isoformat(timespec="microseconds"),
        }
        text = json.dumps(stored, indent=2) + "\n"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.root)
        except OSError as exc:
            raise StorageError(f"{self.root}: cannot write a saved run: {exc}") from None
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            return _publish(tmp, self.root, moment.strftime(_STAMP_FORMAT), name)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()

    def _run_files(self) -> list[tuple[str, str, Path]]:
        """``(stamp, name, path)`` of the files this storage wrote, oldest first."""
        if not self.root.is_dir():
            return []
        found = []
        for path in self.root.iterdir():
            match = _FILE_NAME.fullmatch(path.name)
            if match and path.is_file():
                found.append((match.group("stamp"), match.group("name"), path))
        found.sort(key=lambda item: (item[0], item[2].name))
        return found

    def load(self, name_or_path: str | os.PathLike[str]) -> SavedRun:
        """The most recent run saved as NAME, the most recent of all (``latest``), or a file."""
        if isinstance(name_or_path, os.PathLike) or _looks_like_path(name_or_path):
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
            saved_at = datetime.strptime(stamp, _STAMP_FORMAT).replace(tzinfo=timezone.utc)
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


def _looks_like_path(value: str) -> bool:
    separators = {"/", os.sep} | ({os.altsep} if os.altsep else set())
    return any(sep in value for sep in separators) or value.endswith(".json")


@dataclass(frozen=True)
class MachineCounts:
    """One subject's samples from one machine, pooled over that machine's runs."""

    subject: str
    arm: str | None
    machine: str
    runs: tuple[str, ...]
    passed: int
    total: int

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.subject, self.arm)


@dataclass(frozen=True)
class PooledRuns:
    """Runs from several machines pooled into one set of subjects.

    Pooling is honest only when the machines share one pass rate; ``homogeneity`` holds, per
    subject key, the p-value of :func:`pytest_genreliability.stats.homogeneity_test` over the
    machines, so a report can warn when a pooled rate hides a difference between machines.
    """

    records: tuple[SampleRecord, ...]
    results: tuple[SubjectResult, ...]
    machines: tuple[MachineCounts, ...]
    homogeneity: Mapping[tuple[str, str | None], float]
    sources: tuple[dict[str, Any], ...]


def _machine_of(run: SavedRun) -> str:
    value = run.metadata.get("machine_hash")
    return value if isinstance(value, str) and value else f"unknown ({run.path.name})"


def pool_runs(runs: Sequence[SavedRun]) -> PooledRuns:
    """Pool the samples of several runs, subject by subject (matched by id and arm).

    Sample indices are renumbered run after run (run 1 keeps 1..n1, run 2 gets n1+1..n1+n2, ...)
    so that no sample replaces another; each record keeps where it came from in ``extra``
    (``source_run``, ``source_machine``, ``source_index``).
    """
    # Imported here: reading and writing runs (e.g. option checks of the plugin) must not
    # load scipy, which only pooling needs.
    from .. import stats

    planned: dict[tuple[str, str | None], int] = {}
    for run in runs:
        for result in run.results:
            planned[result.key] = planned.get(result.key, 0) + result.planned
    offsets: dict[tuple[str, str | None], int] = {}
    counts: dict[tuple[str, str | None, str], tuple[list[str], int, int]] = {}
    records: list[SampleRecord] = []
    sources: list[dict[str, Any]] = []
    for run in runs:
        machine = _machine_of(run)
        sources.append(
            {
                "path": str(run.path),
                "name": run.name,
                "machine_hash": machine,
                "saved_at": run.saved_at,
                "git_commit": run.metadata.get("git_commit"),
            }
        )
        for result in run.results:
            offset = offsets.get(result.key, 0)
            offsets[result.key] = offset + result.planned
            for record in result.attempts:
                extra = {
                    **record.extra,
                    "source_run": run.path.name,
                    "source_machine": machine,
                    "source_index": record.index,
                }
                records.append(
                    replace(
                        record, index=offset + record.index, count=planned[result.key], extra=extra
                    )
                )
            where = (result.subject, result.arm, machine)
            run_names, passed, total = counts.get(where, ([], 0, 0))
            counts[where] = (
                [*run_names, run.path.name],
                passed + result.passed,
                total + result.total,
            )
    machines = tuple(
        MachineCounts(subject, arm, machine, tuple(names), passed, total)
        for (subject, arm, machine), (names, passed, total) in counts.items()
    )
    homogeneity = {
        key: stats.homogeneity_test([(m.passed, m.total) for m in machines if m.key == key])
        for key in planned
    }
    return PooledRuns(
        records=tuple(records),
        results=tuple(aggregate(records)),
        machines=machines,
        homogeneity=homogeneity,
        sources=tuple(sources),
    )
