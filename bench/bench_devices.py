"""Figures for the device layer, through the real transports and the simulators.

    .venv/bin/python -m bench.bench_devices [--rounds 20] [--json FILE]

Social security card: the time from the card-present event (as our monitor sees it) to a decoded
identity, through pcscd + vpcd + the virtual card; the APDUs one read takes; the round trip of
one APDU against the simulator's own processing time (to show the simulator is not the
bottleneck); and, separately, pcscd's detection delay from "card in" to the event. vpcd polls
card presence, so that delay is a property of the driver, not of our code.

ID card: one read (find, select, read, appended address) against the pty simulator with zero
processing delay and output paced at 115200 baud, compared with the wire-time floor for exactly
the bytes exchanged.

Receipt: bytes and generation time for a receipt with a native QR (GS ( k) and with the raster
fallback.
"""

from __future__ import annotations

import argparse
import json
import queue
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from devices.idcard.identity import IdCardData
from devices.idcard.reader import IdCardReader
from devices.printer.receipt import PAPER_80MM, Receipt
from devices.printer.render_escpos import receipt_bytes
from devices.sim.card_profile import CardProfile
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.pcscd_service import VPCD_READER, PcscdService, wait_card_state
from devices.sim.vpcd_card import VirtualCard
from devices.sscard.identity import CardIdentity
from devices.sscard.monitor import CardPresenceMonitor
from devices.sscard.reader_state import ReaderState
from devices.sscard.session import CardSession

BAUD = 115200


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def bench_card(rounds: int) -> dict[str, float]:
    events: queue.Queue[tuple[ReaderState, float]] = queue.Queue()
    monitor = CardPresenceMonitor(lambda state, _r: events.put((state, time.perf_counter())))
    wait_card_state(VPCD_READER, present=False)
    monitor.start()
    identity_ms: list[float] = []
    detect_ms: list[float] = []
    apdus = 0
    apdu_rtt_ms: list[float] = []
    sim_apdu_ms: list[float] = []

    def next_event(wanted: ReaderState) -> float:
        while True:
            state, at = events.get(timeout=10)
            if state is wanted:
                return at

    try:
        next_event(ReaderState.NO_CARD)
        for _ in range(rounds):
            card = VirtualCard(CardProfile())
            inserted = time.perf_counter()
            card.insert()
            present_at = next_event(ReaderState.CARD_PRESENT)
            with CardSession(VPCD_READER) as session:
                if session.open() is not None:
                    raise RuntimeError("card did not open")
                identity = session.read_identity()
                done = time.perf_counter()
                if not isinstance(identity, CardIdentity):
                    raise RuntimeError(f"read failed: {identity.kind}")
                # One more identity read on the open connection: per-APDU round trip.
                card.processing_s = 0.0
                started = time.perf_counter()
                again = session.read_identity()
                spent = time.perf_counter() - started
                if isinstance(again, CardIdentity):
                    count = again.apdu_count - identity.apdu_count
                    apdu_rtt_ms.append(spent * 1000 / count)
                    sim_apdu_ms.append(card.processing_s * 1000 / count)
            detect_ms.append((present_at - inserted) * 1000)
            identity_ms.append((done - present_at) * 1000)
            apdus = identity.apdu_count
            card.remove()
            next_event(ReaderState.NO_CARD)
    finally:
        monitor.stop()
    return {
        "card_identity_ms": statistics.median(identity_ms),
        "card_identity_p95_ms": _p95(identity_ms),
        "card_apdus": float(apdus),
        "card_apdu_roundtrip_ms": statistics.median(apdu_rtt_ms),
        "card_sim_apdu_processing_ms": statistics.median(sim_apdu_ms),
        "pcscd_detect_ms": statistics.median(detect_ms),
        "pcscd_detect_p95_ms": _p95(detect_ms),
    }


def bench_id_reader(rounds: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        sim = PtyIdReader(str(Path(tmp) / "ttyID"), wire_baud=BAUD).start()
        sim.card = ResidentCard()
        reader = IdCardReader(sim.path, BAUD)
        times: list[float] = []
        try:
            for _ in range(rounds):
                started = time.perf_counter()
                data = reader.read_card()
                times.append((time.perf_counter() - started) * 1000)
                if not isinstance(data, IdCardData):
                    raise RuntimeError(f"read failed: {data.kind}")
        finally:
            reader.close()
            sim.stop()
    # Bytes on the wire for one read: four 10-byte commands; answers 15 + 19 + 1295 + 11 (91).
    wire_bytes = 4 * 10 + 15 + 19 + 1295 + 11
    floor_ms = wire_bytes * 10 / BAUD * 1000
    median = statistics.median(times)
    return {
        "id_read_ms": median,
        "id_read_p95_ms": _p95(times),
        "id_wire_floor_ms": floor_ms,
        "id_read_vs_wire": median / floor_ms,
    }


def bench_receipt(rounds: int) -> dict[str, float]:
    receipt = Receipt(
        reference="CT-2026-000123",
        holder_name="金哲",
        id_number="22240119900307001X",
        status_url="https://example.org/s/7Q2K",
        issued_at=datetime(2026, 11, 26, 9, 30),
        kiosk_id="YJ-001",
        items=(("申领类型", "失业保险金"), ("预计月数", "12个月")),
    )
    out: dict[str, float] = {}
    for label, native in (("", True), ("_raster", False)):
        times = []
        size = 0
        for _ in range(rounds):
            started = time.perf_counter()
            size = len(receipt_bytes(receipt, PAPER_80MM, native_qr=native))
            times.append((time.perf_counter() - started) * 1000)
        out[f"receipt_bytes{label}"] = float(size)
        out[f"receipt_generation{label}_ms"] = statistics.median(times)
    return out


def run(rounds: int = 20) -> dict[str, float]:
    service = PcscdService()
    service.start()
    try:
        results = bench_card(rounds)
    finally:
        service.stop()
    results.update(bench_id_reader(rounds))
    results.update(bench_receipt(rounds))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    args = parser.parse_args(argv)
    results = run(args.rounds)
    width = max(len(key) for key in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value:10.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
