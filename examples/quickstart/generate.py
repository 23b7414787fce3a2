"""A code generator that installs its engine the way ``prisma generate`` does.

It writes a client, then copies the engine library to ``<target>.tmp<pid>`` and renames that over
``<target>``. When another process holds ``<target>`` (a dev server that loaded the engine, an
antivirus scan), the rename fails, the generator prints the error the way Node does and exits 1,
and the ``.tmp<pid>`` copy stays behind: the same failure, and the same litter, as

    Error: EPERM: operation not permitted, rename '...query_engine-windows.dll.node.tmp8812'
    -> '...query_engine-windows.dll.node'

Standard library only; run it as ``python generate.py --out DIR``.
"""

from __future__ import annotations

import argparse
import errno
import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

from lockctl import replace_unless_held

ENGINE_NAME = "libquery_engine-debian-openssl-3.0.x.so.node"
ENGINE_SIZE = 384 * 1024

# Node's wording for the errors a held file gives (libuv's uv_strerror), and the Windows errors
# libuv turns into them (ERROR_ACCESS_DENIED -> EPERM, ERROR_SHARING_VIOLATION -> EBUSY).
NODE_MESSAGES = {
    "EPERM": "operation not permitted",
    "EACCES": "permission denied",
    "EBUSY": "resource busy or locked",
}
WINERROR_CODES = {5: "EPERM", 32: "EBUSY"}

HELP_EPILOG = """\
where the rename fails:
  Windows: for real, when another process has the target open without FILE_SHARE_DELETE.
  Linux as root: for real (EPERM), when a holder has run `chattr +i` on the target.
  elsewhere: by emulation. POSIX allows renaming over an open file, so when fcntl is available this
  script takes flock(LOCK_EX | LOCK_NB) on the target before renaming and fails with EPERM if
  another process (holder.py --method flock) holds that lock, as Windows would.
"""


def source_engine(out: Path) -> Path:
    """The engine the generator installs: created once, the same bytes every time."""
    return out / "engine" / "libquery_engine.so.node"


def target_path(out: Path) -> Path:
    """Where the generator installs the engine (the file a dev server would hold)."""
    return out / "node_modules" / ".prisma" / "client" / ENGINE_NAME


def ensure_source_engine(out: Path) -> Path:
    engine = source_engine(out)
    if not engine.exists():
        engine.parent.mkdir(parents=True, exist_ok=True)
        block = hashlib.sha256(b"quickstart engine").digest()
        partial = engine.with_name(f"{engine.name}.partial{os.getpid()}")
        partial.write_bytes(block * (ENGINE_SIZE // len(block)))
        os.replace(partial, engine)  # concurrent first runs never see half an engine
    return engine


def write_client(client_dir: Path) -> None:
    client_dir.mkdir(parents=True, exist_ok=True)
    (client_dir / "index.js").write_text(
        f"module.exports.enginePath = require('path').join(__dirname, '{ENGINE_NAME}');\n",
        encoding="utf-8",
    )
    (client_dir / "schema.prisma").write_text(
        'generator client {\n  provider = "prisma-client-js"\n}\n', encoding="utf-8"
    )


def install_engine(engine: Path, target: Path) -> None:
    """Copy to ``<target>.tmp<pid>``, then rename over ``<target>`` (the copy stays on failure)."""
    temporary = target.with_name(f"{target.name}.tmp{os.getpid()}")
    shutil.copyfile(engine, temporary)
    replace_unless_held(temporary, target)


def node_style_error(exc: OSError) -> str:
    """``Error: EPERM: operation not permitted, rename '<src>' -> '<dst>'``, as Node prints it."""
    winerror = getattr(exc, "winerror", None)
    if winerror in WINERROR_CODES:
        code = WINERROR_CODES[winerror]
    else:
        code = errno.errorcode.get(exc.errno or 0, "UNKNOWN")
    message = NODE_MESSAGES.get(code, (exc.strerror or "").lower())
    return f"Error: {code}: {message}, rename '{exc.filename}' -> '{exc.filename2}'"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write a client and install the engine by copy-then-rename.",
        epilog=HELP_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", required=True, type=Path, help="output directory")
    parser.add_argument(
        "--work-ms",
        type=int,
        default=0,
        metavar="MS",
        help="time spent between writing the client and installing the engine, standing in for "
        "the schema analysis a real generator does there (default 0)",
    )
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    started = time.perf_counter()
    sample = os.environ.get("GEN_SAMPLE_INDEX")
    if sample is not None:
        print(f"sample {sample} of {os.environ.get('GEN_SAMPLE_COUNT', '?')}")

    engine = ensure_source_engine(out)
    target = target_path(out)
    print(f"Writing client to {target.parent}")
    write_client(target.parent)
    time.sleep(args.work_ms / 1000)
    print(f"Installing engine {target.name}")
    try:
        install_engine(engine, target)
    except OSError as exc:
        if exc.filename2 is None:
            raise
        print(node_style_error(exc), file=sys.stderr)
        print(f"  caused by {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"Generated client to {target.parent} in {elapsed_ms:.0f}ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
