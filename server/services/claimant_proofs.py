"""The claimant's proof on every claimant-scoped request, checked by the agency itself.

A kiosk's signature proves only which kiosk is speaking, and an unattended kiosk's key is a file
that can be copied. Before this check, `{"method": "card_pin"}` was the kiosk's word that a PIN
had been entered, and with one copied key anyone could read any person's ID number, employer,
account and claims, or file a claim in their name. Now a request about a claimant carries proof
the kiosk cannot make up (docs/api.md, "Claimant login"; docs/threat-model.md):

- `{"method": "otp" | "card", "token": T}`: the agency's token from /otp/verify or /login/card,
  bound to the claimant, the kiosk and the method, and short-lived;
- `{"method": "card_offline", ...}` (submissions only): the card's cryptogram over a challenge
  derived from the submission's reference and content hash (contract.card_proof), so a queued
  claim proves its card days later, and binds the card to exactly that claim.

The proof is checked before the claimant named in the request is even looked up, so a kiosk key
alone cannot learn whether an ID number belongs to an insured person. Then the service area
(全城通办): a kiosk acts for claimants insured in its own prefecture, unless the agency widened
its area in the settings (`reference_server.service_area_prefixes`).
"""

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from contract.card_proof import offline_challenge, submission_content_hash, verify_cryptogram
from contract.errors import ErrorCode
from server.auth.passwords import token_hash
from server.callers import KioskCaller
from server.db_types import utcnow
from server.errors import ApiError, not_found, unauthorized
from server.models import Claimant, Kiosk, LoginToken, Region
from server.schemas import (
    CardOfflineLogin,
    CardPinLogin,
    LoginProof,
    Submission,
    TokenLogin,
)
from server.services.claimant_index import claimant_by_card, find_claimant
from server.settings import ServerConfig

PREFECTURE_DIGITS = 4


def proof_required(message: str = "") -> ApiError:
    return unauthorized(
        ErrorCode.LOGIN_PROOF_REQUIRED,
        message
        or "this request needs the claimant's proof: a login token from /otp/verify or "
        "/login/card (docs/api.md, 'Claimant login'); the kiosk's word is not enough",
    )


def _login_invalid(message: str) -> ApiError:
    return unauthorized(ErrorCode.LOGIN_INVALID, message)


def issue_login_token(
    session: Session, config: ServerConfig, claimant_id: int, kiosk_id: str, method: str
) -> tuple[str, datetime]:
    """A login token for the claimant at this kiosk, for one method (otp, card, ecard), valid
    for `login_ttl_s`: stored as its hash, so the database alone cannot act for anyone.
    `token_claimant` is its other half."""
    token = secrets.token_urlsafe(32)
    expires = utcnow() + timedelta(seconds=config.login_ttl_s)
    session.add(
        LoginToken(
            token_hash=token_hash(token),
            claimant_id=claimant_id,
            kiosk_id=kiosk_id,
            expires_at=expires,
            method=method,
        )
    )
    return token, expires


def token_claimant(session: Session, login: TokenLogin, kiosk_id: str) -> int:
    """The claimant a login token was issued for, if it is valid here and now."""
    if not login.token:
        raise proof_required(f"a {login.method} login needs its token")
    row = session.get(LoginToken, token_hash(login.token))
    if (
        row is None
        or row.kiosk_id != kiosk_id
        or row.method != login.method
        or row.expires_at < utcnow()
    ):
        raise _login_invalid("the login has expired, or was issued to another kiosk or method")
    return row.claimant_id


def card_claimant(
    session: Session,
    config: ServerConfig,
    *,
    card_id: str,
    region: str,
    card_number: str,
    challenge: bytes,
    cryptogram: str,
    named: Claimant | None = None,
) -> Claimant:
    """The holder of the card that answered `challenge` with `cryptogram`.

    The card must be the one the card registry holds for that number (a replaced card, or a
    made-up one with a copied number, is unknown), and its cryptogram must come from the key
    diversified from the prefecture's issuer key: a clone with the right data and another key
    fails here. `named`, the person the request names, is the holder when their row holds this
    card number (a number is unique per prefecture): that spares the second look-up."""
    if named is not None and (named.card_region, named.card_number) == (region, card_number):
        claimant: Claimant | None = named
    else:
        claimant = claimant_by_card(session, region, card_number)
    if (
        claimant is None
        or claimant.card_id is None
        or bytes.fromhex(claimant.card_id) != bytes.fromhex(card_id)
    ):
        raise not_found("card", ErrorCode.CARD_UNKNOWN)
    master_key = config.issuer_keys.master_key_for(claimant.card_region)
    if master_key is None:
        raise ApiError(
            422,
            "card_issuer_unknown",
            "the agency holds no issuer key for cards of this prefecture",
            {"region": claimant.card_region},
        )
    if not verify_cryptogram(
        master_key, bytes.fromhex(card_id), challenge, bytes.fromhex(cryptogram)
    ):
        raise unauthorized(
            ErrorCode.CARD_PROOF_INVALID, "the card's answer is wrong: not a card the agency issued"
        )
    return claimant


def service_area(config: ServerConfig, kiosk_id: str, kiosk_region: str) -> tuple[str, ...]:
    """Region-code prefixes a kiosk acts for: its prefecture, plus what the agency added."""
    return (
        kiosk_region[:PREFECTURE_DIGITS],
        *config.service_area_prefixes.get(kiosk_id, ()),
        *config.service_area_prefixes.get("*", ()),
    )


def check_service_area(
    session: Session, config: ServerConfig, kiosk_id: str, kiosk_region: str, claimant: Claimant
) -> None:
    """全城通办: outside its area a kiosk refuses, and says where the claimant is served.
    Checked only after the proof, so the answer tells nobody else where a person is insured."""
    if any(
        claimant.region_code.startswith(p) for p in service_area(config, kiosk_id, kiosk_region)
    ):
        return
    region = session.get(Region, claimant.region_code)
    raise ApiError(
        403,
        ErrorCode.OUTSIDE_SERVICE_AREA,
        "this kiosk serves claimants insured in its own prefecture; "
        "please apply where you are insured",
        {
            "region_code": claimant.region_code,
            "region_name_zh": region.name_zh if region else "",
            "region_name_ko": region.name_ko if region else "",
        },
    )


def _online_token(login: LoginProof | None) -> TokenLogin:
    if login is None or isinstance(login, CardPinLogin):
        raise proof_required()
    if isinstance(login, CardOfflineLogin):
        raise proof_required(
            "an offline card proof is accepted on submissions only; log in with /login/card"
        )
    return login


def claimant_for(
    session: Session,
    config: ServerConfig,
    ssn: str,
    login: LoginProof | None,
    caller: KioskCaller,
) -> Claimant:
    """The claimant named by ID number, once the login proves it is them at this kiosk."""
    proven = token_claimant(session, _online_token(login), caller.kiosk_id)
    claimant = find_claimant(session, ssn)
    if claimant.id != proven:
        raise _login_invalid("the login belongs to someone else")
    check_service_area(session, config, caller.kiosk_id, caller.region_code, claimant)
    return claimant


def card_holder_for(
    session: Session,
    config: ServerConfig,
    region: str,
    card_number: str,
    login: LoginProof | None,
    caller: KioskCaller,
) -> Claimant:
    """A 3rd-generation card's holder; only a card login of that very card opens the record."""
    token = _online_token(login)
    if token.method != "card":
        raise proof_required("a look-up by card needs the login token of that card")
    proven = token_claimant(session, token, caller.kiosk_id)
    claimant = claimant_by_card(session, region, card_number)
    if claimant is None:
        raise not_found("card", ErrorCode.CARD_UNKNOWN)
    if claimant.id != proven:
        raise _login_invalid("the card login belongs to another card")
    check_service_area(session, config, caller.kiosk_id, caller.region_code, claimant)
    return claimant


def _offline_card_claimant(
    session: Session,
    config: ServerConfig,
    submission: Submission,
    login: CardOfflineLogin,
    named: Claimant | None,
) -> Claimant:
    if not (login.card_id and login.region and login.card_number and login.cryptogram):
        raise proof_required(
            "an offline card proof needs card_id, region, card_number and cryptogram"
        )
    digest = submission_content_hash(submission.kind, submission.payload.model_dump(mode="json"))
    return card_claimant(
        session,
        config,
        card_id=login.card_id,
        region=login.region,
        card_number=login.card_number,
        challenge=offline_challenge(submission.client_reference, digest),
        cryptogram=login.cryptogram,
        named=named,
    )


def verify_submission_login(
    session: Session,
    config: ServerConfig,
    submission: Submission,
    claimant: Claimant | None,
    kiosk_id: str,
    kiosk_region: str | None = None,
) -> None:
    """A claim is filed only with the proof of the person it names (online, queued or bundled).

    `claimant` is the person the payload names, or None if there is none: the proof is checked
    first either way, so only a proven person learns that an ID number is unknown.
    `kiosk_region`, when the caller already read it (the request's signature check), is not read
    again."""
    login = submission.login
    if login is None or isinstance(login, CardPinLogin):
        raise proof_required()
    if isinstance(login, CardOfflineLogin):
        proven = _offline_card_claimant(session, config, submission, login, claimant).id
    else:
        proven = token_claimant(session, login, kiosk_id)
    if claimant is None:
        return
    if claimant.id != proven:
        raise _login_invalid("the proof belongs to someone other than the person in the claim")
    # The region alone: loading the row would also unwrap the kiosk's request key, which this
    # check has no use for.
    region_code = (
        kiosk_region
        or session.execute(
            select(Kiosk.region_code).where(Kiosk.id == kiosk_id)
        ).scalar_one_or_none()
    )
    if region_code is None:  # the signature was checked against this kiosk; it cannot vanish
        raise unauthorized(ErrorCode.KIOSK_UNKNOWN, "this kiosk is not enrolled")
    check_service_area(session, config, kiosk_id, region_code, claimant)
