"""Staff accounts and their logins: who may act on claims and payments, proven by password.

Separate from the claim workflow so that account security (throttling, sessions, revocation)
can change without touching the rules for deciding and paying claims.

Guessing, and why no stranger can lock a colleague out (docs/threat-model.md, "Staff login"):
the API login and the /fleet form share these counters. Each failure counts against three
subjects, each with growing delays (2^n s after the free failures, capped):
- the pair (user name, address): 3 free failures, then 2, 4, 8 … s up to 5 min; a guesser at one
  address is slowed to about three hundred guesses a day against one name;
- the address: 20 free failures (an office behind one NAT), then 2 s doubling up to 15 min; one
  address cannot spread its guesses over many names;
- the user name: 10 free failures, then 30 s doubling up to 15 min, against a guesser with many
  addresses (about a hundred guesses a day however many addresses it has). This
  is the one limit a stranger could use against a named colleague, so it does not apply at an
  address where that name logged in with the right password before (within 90 days): a stranger
  throttling "alice" from anywhere cannot stop alice logging in from her own desk.
A delay holds only until it ends; nothing locks an account for a fixed time.

Unknown names and inactive accounts cost the same scrypt run as real ones (against a dummy hash),
so response time does not tell real names from invented ones. Refused attempts go to the
security log (server/security_log.py), not the audit log.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from server import audit, security_log, throttle
from server.auth.passwords import DUMMY_HASH, check_password, hash_password, new_token
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError, conflict, forbidden, not_found, unauthorized
from server.models import FieldCredential, StaffRole, StaffToken, StaffUser, StaffWebSession
from server.schemas import StaffSession
from server.security_log import SecurityKind
from server.settings import ServerConfig
from server.throttle import Backoff, Scope

PAIR_RULE = Backoff(free=3, first_s=2, cap_s=300)
ADDRESS_RULE = Backoff(free=20, first_s=2, cap_s=900)
NAME_RULE = Backoff(free=10, first_s=30, cap_s=900)
KNOWN_FOR = timedelta(days=90)
USERNAME_MAX = 64

T = TypeVar("T")


def add_staff(
    session: Session,
    username: str,
    password: str,
    role: StaffRole,
    *,
    display_name: str | None = None,
) -> StaffUser:
    """One role per account by construction: the column holds one value. `display_name` is
    shown masked (a field visitor's name on the home-visit laptop's banner)."""
    if session.execute(select(StaffUser).where(StaffUser.username == username)).first():
        raise conflict("staff_exists", f"staff user {username!r} already exists")
    user = StaffUser(
        username=username,
        password_hash=hash_password(password),
        role=role.value,
        display_name=display_name or None,
    )
    session.add(user)
    session.flush()
    audit.append(
        session,
        actor="system",
        action="staff.created",
        subject=f"staff:{username}",
        details={"role": role.value},
    )
    return user


@dataclass(frozen=True)
class _Subjects:
    pair: tuple[Scope, str]
    address: tuple[Scope, str]
    name: tuple[Scope, str]
    known: tuple[Scope, str]


def _subjects(config: ServerConfig, username: str, address: str) -> _Subjects:
    key = throttle.subject_key(config.status_key)
    return _Subjects(
        pair=(Scope.LOGIN_PAIR, throttle.digest(key, Scope.LOGIN_PAIR, username, address)),
        address=(Scope.LOGIN_ADDRESS, throttle.digest(key, Scope.LOGIN_ADDRESS, address)),
        name=(Scope.LOGIN_NAME, throttle.digest(key, Scope.LOGIN_NAME, username)),
        known=(Scope.LOGIN_KNOWN, throttle.digest(key, Scope.LOGIN_KNOWN, username, address)),
    )


def authenticate(
    factory: sessionmaker[Session],
    config: ServerConfig,
    username: str,
    password: str,
    address: str,
    grant: Callable[[Session, StaffUser, datetime], T],
) -> T:
    """Checks a password under the login throttle and, if right, calls `grant` in the same
    transaction (it creates the API token or the browser session). Raises 401
    `staff_login_failed` or 429 `too_many_attempts` (with `retry_after_s`) after committing the
    counted failure."""
    username = username[:USERNAME_MAX]
    subjects = _subjects(config, username, address)
    refusal: ApiError | None = None
    with transaction(factory) as session:
        now = utcnow()
        user = session.execute(
            select(StaffUser).where(StaffUser.username == username)
        ).scalar_one_or_none()
        subject = f"staff:{username}" if user is not None else "staff:(unknown)"
        # The address first, alone: a throttled address creates no rows for the names it tries.
        address_row = throttle.locked_rows(session, [subjects.address])[subjects.address]
        wait = throttle.blocked_for(address_row, now)
        if wait:
            security_log.record(session, SecurityKind.STAFF_LOGIN_THROTTLED, subject, address)
            refusal = throttle.too_many(wait, "failed logins")
        else:
            rows = throttle.locked_rows(session, [subjects.pair, subjects.name, subjects.known])
            pair, name, known = rows[subjects.pair], rows[subjects.name], rows[subjects.known]
            trusted = known.count > 0 and known.updated_at >= now - KNOWN_FOR
            wait = max(
                throttle.blocked_for(pair, now),
                0.0 if trusted else throttle.blocked_for(name, now),
            )
            if wait:
                security_log.record(session, SecurityKind.STAFF_LOGIN_THROTTLED, subject, address)
                refusal = throttle.too_many(wait, "failed logins")
            else:
                active = user is not None and user.active
                stored = user.password_hash if user is not None and active else DUMMY_HASH
                right = check_password(password, stored) and active
                if not right or user is None:
                    throttle.fail(address_row, ADDRESS_RULE, now)
                    throttle.fail(pair, PAIR_RULE, now)
                    throttle.fail(name, NAME_RULE, now)
                    security_log.record(session, SecurityKind.STAFF_LOGIN_FAILED, subject, address)
                    refusal = unauthorized("staff_login_failed", "wrong username or password")
                else:
                    throttle.clear(pair, now)
                    known.count, known.updated_at = 1, now
                    throttle.forget_old(session)
                    granted = grant(session, user, now)
    if refusal is not None:  # raised after the commit so the counted failure stays counted
        raise refusal
    return granted


def login(
    factory: sessionmaker[Session],
    config: ServerConfig,
    username: str,
    password: str,
    address: str = "",
) -> StaffSession:
    """`POST /api/v1/staff/login`: a bearer token, stored as its hash (a server-side session)."""

    def grant(session: Session, user: StaffUser, now: datetime) -> StaffSession:
        if user.role == StaffRole.FIELD_VISITOR:  # takes claims at home; reviews and pays none
            raise forbidden(
                "role_required",
                "field visitors sign in on a home-visit laptop, not to the staff API",
            )
        token, digest = new_token()
        expires = now + timedelta(seconds=config.staff_token_ttl_s)
        session.add(StaffToken(token_hash=digest, user_id=user.id, expires_at=expires))
        audit.append(
            session,
            actor=f"staff:{user.username}",
            action="staff.login",
            subject=f"staff:{user.username}",
        )
        return StaffSession(token=token, role=user.role, expires_at=expires)

    return authenticate(factory, config, username, password, address, grant)


def logout(factory: sessionmaker[Session], token_digest: str, actor: str) -> None:
    """Ends one API session: the token is gone from the server, whatever the client keeps."""
    with transaction(factory) as session:
        session.execute(delete(StaffToken).where(StaffToken.token_hash == token_digest))
        audit.append(session, actor=actor, action="staff.logout", subject=actor)


def revoke(session: Session, username: str, actor: str, *, deactivate: bool = False) -> int:
    """Ends every API token and browser session of one account (a lost laptop, a leaver), and
    optionally deactivates it. Returns how many sessions ended."""
    user = session.execute(
        select(StaffUser).where(StaffUser.username == username)
    ).scalar_one_or_none()
    if user is None:
        raise not_found(f"staff user {username!r}", "staff_unknown")
    ended = 0
    for table in (StaffToken, StaffWebSession):
        result = session.execute(delete(table).where(table.user_id == user.id))
        ended += int(getattr(result, "rowcount", 0) or 0)
    # A field visitor's laptop credentials too: claims it still holds are refused on arrival.
    result = session.execute(
        update(FieldCredential)
        .where(FieldCredential.user_id == user.id, FieldCredential.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    ended += int(getattr(result, "rowcount", 0) or 0)
    if deactivate:
        user.active = False
    audit.append(
        session,
        actor=actor,
        action="staff.deactivated" if deactivate else "staff.sessions_revoked",
        subject=f"staff:{username}",
        details={"sessions_ended": ended},
    )
    return ended
