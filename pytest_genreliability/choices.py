"""Names of the methods and rules users choose from, and shared defaults (core layer).

Kept apart from the statistics so that validating an option does not import scipy: the plugin is
loaded by every pytest run, measuring or not, and must stay cheap to import.
"""

from __future__ import annotations

CI_METHODS = ("wilson", "wilson-cc", "exact", "jeffreys", "agresti-coull")
GATE_BASES = ("lower", "estimate")
COMPARISON_TESTS = ("boschloo", "fisher", "barnard")
CAPTURE_MODES = ("pipe", "file", "pty")
KILL_GRACE_S = 3.0
"""Default seconds between SIGTERM and SIGKILL when a run's processes are ended (the runner's
default, and ``--gen-kill-grace``'s)."""
