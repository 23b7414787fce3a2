"""Names the concurrency example's failures, and states the build tools in force.

``pytest_genreliability_classify`` gives two classes of the example's own ahead of the built-in
rules, which see most of these messages as a bare ENOENT (``other``): ``shared_build_dir`` (a
file in setuptools' shared scratch space vanished or appeared under a copy) and ``broken_wheel``
(every copy passed, the wheel is incomplete). See ``shared_build.classify_build_failure``.
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # test_build.py imports shared_build as a plain module
    sys.path.insert(0, str(HERE))

from shared_build import classify_build_failure  # noqa: E402


def pytest_report_header() -> str:
    versions = []
    for name in ("build", "setuptools", "wheel"):
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} missing")
    return "concurrency example: " + ", ".join(versions)


def pytest_genreliability_classify(output: str) -> dict[str, Any] | None:
    return classify_build_failure(output)
