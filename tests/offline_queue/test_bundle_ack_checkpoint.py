"""A kiosk that is never online witnesses the agency's audit log through field-staff acks.

The bundle names the newest checkpoint the kiosk witnessed; the agency's signed ack carries its
newest signed checkpoint with the consistency proof from there; `kiosk queue import-acks` checks
it with the kiosk's witness, exactly as a heartbeat answer is checked (docs/audit-log.md). Without
this a village kiosk stored nothing, and an insider could cut or rewrite the log it fed unseen.

Everything is real: the reference server on loopback, `kiosk queue export`, `kiosk server
import-bundle` and `kiosk queue import-acks` through the `kiosk` entry point, the kiosk's queue,
secrets and witness files on disk.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import text

from config import Secrets, Settings, save_secrets
from config.saving import save_settings
from contract.bundle_format import (
    WitnessedHead,
    build_bundle,
    read_bundle_manifest,
)
from contract.merkle import leaf_hash
from kiosk.cli import main
from offline_queue.errors import BundleFormatError
from offline_queue.items import ItemState
from offline_queue.outbox import Outbox
from server.auditlog.keys import load_or_create as load_log_key
from server.auditlog.sequencer import integrate
from server.synthetic import Scenario
from tests.conftest import Agency, fresh_postgres_database, start_agency
from tests.server.factories import submission


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def agency(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Agency]:
    """A server of its own: some tests tamper with its database, as an insider would."""
    if request.param == "sqlite":
        yield from start_agency(tmp_path / "agency", None, claimants=12)
    else:
        with fresh_postgres_database() as url:
            yield from start_agency(tmp_path / "agency", url, claimants=12)


def _cli(*argv: str) -> tuple[int, str]:
    """The `kiosk` command in this process (a subprocess costs seconds of imports per call)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue() + err.getvalue()


class AgencyConsole:
    """The agency's side of the stick: `kiosk server …` on the server's own settings."""

    def __init__(self, agency: Agency, root: Path) -> None:
        self.agency = agency
        root.mkdir(parents=True)
        self.config = root / "server.toml"
        self.config.write_text(
            f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\n'
            f'database_url = "{agency.config.database_url}"\n'
        )
        self.acks = root / "acks"
        self.acks.mkdir()

    def import_bundle(self, bundle: Path) -> Path:
        code, out = _cli(
            "--config",
            str(self.config),
            "server",
            "import-bundle",
            str(bundle),
            "--ack-out",
            str(self.acks),
        )
        assert code == 0, out
        (ack,) = [p for p in self.acks.iterdir() if bundle.name.split("-")[-1][:8] in p.name]
        return ack

    def agency_keys(self, target: Path) -> None:
        code, out = _cli(
            "--config", str(self.config), "server", "agency-keys", "--public-out", str(target)
        )
        assert code == 0, out

    def verify_audit(self, *witness: Path) -> tuple[int, str]:
        extra = [item for path in witness for item in ("--witness", str(path))]
        return _cli("--config", str(self.config), "server", "verify-audit", *extra)

    def tree_size(self) -> int:
        return integrate(self.agency.sessions(), load_log_key(Path(self.agency.config.data_dir)))

    def _resign(self) -> None:
        """The insider holds the data directory too: drops the checkpoints and has the
        sequencer sign the tampered tree afresh, so the log checks out on its own."""
        engine = self.agency.sessions().kw["bind"]
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_checkpoints"))
        engine.dispose()
        self.tree_size()

    def cut(self, keep: int) -> None:
        engine = self.agency.sessions().kw["bind"]
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log WHERE leaf_index >= :k"), {"k": keep})
        engine.dispose()
        self._resign()

    def rewrite(self, index: int) -> None:
        engine = self.agency.sessions().kw["bind"]
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
        self._resign()


class VillageKiosk:
    """A kiosk with no network at all: its settings name an address nothing answers, and only
    the stick connects it to the agency. Files as the kiosk keeps them: settings, secrets beside
    them, the queue in its data directory, the witness file beside the queue."""

    def __init__(self, agency: Agency, desk: AgencyConsole, root: Path) -> None:
        self.root = root
        self.db = root / "data" / "outbox.db"
        self.db.parent.mkdir(parents=True)
        self.data_key = os.urandom(32)
        self.config = root / "kiosk.toml"
        save_secrets(
            Secrets(
                kiosk_key=agency.kiosk_key,
                queue_data_key=self.data_key,
                signing_key=agency.kiosk_signing_seed,
            ),
            root / "secrets.toml",
        )
        self.agency_keys = root / "agency-keys.toml"
        desk.agency_keys(self.agency_keys)
        settings = {
            "kiosk": {"id": agency.kiosk_id},
            "server": {"url": "http://127.0.0.1:9"},
            "queue": {"path": str(self.db), "agency_keys": str(self.agency_keys)},
        }
        save_settings(Settings.model_validate(settings), self.config)
        self.stick = root / "stick"
        self.stick.mkdir()
        self.witness_file = self.db.parent / "audit-witness.jsonl"

    def queue(self, *scenarios: Scenario) -> None:
        with Outbox(self.db, self.data_key) as box:
            for scenario in scenarios:
                body = submission(scenario)
                box.enqueue(
                    "claim",
                    body["payload"],
                    id_number=body["payload"]["ssn"],
                    client_reference=body["client_reference"],
                    login=body.get("login"),
                )

    def run(self, *argv: str) -> dict[str, Any]:
        code, out = _cli("--config", str(self.config), *argv, "--json")
        assert code == 0, out
        answer: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        return answer

    def export(self) -> Path:
        return Path(self.run("queue", "export", "--to", str(self.stick))["bundle"])

    def import_ack(self, ack: Path) -> dict[str, Any]:
        return self.run("queue", "import-acks", str(ack))

    def witnesses(self) -> list[dict[str, Any]]:
        code, out = _cli("--config", str(self.config), "audit", "witnesses", "--json")
        assert code == 0, out
        listed: list[dict[str, Any]] = json.loads(out)
        return listed

    def alarm_listing(self) -> str:
        return _cli("--config", str(self.config), "audit", "witnesses")[1]

    def counts(self) -> dict[ItemState, int]:
        with Outbox(self.db, self.data_key) as box:
            return box.counts()


def _manifest(bundle: Path) -> dict[str, Any]:
    """The bundle's readable manifest as it lies on the stick."""
    envelope = json.loads(bundle.read_bytes())
    manifest: dict[str, Any] = json.loads(base64.b64decode(envelope["body"]))["manifest"]
    return manifest


def _agency_encryption_key(path: Path) -> X25519PublicKey:
    """The agency's bundle key from the public key file a kiosk is given."""
    raw = base64.urlsafe_b64decode(tomllib.loads(path.read_text())["agency_encryption_public_key"])
    return X25519PublicKey.from_public_bytes(raw)


def _ack_checkpoint(ack: Path) -> dict[str, Any] | None:
    envelope = json.loads(ack.read_bytes())
    checkpoint: dict[str, Any] | None = json.loads(base64.b64decode(envelope["body"])).get(
        "audit_checkpoint"
    )
    return checkpoint


@pytest.fixture
def desk(agency: Agency, tmp_path: Path) -> AgencyConsole:
    return AgencyConsole(agency, tmp_path / "desk")


@pytest.fixture
def kiosk(agency: Agency, desk: AgencyConsole, tmp_path: Path) -> VillageKiosk:
    return VillageKiosk(agency, desk, tmp_path / "kiosk")


def test_a_kiosk_that_only_exchanges_bundles_witnesses_the_log_through_its_acks(
    desk: AgencyConsole, kiosk: VillageKiosk, tmp_path: Path
) -> None:
    kiosk.queue(Scenario.ELIGIBLE_12_MONTHS, Scenario.ELIGIBLE_18_MONTHS)
    first = kiosk.export()
    assert "audit_witnessed" not in _manifest(first)  # it has witnessed nothing yet
    ack = desk.import_bundle(first)
    carried = _ack_checkpoint(ack)
    assert carried is not None and carried["consistency_from"] == 0

    answer = kiosk.import_ack(ack)
    assert answer["acknowledged"] == 2
    assert answer["audit"] == {
        "outcome": "witnessed",
        "witnessed_size": carried["size"],
        "alarm": None,
        "problem": None,
    }
    # The ack's checkpoint already holds the bundle's own claims and its import.
    assert carried["size"] == desk.tree_size()
    assert kiosk.witness_file.exists()
    size_one = carried["size"]

    kiosk.queue(Scenario.ELIGIBLE_24_MONTHS)
    second = kiosk.export()
    assert _manifest(second)["audit_witnessed"] == {"size": size_one, "root": carried["root"]}
    ack = desk.import_bundle(second)
    carried = _ack_checkpoint(ack)
    assert carried is not None and carried["consistency_from"] == size_one
    assert carried["size"] > size_one and carried["consistency_proof"]
    assert kiosk.import_ack(ack)["audit"]["outcome"] == "witnessed"

    listed = kiosk.witnesses()
    assert [w["size"] for w in listed] == [size_one, carried["size"]]
    assert kiosk.counts()[ItemState.ACKNOWLEDGED] == 3

    # What the kiosk stored from the acks is what an auditor feeds to verify-audit.
    witness_file = tmp_path / "witnessed.json"
    witness_file.write_text(json.dumps(listed))
    code, out = desk.verify_audit(witness_file)
    assert code == 0, out
    assert "2 witnessed ones agree" in out


def test_an_ack_from_a_cut_log_raises_the_shrunk_alarm_and_verify_audit_names_the_cut(
    desk: AgencyConsole, kiosk: VillageKiosk, tmp_path: Path
) -> None:
    kiosk.queue(Scenario.ELIGIBLE_12_MONTHS, Scenario.ELIGIBLE_18_MONTHS)
    answer = kiosk.import_ack(desk.import_bundle(kiosk.export()))
    witnessed = answer["audit"]["witnessed_size"]
    assert answer["audit"]["outcome"] == "witnessed" and witnessed > 2

    desk.cut(2)  # the insider drops all but the first two entries and re-signs
    kiosk.queue(Scenario.ELIGIBLE_24_MONTHS)
    bundle = kiosk.export()
    ack = desk.import_bundle(bundle)
    carried = _ack_checkpoint(ack)
    assert carried is not None and carried["size"] < witnessed

    answer = kiosk.import_ack(ack)
    assert answer["acknowledged"] == 1  # the claims are delivered all the same
    assert answer["audit"]["outcome"] == "shrunk"
    assert answer["audit"]["alarm"].startswith(f"shrunk: witnessed {witnessed} entries")
    assert "ALARM (shrunk)" in kiosk.alarm_listing()
    witness_file = tmp_path / "witnessed.json"
    witness_file.write_text(json.dumps(kiosk.witnesses()))
    code, out = desk.verify_audit(witness_file)
    assert code == 1
    assert f"a kiosk witnessed a checkpoint at size {witnessed}: tail cut" in out


def test_an_ack_from_a_rewritten_log_raises_the_fork_alarm(
    desk: AgencyConsole, kiosk: VillageKiosk
) -> None:
    kiosk.queue(Scenario.ELIGIBLE_12_MONTHS)
    witnessed = kiosk.import_ack(desk.import_bundle(kiosk.export()))["audit"]["witnessed_size"]

    desk.rewrite(1)  # history rewritten and re-signed: the log checks out on its own
    kiosk.queue(Scenario.ELIGIBLE_18_MONTHS)
    answer = kiosk.import_ack(desk.import_bundle(kiosk.export()))
    assert answer["audit"]["outcome"] == "fork"
    assert "inconsistent proof" in answer["audit"]["alarm"]
    assert f"witnessed {witnessed} entries" in answer["audit"]["alarm"]

    # While the alarm stands nothing new is trusted, however the next checkpoint comes.
    kiosk.queue(Scenario.ELIGIBLE_24_MONTHS)
    again = kiosk.import_ack(desk.import_bundle(kiosk.export()))
    assert again["audit"]["outcome"] == "alarm_stands"
    assert [w["size"] for w in kiosk.witnesses()] == [witnessed]


def test_acks_carried_back_in_the_other_order_raise_no_alarm(
    desk: AgencyConsole, kiosk: VillageKiosk
) -> None:
    """Two bundles out before any ack came back; the agency imports both, field staff bring
    the newer ack first. The older one is stale, not a cut log."""
    kiosk.queue(Scenario.ELIGIBLE_12_MONTHS)
    first = kiosk.export()
    kiosk.queue(Scenario.ELIGIBLE_18_MONTHS)
    second = kiosk.export()
    first_ack, second_ack = desk.import_bundle(first), desk.import_bundle(second)

    newer = kiosk.import_ack(second_ack)["audit"]
    assert newer["outcome"] == "witnessed"
    older = kiosk.import_ack(first_ack)["audit"]
    assert older == {**newer, "outcome": "stale"}  # nothing stored, nothing raised
    assert kiosk.counts()[ItemState.ACKNOWLEDGED] == 2


def test_a_cut_log_cannot_pass_as_an_older_ack(desk: AgencyConsole, kiosk: VillageKiosk) -> None:
    """The same two bundles, but the insider cut the log between the two imports: the smaller
    checkpoint is signed after the larger one the kiosk holds, which no honest log does."""
    kiosk.queue(Scenario.ELIGIBLE_12_MONTHS)
    first = kiosk.export()
    kiosk.queue(Scenario.ELIGIBLE_18_MONTHS)
    second = kiosk.export()
    witnessed = kiosk.import_ack(desk.import_bundle(second))["audit"]["witnessed_size"]
    time.sleep(1.1)  # checkpoints carry their signing time to the second
    desk.cut(2)
    answer = kiosk.import_ack(desk.import_bundle(first))
    assert answer["audit"]["outcome"] == "shrunk"
    assert f"witnessed {witnessed} entries" in answer["audit"]["alarm"]


def test_a_bundle_without_the_witnessed_field_still_imports_and_its_ack_starts_the_witness(
    agency: Agency, desk: AgencyConsole, kiosk: VillageKiosk
) -> None:
    """Format revision 1.0, as kiosks wrote it before: no `audit_witnessed` in the manifest."""
    body = submission(Scenario.ELIGIBLE_12_MONTHS)
    with Outbox(kiosk.db, kiosk.data_key) as box:
        box.enqueue(
            "claim",
            body["payload"],
            id_number=body["payload"]["ssn"],
            client_reference=body["client_reference"],
            login=body["login"],
        )
        items = box.bundles.exportable(None)
        keys = _agency_encryption_key(kiosk.agency_keys)
        data = build_bundle(
            items,
            kiosk_id=agency.kiosk_id,
            kiosk_signing_key=Ed25519PrivateKey.from_private_bytes(agency.kiosk_signing_seed),
            agency_public_key=keys,
        )
        bundle_id = json.loads(base64.b64decode(json.loads(data)["body"]))["manifest"]["bundle_id"]
        box.bundles.mark_exported(
            bundle_id, [item.client_reference for item in items], "old.ctbundle"
        )
    old = kiosk.stick / f"changtong-old-{bundle_id[:8]}.ctbundle"
    old.write_bytes(data)
    assert set(_manifest(old)) == {
        "format_version",
        "kiosk_id",
        "bundle_id",
        "created_at",
        "item_count",
        "counts_by_kind",
        "earliest_item_at",
        "latest_item_at",
    }
    answer = kiosk.import_ack(desk.import_bundle(old))
    assert answer["acknowledged"] == 1
    assert answer["audit"]["outcome"] == "witnessed"


def test_a_malformed_witnessed_field_is_a_format_error_not_a_guess() -> None:
    kiosk_key = Ed25519PrivateKey.generate()
    agency_key = X25519PrivateKey.generate().public_key()
    for bad in (WitnessedHead(-1, "00" * 32), WitnessedHead(3, "not hex" * 9)):
        data = build_bundle(
            [],
            kiosk_id="kiosk-222405-001",
            kiosk_signing_key=kiosk_key,
            agency_public_key=agency_key,
            audit_witnessed=bad,
        )
        with pytest.raises(BundleFormatError, match="manifest is malformed"):
            read_bundle_manifest(data, kiosk_public_key=kiosk_key.public_key())
