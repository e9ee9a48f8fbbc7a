"""Ingesting a field-staff bundle at the agency, idempotently, and answering with a signed ack.

Every item goes through the same submission path as an online claim, so a bundle imported twice,
or one whose items also arrived online, creates nothing twice. The file format is shared with the
kiosk and lives in `contract.bundle_format` (docs/bundle-format.md): one format, one
implementation, used by both ends of the USB stick.
"""

import logging
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from contract.bundle_format import (
    BundleError,
    RejectedEntry,
    WitnessedHead,
    build_ack,
    peek_bundle_kiosk_id,
    read_bundle,
)
from contract.errors import ErrorCode
from contract.home_visit import split_login
from server import audit
from server.agency_keys import AgencyKeys
from server.auditlog import reads
from server.auditlog.keys import load_or_create as load_log_key
from server.auditlog.sequencer import integrate
from server.db import transaction
from server.errors import ApiError, unprocessable
from server.models import Kiosk
from server.schemas import AuditCheckpointAnswer, Submission
from server.services import submissions
from server.settings import ServerConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    kiosk_id: str
    created: int
    duplicate: int
    rejected: int
    ack: bytes


def _bundle_error(exc: BundleError) -> ApiError:
    return unprocessable(exc.code, str(exc))


def _audit_checkpoint(
    factory: sessionmaker[Session], config: ServerConfig, witnessed: WitnessedHead | None
) -> dict[str, Any] | None:
    """What a heartbeat answers as `audit_checkpoint`, for a kiosk that may never be online: the
    log's newest signed checkpoint and the consistency proof from the size the bundle says the
    kiosk witnessed (docs/audit-log.md). The import's own entries are integrated first, so the
    kiosk witnesses a log that already holds the claims it sent; `kiosk server import-bundle`
    runs no background sequencer that would do it."""
    try:
        integrate(factory, load_log_key(config.data_dir))
    except SQLAlchemyError:  # the sequencer retries later; the ack carries the newest signed one
        log.warning("audit entries of a bundle import not integrated yet", exc_info=True)
    answer = reads.for_witness(factory, witnessed.size if witnessed is not None else None)
    if answer is None:
        return None
    return AuditCheckpointAnswer(
        note=answer.head.note,
        size=answer.head.size,
        root=answer.head.root,
        consistency_from=answer.consistency_from,
        consistency_proof=answer.consistency_proof,
    ).model_dump(mode="json")


def import_bundle(
    factory: sessionmaker[Session], config: ServerConfig, keys: AgencyKeys, data: bytes, actor: str
) -> ImportReport:
    try:
        kiosk_id = peek_bundle_kiosk_id(data)
    except BundleError as exc:
        raise _bundle_error(exc) from None
    with transaction(factory) as session:
        kiosk = session.get(Kiosk, kiosk_id)
        signing_key = kiosk.signing_public_key if kiosk is not None else None
    if signing_key is None:
        raise unprocessable(
            ErrorCode.KIOSK_UNKNOWN,
            "the bundle names a kiosk that is not enrolled with a signing key",
        )
    try:
        opened = read_bundle(
            data,
            agency_private_key=keys.encryption,
            kiosk_public_key=Ed25519PublicKey.from_public_bytes(signing_key),
            expected_kiosk_id=kiosk_id,
        )
    except BundleError as exc:
        raise _bundle_error(exc) from None
    acknowledged: list[str] = []
    rejected: list[RejectedEntry] = []
    created = duplicate = 0
    for item in opened.items:
        # A home visit's proof travels inside the sealed login (contract.home_visit) and is
        # checked like one that came online: the bundle's kiosk must be the visitor's laptop.
        login, visit = split_login(item.login)
        try:
            submission = Submission.model_validate(
                {
                    "client_reference": item.client_reference,
                    "kind": item.kind,
                    "created_at": item.created_at,
                    "payload": dict(item.payload),
                    # The claimant's proof travels beside the payload (docs/bundle-format.md):
                    # usually the card's offline cryptogram. An item without one is refused.
                    "login": login,
                    **visit,
                }
            )
            outcome = submissions.submit(factory, config, submission, kiosk_id, channel="bundle")
        except ValidationError:
            rejected.append(
                RejectedEntry(
                    item.client_reference, "invalid_request", "the submission is not valid"
                )
            )
            continue
        except ApiError as exc:
            if exc.status >= 500:
                raise
            rejected.append(RejectedEntry(item.client_reference, exc.code, exc.message))
            continue
        acknowledged.append(item.client_reference)
        if outcome.result == "created":
            created += 1
        else:
            duplicate += 1
    bundle_id = opened.manifest.bundle_id
    with transaction(factory) as session:
        audit.append(
            session,
            actor=actor,
            action="bundle.imported",
            subject=f"bundle:{bundle_id}",
            details={
                "kiosk": kiosk_id,
                "created": created,
                "duplicate": duplicate,
                "rejected": len(rejected),
            },
        )
    ack = build_ack(
        kiosk_id=kiosk_id,
        bundle_id=bundle_id,
        acknowledged=acknowledged,
        rejected=rejected,
        agency_signing_key=keys.signing,
        audit_checkpoint=_audit_checkpoint(factory, config, opened.manifest.audit_witnessed),
    )
    return ImportReport(bundle_id, kiosk_id, created, duplicate, len(rejected), ack)
