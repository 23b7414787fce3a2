"""The subject defined by configuration alone: ini ``gen_command`` as sample items of its own."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from .records import format_sample_id, subject_of
from .sampling import (
    ITEM_KEY,
    RUNS_KEY,
    SampleInfo,
    SampleItemInfo,
    SampleRuns,
    describe,
    sample_id,
    sample_params,
)
from .settings import CommandSubject, SubjectSettings

SUBJECT = "gen_command"


class CommandFailed(Exception):
    """The configured command failed; carries the description shown instead of a traceback."""


class GenCommandItem(pytest.Item):
    """One sample of the ini ``gen_command``: prepare, run the command, clean up."""

    def __init__(self, *, command: CommandSubject, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.command = command

    def _runs(self) -> SampleRuns:
        return self.stash[RUNS_KEY]

    def setup(self) -> None:
        info = self.stash[ITEM_KEY]
        attempt = getattr(self, "execution_count", None) or 1  # set by pytest-rerunfailures
        sample = SampleInfo(
            info.subject, info.index, info.count, info.arm, measuring=True, attempt=attempt
        )
        runs = SampleRuns(
            sample, info.settings, config=self.config, label=self.nodeid, cwd=self.command.cwd
        )
        self.stash[RUNS_KEY] = runs
        runs.run_hook_command("prepare", info.settings.prepare)

    def runtest(self) -> None:
        result = self._runs().run(self.command.command, cwd=self.command.cwd)
        if not result.ok:
            raise CommandFailed(describe(result, self._runs().secrets()))

    def teardown(self) -> None:
        runs = self.stash.get(RUNS_KEY, None)
        if runs is not None:
            runs.run_hook_command("cleanup", runs.settings.cleanup)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, CommandFailed):
            return f"generator failed: {excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        return self.path, None, f"{SUBJECT}: {self.command.command}"


def command_items(
    session: pytest.Session, command: CommandSubject, settings: SubjectSettings
) -> list[GenCommandItem]:
    """The sample items of the configured command: one per sample (and concurrency level)."""
    count = settings.samples or 1
    if settings.auto and settings.min_pass_rate is None:
        raise pytest.UsageError(
            "--gen-samples=auto: gen_command has nothing to decide: set a minimum pass rate "
            "(--gen-min-pass-rate or ini gen_min_pass_rate)"
        )
    base = replace(settings, samples=count, shell=command.shell, env=dict(command.env))
    items = []
    for param in sample_params(count, (), settings.concurrency):
        param_id = sample_id(param)
        name = f"{SUBJECT}[{param_id}]"
        subject = replace(base, copies=param.copies) if param.copies is not None else base
        item = GenCommandItem.from_parent(session, name=name, command=command)
        subject_name = subject_of(name, format_sample_id(param.index, param.count))
        item.stash[ITEM_KEY] = SampleItemInfo(subject_name, None, param.index, param.count, subject)
        items.append(item)
    return items
