"""A claimant proves themselves to the agency, never the kiosk on their behalf (issue part 2, §1).

Tried as an attacker would: with one kiosk's key (a file on an unattended kiosk) and the
`{"method": "card_pin"}` the server used to believe, anyone could read any person's record or
file a claim in their name. Now each claimant-scoped request carries a login token the agency
issued after the card answered its challenge (or after the one-time code), or, on a queued claim,
the card's cryptogram over that very claim.
"""

import secrets
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from sqlalchemy import func, select, update

from bench.agency_fixture import free_port
from contract.card_proof import TEST_ISSUER_KEY
from devices.sim.card_applet import identification_code
from devices.sim.card_profile import CardProfile
from server.db import transaction
from server.db_types import utcnow
from server.errors import ApiError
from server.issuer_keys import DEVELOPMENT_KEYS, IssuerKeyError, IssuerKeys, resolve_issuer_keys
from server.kiosks_registry import register_kiosk
from server.models import AuditEntry, LoginChallenge, SecurityEvent
from server.seed import card_number, card_region
from server.services.claimant_proofs import card_claimant
from server.synthetic import Scenario, card_identification_code
from tests.card_logins import (
    Card,
    card_login,
    card_login_body,
    card_token,
    new_challenge,
    offline_card_login,
    signed_post,
    try_card_login,
    with_offline_proof,
)
from tests.conftest import Agency
from tests.server.factories import person, submission

CLONE_KEY = b"not-the-issuer!!"  # 16 bytes: a card made with the right data and another key


def _other_kiosk(agency: Agency, region: str = "222405") -> tuple[str, bytes]:
    """Another kiosk enrolled with the default service area: its own prefecture."""
    kiosk_id = f"kiosk-{secrets.token_hex(4)}"
    key = secrets.token_bytes(32)
    with transaction(agency.sessions()) as session:
        register_kiosk(session, kiosk_id, key, region)
    return kiosk_id, key


def _code(answer: Any) -> tuple[int, str]:
    return answer.status_code, answer.json().get("code", "")


# -- the card login itself ---------------------------------------------------------------------


def test_the_agencys_card_registry_holds_the_id_the_card_factory_wrote() -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    profile = CardProfile(
        region=card_region(who.region_code), card_number=card_number(who.id_number)
    )
    expected = identification_code(profile).hex()
    assert card_identification_code(profile.region, profile.card_number) == expected


def test_a_genuine_card_logs_in_and_its_token_opens_the_record(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    issued = signed_post(agency, "/api/v1/login/challenge", {})
    assert issued.status_code == 201
    assert len(bytes.fromhex(issued.json()["challenge"])) == 16
    login = card_login(agency, who.id_number)
    found = signed_post(agency, "/api/v1/claimants/lookup", {"ssn": who.id_number, "login": login})
    assert found.status_code == 200, found.text
    assert found.json()["ssn"] == who.id_number


def test_a_cloned_card_with_the_right_data_and_another_key_is_refused(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    answer = try_card_login(agency, who.id_number, issuer_key=CLONE_KEY)
    assert _code(answer) == (401, "card_proof_invalid")
    assert "login_token" not in answer.json()


def test_a_card_the_registry_does_not_hold_is_unknown(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    genuine = Card.of(who.id_number)
    # Same number and region, another identification code: a replaced card, or a made-up one.
    forged = Card("00" * 16, genuine.region, genuine.card_number)
    body = card_login_body(forged, new_challenge(agency))
    assert _code(signed_post(agency, "/api/v1/login/card", body)) == (404, "card_unknown")
    nobody = Card(genuine.card_id, "222400", "Z99999999")
    body = card_login_body(nobody, new_challenge(agency))
    assert _code(signed_post(agency, "/api/v1/login/card", body)) == (404, "card_unknown")


def test_a_challenge_is_used_once(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_24_MONTHS)
    body = card_login_body(Card.of(who.id_number), new_challenge(agency))
    assert signed_post(agency, "/api/v1/login/card", body).status_code == 200
    again = signed_post(agency, "/api/v1/login/card", body)
    assert _code(again) == (401, "challenge_invalid")


def test_a_wrong_answer_spends_the_challenge(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_24_MONTHS)
    challenge = new_challenge(agency)
    cloned = card_login_body(Card.of(who.id_number), challenge, CLONE_KEY)
    assert _code(signed_post(agency, "/api/v1/login/card", cloned)) == (401, "card_proof_invalid")
    genuine = card_login_body(Card.of(who.id_number), challenge)
    assert _code(signed_post(agency, "/api/v1/login/card", genuine)) == (401, "challenge_invalid")


def test_an_expired_challenge_is_refused(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_24_MONTHS)
    challenge = new_challenge(agency)
    with transaction(agency.sessions()) as session:
        session.execute(
            update(LoginChallenge)
            .where(LoginChallenge.challenge == challenge)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    body = card_login_body(Card.of(who.id_number), challenge)
    assert _code(signed_post(agency, "/api/v1/login/card", body)) == (401, "challenge_invalid")


def test_a_challenge_issued_to_another_kiosk_is_refused(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_24_MONTHS)
    other_id, other_key = _other_kiosk(agency)
    body = card_login_body(Card.of(who.id_number), new_challenge(agency))
    answer = signed_post(agency, "/api/v1/login/card", body, kiosk_id=other_id, kiosk_key=other_key)
    assert _code(answer) == (401, "challenge_invalid")
    # Made up by the caller, never issued:
    body = card_login_body(Card.of(who.id_number), secrets.token_hex(16))
    assert _code(signed_post(agency, "/api/v1/login/card", body)) == (401, "challenge_invalid")


def test_two_parallel_uses_of_one_challenge_log_in_exactly_once(any_agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    body = card_login_body(Card.of(who.id_number), new_challenge(any_agency))
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(
            pool.map(lambda _: signed_post(any_agency, "/api/v1/login/card", body), range(8))
        )
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] + [401] * 7, [a.text for a in answers]
    assert {a.json()["code"] for a in answers if a.status_code == 401} == {"challenge_invalid"}


# -- every claimant-scoped request needs the claimant's proof -----------------------------------


def _bodies(ssn: str, login: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    card = Card.of(ssn)
    with_login = {"login": login} if login is not None else {}
    claim = {**submission(Scenario.ELIGIBLE_18_MONTHS, proof=False), **with_login}
    claim["payload"]["ssn"] = ssn
    return {
        "/api/v1/claimants/lookup": {"ssn": ssn, **with_login},
        "/api/v1/claimants/lookup-by-card": {
            "region": card.region,
            "card_number": card.card_number,
            **with_login,
        },
        "/api/v1/eligibility": {"ssn": ssn, **with_login},
        "/api/v1/claimants/claims": {"ssn": ssn, **with_login},
        "/api/v1/courses": {"ssn": ssn, **with_login},
        "/api/v1/claims": claim,
        "/api/v1/claims/batch": {"items": [claim]},
    }


ENDPOINTS = list(_bodies("220102199005020242", None))
NO_PROOF = {
    "card_pin": {"method": "card_pin"},
    "absent": None,
    "token_missing": {"method": "card"},
    "offline_fields_missing": {"method": "card_offline"},
}


def _refusal(answer: Any, path: str) -> tuple[int, str]:
    if path.endswith("/batch"):  # one transaction per item: the item is refused, not the batch
        assert answer.status_code == 200, answer.text
        (item,) = answer.json()["results"]
        return 401, item["code"] if item["result"] == "rejected" else item["result"]
    return _code(answer)


@pytest.mark.parametrize("path", ENDPOINTS)
@pytest.mark.parametrize("login", list(NO_PROOF), ids=list(NO_PROOF))
def test_a_kiosk_key_alone_opens_no_record_and_files_no_claim(
    agency: Agency, path: str, login: str
) -> None:
    """The issue's first Why: with one kiosk's key and `card_pin`, anyone read anyone. Both a
    real person and an ID number nobody holds get the same refusal, so the answer does not even
    tell whether the number belongs to an insured person."""
    real = person(Scenario.ELIGIBLE_18_MONTHS).id_number
    unknown = "11010519491231002X"
    answers = {
        ssn: _refusal(signed_post(agency, path, _bodies(ssn, NO_PROOF[login])[path]), path)
        for ssn in (real, unknown)
    }
    assert answers == {
        real: (401, "login_proof_required"),
        unknown: (401, "login_proof_required"),
    }


def test_a_token_of_one_person_opens_nobody_else(agency: Agency) -> None:
    first, other = person(Scenario.ELIGIBLE_12_MONTHS), person(Scenario.ELIGIBLE_24_MONTHS)
    login = card_login(agency, first.id_number)
    for path, body in _bodies(other.id_number, login).items():
        assert _refusal(signed_post(agency, path, body), path) == (401, "login_invalid"), path


def test_a_token_works_only_at_its_kiosk_and_for_its_method(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    token = card_token(agency, who.id_number)
    other_id, other_key = _other_kiosk(agency)
    body = {"ssn": who.id_number, "login": {"method": "card", "token": token}}
    elsewhere = signed_post(
        agency, "/api/v1/eligibility", body, kiosk_id=other_id, kiosk_key=other_key
    )
    assert _code(elsewhere) == (401, "login_invalid")
    as_code = {"ssn": who.id_number, "login": {"method": "otp", "token": token}}
    assert _code(signed_post(agency, "/api/v1/eligibility", as_code)) == (401, "login_invalid")
    assert signed_post(agency, "/api/v1/eligibility", body).status_code == 200


def test_a_card_login_opens_every_claimant_request_of_its_holder(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_24_MONTHS)
    login = card_login(agency, who.id_number)
    for path, body in _bodies(who.id_number, login).items():
        if path.endswith("/claims") or path.endswith("/batch"):
            continue  # filing is tested below; a second claim would be refused as active
        assert signed_post(agency, path, body).status_code == 200, path
    claim = {**submission(Scenario.ELIGIBLE_24_MONTHS, proof=False), "login": login}
    filed = signed_post(agency, "/api/v1/claims", claim)
    assert filed.status_code == 201, filed.text


# -- queued claims: the card's offline proof ------------------------------------------------------


def test_a_queued_claim_with_the_cards_offline_proof_is_filed(agency: Agency) -> None:
    body = submission(Scenario.REEMPLOYED_CARRY_OVER)
    assert body["login"]["method"] == "card_offline"
    answer = signed_post(agency, "/api/v1/claims/batch", {"items": [body]})
    (item,) = answer.json()["results"]
    assert item["result"] == "created", item


def test_an_offline_proof_over_another_reference_or_content_is_refused(agency: Agency) -> None:
    body = submission(Scenario.CARRY_OVER_CAPPED)
    other_reference = {**body, "client_reference": str(uuid.uuid4())}
    assert _code(signed_post(agency, "/api/v1/claims", other_reference)) == (
        401,
        "card_proof_invalid",
    )
    other_content = {**body, "payload": {**body["payload"], "mobile": "13800000000"}}
    assert _code(signed_post(agency, "/api/v1/claims", other_content)) == (
        401,
        "card_proof_invalid",
    )
    cloned = with_offline_proof(body, issuer_key=CLONE_KEY)
    assert _code(signed_post(agency, "/api/v1/claims", cloned)) == (401, "card_proof_invalid")
    assert signed_post(agency, "/api/v1/claims", body).status_code == 201


def test_an_offline_proof_by_one_card_files_nothing_for_another_person(agency: Agency) -> None:
    body = submission(Scenario.STOP_REFUSED_JOB, proof=False)
    someone_else = Card.of(person(Scenario.ELIGIBLE_12_MONTHS).id_number)
    body["login"] = offline_card_login(body, card=someone_else)
    assert _code(signed_post(agency, "/api/v1/claims", body)) == (401, "login_invalid")


def test_an_offline_proof_is_refused_where_a_token_is_needed(agency: Agency) -> None:
    body = submission(Scenario.ELIGIBLE_12_MONTHS)
    lookup = {"ssn": body["payload"]["ssn"], "login": body["login"]}
    answer = signed_post(agency, "/api/v1/claimants/lookup", lookup)
    assert _code(answer) == (401, "login_proof_required")


# -- service area (全城通办) ---------------------------------------------------------------------


def test_a_kiosk_serves_its_prefecture_and_says_where_others_are_served(agency: Agency) -> None:
    kiosk_id, key = _other_kiosk(agency, "222405")  # Longjing, Yanbian prefecture (2224)
    yanji = person(Scenario.ELIGIBLE_24_MONTHS)  # 222401: same prefecture
    assert card_token(agency, yanji.id_number, kiosk_id=kiosk_id, kiosk_key=key)
    changchun = person(Scenario.VOLUNTARY_RESIGNATION)  # 220102: another prefecture
    answer = try_card_login(agency, changchun.id_number, kiosk_id=kiosk_id, kiosk_key=key)
    assert _code(answer) == (403, "outside_service_area")
    details = answer.json()["details"]
    assert details["region_code"] == "220102"
    assert details["region_name_zh"].startswith("吉林省长春市")
    # The test kiosk's area is widened in its settings (tests/conftest.py): it may act.
    assert card_token(agency, changchun.id_number)


def test_a_token_is_refused_outside_the_service_area_of_the_kiosk(agency: Agency) -> None:
    """A queued claim or a token cannot carry a claimant past the area check either."""
    kiosk_id, key = _other_kiosk(agency, "222405")
    beijing = person(Scenario.STOP_PENSION)  # 110105
    body = submission(Scenario.STOP_PENSION)
    answer = signed_post(agency, "/api/v1/claims", body, kiosk_id=kiosk_id, kiosk_key=key)
    assert _code(answer) == (403, "outside_service_area")
    assert answer.json()["details"]["region_code"] == beijing.region_code


# -- the issuer key store ----------------------------------------------------------------------


def test_development_uses_the_test_issuer_key_for_every_region() -> None:
    keys = resolve_issuer_keys(None, production=False)
    assert keys is DEVELOPMENT_KEYS
    assert keys.master_key_for("222400") == keys.master_key_for("110100") == TEST_ISSUER_KEY


def test_production_refuses_to_start_without_the_issuer_key_file() -> None:
    with pytest.raises(IssuerKeyError, match="issuer_key_file"):
        resolve_issuer_keys(None, production=True)


def test_the_issuer_key_file_maps_prefectures_and_must_be_private(tmp_path: Path) -> None:
    key_file = tmp_path / "issuer-keys.toml"
    key_file.write_text(
        '"2224" = "00112233445566778899aabbccddeeff"\n"220100" = "' + "ab" * 16 + '"\n'
    )
    key_file.chmod(0o644)
    with pytest.raises(IssuerKeyError, match="chmod 600"):
        resolve_issuer_keys(str(key_file), production=True)
    key_file.chmod(0o600)
    keys = resolve_issuer_keys(str(key_file), production=True)
    assert keys.master_key_for("222400") == bytes.fromhex("00112233445566778899aabbccddeeff")
    assert keys.master_key_for("220100") == b"\xab" * 16
    assert keys.master_key_for("110100") is None  # no test-key fallback from a file
    assert "0011" not in repr(keys)
    json_file = tmp_path / "issuer-keys.json"
    json_file.write_text('{"2224": "not hex"}')
    json_file.chmod(0o600)
    with pytest.raises(IssuerKeyError, match="32 hex"):
        resolve_issuer_keys(str(json_file), production=False)


def test_the_server_in_production_mode_will_not_start_without_the_issuer_keys(
    tmp_path: Path,
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[reference_server]\nmode = "production"\ndata_dir = "{tmp_path / "agency"}"\n'
        f"port = {free_port()}\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server", "run"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "issuer_key_file" in done.stderr and "0600" in done.stderr


def test_the_prefectures_own_key_decides_and_a_prefecture_without_one_is_named(
    agency: Agency,
) -> None:
    """With a key file, each prefecture's cards answer under that prefecture's key only."""
    yanbian_key = bytes.fromhex("00112233445566778899aabbccddeeff")
    config = replace(agency.config, issuer_keys=IssuerKeys(MappingProxyType({"2224": yanbian_key})))
    yanbian, changchun = (
        Card.of(person(Scenario.ELIGIBLE_12_MONTHS).id_number),
        Card.of(person(Scenario.VOLUNTARY_RESIGNATION).id_number),
    )
    challenge = secrets.token_bytes(16)

    def check(card: Card, key: bytes) -> str:
        with transaction(agency.sessions()) as session:
            try:
                card_claimant(
                    session,
                    config,
                    card_id=card.card_id,
                    region=card.region,
                    card_number=card.card_number,
                    challenge=challenge,
                    cryptogram=card.answer(challenge, key),
                )
            except ApiError as refused:
                return refused.code
        return "accepted"

    assert check(yanbian, yanbian_key) == "accepted"
    assert check(yanbian, TEST_ISSUER_KEY) == "card_proof_invalid"
    assert check(changchun, TEST_ISSUER_KEY) == "card_issuer_unknown"


def test_failed_card_logins_are_counted_in_the_security_log_without_the_card(
    agency: Agency,
) -> None:
    """A clone or a replay tried from a kiosk shows in the security log (kiosk id, source address,
    count per hour), where before it reached only the server's own log file; the card's number
    and identification code, and the person's, stay out of it and out of the audit log."""
    who = person(Scenario.ELIGIBLE_24_MONTHS)
    kiosk_id, key = _other_kiosk(agency)
    card = Card.of(who.id_number)
    challenge = new_challenge(agency, kiosk_id=kiosk_id, kiosk_key=key)
    cloned = card_login_body(card, challenge, CLONE_KEY)
    replayed = card_login_body(card, challenge)
    made_up = card_login_body(card, secrets.token_hex(16))
    for body, code in ((cloned, "card_proof_invalid"), (replayed, "challenge_invalid")):
        answer = signed_post(agency, "/api/v1/login/card", body, kiosk_id=kiosk_id, kiosk_key=key)
        assert _code(answer) == (401, code)
    answer = signed_post(agency, "/api/v1/login/card", made_up, kiosk_id=kiosk_id, kiosk_key=key)
    assert _code(answer) == (401, "challenge_invalid")
    with transaction(agency.sessions()) as session:
        events = session.execute(
            select(SecurityEvent).where(SecurityEvent.subject == f"kiosk:{kiosk_id}")
        ).scalars()
        counted = sorted((e.kind, e.source, e.count) for e in events)
        stored = " ".join(
            f"{e.kind} {e.subject} {e.source}"
            for e in session.execute(select(SecurityEvent)).scalars()
        )
        audited = session.execute(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.actor == f"kiosk:{kiosk_id}")
        ).scalar_one()
    assert counted == [
        ("card_challenge_invalid", "127.0.0.1", 2),
        ("card_proof_invalid", "127.0.0.1", 1),
    ]
    for personal in (card.card_number, card.card_id, who.id_number):
        assert personal not in stored
    assert audited == 0
