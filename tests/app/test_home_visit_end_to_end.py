"""A home visit from the field visitor's login to the agency's record (issue 13 §8).

Real parts throughout: the reference server on loopback, the laptop's sealed credential file, the
queue file, the outbox port the effect runner uses, the sync engine and the bundle path. "Offline"
is an agency client pointed at a port where nothing listens.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram
from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.adapters.outbox import OutboxAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import CardOfflineLogin, CardSubmissionProof
from kiosk.domain.claims import ClaimKind, SubmissionRequest
from kiosk.domain.faults import StorageFault
from kiosk.domain.home_visit import FieldLoginProblem, VisitorBadge
from kiosk.domain.identity import IdNumber, MobileNumber
from kiosk.domain.language import Language
from kiosk.home_visit.credentials import FILE_NAME, SealedCredentials
from kiosk.home_visit.desk import FieldStaffDesk, LoggedIn, LoginRefused
from offline_queue import ItemState, Outbox, SyncEngine
from offline_queue.bundles import BundleKeys, export_bundle
from server.agency_keys import load_or_create
from server.models import AuditEntry, Claim
from server.services.bundle_import import import_bundle
from tests.app.conftest import card_of_person
from tests.conftest import Agency

Cast = dict[str, dict[str, Any]]


@pytest.fixture
def online_client(agency: Agency) -> Iterator[AgencyClient]:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    yield client
    client.close()


@pytest.fixture
def offline_client(agency: Agency) -> Iterator[AgencyClient]:
    """The same laptop with the network down: nothing listens on port 9 (discard)."""
    client = AgencyClient(
        "http://127.0.0.1:9", agency.kiosk_id, agency.kiosk_key, attempts=1, connect_timeout_s=0.5
    )
    yield client
    client.close()


def _request(person: dict[str, Any]) -> SubmissionRequest:
    return SubmissionRequest(
        kind=ClaimKind.CLAIM,
        ssn=IdNumber(person["ssn"]),
        mobile=MobileNumber(person["mobile"]),
        commitment_version="2019-1",
        language=Language.KO,
        login=CardOfflineLogin(card_of_person(person)),
    )


def _store(port: OutboxAdapter, person: dict[str, Any]) -> str | StorageFault:
    """As the effect runner does after the claimant confirms: reference, card proof, store."""
    request = _request(person)
    assert isinstance(request.login, CardOfflineLogin)
    card = request.login.card
    reference = port.new_reference()
    answer = cryptogram(
        card_key(TEST_ISSUER_KEY, bytes.fromhex(card.card_id)),
        port.card_challenge(reference, request),
    )
    return port.store(request, reference, CardSubmissionProof(card, answer))


def _claim(agency: Agency, reference: str) -> tuple[str, str | None, list[dict[str, Any]]]:
    with agency.sessions()() as session:
        claim = session.scalars(select(Claim).where(Claim.reference == reference)).one()
        audit = [
            json.loads(row.body).get("details") or {}
            for row in session.scalars(select(AuditEntry).where(AuditEntry.subject == reference))
        ]
        return claim.service_channel, claim.visitor, audit


def test_offline_home_visit_claim_reaches_the_agency_naming_the_visitor(
    agency: Agency,
    cast: Cast,
    online_client: AgencyClient,
    offline_client: AgencyClient,
    tmp_path: Path,
) -> None:
    data_key, password = b"d" * 32, agency.staff_passwords["visitor"]
    sealed = SealedCredentials(tmp_path, agency.kiosk_id, data_key)
    # The first login on this laptop is online; it leaves the credential sealed on disk.
    first = FieldStaffDesk(lambda: online_client, sealed, kiosk_id=agency.kiosk_id)
    assert first.login("visitor", password) == LoggedIn(VisitorBadge("金**", offline=False))
    assert password not in (tmp_path / FILE_NAME).read_text()
    first.logout()

    # In the village: no network. A wrong password is refused by the laptop itself.
    desk = FieldStaffDesk(lambda: offline_client, sealed, kiosk_id=agency.kiosk_id)
    assert desk.login("visitor", "not-it") == LoginRefused(FieldLoginProblem.WRONG_PASSWORD, 4)
    assert desk.login("reviewer", "whatever") == LoginRefused(FieldLoginProblem.FIRST_LOGIN_ONLINE)
    assert desk.login("visitor", password) == LoggedIn(VisitorBadge("金**", offline=True))

    outbox = Outbox(tmp_path / "queue.db", data_key)
    offline_engine = SyncEngine(outbox, AgencyBatchUploader(offline_client))
    port = OutboxAdapter(outbox, offline_engine, settle_s=0.2, visit_stamp=desk.stamp)
    reference = _store(port, cast["eligible_12_months"])
    assert isinstance(reference, str)
    assert not port.send_now(reference).delivered  # kept on the laptop

    # After the visitor logs out, nothing more is taken in their name.
    desk.logout()
    assert _store(port, cast["eligible_24_months"]) is StorageFault.FAILED

    # Back in range: the queue syncs through the real uploader.
    SyncEngine(outbox, AgencyBatchUploader(online_client)).drain(waiting_too=True)
    summary = outbox.summary(reference)
    assert summary is not None and summary.state is ItemState.ACKNOWLEDGED
    channel, visitor, audit = _claim(agency, reference)
    assert (channel, visitor) == ("home_visit", "visitor")
    assert {
        "channel": "batch",
        "service_channel": "home_visit",
        "visitor": "staff:visitor",
    } in audit
    outbox.close()


def test_a_bundled_home_visit_claim_keeps_its_visitor(
    agency: Agency,
    cast: Cast,
    online_client: AgencyClient,
    offline_client: AgencyClient,
    tmp_path: Path,
) -> None:
    data_key = b"e" * 32
    sealed = SealedCredentials(tmp_path, agency.kiosk_id, data_key)
    desk = FieldStaffDesk(lambda: online_client, sealed, kiosk_id=agency.kiosk_id)
    assert isinstance(desk.login("visitor", agency.staff_passwords["visitor"]), LoggedIn)
    outbox = Outbox(tmp_path / "queue.db", data_key)
    port = OutboxAdapter(
        outbox,
        SyncEngine(outbox, AgencyBatchUploader(offline_client)),
        settle_s=0.2,
        visit_stamp=desk.stamp,
    )
    reference = _store(port, cast["eligible_18_months"])
    assert isinstance(reference, str)
    agency_keys = load_or_create(agency.config.data_dir)
    keys = BundleKeys(
        kiosk_id=agency.kiosk_id,
        kiosk_signing_key=Ed25519PrivateKey.from_private_bytes(agency.kiosk_signing_seed),
        agency_encryption_key=agency_keys.encryption.public_key(),
        agency_signing_key=agency_keys.signing.public_key(),
    )
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = export_bundle(outbox, keys, stick)
    assert exported is not None
    report = import_bundle(
        agency.sessions(), agency.config, agency_keys, exported.path.read_bytes(), "staff:reviewer"
    )
    assert (report.created, report.rejected) == (1, 0)
    channel, visitor, audit = _claim(agency, reference)
    assert (channel, visitor) == ("home_visit", "visitor")
    assert {
        "channel": "bundle",
        "service_channel": "home_visit",
        "visitor": "staff:visitor",
    } in audit
    outbox.close()
