"""Home visits (issue 13 §8): field visitors' logins on home-visit laptops, and the check that a
claim saying "taken at home by X" really was taken on X's laptop while X was logged in.

The laptop is enrolled like any kiosk and signs every request with its kiosk key; what makes it
a home-visit device is the field credential a `field_visitor` earns by logging in on it
(`login`). The credential is bound to that laptop's kiosk id and valid for `CREDENTIAL_TTL`, so a
visitor logs in online once and then works offline for days. Its visit key (derived, never
stored: contract.home_visit.visit_key) reaches only that laptop; each claim carries a MAC under
it (`verify_submission`). Without the key, the kiosk key alone cannot make a claim a home visit,
nor name a visitor other than the one who logged in.

Refusals here are for the item alone and final (403 `home_visit_refused`, or 422 when the fields
contradict each other): the laptop keeps a refused claim for staff, as it keeps any other.
"""

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from contract.home_visit import HOME_VISIT_CHANNEL, visit_key, visit_mac
from contract.masking import mask_name
from server import audit
from server.callers import KioskCaller
from server.errors import ApiError, forbidden, unprocessable
from server.models import FieldCredential as CredentialRow
from server.models import StaffRole, StaffUser
from server.schemas import FieldCredential, Submission
from server.services import staff_auth
from server.settings import ServerConfig

#: How long a visitor may work offline after an online login: a week of visits in villages
#: without a network. A revoked account or credential stops it at once on the agency's side.
CREDENTIAL_TTL = timedelta(days=7)

#: A laptop's clock may run this much ahead of the agency's at login.
CLOCK_SLACK = timedelta(minutes=10)

REFUSED = "home_visit_refused"


def credential_secret(config: ServerConfig) -> bytes:
    """The agency's secret for visit keys, derived from its status key (one key store entry;
    rotating it ends every field credential, which then needs an online login again)."""
    return hmac.new(config.status_key, b"home-visit-credential", hashlib.sha256).digest()


def masked_name(user: StaffUser) -> str:
    return mask_name(user.display_name or user.username)


def login(
    factory: sessionmaker[Session],
    config: ServerConfig,
    caller: KioskCaller,
    username: str,
    password: str,
    address: str = "",
) -> FieldCredential:
    """`POST /api/v1/home-visits/login`: the password is checked under the staff login throttle
    (server.services.staff_auth); only a `field_visitor` earns a credential, for this laptop."""

    def grant(session: Session, user: StaffUser, now: datetime) -> FieldCredential:
        if user.role != StaffRole.FIELD_VISITOR:
            raise forbidden(
                "field_visitor_required", "only field visitors may open a home-visit laptop"
            )
        row = CredentialRow(
            id=secrets.token_hex(16),
            user_id=user.id,
            kiosk_id=caller.kiosk_id,
            issued_at=now,
            expires_at=now + CREDENTIAL_TTL,
        )
        session.add(row)
        audit.append(
            session,
            actor=f"staff:{user.username}",
            action="home_visit.login",
            subject=f"kiosk:{caller.kiosk_id}",
            details={"credential": row.id, "expires_at": row.expires_at.isoformat()},
        )
        return FieldCredential(
            credential=row.id,
            visit_key=visit_key(credential_secret(config), row.id).hex(),
            visitor=user.username,
            masked_name=masked_name(user),
            kiosk_id=caller.kiosk_id,
            issued_at=now,
            expires_at=row.expires_at,
        )

    return staff_auth.authenticate(factory, config, username, password, address, grant)


def _refused(message: str) -> ApiError:
    return forbidden(REFUSED, message)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def verify_submission(
    session: Session,
    config: ServerConfig,
    submission: Submission,
    kiosk_id: str,
    content_hash: str,
    created_at: datetime,
    received_at: datetime,
) -> str | None:
    """The visitor's staff username for a home-visit claim, None for a kiosk claim; raises for
    a claim that says it was taken at home but cannot prove by whom."""
    visit, visitor = submission.home_visit, submission.visitor
    if submission.channel != HOME_VISIT_CHANNEL:
        if visit is not None or visitor is not None:
            raise unprocessable(
                "home_visit_inconsistent",
                "a visitor or visit proof needs channel home_visit",
                {"field": "channel"},
            )
        return None
    if visit is None or visitor is None:
        raise _refused("a home-visit claim needs the visitor and the visit proof")
    row = session.get(CredentialRow, visit.credential)
    if row is None or row.kiosk_id != kiosk_id or row.user.username != visitor:
        raise _refused("the visitor is not the field visitor logged in on this laptop")
    expected = visit_mac(
        visit_key(credential_secret(config), row.id),
        kiosk_id=kiosk_id,
        visitor=visitor,
        credential_id=row.id,
        client_reference=submission.client_reference,
        content_hash=content_hash,
    )
    if not hmac.compare_digest(expected, visit.mac):
        raise _refused("the visit proof does not match this claim")
    user = row.user
    if not user.active or user.role != StaffRole.FIELD_VISITOR or row.revoked_at is not None:
        raise _refused("the visitor's field credential was revoked")
    issued, expires = _aware(row.issued_at), _aware(row.expires_at)
    if not issued - CLOCK_SLACK <= created_at <= expires:
        raise _refused("the claim was not taken while the visitor's credential was valid")
    if received_at > expires + timedelta(days=config.max_offline_age_days):
        raise _refused("the claim arrived after the offline window of the visitor's credential")
    return visitor


def credentials_of(session: Session, username: str) -> list[CredentialRow]:
    """For `kiosk server` and tests: one account's credentials, newest first."""
    return list(
        session.scalars(
            select(CredentialRow)
            .join(StaffUser, StaffUser.id == CredentialRow.user_id)
            .where(StaffUser.username == username)
            .order_by(CredentialRow.issued_at.desc())
        )
    )
