"""``unitconv VALUE SOURCE TARGET``: print the converted value."""

from __future__ import annotations

import argparse

from .convert import convert


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="unitconv", description=__doc__)
    parser.add_argument("value", type=float)
    parser.add_argument("source")
    parser.add_argument("target")
    args = parser.parse_args(argv)
    print(f"{convert(args.value, args.source, args.target):g} {args.target}")
    return 0
