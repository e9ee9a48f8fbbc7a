"""Exactly-once delivery while the syncing process is killed with SIGKILL at every kind of point."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.crash import run


@pytest.mark.slow
def test_killed_sync_processes_neither_lose_nor_duplicate_items(tmp_path: Path) -> None:
    result = run(items=80, kills=4, seed=7, workdir=tmp_path)
    assert result["kills"] == 4
    assert set(result["kill_points"]) == {"before_send", "during_send", "after_commit", "random"}
    assert (result["lost"], result["duplicated"], result["unacknowledged"]) == (0, 0, 0)
    assert result["resent_and_recognised"] > 0  # some kills did land after the server commit
    assert result["final_worker_exit"] == 0
