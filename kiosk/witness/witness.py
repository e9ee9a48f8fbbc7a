"""Checking each checkpoint the agency sends against what this kiosk witnessed before.

The agency's key signs its log's checkpoints, but whoever can write the agency's database may
also hold that key. What such an insider cannot do is make a rewritten or shortened log
consistent with a checkpoint a kiosk has already stored: the RFC 9162 consistency proof from the
kiosk's size to the new one fails, or the new size is smaller. Then the kiosk raises an alarm,
reports it in every heartbeat until a technician clears it, and keeps the contradicting signed
checkpoint as evidence.
"""

from __future__ import annotations

import base64
import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from contract.checkpoint import CheckpointError
from contract.checkpoint import verify as verify_note
from contract.merkle import verify_consistency
from kiosk.witness.store import Alarm, AlarmKind, Witnessed, WitnessStore

log = logging.getLogger(__name__)

PUBLIC_KEY_NAME = "audit_log_public_key"  # in the agency's public key file (`queue.agency_keys`)


class Outcome(StrEnum):
    WITNESSED = "witnessed"  # a new, larger checkpoint, proven to extend the last one
    UNCHANGED = "unchanged"  # the same checkpoint as last time
    FORK = "fork"
    SHRUNK = "shrunk"
    ALARM_STANDS = "alarm_stands"  # an earlier alarm is not cleared: nothing new is trusted
    UNSIGNED = "unsigned"  # not signed by the log key this kiosk knows: ignored, not stored
    UNPROVEN = "unproven"  # the answer's proof starts elsewhere than our last size: ignored
    # A field-staff ack's checkpoint older than one witnessed since its bundle left: not stored.
    STALE = "stale"
    NO_CHECKPOINT = "no_checkpoint"
    NO_KEY = "no_key"  # this kiosk was not given the log key: it cannot witness


def _hashes(values: object) -> list[bytes] | None:
    if not isinstance(values, list) or len(values) > 128:
        return None
    if not all(isinstance(v, str) and len(v) == 64 for v in values):
        return None
    try:
        return [bytes.fromhex(v) for v in values]
    except ValueError:
        return None


def load_log_key(agency_keys: Path | None) -> Ed25519PublicKey | None:
    """The log key from the agency's public key file, if it has one."""
    if agency_keys is None:
        return None
    try:
        data = tomllib.loads(agency_keys.read_text("utf-8"))
        raw = base64.urlsafe_b64decode(data[PUBLIC_KEY_NAME])
        return Ed25519PublicKey.from_public_bytes(raw)
    except (OSError, ValueError, KeyError, tomllib.TOMLDecodeError) as exc:
        log.warning("no audit log key in the agency key file: %s", type(exc).__name__)
        return None


@dataclass(frozen=True)
class WitnessStatus:
    """What technician mode shows."""

    witnessed_size: int | None
    alarm: Alarm | None
    last_outcome: Outcome | None


class AuditWitness:
    def __init__(self, store: WitnessStore, log_key: Ed25519PublicKey | None) -> None:
        self.store = store
        self.log_key = log_key
        self._last_outcome: Outcome | None = None

    def heartbeat_fields(self) -> dict[str, Any]:
        """`audit_witnessed` (what the proof must start from) and `audit_alarm`, if raised."""
        latest = self.store.latest()
        alarm = self.store.alarm()
        return {
            "audit_witnessed": None
            if latest is None
            else {"size": latest.size, "root": latest.root},
            "audit_alarm": None if alarm is None else alarm.heartbeat_field(),
        }

    def alarm_text(self) -> str | None:
        """One line for technician mode, or None while the log looks honest."""
        alarm = self.store.alarm()
        if alarm is None:
            return None
        return (
            f"{alarm.kind.value}: witnessed {alarm.witnessed_size} entries, then saw a checkpoint "
            f"of {alarm.seen_size} ({alarm.reason}) at {alarm.since:%Y-%m-%d %H:%M} UTC"
        )

    def status(self) -> WitnessStatus:
        latest = self.store.latest()
        return WitnessStatus(
            None if latest is None else latest.size, self.store.alarm(), self._last_outcome
        )

    def observe(self, answer: Mapping[str, Any] | None) -> Outcome:
        """`answer`: the heartbeat answer's `audit_checkpoint` (or a bundle ack's)."""
        outcome = self._observe(answer)
        self._last_outcome = outcome
        if outcome in (Outcome.FORK, Outcome.SHRUNK):
            log.critical("the agency's audit log %s: alarm raised", outcome.value)
        elif outcome in (Outcome.UNSIGNED, Outcome.UNPROVEN):
            log.warning("audit checkpoint not witnessed: %s", outcome.value)
        return outcome

    def observe_ack(self, answer: Mapping[str, Any] | None) -> Outcome:
        """A field-staff ack's `audit_checkpoint`: checked by `observe`, as a heartbeat answer's.

        One case differs. Acks come back by hand, days late and in any order, and the kiosk may
        have witnessed a newer checkpoint since the bundle left (a later ack, or a heartbeat when
        the network came back). A smaller checkpoint is then merely older, not a cut tail, if the
        agency answered the size the bundle named (its proof starts at or below the checkpoint)
        and signed it no later than the newest checkpoint witnessed. A log cut after that fails
        one of the two: its new checkpoints are signed later, or it answers with fewer entries
        than the bundle said the kiosk had seen, and both come signed."""
        outcome = self._older(answer)
        if outcome is None:
            return self.observe(answer)
        self._last_outcome = outcome
        if outcome is Outcome.STALE:
            log.info("the acknowledgement's audit checkpoint is older than one witnessed since")
        else:
            log.critical("the agency's audit log %s: alarm raised", outcome.value)
        return outcome

    def _older(self, answer: Mapping[str, Any] | None) -> Outcome | None:
        """STALE, or FORK if the older checkpoint contradicts what was witnessed; None when it
        is not an older checkpoint of an honest log, for `observe` to judge."""
        if self.log_key is None or not answer or not isinstance(answer.get("note"), str):
            return None
        note = str(answer["note"])
        last = self.store.latest()
        if last is None or self.store.alarm() is not None:
            return None
        try:
            seen = verify_note(note, self.log_key)
            newest_time = verify_note(last.note, self.log_key).time
        except CheckpointError:
            return None
        start = answer.get("consistency_from")
        if not isinstance(start, int) or isinstance(start, bool) or not 0 <= start <= seen.size:
            return None
        if seen.size >= last.size or seen.time > newest_time:
            return None
        for earlier in self.store.witnessed():
            if earlier.size == seen.size and earlier.root != seen.root_hex:
                return self._alarm(
                    AlarmKind.FORK, earlier, seen.size, note, "same size, other root"
                )
            proof = _hashes(answer.get("consistency_proof"))
            if (
                earlier.size == start
                and 0 < start < seen.size
                and proof is not None
                and not verify_consistency(
                    start, seen.size, bytes.fromhex(earlier.root), seen.root, proof
                )
            ):
                return self._alarm(AlarmKind.FORK, earlier, seen.size, note, "inconsistent proof")
        return Outcome.STALE

    def _observe(self, answer: Mapping[str, Any] | None) -> Outcome:
        if self.log_key is None:
            return Outcome.NO_KEY
        if not answer or not isinstance(answer.get("note"), str):
            return Outcome.NO_CHECKPOINT
        note = str(answer["note"])
        try:
            seen = verify_note(note, self.log_key)
        except CheckpointError:
            return Outcome.UNSIGNED
        if self.store.alarm() is not None:
            return Outcome.ALARM_STANDS
        last = self.store.latest()
        if last is None:  # the first checkpoint is trusted as seen: nothing came before it
            self.store.record_checkpoint(note, seen.size, seen.root_hex)
            return Outcome.WITNESSED
        if seen.size < last.size:
            return self._alarm(AlarmKind.SHRUNK, last, seen.size, note, "smaller than witnessed")
        if seen.size == last.size:
            if seen.root_hex == last.root:
                return Outcome.UNCHANGED
            return self._alarm(AlarmKind.FORK, last, seen.size, note, "same size, other root")
        proof = _hashes(answer.get("consistency_proof"))
        if answer.get("consistency_from") != last.size or proof is None:
            return Outcome.UNPROVEN
        if not verify_consistency(last.size, seen.size, bytes.fromhex(last.root), seen.root, proof):
            return self._alarm(AlarmKind.FORK, last, seen.size, note, "inconsistent proof")
        self.store.record_checkpoint(note, seen.size, seen.root_hex)
        return Outcome.WITNESSED

    def _alarm(
        self, kind: AlarmKind, last: Witnessed, seen_size: int, note: str, reason: str
    ) -> Outcome:
        self.store.record_alarm(kind, last.size, seen_size, note, reason)
        return Outcome(kind.value)
