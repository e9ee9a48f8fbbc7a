"""Staff accounts and their logins: who may act on claims and payments, proven by password.

Separate from the claim workflow so that account security (throttling, sessions, revocation)
can change without touching the rules for deciding and paying claims.
"""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from server import audit
from server.api.schemas import StaffSession
from server.auth.passwords import check_password, hash_password, new_token
from server.db import transaction
from server.db_types import utcnow
from server.errors import conflict, unauthorized
from server.models import StaffRole, StaffToken, StaffUser
from server.settings import ServerConfig


def add_staff(session: Session, username: str, password: str, role: StaffRole) -> StaffUser:
    """One role per account by construction: the column holds one value."""
    if session.execute(select(StaffUser).where(StaffUser.username == username)).first():
        raise conflict("staff_exists", f"staff user {username!r} already exists")
    user = StaffUser(username=username, password_hash=hash_password(password), role=role.value)
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


def login(
    factory: sessionmaker[Session], config: ServerConfig, username: str, password: str
) -> StaffSession:
    with transaction(factory) as session:
        user = session.execute(
            select(StaffUser).where(StaffUser.username == username)
        ).scalar_one_or_none()
        ok = user is not None and user.active and check_password(password, user.password_hash)
        if not ok or user is None:
            audit.append(
                session,
                actor=f"staff:{username}",
                action="staff.login_failed",
                subject=f"staff:{username}",
            )
            failed = True
        else:
            failed = False
            token, digest = new_token()
            expires = utcnow() + timedelta(seconds=config.staff_token_ttl_s)
            session.add(StaffToken(token_hash=digest, user_id=user.id, expires_at=expires))
            audit.append(
                session,
                actor=f"staff:{username}",
                action="staff.login",
                subject=f"staff:{username}",
            )
            role = user.role
    if failed:  # raised after the commit so the failed attempt stays on record
        raise unauthorized("staff_login_failed", "wrong username or password")
    return StaffSession(token=token, role=role, expires_at=expires)
