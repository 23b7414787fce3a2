"""Names of the methods and rules users choose from (core layer, no dependencies).

Kept apart from the statistics so that validating an option does not import scipy: the plugin is
loaded by every pytest run, measuring or not, and must stay cheap to import.
"""

from __future__ import annotations

CI_METHODS = ("wilson", "wilson-cc", "exact", "jeffreys", "agresti-coull")
GATE_BASES = ("lower", "estimate")
COMPARISON_TESTS = ("boschloo", "fisher", "barnard")
CAPTURE_MODES = ("pipe", "file", "pty")
