"""Conversion between two units of the same dimension."""

from __future__ import annotations

from .tables import _table, dimension_of


def convert(value: float, source: str, target: str) -> float:
    """``value`` in ``source`` units, expressed in ``target`` units."""
    dimension = dimension_of(source)
    if dimension_of(target) != dimension:
        raise ValueError(f"cannot convert {source!r} ({dimension}) to {target!r}")
    table = _table(dimension)
    return value * table[source] / table[target]
