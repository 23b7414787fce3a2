"""A self-contained HTML report rendered from JSON report documents (reporting layer).

The input is the ``genreliability/1`` document that ``--gen-json`` writes and saved runs hold, so a
live session (``--gen-html``) and saved runs (``pytest-genreliability html``) share this renderer,
and the figures are the ones the terminal report printed: nothing here computes an interval, a
gate or a test. The renderer reads tolerantly: a partial or damaged document (a run cut short, a
field missing or of the wrong type) renders what is there and says what is not, never a traceback.

The page is one file: inline CSS, inline SVG, no network. It reads with JavaScript off; a few
lines of script add sorting of tables and a filter over failure rows. Every string from a document
goes through :func:`html.escape` (excerpts and paths were already redacted when recorded).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import __version__
from ..atomicfile import write_text_atomic
from ..gates import method_label
from .compare import TEST_NAMES, probability_text, pvalue_text

#: Beyond this many samples a strip shows bins (stacked shares per outcome), not one mark each.
STRIP_MARKS = 2000
#: Bins of an aggregated strip.
STRIP_BINS = 400
#: Excerpts shown per failure class.
EXAMPLES_PER_CLASS = 2

OUTCOME_COLOURS = {
    "passed": "#2e7d32",
    "timeout": "#ef6c00",
    "crashed": "#6a1b9a",
    "error": "#37474f",
    "skipped": "#b0bec5",
    "interrupted": "#78909c",
    "missing": "#ffffff",
    "unreadable": "#fdd835",
}
#: Failed samples take a colour per failure class, in order of frequency over the report.
CLASS_COLOURS = ("#c62828", "#ad1457", "#f4511e", "#8d6e63", "#e91e63", "#ff8a65", "#880e4f")

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;
background:#fafafa}
main{max-width:1180px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:22px;margin:8px 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}
h3{font-size:15px;margin:18px 0 6px}
.lead{color:#444;margin:0 0 12px}
table{border-collapse:collapse;margin:6px 0 12px;background:#fff;font-size:13px}
th,td{border:1px solid #ddd;padding:4px 7px;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.sortable th{cursor:pointer}
.pass{color:#1b5e20;font-weight:600}.fail{color:#b71c1c;font-weight:600}
.warn{background:#fff8e1;border-left:4px solid #f9a825;padding:6px 10px;margin:6px 0}
.problem{background:#ffebee;border-left:4px solid #c62828;padding:6px 10px;margin:6px 0}
pre{background:#f4f4f4;padding:6px 8px;white-space:pre-wrap;word-break:break-all;margin:4px 0;
font-size:12px;max-height:240px;overflow:auto}
code{font-size:12px}
.strip{margin:4px 0 14px}.strip svg{display:block;background:#fff;border:1px solid #ddd}
.legend span{display:inline-block;margin-right:12px;font-size:12px}
.legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px;
border:1px solid #999}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;font-size:13px}
dl.meta dt{color:#555}dl.meta dd{margin:0}
.muted{color:#666;font-size:12px}
input.filter{margin:4px 0;padding:3px 6px;width:280px}
.scroll{overflow-x:auto;max-width:100%}.nw{white-space:nowrap}
td:first-child{max-width:300px;overflow-wrap:anywhere}
details summary{cursor:pointer;color:#0d47a1}
"""

SCRIPT = """
document.querySelectorAll('table.sortable').forEach(function(table){
  table.querySelectorAll('th').forEach(function(th, col){
    th.title = 'sort';
    th.addEventListener('click', function(){
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var dir = th.dataset.dir === 'asc' ? -1 : 1; th.dataset.dir = dir > 0 ? 'asc' : 'desc';
      rows.sort(function(a, b){
        var x = a.cells[col], y = b.cells[col];
        var u = x.dataset.v !== undefined ? parseFloat(x.dataset.v) : NaN;
        var v = y.dataset.v !== undefined ? parseFloat(y.dataset.v) : NaN;
        if (!isNaN(u) && !isNaN(v)) return dir * (u - v);
        return dir * x.textContent.localeCompare(y.textContent);
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
});
document.querySelectorAll('input.filter').forEach(function(input){
  input.hidden = false;
  var table = document.getElementById(input.dataset.table);
  input.addEventListener('input', function(){
    var needle = input.value.toLowerCase();
    Array.prototype.forEach.call(table.tBodies[0].rows, function(row){
      row.hidden = needle !== '' && row.textContent.toLowerCase().indexOf(needle) < 0;
    });
  });
});
"""


# --- tolerant reading of a document -------------------------------------------------------


def _num(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def pct(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{100 * value:.{digits}f}%"


def points(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:+.1f}"


def moment(epoch: float | None) -> str:
    """A sample's start as UTC wall time, to the millisecond."""
    if epoch is None:
        return "start time not recorded"
    when = datetime.fromtimestamp(epoch, timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + " UTC"


def subject_label(subject: Mapping[str, Any]) -> str:
    name = _str(subject.get("id")) or "(unnamed subject)"
    arm = _str(subject.get("arm"))
    return f"{name} [{arm}]" if arm else name


def interval_of(subject: Mapping[str, Any]) -> tuple[float | None, float | None]:
    ci = _dict(subject.get("ci"))
    return _num(ci.get("lower")), _num(ci.get("upper"))


def mark_key(record: Mapping[str, Any]) -> str:
    """What a strip mark shows: the outcome, or for a failed sample its failure class."""
    outcome = _str(record.get("outcome")) or "unreadable"
    if outcome == "failed":
        return "class:" + (_str(record.get("class")) or "other")
    return outcome if outcome in OUTCOME_COLOURS else "unreadable"


def class_palette(documents: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """One colour per failure class over the whole report, the most frequent class first."""
    counts: Counter[str] = Counter()
    for document in documents:
        for subject in _list(document.get("subjects")):
            for name, count in _dict(_dict(subject).get("failures")).items():
                counts[str(name)] += _int(count) or 0
    names = sorted(counts, key=lambda n: (-counts[n], n))
    return {name: CLASS_COLOURS[i % len(CLASS_COLOURS)] for i, name in enumerate(names)}


def colour(key: str, palette: Mapping[str, str]) -> str:
    if key.startswith("class:"):
        return palette.get(key[6:], CLASS_COLOURS[0])
    return OUTCOME_COLOURS.get(key, OUTCOME_COLOURS["unreadable"])


def key_label(key: str) -> str:
    return f"failed: {key[6:]}" if key.startswith("class:") else key


# --- sections -----------------------------------------------------------------------------


def _gate_cell(subject: Mapping[str, Any]) -> tuple[str, str]:
    """(text, sort value) of a subject's gate: result, required rate, compared figure, margin."""
    gate = _dict(subject.get("gate"))
    if not gate:
        return "no gate", ""
    passed = gate.get("passed") is True
    word = '<span class="pass">passed</span>' if passed else '<span class="fail">failed</span>'
    parts = [f"required {pct(_num(gate.get('required')))}"]
    observed = _num(gate.get("observed"))
    if observed is not None:
        # which figure the gate compared: the document's lower bound, or the estimate
        what = "lower bound" if observed == interval_of(subject)[0] else "compared"
        what = "pass rate" if observed == _num(subject.get("pass_rate")) else what
        parts.append(f"{what} {pct(observed)}")
    margin = _num(gate.get("margin"))
    if margin is not None:
        parts.append(f"margin {points(margin)} points")
    needed = _int(gate.get("passes_needed"))
    if needed and not passed:
        parts.append(f"{needed} more consecutive passes needed")
    line = _str(gate.get("line")) or ""
    cell = f'<span title="{esc(line)}">{word}</span><br><span class="muted">'
    cell += esc(", ".join(parts)) + "</span>"
    return cell, "" if margin is None else f"{margin:.6f}"


def _main_classes(subject: Mapping[str, Any]) -> str:
    failures = _dict(subject.get("failures"))
    ranked = sorted(failures.items(), key=lambda kv: (-(_int(kv[1]) or 0), str(kv[0])))
    return ", ".join(f"{name} x{count}" for name, count in ranked[:3])


def _td(text: str, sort: object = None, num: bool = False) -> str:
    attrs = ' class="num"' if num else ""
    if sort is not None and sort != "":
        attrs += f' data-v="{esc(sort)}"'
    return f"<td{attrs}>{text}</td>"


def subjects_table(subjects: Sequence[Mapping[str, Any]], table_id: str) -> str:
    method, confidence = "-", None
    for subject in subjects:
        ci = _dict(subject.get("ci"))
        method = _str(ci.get("method")) or method
        confidence = _num(ci.get("confidence")) or confidence
    heading = f"{pct(confidence, 0) if confidence else '-'} CI ({esc(method_label(method))})"
    head = (
        "<tr><th>subject</th><th>samples</th><th>passed</th><th>failed</th><th>pass rate</th>"
        f"<th>{heading}</th><th>gate</th><th>main failure classes</th><th>notes</th></tr>"
    )
    rows = []
    for subject in subjects:
        lower, upper = interval_of(subject)
        rate = _num(subject.get("pass_rate"))
        samples, planned = _int(subject.get("samples")), _int(subject.get("planned"))
        interval = "-" if lower is None or upper is None else f"{pct(lower)} - {pct(upper)}"
        gate_text, gate_sort = _gate_cell(subject)
        rows.append(
            "<tr>"
            + _td(esc(subject_label(subject)))
            + _td(esc("-" if samples is None else samples), samples, num=True)
            + _td(esc(_int(subject.get("passed")) or 0), subject.get("passed"), num=True)
            + _td(esc(_int(subject.get("failed")) or 0), subject.get("failed"), num=True)
            + _td(pct(rate), rate, num=True)
            + _td(interval, lower, num=True)
            + _td(gate_text, gate_sort)
            + _td(esc(_main_classes(subject)))
            + _td("<br>".join(esc(n) for n in subject_notes(subject, planned)))
            + "</tr>"
        )
    return (
        f'<table class="sortable" id="{table_id}"><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def subject_notes(subject: Mapping[str, Any], planned: int | None = None) -> list[str]:
    """Samples outside the pass rate, missing samples and clustering, said out loud."""
    notes = []
    outcomes = _dict(subject.get("outcomes"))
    unrated = [f"{outcomes[o]} {o}" for o in ("error", "skipped", "interrupted") if outcomes.get(o)]
    if unrated:
        notes.append(f"{', '.join(unrated)} (not in the pass rate)")
    if outcomes.get("crashed"):
        notes.append(f"{outcomes['crashed']} crashed (counted as failures)")
    records = _list(subject.get("records"))
    planned = planned if planned is not None else _int(subject.get("planned"))
    if planned is not None and len(records) < planned:
        notes.append(f"incomplete: {planned - len(records)} of {planned} planned samples missing")
    independence = _dict(subject.get("independence"))
    if independence.get("clustered") is True:
        pvalue = _num(independence.get("pvalue")) or 0.0
        notes.append(
            f"failures cluster in sample order (runs test p = {pvalue:.2g}); "
            "the interval assumes independent samples"
        )
    return notes


def forest_plot(subjects: Sequence[Mapping[str, Any]]) -> str:
    """Pass rate and interval per subject on one axis, with each gate's required rate dashed."""
    rows = [s for s in subjects if _num(s.get("pass_rate")) is not None]
    if not rows:
        return '<p class="muted">no subject has a pass rate to plot</p>'
    lows = [interval_of(s)[0] for s in rows]
    lows += [_num(_dict(s.get("gate")).get("required")) for s in rows]
    least = min(v for v in [*lows, _num(rows[0].get("pass_rate"))] if v is not None)
    start = max(0.0, int(least * 10) / 10 - 0.1) if least > 0.3 else 0.0
    label_w, plot_w, row_h, top = 420, 600, 26, 26
    width, height = label_w + plot_w + 30, top + row_h * len(rows) + 34

    def x(value: float) -> float:
        return label_w + (value - start) / (1 - start) * plot_w

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="forest plot of pass rates">'
    ]
    tick = start
    while tick <= 1.0001:
        tx = x(tick)
        parts.append(
            f'<line x1="{tx:.1f}" y1="{top - 6}" x2="{tx:.1f}" y2="{height - 28}" '
            'stroke="#e3e3e3"/>'
            f'<text x="{tx:.1f}" y="{height - 12}" font-size="11" text-anchor="middle">'
            f"{round(tick * 100):d}%</text>"
        )
        tick += 0.1
    for n, subject in enumerate(rows):
        y = top + n * row_h + row_h / 2
        rate = _num(subject.get("pass_rate")) or 0.0
        lower, upper = interval_of(subject)
        label = subject_label(subject)
        short = label if len(label) <= 62 else "..." + label[-59:]
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 4:.1f}" font-size="12" text-anchor="end">'
            f"<title>{esc(label)}</title>{esc(short)}</text>"
        )
        required = _num(_dict(subject.get("gate")).get("required"))
        if required is not None:
            rx = x(max(required, start))
            parts.append(
                f'<line x1="{rx:.1f}" y1="{y - row_h / 2 + 1:.1f}" x2="{rx:.1f}" '
                f'y2="{y + row_h / 2 - 1:.1f}" stroke="#c62828" stroke-width="2" '
                f'stroke-dasharray="4 3"><title>required {pct(required)}</title></line>'
            )
        gate = _dict(subject.get("gate"))
        fill = "#1b1b1b" if not gate else ("#2e7d32" if gate.get("passed") is True else "#c62828")
        title = f"{label}: {pct(rate)}"
        if lower is not None and upper is not None:
            title += f" ({pct(lower)} - {pct(upper)})"
            parts.append(
                f'<line x1="{x(max(lower, start)):.1f}" y1="{y:.1f}" x2="{x(upper):.1f}" '
                f'y2="{y:.1f}" stroke="{fill}" stroke-width="2.5"/>'
            )
        parts.append(
            f'<rect x="{x(rate) - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="{fill}">'
            f"<title>{esc(title)}</title></rect>"
        )
    parts.append(
        f'<text x="{label_w}" y="14" font-size="11" fill="#555">pass rate with interval; '
        "dashed red: the gate's required rate; green/red: gate passed/failed</text></svg>"
    )
    return "".join(parts)


def _record_title(record: Mapping[str, Any]) -> str:
    index = _int(record.get("index"))
    parts = [f"#{index if index is not None else '?'}", _str(record.get("outcome")) or "?"]
    for key in ("class", "errno", "operation"):
        value = _str(record.get(key))
        if value and value not in parts:
            parts.append(value)
    duration = _num(record.get("duration_s"))
    parts.append(f"started {moment(_num(record.get('started_at')))}")
    parts.append("duration -" if duration is None else f"{duration:.2f} s")
    return " ".join(parts[:2]) + (": " if len(parts) > 2 else "") + ", ".join(parts[2:])


#: A strip mark: what it shows, and the record behind it (or the text of a mark without one).
Mark = tuple[str, "Mapping[str, Any] | str"]


def mark_title(mark: Mark) -> str:
    """The hover text of a mark; built only for marks drawn one by one (it costs a date format)."""
    source = mark[1]
    return source if isinstance(source, str) else _record_title(source)


def strip_marks(subject: Mapping[str, Any]) -> list[Mark]:
    """A mark per planned sample in sample order, never-reported ones too, then unreadable ones."""
    records = _list(subject.get("records"))
    by_index: dict[int, Mapping[str, Any]] = {}
    unreadable = 0
    for record in records:
        index = _int(_dict(record).get("index"))
        if index is None or index in by_index:
            unreadable += 1
            continue
        by_index[index] = _dict(record)
    planned = _int(subject.get("planned")) or 0
    last = max([planned, *by_index], default=0)
    marks: list[Mark] = []
    for index in range(1, last + 1):
        record = by_index.get(index)
        if record is None:
            marks.append(("missing", f"#{index}: planned, never reported"))
        else:
            marks.append((mark_key(record), record))
    marks += [("unreadable", "a record without a usable sample index")] * unreadable
    return marks


def sample_strip(marks: Sequence[Mark], palette: Mapping[str, str]) -> str:
    """One mark per sample in sample order; beyond STRIP_MARKS, bins of stacked shares."""
    if not marks:
        return '<p class="muted">no sample records in this document</p>'
    width, height = 1000, 26
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="{height}" '
        f'viewBox="0 0 {width} {height}" preserveAspectRatio="none" role="img" '
        f'aria-label="samples in order">'
    ]
    if len(marks) <= STRIP_MARKS:
        step = width / len(marks)
        mark_w = max(step - (0.6 if step > 3 else 0), 0.5)
        for n, mark in enumerate(marks):
            key = mark[0]
            stroke = ' stroke="#9e9e9e" stroke-width="0.5"' if key == "missing" else ""
            parts.append(
                f'<rect x="{n * step:.2f}" y="0" width="{mark_w:.2f}" '
                f'height="{height}" fill="{colour(key, palette)}"{stroke}>'
                f"<title>{esc(mark_title(mark))}</title></rect>"
            )
        caption = f"{len(marks)} samples, one mark each"
    else:
        size = -(-len(marks) // STRIP_BINS)
        bins = [marks[i : i + size] for i in range(0, len(marks), size)]
        step = width / len(bins)
        for n, chunk in enumerate(bins):
            counts = Counter(key for key, _ in chunk)
            order = sorted(counts, key=lambda k: (k != "passed", k))
            first = n * size + 1
            title = f"samples {first}-{first + len(chunk) - 1}: " + ", ".join(
                f"{counts[k]} {key_label(k)}" for k in order
            )
            y = 0.0
            for key in order:
                h = height * counts[key] / len(chunk)
                parts.append(
                    f'<rect x="{n * step:.2f}" y="{y:.2f}" width="{step:.2f}" height="{h:.2f}" '
                    f'fill="{colour(key, palette)}"><title>{esc(title)}</title></rect>'
                )
                y += h
        caption = f"{len(marks)} samples in {len(bins)} bins of {size} (stacked shares)"
    parts.append("</svg>")
    hover = "its start time and duration" if len(marks) <= STRIP_MARKS else "the counts of a bin"
    return (
        f'<div class="strip">{"".join(parts)}<div class="muted">{esc(caption)}; '
        f"sample 1 on the left; hover a mark for {hover}</div></div>"
    )


def legend(keys: Iterable[str], palette: Mapping[str, str]) -> str:
    items = [
        f'<span><i style="background:{colour(k, palette)}"></i>{esc(key_label(k))}</span>'
        for k in keys
    ]
    return f'<div class="legend">{"".join(items)}</div>'


def _difference_bar(low: float | None, high: float | None, diff: float | None) -> str:
    """The difference's interval against zero, on -100..+100 points."""
    if low is None or high is None or diff is None:
        return ""

    def x(value: float) -> float:
        return 100 + value * 98

    colour_ = "#2e7d32" if low > 0 else ("#c62828" if high < 0 else "#616161")
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="18" viewBox="0 0 200 18">'
        '<line x1="100" y1="0" x2="100" y2="18" stroke="#555" stroke-dasharray="2 2"/>'
        f'<line x1="{x(low):.1f}" y1="9" x2="{x(high):.1f}" y2="9" stroke="{colour_}" '
        f'stroke-width="3"/><circle cx="{x(diff):.1f}" cy="9" r="4" fill="{colour_}"/>'
        f"<title>{points(diff)} points ({points(low)} to {points(high)}); dashed: zero</title>"
        "</svg>"
    )


def _side(side: Mapping[str, Any]) -> str:
    label = _str(side.get("label")) or "-"
    passed, samples = _int(side.get("passed")), _int(side.get("samples"))
    ci = _dict(side.get("ci"))
    rate = pct(_num(side.get("pass_rate")))
    text = f'<span class="nw"><b>{esc(label)}</b>: {esc(passed)}/{esc(samples)} {rate}</span>'
    if ci:
        low, high = pct(_num(ci.get("lower"))), pct(_num(ci.get("upper")))
        text += f'<br><span class="nw">({low} - {high})</span>'
    return text


def comparisons_table(comparisons: Sequence[Mapping[str, Any]], table_id: str) -> str:
    head = (
        "<tr><th>subject</th><th>baseline</th><th>candidate</th><th>difference, points "
        "(interval), against zero</th><th>test</th><th>P(candidate better)</th>"
        "<th>verdict</th><th>failure classes before -> after</th></tr>"
    )
    rows = []
    for comp in comparisons:
        ci = _dict(comp.get("difference_ci"))
        low, high, diff = _num(ci.get("lower")), _num(ci.get("upper")), _num(comp.get("difference"))
        interval = "-" if diff is None else f"{points(diff)} ({points(low)} to {points(high)})"
        interval += "<br>" + _difference_bar(low, high, diff)
        pvalue = _num(comp.get("pvalue"))
        test = "-"
        if pvalue is not None:
            name = _str(comp.get("test")) or "?"
            sided = "two-sided" if comp.get("alternative") == "two-sided" else "one-sided"
            test = f"{esc(TEST_NAMES.get(name, name))} {sided}<br>p = {pvalue_text(pvalue)}"
            if comp.get("test_note"):
                test += f'<br><span class="muted">{esc(comp.get("test_note"))}</span>'
        prob = _num(comp.get("prob_b_better"))
        verdict = _str(comp.get("verdict")) or "-"
        css = {"improved": "pass", "regressed": "fail"}.get(verdict, "")
        changes = "<br>".join(
            esc(
                f"{_dict(c).get('class')} {_dict(c).get('baseline')} -> {_dict(c).get('candidate')}"
            )
            for c in _list(comp.get("class_changes"))
        )
        note = _str(comp.get("note"))
        rows.append(
            "<tr>"
            + _td(esc(_str(comp.get("subject")) or "-"))
            + _td(_side(_dict(comp.get("baseline"))))
            + _td(_side(_dict(comp.get("candidate"))))
            + _td(interval, diff)
            + _td(test, pvalue)
            + _td("-" if prob is None else probability_text(prob), prob, num=True)
            + _td(
                f'<span class="{css}">{esc(verdict)}</span>' + (f"<br>{esc(note)}" if note else "")
            )
            + _td(changes)
            + "</tr>"
        )
    return (
        f'<div class="scroll"><table class="sortable" id="{table_id}"><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _per_sample(values: Sequence[str | None]) -> list[str]:
    """Each value with how many samples it belongs to when not all: ``EEXIST (1 of 5)``."""
    counts = Counter(value for value in values if value)
    total = len(values)
    return [v if n == total else f"{v} ({n} of {total})" for v, n in counts.most_common()]


def failures_table(subjects: Sequence[Mapping[str, Any]], table_id: str) -> str:
    """Per subject and failure class: samples, share, codes, operations, paths, examples."""
    head = (
        "<tr><th>subject</th><th>failure class</th><th>samples</th><th>share</th><th>codes</th>"
        "<th>operations</th><th>paths and example output (redacted)</th></tr>"
    )
    rows = []
    for subject in subjects:
        rated = _int(subject.get("samples")) or 0
        failed = [
            _dict(r)
            for r in _list(subject.get("records"))
            if _str(_dict(r).get("outcome")) in ("failed", "timeout", "crashed")
        ]
        groups: dict[str, list[dict[str, Any]]] = {}
        for record in failed:
            name = _str(record.get("class")) or _str(record.get("outcome")) or "other"
            groups.setdefault(name, []).append(record)
        counts = {str(k): _int(v) or 0 for k, v in _dict(subject.get("failures")).items()}
        for name in sorted(set(counts) | set(groups), key=lambda n: (-counts.get(n, 0), n)):
            records = groups.get(name, [])
            count = counts.get(name, len(records))
            codes = _per_sample([_str(r.get("errno")) for r in records])
            operations = _per_sample([_str(r.get("operation")) for r in records])
            paths = sorted({str(p) for r in records for p in _list(r.get("paths"))})
            examples = []
            for record in records:
                excerpt = _str(record.get("excerpt"))
                if excerpt and excerpt not in examples:
                    examples.append(excerpt)
                if len(examples) == EXAMPLES_PER_CLASS:
                    break
            shown = "".join(f"<code>{esc(p)}</code><br>" for p in paths[:4])
            shown += "".join(f"<pre>{esc(e)}</pre>" for e in examples)
            if shown:
                what = f"{len(paths)} path(s), {len(examples)} excerpt(s)"
                shown = f"<details><summary>{what}</summary>{shown}</details>"
            rows.append(
                "<tr>"
                + _td(esc(subject_label(subject)))
                + _td(esc(name))
                + _td(str(count), count, num=True)
                + _td(
                    pct(count / rated if rated else None), count / rated if rated else "", num=True
                )
                + _td(esc(", ".join(codes)))
                + _td(esc(", ".join(operations)))
                + _td(shown)
                + "</tr>"
            )
    if not rows:
        return '<p class="muted">no failed sample</p>'
    return (
        f'<input class="filter" hidden placeholder="filter failure rows" data-table="{table_id}">'
        f'<div class="scroll"><table class="sortable" id="{table_id}"><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def hotspots_table(subjects: Sequence[Mapping[str, Any]], table_id: str) -> str:
    rows = []
    for subject in subjects:
        for spot in _list(subject.get("lock_hotspots")):
            spot = _dict(spot)
            rows.append(
                "<tr>"
                + _td(esc(subject_label(subject)))
                + _td(f"<code>{esc(spot.get('file', '-'))}</code>")
                + _td(esc(spot.get("operation") or "-"))
                + _td(esc(spot.get("code") or "-"))
                + _td(esc(spot.get("samples", "-")), spot.get("samples"), num=True)
                + "</tr>"
            )
    if not rows:
        return '<p class="muted">no lock failure named a file</p>'
    head = (
        "<tr><th>subject</th><th>locked file</th><th>operation</th><th>code</th>"
        "<th>samples</th></tr>"
    )
    return (
        f'<table class="sortable" id="{table_id}"><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


META_FIELDS = (
    ("name", "saved as"),
    ("saved_at", "saved at"),
    ("timestamp", "run at"),
    ("plugin_version", "plugin version"),
    ("python", "Python"),
    ("python_implementation", "implementation"),
    ("os", "OS"),
    ("os_release", "OS release"),
    ("architecture", "architecture"),
    ("machine_hash", "machine (hash)"),
    ("git_commit", "commit"),
)


def metadata_section(document: Mapping[str, Any]) -> str:
    meta = _dict(document.get("metadata"))
    items = [
        f"<dt>{esc(label)}</dt><dd>{esc(meta[key])}</dd>"
        for key, label in META_FIELDS
        if meta.get(key) not in (None, "")
    ]
    if not meta.get("plugin_version") and document.get("plugin_version"):
        items.insert(0, f"<dt>plugin version</dt><dd>{esc(document['plugin_version'])}</dd>")
    command = [str(a) for a in _list(meta.get("command"))]
    reproduce = '<p class="muted">the command was not recorded in this document</p>'
    if command:
        import shlex

        line = shlex.join(command)
        items.append(f"<dt>command</dt><dd><code>{esc(line)}</code></dd>")
        reproduce = (
            "<p>Run the same command at the same commit on a comparable machine; samples "
            "differ from run to run, the interval says by how much:</p>"
            f"<pre>{esc(line)}</pre>"
        )
    if meta.get("name"):
        reproduce += (
            "<p>Render this saved run again, or compare a new run with it:</p>"
            f"<pre>pytest-genreliability html {esc(meta['name'])} -o report.html\n"
            f"pytest --gen-samples=N --gen-compare={esc(meta['name'])}</pre>"
        )
    return (
        f'<dl class="meta">{"".join(items) or "<dt>metadata</dt><dd>none recorded</dd>"}</dl>'
        f"<h3>How to reproduce</h3>{reproduce}"
    )


def run_section(
    document: Mapping[str, Any], palette: Mapping[str, str], prefix: str, title: str | None
) -> str:
    """Everything about one document: subjects, plot, strips, comparisons, failures, metadata."""
    out: list[str] = []
    if title:
        out.append(f"<h2>{esc(title)}</h2>")
    schema = document.get("schema")
    if schema != "genreliability/1":
        out.append(
            f'<p class="problem">this document says schema {esc(schema)!s}, not '
            "genreliability/1: figures below are shown as far as they could be read</p>"
        )
    subjects = [_dict(s) for s in _list(document.get("subjects"))]
    bad = sum(1 for s in _list(document.get("subjects")) if not isinstance(s, dict))
    if bad:
        out.append(f'<p class="problem">{bad} subject entries could not be read</p>')
    if not subjects:
        out.append('<p class="problem">no subject in this document</p>')
    out.append(f'<h3 id="{prefix}-subjects">Subjects</h3>')
    out.append(subjects_table(subjects, f"{prefix}-subjects-table"))
    out.append(f"<h3>Pass rates (forest plot)</h3>{forest_plot(subjects)}")
    out.append("<h3>Samples in order</h3>")
    keys: set[str] = set()
    strips = []
    for subject in subjects:
        marks = strip_marks(subject)
        keys.update(key for key, _ in marks)
        strips.append(
            f"<div><b>{esc(subject_label(subject))}</b>{sample_strip(marks, palette)}</div>"
        )
    order = ["passed", *sorted(k for k in keys if k.startswith("class:"))]
    order += [k for k in OUTCOME_COLOURS if k in keys and k != "passed"]
    out.append(legend([k for k in order if k in keys], palette) + "".join(strips))
    comparisons = [_dict(c) for c in _list(document.get("comparisons"))]
    if comparisons:
        out.append("<h3>Comparisons</h3>")
        out.append(
            '<p class="muted">difference = candidate minus baseline, in percentage points, with '
            "Newcombe's interval; a change is claimed only when the test says so</p>"
        )
        out.append(comparisons_table(comparisons, f"{prefix}-comparisons-table"))
    out.append("<h3>Failure classes</h3>")
    out.append(failures_table(subjects, f"{prefix}-failures-table"))
    out.append("<h3>Lock hotspots (files other processes held)</h3>")
    out.append(hotspots_table(subjects, f"{prefix}-hotspots-table"))
    out.append("<h3>Run</h3>" + metadata_section(document))
    return f'<section class="run" id="{prefix}">{"".join(out)}</section>'


def summary_line(documents: Sequence[Mapping[str, Any]]) -> str:
    subjects = [_dict(s) for d in documents for s in _list(d.get("subjects"))]
    gates = [_dict(s.get("gate")) for s in subjects if _dict(s.get("gate"))]
    failed = sum(1 for g in gates if g.get("passed") is not True)
    samples = sum(_int(s.get("samples")) or 0 for s in subjects)
    text = f"{len(subjects)} subject(s), {samples} rated samples"
    if gates:
        text += (
            f'; <span class="fail">{failed} gate(s) failed</span>'
            if failed
            else f'; <span class="pass">all {len(gates)} gate(s) passed</span>'
        )
    return text


def render(
    documents: Sequence[Mapping[str, Any]],
    *,
    titles: Sequence[str | None] | None = None,
    problems: Sequence[str] = (),
    heading: str = "Generator reliability",
) -> str:
    """The whole page for one or more documents (one section each), as a string."""
    palette = class_palette(documents)
    names: list[str | None] = list(titles) if titles is not None else [None] * len(documents)
    if len(documents) > 1:
        names = [t or f"run {n + 1}" for n, t in enumerate(names)]
    sections = [
        run_section(document, palette, f"run{n + 1}", names[n])
        for n, document in enumerate(documents)
    ]
    notices = "".join(f'<p class="problem">{esc(p)}</p>' for p in problems)
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(heading)}</title><style>{CSS}</style></head><body><main>"
        f"<h1>{esc(heading)}</h1>"
        f'<p class="lead">{summary_line(documents)}. Rendered {made} by pytest-genreliability '
        f"{esc(__version__)} from the JSON report; every figure was computed when the run "
        "was reported.</p>"
        f"{notices}{''.join(sections)}"
        f"</main><script>{SCRIPT}</script></body></html>\n"
    )


def write_html(path: str | Path, documents: Sequence[Mapping[str, Any]], **options: Any) -> None:
    write_text_atomic(Path(path), render(documents, **options))
