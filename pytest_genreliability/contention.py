"""Start K copies of a command at the same moment, to provoke contention (core layer).

Each copy runs through :func:`run_command` on its own thread; a barrier releases the threads
together so the processes start within a scheduler tick of each other, in the same working
directory, as several builds started by a file watcher or by parallel CI jobs would.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from .runner import RunResult, run_command


def run_copies(command: Any, copies: int, **options: Any) -> list[RunResult]:
    """Run ``copies`` simultaneous copies of ``command``; results in copy order.

    ``options`` are those of :func:`run_command` (``cwd``, ``env``, ``timeout``, ``shell``).
    Each copy also sees ``GEN_COPY_INDEX`` (1-based) and ``GEN_COPY_COUNT``.
    """
    if copies < 1:
        raise ValueError(f"copies must be a positive integer, got {copies!r}")
    if copies == 1:
        return [run_command(command, **options)]
    barrier = threading.Barrier(copies)
    results: list[RunResult | None] = [None] * copies
    errors: list[BaseException] = []
    base_env = dict(options.pop("env", None) or {})

    def copy(index: int) -> None:
        env = {**base_env, "GEN_COPY_INDEX": str(index + 1), "GEN_COPY_COUNT": str(copies)}
        try:
            barrier.wait()
            results[index] = run_command(command, env=env, **options)
        except BaseException as error:  # re-raised in the calling thread
            errors.append(error)

    threads = [threading.Thread(target=copy, args=(i,), daemon=True) for i in range(copies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [r for r in results if r is not None]


def deciding_copy(results: Sequence[RunResult]) -> RunResult:
    """The copy that speaks for the group: the first that failed, else the first."""
    for result in results:
        if not result.ok:
            return result
    return results[0]
