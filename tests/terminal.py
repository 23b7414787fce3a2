"""How a terminal starts ``python -m pytest``, for tests that interrupt an inner session."""

from __future__ import annotations

#: ``python -m pytest`` as a terminal starts it: with Ctrl-C raising KeyboardInterrupt. Python keeps
#: SIGINT ignored when it starts with SIGINT ignored, and so do its children: a CI step or a shell's
#: background job (``cmd &`` without job control) starts commands that way. There an inner session
#: would shrug off the SIGINT and run every sample, so it restores Python's own handler before
#: pytest starts.
PYTEST_AS_FROM_A_TERMINAL = (
    "import signal, sys, pytest; "
    "signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.exit(pytest.console_main())"
)
