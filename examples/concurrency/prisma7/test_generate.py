"""``prisma generate`` (Prisma 7), once per sample or K copies at once per sample.

    pytest examples/concurrency/prisma7 --gen-samples=10 --gen-concurrency=1,3

Each sample generates in a fresh copy of the project in its own temporary folder; under
``--gen-concurrency=K`` the K copies of one sample write the same ``generated/`` folder at the
same moment (see README.md). A sample also fails when every copy passed but the client is
incomplete.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from prisma7_project import (
    INCOMPLETE_CLIENT,
    client_problems,
    fresh_project,
    generate_command,
    missing_requirement,
    offline_env,
)

MISSING = missing_requirement()
pytestmark = pytest.mark.skipif(
    MISSING is not None, reason=f"prisma generate cannot run: {MISSING}"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """This sample's own copy of the project, with no generated client."""
    return fresh_project(tmp_path / "project")


@pytest.mark.genreliability(timeout=120)
def test_prisma7_generate(gen_run: Any, project: Path) -> None:
    gen_run(generate_command(), cwd=project, env=offline_env())
    problems = client_problems(project)
    assert not problems, f"{INCOMPLETE_CLIENT} {'; '.join(problems)}"
