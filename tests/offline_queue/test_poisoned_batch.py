"""One malformed item must not hold up the items batched with it, nor be retried forever.

Before: the agency answered 422 for the whole batch, the kiosk took it for a transient fault, and
the malformed item and everything batched with it went back to `pending` again and again, never
delivered. Now the kiosk checks each item before batching (the poisoned one is parked with its
reason), splits a batch the agency still refuses as a whole until the item at fault stands alone,
and the agency answers per item. Real queue files; the loopback stand-in plays an agency that
validates a batch as one body, the reference server the agency as it is.
"""

from __future__ import annotations

import copy
import math
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.adapters.submission_check import INVALID_ITEM, submission_problem
from kiosk.api import AgencyClient
from offline_queue.backoff import BackoffPolicy
from offline_queue.items import ItemKind, ItemState
from offline_queue.outbox import Outbox
from offline_queue.sync_engine import SyncEngine
from server.models import Claim, Claimant
from tests.conftest import Agency
from tests.offline_queue.loopback_server import LoopbackServer
from tests.offline_queue.queue_helpers import claim_payload, proven_claim, seq_of


def _seqs_on(server: LoopbackServer) -> list[int]:
    return sorted(seq_of(claim["payload"]) for claim in server.store.claims())


def _wrong_check(ssn: str) -> str:
    """The same ID number with a check character that does not match it."""
    return ssn[:-1] + ("0" if ssn[-1] != "0" else "1")


def test_a_batch_refused_as_a_whole_is_split_and_only_the_malformed_item_is_parked(
    outbox: Outbox, server: LoopbackServer, uploader: AgencyBatchUploader
) -> None:
    """An agency that validates a batch as one body; no kiosk check (an item only the agency
    can tell is malformed)."""
    references = [outbox.enqueue(ItemKind.CLAIM, claim_payload(n)) for n in range(10)]
    poisoned = outbox.enqueue(ItemKind.CLAIM, {**claim_payload(10), "test_invalid": True})
    references += [outbox.enqueue(ItemKind.CLAIM, claim_payload(n)) for n in range(11, 20)]
    engine = SyncEngine(outbox, uploader, batch_size=50)

    report = engine.drain()

    assert not report.offline and report.errors == []
    assert (report.acknowledged, report.rejected) == (19, 1)
    assert _seqs_on(server) == [n for n in range(20) if n != 10]
    stats = server.store.stats()
    assert stats.get("duplicates", 0) == 0
    # Halving 20 items down to the one at fault: one refusal per level.
    assert stats["refused_batches"] <= 1 + math.ceil(math.log2(20))
    parked = outbox.summary(poisoned)
    assert parked is not None and parked.state is ItemState.REJECTED
    assert parked.rejection_code == "invalid_request"
    assert parked.last_error is not None and "alone" in parked.last_error
    assert all(
        outbox.summary(ref).state is ItemState.ACKNOWLEDGED  # type: ignore[union-attr]
        for ref in references
    )

    again = engine.drain(waiting_too=True)
    assert again.batches == 0  # the parked item is never sent again
    assert server.store.stats()["refused_batches"] == stats["refused_batches"]


def test_a_network_fault_while_splitting_parks_nothing_on_a_guess(
    outbox: Outbox, server: LoopbackServer, uploader: AgencyBatchUploader
) -> None:
    """The whole batch is refused, then the agency goes down while the halves are sent: every
    item, the malformed one too, waits for the next try, and then all is settled."""
    for n in range(4):
        outbox.enqueue(ItemKind.CLAIM, claim_payload(n))
    poisoned = outbox.enqueue(ItemKind.CLAIM, {**claim_payload(4), "test_invalid": True})
    engine = SyncEngine(outbox, uploader, backoff=BackoffPolicy(base_s=0.0, cap_s=0.0))
    server.faults.set({"status": 503, "status_count": 100, "skip": 1})

    down = engine.drain()

    assert down.offline and (down.acknowledged, down.rejected) == (0, 0)
    counts = outbox.counts()
    assert (counts[ItemState.PENDING], counts[ItemState.SENDING]) == (5, 0)
    assert server.store.stats()["refused_batches"] == 1 and server.store.claims() == []

    server.faults.set({"status_count": 0})
    back = engine.drain(waiting_too=True)
    assert (back.acknowledged, back.rejected, back.offline) == (4, 1, False)
    assert _seqs_on(server) == [0, 1, 2, 3]
    assert outbox.summary(poisoned).state is ItemState.REJECTED  # type: ignore[union-attr]


def test_a_batch_refused_for_another_reason_is_kept_whole_for_later(
    outbox: Outbox, server: LoopbackServer, uploader: AgencyBatchUploader
) -> None:
    """Only a 422 says the content is at fault; any other refusal of a whole batch is nobody's
    item's fault, so nothing is split or parked."""
    for n in range(3):
        outbox.enqueue(ItemKind.CLAIM, claim_payload(n))
    engine = SyncEngine(outbox, uploader, backoff=BackoffPolicy(base_s=0.0, cap_s=0.0))
    server.faults.set({"status": 409, "status_count": 1})
    refused = engine.drain()
    assert refused.offline and (refused.acknowledged, refused.rejected) == (0, 0)
    assert outbox.counts()[ItemState.PENDING] == 3
    assert server.store.stats().get("refused_batches", 0) == 0
    assert engine.drain(waiting_too=True).acknowledged == 3


def test_an_item_the_kiosk_knows_is_invalid_is_parked_before_batching(
    outbox: Outbox, server: LoopbackServer, uploader: AgencyBatchUploader
) -> None:
    good = [outbox.enqueue(ItemKind.CLAIM, claim_payload(n)) for n in range(3)]
    wrong_digit = {**claim_payload(3), "ssn": _wrong_check(str(claim_payload(3)["ssn"]))}
    bad = outbox.enqueue(ItemKind.CLAIM, wrong_digit)
    engine = SyncEngine(outbox, uploader, check=uploader.check)

    report = engine.drain()

    assert (report.acknowledged, report.rejected, report.offline) == (3, 1, False)
    assert _seqs_on(server) == [0, 1, 2]  # the invalid item never left the kiosk
    assert server.store.stats().get("refused_batches", 0) == 0
    parked = outbox.summary(bad)
    assert parked is not None and parked.state is ItemState.REJECTED
    assert parked.rejection_code == INVALID_ITEM
    assert parked.last_error is not None and "payload.ssn" in parked.last_error
    assert wrong_digit["ssn"] not in parked.last_error
    assert all(outbox.summary(r).state is ItemState.ACKNOWLEDGED for r in good)  # type: ignore[union-attr]
    assert engine.drain(waiting_too=True).batches == 0


# -- the reference server ------------------------------------------------------------------------


@pytest.fixture
def signed_client(agency: Agency) -> Iterator[AgencyClient]:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, attempts=1)
    yield client
    client.close()


def _people(agency: Agency, offset: int, n: int) -> list[tuple[str, str, str, str]]:
    """Seeded people without a claim; each test of the module takes its own `offset`."""
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        people = [
            (person.ssn, person.mobile, person.card_region, person.card_number)
            for person in session.execute(
                select(Claimant)
                .where(Claimant.id.not_in(select(Claim.claimant_id)))
                .order_by(Claimant.id)
                .offset(offset)
                .limit(n)
            ).scalars()
        ]
    assert len(people) == n
    return people


def _malformed(payload: dict[str, Any], login: dict[str, Any]) -> list[dict[str, Any]]:
    """Submissions the contract refuses, each wrong in one way an item could be."""
    ssn = payload["ssn"]
    variants: list[tuple[str, Any]] = [
        ("payload.ssn", _wrong_check(ssn)),
        ("payload.ssn", ssn[:5] + "²" + ssn[6:]),
        ("payload.ssn", "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in ssn)),
        ("payload.mobile", "1380000000x"),
        ("payload.commitment_accepted", False),
        ("payload.course_id", "no spaces here"),
        ("payload.extra", "an unknown field"),
        ("kind", "status_change"),
        ("login.token", "short"),
    ]
    submissions = []
    for where, value in variants:
        submission: dict[str, Any] = {
            "client_reference": str(uuid.uuid4()),
            "kind": "claim",
            "created_at": "2026-12-04T10:00:00+08:00",
            "payload": copy.deepcopy(payload),
            "login": dict(login),
        }
        if where == "login.token":
            submission["login"] = {"method": "otp", "token": value}
        elif where.startswith("payload."):
            submission["payload"][where.removeprefix("payload.")] = value
        else:
            submission[where] = value
        submissions.append(submission)
    return submissions


def test_the_agency_answers_a_malformed_item_alone_and_takes_the_others(
    agency: Agency, signed_client: AgencyClient
) -> None:
    """Per-item answers from the agency, and the kiosk's check agreeing with each of them."""
    (first, second) = _people(agency, 0, 2)
    good_ref, good_payload, good_login = proven_claim(*first)
    other_ref, other_payload, other_login = proven_claim(*second)
    malformed = _malformed(other_payload, other_login)

    def wire(ref: str, payload: dict[str, Any], login: dict[str, Any]) -> dict[str, Any]:
        return {
            "client_reference": ref,
            "kind": "claim",
            "created_at": "2026-12-04T10:00:00+08:00",
            "payload": payload,
            "login": login,
        }

    batch = [wire(good_ref, good_payload, good_login), *malformed]
    batch.append(wire(other_ref, other_payload, other_login))
    answers = signed_client.submit_batch(batch)

    by_ref = {answer.client_reference: answer for answer in answers}
    assert [answer.client_reference for answer in answers] == [s["client_reference"] for s in batch]
    assert by_ref[good_ref].result == "created" and by_ref[other_ref].result == "created"
    for submission in malformed:
        answer = by_ref[submission["client_reference"]]
        assert answer.result == "rejected", submission
        assert answer.code == "invalid_submission"
        assert str(submission["payload"].get("ssn")) not in (answer.message or "")
        # The kiosk would never have sent it: its check refuses exactly these.
        assert submission_problem(submission) is not None, submission
    assert submission_problem(batch[0]) is None and submission_problem(batch[-1]) is None


def test_the_kiosk_parks_what_it_can_tell_and_the_agency_refuses_the_rest_alone(
    outbox: Outbox, agency: Agency, signed_client: AgencyClient
) -> None:
    """End to end with the kiosk's production uploader and check: nothing waits for ever."""
    people = _people(agency, 2, 4)
    uploader = AgencyBatchUploader(signed_client)
    good = []
    for person in people[:3]:
        reference, payload, login = proven_claim(*person)
        good.append(
            outbox.enqueue(ItemKind.CLAIM, payload, client_reference=reference, login=login)
        )
    reference, payload, login = proven_claim(*people[3])
    bad = outbox.enqueue(
        ItemKind.CLAIM,
        {**payload, "ssn": _wrong_check(payload["ssn"])},
        client_reference=reference,
        login=login,
    )
    engine = SyncEngine(outbox, uploader, check=uploader.check)

    report = engine.drain()

    assert (report.acknowledged, report.rejected, report.offline) == (3, 1, False)
    assert [signed_client.claim(ref).reference for ref in good] == good
    parked = outbox.summary(bad)
    assert parked is not None and parked.rejection_code == INVALID_ITEM
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        assert session.execute(select(Claim).where(Claim.reference == bad)).first() is None

    # The same malformed item from a kiosk without the check: the agency refuses it alone.
    unchecked_ref, unchecked_payload, unchecked_login = proven_claim(*people[3])
    broken = {**unchecked_payload, "mobile": "1380000000x"}
    outbox.enqueue(ItemKind.CLAIM, broken, client_reference=unchecked_ref, login=unchecked_login)
    plain = SyncEngine(outbox, uploader).drain()
    assert (plain.acknowledged, plain.rejected, plain.offline) == (0, 1, False)
    refused = outbox.summary(unchecked_ref)
    assert refused is not None and refused.state is ItemState.REJECTED
    assert refused.rejection_code == "invalid_submission"
