"""``prisma generate`` on Windows ``node.exe`` under Wine, as it is (``direct``) and behind the
retry wrapper (``safe``), while a dev server holds the engine in scheduled samples (conftest.py).

``pytest examples/prisma-windows`` runs each arm once; ``--gen-samples=20`` runs 20 interleaved
samples of each and compares them. ``capture="file"``: ``node.exe`` under Wine refuses a pipe as
its stdout or stderr.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.genreliability(
    arms=["direct", "safe"], timeout=180, capture="file", detect=(0.65, 0.98)
)
def test_prisma_generate_windows(
    gen_run: Any, gen_sample: Any, wine_project_ready: Any, dev_server: None
) -> None:
    project = wine_project_ready
    gen_run(project.command(gen_sample.arm), cwd=project.root, env=project.env)
