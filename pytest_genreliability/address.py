"""Where a sample sits: subject, arm, index, count, and its node-id form (core, no pytest).

A sample item's node id is ``<subject>[<other ids>-<sample id>]``: the plugin parametrizes last, so
its parameter id (``gen-3/10``, ``gen-safe-3/10``, ``c2-gen-3/10`` with a concurrency level) is the
last part. Formatting and parsing that id live here and nowhere else, so the address recovered from
a bare node id (all xdist tells about an item whose worker died) is the address the item had.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# ``gen-3/10`` or, for an arm, ``gen-after-3/10``; a parameter id of its own inside ``[...]``.
_SAMPLE_ID = re.compile(
    r"(?:\[|-)(?P<token>gen-(?:(?P<arm>[^\[\]/]+?)-)?(?P<index>\d+)/(?P<count>\d+))\]$"
)


@dataclass(frozen=True, slots=True)
class SampleAddress:
    """One sample of one subject (or of one arm of it).

    ``subject`` is empty until collection knows the item's node id; ``copies`` is the concurrency
    level when several are measured (each level is a subject of its own: ``test_x[c2]``).
    """

    subject: str
    index: int
    count: int
    arm: str | None = None
    copies: int | None = None

    @property
    def sample_id(self) -> str:
        """``gen-3/10`` (``gen-after-3/10`` in an arm): the part of the id that varies."""
        return (
            f"gen-{self.arm}-{self.index}/{self.count}"
            if self.arm
            else (f"gen-{self.index}/{self.count}")
        )

    @property
    def param_id(self) -> str:
        """The item's parameter id: the sample id, after the concurrency level if one is set."""
        prefix = f"c{self.copies}-" if self.copies is not None else ""
        return prefix + self.sample_id

    @property
    def label(self) -> str:
        """The subject as reports name it: ``test_x.py::test_gen [safe]``."""
        return f"{self.subject} [{self.arm}]" if self.arm else self.subject

    def at(self, nodeid: str) -> SampleAddress:
        """This address with its subject taken from the item's node id."""
        return replace(self, subject=subject_of(nodeid, self.sample_id))


#: The subject the ini ``gen_command`` defines.
CONFIGURED_SUBJECT = "gen_command"


def subject_of(nodeid: str, sample_id: str) -> str:
    """The subject of a sample item, knowing the sample's own id (``gen-3/10``).

    The concurrency level (``c2-``) stays in the subject: each level is measured on its own.
    """
    if nodeid.endswith(f"[{sample_id}]"):
        subject = nodeid[: -len(sample_id) - 2]
    elif nodeid.endswith(f"-{sample_id}]"):
        subject = nodeid[: -len(sample_id) - 2] + "]"
    else:
        subject = nodeid
    where, _, name = subject.rpartition("::")
    if name == CONFIGURED_SUBJECT and not where.endswith(".py"):
        return name  # the ini subject's items sit under the ini file (or the session)
    return subject


def parse_nodeid(nodeid: str) -> SampleAddress | None:
    """Recover a sample's address from its item's node id (``None`` for other items)."""
    match = _SAMPLE_ID.search(nodeid)
    if match is None:
        return None
    address = SampleAddress(
        subject="",
        index=int(match.group("index")),
        count=int(match.group("count")),
        arm=match.group("arm"),
    )
    return address.at(nodeid)
