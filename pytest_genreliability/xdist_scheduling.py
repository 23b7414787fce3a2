"""pytest-xdist's ``loadscope``/``loadgroup``/``loadfile`` schedulers, fixed for a lost worker.

In pytest-xdist 3.8.0 and older, a worker lost under these modes can hang the session for good:

* the lost worker's *completed* work units go back on the queue; handed to another worker they
  become an empty ``runtests`` command that never completes, so no more work is scheduled
  (pytest-xdist#1323, #1378);
* a replacement worker gets a single unit; a unit of one item leaves it waiting for a second item
  that never comes (#1327);
* the item the worker died on goes back on the queue and runs again, though it was already
  reported as crashed (#1371): a sample would count twice.

The fixes are merged upstream after 3.8.0 (#1324, #1328) or proposed (#1371); this module applies
them by subclassing, only to versions without them, and only in measurement mode (see
:mod:`.cancellation`). A version that has them gets its own scheduler back.
"""

from __future__ import annotations

from typing import Any

import pytest

FIXED_IN = (3, 9)
"""The first pytest-xdist release expected to carry the fixes; older ones get these schedulers."""


def needs_fix(version: str) -> bool:
    parts: list[int] = []
    for part in version.split(".")[:2]:
        digits = "".join(c for c in part if c.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts) < FIXED_IN


def fixed_scheduler(config: pytest.Config, log: Any) -> Any:
    """A scheduler for ``--dist loadscope``/``loadgroup``/``loadfile`` on an affected
    pytest-xdist (they share the faulty code), else None."""
    import xdist
    from xdist.scheduler import LoadFileScheduling, LoadGroupScheduling, LoadScopeScheduling

    bases = {
        "loadscope": LoadScopeScheduling,
        "loadgroup": LoadGroupScheduling,
        "loadfile": LoadFileScheduling,
    }
    base = bases.get(str(config.getvalue("dist")))
    if base is None or not needs_fix(xdist.__version__):
        return None

    class Fixed(base):  # type: ignore[misc, valid-type]
        def remove_node(self, node: Any) -> str | None:
            workload = self.assigned_work.pop(node)
            pending = [
                nodeid
                for unit in workload.values()
                for nodeid, completed in unit.items()
                if not completed
            ]
            if not pending:
                return None
            crashitem = pending[0]
            for unit in workload.values():
                if crashitem in unit:
                    unit[crashitem] = True  # reported as crashed: not run again (#1371)
            for scope, unit in workload.items():
                if not all(unit.values()):  # completed units are not work (#1323)
                    self.workqueue[scope] = unit
            for other in self.assigned_work:
                self._reschedule(other)
            return str(crashitem)

        def _assign_work_unit(self, node: Any) -> None:
            while self.workqueue:
                scope, unit = next(iter(self.workqueue.items()))
                if not all(unit.values()):
                    super()._assign_work_unit(node)
                    return
                del self.workqueue[scope]

        def _reschedule(self, node: Any) -> None:
            super()._reschedule(node)
            # a node holding a single item waits for a second one or a shutdown (#1327)
            if (
                not node.shutting_down
                and node in self.assigned_work
                and self._pending_of(self.assigned_work[node]) == 1
            ):
                if self.workqueue:
                    self._assign_work_unit(node)
                else:
                    node.shutdown()

    return Fixed(config, log)
