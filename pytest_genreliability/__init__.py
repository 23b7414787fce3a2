"""Measure how reliable a flaky build step is, and whether a mitigation made it better.

The package is importable without pytest: the core modules (runner, classification, statistics,
storage) never import it, so they can be used from a notebook or another test runner.
"""

from __future__ import annotations

__version__ = "0.1.0.dev0"

__all__ = ["__version__"]
