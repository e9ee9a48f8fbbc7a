"""Figures for the offline queue: enqueue latency, drain throughput, bundles, disk use.

    .venv/bin/python -m bench.bench_queue [--items 10000] [--json FILE]

Enqueue latency is what a claimant waits for between "confirm" and "received" (synchronous=FULL:
each enqueue is fsynced). Drain throughput is measured against the loopback test server in its own
process, batched (200 per request) and one by one (on a smaller queue: one by one is slow by
design). Bundle times cover export to a directory and, at the agency, verify + decrypt + write an
ack, then the kiosk importing that ack.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bench.crash import start_loopback_server
from contract.bundle_format import build_ack, read_bundle
from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.api import AgencyClient
from offline_queue.bundles import BundleKeys, export_bundle, import_acks
from offline_queue.items import ItemKind, ItemState
from offline_queue.limits import QueueLimits
from offline_queue.outbox import Outbox
from offline_queue.sync_engine import SyncEngine

KIOSK_ID = "kiosk-bench"


def _payload(n: int) -> dict[str, object]:
    return {
        "ssn": f"2201021990{n:08d}",
        "mobile": "13800000000",
        "payment_account": "on_file",
        "commitment_accepted": True,
        "commitment_version": "2019-1",
        "language": "zh_CN",
    }


def _fill(db: Path, key: bytes, n: int) -> list[float]:
    latencies = []
    with Outbox(db, key, limits=QueueLimits(max_items=n + 1)) as box:
        for i in range(n):
            started = time.perf_counter()
            box.enqueue(ItemKind.CLAIM, _payload(i), id_number=f"2201021990{i:08d}")
            latencies.append((time.perf_counter() - started) * 1000.0)
    return latencies


def _drain_rate(db: Path, key: bytes, server: str, batch_size: int) -> float:
    """Through the kiosk's production uploader and signed client (the loopback ignores the key)."""
    client = AgencyClient(server, KIOSK_ID, os.urandom(32), attempts=1)
    try:
        with Outbox(db, key, limits=QueueLimits(max_items=10**7)) as box:
            total = box.health().depth
            started = time.perf_counter()
            report = SyncEngine(box, AgencyBatchUploader(client), batch_size=batch_size).drain()
            elapsed = time.perf_counter() - started
            assert report.acknowledged == total, report
            assert box.counts()[ItemState.ACKNOWLEDGED] == total
    finally:
        client.close()
    return total / elapsed


def _copy(db: Path, target: Path) -> Path:
    shutil.copyfile(db, target)
    return target


def run(items: int = 10_000, single_items: int = 1_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-queue-") as temporary:
        work = Path(temporary)
        key = os.urandom(32)
        db = work / "outbox.db"
        latencies = _fill(db, key, items)
        db_bytes = db.stat().st_size  # the queue was closed, so the WAL is checkpointed in
        small = work / "single.db"
        _fill(small, key, single_items)

        server_process, server = start_loopback_server(work)
        try:
            batched = _drain_rate(_copy(db, work / "batched.db"), key, server, 200)
            single = _drain_rate(small, key, server, 1)
        finally:
            server_process.terminate()
            server_process.wait(10)

        agency_decryption = X25519PrivateKey.generate()
        agency_signing = Ed25519PrivateKey.generate()
        kiosk_signing = Ed25519PrivateKey.generate()
        keys = BundleKeys(
            kiosk_id=KIOSK_ID,
            kiosk_signing_key=kiosk_signing,
            agency_encryption_key=agency_decryption.public_key(),
            agency_signing_key=agency_signing.public_key(),
        )
        stick = work / "stick"
        stick.mkdir()
        with Outbox(db, key, limits=QueueLimits(max_items=10**7)) as box:
            started = time.perf_counter()
            exported = export_bundle(box, keys, stick)
            export_s = time.perf_counter() - started
            assert exported is not None and exported.manifest.item_count == items
            started = time.perf_counter()
            opened = read_bundle(
                exported.path.read_bytes(),
                agency_private_key=agency_decryption,
                kiosk_public_key=kiosk_signing.public_key(),
            )
            ack = stick / "ack.ctack"
            ack.write_bytes(
                build_ack(
                    kiosk_id=KIOSK_ID,
                    bundle_id=opened.manifest.bundle_id,
                    acknowledged=[item.client_reference for item in opened.items],
                    agency_signing_key=agency_signing,
                )
            )
            agency_s = time.perf_counter() - started
            started = time.perf_counter()
            outcome = import_acks(box, keys, ack)
            ack_import_s = time.perf_counter() - started
            assert outcome.acknowledged == items
        bundle_bytes = exported.path.stat().st_size

    ordered = sorted(latencies)
    return {
        "items": float(items),
        "enqueue_median_ms": round(statistics.median(ordered), 3),
        "enqueue_p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 3),
        "drain_items_per_s": round(batched, 1),
        "drain_single_items_per_s": round(single, 1),
        "drain_speedup_vs_single": round(batched / single, 1),
        "bundle_export_s": round(export_s, 3),
        "bundle_agency_open_and_ack_s": round(agency_s, 3),
        "bundle_ack_import_s": round(ack_import_s, 3),
        "bundle_bytes_per_item": round(bundle_bytes / items, 1),
        "db_bytes_per_item": round(db_bytes / items, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--single-items", type=int, default=1_000)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    args = parser.parse_args(argv)
    figures = run(args.items, args.single_items)
    for name, value in figures.items():
        print(f"{name:32} {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
