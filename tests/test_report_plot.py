"""The forest plot (``--gen-plot``): valid PNG and SVG, the figures they show, no matplotlib."""

from __future__ import annotations

import functools
import os
import struct
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest
from factories import figures

from pytest_genreliability import values
from pytest_genreliability.comparisons import ComparisonResult, compare_results, pair_arms
from pytest_genreliability.records import SampleRecord, SubjectResult, aggregate
from pytest_genreliability.report import plot as report_plot
from pytest_genreliability.report.plot import (
    INSTALL_HINT,
    MAX_LABEL,
    PlotUnavailable,
    middle_ellipsis,
    subject_labels,
    write_forest_plot,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"

PRISMA = "tests/test_generate.py::test_prisma_generate"
WHEEL = "tests/test_generate.py::test_build_wheel"
LONG_PRISMA = (
    "tests/integration/generators/test_prisma_client_generation.py::"
    "test_prisma_generate_into_shared_output_folder[prisma-6.19.0-windows-latest-node20-library]"
)
LONG_BUILD = (
    "tests/integration/generators/test_python_build.py::"
    "test_python_m_build_concurrent[sdist-and-wheel-into-one-shared-build-dir]"
)

# Counts with published intervals, so the figures printed beside the rows can be checked
# against sources rather than against this package:
# - Newcombe RG (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score):
#   81/263 -> 0.2553-0.3662 and 1/29 -> 0.0061-0.1718.
# - Newcombe RG (1998), Statistics in Medicine 17:873-890, Table II, case (a), method 10 (hybrid
#   score): 56/70 against 48/80 -> difference 0.2000, limits 0.0524 to 0.3339.


def _records(
    subject: str, passed: int, total: int, arm: str | None = None, minimum: float | None = None
) -> list[SampleRecord]:
    # failures first, so the order is not the trivially clustered "all passes, then failures"
    outcomes = ["failed"] * (total - passed) + ["passed"] * passed
    return [
        SampleRecord(subject, i + 1, total, outcome, arm=arm, min_pass_rate=minimum)
        for i, outcome in enumerate(outcomes)
    ]


@functools.cache
def _realistic() -> tuple[tuple[SubjectResult, ...], tuple[ComparisonResult, ...]]:
    """Three subjects; one measured in two arms and compared; one with its own minimum."""
    results = aggregate(
        _records(PRISMA, 48, 80, arm="direct")
        + _records(PRISMA, 56, 70, arm="safe")
        + _records(WHEEL, 81, 263)
        + _records("gen_command", 1, 29, minimum=0.8)
    )
    comparisons = tuple(compare_results(a, b) for a, b in pair_arms(results))
    return tuple(results), comparisons


def _svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]


def _svg_ids(path: Path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    return {e.get("id", ""): e for e in root.iter() if e.get("id")}


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture(scope="module")
def matplotlib() -> None:
    pytest.importorskip("matplotlib", reason="the plot needs the [plot] extra (matplotlib)")


@pytest.fixture(scope="module")
def realistic_plots(matplotlib: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plots")
    results, comparisons = _realistic()
    for name in ("forest.png", "forest.svg"):
        returned = write_forest_plot(
            folder / name, figures(results), comparisons, min_pass_rate=0.9
        )
        assert returned == folder / name
    return folder


# --- labels (no matplotlib needed) ---


def test_labels_drop_the_file_path_but_stay_distinct() -> None:
    labels = subject_labels([PRISMA, WHEEL, "gen_command", "tests/other.py::test_build_wheel"])
    assert labels[PRISMA] == "test_prisma_generate"
    assert labels["gen_command"] == "gen_command"
    # two files with a test of the same name keep enough of the path to tell them apart
    assert labels[WHEEL] != labels["tests/other.py::test_build_wheel"]
    assert labels["tests/other.py::test_build_wheel"] == "tests/other.py::test_build_wheel"


def test_long_ids_lose_their_middle_and_keep_both_ends() -> None:
    label = subject_labels([LONG_PRISMA])[LONG_PRISMA]
    assert len(label) == MAX_LABEL
    head, tail = label.split("…")
    assert LONG_PRISMA.endswith(tail) and tail.endswith("library]")
    assert head.startswith("test_prisma_generate")
    assert middle_ellipsis("short", 10) == "short"
    # a short test name is kept whole and the cut falls inside the parameters
    params = "test_gen[prisma-6.19.0-windows-latest-node20-library-engine-shared-output]"
    short = middle_ellipsis(params, 40)
    assert len(short) == 40 and short.startswith("test_gen[prisma") and short.endswith("output]")


# --- the files ---


def test_png_is_a_valid_image(realistic_plots: Path) -> None:
    width, height = _png_size(realistic_plots / "forest.png")
    assert width > 600 and height > 300


def test_svg_shows_every_subject_arm_and_comparison(realistic_plots: Path) -> None:
    texts = _svg_texts(realistic_plots / "forest.svg")
    joined = "\n".join(texts)
    for label in ("test_prisma_generate [direct]", "test_prisma_generate [safe]"):
        assert label in texts
    assert "test_build_wheel" in texts and "gen_command" in texts
    assert "safe vs direct" in joined  # candidate first: the difference is safe minus direct
    assert "Pass rates with 95% confidence intervals (Wilson)" in texts
    # the full ids of shortened labels are kept under the plot
    assert "tests/test_generate.py::  test_prisma_generate, test_build_wheel" in joined


def test_svg_figures_match_the_published_intervals(realistic_plots: Path) -> None:
    texts = _svg_texts(realistic_plots / "forest.svg")
    assert "81/263  31% [26–37]" in texts  # Wilson 25.53-36.62%
    assert "1/29  3% [1–17]" in texts  # Wilson 0.61-17.18%
    assert any(t.startswith("48/80  60% [") for t in texts)
    # Newcombe hybrid score, case (a): +20.0 points, 5.24 to 33.39
    assert any(t.startswith("+20.0 [+5.2, +33.4] ") for t in texts)


def test_svg_draws_the_required_minimum_around_the_subject_with_its_own(
    realistic_plots: Path,
) -> None:
    ids = _svg_ids(realistic_plots / "forest.svg")
    assert "required-minimum" in ids
    # rows: direct, safe, wheel, gen_command; only gen_command (row 3) has a minimum of its own
    assert "subject-minimum-3" in ids
    assert not {"subject-minimum-0", "subject-minimum-1", "subject-minimum-2"} & set(ids)
    assert {"subject-0", "subject-1", "subject-2", "subject-3", "comparison-0", "zero"} <= set(ids)
    texts = _svg_texts(realistic_plots / "forest.svg")
    assert "required minimum 90%" in texts
    assert "this subject's required minimum" in texts


def test_the_global_minimum_breaks_where_a_subject_has_its_own(
    matplotlib: None, tmp_path: Path
) -> None:
    results = aggregate(
        _records("a", 9, 10) + _records("b", 9, 10, minimum=0.5) + _records("c", 9, 10)
    )
    target = write_forest_plot(tmp_path / "gap.svg", figures(results), min_pass_rate=0.9)
    line = _svg_ids(target)["required-minimum"]
    segments = [e for e in line.iter() if e.tag == f"{SVG}path"]
    assert len(segments) == 2  # rows a and c, not b


def test_no_temporary_file_is_left_and_an_old_plot_is_replaced(
    realistic_plots: Path, tmp_path: Path
) -> None:
    assert sorted(p.name for p in realistic_plots.iterdir()) == ["forest.png", "forest.svg"]
    target = tmp_path / "nested" / "plot.png"
    target.parent.mkdir()
    target.write_bytes(b"old")
    results, comparisons = _realistic()
    write_forest_plot(target, figures(results[:1]), comparisons[:0])
    assert target.read_bytes()[:8] == PNG_SIGNATURE
    assert [p.name for p in target.parent.iterdir()] == ["plot.png"]


def test_a_failed_write_keeps_the_old_plot_and_leaves_no_temporary_file(
    matplotlib: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plot.svg"
    target.write_text("old")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Access is denied", dst)

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_forest_plot(target, figures(aggregate(_records("a", 3, 4))))
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plot.svg"]


def test_the_same_results_give_the_same_svg(realistic_plots: Path, tmp_path: Path) -> None:
    results, comparisons = _realistic()
    again = write_forest_plot(
        tmp_path / "again.svg", figures(results), comparisons, min_pass_rate=0.9
    )
    assert again.read_bytes() == (realistic_plots / "forest.svg").read_bytes()


def _height(folder: Path, name: str, results: Sequence[SubjectResult]) -> int:
    return _png_size(write_forest_plot(folder / name, figures(results)))[1]


def test_the_image_grows_with_the_number_of_rows(matplotlib: None, tmp_path: Path) -> None:
    two = aggregate(_records("a", 9, 10) + _records("b", 8, 10))
    eight = aggregate([r for k in range(8) for r in _records(f"s{k}", 9, 10)])
    assert _height(tmp_path, "eight.png", eight) > _height(tmp_path, "two.png", two) + 150


def test_long_ids_are_shortened_on_the_rows_and_given_in_full_below(
    matplotlib: None, tmp_path: Path
) -> None:
    results = aggregate(
        _records(LONG_PRISMA, 7, 20, arm="direct")
        + _records(LONG_PRISMA, 19, 20, arm="safe")
        + _records(LONG_BUILD, 18, 20, arm="before")
        + _records(LONG_BUILD, 12, 20, arm="after")
        + _records("tests/test_gen.py::test_codegen_small", 28, 30, minimum=0.8)
        + [SampleRecord("tests/test_gen.py::test_prepare_fails", 1, 5, "error")]
    )
    comparisons = [compare_results(a, b, alternative="two-sided") for a, b in pair_arms(results)]
    target = write_forest_plot(
        tmp_path / "long.svg", figures(results), comparisons, min_pass_rate=0.9
    )
    texts = _svg_texts(target)
    rows = [t for t in texts if t.endswith(("[direct]", "[safe]", "[before]", "[after]"))]
    assert len(rows) == 4
    assert all("…" in row and len(row) <= MAX_LABEL + len(" [before]") for row in rows)
    joined = "\n".join(texts)
    # the full ids appear (perhaps wrapped over two lines) in the footnote
    assert LONG_PRISMA in joined.replace("\n    ", "")
    assert LONG_BUILD in joined.replace("\n    ", "")
    assert "0/0  no rated sample" in texts
    assert "after vs before" in joined and "safe vs direct" in joined


def test_nothing_measured_still_gives_a_picture(matplotlib: None, tmp_path: Path) -> None:
    target = write_forest_plot(tmp_path / "empty.svg", [], [])
    assert "no subject was measured" in _svg_texts(target)


def test_the_title_names_the_confidence_and_method(matplotlib: None, tmp_path: Path) -> None:
    results = aggregate(_records("a", 9, 10))
    target = write_forest_plot(tmp_path / "t.svg", figures(results, 0.9, "exact"))
    assert "Pass rates with 90% confidence intervals (Clopper-Pearson)" in _svg_texts(target)


def test_the_plot_leaves_pyplot_alone(
    matplotlib: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pyplot keeps global state (figure manager, interactive backend); any import of it fails here
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    target = write_forest_plot(tmp_path / "p.png", figures(aggregate(_records("a", 1, 1))))
    assert target.read_bytes()[:8] == PNG_SIGNATURE


# --- refusals ---


@pytest.mark.parametrize("name", ["plot.pdf", "plot", "plot.png.txt"])
def test_an_unknown_suffix_is_refused_before_anything_is_drawn(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match=r"must end in one of \.png, \.svg"):
        write_forest_plot(tmp_path / name, [])
    assert list(tmp_path.iterdir()) == []


def test_the_suffix_is_read_without_regard_to_case() -> None:
    assert report_plot.plot_format("Report.PNG") == "png"
    assert report_plot.plot_format(Path("out/forest.Svg")) == "svg"


def test_a_bad_method_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="method"):
        write_forest_plot(tmp_path / "p.png", figures(aggregate(_records("a", 1, 1)), 0.95, "wald"))


def test_without_matplotlib_the_message_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes ``import matplotlib`` fail
    with pytest.raises(PlotUnavailable) as caught:
        results, comparisons = _realistic()
        write_forest_plot(tmp_path / "plot.png", figures(results), comparisons)
    assert (
        str(caught.value)
        == "--gen-plot needs matplotlib: pip install 'pytest-genreliability[plot]'"
    )
    assert str(caught.value) == INSTALL_HINT
    assert isinstance(caught.value, RuntimeError)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(PlotUnavailable):
        values.require_matplotlib()
