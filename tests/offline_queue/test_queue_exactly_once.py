"""Exactly-once delivery while the syncing process is killed with SIGKILL at every kind of point.

The kiosk's real sync (SyncEngine, AgencyBatchUploader, the signed AgencyClient) in worker
processes, against the real reference server and against the loopback stand-in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.crash import POINTS, run


def _assert_exactly_once(result: dict[str, Any], kills: int) -> None:
    assert result["kills"] == kills
    assert set(result["kill_points"]) == set(POINTS)
    assert (result["lost"], result["duplicated"], result["unacknowledged"]) == (0, 0, 0)
    assert result["rejected"] == 0 and result["unknown_references"] == 0
    assert result["resent_and_recognised"] > 0  # some kills did land after the server commit
    assert result["final_worker_exit"] == 0


@pytest.mark.slow
def test_killed_sync_processes_neither_lose_nor_duplicate_items(tmp_path: Path) -> None:
    result = run(items=80, kills=4, target="loopback", seed=7, workdir=tmp_path)
    _assert_exactly_once(result, 4)


@pytest.mark.slow
def test_killed_sync_processes_against_the_reference_server(tmp_path: Path) -> None:
    """Valid claims of distinct claimants, signed with a registered key, counted in the
    server's own database (per reference and per claimant)."""
    result = run(items=60, kills=4, target="reference", seed=7, workdir=tmp_path)
    assert result["target"] == "reference"
    _assert_exactly_once(result, 4)
