"""The soak run, short: the whole kiosk app through scripted sessions with random faults.

`python -m bench.soak --sessions 1000` is the long run; this one runs up to 60 sessions within
40 s and checks the same invariants: no crash, no lost or duplicated claim, no personal data
left after a session ends, memory bounded.
"""

from __future__ import annotations

import pytest

from bench.soak import run

pytestmark = [pytest.mark.slow, pytest.mark.gui]


def test_short_soak_keeps_every_claim_once_and_forgets_every_claimant() -> None:
    report = run(sessions=60, seed=7, max_seconds=40.0, people=80)
    print(report)
    # bounded in time: on a busy 2-core machine fewer than 60 sessions may fit
    assert report["sessions"] >= 12, report
    assert report["faults"] > 0, report
    assert report["crashes"] == 0, report["crash_details"]
    assert report["lost"] == 0, report
    assert report["duplicated"] == 0, report
    assert report["pii_leaks"] == 0, report["pii_details"]
    assert report["claims_told"] > 0, report
    assert report["rss_end_mb"] < report["rss_start_mb"] * 1.5, report
