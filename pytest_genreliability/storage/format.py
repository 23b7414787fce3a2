"""The saved-run file format: names, schema, and reading a file back (core layer, no pytest).

A saved run is the JSON report document (schema ``genreliability/1``) with the run's metadata.
Reading trusts nothing: a file may be corrupt, truncated, written by a newer version, or crafted.
Every value the readers use is checked for its type and range here, once, so that the code that
turns runs into figures and tables never meets a string where it expects a number. Anything
unusable raises :class:`StorageError` naming the file and the first problem found.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..choices import CI_METHODS
from ..records import OUTCOMES, SampleRecord, SubjectResult, aggregate
from ..redact import strip_controls

SCHEMA_NAME = "genreliability"
SCHEMA_MAJOR = 1
SCHEMA = f"{SCHEMA_NAME}/{SCHEMA_MAJOR}"
LATEST = "latest"
#: Nesting deeper than this is no run this plugin wrote (a run nests about six levels).
MAX_DEPTH = 32

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,99}")
FILE_NAME = re.compile(
    r"(?P<stamp>\d{8}T\d{6}\.\d{6}Z)_(?P<name>[A-Za-z0-9][A-Za-z0-9._+-]*)_(?P<token>[0-9a-f]{8})"
    r"\.json"
)
STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_SCHEMA_VALUE = re.compile(r"(?P<family>[^/]+)/(?P<major>\d+)(?:\.\d+)*")


class StorageError(Exception):
    """A saved run cannot be read or written; the message names the file and the problem."""


def check_name(name: object, argument: str = "name") -> str:
    """Accept run names that are safe as part of a file name on every platform.

    Letters, digits, ``.``, ``_``, ``+`` and ``-``; starting with a letter or digit; at most 100
    characters; no ``..``. ``latest`` is reserved: it means the most recent run of any name.
    A name may not end in ``.json``: such an argument names a file (``show run.json``), so a run
    saved under it could never be found by its name.
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
    if name.lower().endswith(".json"):
        raise ValueError(
            f"{argument} {name!r} ends in '.json', which names a file, not a run: use {name[:-5]!r}"
        )
    return name


def looks_like_path(value: str) -> bool:
    """A NAME argument that names a file: it has a path separator or ends in ``.json``."""
    separators = {"/", os.sep} | ({os.altsep} if os.altsep else set())
    return any(sep in value for sep in separators) or value.lower().endswith(".json")


@dataclass(frozen=True)
class SavedRun:
    """A saved run read back: its document, and its subjects as :class:`SubjectResult` s.

    The document has been validated by :func:`read_run`: the properties below can rely on it.
    """

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
        return float(value) if _number(value) and 0 < value < 1 else 0.95

    @property
    def method(self) -> str:
        value = self._ci_setting("method")
        return value if value in CI_METHODS else "wilson"

    def _ci_setting(self, key: str) -> Any:
        for subject in self.document.get("subjects", []):
            ci = subject.get("ci")
            if isinstance(ci, dict) and key in ci:
                return ci[key]
        return None


def _problem(path: Path, what: str) -> StorageError:
    return StorageError(f"{path}: {what}")


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _string_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _too_deep(data: object) -> bool:
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return False


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


# Metadata the readers show or use, and what each must be when present (None is always allowed).
_METADATA_TEXT = (
    "name",
    "saved_at",
    "timestamp",
    "plugin_version",
    "python",
    "python_implementation",
    "os",
    "os_release",
    "architecture",
    "machine_hash",
    "git_commit",
)


def _check_metadata(path: Path, document: dict[str, Any]) -> None:
    metadata = document.get("metadata")
    if metadata is None:
        return
    if not isinstance(metadata, dict):
        raise _problem(path, 'malformed run: "metadata" is not an object')
    for key in _METADATA_TEXT:
        value = metadata.get(key)
        if value is not None and not isinstance(value, str):
            raise _problem(path, f"malformed run: metadata.{key} is {_show(value)}")
        if value is not None:
            metadata[key] = strip_controls(value)  # shown by list, show and compare
    for key in ("command", "machines"):
        value = metadata.get(key)
        if value is not None and not _string_list(value):
            raise _problem(path, f"malformed run: metadata.{key} is {_show(value)}")


def _check_subject(path: Path, subject: dict[str, Any], where: str) -> None:
    for key in ("id", "arm"):
        value = subject.get(key)
        if value is not None and not isinstance(value, str):
            raise _problem(path, f"malformed run: {where}.{key} is {_show(value)}")
    ci = subject.get("ci")
    if ci is None:
        return
    if not isinstance(ci, dict):
        raise _problem(path, f"malformed run: {where}.ci is {_show(ci)}")
    method, confidence = ci.get("method"), ci.get("confidence")
    if method is not None and method not in CI_METHODS:
        raise _problem(
            path,
            f"malformed run: {where}.ci.method is {_show(method)}, "
            f"expected one of {', '.join(CI_METHODS)}",
        )
    if confidence is not None and not (_number(confidence) and 0 < confidence < 1):
        raise _problem(path, f"malformed run: {where}.ci.confidence is {_show(confidence)}")


def _records(path: Path, document: dict[str, Any]) -> list[SampleRecord]:
    subjects = document.get("subjects")
    if not isinstance(subjects, list):
        raise _problem(path, 'malformed run: "subjects" is not a list')
    records = []
    for i, subject in enumerate(subjects):
        if not isinstance(subject, dict):
            raise _problem(path, f"malformed run: subjects[{i}] is not an object")
        _check_subject(path, subject, f"subjects[{i}]")
        # "attempts" holds every attempt when samples were rerun, else null: then the final
        # attempts in "records" are all there is.
        key = "attempts" if isinstance(subject.get("attempts"), list) else "records"
        entries = subject.get(key)
        if not isinstance(entries, list):
            raise _problem(path, f'malformed run: subjects[{i}] has no "records" list')
        for j, entry in enumerate(entries):
            records.append(_record(path, entry, f"subjects[{i}].{key}[{j}]"))
    return records


def _show(value: object) -> str:
    """A value for an error message: short, whatever the file held."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _optional(check: Any) -> Any:
    return lambda value: value is None or check(value)


def _text(value: object) -> bool:
    return isinstance(value, str)


# Each record field the readers use, and the test its value must pass.
_RECORD_CHECKS: dict[str, Any] = {
    "subject": _text,
    "index": lambda v: _integer(v) and v >= 1,
    "count": lambda v: _integer(v) and v >= 1,
    "outcome": lambda v: v in OUTCOMES,
    "arm": _optional(_text),
    "attempt": _optional(lambda v: _integer(v) and v >= 1),
    "final": _optional(lambda v: isinstance(v, bool)),
    "exit_code": _optional(_integer),
    "signal": _optional(_integer),
    "duration_s": _optional(lambda v: _number(v) and v >= 0),
    "class": _optional(_text),
    "errno": _optional(_text),
    "operation": _optional(_text),
    "paths": _optional(_string_list),
    "excerpt": _optional(_text),
    "reason": _optional(_text),
    "min_pass_rate": _optional(lambda v: _number(v) and 0 <= v <= 1),
    "worker": _optional(_text),
    "extra": _optional(lambda v: isinstance(v, dict)),
}
_REQUIRED = ("subject", "index", "count", "outcome")
# Keys of a record's "extra" the readers use, with the test their value must pass.
_EXTRA_CHECKS: dict[str, Any] = {
    "arms": _string_list,
    "copies": lambda v: _integer(v) and v >= 1,
    "copies_failed": lambda v: _integer(v) and v >= 0,
    "sequential": lambda v: isinstance(v, bool),
    "source_run": _text,
    "source_machine": _text,
    "source_index": _integer,
}


def _record(path: Path, entry: object, where: str) -> SampleRecord:
    if not isinstance(entry, dict):
        raise _problem(path, f"malformed run: {where} is not an object")
    for field_name in _REQUIRED:
        if field_name not in entry:
            raise _problem(path, f"malformed run: {where}.{field_name} is missing")
    for field_name, check in _RECORD_CHECKS.items():
        if field_name in entry and not check(entry[field_name]):
            value = _show(entry[field_name])
            raise _problem(path, f"malformed run: {where}.{field_name} is {value}")
    if entry["index"] > entry["count"]:
        raise _problem(path, f"malformed run: {where}.index is above its count")
    for key, check in _EXTRA_CHECKS.items():
        extra = entry.get("extra") or {}
        if key in extra and not check(extra[key]):
            raise _problem(path, f"malformed run: {where}.extra.{key} is {_show(extra[key])}")
    cleaned = {
        **{k: strip_controls(v) if isinstance(v, str) else v for k, v in entry.items()},
        "paths": [strip_controls(p) for p in entry.get("paths") or ()],
        "excerpt": strip_controls(entry.get("excerpt") or ""),
        "reason": strip_controls(entry.get("reason") or ""),
        "attempt": entry.get("attempt") or 1,
        "final": True if entry.get("final") is None else entry["final"],
    }
    try:
        return SampleRecord.from_dict(cleaned)
    except (TypeError, ValueError) as exc:
        raise _problem(path, f"malformed run: {where}: {exc}") from None


def parse_run(path: Path, raw: bytes) -> dict[str, Any]:
    """The validated document of a saved-run file's bytes."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _problem(path, "not a genreliability run: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise _problem(
            path, f"corrupt or truncated JSON ({exc.msg} at {where}); the file was left as it is"
        ) from None
    except RecursionError:
        raise _problem(path, f"malformed run: nested deeper than {MAX_DEPTH} levels") from None
    document = _check_schema(path, data)
    if _too_deep(document):
        raise _problem(path, f"malformed run: nested deeper than {MAX_DEPTH} levels")
    _check_metadata(path, document)
    return document


def read_run(path: str | os.PathLike[str], name: str | None = None) -> SavedRun:
    """Read and validate one saved-run file; raise :class:`StorageError` if it is unusable."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise _problem(file, f"cannot read: {exc.strerror or exc}") from None
    document = parse_run(file, raw)
    records = _records(file, document)
    try:
        results = tuple(aggregate(records))
    except (TypeError, ValueError) as exc:  # a combination no writer makes
        raise _problem(file, f"malformed run: {exc}") from None
    if name is None:
        match = FILE_NAME.fullmatch(file.name)
        metadata = document.get("metadata")
        stored = metadata.get("name") if isinstance(metadata, dict) else None
        if match:
            name = match.group("name")
        elif isinstance(stored, str):
            name = stored
        else:
            name = file.stem
    return SavedRun(path=file, name=name, document=document, results=results)
