"""Parsing option, ini and marker values (core layer, no pytest).

Each parser takes a raw value and returns it typed, or raises :class:`ValueError` saying what is
accepted; the caller (:mod:`.settings`) adds where the value came from (an option, an ini key, a
marker) and turns it into a usage error.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .choices import CAPTURE_MODES, CI_METHODS, COMPARISON_TESTS, GATE_BASES

#: Characters an arm name may use: it appears in test ids (``gen-<arm>-3/10``).
ARM_NAME = re.compile(r"[A-Za-z0-9_.+]+")


@dataclass(frozen=True)
class Arm:
    """One variant of a subject in an A/B comparison; the first arm is the baseline."""

    name: str
    env: Mapping[str, str] = field(default_factory=dict)
    args: tuple[str, ...] = ()


#: The most samples per subject: every sample is a test item held in memory (a few KB each), so
#: a typo such as 1000000000 must be a usage error rather than a machine out of memory.
MAX_SAMPLES = 100_000


def parse_samples(value: Any) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if isinstance(value, bool) or number < 1 or str(value).strip().lstrip("+") != str(number):
        raise ValueError(f"expected a positive integer number of samples (e.g. 10), got {value!r}")
    if number > MAX_SAMPLES:
        raise TooManySamples(f"at most {MAX_SAMPLES} samples per subject, got {value!r}")
    return number


class TooManySamples(ValueError):
    """A sample count above :data:`MAX_SAMPLES`: said as such, not as a malformed number."""


AUTO = "auto"
DEFAULT_MAX_SAMPLES = 200
#: The most samples auto mode may plan per subject. Its items are made up front (xdist needs
#: them to distribute), so a large maximum costs memory even when the decision comes after
#: thirty samples: 10,000 items take about 50 MB.
MAX_AUTO_SAMPLES = 10_000


def parse_max_samples(value: Any) -> int:
    """``--gen-max-samples``: a positive number of samples, at most :data:`MAX_AUTO_SAMPLES`."""
    number = parse_samples(value)
    if number > MAX_AUTO_SAMPLES:
        raise TooManySamples(
            f"at most {MAX_AUTO_SAMPLES} samples per subject in auto mode (its items are made up "
            f"front), got {value!r}"
        )
    return number


def parse_sample_count(value: Any) -> int | str:
    """A positive number of samples, or ``auto`` (sample until decided)."""
    if isinstance(value, str) and value.strip().lower() == AUTO:
        return AUTO
    try:
        return parse_samples(value)
    except TooManySamples:
        raise
    except ValueError:
        raise ValueError(
            f"expected a positive integer number of samples (e.g. 10) or 'auto', got {value!r}"
        ) from None


#: The longest timeout accepted: beyond it the operating system's waits overflow.
MAX_TIMEOUT = 365 * 24 * 3600.0


def parse_timeout(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, bool) or not number > 0 or number > MAX_TIMEOUT:
        raise ValueError(
            f"expected a positive number of seconds up to {MAX_TIMEOUT:g} (a year), e.g. 30 or "
            f"2.5, got {value!r}"
        )
    return number


def parse_capture(value: Any) -> str:
    """How a generator's output is captured: ``pipe``, ``file`` or ``pty``."""
    mode = str(value).strip().lower()
    if isinstance(value, bool) or mode not in CAPTURE_MODES:
        raise ValueError(f"expected one of {', '.join(CAPTURE_MODES)}, got {value!r}")
    return mode


def parse_rate(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, bool) or not 0.0 <= number <= 1.0:
        raise ValueError(f"expected a pass rate between 0 and 1 (e.g. 0.9), got {value!r}")
    return number


def parse_confidence(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, bool) or not 0.0 < number < 1.0:
        raise ValueError(
            f"expected a confidence level strictly between 0 and 1 (e.g. 0.95), got {value!r}"
        )
    return number


def _choice(choices: Sequence[str]) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = str(value).strip().lower()
        if text not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}; got {value!r}")
        return text

    return parse


def parse_arms(value: Any) -> tuple[Arm, ...]:
    """``["direct", "safe"]`` or ``{"direct": {}, "safe": {"env": {...}, "args": [...]}}``."""
    accepted = (
        "expected a list of at least two arm names, or a dict of arm name to "
        "{'env': {NAME: VALUE}, 'args': [ARG, ...]}"
    )
    if isinstance(value, Mapping):
        items = list(value.items())
    elif isinstance(value, (list, tuple)):
        items = [(name, {}) for name in value]
    else:
        raise ValueError(f"{accepted}; got {value!r}")
    if len(items) < 2:
        raise ValueError(f"{accepted}; got {len(items)} arm(s)")
    arms = []
    for name, spec in items:
        if not isinstance(name, str) or not ARM_NAME.fullmatch(name) or name.isdigit():
            raise ValueError(
                f"arm name {name!r}: use letters, digits, '_', '.', '+' (it appears in test ids)"
            )
        if not isinstance(spec, Mapping) or set(spec) - {"env", "args"}:
            raise ValueError(f"arm {name!r}: {accepted}")
        env = spec.get("env") or {}
        args = spec.get("args") or ()
        if not isinstance(env, Mapping) or isinstance(args, str):
            raise ValueError(f"arm {name!r}: {accepted}")
        arms.append(Arm(name, {str(k): str(v) for k, v in env.items()}, tuple(map(str, args))))
    if len({a.name for a in arms}) != len(arms):
        raise ValueError("arm names must be distinct")
    return tuple(arms)


INSTALL_HINT = "--gen-plot needs matplotlib: pip install 'pytest-genreliability[plot]'"
#: Accepted plot file suffixes (lower case) and the matplotlib format each one selects.
FORMATS = {".png": "png", ".svg": "svg"}


class PlotUnavailable(RuntimeError):
    """matplotlib is not installed; the message says how to install it."""


def plot_format(path: str | os.PathLike[str]) -> str:
    """The image format for ``path`` from its suffix (``"png"`` or ``"svg"``).

    Raises :class:`ValueError` naming the accepted suffixes, so an option can be checked before a
    long run rather than after it.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        accepted = ", ".join(FORMATS)
        raise ValueError(
            f"cannot tell the image format of {os.fspath(path)!r}: "
            f"the file name must end in one of {accepted}"
        )
    return FORMATS[suffix]


def require_matplotlib() -> None:
    """Raise :class:`PlotUnavailable` unless matplotlib can be imported."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise PlotUnavailable(INSTALL_HINT) from exc


def parse_plot_path(value: Any) -> str:
    """A .png or .svg path, and matplotlib importable: checked before any sample runs."""
    plot_format(value)
    try:
        require_matplotlib()
    except PlotUnavailable as error:
        raise ValueError(str(error).removeprefix("--gen-plot ")) from None
    return str(value)


def parse_progress(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if isinstance(value, bool) or not 0 <= number < float("inf"):
        raise ValueError(f"expected a number of seconds >= 0 (0 turns it off), got {value!r}")
    return number


def parse_concurrency(value: Any) -> tuple[int, ...]:
    """``3``, ``"1,2,3"`` or ``[1, 2, 3]``: distinct positive numbers of simultaneous copies."""
    parts = value.split(",") if isinstance(value, str) else value
    if isinstance(parts, int):
        parts = [parts]
    accepted = "expected a positive integer K or a list of them (e.g. 3 or 1,2,3)"
    try:
        levels = tuple(parse_samples(part) for part in parts)
    except (TypeError, ValueError):
        raise ValueError(f"{accepted}, got {value!r}") from None
    if not levels or len(set(levels)) != len(levels):
        raise ValueError(f"{accepted}, each K once; got {value!r}")
    return levels


def parse_detect(value: Any) -> tuple[float, float]:
    parts = value.split(",") if isinstance(value, str) else value
    try:
        rate_a, rate_b = (parse_rate(p) for p in parts)
    except (TypeError, ValueError):
        raise ValueError(
            f"expected two pass rates RATE_A,RATE_B between 0 and 1 (e.g. 0.67,0.95), got {value!r}"
        ) from None
    if rate_a == rate_b:
        raise ValueError(f"the two rates must differ, got {value!r}")
    return rate_a, rate_b


def parse_storage_name(value: Any) -> str:
    from .storage import check_name  # storage imports nothing heavy

    return check_name(str(value), "NAME")


parse_ci_method = _choice(CI_METHODS)
parse_test = _choice(COMPARISON_TESTS)
parse_gate_basis = _choice(GATE_BASES)


def parse_env_lines(lines: Sequence[str]) -> dict[str, str]:
    env: dict[str, str] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        name = name.strip()
        if not sep or not name or not name.replace("_", "a").isalnum() or name[0].isdigit():
            raise ValueError(f"line {number} ({raw.strip()!r}): expected NAME=VALUE")
        env[name] = value.strip()
    return env
