"""Saved runs: round trip, no overwrites under concurrency, bad files left untouched."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import factories
import pytest
from factories import document

from pytest_genreliability import __version__, stats, storage
from pytest_genreliability.records import SampleRecord, SubjectResult, aggregate
from pytest_genreliability.storage import (
    SCHEMA,
    Storage,
    StorageError,
    collect_metadata,
    pool_runs,
    read_run,
)

SUBJECT = "test_gen.py::test_generate"


def records(
    subject: str, arm: str | None, total: int, failing: Iterable[int] = ()
) -> list[SampleRecord]:
    return factories.records(subject, arm, total, failing, lock_details=True)


def sample_document() -> tuple[list[SubjectResult], dict[str, Any]]:
    results = aggregate(
        records(SUBJECT, "direct", 6, [2, 5])
        + records(SUBJECT, "safe", 6)
        + records("cfg", None, 3)
    )
    return results, document(results)


def file_hashes(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir())}


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[datetime]]:
    """A clock that moves one second per save, so 'most recent' never depends on timing."""
    moments = [datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)]

    def now() -> datetime:
        moments.append(moments[-1] + timedelta(seconds=1))
        return moments[-1]

    monkeypatch.setattr(storage.metadata, "now", now)
    yield moments


def test_round_trip_gives_back_the_same_results(tmp_path: Path) -> None:
    results, doc = sample_document()
    store = Storage(tmp_path / "runs")
    path = store.save("before", doc, metadata={"command": ["pytest", "--gen-samples=6"]})

    assert path.parent == tmp_path / "runs"
    assert path.name.endswith(".json")
    assert "_before_" in path.name
    run = store.load("before")
    assert run.path == path
    assert run.name == "before"
    assert list(run.results) == results
    assert run.document["schema"] == SCHEMA
    assert run.metadata["name"] == "before"
    assert run.metadata["command"] == ["pytest", "--gen-samples=6"]
    assert run.confidence == 0.95
    assert run.method == "wilson"
    # the document passed in is not modified
    assert "name" not in doc["metadata"]
    # no temporary files left behind; the folder created here ignores itself in version control
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == [".gitignore", path.name]
    assert (tmp_path / "runs" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_round_trip_keeps_reruns(tmp_path: Path) -> None:
    first = SampleRecord(SUBJECT, 1, 2, "failed", attempt=1, final=False, failure_class="timeout")
    rerun = SampleRecord(SUBJECT, 1, 2, "passed", attempt=2)
    other = SampleRecord(SUBJECT, 2, 2, "passed")
    results = aggregate([first, rerun, other])
    assert results[0].reran
    store = Storage(tmp_path)
    store.save("r", document(results), metadata={})
    (loaded,) = store.load("r").results
    assert loaded == results[0]
    assert loaded.first_attempt_passed == 1


def test_collect_metadata_hashes_the_machine_name(tmp_path: Path) -> None:
    metadata = collect_metadata(["pytest", "-x"], cwd=tmp_path)
    expected = hashlib.sha256(platform.node().encode()).hexdigest()[:12]
    assert metadata["machine_hash"] == expected
    assert metadata["plugin_version"] == __version__
    assert metadata["python"] == platform.python_version()
    assert metadata["os"] == platform.system()
    assert metadata["os_release"] == platform.release()
    assert metadata["command"] == ["pytest", "-x"]
    assert datetime.fromisoformat(metadata["timestamp"]).tzinfo is not None
    assert metadata["git_commit"] is None  # tmp_path is not a repository

    store = Storage(tmp_path / "runs")
    path = store.save("m", sample_document()[1], metadata=metadata)
    if platform.node():
        assert platform.node() not in path.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_collect_metadata_reads_the_git_commit(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    for args in (["init", "-q"], ["commit", "-q", "--allow-empty", "-m", "x"]):
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True)
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert collect_metadata([], cwd=tmp_path)["git_commit"] == head


def test_collect_metadata_without_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert collect_metadata([], cwd=tmp_path)["git_commit"] is None


def test_latest_and_most_recent_of_a_name(tmp_path: Path, clock: list[datetime]) -> None:
    store = Storage(tmp_path)
    results, _ = sample_document()
    first_a = store.save("a", document(results[:1]), metadata={})
    only_b = store.save("b", document(results[1:2]), metadata={})
    second_a = store.save("a", document(results[2:]), metadata={})
    assert store.load("a").path == second_a
    assert store.load("b").path == only_b
    assert store.load("latest").path == second_a
    assert store.load(str(first_a)).path == first_a
    assert store.load(first_a).results == tuple(results[:1])
    assert [(i.name, i.path) for i in store.list()] == [
        ("a", first_a),
        ("b", only_b),
        ("a", second_a),
    ]
    info = store.list()[0]
    assert info.readable
    assert (info.subjects, info.samples) == (1, 6)
    assert info.saved_at == "2024-05-01T12:00:01+00:00"


def test_collision_on_the_same_name_and_time_retries(
    tmp_path: Path, clock: list[datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both saves get the same timestamp and, at first, the same random suffix: the second
    # must notice the existing file and choose another name instead of replacing it.
    monkeypatch.setattr(storage.metadata, "now", lambda: clock[0])
    tokens = iter(["0000aaaa", "0000aaaa", "0000bbbb"])
    monkeypatch.setattr(storage.store, "_token", lambda: next(tokens))
    store = Storage(tmp_path)
    results, _ = sample_document()
    first = store.save("same", document(results[:1]), metadata={"who": 1})
    second = store.save("same", document(results[1:]), metadata={"who": 2})
    assert first != second
    assert second.name.endswith("_same_0000bbbb.json")
    assert json.loads(first.read_text())["metadata"]["who"] == 1
    assert json.loads(second.read_text())["metadata"]["who"] == 2


def test_without_hard_links_an_exclusive_create_still_never_overwrites(
    tmp_path: Path, clock: list[datetime], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # e.g. FAT or some network shares

    monkeypatch.setattr(storage.store.os, "link", no_links)
    monkeypatch.setattr(storage.metadata, "now", lambda: clock[0])
    tokens = iter(["0000aaaa", "0000aaaa", "0000bbbb"])
    monkeypatch.setattr(storage.store, "_token", lambda: next(tokens))
    store = Storage(tmp_path)
    results, _ = sample_document()
    first = store.save("same", document(results[:1]), metadata={"who": 1})
    second = store.save("same", document(results[1:]), metadata={"who": 2})
    assert second.name.endswith("_same_0000bbbb.json")
    assert read_run(first).metadata["who"] == 1
    assert read_run(second).metadata["who"] == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])


def test_concurrent_saves_of_one_name_from_threads_keep_every_run(tmp_path: Path) -> None:
    store = Storage(tmp_path)
    _, doc = sample_document()
    workers = 8
    barrier = threading.Barrier(workers)
    paths: list[Path] = []
    errors: list[BaseException] = []

    def save(who: int) -> None:
        try:
            barrier.wait()
            paths.append(store.save("shared", doc, metadata={"who": who}))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(paths)) == workers
    infos = store.list()
    assert len(infos) == workers
    assert all(info.readable for info in infos)
    assert sorted(read_run(p).metadata["who"] for p in paths) == list(range(workers))


SAVER = """
import sys
import time
from pathlib import Path

from pytest_genreliability.figures import subject_figures
from pytest_genreliability.records import SampleRecord, aggregate
from pytest_genreliability.report.document import build_document
from pytest_genreliability.storage import Storage

root, who = Path(sys.argv[1]), int(sys.argv[2])
results = aggregate([SampleRecord("s", i, 3, "passed") for i in (1, 2, 3)])
doc = build_document([subject_figures(r, 0.95, "wilson") for r in results])
store = Storage(root)
(root.parent / f"ready-{who}").touch()
deadline = time.monotonic() + 60
while not (root.parent / "go").exists() and time.monotonic() < deadline:
    time.sleep(0.001)
for n in range(SAVES):
    store.save("shared", doc, metadata={"who": who, "n": n})
"""
SAVES = 40


def test_concurrent_saves_of_one_name_from_processes_keep_every_run(tmp_path: Path) -> None:
    # Both processes import everything first and start saving together, so their saves
    # overlap; correctness does not depend on how they interleave.
    script = tmp_path / "saver.py"
    script.write_text(SAVER.replace("SAVES", str(SAVES)))
    root = tmp_path / "runs"
    procs = [subprocess.Popen([sys.executable, str(script), str(root), str(who)]) for who in (1, 2)]
    try:
        for who in (1, 2):
            ready = tmp_path / f"ready-{who}"
            for _ in range(60_000):
                if ready.exists() or procs[who - 1].poll() is not None:
                    break
                time.sleep(0.001)
        (tmp_path / "go").touch()
        assert [p.wait(timeout=60) for p in procs] == [0, 0]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    saved = {(r["who"], r["n"]) for r in (read_run(i.path).metadata for i in Storage(root).list())}
    assert saved == {(who, n) for who in (1, 2) for n in range(SAVES)}
    assert [p.name for p in root.iterdir() if p.name.startswith(".")] == [".gitignore"]


CORRUPT = [
    pytest.param(None, "corrupt or truncated JSON", id="truncated"),
    pytest.param(b"\xff\xfe garbage", "not UTF-8", id="binary"),
    pytest.param(b'{"hello": "world"}', 'no "schema" field', id="no-schema"),
    pytest.param(b'{"schema": "pytest-benchmark/3"}', "not a genreliability run", id="foreign"),
    pytest.param(b'{"schema": "genreliability/2"}', "newer pytest-genreliability", id="newer"),
    pytest.param(b"[1, 2, 3]", "top level is a list", id="list"),
    pytest.param(b'{"schema": "genreliability/1"}', '"subjects" is not a list', id="no-subjects"),
    pytest.param(
        b'{"schema": "genreliability/1", "subjects": [{"records": [{"subject": "s"}]}]}',
        "subjects[0].records[0].index",
        id="bad-record",
    ),
]


@pytest.mark.parametrize(("content", "message"), CORRUPT)
def test_bad_file_gives_a_clear_error_and_stays_untouched(
    tmp_path: Path, clock: list[datetime], content: bytes | None, message: str
) -> None:
    store = Storage(tmp_path)
    good = store.save("good", sample_document()[1], metadata={})
    bad = store.save("bad", sample_document()[1], metadata={})
    if content is None:
        content = bad.read_bytes()[: len(bad.read_bytes()) // 2]
    bad.write_bytes(content)
    before = file_hashes(tmp_path)

    for argument in ("bad", "latest", str(bad)):
        with pytest.raises(StorageError) as caught:
            store.load(argument)
        assert str(bad) in str(caught.value)
        assert message in str(caught.value)
    infos = store.list()
    assert [(i.path, i.readable) for i in infos] == [(good, True), (bad, False)]
    assert infos[1].error is not None and message in infos[1].error
    assert store.load("good").path == good

    assert file_hashes(tmp_path) == before  # nothing written, renamed or removed


@pytest.mark.parametrize("name", ["a/b", "a\\b", "..", "../up", "a..b", "", ".hidden", "latest"])
def test_unsafe_names_are_rejected(tmp_path: Path, name: str) -> None:
    store = Storage(tmp_path / "runs")
    with pytest.raises(ValueError, match="name"):
        store.save(name, sample_document()[1], metadata={})
    assert not (tmp_path / "runs").exists()


def test_save_refuses_a_document_of_another_schema(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="document"):
        Storage(tmp_path).save("x", {"schema": "something/1"}, metadata={})


def test_load_errors_name_what_is_missing(tmp_path: Path) -> None:
    store = Storage(tmp_path / "runs")
    with pytest.raises(StorageError, match="no saved runs"):
        store.load("latest")
    store.save("alpha", sample_document()[1], metadata={})
    store.save("beta", sample_document()[1], metadata={})
    with pytest.raises(
        StorageError, match=r"no saved run named 'gamma' \(saved names: alpha, beta\)"
    ):
        store.load("gamma")
    with pytest.raises(StorageError, match="no such file"):
        store.load(str(tmp_path / "missing.json"))
    with pytest.raises(ValueError, match="name_or_path"):
        store.load("..")
    assert Storage(tmp_path / "nothing-here").list() == []


def test_pool_runs_renumbers_samples_and_counts_machines(
    tmp_path: Path, clock: list[datetime]
) -> None:
    store = Storage(tmp_path)
    one = aggregate(records(SUBJECT, None, 4, [1]) + records("only-one", None, 2))
    two = aggregate(records(SUBJECT, None, 3, [2, 3]))
    runs = [
        store.load(store.save("m1", document(one), metadata={"machine_hash": "aaaaaaaaaaaa"})),
        store.load(store.save("m2", document(two), metadata={"machine_hash": "bbbbbbbbbbbb"})),
        store.load(store.save("m1", document(two), metadata={"machine_hash": "aaaaaaaaaaaa"})),
    ]
    pooled = pool_runs(runs)
    subject = next(r for r in pooled.results if r.subject == SUBJECT)
    assert (subject.passed, subject.total, subject.planned) == (3 + 1 + 1, 10, 10)
    assert [r.index for r in subject.samples] == list(range(1, 11))
    assert subject.samples[4].extra == {
        "source_run": runs[1].path.name,
        "source_machine": "bbbbbbbbbbbb",
        "source_index": 1,
    }
    by_machine = {(m.subject, m.machine): (m.passed, m.total, len(m.runs)) for m in pooled.machines}
    assert by_machine == {
        (SUBJECT, "aaaaaaaaaaaa"): (4, 7, 2),
        (SUBJECT, "bbbbbbbbbbbb"): (1, 3, 1),
        ("only-one", "aaaaaaaaaaaa"): (2, 2, 1),
    }
    assert pooled.homogeneity[("only-one", None)] == 1.0
    assert pooled.homogeneity[(SUBJECT, None)] == stats.homogeneity_test([(4, 7), (1, 3)])
    machines = [s["machine_hash"] for s in pooled.sources]
    assert machines == ["aaaaaaaaaaaa", "bbbbbbbbbbbb", "aaaaaaaaaaaa"]


def test_reading_and_writing_runs_does_not_load_scipy() -> None:
    # the plugin checks --gen-save/--gen-compare names through this module at start-up
    code = "import sys, pytest_genreliability.storage; assert 'scipy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_core_modules_do_not_import_pytest() -> None:
    code = (
        "import sys, pytest_genreliability.storage, pytest_genreliability.comparisons; "
        "assert 'pytest' not in sys.modules and '_pytest' not in sys.modules, 'pytest imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _set(path: str, value: Any) -> Any:
    """A change to a saved document: ``path`` is dotted keys and list indices."""

    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if key.isdigit() else node.setdefault(key, {})
        node[int(last) if last.isdigit() else last] = value

    return change


# Files that pass the schema check but hold what no writer makes: each is skipped with a reason
# naming the file and the field, and never hides the good run beside it.
CRAFTED = [
    pytest.param(_set("subjects.0.ci.method", "bogus"), "ci.method is 'bogus'", id="ci-method"),
    pytest.param(_set("subjects.0.ci.confidence", 7), "ci.confidence is 7", id="confidence"),
    pytest.param(_set("subjects.0.ci", [1]), "subjects[0].ci is [1]", id="ci-list"),
    pytest.param(
        _set("subjects.0.records.0.duration_s", "abc"), "duration_s is 'abc'", id="duration"
    ),
    pytest.param(_set("subjects.0.records.0.extra.arms", 5), "extra.arms is 5", id="extra-arms"),
    pytest.param(_set("subjects.0.records.0.extra", "x"), "extra is 'x'", id="extra-text"),
    pytest.param(_set("subjects.0.records.0.paths", [[1]]), "paths is [[1]]", id="paths"),
    pytest.param(_set("subjects.0.records.0.index", True), "index is True", id="index-bool"),
    pytest.param(_set("subjects.0.records.0.index", 99), "index is above", id="index-high"),
    pytest.param(_set("subjects.0.records.0.outcome", "won"), "outcome is 'won'", id="outcome"),
    pytest.param(_set("subjects.0.records.0.attempt", 0), "attempt is 0", id="attempt"),
    pytest.param(_set("subjects.0.records.0.excerpt", {}), "excerpt is {}", id="excerpt"),
    pytest.param(_set("subjects.0.records.0.min_pass_rate", 2), "min_pass_rate is 2", id="rate"),
    pytest.param(_set("subjects.0.records.0.arm", 3), "arm is 3", id="arm"),
    pytest.param(_set("metadata", []), '"metadata" is not an object', id="metadata"),
    pytest.param(_set("metadata.machine_hash", 1), "metadata.machine_hash is 1", id="machine"),
    pytest.param(_set("metadata.command", "pytest"), "metadata.command is", id="command"),
    pytest.param(
        _set("subjects.0.records.0.extra.deep", json.loads("[" * 40 + "]" * 40)),
        "nested deeper",
        id="deep",
    ),
]


@pytest.mark.parametrize(("change", "message"), CRAFTED)
def test_crafted_file_is_skipped_with_a_reason(
    tmp_path: Path, clock: list[datetime], change: Any, message: str
) -> None:
    store = Storage(tmp_path)
    good = store.save("good", sample_document()[1], metadata={})
    bad = store.save("bad", sample_document()[1], metadata={})
    doc = json.loads(bad.read_text())
    change(doc)
    bad.write_text(json.dumps(doc))
    for argument in ("bad", "latest", str(bad)):
        with pytest.raises(StorageError) as caught:
            store.load(argument)
        assert str(bad) in str(caught.value) and message in str(caught.value)
    infos = store.list()
    assert [(i.path, i.readable) for i in infos] == [(good, True), (bad, False)]
    assert store.load("good").path == good


def test_json_nested_past_the_parser_limit_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "20240501T120000.000000Z_deep_0000aaaa.json"
    bad.write_text(
        '{"schema": "genreliability/1", "subjects": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    (info,) = Storage(tmp_path).list()
    assert info.error is not None and "nested deeper" in info.error


def test_names_ending_in_json_are_refused_since_they_name_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"ends in '\.json'.*use 'x'"):
        Storage(tmp_path).save("x.json", sample_document()[1], metadata={})
    with pytest.raises(ValueError, match=r"ends in '\.json'"):
        storage.check_name("Run.JSON")
    assert storage.looks_like_path("x.json") and not storage.looks_like_path("x.jsonl")


def test_check_writable_creates_the_folder_with_a_gitignore(tmp_path: Path) -> None:
    store = Storage(tmp_path / "a" / "runs")
    store.check_writable()
    assert [p.name for p in store.root.iterdir()] == [".gitignore"]
    assert (store.root / ".gitignore").read_text() == storage.GITIGNORE


def test_check_writable_refuses_a_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "runs").write_text("not a folder")
    with pytest.raises(StorageError, match="cannot save runs there: it is a file, not a folder"):
        Storage(tmp_path / "runs").check_writable()


def test_an_existing_folder_gets_no_gitignore(tmp_path: Path) -> None:
    Storage(tmp_path).save("x", sample_document()[1], metadata={})
    assert not (tmp_path / ".gitignore").exists()
