"""Measure how reliable a flaky build step is, and whether a mitigation made it better.

The package is importable without pytest: the core modules (runner, classification, statistics,
storage) never import it, so they can be used from a notebook or another test runner.

``pytest_genreliability.classify(output, ...)`` classifies a failure;
``pytest_genreliability.stats`` holds the statistics (imported on first use: it loads scipy).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0.dev0"

from .classify import Failure, classify  # the function shadows the submodule's name

__all__ = ["Failure", "__version__", "classify", "sequential", "stats"]

_LAZY = {"stats", "sequential"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
