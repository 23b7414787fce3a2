from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

# pytester's in-process runs restore sys.modules afterwards; numpy's extension modules cannot be
# loaded twice in one process, so what scipy imports lazily is imported once here, up front.
import scipy.optimize
import scipy.stats
import scipy.stats.qmc  # noqa: F401

pytest_plugins = ["pytester"]


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inner sessions print whole tables, with full subject ids, whatever terminal runs the suite;
    fitting tables to a narrow terminal has tests of its own (they set COLUMNS themselves)."""
    monkeypatch.setenv("COLUMNS", "250")


#: A generator whose failures follow a schedule: it fails exactly on the sample indices listed
#: in FAIL_ON (1-based, as GEN_SAMPLE_INDEX gives them), with a real tool's lock message.
SCHEDULED_GENERATOR = textwrap.dedent(
    """
    import os
    import sys

    index = int(os.environ["GEN_SAMPLE_INDEX"])
    count = int(os.environ["GEN_SAMPLE_COUNT"])
    failing = {int(x) for x in os.environ.get("FAIL_ON", "").split(",") if x}
    print(f"generating client (sample {index} of {count})")
    if index in failing:
        target = os.path.join("node_modules", ".prisma", "client", "query_engine.dll.node")
        print(
            f"Error: EPERM: operation not permitted, rename '{target}.tmp{os.getpid()}' -> "
            f"'{target}'",
            file=sys.stderr,
        )
        sys.exit(1)
    """
)


@pytest.fixture(autouse=True)
def _no_ci_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inner sessions must not append to the summary of the CI job running this suite."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture
def scheduled_generator(pytester: pytest.Pytester) -> Path:
    """Write ``gen.py`` (fails on the samples in FAIL_ON) into the pytester directory."""
    return pytester.makepyfile(gen=SCHEDULED_GENERATOR)


def scheduled_test(fail_on: str, marker: str = "") -> str:
    """A test module whose one test runs the scheduled generator for each sample."""
    return textwrap.dedent(
        f"""
        import sys
        from pathlib import Path

        import pytest

        GEN = str(Path(__file__).parent / "gen.py")

        {marker}
        def test_generate(gen_run):
            gen_run([sys.executable, GEN], env={{"FAIL_ON": "{fail_on}"}})
        """
    )
