"""Cancellation and ending runs: nothing started is left running, nothing measured is lost."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    ("args", "ini", "message"),
    [
        (["--gen-kill-grace=-1"], "", "--gen-kill-grace: expected seconds >= 0*-1*"),
        (["--gen-kill-grace=soon"], "", "--gen-kill-grace: expected seconds >= 0*soon*"),
        ([], "gen_kill_grace = forever", "ini option gen_kill_grace*expected seconds >= 0*"),
    ],
)
def test_a_bad_kill_grace_is_a_usage_error(
    pytester: pytest.Pytester, args: list[str], ini: str, message: str
) -> None:
    pytester.makeini(f"[pytest]\n{ini}\n")
    pytester.makepyfile(test_x="def test_x():\n    pass\n")
    result = pytester.runpytest("--gen-samples=2", *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"*{message}"])


@pytest.mark.parametrize(("grace", "ended_by"), [("0", "SIGKILL"), ("30", "SIGTERM")])
def test_the_record_says_which_signal_ended_a_timed_out_sample(
    pytester: pytest.Pytester, grace: str, ended_by: str
) -> None:
    pytester.makeini(f"[pytest]\ngen_kill_grace = {grace}\n")
    pytester.makepyfile(
        test_slow="""
        import sys

        def test_slow(gen_run):
            gen_run([sys.executable, "-c", "import time; time.sleep(60)"], timeout=0.2)
        """
    )
    result = pytester.runpytest("--gen-samples=1", "--gen-json=out.json")
    result.stdout.fnmatch_lines([f"*timed out after *s (process tree ended by {ended_by})*"])
    [record] = json.loads((pytester.path / "out.json").read_text())["subjects"][0]["records"]
    assert record["outcome"] == "timeout"
    assert record["extra"]["ended_by"] == ended_by
