"""OutboxAdapter and AgencyBatchUploader with a real queue file and the real reference server."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from contract.card_proof import (
    TEST_ISSUER_KEY,
    card_key,
    cryptogram,
    offline_challenge,
    submission_content_hash,
)
from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.adapters.outbox import OutboxAdapter, card_offline_login, submission_payload
from kiosk.api import AgencyClient
from kiosk.api.login import TokenLogin
from kiosk.domain.claimant import CardLogin, CardOfflineLogin, CardSubmissionProof, OtpLogin
from kiosk.domain.claims import (
    MOBILE_ON_FILE,
    ClaimKind,
    ClaimSituation,
    StatusSource,
    SubmissionRequest,
)
from kiosk.domain.faults import StorageFault
from kiosk.domain.identity import IdNumber, MobileNumber
from kiosk.domain.language import Language
from kiosk.flow.ports import SendOutcome
from offline_queue import (
    AgencyAnswer,
    ItemOutcome,
    ItemResult,
    ItemState,
    Outbox,
    OutgoingItem,
    QueueLimits,
    ResultKind,
    SyncEngine,
    TransientUploadError,
)
from server.models import Claim
from tests.app.conftest import card_login, card_of_person
from tests.conftest import Agency

Cast = dict[str, dict[str, Any]]


def request_for(person: dict[str, Any]) -> SubmissionRequest:
    return SubmissionRequest(
        kind=ClaimKind.CLAIM,
        ssn=IdNumber(person["ssn"]),
        mobile=MobileNumber(person["mobile"]),
        commitment_version="2019-1",
        language=Language.ZH_CN,
        login=CardOfflineLogin(card_of_person(person)),
    )


def login_token(login: CardLogin) -> TokenLogin:
    return TokenLogin("card", login.token)


def card_proof(
    port: OutboxAdapter, request: SubmissionRequest, reference: str, master_key: bytes
) -> CardSubmissionProof:
    """What the claimant's card answers, at confirmation, to this submission's own challenge."""
    assert isinstance(request.login, CardOfflineLogin)
    card = request.login.card
    challenge = port.card_challenge(reference, request)
    answer = cryptogram(card_key(master_key, bytes.fromhex(card.card_id)), challenge)
    return CardSubmissionProof(card, answer)


def store(
    port: OutboxAdapter, request: SubmissionRequest, master_key: bytes = TEST_ISSUER_KEY
) -> str | StorageFault:
    """Submit as the effect runner does for a card session: reference, card proof, store."""
    reference = port.new_reference()
    return port.store(request, reference, card_proof(port, request, reference, master_key))


class KioskQueue:
    """The queue side of one kiosk: outbox, engine, uploader and the port over them."""

    def __init__(
        self,
        path: Path,
        key: bytes,
        client: AgencyClient,
        clock: Callable[[], float] = time.time,
        **limits: Any,
    ) -> None:
        self.outbox = Outbox(path, key, limits=QueueLimits(**limits), clock=clock)
        self.uploader = AgencyBatchUploader(client)
        self.engine = SyncEngine(
            self.outbox, self.uploader, check=self.uploader.check, probe=client.reachable
        )
        self.port = OutboxAdapter(self.outbox, self.engine, settle_s=1.0)

    def close(self) -> None:
        self.engine.stop()
        self.outbox.close()


@pytest.fixture
def online(queue_path: Path, data_key: bytes, kiosk_client: AgencyClient) -> Iterator[KioskQueue]:
    kiosk = KioskQueue(queue_path, data_key, kiosk_client)
    yield kiosk
    kiosk.close()


def test_stored_submission_is_sent_at_once_with_its_verification_code(
    online: KioskQueue, kiosk_client: AgencyClient, cast: Cast
) -> None:
    reference = store(online.port, request_for(cast["eligible_12_months"]))
    assert isinstance(reference, str)
    outcome = online.port.send_now(reference)
    assert outcome.delivered
    claim = kiosk_client.claim(reference)
    assert outcome.verification_code == claim.verification_code
    summary = online.outbox.summary(reference)
    assert summary is not None and summary.state is ItemState.ACKNOWLEDGED


def test_the_number_on_file_is_sent_as_on_file_and_the_agency_fills_it_in(
    online: KioskQueue, agency: Agency, cast: Cast
) -> None:
    person = cast["eligible_24_months"]
    request = replace(request_for(person), mobile=MOBILE_ON_FILE)
    assert submission_payload(request)["mobile"] == "on_file"
    reference = store(online.port, request)
    assert isinstance(reference, str)
    assert online.port.send_now(reference).delivered
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        stored = session.execute(select(Claim.mobile).where(Claim.reference == reference))
        assert stored.scalar_one() == person["mobile"]


def test_offline_submission_waits_then_syncs_exactly_once(
    queue_path: Path,
    data_key: bytes,
    offline_client: AgencyClient,
    kiosk_client: AgencyClient,
    cast: Cast,
) -> None:
    person = cast["eligible_18_months"]
    login = card_login(kiosk_client, person)
    before = len(kiosk_client.claims_of(person["ssn"], login_token(login)))
    offline = KioskQueue(queue_path, data_key, offline_client)
    reference = store(offline.port, request_for(person))
    assert isinstance(reference, str)
    assert not offline.port.send_now(reference).delivered
    waiting = offline.port.local_claims(IdNumber(person["ssn"]))
    assert [c.reference for c in waiting] == [reference]
    assert waiting[0].situation is ClaimSituation.WAITING_ON_KIOSK
    assert waiting[0].source is StatusSource.THIS_KIOSK
    offline.close()

    # Later: the backoff after the failed prompt send has run out.
    back = KioskQueue(queue_path, data_key, kiosk_client, clock=lambda: time.time() + 3600)
    try:
        report = back.engine.drain()
        assert report.acknowledged == 1
        again = back.engine.drain()
        assert again.acknowledged == 0
    finally:
        back.close()
    claims = kiosk_client.claims_of(person["ssn"], login_token(card_login(kiosk_client, person)))
    assert len(claims) == before + 1
    assert [c.reference for c in claims].count(reference) == 1


def test_local_claims_are_found_by_keyed_hash_of_that_person_only(
    queue_path: Path, data_key: bytes, offline_client: AgencyClient, cast: Cast
) -> None:
    kiosk = KioskQueue(queue_path, data_key, offline_client)
    try:
        store(kiosk.port, request_for(cast["eligible_24_months"]))
        assert kiosk.port.local_claims(IdNumber(cast["too_few_months"]["ssn"])) == ()
        assert len(kiosk.port.local_claims(IdNumber(cast["eligible_24_months"]["ssn"]))) == 1
    finally:
        kiosk.close()
    assert cast["eligible_24_months"]["ssn"].encode() not in queue_path.read_bytes()


def test_a_full_queue_refuses_the_store_as_a_value(
    queue_path: Path, data_key: bytes, offline_client: AgencyClient, cast: Cast
) -> None:
    kiosk = KioskQueue(queue_path, data_key, offline_client, max_items=1)
    try:
        assert isinstance(store(kiosk.port, request_for(cast["eligible_12_months"])), str)
        second = store(kiosk.port, request_for(cast["eligible_18_months"]))
        assert second is StorageFault.FAILED
    finally:
        kiosk.close()


def item_for(person: dict[str, Any], reference: str, **changes: Any) -> OutgoingItem:
    """An item as the outbox hands it to the uploader: payload and the card's proof of it."""
    payload = {**submission_payload(request_for(person)), **changes}
    card = card_of_person(person)
    challenge = offline_challenge(reference, submission_content_hash("claim", payload))
    answer = cryptogram(card_key(TEST_ISSUER_KEY, bytes.fromhex(card.card_id)), challenge)
    login = card_offline_login(CardSubmissionProof(card, answer))
    return OutgoingItem(reference, "claim", datetime.now(UTC), payload, login)


def test_uploader_maps_created_duplicate_and_rejected(
    kiosk_client: AgencyClient, cast: Cast
) -> None:
    import uuid

    uploader = AgencyBatchUploader(kiosk_client)
    first = str(uuid.uuid4())
    item = item_for(cast["carry_over_capped"], first)
    (created,) = uploader.upload([item])
    (duplicate,) = uploader.upload([item])
    assert (created.result, duplicate.result) == (ResultKind.CREATED, ResultKind.DUPLICATE)
    claim = kiosk_client.claim(first)
    expected = AgencyAnswer(claim.reference, claim.state, claim.verification_code)
    assert created.answer == duplicate.answer == expected
    conflicting = item_for(cast["carry_over_capped"], first, commitment_version="2020-1")
    (answer,) = uploader.upload([conflicting])
    assert answer.result is ResultKind.REJECTED and answer.code == "reference_conflict"


def test_uploader_turns_network_and_enrolment_faults_into_transient_errors(
    offline_client: AgencyClient, agency: Agency, cast: Cast
) -> None:
    item = item_for(cast["eligible_12_months"], "6f1f5c1e-8f7e-4b1e-9d1e-2a3b4c5d6e7f")
    with pytest.raises(TransientUploadError):
        AgencyBatchUploader(offline_client).upload([item])
    stranger = AgencyClient(agency.url, agency.kiosk_id, b"\x01" * 32, backoff_s=0.01)
    try:
        with pytest.raises(TransientUploadError):
            AgencyBatchUploader(stranger).upload([item])
    finally:
        stranger.close()


def test_the_content_the_card_signs_is_exactly_what_the_agency_hashes(
    online: KioskQueue, cast: Cast
) -> None:
    """Every field present (course_id null too), the number on file as "on_file", Korean:
    the agency recomputes the challenge from what it validated, and accepts the card's answer."""
    for scenario, language in (
        ("mutual_agreement_by_employee", Language.KO),
        ("pensioner", None),
    ):
        request = replace(request_for(cast[scenario]), mobile=MOBILE_ON_FILE)
        if language is not None:
            request = replace(request, language=language)
        payload = submission_payload(request)
        assert set(payload) == {
            "ssn",
            "mobile",
            "payment_account",
            "commitment_accepted",
            "commitment_version",
            "language",
            "course_id",
        }
        assert payload["ssn"] == payload["ssn"].upper() and payload["course_id"] is None
        reference = store(online.port, request)
        assert isinstance(reference, str)
        delivered = online.port.send_now(reference).delivered
        assert delivered, (scenario, online.outbox.summary(reference))


def test_an_id_card_claim_carries_its_one_time_code_token(
    online: KioskQueue, agency: Agency, cast: Cast
) -> None:
    person = cast["separation_not_reported"]
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
    try:
        client.request_code(person["ssn"])
        sms = requests.get(f"{agency.url}/api/dev/sms-outbox/{person['mobile']}", timeout=5)
        code = re.search(r"\d{6}", sms.json()["text"])
        assert code is not None
        token = client.verify_code(person["ssn"], code.group()).login_token
    finally:
        client.close()
    request = replace(request_for(person), login=OtpLogin(token))
    reference = online.port.new_reference()
    assert online.port.store(request, reference, OtpLogin(token)) == reference
    assert online.port.send_now(reference).delivered


def test_a_clones_proof_is_refused_and_the_claim_kept_on_the_kiosk(
    online: KioskQueue, cast: Cast
) -> None:
    """A copied kiosk key and the card's readable data are not enough to file a claim."""
    request = request_for(cast["eligible_12_months"])
    reference = store(online.port, request, master_key=b"not-the-issuer!!")
    assert isinstance(reference, str)
    assert not online.port.send_now(reference).delivered
    summary = online.outbox.summary(reference)
    assert summary is not None and summary.state is ItemState.REJECTED
    (local,) = online.port.local_claims(request.ssn)
    assert local.situation is ClaimSituation.REFUSED_ON_ARRIVAL


def test_the_agencys_answer_is_kept_with_the_item_across_a_restart(
    queue_path: Path, data_key: bytes, kiosk_client: AgencyClient, cast: Cast
) -> None:
    """No cache in memory: the verification code for the receipt is the queue's, encrypted."""
    kiosk = KioskQueue(queue_path, data_key, kiosk_client)
    try:
        reference = store(kiosk.port, request_for(cast["voluntary_resignation"]))
        assert isinstance(reference, str)
        sent = kiosk.port.send_now(reference)
    finally:
        kiosk.close()
    claim = kiosk_client.claim(reference)
    assert sent.delivered and sent.verification_code == claim.verification_code

    with Outbox(queue_path, data_key) as reopened:
        outcome = reopened.outcome(reference)
    assert outcome is not None and outcome.state is ItemState.ACKNOWLEDGED
    assert outcome.answer == AgencyAnswer(reference, claim.state, claim.verification_code)
    on_disk = b"".join(p.read_bytes() for p in queue_path.parent.iterdir())
    assert claim.verification_code.encode() not in on_disk


class _Gate:
    """Holds the background thread's upload until the test lets it go."""

    def __init__(self, uploader: AgencyBatchUploader) -> None:
        self.uploader = uploader
        self.entered = threading.Event()
        self.release = threading.Event()

    def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
        self.entered.set()
        self.release.wait()
        return self.uploader.upload(items)


class _WatchedOutbox(Outbox):
    """The real outbox, noting when someone reads an item's outcome while it is in `sending`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.read_while_sending = threading.Event()

    def outcome(self, client_reference: str) -> ItemOutcome | None:
        found = super().outcome(client_reference)
        if found is not None and found.state is ItemState.SENDING:
            self.read_while_sending.set()
        return found


def test_send_now_waits_for_the_engine_to_record_an_item_another_thread_holds(
    queue_path: Path, data_key: bytes, kiosk_client: AgencyClient, cast: Cast
) -> None:
    """The background sync holds the item when the claimant's prompt send starts: `send_now`
    waits on the engine's signal (its deadline is longer than the suite's test timeout, so a
    missed signal fails the test) and returns the code the engine stored."""
    outbox = _WatchedOutbox(queue_path, data_key)
    gate = _Gate(AgencyBatchUploader(kiosk_client))
    engine = SyncEngine(outbox, gate)
    port = OutboxAdapter(outbox, engine, settle_s=3600.0)
    try:
        reference = store(port, request_for(cast["still_employed"]))
        assert isinstance(reference, str)
        background = threading.Thread(target=engine.drain)
        background.start()
        gate.entered.wait()
        answers: list[SendOutcome] = []
        prompt = threading.Thread(target=lambda: answers.append(port.send_now(reference)))
        prompt.start()
        outbox.read_while_sending.wait()  # send_now holds the engine's lock until it waits
        gate.release.set()
        background.join()
        prompt.join()
    finally:
        gate.release.set()
        outbox.close()
    (answer,) = answers
    assert answer.delivered
    assert answer.verification_code == kiosk_client.claim(reference).verification_code
