"""Progress of a run: a live bar (rich, or tqdm) on a terminal, plain lines elsewhere.

Both libraries are optional (`pip install 'telnyx-messaging[progress]'` brings rich); without
them, or when stderr is not a terminal (CI, a log file, a pipe), a line is written every
`PLAIN_EVERY` seconds and at the end.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable
from typing import IO, Any, Final, Literal, Protocol

from ._report import Outcome

PLAIN_EVERY: Final = 5.0
ProgressOption = bool | Literal["auto", "rich", "tqdm", "plain"] | Callable[[Outcome], None]


class Progress(Protocol):
    def update(self, outcome: Outcome) -> None: ...

    def close(self) -> None: ...


class _Counts:
    def __init__(self, total: int | None) -> None:
        self.total = total
        self.counts = dict.fromkeys(Outcome, 0)
        self.started = time.monotonic()

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome] += 1

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        return ", ".join(f"{count} {outcome}" for outcome, count in self.counts.items() if count)


class PlainProgress(_Counts):
    def __init__(self, total: int | None, stream: IO[str] | None = None, every: float = PLAIN_EVERY) -> None:
        super().__init__(total)
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.last = self.started

    def update(self, outcome: Outcome) -> None:
        self.add(outcome)
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self._line(now)

    def _line(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        of = f"/{self.total}" if self.total is not None else ""
        eta = ""
        if self.total is not None and rate > 0 and self.done < self.total:
            eta = f", ETA {max(self.total - self.done, 0) / rate:.0f} s"
        counts = self.describe() or "nothing yet"
        print(f"campaign: {self.done}{of} done ({counts}) {rate:.1f}/s{eta}", file=self.stream)
        self.stream.flush()

    def close(self) -> None:
        self._line(time.monotonic())


class RichProgress(_Counts):
    def __init__(self, total: int | None) -> None:
        super().__init__(total)
        from rich.progress import (  # noqa: PLC0415 - optional extra
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar  # noqa: PLC0415

        self.bar: Any = Bar(
            TextColumn("sending"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[outcomes]}"),
            transient=False,
        )  # fmt: skip
        self.task = self.bar.add_task("campaign", total=total, rate="", outcomes="")
        self.bar.start()

    def update(self, outcome: Outcome) -> None:
        self.add(outcome)
        elapsed = max(time.monotonic() - self.started, 1e-9)
        self.bar.update(self.task, advance=1, rate=f"{self.done / elapsed:.1f}/s", outcomes=self.describe())

    def close(self) -> None:
        self.bar.stop()


class TqdmProgress(_Counts):
    def __init__(self, total: int | None) -> None:
        super().__init__(total)
        tqdm = importlib.import_module("tqdm")
        self.bar: Any = tqdm.tqdm(total=total, unit="msg", desc="sending")

    def update(self, outcome: Outcome) -> None:
        self.add(outcome)
        self.bar.update(1)
        self.bar.set_postfix_str(self.describe(), refresh=False)

    def close(self) -> None:
        self.bar.close()


class _Callback:
    def __init__(self, callback: Callable[[Outcome], None]) -> None:
        self.update = callback

    def close(self) -> None:
        pass


def make_progress(option: ProgressOption, total: int | None) -> Progress | None:
    if option is False:
        return None
    if callable(option) and not isinstance(option, bool):
        return _Callback(option)
    choice = "auto" if option is True else option
    if choice == "auto":
        if not sys.stderr.isatty():
            choice = "plain"
        elif _installed("rich"):
            choice = "rich"
        elif _installed("tqdm"):
            choice = "tqdm"
        else:
            choice = "plain"
    if choice == "rich":
        return RichProgress(total)
    if choice == "tqdm":
        return TqdmProgress(total)
    return PlainProgress(total)


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None
