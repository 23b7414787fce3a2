"""``prisma generate`` as it is (arm ``direct``) and behind the retry wrapper (arm ``safe``).

Both arms run in this project while something holds its engine file part of the time (see
conftest.py), the way a dev server or an antivirus scanner does on a Windows developer's machine.
``pytest examples/prisma`` runs each arm once; ``pytest examples/prisma --gen-samples=30`` runs
30 interleaved samples of each and compares them.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.genreliability(arms=["direct", "safe"], timeout=120, detect=(0.65, 0.98))
def test_prisma_generate(
    gen_run: Any, gen_sample: Any, prisma_project_ready: Any, engine_contention: None
) -> None:
    project = prisma_project_ready
    gen_run(project.command(gen_sample.arm), cwd=project.root, env=project.env)
