"""Measure how reliable a flaky build step is, and whether a mitigation made it better.

The package is importable without pytest: the core modules (runner, classification, statistics,
storage) never import it, so they can be used from a notebook or another test runner.

``pytest_genreliability.classify(output, ...)`` classifies a failure;
``pytest_genreliability.stats`` holds the statistics. Both load on first use: the plugin is loaded
in every pytest run of a project that installs it, and a run that measures nothing imports neither.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0.dev0"

__all__ = ["Failure", "__version__", "classify", "sequential", "stats"]

_SUBMODULES = {"stats": "stats", "sequential": "stats.sequential", "classify": "classify"}


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{_SUBMODULES[name]}")
    if name == "Failure":
        return importlib.import_module(f"{__name__}.classify").Failure
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
