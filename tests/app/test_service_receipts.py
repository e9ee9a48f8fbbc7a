"""The printed receipts for a reported change and a withdrawal (kiosk/adapters/
service_receipt_text.py): official Chinese lines always, the rest in the session's language,
the claimant only masked, Yanbian Korean throughout, on both paper widths."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from contract.masking import mask_id_number, mask_name
from devices.printer.receipt import PAPERS, TextLine, layout
from kiosk.adapters.service_receipt_text import service_receipt_model
from kiosk.domain.changes import ChangeEffect, ChangeKind
from kiosk.domain.claims import ClaimKind
from kiosk.domain.language import Language
from kiosk.domain.money import Money
from kiosk.flow.change_effects import ServiceReceipt, ServiceReceiptKind
from tests.flow.flow_kit import CLAIMANT_NAME, YOUNG_ID
from tests.screens.test_korean_glossary import offences


def receipts(language: Language) -> list[ServiceReceipt]:
    who = {
        "masked_name": mask_name(CLAIMANT_NAME),
        "masked_id_number": mask_id_number(YOUNG_ID.value),
        "language": language,
    }
    changes = [
        ServiceReceipt(
            what=ServiceReceiptKind.CHANGE_REPORTED,
            reference="8c0d6a52-3f0b-4c55-9d0e-1f6b2a7c9e11",
            change_kind=kind,
            effective_date=date(2026, 9, 15),
            effect=effect,
            stops_from=date(2026, 9, 1),
            overpaid=Money(342_000),
            overpaid_months=2,
            claim_reference="YJ-2026-0302-1187",
            **who,  # type: ignore[arg-type]
        )
        for kind in ChangeKind
        for effect in ChangeEffect
    ]
    withdrawn = ServiceReceipt(
        what=ServiceReceiptKind.WITHDRAWN,
        reference="YJ-2026-1120-4411",
        effective_date=date(2026, 11, 26),
        claim_reference="YJ-2026-1120-4411",
        claim_kind=ClaimKind.CLAIM,
        verification_code="W4K8P2",
        qr_text="https://si.example.cn/status/YJ-2026-1120-4411?v=W4K8P2",
        **who,  # type: ignore[arg-type]
    )
    return [*changes, withdrawn]


def printed(receipt: ServiceReceipt, paper: str = "58") -> str:
    model = service_receipt_model(receipt, "kiosk-test-001", datetime(2026, 11, 26, 9, 30))
    lines = [e.text for e in layout(model, PAPERS[paper]) if isinstance(e, TextLine)]
    return "".join("".join(lines).split())


@pytest.mark.parametrize("language", [Language.ZH_CN, Language.KO])
@pytest.mark.parametrize("paper", ["58", "80"])
def test_every_receipt_is_masked_and_keeps_the_official_chinese(
    language: Language, paper: str
) -> None:
    for receipt in receipts(language):
        text = printed(receipt, paper)
        assert YOUNG_ID.value not in text and CLAIMANT_NAME not in text
        assert mask_id_number(YOUNG_ID.value) in text
        assert "受理机构：社保经办机构" in text
        assert receipt.reference in text
        title = (
            "撤回申请回执" if receipt.what is ServiceReceiptKind.WITHDRAWN else "情况变化报告回执"
        )
        assert title in text


def test_a_stop_with_money_to_pay_back_says_both() -> None:
    stop = next(
        r
        for r in receipts(Language.ZH_CN)
        if r.effect is ChangeEffect.STOPPED and r.change_kind is ChangeKind.REEMPLOYMENT
    )
    text = printed(stop)
    assert "自2026年9月起停发失业保险金" in text
    assert "应退还金额：3,420.00元（2个月）" in text


def test_korean_receipts_are_korean_and_use_no_avoided_term() -> None:
    for receipt in receipts(Language.KO):
        text = printed(receipt)
        assert "접수증" in text
        assert not offences(receipt.what.value, text)
