"""An example's own module, loaded for its tests from the file (examples are not packages)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_example_module(path: Path, name: str) -> ModuleType:
    """The module at ``path``, registered in ``sys.modules`` as ``name`` before it runs
    (dataclasses look their module up while it executes)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
