"""The device benchmark runs end to end and reports the figures it promises."""

from __future__ import annotations

import pytest

from bench import bench_devices


@pytest.mark.slow
@pytest.mark.pcsc
def test_benchmark_reports_card_id_and_receipt_figures(pcscd: str) -> None:
    results = bench_devices.run(rounds=3)
    for key in ("card_identity_ms", "card_apdus", "id_read_vs_wire", "receipt_bytes"):
        assert key in results
    assert results["card_apdus"] == 16
    assert results["card_sim_apdu_processing_ms"] < results["card_apdu_roundtrip_ms"]
    assert 0.95 <= results["id_read_vs_wire"] < 2.0
    assert results["receipt_bytes"] < 2048 < results["receipt_bytes_raster"]
