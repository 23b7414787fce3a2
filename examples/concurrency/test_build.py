"""Build a wheel with ``python -m build``, once per sample or K copies at once per sample.

    pytest examples/concurrency --gen-samples=10 --gen-concurrency=1,3

Each sample builds a fresh copy of ``project/`` in its own temporary folder; under
``--gen-concurrency=K`` the K copies of one sample build in that same folder, into the same
``--outdir``, and trip over each other's files in ``build/`` and ``src/unitconv.egg-info``
(see README.md). A sample also fails when every copy passed but the wheel is broken.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shared_build import (
    BROKEN_WHEEL,
    WHEEL_NAME,
    build_command,
    fresh_project,
    missing_build_tools,
    wheel_problems,
)

MISSING = missing_build_tools()
pytestmark = pytest.mark.skipif(
    MISSING is not None, reason=f"python -m build --no-isolation cannot run: {MISSING}"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """This sample's own copy of the project's sources, with no build artifacts."""
    return fresh_project(tmp_path / "project")


@pytest.mark.genreliability(timeout=300)
def test_build(gen_run: Any, project: Path) -> None:
    outdir = project / "dist"
    gen_run(build_command(outdir), cwd=project)
    problems = wheel_problems(outdir / WHEEL_NAME)
    assert not problems, f"{BROKEN_WHEEL} {'; '.join(problems)}"
