"""Hooks other plugins and conftest files can implement."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.hookspec(firstresult=True)
def pytest_genreliability_classify(
    output: str,
    exit_code: int | None,
    timed_out: bool,
    signal: int | None,
    config: pytest.Config,
) -> Any:
    """Classify a failed run: return a ``Failure`` (see ``pytest_genreliability.classify``) or a
    dict with ``class`` (and optionally ``errno``, ``operation``, ``paths``, ``excerpt``), or
    ``None`` to let the next implementation decide. The built-in classifier runs last; the keys a
    dict leaves out (or sets to ``None``) are read from the output by the built-in rules."""
