"""Write a recognisable stream fast: a head marker, COUNT blocks of SIZE bytes, a tail marker.

Block i is the 8-digit number i repeated, so any slice of the stream says where it came from.
Usage: emit_blocks.py COUNT SIZE {out,err,both}
"""

from __future__ import annotations

import sys

HEAD = b"<<head of stream>>\n"
TAIL = b"\n<<tail of stream>>\n"


def block(index: int, size: int) -> bytes:
    return (b"%08d" % index) * (size // 8)


def main() -> None:
    count, size, streams = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    targets = {
        "out": [sys.stdout.buffer],
        "err": [sys.stderr.buffer],
        "both": [sys.stdout.buffer, sys.stderr.buffer],
    }[streams]
    for target in targets:
        target.write(HEAD)
    for index in range(count):
        data = block(index, size)
        for target in targets:  # alternate, so a reader that drains one stream at a time blocks
            target.write(data)
            target.flush()
    for target in targets:
        target.write(TAIL)
        target.flush()


if __name__ == "__main__":
    main()
