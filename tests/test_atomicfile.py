"""Writing reports never destroys what it writes to: special files stay what they are."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pytest_genreliability.atomicfile import write_json_atomic, write_text_atomic

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")
DOCUMENT = {"schema": "genreliability/1", "subjects": []}


def test_regular_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old and much longer than the new content\n")
    write_json_atomic(target, DOCUMENT)
    assert json.loads(target.read_text()) == DOCUMENT
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left


@posix_only
def test_symlink_to_regular_file_replaces_the_file_not_the_link(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "real.json"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(Path("reports") / "real.json")
    write_text_atomic(link, "new\n")
    assert link.is_symlink() and os.readlink(link) == str(Path("reports") / "real.json")
    assert real.read_text() == "new\n"


@posix_only
def test_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "made.json")
    write_text_atomic(link, "made\n")
    assert link.is_symlink() and (tmp_path / "made.json").read_text() == "made\n"


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_character_device_stays_a_device(tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the null device, as /dev/null
    write_json_atomic(null, DOCUMENT)
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert null.stat().st_rdev == os.makedev(1, 3)


@posix_only
def test_fifo_stays_a_fifo_and_its_reader_gets_the_document(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    try:
        # The writer opens without blocking, so it waits until the reader has the FIFO open.
        for _ in range(500):
            try:
                write_json_atomic(fifo, DOCUMENT)
                break
            except OSError as error:
                if error.errno != errno.ENXIO:  # no reader yet
                    raise
                threading.Event().wait(0.01)
        else:
            pytest.fail("the reader never opened the FIFO")
    finally:
        reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert json.loads(received[0]) == DOCUMENT


@posix_only
def test_fifo_without_reader_is_an_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="No such device or address"):
        write_json_atomic(fifo, DOCUMENT)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


_WRITE = (
    "import sys; from pytest_genreliability.atomicfile import write_json_atomic; "
    "print('before', flush=True); write_json_atomic(sys.argv[1], {'ok': True})"
)


@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="needs /proc")
def test_symlink_to_proc_self_fd_1_writes_to_stdout(tmp_path: Path) -> None:
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    out = subprocess.run(
        [sys.executable, "-c", _WRITE, str(link)], capture_output=True, check=True
    ).stdout
    assert out.decode().splitlines()[0] == "before"
    assert json.loads(out.decode().split("\n", 1)[1]) == {"ok": True}
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"


@posix_only
def test_dev_stdout_redirected_to_a_file_is_appended_to(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    with out.open("wb") as handle:
        subprocess.run([sys.executable, "-c", _WRITE, "/dev/stdout"], stdout=handle, check=True)
    assert out.read_text().startswith("before\n{")


def test_dash_writes_to_standard_output(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _WRITE, "-"], capture_output=True, check=True, cwd=tmp_path
    ).stdout
    assert json.loads(out.decode().split("\n", 1)[1]) == {"ok": True}
    assert not (tmp_path / "-").exists()


def test_writes_in_place_tells_special_targets_from_files(tmp_path: Path) -> None:
    from pytest_genreliability.atomicfile import writes_in_place

    (tmp_path / "file.json").write_text("{}")
    assert writes_in_place("-")
    assert not writes_in_place(tmp_path / "file.json")
    assert not writes_in_place(tmp_path / "missing.json")
    if sys.platform != "win32":
        assert writes_in_place("/dev/null")
