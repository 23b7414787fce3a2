"""Where CI users look: JUnit XML properties and markdown summaries (inner pytest sessions)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from conftest import scheduled_test

pytestmark = pytest.mark.usefixtures("scheduled_generator")


def _properties(path: str) -> dict[str, str]:
    root = ET.parse(path).getroot()
    suite = root if root.tag == "testsuite" else root.find("testsuite")
    assert suite is not None
    return {p.get("name", ""): p.get("value", "") for p in suite.iter("property")}


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["n0", "n2"])
def test_junit_xml_carries_subject_figures(pytester: pytest.Pytester, workers: list[str]) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2,5,9"))
    result = pytester.runpytest_subprocess("--gen-samples=12", "--junitxml=junit.xml", *workers)
    assert result.ret == 0
    props = _properties(str(pytester.path / "junit.xml"))
    prefix = "genreliability[test_gen.py::test_generate]"
    assert props[f"{prefix}.samples"] == "12"
    assert props[f"{prefix}.passed"] == "9"
    assert props[f"{prefix}.pass_rate"] == "0.7500"
    assert props[f"{prefix}.ci_lower"] == "0.4677"  # Wilson 9/12, as in the terminal report
    assert props[f"{prefix}.ci_upper"] == "0.9111"
    assert props[f"{prefix}.ci_method"] == "wilson"
    assert props[f"{prefix}.main_failure_class"] != ""
    # failed samples are failed test cases, so JUnit consumers see them
    root = ET.parse(pytester.path / "junit.xml").getroot()
    assert len(root.findall(".//testcase/failure")) == 3


def test_markdown_summary_file(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test("2,5,9"))
    result = pytester.runpytest(
        "--gen-samples=12", "--gen-min-pass-rate=0.9", "--gen-markdown=summary.md"
    )
    assert result.ret == 1
    text = (pytester.path / "summary.md").read_text()
    lines = text.splitlines()
    assert lines[0] == "## Generator reliability"
    header = next(line for line in lines if line.startswith("| subject"))
    assert "95% CI (Wilson)" in header
    row = next(line for line in lines if "test_gen.py::test_generate" in line)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1:6] == ["12", "9", "3", "75.0%", "46.8-91.1%"]
    assert any(line.startswith("- :x: gate failed: test_gen.py::test_generate") for line in lines)


def test_github_step_summary_is_appended_to(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = pytester.path / "step_summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    pytester.makepyfile(test_gen=scheduled_test(""))
    pytester.runpytest("--gen-samples=3")
    text = summary.read_text()
    assert text.startswith("earlier step\n## Generator reliability")
    row = next(line for line in text.splitlines() if "test_gen.py::test_generate" in line)
    assert [c.strip() for c in row.strip("|").split("|")][1:5] == ["3", "3", "0", "100.0%"]


def test_forest_plot_is_written(pytester: pytest.Pytester) -> None:
    pytest.importorskip("matplotlib", reason="the plot needs the [plot] extra (matplotlib)")
    pytester.makepyfile(test_gen=scheduled_test("2,5,9"))
    result = pytester.runpytest_subprocess(
        "--gen-samples=12", "--gen-min-pass-rate=0.4", "--gen-plot=plot.svg"
    )
    assert result.ret == 0
    result.stdout.fnmatch_lines(["forest plot written to plot.svg"])
    root = ET.parse(pytester.path / "plot.svg").getroot()
    text = " ".join("".join(node.itertext()) for node in root.iter())
    assert "test_generate" in text
    assert "9/12" in text


def test_forest_plot_with_an_unknown_suffix_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_gen=scheduled_test(""))
    result = pytester.runpytest("--gen-samples=2", "--gen-plot=plot.pdf")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: --gen-plot: cannot tell the image format*.png, .svg*"])
    assert not (pytester.path / "plot.pdf").exists()
