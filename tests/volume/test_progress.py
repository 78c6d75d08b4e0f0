"""Progress output: plain lines off a terminal, a rich bar on one."""

from __future__ import annotations

import io

from telnyx_messaging.campaign import Outcome
from telnyx_messaging.campaign._progress import PlainProgress, RichProgress, make_progress


def test_plain_lines_count_outcomes_and_give_an_eta():
    stream = io.StringIO()
    progress = PlainProgress(total=4, stream=stream, every=0.0)
    for outcome in (Outcome.SENT, Outcome.SENT, Outcome.FAILED):
        progress.update(outcome)
    progress.close()
    last = stream.getvalue().splitlines()[-1]
    assert last.startswith("campaign: 3/4 done (2 sent, 1 failed)")
    assert "ETA" in last  # one of four to go


def test_auto_is_plain_when_stderr_is_not_a_terminal():
    assert isinstance(make_progress("auto", 10), PlainProgress)
    assert make_progress(False, 10) is None
    seen = []
    callback = make_progress(seen.append, None)
    assert callback is not None
    callback.update(Outcome.SENT)
    assert seen == [Outcome.SENT]


def test_rich_bar_shows_counts(capsys):
    progress = make_progress("rich", 2)
    assert isinstance(progress, RichProgress)
    progress.update(Outcome.SENT)
    progress.update(Outcome.UNKNOWN)
    progress.close()
    out = capsys.readouterr().out
    assert "2/2" in out
    assert "1 sent, 1 unknown" in out
