"""Figures for the Merkle tree audit log (docs/audit-log.md, "Cost"): append latency, sequencer
throughput, proofs and full verification, at 10^4 and 10^5 entries.

    .venv/bin/python -m bench.bench_audit_log [--sizes 10000 100000] [--postgres URL] [--json FILE]

Append latency is what every audited request pays: one INSERT in its own transaction, committed
(SQLite synchronous=FULL). Proof times go through the server's read path (a transaction, the
tree synced with the database, the proof computed), as a heartbeat answer or /api/v1/audit/*
does; "cold" is the first read in a fresh process, which rebuilds the tree from the leaf hashes.
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from contract.merkle import MerkleTree, leaf_hash
from server import audit
from server.auditlog import reads, tree
from server.auditlog.keys import load_or_create
from server.auditlog.sequencer import integrate
from server.db import make_engine, make_session_factory, transaction, upgrade


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3),
    }


def _timed(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _fill(sessions: sessionmaker[Session], count: int) -> None:
    """Entries shaped like the real ones: a claim reference subject and small details."""
    done = 0
    while done < count:
        with transaction(sessions) as session:
            for _ in range(min(1000, count - done)):
                audit.append(
                    session,
                    actor="kiosk:kiosk-222405-001",
                    action="payment.released",
                    subject=secrets.token_hex(16),
                    details={"month": "2026-11", "amount_fen": 187_200},
                )
                done += 1


def _append_once(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as session:
        audit.append(
            session, actor="staff:bench", action="claim.review", subject=secrets.token_hex(16)
        )


def _reads(engine: Engine, sessions: sessionmaker[Session], present: int) -> dict[str, Any]:
    tree.forget(engine)
    start = time.perf_counter()
    reads.for_witness(sessions, present // 2)
    cold_s = time.perf_counter() - start
    witness = _timed(lambda: reads.for_witness(sessions, present - 500), 50)
    inclusion = _timed(lambda: reads.inclusion(sessions, present // 3, present), 50)
    pure = MerkleTree(leaf_hash(i.to_bytes(8, "big")) for i in range(present))
    pure_proof = _timed(lambda: pure.consistency_proof(present // 3 + 1, present), 200)
    return {
        "cold_tree_build_s": round(cold_s, 3),
        "heartbeat_checkpoint_and_proof": _ms(witness),
        "inclusion_proof": _ms(inclusion),
        "consistency_proof_in_memory": _ms(pure_proof),
    }


def measure(url: str, sizes: list[int], data_dir: Path) -> list[dict[str, Any]]:
    engine = make_engine(url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    key = load_or_create(data_dir)
    rows: list[dict[str, Any]] = []
    present = 0
    for size in sizes:
        _fill(sessions, size - present)
        start = time.perf_counter()
        present = integrate(sessions, key)
        integrate_s = time.perf_counter() - start
        appended = _timed(lambda: _append_once(sessions), 200)
        present = integrate(sessions, key)
        reads_figures = _reads(engine, sessions, present)
        start = time.perf_counter()
        with transaction(sessions) as session:
            report = audit.verify(session, key.public)
        verify_s = time.perf_counter() - start
        assert report.ok, report.problem
        rows.append(
            {
                "database": engine.dialect.name,
                "entries": present,
                "append": _ms(appended),
                "integrate_entries_per_s": round(
                    (size - (rows[-1]["entries"] if rows else 0)) / integrate_s
                ),
                **reads_figures,
                "verify_all_s": round(verify_s, 2),
            }
        )
    engine.dispose()
    return rows


@contextmanager
def _postgres(admin_url: str) -> Iterator[str]:
    name = f"changtong_bench_{secrets.token_hex(4)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{admin_url.rpartition('/')[0]}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run(sizes: tuple[int, ...] = (10_000, 100_000)) -> dict[str, float]:
    """The figures for `python -m bench`: SQLite at 10^4 and 10^5 entries (about 30 s on the
    2-core development machine); PostgreSQL needs `--postgres` when run alone."""
    began = time.perf_counter()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        rows = measure(f"sqlite:///{tmp}/audit.db", list(sizes), Path(tmp))
    for size, row in zip(sizes, rows, strict=True):
        prefix = f"audit_log_{size // 1000}k_"
        figures[prefix + "append_p50_ms"] = row["append"]["p50_ms"]
        figures[prefix + "append_p95_ms"] = row["append"]["p95_ms"]
        figures[prefix + "integrate_entries_per_s"] = row["integrate_entries_per_s"]
        figures[prefix + "cold_tree_build_s"] = row["cold_tree_build_s"]
        figures[prefix + "heartbeat_proof_p50_ms"] = row["heartbeat_checkpoint_and_proof"]["p50_ms"]
        figures[prefix + "inclusion_proof_p50_ms"] = row["inclusion_proof"]["p50_ms"]
        figures[prefix + "verify_all_s"] = row["verify_all_s"]
    figures["bench_audit_log_s"] = time.perf_counter() - began
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--postgres", help="admin URL of a PostgreSQL to create a database in")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results += measure(f"sqlite:///{tmp}/audit.db", args.sizes, Path(tmp))
        if args.postgres:
            with _postgres(args.postgres) as url:
                results += measure(url, args.sizes, Path(tmp))
    for row in results:
        print(json.dumps(row))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
