"""The HTML report: rendered from the JSON document, tolerant of damage, and checked in Chromium."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import time
from collections.abc import Iterable, Sequence
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pytest_genreliability import stats
from pytest_genreliability.cli import main
from pytest_genreliability.comparisons import compare_results, pair_arms
from pytest_genreliability.figures import subject_figures
from pytest_genreliability.gates import GatePolicy, evaluate_gate
from pytest_genreliability.records import SampleRecord, aggregate
from pytest_genreliability.report import html as report_html
from pytest_genreliability.report.compare import comparison_dict
from pytest_genreliability.report.document import build_document
from pytest_genreliability.storage import Storage

SUBJECT = "test_gen.py::test_generate"
START = 1_780_000_000.0  # 2026-05-28 20:26:40 UTC
LOCK_OUTPUT = "Error: EPERM: operation not permitted, rename 'engine.node.tmp12' -> 'engine.node'"


def sample_records(
    total: int,
    failing: Iterable[int] = (),
    arm: str | None = None,
    arms: Sequence[str] = (),
    timeouts: Iterable[int] = (),
) -> list[SampleRecord]:
    failing, timeouts = set(failing), set(timeouts)
    out = []
    for i in range(1, total + 1):
        failed = i in failing
        outcome = "timeout" if i in timeouts else ("failed" if failed else "passed")
        out.append(
            SampleRecord(
                subject=SUBJECT,
                arm=arm,
                index=i,
                count=total,
                outcome=outcome,
                duration_s=0.25,
                started_at=START + i,
                failure_class="rename_lock" if failed else ("timeout" if i in timeouts else None),
                errno="EPERM" if failed else None,
                operation="rename" if failed else None,
                paths=("/tmp/w/engine.node.tmp12", "/tmp/w/engine.node") if failed else (),
                excerpt=LOCK_OUTPUT if failed else "",
                extra={"arms": list(arms)} if arms else {},
            )
        )
    return out


def document(records: list[SampleRecord], min_pass_rate: float | None = None) -> dict[str, Any]:
    """The document exactly as a session builds it: aggregate, gate, compare, build."""
    results = aggregate(records)
    gates = {}
    if min_pass_rate is not None:
        policy = GatePolicy(min_pass_rate=min_pass_rate)
        gates = {r.key: evaluate_gate(r.label, r.passed, r.total, policy) for r in results}
    comparisons = [
        {**comparison_dict(compare_results(a, b, alternative="greater")), "kind": "arms"}
        for a, b in pair_arms(results)
    ]
    metadata = {"command": ["pytest", "--gen-samples=20"], "python": "3.12.1", "os": "Linux"}
    figures = [subject_figures(r, 0.95, "wilson", gate=gates.get(r.key)) for r in results]
    return build_document(figures, comparisons=comparisons, metadata=metadata)


@cache
def big_document() -> dict[str, Any]:
    """20,000 samples: every 10th fails, and a burst of 200 failures from sample 5,000."""
    failing = {i for i in range(1, 20_001) if i % 10 == 0 or 5_000 <= i < 5_200}
    return document(sample_records(20_000, failing=failing))


class Tables(HTMLParser):
    """Rows of cell texts of every table with an id, and every element's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.hidden_filters = 0
        self._table: str | None = None
        self._cell: list[str] | None = None
        self._svg = 0  # text inside an SVG (hover titles) is not a cell's text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self._svg += tag == "svg"
        if tag == "table" and values.get("id"):
            self._table = values["id"]
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")
        elif tag == "input" and "hidden" in values:
            self.hidden_filters += 1

    def handle_endtag(self, tag: str) -> None:
        self._svg -= tag == "svg"
        if tag == "table":
            self._table = None
        elif tag in ("td", "th") and self._table and self._cell is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._svg:
            self._cell.append(data)


def tables(page: str) -> Tables:
    parser = Tables()
    parser.feed(page)
    return parser


def row(page: str, table: str, first_cell: str) -> dict[str, str]:
    rows = tables(page).tables[table]
    found = [r for r in rows[1:] if r[0] == first_cell]
    assert found, f"no row {first_cell!r} in {table}: {rows}"
    return dict(zip(rows[0], found[0], strict=False))


# --- rendering (plain unit tests) -------------------------------------------------------------


def test_subject_row_shows_the_documents_figures() -> None:
    doc = document(sample_records(20, failing={3, 4, 11}), min_pass_rate=0.9)
    page = report_html.render([doc])
    cells = row(page, "run1-subjects-table", SUBJECT)
    lower, upper = stats.pass_rate_interval(17, 20)
    assert cells["pass rate"] == "85.0%"
    assert cells["95% CI (Wilson)"] == f"{100 * lower:.1f}% - {100 * upper:.1f}%"
    assert cells["gate"].startswith("failed required 90.0%")
    assert f"margin {100 * (lower - 0.9):+.1f} points" in cells["gate"]
    assert cells["main failure classes"] == "rename_lock x3"


def test_renderer_computes_no_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = document(sample_records(10, failing={2}, arm="a", arms=("a", "b")))
    doc["subjects"][0]["ci"]["lower"] = 0.123456  # a figure only the document knows

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the renderer must not compute intervals")

    monkeypatch.setattr(stats, "pass_rate_interval", refuse)
    monkeypatch.setattr(stats, "compare", refuse)
    page = report_html.render([doc])
    assert row(page, "run1-subjects-table", f"{SUBJECT} [a]")["95% CI (Wilson)"].startswith(
        "12.3% - "
    )


def test_everything_from_the_document_is_escaped() -> None:
    records = sample_records(3, failing={2})
    evil = "<script>alert('x')</script>"
    records[1] = dataclasses.replace(records[1], excerpt=evil, paths=(f"/tmp/{evil}",))
    doc = document(records)
    doc["metadata"]["command"] = ["pytest", evil]
    page = report_html.render([doc])
    assert evil not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # the report's own sorting script only


def test_strip_has_one_mark_per_sample_with_start_time_and_duration() -> None:
    doc = document(sample_records(30, failing={5}, timeouts={9}))
    subject = doc["subjects"][0]
    marks = report_html.strip_marks(subject)
    assert [key for key, _ in marks][3:9] == [
        "passed",
        "class:rename_lock",
        "passed",
        "passed",
        "passed",
        "timeout",
    ]
    assert report_html.mark_title(marks[4]) == (
        "#5 failed: rename_lock, EPERM, rename, started 2026-05-28 20:26:45.000 UTC, 0.25 s"
    )
    strip = report_html.sample_strip(marks, report_html.class_palette([doc]))
    assert strip.count("<rect") == 30


def test_strip_of_20000_samples_is_binned_and_light() -> None:
    doc = big_document()
    page = report_html.render([doc])
    strip = report_html.sample_strip(report_html.strip_marks(doc["subjects"][0]), {})
    assert strip.count("<rect") <= 2 * report_html.STRIP_BINS
    assert "20000 samples in 400 bins of 50" in strip
    assert "samples 5001-5050: 50 failed: rename_lock" in strip  # the burst stays visible
    assert len(page.encode()) < 250_000


def test_samples_that_never_reported_are_marked() -> None:
    records = [r for r in sample_records(10, failing={2}) if r.index not in (7, 8)]
    doc = document(records)
    page = report_html.render([doc])
    assert "#7: planned, never reported" in page
    notes = row(page, "run1-subjects-table", SUBJECT)["notes"]
    assert "incomplete: 2 of 10 planned samples missing" in notes


def test_damaged_documents_render_what_is_there() -> None:
    doc = document(sample_records(5, failing={1}))
    doc["subjects"][0]["records"][2] = "junk"
    doc["subjects"][0]["ci"] = None
    doc["subjects"][0]["gate"] = {"passed": "yes?"}
    doc["subjects"].append({"id": 7, "records": "nope", "failures": [1]})
    doc["subjects"].append("not an object")
    doc["comparisons"] = [{"difference_ci": 3, "class_changes": None}]
    page = report_html.render([doc, {"schema": "other/9"}, {}])
    assert "1 subject entries could not be read" in page
    assert "a record without a usable sample index" in page
    assert "this document says schema other/9" in page
    assert "no subject in this document" in page


def test_arms_render_the_comparison() -> None:
    records = sample_records(20, failing={2, 5, 8, 12, 15, 19}, arm="direct", arms=("direct",))
    records += sample_records(20, arm="safe", arms=("direct", "safe"))
    doc = document(records)
    page = report_html.render([doc])
    cells = row(page, "run1-comparisons-table", SUBJECT)
    comp = doc["comparisons"][0]
    low, high = comp["difference_ci"]["lower"], comp["difference_ci"]["upper"]
    assert cells["difference, points (interval), against zero"] == (
        f"+30.0 ({100 * low:+.1f} to {100 * high:+.1f})"
    )
    assert cells["verdict"] == "improved"
    assert cells["failure classes before -> after"] == "rename_lock 6 -> 0"


# --- wiring ------------------------------------------------------------------------------------


def test_gen_html_writes_the_report(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_gen="""
        def test_generate(gen_run, gen_sample):
            if gen_sample.index in (2, 3):
                gen_run(["python", "-c", "import sys; print('EBUSY: resource busy or locked, "
                         "rename a -> b', file=sys.stderr); sys.exit(1)"])
        """
    )
    result = pytester.runpytest(
        "--gen-samples=6", "--gen-html=out/report.html", "-p", "no:randomly"
    )
    result.stdout.fnmatch_lines(["HTML report written to out/report.html"])
    page = (pytester.path / "out" / "report.html").read_text()
    cells = row(page, "run1-subjects-table", "test_gen.py::test_generate")
    assert (cells["samples"], cells["passed"], cells["pass rate"]) == ("6", "4", "66.7%")
    assert "--gen-html=out/report.html" in page  # the command, under how to reproduce


def test_ini_gen_html_and_an_unwritable_path(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ngen_html = reports/gen.html\n")
    pytester.makepyfile(test_gen="def test_generate(gen_sample):\n    pass\n")
    pytester.runpytest("--gen-samples=2").assert_outcomes(passed=2)
    assert (pytester.path / "reports" / "gen.html").is_file()
    (pytester.path / "adir").mkdir()
    result = pytester.runpytest("--gen-samples=2", "--gen-html=adir")
    result.stdout.fnmatch_lines(["*could not write the HTML report: *adir*"])
    assert result.ret == 1


def test_cli_html_renders_saved_runs_and_names_unreadable_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Storage(tmp_path / "runs")
    store.save("before", document(sample_records(10, failing={1, 2})), metadata={})
    store.save("after", document(sample_records(10)), metadata={})
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "genreliability/1", "subjects": [')
    out = tmp_path / "report.html"
    code = main(
        ["html", "before", "after", str(broken), "-o", str(out), "--storage", str(store.root)]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert "rendered 2 run(s)" in captured.out
    assert "warning: not rendered: " in captured.err
    page = out.read_text()
    assert page.count('<section class="run"') == 2
    assert row(page, "run1-subjects-table", SUBJECT)["pass rate"] == "80.0%"
    assert row(page, "run2-subjects-table", SUBJECT)["pass rate"] == "100.0%"
    assert "corrupt or truncated JSON" in page
    assert main(["html", str(broken), "-o", str(out)]) == 2


# --- in a real browser -------------------------------------------------------------------------

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium, chromium-browser or google-chrome on PATH (Debian: apt-get install -y "
    "chromium); the browser checks of the HTML report need one",
)


def load(page: Path, tmp_path: Path) -> tuple[str, Path, float]:
    """One headless Chromium launch: the DOM after scripts ran, a screenshot, the wall time."""
    assert CHROMIUM is not None
    png = tmp_path / f"{page.stem}.png"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--window-size=1280,2000",
        f"--screenshot={png}",
        "--dump-dom",
    ]
    started = time.perf_counter()
    completed = subprocess.run(
        [*command, page.resolve().as_uri()], capture_output=True, text=True, timeout=120
    )
    elapsed = time.perf_counter() - started
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout, png, elapsed


def colours(png: Path) -> set[tuple[int, int, int]]:
    image = pytest.importorskip("PIL.Image", reason="Pillow reads the screenshot")
    with image.open(png) as picture:
        found = picture.convert("RGB").getcolors(maxcolors=1 << 20) or []
    return {c for _, c in found}


def hex_rgb(value: str) -> tuple[int, int, int]:
    return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))


def write(tmp_path: Path, name: str, docs: list[dict[str, Any]]) -> Path:
    path = tmp_path / f"{name}.html"
    report_html.write_html(path, docs)
    return path


@pytest.mark.xdist_group("chromium")
@browser
def test_browser_single_subject(tmp_path: Path) -> None:
    doc = document(sample_records(20, failing={6, 9, 13, 14}), min_pass_rate=0.8)
    dom, png, _ = load(write(tmp_path, "single", [doc]), tmp_path)
    found = tables(dom)
    assert found.hidden_filters == 0  # the progressive script ran and showed the filter
    cells = row(dom, "run1-subjects-table", SUBJECT)
    assert (cells["passed"], cells["failed"], cells["pass rate"]) == ("16", "4", "80.0%")
    assert cells["95% CI (Wilson)"] == "58.4% - 91.9%"
    assert "failed" in cells["gate"] and "required 80.0%" in cells["gate"]
    assert "#6 failed: rename_lock, EPERM, rename, started 2026-05-28 20:26:46.000 UTC" in dom
    seen = colours(png)
    assert len(seen) > 50, "the screenshot looks blank"
    assert {hex_rgb("#2e7d32"), hex_rgb("#c62828")} <= seen  # passed and rename_lock marks


@pytest.mark.xdist_group("chromium")
@browser
def test_browser_arms(tmp_path: Path) -> None:
    records = sample_records(20, failing={2, 5, 8, 12, 15, 19}, arm="direct", arms=("direct",))
    records += sample_records(20, arm="safe", arms=("direct", "safe"))
    dom, png, _ = load(write(tmp_path, "arms", [document(records)]), tmp_path)
    assert row(dom, "run1-subjects-table", f"{SUBJECT} [direct]")["pass rate"] == "70.0%"
    assert row(dom, "run1-subjects-table", f"{SUBJECT} [safe]")["pass rate"] == "100.0%"
    cells = row(dom, "run1-comparisons-table", SUBJECT)
    assert cells["verdict"] == "improved"
    assert cells["failure classes before -> after"] == "rename_lock 6 -> 0"
    assert len(colours(png)) > 50


@pytest.mark.xdist_group("chromium")
@browser
def test_browser_20000_samples(tmp_path: Path) -> None:
    page = write(tmp_path, "big", [big_document()])
    dom, png, elapsed = load(page, tmp_path)
    cells = row(dom, "run1-subjects-table", SUBJECT)
    assert (cells["samples"], cells["failed"]) == ("20000", "2180")
    assert "20000 samples in 400 bins of 50" in dom
    assert elapsed < 30, f"Chromium took {elapsed:.1f}s"
    assert hex_rgb("#c62828") in colours(png)


@pytest.mark.xdist_group("chromium")
@browser
def test_browser_partial_run_with_javascript_off(tmp_path: Path) -> None:
    records = [r for r in sample_records(12, failing={3}) if r.index <= 8]
    records.append(
        SampleRecord(subject=SUBJECT, index=9, count=12, outcome="interrupted", started_at=START)
    )
    doc = document(records)
    doc["subjects"][0]["records"][1] = {"index": "two"}
    page = write(tmp_path, "partial", [doc])
    # Headless Chromium needs scripts to dump the DOM: "JavaScript off" is the page without
    # its script, which is what a reader with scripts disabled gets.
    text = page.read_text()
    start, end = text.index("<script>"), text.index("</script>") + len("</script>")
    page.write_text(text[:start] + text[end:])
    dom, png, _ = load(page, tmp_path)
    assert tables(dom).hidden_filters == 1  # without scripts the filter stays out of the way
    notes = row(dom, "run1-subjects-table", SUBJECT)["notes"]
    assert "1 interrupted (not in the pass rate)" in notes
    assert "incomplete: 3 of 12 planned samples missing" in notes
    assert "#10: planned, never reported" in dom
    assert "a record without a usable sample index" in dom
    assert len(colours(png)) > 50
