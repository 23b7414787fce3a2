"""What every option means, once: the help texts shared by pytest's options, its ini keys and the
``pytest-genreliability`` command line (core; no pytest, so the CLI reads them too).

Each text says what the value does and what it accepts; parsing lives in :mod:`.values`, choices
in :mod:`.choices`. The plugin registers these as ``--gen-<name>`` options with ini twins
(:func:`.settings.addoption`); the CLI uses the ones it shares (storage, confidence, interval
method, exact test) with the same texts and parsers.
"""

from __future__ import annotations

from .choices import CI_METHODS

HELP = {
    "samples": "run each generator test N times as separate items and report its pass rate "
    "(measurement mode); 'auto' samples until an anytime-valid rule decides the gate or the "
    "comparison, at most --gen-max-samples. Without it, generator tests are ordinary tests.",
    "max_samples": "with --gen-samples=auto: the most samples per subject (default 200).",
    "timeout": "per-run timeout in seconds; the whole process tree of a run is killed "
    "and the sample counts as 'timeout'.",
    "min_pass_rate": "gate: fail the session when a subject's pass rate is credibly below R "
    "(0..1; by default its lower confidence bound is compared).",
    "confidence": "confidence level of the pass-rate intervals, in (0, 1) (default 0.95).",
    "ci_method": "interval method for pass rates: " + ", ".join(CI_METHODS) + " (default wilson).",
    "gate_basis": "what the gate compares with --gen-min-pass-rate: 'lower' (the lower "
    "confidence bound, default) or 'estimate' (the observed pass rate).",
    "test": "exact test of A/B comparisons: boschloo (default), fisher or barnard.",
    "save": "save this session's measurements under NAME in the storage directory.",
    "compare": "compare this session's subjects with a saved run (NAME, a file, or 'latest').",
    "allow_incomplete": "let a gate pass on a subset of its planned samples (-k, --lf, -x, an "
    "interruption, a lost worker); by default such a gate is 'incomplete' and fails.",
    "allow_overlap": "let samples of one subject run at the same time in one working directory "
    "(pytest-xdist workers); by default they take turns, so that they never contend with each "
    "other.",
    "allow_empty": "let a session with a gate pass when nothing was measured (no generator test "
    "collected, all deselected); by default it fails and says why.",
    "compare_fail": "fail the session (exit 1) when a comparison with a saved run finds a "
    "significant regression.",
    "storage": "directory of saved runs (default .genreliability).",
    "plan": "print a sampling plan per subject (samples needed to demonstrate the minimum pass "
    "rate; samples per arm to detect the stated improvement) without running any sample.",
    "detect": "the improvement A/B comparisons should be able to detect, as RATE_A,RATE_B "
    "(e.g. 0.67,0.95), used by --gen-plan.",
    "concurrency": "start K copies of the generator at the same moment for each sample, in the "
    "same working directory, to provoke contention; a sample passes when every copy passes. "
    "A list (1,2,3) measures each K as a subject of its own.",
    "markdown": "write a markdown summary (subjects, comparisons, gates) to PATH; also appended to "
    "$GITHUB_STEP_SUMMARY when that is set.",
    "progress": "report a sample still running after SECONDS (then at growing intervals); "
    "0 turns it off (default 10).",
    "plot": "write a forest plot of pass rates and comparisons to PATH (.png or .svg; needs "
    "the [plot] extra, matplotlib).",
    "failure_patterns": "user-defined failure classes, tried before the built-in ones: lines of "
    "'name: regex' (e.g. 'schema_lock: database is locked').",
    "json": "write the measurements as a JSON document (schema genreliability/1) to PATH.",
    "html": "write a self-contained HTML report (tables, forest plot, sample strips, "
    "comparisons, failure classes) to PATH.",
    "command": "a generator command measured as a subject of its own in measurement mode "
    "(argv split with shlex; see gen_shell).",
    "cwd": "working directory of gen_command (relative to the ini file's directory).",
    "env": "environment overlay for gen_command: lines of NAME=VALUE.",
    "shell": "run gen_command, gen_prepare and gen_cleanup through the shell.",
    "prepare": "a command run before every sample (e.g. remove stale temp files).",
    "capture": "what the generator's stdout and stderr are: 'pipe' (default), 'file' (temporary "
    "files) or 'pty' (pseudo-terminals, POSIX; 'file' elsewhere), for programs that refuse a pipe "
    "(e.g. Windows node.exe under Wine).",
    "kill_grace": "seconds a sample's processes get to clean up after SIGTERM (on timeout, "
    "for leftovers, on cancellation) before SIGKILL; 0 kills at once (default 3).",
    "cleanup": "a command run after every sample.",
}
