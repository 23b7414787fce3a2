"""The quickstart: one generator run per test, or N with ``pytest --gen-samples=N``.

``test_generate_direct`` runs the generator as it is; ``test_generate_safe`` runs it behind the
stale-file cleanup and retry wrapper. Both write into directories whose engine file a scanner holds
now and then (see conftest.py), so the direct run fails some of the time, the way
``prisma generate`` does on a Windows machine with a dev server or an antivirus running.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# Time the generator spends between writing the client and installing the engine, as a real one
# does analysing the schema. The scanner's timing in conftest.py is chosen around it.
WORK_MS = "180"


def test_generate_direct(gen_run: Any, output_dir_under_scan: Callable[[str], Path]) -> None:
    out = output_dir_under_scan("direct")
    gen_run([sys.executable, str(HERE / "generate.py"), "--out", str(out), "--work-ms", WORK_MS])


def test_generate_safe(gen_run: Any, output_dir_under_scan: Callable[[str], Path]) -> None:
    out = output_dir_under_scan("safe")
    gen_run(
        [sys.executable, str(HERE / "safe_generate.py"), "--out", str(out), "--work-ms", WORK_MS]
    )
