"""Convert quantities between units of one dimension (length, mass, time, ...)."""

from __future__ import annotations

from .convert import convert
from .tables import dimensions, units

__all__ = ["convert", "dimensions", "units"]
__version__ = "0.1.0"
