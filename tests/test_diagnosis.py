"""Residue, poisoning and overlap as pure functions (core layer)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from pytest_genreliability import excerpts
from pytest_genreliability.overlap import overlap_of, overlapping
from pytest_genreliability.poisoning import find_poisoning, signature_of
from pytest_genreliability.records import SampleRecord
from pytest_genreliability.residue import residue_kind, scan_residue, summarise
from pytest_genreliability.worklock import workdir_lock


def _record(index: int, outcome: str = "passed", **fields: object) -> SampleRecord:
    return SampleRecord(subject="s", index=index, count=20, outcome=outcome, **fields)  # type: ignore[arg-type]


def _failed(index: int, errno: str = "EEXIST", **fields: object) -> SampleRecord:
    return _record(
        index,
        "failed",
        failure_class="other",
        errno=errno,
        operation="mkdir",
        excerpt=f"EEXIST: file already exists, mkdir 'generated' (sample {index})",
        **fields,
    )


# --- poisoning ---


def test_every_sample_failing_alike_after_passes_is_poisoning() -> None:
    samples = [_record(1), _record(2), *(_failed(i) for i in range(3, 21))]
    found = find_poisoning(samples)
    assert found is not None
    assert (found.index, found.tail, found.passed_before, found.before) == (3, 18, 2, 2)
    assert found.excerpt.endswith("(sample 3)")
    assert found.line.startswith("from sample 3 on, every sample failed the same way")


def test_the_tail_starts_where_the_signature_changes() -> None:
    samples = [_record(i) for i in range(1, 11)]
    samples += [_failed(11, errno="EPERM"), *(_failed(i) for i in range(12, 20))]
    found = find_poisoning(samples)
    assert found is not None and found.index == 12 and found.tail == 8


@pytest.mark.parametrize(
    "samples",
    [
        [_record(i) for i in range(1, 11)],  # nothing failed
        [_failed(i) for i in range(1, 11)],  # never passed: broken from the start, not poisoned
        [*(_record(i) for i in range(1, 9)), _failed(9), _failed(10)],  # too short a tail
        [*(_failed(i) for i in range(1, 10)), _record(10), *(_failed(i) for i in range(11, 14))],
        [*(_record(i) for i in range(1, 11)), _failed(11), _record(12)],  # ends with a pass
    ],
    ids=["all-pass", "never-passed", "short-tail", "explained-by-earlier-rate", "ends-passing"],
)
def test_no_poisoning(samples: list[SampleRecord]) -> None:
    assert find_poisoning(samples) is None


def test_a_signature_attribute_wins_over_class_and_code() -> None:
    class Signed:
        signature = "EEXIST mkdir <path>"
        failure_class, errno, operation, outcome = "other", "EEXIST", "mkdir", "failed"

    assert signature_of(Signed()) == ("EEXIST mkdir <path>",)  # type: ignore[arg-type]
    assert signature_of(_failed(1)) == ("other", "EEXIST", "mkdir")


# --- overlap ---


def test_overlapping_samples_in_one_directory_are_found() -> None:
    records = [
        _record(1, started_at=0.0, ended_at=1.0, cwd="/w", worker="gw0"),
        _record(2, started_at=0.5, ended_at=1.5, cwd="/w", worker="gw1"),
        _record(3, started_at=1.5, ended_at=2.0, cwd="/w", worker="gw1"),  # touches, no overlap
        _record(4, started_at=1.6, ended_at=1.7, cwd="/other", worker="gw0"),  # elsewhere
    ]
    found = overlapping(records)
    assert set(found) == {("s", None, 1, 1), ("s", None, 2, 1)}
    summary = overlap_of(records, found)
    assert summary is not None
    assert (summary.samples, summary.workers, summary.cwd) == (2, ("gw0", "gw1"), "/w")
    assert overlap_of(records[2:], found) is None


# --- residue ---


def test_residue_lists_new_temporaries_next_to_the_failing_path(tmp_path: Path) -> None:
    client = tmp_path / "out" / "client"
    client.mkdir(parents=True)
    old = client / "engine.node.tmp111"
    old.write_text("")  # an earlier sample's copy: not this sample's residue
    time.sleep(0.2)  # more than the clock slack the scan allows before the sample's start
    since = time.time()
    for name in ("engine.node.tmp222", "index.js.partial9", "engine.node", "notes.txt"):
        (client / name).write_text("")
    (client / "dir.tmp3").mkdir()
    found = scan_residue(["out/client/engine.node"], str(tmp_path), since - 0.001)
    assert [Path(p).name for p in found] == ["engine.node.tmp222", "index.js.partial9"]
    assert scan_residue(["out/client/engine.node"], str(tmp_path), since, seen=found) == ()
    assert scan_residue(["missing/x"], str(tmp_path), since) == ()


def test_residue_scan_is_bounded(tmp_path: Path) -> None:
    for n in range(50):
        (tmp_path / f"f{n}.tmp{n}").write_text("")
    assert len(scan_residue([str(tmp_path / "x")], None, None)) == 20
    assert len(scan_residue([str(tmp_path / "x")], None, None, max_entries=5)) == 5


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("C:\\p\\query_engine-windows.dll.node.tmp43516", ".tmp<pid>"),
        ("/p/a.tmp", ".tmp"),
        ("/p/engine.partial12", ".partial<pid>"),
        ("/p/schema.prisma~", "~"),
    ],
)
def test_residue_kind(name: str, kind: str) -> None:
    assert residue_kind(name) == kind


def test_residue_summary_reads_as_a_sentence() -> None:
    records = [
        _failed(1, residue=("/a/e.tmp1",)),
        _failed(2, residue=("/a/e.tmp2", "/a/e.partial")),
        _failed(3),
        _record(4),
    ]
    summary = summarise(records)
    assert (summary.failures, summary.left_some, summary.files) == (3, 2, 3)
    assert (
        summary.text
        == "3 failures left 2 `.tmp<pid>` files, 1 `.partial` file (2 of them left some)"
    )
    assert summarise([_record(1)]).text == "0 failures, nothing left behind"


# --- the lock ---


def test_the_workdir_lock_serialises_holders(tmp_path: Path) -> None:
    order: list[str] = []
    inside = threading.Event()

    def second() -> None:
        inside.wait()
        with workdir_lock("s", "/w", str(tmp_path)):
            order.append("second")

    thread = threading.Thread(target=second)
    thread.start()
    with workdir_lock("s", "/w", str(tmp_path)):
        inside.set()
        time.sleep(0.2)  # only gives the second holder a chance to (wrongly) get in first
        order.append("first")
    thread.join(timeout=10)
    assert order == ["first", "second"]


def test_other_subjects_and_directories_do_not_wait(tmp_path: Path) -> None:
    with workdir_lock("s", "/w", str(tmp_path)):
        with workdir_lock("s", "/v", str(tmp_path)) as waited:
            assert waited < 1
        with workdir_lock("t", "/w", str(tmp_path)) as waited:
            assert waited < 1


def test_a_lock_that_cannot_be_created_never_fails_the_run(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    with workdir_lock("s", "/w", str(not_a_folder)) as waited:
        assert waited == -1


@pytest.mark.parametrize(
    ("output", "line"),
    [
        ("Prisma schema loaded\nError:\nENOENT: no such file, open 'a.ts'\n", "ENOENT: no such"),
        ("npm ERR!\nnpm ERR! code EPERM\n", "npm ERR! code EPERM"),
        ("Error: disk full\n", "Error: disk full"),
        ("nothing errorish\nlast words\n", "last words"),
    ],
)
def test_the_first_error_line_is_never_a_bare_header(output: str, line: str) -> None:
    assert excerpts.first_error_line(output).startswith(line)
