"""Outputs and saved runs in a real session: special files survive, bad stores and files are
usage errors before any sample runs, and secrets reach no sink (inner pytest sessions)."""

from __future__ import annotations

import json
import os
import stat
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import factories
import pytest
from conftest import scheduled_test

from pytest_genreliability.records import SampleRecord, aggregate
from pytest_genreliability.storage import GITIGNORE, Storage

pytestmark = pytest.mark.usefixtures("scheduled_generator")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")


def _json_lines(lines: list[str]) -> dict[str, object]:
    """The JSON document printed among pytest's own lines (it starts at a line '{')."""
    start = lines.index("{")
    end = lines.index("}", start)
    return json.loads("\n".join(lines[start : end + 1]))  # type: ignore[no-any-return]


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_gen_json_at_a_character_device_leaves_the_device(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    null = pytester.path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    result = pytester.runpytest("--gen-samples=2", f"--gen-json={null}")
    assert result.ret == 0
    assert stat.S_ISCHR(null.lstat().st_mode) and null.stat().st_rdev == os.makedev(1, 3)
    result.stdout.fnmatch_lines([f"JSON report written to {null}"])


@posix_only
def test_gen_json_at_a_fifo_feeds_its_reader(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2"))
    fifo = pytester.path / "report.fifo"
    os.mkfifo(fifo)
    # Opened for reading before pytest starts, so the writer always finds a reader.
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    received = bytearray()

    def read() -> None:
        os.set_blocking(fd, True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            chunk = os.read(fd, 65536)
            if chunk:
                received.extend(chunk)
            elif received:
                return  # the writer closed after writing: the end of the document
            else:
                time.sleep(0.05)  # no writer yet: a FIFO reads as empty until one opens

    reader = threading.Thread(target=read)
    reader.start()
    try:
        result = pytester.runpytest("--gen-samples=3", f"--gen-json={fifo}")
    finally:
        reader.join(timeout=130)
        os.close(fd)
    assert result.ret == 0
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    document = json.loads(bytes(received))
    assert document["subjects"][0]["passed"] == 2


@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="needs /proc")
def test_gen_json_at_a_symlink_to_stdout_prints_the_document(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("1"))
    link = pytester.path / "stdout.json"
    link.symlink_to("/proc/self/fd/1")
    result = pytester.runpytest_subprocess("--gen-samples=2", f"--gen-json={link}")
    assert result.ret == 0
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
    document = _json_lines(result.outlines)
    assert document["subjects"][0]["passed"] == 1  # type: ignore[index]


def test_gen_json_dash_prints_the_document(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest_subprocess("--gen-samples=2", "--gen-json=-")
    assert result.ret == 0
    assert _json_lines(result.outlines)["schema"] == "genreliability/1"
    assert not (pytester.path / "-").exists()


def test_written_to_only_after_success(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    (pytester.path / "blocker").write_text("a file, not a folder")
    result = pytester.runpytest("--gen-samples=2", "--gen-json=blocker/report.json")
    assert result.ret == 1
    assert "JSON report written to" not in result.stdout.str()
    result.stdout.fnmatch_lines(["genreliability: could not write the JSON report: *"])


def test_json_report_carries_metadata_and_named_gate_figures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2"))
    result = pytester.runpytest(
        "--gen-samples=10", "--gen-min-pass-rate=0.5", "--gen-json=r.json", "--gen-save=s"
    )
    assert result.ret == 0
    document = json.loads((pytester.path / "r.json").read_text())
    metadata = document["metadata"]
    assert len(metadata["machine_hash"]) == 12 and metadata["python"]
    assert metadata["command"][:2] == ["pytest", "--gen-samples=10"]
    gate = document["subjects"][0]["gate"]
    assert gate["observed_rate"] == 0.9 and gate["required"] == 0.5
    assert gate["bound"] == pytest.approx(0.5958, abs=1e-4)  # lower Wilson bound of 9/10
    assert gate["observed"] == gate["bound"]
    saved = Storage(pytester.path / ".genreliability").load("s")
    assert {k: saved.metadata[k] for k in metadata} == metadata  # the same facts as --gen-json
    assert (pytester.path / ".genreliability" / ".gitignore").read_text() == GITIGNORE


def test_unwritable_storage_is_a_usage_error_before_any_sample(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_gen="""
        from pathlib import Path
from typing import Any

        def test_generate(gen_run):
            Path("sample-ran").touch()
            gen_run(["true"])
        """
    )
    (pytester.path / "store").write_text("a file where the store should be")
    result = pytester.runpytest("--gen-samples=3", "--gen-save=x", "--gen-storage=store")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--gen-save: store: cannot save runs there: *"])
    assert not (pytester.path / "sample-ran").exists()


def test_save_name_ending_in_json_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest("--gen-samples=2", "--gen-save=x.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--gen-save: NAME 'x.json' ends in '.json'*use 'x'*"])


@pytest.mark.parametrize(
    ("option", "value", "most"),
    [
        ("--gen-samples", "1000000000", "100000"),
        ("--gen-max-samples", "100001", "100000"),
        ("--gen-max-samples", "10001", "10000"),  # auto mode makes its items up front
    ],
)
def test_sample_counts_above_the_maximum_are_usage_errors(
    pytester: pytest.Pytester, option: str, value: str, most: str
) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    extra = ["--gen-samples=auto"] if option == "--gen-max-samples" else []
    result = pytester.runpytest(*extra, f"{option}={value}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"*{option}: at most {most} samples per subject*got '{value}'"])


CRAFTED = {
    "ci-method": ("subjects.0.ci.method", "bogus"),
    "duration": ("subjects.0.records.0.duration_s", "abc"),
    "extra-arms": ("subjects.0.records.0.extra", {"arms": 5}),
}


@pytest.mark.parametrize("case", list(CRAFTED))
def test_gen_compare_with_a_crafted_run_is_a_clean_usage_error(
    pytester: pytest.Pytester, case: str
) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    results = aggregate(
        [SampleRecord("test_gen.py::test_generate", i, 2, "passed") for i in (1, 2)]
    )
    document = factories.document(results)
    node: Any = document
    where, value = CRAFTED[case]
    *parents, last = where.split(".")
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    node[last] = value
    path = Storage(pytester.path / ".genreliability").save("base", document, metadata={})
    result = pytester.runpytest("--gen-samples=2", "--gen-compare=base")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"*--gen-compare: *{path.name}: malformed run: *"])
    assert "INTERNALERROR" not in result.stderr.str() + result.stdout.str()
    assert "Traceback" not in result.stderr.str() + result.stdout.str()


SECRET_ARGV = "argv-s3cret-value"
SECRET_OUTPUT = "output-s3cret-value"
SECRET_TOKEN = "ghp_" + "Z9y8X7w6V5" * 3 + "u4T3s2"
LEAKY = f"""
import sys
print("\\x1b]0;pwned-title\\x07\\x1b[2Jcleared")
print("connecting with", " ".join(sys.argv[1:]))
print("password: {SECRET_OUTPUT}")
print("DB_PASS={SECRET_OUTPUT}")
sys.exit(1)
"""


def test_secrets_reach_no_sink(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(leaky=LEAKY)
    pytester.makeconftest(
        """
        def pytest_addoption(parser):
            parser.addoption("--password")
        """
    )
    pytester.makeini(
        f"""
        [pytest]
        gen_command = {sys.executable} leaky.py --password {SECRET_ARGV} --auth={SECRET_TOKEN}
        """
    )
    result = pytester.runpytest(
        "--gen-samples=2",
        "--junitxml=junit.xml",
        "--gen-json=report.json",
        "--gen-markdown=summary.md",
        "--gen-save=run",
        "--password",
        SECRET_ARGV,
        "-rA",
    )
    assert result.ret == 0
    run = next((pytester.path / ".genreliability").glob("*_run_*.json"))
    sinks = {
        "terminal": result.stdout.str() + result.stderr.str(),
        "junit": (pytester.path / "junit.xml").read_text(),
        "json": (pytester.path / "report.json").read_text(),
        "markdown": (pytester.path / "summary.md").read_text(),
        "saved run": run.read_text(),
    }
    for sink, text in sinks.items():
        for secret in (SECRET_ARGV, SECRET_OUTPUT, SECRET_TOKEN, "pwned-title", "\x1b"):
            assert secret not in text, f"{secret!r} in the {sink}"
    # what was there is still said, with the values masked
    assert "leaky.py --password *** --auth=***" in sinks["terminal"]  # the failure header
    saved = json.loads(sinks["saved run"])
    command = saved["metadata"]["command"]
    assert command[command.index("--password") + 1] == "***"
    failures = ET.parse(pytester.path / "junit.xml").getroot().findall(".//testcase/failure")
    assert len(failures) == 2 and "password: ***" in (failures[0].text or "")
    assert "cleared" in sinks["junit"]  # the full output (the terminal shows one line per sample)
