"""Names the Prisma 7 example's failures, and states the Prisma version in force.

``pytest_genreliability_classify`` gives two classes of the example's own ahead of the built-in
rules: ``shared_output_dir`` and ``incomplete_client`` (see
``prisma7_project.classify_generate_failure``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # test_generate.py imports prisma7_project as a plain module
    sys.path.insert(0, str(HERE))

import prisma7_project  # noqa: E402


def pytest_report_header() -> str:
    found = prisma7_project.installed_version("prisma") or "not installed"
    return f"prisma7 example: prisma {found} (package.json pins {prisma7_project.pinned_version()})"


def pytest_genreliability_classify(output: str) -> dict[str, Any] | None:
    return prisma7_project.classify_generate_failure(output)
