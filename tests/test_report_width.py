"""Report tables fit the terminal: 80, 120 and 200 columns (plain unit tests of the renderers)."""

from __future__ import annotations

import re

import pytest

from pytest_genreliability.comparisons import compare_results, pair_arms
from pytest_genreliability.figures import subject_figures
from pytest_genreliability.records import SampleRecord, aggregate
from pytest_genreliability.report import text
from pytest_genreliability.report.compare import comparisons_table

SUBJECT = "examples/quickstart/test_quickstart.py::test_generate"
TARGET = "/tmp/pytest-of-root/pytest-3/direct0/node_modules/.prisma/client/" + (
    "libquery_engine-debian-openssl-3.0.x.so.node"
)


def records() -> list[SampleRecord]:
    out = []
    for index in range(1, 21):
        failed = index in (2, 3, 5, 9, 16, 17, 19, 20)
        out.append(
            SampleRecord(
                SUBJECT,
                index,
                20,
                "failed" if failed else "passed",
                arm="direct",
                duration_s=0.2,
                failure_class="rename_lock" if failed else None,
                errno="EPERM" if failed else None,
                operation="rename" if failed else None,
                paths=(TARGET + ".tmp42", TARGET) if failed else (),
                reason="exit 1: Error: EPERM: operation not permitted, rename" if failed else "",
            )
        )
        out.append(SampleRecord(SUBJECT, index, 20, "passed", arm="safe", duration_s=0.5))
    return out


def tables(width: int | None) -> list[str]:
    results = aggregate(records())
    figures = [subject_figures(r, 0.95, "wilson") for r in results]
    layout = text.Layout.for_labels([r.label for r in results], width)
    comps = [compare_results(a, b, alternative="greater") for a, b in pair_arms(results)]
    return [
        text.subjects_table(figures, layout),
        text.failure_classes_table(results, layout),
        text.lock_hotspots_table(results, layout),
        comparisons_table(comps, layout),
    ]


@pytest.mark.parametrize("width", [80, 120, 200])
def test_every_table_fits_the_width(width: int) -> None:
    for table in tables(width):
        assert max(len(line) for line in table.splitlines()) <= width, table


def test_subject_ids_lose_their_shared_prefix_the_same_way_in_every_table() -> None:
    subjects, classes, hotspots, comparisons = tables(120)
    assert subjects.splitlines()[2].startswith("test_generate [direct]  20")
    assert classes.splitlines()[2].startswith("test_generate [direct]  rename_lock")
    assert hotspots.splitlines()[2].startswith("test_generate [direct]  ")
    assert comparisons.splitlines()[2].startswith("test_generate  direct: 12/20")
    assert SUBJECT not in subjects


def test_optional_columns_go_before_essential_ones() -> None:
    narrow, wide = tables(80)[0], tables(200)[0]
    assert "median s" in wide and "main failure reasons" in wide
    assert "median s" not in narrow and "main failure reasons" not in narrow
    for essential in ("samples", "passed", "failed", "pass rate", "95% CI (Wilson)"):
        assert essential in narrow
    assert "60.0%" in narrow and "38.7-78.1%" in narrow


def test_a_long_path_loses_its_middle_and_keeps_its_name() -> None:
    hotspot = tables(80)[2].splitlines()[2]
    assert "..." in hotspot and "so.node" in hotspot and hotspot.startswith("test_generate")


def test_a_table_too_wide_for_its_essentials_becomes_one_block_per_row() -> None:
    comparisons = tables(80)[3]
    assert comparisons.splitlines()[0] == "test_generate"
    assert "  verdict: improved" in comparisons.splitlines()


def test_without_a_width_tables_are_whole() -> None:
    assert SUBJECT + " [direct]" in tables(None)[0]


@pytest.mark.parametrize(
    ("labels", "prefix"),
    [
        (["a/b/test_x.py::test_g [direct]", "a/b/test_x.py::test_g [safe]"], "a/b/test_x.py::"),
        (["a/test_x.py::t", "a/test_y.py::t"], "a/"),
        (["tests/test_x.py::test_gen"], "tests/test_x.py::"),
        (["gen_command"], ""),
        (["gen_command", "tests/t.py::g"], ""),
    ],
)
def test_common_prefix_ends_at_a_boundary(labels: list[str], prefix: str) -> None:
    assert text.common_prefix(labels) == prefix


def test_elide_middle_keeps_the_end() -> None:
    cut = text.elide_middle("abcdefghijklmnopqrstuvwxyz", 12)
    assert len(cut) == 12 and cut.startswith("abc...") and cut.endswith("uvwxyz")
    assert text.elide_middle("short", 12) == "short"


def test_a_failed_sample_is_one_line() -> None:
    record = next(r for r in records() if r.outcome == "failed")
    line = text.sample_failure_line(record)
    assert "\n" not in line
    assert line.startswith(f"rename_lock (EPERM rename {TARGET}): exit 1: Error: EPERM")


def test_excerpts_are_cut_between_lines_and_say_so() -> None:
    from pytest_genreliability.excerpts import tail

    output = "\n".join(f"line {i} " + "x" * 100 for i in range(40))
    excerpt = tail(output, lines=15, chars=500)
    first, *kept = excerpt.splitlines()
    assert first == f"[... {40 - len(kept)} earlier lines]"
    assert all(line.startswith("line ") and line.endswith("x" * 100) for line in kept)
    assert kept[-1].startswith("line 39 ")


def test_terminal_report_fits_80_columns_and_failures_are_one_line(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(
        test_a_rather_long_module_name_for_the_generator_step="""
        import sys

        def test_the_code_generator_that_sometimes_fails_to_rename(gen_run, gen_sample):
            code = "import sys; print('EPERM: operation not permitted, rename ' "
            code += "+ repr('out/engine.node.tmp1') + ' -> ' + repr('out/engine.node')); "
            code += f"sys.exit({int(gen_sample.index in (2, 5))})"
            gen_run([sys.executable, "-c", code])
        """
    )
    monkeypatch.setenv("COLUMNS", "80")
    result = pytester.runpytest_subprocess("--gen-samples=6", "-p", "no:randomly")
    out = result.stdout.str()
    report = out[out.index("generator reliability") : out.index("samples failed")]
    assert max(len(line) for line in report.splitlines()[1:]) <= 80, report
    assert "subjects in test_a_rather_long_module_name_for_the_generator_step.py::" in report
    assert re.search(r"\ntest_th\.\.\.ails_to_rename +6 +4 +2 +66\.7% +30\.0-90\.3%", report)
    failures = out[out.index("= FAILURES =") : out.index("generator reliability")]
    assert failures.count("rename_lock (EPERM rename out/engine.node): exit 1:") == 2
    assert "Traceback" not in failures and "gen_run(" not in failures
    verbose = pytester.runpytest_subprocess("--gen-samples=2", "-p", "no:randomly", "-v")
    assert "generator failed: `" in verbose.stdout.str()
