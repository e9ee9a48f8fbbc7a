"""Kiosks witness the audit log: an insider who can write the database (and even holds the log
key) can rewrite or cut the log so that it checks out on its own, but not so that it agrees with
a checkpoint a kiosk already stored. `verify-audit --witness` names the break, and the kiosk
that receives the forked log raises the alarm on the fleet page and in technician mode."""

import contextlib
import io
import json
import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from contract.checkpoint import Checkpoint, origin_for, sign
from contract.merkle import MerkleTree, leaf_hash
from kiosk.api import AgencyClient
from kiosk.cli import main
from kiosk.heartbeat import HeartbeatService, HeartbeatSources, QueueSnapshot
from kiosk.witness.store import WitnessStore
from kiosk.witness.witness import AuditWitness, Outcome, load_log_key
from server.agency_keys import load_or_create as load_agency_keys
from server.auditlog.keys import load_or_create as load_log_key_pair
from server.auditlog.sequencer import integrate
from tests.conftest import Agency, fresh_postgres_database, start_agency


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def agency(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Agency]:
    """A server of its own: these tests tamper with its database."""
    if request.param == "sqlite":
        yield from start_agency(tmp_path / "agency", None, claimants=8)
    else:
        with fresh_postgres_database() as url:
            yield from start_agency(tmp_path / "agency", url, claimants=8)


class WitnessingKiosk:
    """The kiosk's real heartbeat and witness, as kiosk.app.services wires them."""

    def __init__(self, agency: Agency, home: Path) -> None:
        keys = home / "agency-keys.toml"  # what `kiosk server agency-keys --public-out` writes
        data_dir = Path(agency.config.data_dir)
        home.mkdir(parents=True, exist_ok=True)
        keys.write_text(
            load_agency_keys(data_dir).public_toml() + load_log_key_pair(data_dir).public_toml()
        )
        self.store = WitnessStore.in_dir(home)
        self.witness = AuditWitness(self.store, load_log_key(keys))
        self.client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
        self.heartbeat = HeartbeatService(
            self.client,
            HeartbeatSources(devices=dict, paper=lambda: "ok", queue=QueueSnapshot),
            app_version="1.0",
            witness=self.witness,
        )

    def beat(self) -> Outcome | None:
        assert self.heartbeat.beat()
        return self.witness.status().last_outcome

    def close(self) -> None:
        self.client.close()


@pytest.fixture
def kiosk(agency: Agency, tmp_path: Path) -> Iterator[WitnessingKiosk]:
    k = WitnessingKiosk(agency, tmp_path / "kiosk")
    yield k
    k.close()


def _activity(agency: Agency, kiosk: WitnessingKiosk, n: int) -> int:
    """n audited changes, integrated; returns the tree size."""
    at = datetime.now(UTC).isoformat()
    kiosk.client.request(
        "POST",
        "/api/v1/kiosks/events",
        {"events": [{"at": at, "kind": "device_test", "detail": {"n": str(i)}} for i in range(n)]},
        retry=False,
    )
    return integrate(agency.sessions(), load_log_key_pair(Path(agency.config.data_dir)))


def _resign(agency: Agency) -> None:
    """The insider holds the data directory too: drops the checkpoints and has the sequencer
    sign the tampered tree afresh, so the log checks out on its own.

    The running server's sequencer may sign in the moment between the delete and the insider's
    signing, over its own copy of the tree (the leaves as they were): that checkpoint names the
    tampering by itself. The insider, who wants a log consistent on its own, deletes again."""
    engine = agency.sessions().kw["bind"]
    key = load_log_key_pair(Path(agency.config.data_dir))
    for _ in range(10):
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_checkpoints"))
        integrate(agency.sessions(), key)
        with engine.connect() as conn:
            leaves = conn.execute(
                text(
                    "SELECT leaf_hash FROM audit_log WHERE leaf_index IS NOT NULL ORDER BY leaf_index"
                )
            ).scalars()
            tree = MerkleTree(bytes.fromhex(h) for h in leaves)
            signed = conn.execute(
                text("SELECT root_hash FROM audit_checkpoints WHERE tree_size = :n"),
                {"n": tree.size},
            ).scalar()
        if signed == tree.root().hex():
            break
    else:
        raise AssertionError("the server's sequencer kept signing its own copy of the tree")
    engine.dispose()


def _rewrite(agency: Agency, index: int) -> None:
    engine = agency.sessions().kw["bind"]
    with engine.begin() as conn:
        body = conn.execute(
            text("SELECT body FROM audit_log WHERE leaf_index = :i"), {"i": index}
        ).scalar_one()
        forged = body.replace('"details":{', '"details":{"rewritten":"yes",', 1)
        assert forged != body
        conn.execute(
            text("UPDATE audit_log SET body = :b, leaf_hash = :h WHERE leaf_index = :i"),
            {"b": forged, "h": leaf_hash(forged.encode()).hex(), "i": index},
        )
    engine.dispose()
    _resign(agency)


def _cut(agency: Agency, keep: int) -> None:
    engine = agency.sessions().kw["bind"]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE leaf_index >= :k"), {"k": keep})
    engine.dispose()
    _resign(agency)


def _kiosk_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The `kiosk` command in this process (a subprocess costs seconds of imports per call)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(["kiosk", *args], code, out.getvalue(), err.getvalue())


def _verify_audit(
    agency: Agency, tmp_path: Path, *witness: Path
) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "server.toml"
    config.write_text(
        f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\n'
        f'database_url = "{agency.config.database_url}"\n'
    )
    extra = [item for path in witness for item in ("--witness", str(path))]
    return _kiosk_cli("--config", str(config), "server", "verify-audit", *extra)


def test_a_rewrite_after_a_kiosk_witnessed_is_named_by_verify_audit(
    agency: Agency, kiosk: WitnessingKiosk, tmp_path: Path
) -> None:
    _activity(agency, kiosk, 5)
    assert kiosk.beat() == Outcome.WITNESSED
    size = _activity(agency, kiosk, 3)
    assert kiosk.beat() == Outcome.WITNESSED  # the consistency proof from the first one held
    assert kiosk.beat() == Outcome.UNCHANGED
    listed = _kiosk_cli("audit", "witnesses", "--json", "--file", str(kiosk.store.path))
    assert listed.returncode == 0, listed.stderr
    witnessed = json.loads(listed.stdout)
    assert [w["size"] for w in witnessed][-1] == size and len(witnessed) == 2
    witness_file = tmp_path / "witnesses.json"
    witness_file.write_text(listed.stdout)

    _rewrite(agency, 3)

    alone = _verify_audit(agency, tmp_path)
    assert alone.returncode == 0, alone.stdout  # consistent on its own: that is the attack
    caught = _verify_audit(agency, tmp_path, witness_file)
    assert caught.returncode == 1, caught.stdout + caught.stderr
    assert f"a kiosk witnessed a checkpoint at size {witnessed[0]['size']}" in caught.stdout
    assert "history rewritten" in caught.stdout


def test_a_cut_tail_is_named_by_verify_audit_with_one_heartbeat_answer(
    agency: Agency, kiosk: WitnessingKiosk, tmp_path: Path
) -> None:
    size = _activity(agency, kiosk, 6)
    answer = kiosk.client.heartbeat({"app_version": "1.0", "uptime_s": 1}).audit_checkpoint
    assert answer is not None and answer.size == size
    witness_file = tmp_path / "checkpoint.json"
    witness_file.write_text(answer.model_dump_json())

    _cut(agency, size - 4)

    assert _verify_audit(agency, tmp_path).returncode == 0
    caught = _verify_audit(agency, tmp_path, witness_file)
    assert caught.returncode == 1
    assert (
        f"the log has {size - 4} entries but a kiosk witnessed a checkpoint at size {size}: "
        "tail cut"
    ) in caught.stdout


def test_a_kiosk_raises_the_fork_alarm_and_the_fleet_page_shows_it(
    agency: Agency, kiosk: WitnessingKiosk
) -> None:
    _activity(agency, kiosk, 4)
    assert kiosk.beat() == Outcome.WITNESSED
    _rewrite(agency, 1)
    _activity(agency, kiosk, 2)  # the forked log grows on; its proof cannot reach our root

    assert kiosk.beat() == Outcome.FORK
    alarm = kiosk.store.alarm()
    assert alarm is not None and alarm.reason == "inconsistent proof"
    assert "fork" in (kiosk.heartbeat.status().audit_alarm or "")
    assert kiosk.beat() == Outcome.ALARM_STANDS  # reported again, nothing new trusted

    page = _fleet_page(agency)
    section = re.search(r'<section id="audit-alarms".*?</section>', page, re.S)
    assert section is not None
    assert agency.kiosk_id in section.group(0) and "分叉" in section.group(0)

    listed = _kiosk_cli("audit", "witnesses", "--file", str(kiosk.store.path))
    assert "ALARM (fork)" in listed.stdout


def test_a_shrunk_log_raises_the_alarm(agency: Agency, kiosk: WitnessingKiosk) -> None:
    size = _activity(agency, kiosk, 5)
    assert kiosk.beat() == Outcome.WITNESSED
    _cut(agency, size - 2)
    assert kiosk.beat() == Outcome.SHRUNK
    assert kiosk.heartbeat.status().audit_alarm is not None


def test_a_checkpoint_signed_by_another_key_is_not_witnessed(
    agency: Agency, kiosk: WitnessingKiosk, tmp_path: Path
) -> None:
    _activity(agency, kiosk, 2)
    stranger = WitnessingKiosk.__new__(WitnessingKiosk)
    stranger.store = WitnessStore.in_dir(tmp_path / "stranger")
    other_keys = tmp_path / "other-keys.toml"
    other_keys.write_text(load_log_key_pair(tmp_path / "elsewhere").public_toml())
    stranger.witness = AuditWitness(stranger.store, load_log_key(other_keys))
    answer = kiosk.client.heartbeat({"app_version": "1.0", "uptime_s": 1}).audit_checkpoint
    assert answer is not None
    assert stranger.witness.observe(answer.model_dump()) == Outcome.UNSIGNED
    assert stranger.store.witnessed() == [] and stranger.store.alarm() is None


def _fleet_page(agency: Agency) -> str:
    http = requests.Session()
    form = http.get(f"{agency.url}/fleet/login", timeout=10).text
    csrf = re.search(r'name="csrf" value="([^"]+)"', form)
    assert csrf is not None
    answer = http.post(
        f"{agency.url}/fleet/login",
        data={
            "csrf": csrf.group(1),
            "username": "reviewer",
            "password": agency.staff_passwords["reviewer"],
        },
        timeout=10,
    )
    answer.raise_for_status()
    page = http.get(f"{agency.url}/fleet", timeout=10).text
    http.close()
    return page


def _signed(key: Ed25519PrivateKey, size: int, root: bytes) -> str:
    return sign(Checkpoint(origin_for(key.public_key()), size, root, datetime.now(UTC)), key)


def test_the_same_size_with_another_root_is_a_fork_and_an_unproven_head_is_not_stored(
    tmp_path: Path,
) -> None:
    key = Ed25519PrivateKey.generate()
    honest = MerkleTree(leaf_hash(bytes([i])) for i in range(9))
    store = WitnessStore.in_dir(tmp_path)
    witness = AuditWitness(store, key.public_key())
    first = {
        "note": _signed(key, 5, honest.root(5)),
        "consistency_from": 0,
        "consistency_proof": [],
    }
    assert witness.observe(first) == Outcome.WITNESSED
    assert witness.heartbeat_fields()["audit_witnessed"] == {
        "size": 5,
        "root": honest.root(5).hex(),
    }
    later = {
        "note": _signed(key, 9, honest.root(9)),
        "consistency_from": 3,
        "consistency_proof": [],
    }
    assert witness.observe(later) == Outcome.UNPROVEN  # a proof from elsewhere proves nothing
    assert store.latest() is not None and store.latest().size == 5  # type: ignore[union-attr]
    proof = [h.hex() for h in honest.consistency_proof(5, 9)]
    assert witness.observe({**later, "consistency_from": 5, "consistency_proof": proof}) == (
        Outcome.WITNESSED
    )
    assert [w.size for w in store.witnessed()] == [5, 9]
    history = store.path.read_text().splitlines()
    assert len(history) == 1  # within ten minutes only the head file follows each checkpoint
    other = {"note": _signed(key, 9, leaf_hash(b"other")), "consistency_from": 9}
    assert witness.observe(other) == Outcome.FORK
    alarm = store.alarm()
    assert alarm is not None and alarm.reason == "same size, other root"
    assert alarm.evidence == other["note"]  # the contradicting signed checkpoint is kept
    store.clear_alarm(by="technician-7")
    assert store.alarm() is None and witness.heartbeat_fields()["audit_alarm"] is None
