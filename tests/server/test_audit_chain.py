"""The audit log is a Merkle tree log: writers only queue, one sequencer integrates and signs,
proofs verify with the kiosk's code, and verification names any row changed by hand."""

import base64
import hashlib
import html
import json
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select, text

from contract.checkpoint import verify as verify_note
from contract.merkle import leaf_hash, verify_consistency, verify_inclusion
from kiosk.api import AgencyClient
from server import audit
from server.auditlog.keys import load_or_create as load_log_key
from server.auditlog.sequencer import integrate
from server.db import make_engine, make_session_factory, transaction, upgrade
from server.models import AuditCheckpoint, AuditEntry
from server.synthetic import Scenario
from tests.conftest import Agency, fresh_postgres_database
from tests.server.factories import submission


def _login(agency: Agency) -> dict[str, str]:
    token = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": "reviewer", "password": agency.staff_passwords["reviewer"]},
        timeout=10,
    ).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def _verify(agency: Agency) -> dict:  # type: ignore[type-arg]
    answer = requests.get(f"{agency.url}/api/v1/audit/verify", headers=_login(agency), timeout=10)
    answer.raise_for_status()
    return answer.json()  # type: ignore[no-any-return]


def _events(client: AgencyClient, n: int) -> None:
    at = datetime.now(UTC).isoformat()
    client.request(
        "POST",
        "/api/v1/kiosks/events",
        {"events": [{"at": at, "kind": "sync_now"} for _ in range(n)]},
        retry=False,
    )


def _integrated(agency: Agency) -> int:
    return integrate(agency.sessions(), load_log_key(agency.config.data_dir))


def _checkpoint(agency: Agency, first: int = 0) -> dict:  # type: ignore[type-arg]
    answer = requests.get(
        f"{agency.url}/api/v1/audit/checkpoint", params={"first": first}, timeout=10
    )
    answer.raise_for_status()
    return answer.json()  # type: ignore[no-any-return]


def test_checkpoints_are_signed_and_proofs_verify_with_the_kiosks_code(any_agency) -> None:  # type: ignore[no-untyped-def]
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key)
    _events(client, 3)
    before = _integrated(any_agency)
    first = _checkpoint(any_agency)
    _events(client, 5)
    client.close()
    size = _integrated(any_agency)
    assert size == before + 5
    key = load_log_key(any_agency.config.data_dir).public
    head = _checkpoint(any_agency, first=first["size"])
    signed = verify_note(head["note"], key)
    assert (signed.size, signed.root_hex) == (head["size"], head["root"]) == (size, head["root"])
    old = verify_note(first["note"], key)
    assert verify_consistency(
        old.size,
        signed.size,
        old.root,
        signed.root,
        [bytes.fromhex(h) for h in head["consistency_proof"]],
    )
    engine = any_agency.sessions().kw["bind"]
    with engine.connect() as conn:
        index, body = conn.execute(
            text(
                "SELECT leaf_index, body FROM audit_log WHERE action = 'kiosk.sync_now' "
                "ORDER BY leaf_index DESC LIMIT 1"
            )
        ).one()
    proof = requests.get(
        f"{any_agency.url}/api/v1/audit/inclusion",
        params={"index": index, "size": size},
        timeout=10,
    ).json()
    assert proof["leaf_hash"] == leaf_hash(body.encode()).hex()
    assert verify_inclusion(
        index,
        size,
        leaf_hash(body.encode()),
        [bytes.fromhex(h) for h in proof["proof"]],
        signed.root,
    )
    assert json.loads(body)["details"]  # what the entry says is what the tree commits to
    missing = requests.get(
        f"{any_agency.url}/api/v1/audit/consistency",
        params={"first": 1, "second": size + 10},
        timeout=10,
    )
    assert missing.status_code == 404 and missing.json()["code"] == "proof_unavailable"


def test_the_background_sequencer_integrates_without_being_asked(any_agency) -> None:  # type: ignore[no-untyped-def]
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key)
    _events(client, 2)
    client.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with transaction(any_agency.sessions()) as session:
            queued = session.execute(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.leaf_index.is_(None))
            ).scalar_one()
        if queued == 0:
            break
        time.sleep(0.05)
    assert queued == 0


def test_twenty_parallel_writers_all_land_in_the_tree(any_agency) -> None:  # type: ignore[no-untyped-def]
    with transaction(any_agency.sessions()) as session:
        before = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()

    def one(_: int) -> None:
        client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key)
        try:
            _events(client, 1)
        finally:
            client.close()

    with ThreadPoolExecutor(20) as pool:
        list(pool.map(one, range(20)))
    size = _integrated(any_agency)
    with transaction(any_agency.sessions()) as session:
        total = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        indexes = sorted(session.execute(select(AuditEntry.leaf_index)).scalars())
    assert total == before + 20
    assert indexes == list(range(size)) and size == total  # each entry once, no gaps
    assert _verify(any_agency)["ok"]


@pytest.mark.postgres
def test_an_open_transaction_that_appended_does_not_hold_up_other_writers() -> None:
    """The hash chain made every audited transaction wait on one lock; the queue takes none."""
    with fresh_postgres_database() as url:
        engine = make_engine(url)
        upgrade(engine)
        sessions = make_session_factory(engine)
        done = threading.Event()
        with transaction(sessions) as slow:
            audit.append(slow, actor="test:slow", action="test.slow", subject="a")

            def other() -> None:
                with transaction(sessions) as fast:
                    audit.append(fast, actor="test:fast", action="test.fast", subject="b")
                done.set()

            thread = threading.Thread(target=other)
            thread.start()
            assert done.wait(5), "a second writer waited for the first one's transaction"
        thread.join()
        with transaction(sessions) as session:
            assert audit.verify(session).queued == 2
        engine.dispose()


def test_an_entry_altered_by_hand_is_named(agency) -> None:  # type: ignore[no-untyped-def]
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
    _events(client, 4)
    client.close()
    _integrated(agency)
    assert _verify(agency)["ok"]
    engine = agency.sessions().kw["bind"]
    with engine.begin() as conn:
        index = conn.execute(
            text("SELECT min(leaf_index) FROM audit_log WHERE action = 'kiosk.sync_now'")
        ).scalar_one()
        conn.execute(
            text("UPDATE audit_log SET actor = 'kiosk:someone-else' WHERE leaf_index = :i"),
            {"i": index},
        )
    broken = _verify(agency)
    assert (broken["ok"], broken["first_bad_entry"], broken["kind"]) == (
        False,
        index,
        "entry_altered",
    )
    assert f"entry {index} altered" in broken["problem"]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET actor = :a WHERE leaf_index = :i"),
            {"a": f"kiosk:{agency.kiosk_id}", "i": index},
        )
    assert _verify(agency)["ok"]


def test_a_body_rewritten_with_its_leaf_hash_breaks_the_signed_checkpoint(agency) -> None:  # type: ignore[no-untyped-def]
    """Recomputing the leaf hash is not enough: the checkpoint signed over the old tree no longer
    matches (and without the log key it cannot be re-signed)."""
    _integrated(agency)
    engine = agency.sessions().kw["bind"]
    with engine.begin() as conn:
        body = conn.execute(text("SELECT body FROM audit_log WHERE leaf_index = 1")).scalar_one()
        forged = body.replace('"details":{', '"details":{"forged":"1",', 1)
        conn.execute(
            text("UPDATE audit_log SET body = :b, leaf_hash = :h WHERE leaf_index = 1"),
            {"b": forged, "h": leaf_hash(forged.encode()).hex()},
        )
    broken = _verify(agency)
    assert not broken["ok"] and broken["kind"] == "history_rewritten"
    assert "history rewritten" in broken["problem"]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET body = :b, leaf_hash = :h WHERE leaf_index = 1"),
            {"b": body, "h": leaf_hash(body.encode()).hex()},
        )
    assert _verify(agency)["ok"]


def test_a_deleted_entry_is_named(agency) -> None:  # type: ignore[no-untyped-def]
    _integrated(agency)
    engine = agency.sessions().kw["bind"]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE leaf_index = 2"))
    broken = _verify(agency)
    assert (broken["ok"], broken["first_bad_entry"], broken["kind"]) == (
        False,
        2,
        "entry_removed",
    )


def test_verify_audit_command_exits_non_zero_on_a_broken_log(tmp_path, agency) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\n')
    command = [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server", "verify-audit"]
    bad = subprocess.run(command, capture_output=True, text=True, check=False)
    assert bad.returncode == 1, bad.stdout + bad.stderr  # entry 2 was deleted above
    assert "audit log BROKEN: entry 2 removed" in bad.stdout


def test_verify_audit_command_says_intact(tmp_path, any_agency) -> None:  # type: ignore[no-untyped-def]
    _integrated(any_agency)
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[reference_server]\ndata_dir = "{any_agency.config.data_dir}"\n'
        f'database_url = "{any_agency.config.database_url}"\n'
    )
    command = [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server", "verify-audit"]
    ok = subprocess.run([*command, "--json"], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    report = json.loads(ok.stdout)
    assert report["ok"] and report["entries"] > 5 and report["checkpoints_checked"] >= 1


def test_the_log_key_is_private_and_published_beside_the_bundle_keys(tmp_path, agency) -> None:  # type: ignore[no-untyped-def]
    path = Path(agency.config.data_dir) / "audit-log-key.toml"
    assert path.stat().st_mode & 0o077 == 0
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\n')
    out = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server", "agency-keys"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    published = load_log_key(Path(agency.config.data_dir)).public_b64()
    assert f'audit_log_public_key = "{published}"' in out


def test_migration_keeps_the_hash_chain_rows_as_the_first_leaves(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0007")
    bodies = [
        json.dumps(
            {"action": f"old.{i}", "actor": "system", "at": f"2026-01-0{i + 1}T00:00:00+00:00"}
            | {"details": {}, "subject": "s"},
            sort_keys=True,
            separators=(",", ":"),
        )
        for i in range(3)
    ]
    prev = "0" * 64
    with engine.begin() as conn:
        for i, body in enumerate(bodies):
            digest = hashlib.sha256(prev.encode() + body.encode()).hexdigest()
            conn.execute(
                text(
                    "INSERT INTO audit_log (at, actor, action, subject, body, prev_hash, hash) "
                    "VALUES (:at, 'system', :action, 's', :body, :prev, :hash)"
                ),
                {
                    "at": f"2026-01-0{i + 1} 00:00:00",
                    "action": f"old.{i}",
                    "body": body,
                    "prev": prev,
                    "hash": digest,
                },
            )
            prev = digest
    upgrade(engine)
    sessions = make_session_factory(engine)
    key = load_log_key(tmp_path)
    assert integrate(sessions, key) == 3
    with transaction(sessions) as session:
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.leaf_index)).scalars().all()
        assert [r.body for r in rows] == bodies and [r.leaf_index for r in rows] == [0, 1, 2]
        report = audit.verify(session, key.public)
        assert report.ok and report.entries == 3
        note = session.execute(select(AuditCheckpoint.note)).scalar_one()
    assert base64.b64decode(note.split("\n")[2]) == bytes.fromhex(report.root)
    engine.dispose()


def test_the_receipt_page_shows_the_claims_position_under_a_signed_checkpoint(any_agency) -> None:  # type: ignore[no-untyped-def]
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key)
    claim = client.submit(submission(Scenario.ELIGIBLE_12_MONTHS)).claim
    client.close()
    page = requests.get(claim.status_url, timeout=10).text
    found = re.search(r"审计日志的第 (\d+) 条", page)
    note = re.search(r'<pre id="audit-checkpoint"[^>]*>(.*?)</pre>', page, re.S)
    leaf = re.search(r'<code id="leaf-hash">([0-9a-f]{64})</code>', page)
    assert found and note and leaf
    signed = verify_note(
        html.unescape(note.group(1)), load_log_key(any_agency.config.data_dir).public
    )
    index = int(found.group(1))
    proof = requests.get(
        f"{any_agency.url}/api/v1/audit/inclusion",
        params={"index": index, "size": signed.size},
        timeout=10,
    ).json()
    assert proof["leaf_hash"] == leaf.group(1)
    assert verify_inclusion(
        index,
        signed.size,
        bytes.fromhex(leaf.group(1)),
        [bytes.fromhex(h) for h in proof["proof"]],
        signed.root,
    )
    engine = any_agency.sessions().kw["bind"]
    with engine.connect() as conn:
        body = conn.execute(
            text("SELECT body FROM audit_log WHERE leaf_index = :i"), {"i": index}
        ).scalar_one()
    entry = json.loads(body)
    assert (entry["action"], entry["subject"]) == ("claim.received", claim.reference)
