"""The one table of a queued item's state changes; docs/field-staff.md, "An item's states", is
the same table in prose.

Every write that moves an item takes its `WHERE state IN (…)` and its new state from here, so a
move the table does not list cannot happen: the row is left as it is (an ack for an item the sync
already closed, a late batch answer for an item an ack closed meanwhile). `next_state` says the
same in Python, for tests and for code that reasons about one item.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from offline_queue.items import ItemState


class ItemEvent(enum.StrEnum):
    STORED = "stored"
    CLAIMED = "claimed"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    FOUND_INVALID = "found_invalid"
    FAILED_TRANSIENTLY = "failed_transiently"
    INTERRUPTED = "interrupted"
    EXPORTED = "exported"
    ACK_ACCEPTED = "ack_accepted"
    ACK_REFUSED = "ack_refused"
    PURGED = "purged"


class Actor(enum.StrEnum):
    CLAIMANT = "the claimant's confirmation (OutboxPort.store)"
    SYNC = "the sync engine"
    AGENCY = "the agency's batch answer"
    KIOSK_CHECK = "the kiosk's check before batching"
    FIELD_STAFF = "field staff (kiosk queue export)"
    AGENCY_ACK = "the agency's ack file, imported by field staff"


@dataclass(frozen=True, slots=True)
class Rule:
    """`sources` empty: the event creates the row; `target` None: it removes the row (an audit
    stub stays)."""

    sources: frozenset[ItemState]
    target: ItemState | None
    actor: Actor


_P, _S, _E = ItemState.PENDING, ItemState.SENDING, ItemState.EXPORTED
_A, _R = ItemState.ACKNOWLEDGED, ItemState.REJECTED

TRANSITIONS: dict[ItemEvent, Rule] = {
    ItemEvent.STORED: Rule(frozenset(), _P, Actor.CLAIMANT),
    # Exported items are sent too: the network may come back before the stick reaches the agency.
    ItemEvent.CLAIMED: Rule(frozenset({_P, _E}), _S, Actor.SYNC),
    ItemEvent.ACCEPTED: Rule(frozenset({_S}), _A, Actor.AGENCY),
    ItemEvent.REFUSED: Rule(frozenset({_S}), _R, Actor.AGENCY),
    ItemEvent.FOUND_INVALID: Rule(frozenset({_S}), _R, Actor.KIOSK_CHECK),
    ItemEvent.FAILED_TRANSIENTLY: Rule(frozenset({_S}), _P, Actor.SYNC),
    ItemEvent.INTERRUPTED: Rule(frozenset({_S}), _P, Actor.SYNC),
    # A stick may get lost: exported items travel again in the next bundle.
    ItemEvent.EXPORTED: Rule(frozenset({_P, _E}), _E, Actor.FIELD_STAFF),
    # The ack may arrive while the sync holds the item, or after a failed send put it back.
    ItemEvent.ACK_ACCEPTED: Rule(frozenset({_P, _S, _E}), _A, Actor.AGENCY_ACK),
    ItemEvent.ACK_REFUSED: Rule(frozenset({_P, _S, _E}), _R, Actor.AGENCY_ACK),
    ItemEvent.PURGED: Rule(frozenset({_A}), None, Actor.SYNC),
}


class IllegalTransition(ValueError):
    """A state change the table does not allow; a bug in the caller, never a user's fault."""


def next_state(state: ItemState | None, event: ItemEvent) -> ItemState | None:
    """The state after `event` (None: the row is gone); `state` None: the item does not exist."""
    rule = TRANSITIONS[event]
    allowed = state is None if not rule.sources else state in rule.sources
    if not allowed:
        raise IllegalTransition(f"an item in state {state} cannot take event {event}")
    return rule.target


def sources(event: ItemEvent) -> list[str]:
    """The states (as stored) an item may be in for `event` to apply, for a WHERE clause."""
    return sorted(state.value for state in TRANSITIONS[event].sources)


def target(event: ItemEvent) -> str:
    """The state (as stored) `event` moves an item to."""
    state = TRANSITIONS[event].target
    if state is None:
        raise IllegalTransition(f"event {event} removes the item; it has no next state")
    return state.value
