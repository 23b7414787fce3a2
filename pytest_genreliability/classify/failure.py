"""The answer of the classifier: the failure classes and `Failure`, one sample's verdict.

Public names are re-exported from :mod:`pytest_genreliability.classify`; import them from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

KINDS = (
    "rename_lock",
    "unlink_lock",
    "text_busy",
    "timeout",
    "killed",
    "network",
    "disk_full",
    "permission",
    "other",
)
LOCK_KINDS = frozenset({"rename_lock", "unlink_lock", "text_busy"})


@dataclass(frozen=True)
class Failure:
    """Why one sample failed. ``kind`` is one of `KINDS` or a user-defined class name."""

    kind: str
    errno: str | None = None
    operation: str | None = None
    paths: tuple[str, ...] = ()
    excerpt: str = ""

    @property
    def signature(self) -> str:
        """The excerpt's lines with what changes from run to run masked (pids, temporary names,
        hex ids, times, line numbers, absolute prefixes): samples that failed the same way share
        it, so a report can group failures of one class that are different problems."""
        from .signature import signature_of  # paths -> failure: imported when first asked

        return signature_of(self.excerpt)

    def to_dict(self) -> dict[str, str | list[str] | None]:
        """Plain JSON data, with the key ``class`` for the kind (the report's field name)."""
        return {
            "class": self.kind,
            "errno": self.errno,
            "operation": self.operation,
            "paths": list(self.paths),
            "excerpt": self.excerpt,
            "signature": self.signature,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Failure:
        """The inverse of `to_dict`, tolerant of missing keys and wrong types."""

        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) else None

        raw_paths = data.get("paths")
        paths = (
            tuple(p for p in raw_paths if isinstance(p, str)) if isinstance(raw_paths, list) else ()
        )
        return cls(
            kind=text("class") or "other",
            errno=text("errno"),
            operation=text("operation"),
            paths=paths,
            excerpt=text("excerpt") or "",
        )
