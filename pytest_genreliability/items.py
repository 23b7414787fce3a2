"""The subject defined by configuration alone: ini ``gen_command`` as sample items of its own."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from .address import CONFIGURED_SUBJECT
from .redact import redact
from .sampling import (
    SAMPLE_KEY,
    SLOT_KEY,
    HarnessError,
    Sample,
    SampleSlot,
    describe,
    finish_sample,
    sample_addresses,
    start_sample,
)
from .settings import CommandSubject, SessionSettings

SUBJECT = CONFIGURED_SUBJECT


class CommandFailed(Exception):
    """The configured command failed; carries the description shown instead of a traceback."""


class GenCommandItem(pytest.Item):
    """One sample of the ini ``gen_command``: prepare, run the command, clean up."""

    def __init__(self, *, command: CommandSubject, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.command = command

    def _sample(self) -> Sample:
        return self.stash[SAMPLE_KEY]

    def setup(self) -> None:
        start_sample(self, self.stash[SLOT_KEY], measuring=True, cwd=self.command.cwd)

    def runtest(self) -> None:
        sample = self._sample()
        result = sample.run(self.command.command, cwd=self.command.cwd)
        if not result.ok:
            raise CommandFailed(describe(result, sample.secrets()))

    def teardown(self) -> None:
        sample = self.stash.get(SAMPLE_KEY, None)
        if sample is not None:
            finish_sample(sample)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, CommandFailed):
            return f"generator failed: {excinfo.value}"
        if isinstance(excinfo.value, HarnessError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        # pytest prints this in the failure header: redacted by shape (flags, keys, URLs, tokens)
        return self.path, None, redact(f"{self.name}: {self.command.command}")


def command_items(
    session: pytest.Session, command: CommandSubject, settings: SessionSettings
) -> list[GenCommandItem]:
    """The sample items of the configured command: one per sample (and concurrency level)."""
    defaults = settings.defaults()
    count = 1 if settings.plan else defaults.samples or 1
    if defaults.auto and defaults.min_pass_rate is None:
        raise pytest.UsageError(
            "--gen-samples=auto: gen_command has nothing to decide: set a minimum pass rate "
            "(--gen-min-pass-rate or ini gen_min_pass_rate)"
        )
    base = replace(defaults, samples=count, shell=command.shell, env=dict(command.env))
    where = _ini_file(session.config)
    items = []
    for address in sample_addresses(count, (), defaults.concurrency):
        name = f"{SUBJECT}[{address.param_id}]"
        nodeid = f"{where}::{name}" if where else name
        item = GenCommandItem.from_parent(session, name=name, nodeid=nodeid, command=command)
        item.stash[SLOT_KEY] = SampleSlot(address.at(name), base.with_copies(address.copies))
        items.append(item)
    if items:  # what pytest counts as "collected N items" (no file collector made them)
        report = pytest.CollectReport(SUBJECT, "passed", None, list(items))
        session.config.hook.pytest_collectreport(report=report)
    return items


def _ini_file(config: pytest.Config) -> str | None:
    """The ini file that defines ``gen_command``, relative to the rootdir: the items' node ids
    sit under it (``pyproject.toml::gen_command[gen-1/3]``), as a test sits under its module,
    so pytest's progress line reads ``pyproject.toml ..F`` rather than a stray ``.``."""
    if config.inipath is None:
        return None
    try:
        return config.inipath.relative_to(config.rootpath).as_posix()
    except ValueError:
        return None
