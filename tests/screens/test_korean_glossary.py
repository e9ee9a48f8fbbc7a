"""Korean on the kiosk is Yanbian Korean: no term the glossary says to avoid appears anywhere a
claimant reads Korean (catalogues, receipts of every kind, the printed guide, money).

The terms come from the "Avoid" column of docs/korean-glossary.md, so adding a row there is
enough to have it enforced.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from contract.masking import mask_id_number, mask_name
from devices.printer.receipt import PAPERS, TextLine, layout
from kiosk.adapters import receipt_text
from kiosk.adapters.printer import receipt_model
from kiosk.domain import guide
from kiosk.domain.claims import ClaimKind, Delivery
from kiosk.domain.language import Language, LocalizedText
from kiosk.flow.effects import GuideDocument, ReceiptContent
from kiosk.i18n import PACKAGE_DIR
from kiosk.i18n.formatting import format_money
from kiosk.tour import _claimant

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "korean-glossary.md"
HANGUL = re.compile("[가-힣]")


def avoid_terms(path: Path = GLOSSARY) -> dict[str, str]:
    """Each avoid term mapped to the preferred Korean it should have been."""
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    preferred_at, avoid_at = header.index("Preferred Korean"), header.index("Avoid")
    terms: dict[str, str] = {}
    for row in rows[2:]:  # after the header and its --- line
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        for term in cells[avoid_at].split(", "):
            if term.strip():
                terms[term.strip()] = cells[preferred_at]
    return terms


TERMS = avoid_terms()


def offences(where: str, text: str) -> list[str]:
    return [
        f"{where}: {term!r} (glossary: {preferred}) in {text!r}"
        for term, preferred in TERMS.items()
        if term in text
    ]


def test_the_glossary_table_is_read() -> None:
    """A table that no longer parses would make every other test here pass vacuously."""
    for term in (
        "위안",
        "휴대폰",
        "퇴직 사유",
        "10일 안에",
        "되었",
        "노동",
        "이유",
        "연결",
        "QR코드",
    ):
        assert term in TERMS, term
    assert "원" in TERMS["위안"] and "사업일" in TERMS["10일 안에"]


def korean_catalogue_entries() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE_DIR.glob("*_ko.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                for translation in message.iter("translation"):
                    texts = [translation.text or ""]
                    texts += [form.text or "" for form in translation.iter("numerusform")]
                    for text in texts:
                        yield f"{path.name} {name} {source!r}", text


def test_korean_catalogues_use_no_avoided_term() -> None:
    entries = list(korean_catalogue_entries())
    assert len(entries) > 100
    problems = [problem for where, text in entries for problem in offences(where, text)]
    assert not problems, "\n".join(problems)


def korean_receipts() -> Iterator[tuple[str, list[str]]]:
    """The Korean receipt of every kind and delivery for the tour's claimant, on both papers."""
    claimant = _claimant()
    course = LocalizedText(zh_cn="中式烹调师（初级）", ko="중식 조리사（초급）")
    for kind in ClaimKind:
        for delivery in Delivery:
            online = delivery is Delivery.RECEIVED_ONLINE
            content = ReceiptContent(
                kind=kind,
                reference="3f0c2b8e-1d6a-4c55-9b0e-7d2f4a9c1e11",
                delivery=delivery,
                masked_name=mask_name(claimant.name),
                masked_id_number=mask_id_number(claimant.ssn.value),
                language=Language.KO,
                verification_code="ABCDEFGH" if online else None,
                qr_text="https://agency.example/s/ABCDEFGH" if online else None,
                course_name=course if kind is ClaimKind.TRAINING_SUBSIDY else None,
            )
            model = receipt_model(content, "YJ-KIOSK-07", datetime(2026, 11, 26, 10, 42))
            for paper in PAPERS.values():
                lines = [e.text for e in layout(model, paper) if isinstance(e, TextLine)]
                yield f"receipt {kind.value}/{delivery.value} on {paper.name}", lines


def test_korean_receipts_use_no_avoided_term() -> None:
    problems = [
        problem
        for where, lines in korean_receipts()
        for problem in offences(where, " ".join(line.strip() for line in lines))
    ]
    assert not problems, "\n".join(problems)


def test_korean_receipts_are_korean_with_the_official_chinese_lines() -> None:
    for where, lines in korean_receipts():
        text = "".join(line.strip() for line in lines)
        hangul = [line for line in lines if HANGUL.search(line)]
        assert len(hangul) >= 8, where  # the whole receipt, not two lines
        assert "失业保险金申领回执" in text or "职业培训补贴申领回执" in text, where
        assert receipt_text.LEGAL_NOTE[:6] in text and "受理机构" in text, where
        assert "업무번호(业务编号)" in text, where


def test_the_korean_guide_sheet_and_guide_content_use_no_avoided_term() -> None:
    sheet = receipt_text.guide_sheet(GuideDocument.CLAIM_GUIDE, Language.KO)
    problems = [p for line in (*sheet.titles, *sheet.lines) for p in offences("guide sheet", line)]
    content: list[LocalizedText] = [
        guide.TITLE,
        guide.STEPS_HEADING,
        *guide.STEPS,
        guide.MATERIALS.name,
        guide.MATERIALS.text,
        guide.TIME_LIMITS.name,
        guide.TIME_LIMITS.text,
        guide.HELP,
        *(node.text for node in guide.FLOWCHART),
        guide.YES,
        guide.NO,
    ]
    problems += [p for text in content for p in offences("kiosk/domain/guide.py", text.ko)]
    assert not problems, "\n".join(problems)


def test_the_printed_guide_is_the_screen_guide_with_12333_and_working_days() -> None:
    for language in (Language.ZH_CN, Language.KO):
        sheet = receipt_text.guide_sheet(GuideDocument.CLAIM_GUIDE, language)
        printed = "\n".join((*sheet.titles, *sheet.lines))
        for step in guide.STEPS:
            assert step.in_language(language) in printed
        assert guide.TIME_LIMITS.text.in_language(language) in printed
        assert "12333" in printed
    korean = "\n".join(receipt_text.guide_sheet(GuideDocument.CLAIM_GUIDE, Language.KO).lines)
    assert "10개 사업일" in korean and "손전화" in korean
    chinese_title = receipt_text.guide_sheet(GuideDocument.CLAIM_GUIDE, Language.KO).titles[0]
    assert chinese_title == guide.TITLE.zh_cn


def korean_literals() -> Iterator[tuple[str, str]]:
    """Every string in the code with Hangul in it: the agency's reason texts, the public status
    page, seed data, anything a claimant may read that no catalogue holds."""
    for package in ("kiosk", "screens", "server", "devices"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                    continue
                if HANGUL.search(node.value):
                    yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def test_korean_strings_in_the_code_use_no_avoided_term() -> None:
    found = list(korean_literals())
    assert any(where.startswith("server/rules/reasons.py") for where, _ in found)
    problems = [problem for where, text in found for problem in offences(where, text)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("amount", [Decimal("1850"), Decimal("0.5"), 2_000_000])
def test_korean_money_is_written_in_won(amount: Decimal | int) -> None:
    text = format_money(amount, "ko")
    assert text.endswith("원") and not offences("money", text)
