"""The subject defined by configuration alone: ini ``gen_command`` as sample items of its own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import format_sample_id
from .sampling import ITEM_KEY, RUNS_KEY, SampleInfo, SampleItemInfo, SampleRuns, describe
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
        sample = SampleInfo(SUBJECT, info.index, info.count, info.arm, measuring=True)
        runs = SampleRuns(sample, info.settings, config=self.config, label=self.nodeid)
        self.stash[RUNS_KEY] = runs
        runs.run_hook_command("prepare", info.settings.prepare)

    def runtest(self) -> None:
        result = self._runs().run(self.command.command, cwd=self.command.cwd)
        if not result.ok:
            raise CommandFailed(describe(result))

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
    """The sample items of the configured command, one per sample."""
    count = settings.samples or 1
    settings = SubjectSettings(
        samples=count,
        timeout=settings.timeout,
        min_pass_rate=settings.min_pass_rate,
        prepare=settings.prepare,
        cleanup=settings.cleanup,
        shell=command.shell,
        env=dict(command.env),
    )
    items = []
    for index in range(1, count + 1):
        item = GenCommandItem.from_parent(
            session,
            name=f"{SUBJECT}[{format_sample_id(index, count)}]",
            command=command,
        )
        item.stash[ITEM_KEY] = SampleItemInfo(SUBJECT, None, index, count, settings)
        items.append(item)
    return items
