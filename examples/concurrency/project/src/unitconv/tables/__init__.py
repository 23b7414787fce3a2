"""Unit tables shipped as package data: one JSON file per dimension, factors to its base unit."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _table(dimension: str) -> dict[str, float]:
    text = resources.files(__name__).joinpath(f"{dimension}.json").read_text(encoding="utf-8")
    return {str(unit): float(factor) for unit, factor in json.loads(text)["units"].items()}


def dimensions() -> list[str]:
    """The dimensions that have a table, sorted."""
    names = (entry.name for entry in resources.files(__name__).iterdir())
    return sorted(name.removesuffix(".json") for name in names if name.endswith(".json"))


def units(dimension: str) -> dict[str, float]:
    """Unit name -> factor to the dimension's base unit."""
    if dimension not in dimensions():
        raise KeyError(f"no table for dimension {dimension!r}; known: {', '.join(dimensions())}")
    return dict(_table(dimension))


def dimension_of(unit: str) -> str:
    """The dimension whose table lists ``unit``."""
    for dimension in dimensions():
        if unit in _table(dimension):
            return dimension
    raise KeyError(f"unknown unit {unit!r}")
