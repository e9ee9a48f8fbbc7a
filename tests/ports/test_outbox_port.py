"""OutboxPort: the same checks against OutboxAdapter (a real queue file, the sync engine and the
reference server on loopback) and against the FakeOutbox the flow tests use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

import pytest

from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram
from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.adapters.outbox import OutboxAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import CardOfflineLogin, CardSubmissionProof, SubmissionProof
from kiosk.domain.claims import ClaimKind, ClaimSituation, StatusSource, SubmissionRequest
from kiosk.domain.identity import IdNumber, MobileNumber
from kiosk.domain.language import Language
from kiosk.flow.ports import OutboxPort
from offline_queue import Outbox, SyncEngine
from tests.app.conftest import card_of_person
from tests.doubles import FakeOutbox, card_answer
from tests.flow.flow_kit import card_for, make_id

# Each test that delivers uses its own claimant: the agency keeps one open claim per person.
PEOPLE = ("eligible_12_months", "eligible_18_months", "eligible_24_months", "too_few_months")


class OutboxRig(Protocol):
    port: OutboxPort

    def request(self, person: int) -> SubmissionRequest: ...

    def proof(self, request: SubmissionRequest, reference: str) -> SubmissionProof:
        """What the claimant's card answers to this submission's own challenge."""
        ...


def _request(ssn: IdNumber, mobile: str, login: CardOfflineLogin) -> SubmissionRequest:
    return SubmissionRequest(
        kind=ClaimKind.CLAIM,
        ssn=ssn,
        mobile=MobileNumber(mobile),
        commitment_version="2019-1",
        language=Language.ZH_CN,
        login=login,
    )


class RealRig:
    def __init__(self, path: Path, key: bytes, client: AgencyClient, cast: Any) -> None:
        self.outbox = Outbox(path, key)
        self.engine = SyncEngine(self.outbox, AgencyBatchUploader(client), probe=client.reachable)
        self.port: OutboxPort = OutboxAdapter(self.outbox, self.engine, settle_s=1.0)
        self._cast = cast

    def request(self, person: int) -> SubmissionRequest:
        row = self._cast[PEOPLE[person]]
        login = CardOfflineLogin(card_of_person(row))
        return _request(IdNumber(row["ssn"]), row["mobile"], login)

    def proof(self, request: SubmissionRequest, reference: str) -> SubmissionProof:
        assert isinstance(request.login, CardOfflineLogin)
        card = request.login.card
        challenge = self.port.card_challenge(reference, request)
        answer = cryptogram(card_key(TEST_ISSUER_KEY, bytes.fromhex(card.card_id)), challenge)
        return CardSubmissionProof(card, answer)

    def close(self) -> None:
        self.engine.stop()
        self.outbox.close()


class FakeRig:
    def __init__(self, reachable: bool) -> None:
        self.port: OutboxPort = FakeOutbox(delivered=reachable)

    def request(self, person: int) -> SubmissionRequest:
        ssn = make_id(sequence=f"{person + 100}")
        login = CardOfflineLogin(card_for(ssn).credentials)
        return _request(ssn, f"1390433{person:04d}", login)

    def proof(self, request: SubmissionRequest, reference: str) -> SubmissionProof:
        assert isinstance(request.login, CardOfflineLogin)
        challenge = self.port.card_challenge(reference, request)
        return CardSubmissionProof(request.login.card, card_answer(challenge))


RigFactory = Callable[[bool], OutboxRig]


@pytest.fixture(params=["real", "fake"])
def make_rig(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    data_key: bytes,
    kiosk_client: AgencyClient,
    offline_client: AgencyClient,
    cast: Any,
) -> Iterator[RigFactory]:
    """make_rig(reachable): an outbox whose agency answers, or one whose network is down."""
    opened: list[RealRig] = []

    def make(reachable: bool) -> OutboxRig:
        if request.param == "fake":
            return FakeRig(reachable)
        client = kiosk_client if reachable else offline_client
        rig = RealRig(tmp_path / f"outbox-{len(opened)}.db", data_key, client, cast)
        opened.append(rig)
        return rig

    yield make
    for rig in opened:
        rig.close()


def _store(rig: OutboxRig, person: int) -> tuple[SubmissionRequest, str]:
    request = rig.request(person)
    reference = rig.port.new_reference()
    stored = rig.port.store(request, reference, rig.proof(request, reference))
    assert stored == reference
    return request, reference


def test_every_submission_gets_a_fresh_reference(make_rig: RigFactory) -> None:
    port = make_rig(False).port
    references = {port.new_reference() for _ in range(20)}
    assert len(references) == 20


def test_the_card_challenge_binds_the_reference_and_the_content(make_rig: RigFactory) -> None:
    rig = make_rig(False)
    request = rig.request(0)
    first, second = rig.port.new_reference(), rig.port.new_reference()
    challenge = rig.port.card_challenge(first, request)
    assert len(challenge) == 16
    assert rig.port.card_challenge(first, request) == challenge
    assert rig.port.card_challenge(second, request) != challenge
    other_mobile = replace(request, mobile=MobileNumber("13800000000"))
    assert rig.port.card_challenge(first, other_mobile) != challenge


def test_a_stored_claim_is_listed_as_waiting_for_its_claimant_only(make_rig: RigFactory) -> None:
    rig = make_rig(False)
    request, reference = _store(rig, 0)
    (waiting,) = rig.port.local_claims(request.ssn)
    assert waiting.reference == reference
    assert waiting.situation is ClaimSituation.WAITING_ON_KIOSK
    assert waiting.source is StatusSource.THIS_KIOSK
    assert rig.port.local_claims(rig.request(1).ssn) == ()


def test_without_the_agency_a_send_is_not_delivered_and_the_claim_waits(
    make_rig: RigFactory,
) -> None:
    rig = make_rig(False)
    request, reference = _store(rig, 1)
    outcome = rig.port.send_now(reference)
    assert not outcome.delivered and outcome.verification_code is None
    (waiting,) = rig.port.local_claims(request.ssn)
    assert waiting.situation is ClaimSituation.WAITING_ON_KIOSK


def test_a_send_the_agency_acknowledges_is_delivered_with_its_code(make_rig: RigFactory) -> None:
    rig = make_rig(True)
    request, reference = _store(rig, 2)
    outcome = rig.port.send_now(reference)
    assert outcome.delivered
    assert outcome.verification_code is not None and len(outcome.verification_code) == 8
    (received,) = rig.port.local_claims(request.ssn)
    assert received.reference == reference and received.situation is ClaimSituation.RECEIVED


def test_sending_a_reference_never_stored_delivers_nothing(make_rig: RigFactory) -> None:
    rig = make_rig(True)
    outcome = rig.port.send_now(rig.port.new_reference())
    assert not outcome.delivered
