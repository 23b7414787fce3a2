"""How long the failure classifier takes on a long log and on pathological input.

Run: ``python benchmarks/bench_classify.py [--repeat N]``. Prints the median (and the best) time
of ``classify`` per input, and whether it meets the targets: 5 ms for a 128 KiB realistic excerpt
(a verbose install log with the failure near its end, and the labelled corpus repeated, which
puts evidence on most lines), 50 ms for a 1 MiB line without newlines (shapes chosen to make naive
regular expressions backtrack, or substring searches crawl).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from tabulate import tabulate

from pytest_genreliability.classify import classify

KIB = 1024
MIB = 1024 * KIB
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "failures.jsonl"
TMP = r"C:\app\node_modules\.prisma\client\query_engine-windows.dll.node.tmp43516"
DLL = r"C:\app\node_modules\.prisma\client\query_engine-windows.dll.node"


def install_log(size: int) -> str:
    failure = (
        "npm ERR! code EPERM\nnpm ERR! syscall rename\n"
        f"npm ERR! Error: EPERM: operation not permitted, rename '{TMP}' -> '{DLL}'\n"
        "npm ERR! A complete log of this run can be found in: C:\\x\\debug-0.log\n"
    )
    lines, length, index = [], 0, 0
    while length < size:
        line = f"npm verb lifecycle pkg{index}@1.{index}.0~postinstall: CWD: /ci/app/p{index}"
        lines.append(line)
        length += len(line) + 1
        index += 1
    return "\n".join(lines)[: size - len(failure) - 1] + "\n" + failure


def corpus_log(size: int) -> str:
    texts = [json.loads(line)["text"] for line in CORPUS.read_text("utf-8").splitlines() if line]
    joined = "\n".join(texts)
    return (joined * (size // len(joined) + 1))[:size]


def one_line(unit: str, size: int = MIB) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def inputs() -> list[tuple[str, str, float]]:
    return [
        ("128 KiB install log", install_log(128 * KIB), 5.0),
        ("128 KiB corpus, repeated", corpus_log(128 * KIB), 5.0),
        ("1 MiB: one letter", one_line("a"), 50.0),
        (
            "1 MiB: repeated error",
            one_line("EPERM: operation not permitted, rename 'a' -> 'b' "),
            50.0,
        ),
        ("1 MiB: unclosed quote", "rename '" + one_line("\\"), 50.0),
        ("1 MiB: codes", one_line("[WinError 32] x: '"), 50.0),
        ("1 MiB: trigger words", one_line("EACCES mkdir timeout killed network download "), 50.0),
        ("1 MiB: separators", one_line(": '-> ,"), 50.0),
    ]


def timings(text: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        classify(text)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21, help="runs per input (default 21)")
    args = parser.parse_args()
    rows = []
    for name, text, target in inputs():
        times = timings(text, args.repeat)
        median = statistics.median(times)
        verdict = "meets" if median < target else "MISSES"
        rows.append([name, f"{median:.2f}", f"{min(times):.2f}", f"< {target:g}", verdict])
    print(tabulate(rows, headers=["input", "median ms", "best ms", "target ms", ""]))


if __name__ == "__main__":
    main()
