"""Each error code the kiosk acts on is written once, in contract/errors.py: the agency emits it
from there and the kiosk compares with it from there, so renaming one is a broken import, not a
refused login that the kiosk mistakes for a broken enrolment."""

import re
from pathlib import Path

from contract.errors import ErrorCode

ROOT = Path(__file__).resolve().parents[2]
# A security-log kind (stored in the agency's database) named after the refusal it counts.
NOT_AN_ANSWER_CODE = {("server/security_log.py", "card_proof_invalid")}


def _sources(*packages: str) -> dict[str, str]:
    return {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for package in packages
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts
    }


def test_no_side_spells_a_contract_code_out() -> None:
    copies = [
        (path, code.value)
        for path, text in _sources("server", "kiosk", "screens", "offline_queue").items()
        for code in ErrorCode
        if re.search(rf"[\"']{code.value}[\"']", text)
        and (path, code.value) not in NOT_AN_ANSWER_CODE
    ]
    assert copies == []


def test_every_code_is_in_use() -> None:
    server = "\n".join(_sources("server", "contract").values())
    kiosk = "\n".join(_sources("kiosk", "screens", "offline_queue").values())
    for code in ErrorCode:
        used = f"ErrorCode.{code.name}"
        assert used in server or used in kiosk, code
