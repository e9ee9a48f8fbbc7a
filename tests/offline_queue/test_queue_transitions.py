"""An item's state changes follow one table (offline_queue/transitions.py, docs/field-staff.md):
every move it lists happens, every move it does not list is refused, on a real queue file."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import insert, update

from offline_queue.items import ItemKind, ItemProblem, ItemResult, ItemState, ResultKind
from offline_queue.outbox import Outbox
from offline_queue.schema import bundle_members, bundles, items
from offline_queue.transitions import TRANSITIONS, IllegalTransition, ItemEvent, next_state
from tests.offline_queue.queue_helpers import claim_payload

DOCS = Path(__file__).resolve().parents[2] / "docs" / "field-staff.md"
BUNDLE = "b0000000-0000-4000-8000-000000000000"

Apply = Callable[[Outbox, str], object]

#: Each event as the code causes it, for one item.
OPERATIONS: dict[ItemEvent, Apply] = {
    ItemEvent.CLAIMED: lambda box, ref: box.claim_due(
        100, max_future_s=60.0, regardless_of_backoff=set()
    ),
    ItemEvent.ACCEPTED: lambda box, ref: box.record_results([ItemResult(ref, ResultKind.CREATED)]),
    ItemEvent.REFUSED: lambda box, ref: box.record_results(
        [ItemResult(ref, ResultKind.REJECTED, code="not_eligible", message="no separation")]
    ),
    ItemEvent.FOUND_INVALID: lambda box, ref: box.record_invalid(
        {ref: ItemProblem("invalid_item", "payload.mobile: wrong")}
    ),
    ItemEvent.FAILED_TRANSIENTLY: lambda box, ref: box.record_transient_failure(
        [ref], "agency unavailable: timeout", lambda _attempt: 0.0
    ),
    ItemEvent.INTERRUPTED: lambda box, ref: box.recover_interrupted(),
    ItemEvent.EXPORTED: lambda box, ref: box.bundles.mark_exported(
        str(uuid.uuid4()), [ref], "x.ctbundle"
    ),
    ItemEvent.ACK_ACCEPTED: lambda box, ref: box.bundles.apply_ack(
        ack_id=str(uuid.uuid4()), bundle_id=BUNDLE, acknowledged=[ref], rejected={}
    ),
    ItemEvent.ACK_REFUSED: lambda box, ref: box.bundles.apply_ack(
        ack_id=str(uuid.uuid4()), bundle_id=BUNDLE, acknowledged=[], rejected={ref: ("c", "m")}
    ),
    ItemEvent.PURGED: lambda box, ref: box.purge(retention_s=0.0),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A migrated queue file, copied for each case: migrating fifty files would be slow."""
    key = uuid.uuid4().bytes * 2
    path = tmp_path_factory.mktemp("template") / "outbox.db"
    with Outbox(path, key):
        pass
    return path, key


def _item_in(box: Outbox, state: ItemState) -> str:
    reference = box.enqueue(ItemKind.CLAIM, claim_payload(1))
    with box.file.transaction() as connection:
        connection.execute(
            update(items)
            .where(items.c.client_reference == reference)
            .values(state=state.value, closed_at=0.0, bundle_id=BUNDLE)
        )
        connection.execute(
            insert(bundles).values(
                bundle_id=BUNDLE, created_at=0.0, item_count=1, file_name="old.ctbundle"
            )
        )
        connection.execute(
            insert(bundle_members).values(bundle_id=BUNDLE, client_reference=reference)
        )
    return reference


def test_every_event_of_the_table_has_an_operation() -> None:
    assert set(OPERATIONS) == set(ItemEvent) - {ItemEvent.STORED}


@pytest.mark.parametrize("state", list(ItemState), ids=str)
@pytest.mark.parametrize("event", sorted(OPERATIONS), ids=str)
def test_the_code_moves_an_item_exactly_as_the_table_says(
    template: tuple[Path, bytes], tmp_path: Path, state: ItemState, event: ItemEvent
) -> None:
    path = tmp_path / "outbox.db"
    shutil.copyfile(template[0], path)
    with Outbox(path, template[1]) as box:
        reference = _item_in(box, state)
        OPERATIONS[event](box, reference)
        after = box.summary(reference)
    try:
        expected = next_state(state, event)
    except IllegalTransition:
        expected = state  # refused: the item stays as it was
    assert (None if after is None else after.state) == expected


def test_a_new_item_is_pending_and_storing_it_again_changes_nothing(outbox: Outbox) -> None:
    reference = outbox.enqueue(ItemKind.CLAIM, claim_payload(1))
    assert outbox.summary(reference).state is next_state(None, ItemEvent.STORED)  # type: ignore[union-attr]
    outbox.record_results([ItemResult(reference, ResultKind.CREATED)])  # not sending: refused
    outbox.claim_due(1, max_future_s=60.0)
    outbox.record_results([ItemResult(reference, ResultKind.CREATED)])
    assert outbox.enqueue(ItemKind.CLAIM, claim_payload(1), client_reference=reference)
    assert outbox.summary(reference).state is ItemState.ACKNOWLEDGED  # type: ignore[union-attr]


def test_every_pair_outside_the_table_is_refused() -> None:
    listed = {(source, event) for event, rule in TRANSITIONS.items() for source in rule.sources} | {
        (None, ItemEvent.STORED)
    }
    for state in [None, *ItemState]:
        for event in ItemEvent:
            if (state, event) in listed:
                assert next_state(state, event) is TRANSITIONS[event].target
            else:
                with pytest.raises(IllegalTransition):
                    next_state(state, event)
    # Closed states stay closed, except that an acknowledged item's row is purged.
    for closed in (ItemState.ACKNOWLEDGED, ItemState.REJECTED):
        movers = {event for (source, event) in listed if source is closed}
        assert movers == ({ItemEvent.PURGED} if closed is ItemState.ACKNOWLEDGED else set())


def test_the_documented_table_is_the_code_s_table() -> None:
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("## An item's states", 1)[1].split("\n## ", 1)[0]
    rows = set()
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not cells[1].startswith("`"):
            continue
        state, event, target, who, _when = cells
        rows.add(
            (
                None if state == "(new)" else ItemState(state.strip("`")),
                ItemEvent(event.strip("`")),
                None if target == "(removed)" else ItemState(target.strip("`")),
                re.sub(r"\s+", " ", who),
            )
        )
    in_code = {
        (source, event, rule.target, rule.actor.value)
        for event, rule in TRANSITIONS.items()
        for source in (rule.sources or {None})
    }
    assert rows == in_code
