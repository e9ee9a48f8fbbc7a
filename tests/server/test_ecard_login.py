"""Login with the electronic social security card (issue 13 §6): the QR code the national app
shows is a short-lived, single-use, signed code; the agency gives a login token for it once.

Tried as an attacker would: a code photographed over a shoulder and replayed (later, or at the
same moment from a second kiosk), an old screenshot, a code made up or with one character
misread, and a code made with another key. Each is refused with its own error code and counted
in the security log; none leaves a token behind.
"""

import secrets
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from contract.ecard import ECARD_PREFIX, looks_like_ecard_code
from server.db import transaction
from server.ecard.reference import CODE_TTL_S, ReferenceEcardPlatform
from server.kiosks_registry import register_kiosk
from server.models import AuditEntry, EcardCodeUsed, LoginToken, SecurityEvent
from server.synthetic import DEMO_PERMANENT_RESIDENT_2017, Scenario
from tests.card_logins import signed_post
from tests.conftest import Agency
from tests.server.factories import person

LOGIN = "/api/v1/login/ecard"


def mint(agency: Agency, ssn: str, age_s: int = 0) -> str:
    """What the demo's control panel does: a code from the reference platform (dev mode)."""
    answer = requests.post(
        f"{agency.url}/api/dev/ecard-code", json={"ssn": ssn, "age_s": age_s}, timeout=10
    )
    assert answer.status_code == 201, answer.text
    code: str = answer.json()["code"]
    return code


def _code(answer: Any) -> tuple[int, str]:
    return answer.status_code, answer.json().get("code", "")


def _security_count(agency: Agency, kind: str) -> int:
    with transaction(agency.sessions()) as session:
        total = session.execute(
            select(func.coalesce(func.sum(SecurityEvent.count), 0)).where(
                SecurityEvent.kind == kind
            )
        ).scalar_one()
    return int(total)


def test_a_2017_permanent_residence_card_holder_logs_in_by_e_card(agency: Agency) -> None:
    """The 2017 card's 15-character number (KOR…) is an ID number the platform issues e-cards
    for like any other; the code carries it and the login opens that claimant's record."""
    number = DEMO_PERMANENT_RESIDENT_2017
    granted = signed_post(agency, LOGIN, {"code": mint(agency, number)})
    assert granted.status_code == 200, granted.text
    assert granted.json()["ssn"] == number
    login = {"method": "ecard", "token": granted.json()["login_token"]}
    found = signed_post(agency, "/api/v1/claimants/lookup", {"ssn": number, "login": login})
    assert found.status_code == 200, found.text


def test_a_fresh_code_logs_in_and_its_token_opens_the_record(any_agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    code = mint(any_agency, who.id_number)
    assert looks_like_ecard_code(code) and who.id_number not in code
    granted = signed_post(any_agency, LOGIN, {"code": code})
    assert granted.status_code == 200, granted.text
    body = granted.json()
    assert body["ssn"] == who.id_number
    login = {"method": "ecard", "token": body["login_token"]}
    found = signed_post(
        any_agency, "/api/v1/claimants/lookup", {"ssn": who.id_number, "login": login}
    )
    assert found.status_code == 200, found.text
    assert found.json()["ssn"] == who.id_number
    eligibility = signed_post(
        any_agency, "/api/v1/eligibility", {"ssn": who.id_number, "login": login}
    )
    assert eligibility.status_code == 200, eligibility.text
    # The token is an e-card login's: it does not pass for another method.
    as_otp = {"method": "otp", "token": body["login_token"]}
    wrong = signed_post(
        any_agency, "/api/v1/claimants/lookup", {"ssn": who.id_number, "login": as_otp}
    )
    assert _code(wrong) == (401, "login_invalid")
    with transaction(any_agency.sessions()) as session:
        methods = session.execute(select(LoginToken.method)).scalars().all()
        actions = session.execute(select(AuditEntry.action)).scalars().all()
    assert "ecard" in methods
    assert "ecard.login" in actions


def test_a_replayed_code_is_refused_and_counted(any_agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    code = mint(any_agency, who.id_number)
    assert signed_post(any_agency, LOGIN, {"code": code}).status_code == 200
    before = _security_count(any_agency, "ecard_replayed")
    again = signed_post(any_agency, LOGIN, {"code": code})
    assert _code(again) == (401, "ecard_code_replayed")
    assert "login_token" not in again.json()
    assert _security_count(any_agency, "ecard_replayed") == before + 1


def test_an_expired_code_is_refused(any_agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    old = mint(any_agency, who.id_number, age_s=CODE_TTL_S + 5)
    before = _security_count(any_agency, "ecard_expired")
    assert _code(signed_post(any_agency, LOGIN, {"code": old})) == (401, "ecard_code_expired")
    assert _security_count(any_agency, "ecard_expired") == before + 1
    # Just inside its lifetime, it still works.
    nearly = mint(any_agency, who.id_number, age_s=CODE_TTL_S - 20)
    assert signed_post(any_agency, LOGIN, {"code": nearly}).status_code == 200


def test_forged_and_damaged_codes_are_refused(any_agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_24_MONTHS)
    other_key = ReferenceEcardPlatform(secrets.token_bytes(32)).mint(who.id_number)
    genuine = mint(any_agency, who.id_number)
    flipped = genuine[:-5] + ("A" if genuine[-5] != "A" else "B") + genuine[-4:]
    before = _security_count(any_agency, "ecard_forged")
    for code in (
        other_key,  # the right shape, another platform key
        flipped,  # one character misread
        ECARD_PREFIX + "A" * 94,  # made up
        "https://example.org/receipt/R-2026-0001",  # another barcode entirely
    ):
        answer = signed_post(any_agency, LOGIN, {"code": code})
        assert _code(answer) == (401, "ecard_code_invalid"), code
    assert _security_count(any_agency, "ecard_forged") == before + 4
    # The damaged scan did not spend the genuine code.
    assert signed_post(any_agency, LOGIN, {"code": genuine}).status_code == 200


def test_parallel_replays_of_one_code_log_in_exactly_once(any_agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    code = mint(any_agency, who.id_number)
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: signed_post(any_agency, LOGIN, {"code": code}), range(8)))
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] + [401] * 7, [a.text for a in answers]
    assert {a.json()["code"] for a in answers if a.status_code == 401} == {"ecard_code_replayed"}
    with transaction(any_agency.sessions()) as session:
        tokens = session.execute(
            select(func.count()).select_from(LoginToken).where(LoginToken.method == "ecard")
        ).scalar_one()
        used = session.execute(select(func.count()).select_from(EcardCodeUsed)).scalar_one()
    assert used >= 1 and tokens >= 1


def test_a_code_for_someone_not_insured_is_spent_and_names_nobody(agency: Agency) -> None:
    code = mint(agency, "110101199003070011")  # a valid number nobody in the records holds
    assert _code(signed_post(agency, LOGIN, {"code": code})) == (404, "claimant_unknown")
    assert _code(signed_post(agency, LOGIN, {"code": code})) == (401, "ecard_code_replayed")


def test_a_kiosk_outside_the_claimants_area_is_told_where_to_go(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    kiosk_id, key = f"kiosk-{secrets.token_hex(4)}", secrets.token_bytes(32)
    region = "650102" if not who.region_code.startswith("6501") else "222405"
    with transaction(agency.sessions()) as session:
        register_kiosk(session, kiosk_id, key, region)
    answer = signed_post(
        agency, LOGIN, {"code": mint(agency, who.id_number)}, kiosk_id=kiosk_id, kiosk_key=key
    )
    assert _code(answer) == (403, "outside_service_area")
    assert answer.json()["details"]["region_code"] == who.region_code


def test_the_endpoint_needs_a_kiosk_signature(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    unsigned = requests.post(
        agency.url + LOGIN, json={"code": mint(agency, who.id_number)}, timeout=10
    )
    assert unsigned.status_code == 401
    assert unsigned.json()["code"] == "signature_missing"


def test_the_cli_mints_a_code_only_outside_production(agency: Agency, tmp_path: Path) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\n')
    kiosk = [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server"]
    made = subprocess.run(
        [*kiosk, "ecard-code", "--ssn", who.id_number],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    code = made.stdout.strip()
    assert looks_like_ecard_code(code)
    assert signed_post(agency, LOGIN, {"code": code}).json()["ssn"] == who.id_number
    config.write_text(
        f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\nmode = "production"\n'
    )
    refused = subprocess.run(
        [*kiosk, "ecard-code", "--ssn", who.id_number],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert refused.returncode == 2 and refused.stdout == ""
    assert "production" in refused.stderr


@pytest.mark.parametrize("text", ["", " " * 3, "ECSSC1.", "ECSSC1." + "!" * 60])
def test_the_kiosk_tells_a_stray_barcode_from_an_ecard_code(text: str) -> None:
    assert not looks_like_ecard_code(text)
