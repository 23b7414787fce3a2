"""The quickstart: the generator as it is (``direct``) against the mitigated one (``safe``).

One test, two arms. ``direct`` runs the generator as it is; ``safe`` runs it behind the stale-file
cleanup and retry wrapper. Each arm writes into its own directory, whose engine file a scanner
holds during some samples (see conftest.py), so the direct run fails some of the time, the way
``prisma generate`` does on a Windows machine with a dev server or an antivirus running.

``pytest examples/quickstart`` runs each arm once; ``pytest examples/quickstart --gen-samples=20``
runs 20 samples per arm, interleaved (direct-1, safe-1, direct-2, ...), reports both pass rates and
whether the mitigation improved the pass rate.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent

SCRIPTS = {"direct": HERE / "generate.py", "safe": HERE / "safe_generate.py"}


@pytest.mark.genreliability(arms=["direct", "safe"], detect=(0.7, 0.99))
def test_generate(gen_run: Any, gen_sample: Any, output_dir_under_scan: Path) -> None:
    gen_run([sys.executable, str(SCRIPTS[gen_sample.arm]), "--out", str(output_dir_under_scan)])
