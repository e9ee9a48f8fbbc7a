"""The tour's written-decision and registration-proof journeys (kiosk/tour.py calls `walk` from
`_walk_decisions`): a refusal summed up on the status screen, the decision whole, printing it
into an empty printer; the registration proof before and after printing, none on file, and no
network."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, StatusSource, TimelineEntry
from kiosk.domain.decisions import (
    AppealKind,
    AppealRoute,
    DecisionNotice,
    DecisionReason,
    ProofProblem,
    RegistrationProof,
)
from kiosk.domain.faults import PrinterFault
from kiosk.domain.language import LocalizedText
from kiosk.flow import events as ev
from kiosk.flow import proof_events as pe
from kiosk.flow.states import Service

if TYPE_CHECKING:
    from kiosk.tour import Visit

REFERENCE = "YJ-2026-1126-5802"


def decision() -> DecisionNotice:
    """Worded as the reference server words a voluntary resignation's refusal."""
    return DecisionNotice(
        number="2026-000318",
        decided_on=date(2026, 12, 3),
        due_by=date(2026, 12, 6),
        decided_in_time=True,
        agency=LocalizedText("社会保险经办机构", "사회보험 담당기관", "Social insurance agency"),
        reasons=(
            DecisionReason(
                "separation_voluntary_resignation",
                LocalizedText(
                    "单位报送的离职原因是本人自愿辞职，不属于非因本人意愿中断就业，"
                    "不能领取失业保险金。",
                    "단위에서 보고한 리직 원인은 본인이 자원하여 사직한 것이므로 본인의 의사와 "
                    "관계없이 취업이 중단된 경우에 속하지 않아 실업보험금을 받을 수 없습니다.",
                ),
                LocalizedText(
                    "失业保险条例第十四条第二项；社会保险法第四十五条",
                    "《실업보험조례》 제14조 제2항, 《사회보험법》 제45조",
                ),
            ),
        ),
        appeals=(
            AppealRoute(
                AppealKind.ADMINISTRATIVE_REVIEW,
                LocalizedText(
                    "作出本决定的社会保险经办机构所属的县级以上地方人民政府",
                    "이 결정을 내린 사회보험 담당기관이 속한 현급 이상 지방인민정부",
                ),
                LocalizedText(
                    "自收到本决定书之日起60日内申请行政复议",
                    "이 결정서를 받은 날부터 60일 안에 행정복의를 신청",
                ),
                LocalizedText(
                    "《中华人民共和国行政复议法》第二十条", "《중화인민공화국 행정복의법》 제20조"
                ),
                date(2027, 2, 1),
            ),
            AppealRoute(
                AppealKind.LAWSUIT,
                LocalizedText(
                    "作出本决定的社会保险经办机构所在地的基层人民法院",
                    "이 결정을 내린 사회보험 담당기관 소재지의 기층인민법원",
                ),
                LocalizedText(
                    "自收到本决定书之日起6个月内向人民法院提起行政诉讼",
                    "이 결정서를 받은 날부터 6개월 안에 인민법원에 행정소송을 제기",
                ),
                LocalizedText(
                    "《中华人民共和国行政诉讼法》第四十六条", "《중화인민공화국 행정소송법》 제46조"
                ),
                date(2027, 6, 3),
            ),
        ),
    )


def refused_claim() -> ClaimRecord:
    return ClaimRecord(
        REFERENCE,
        ClaimKind.CLAIM,
        ClaimSituation.NOT_APPROVED,
        StatusSource.AGENCY,
        timeline=(
            TimelineEntry(date(2026, 11, 26), ClaimSituation.RECEIVED),
            TimelineEntry(date(2026, 11, 27), ClaimSituation.UNDER_REVIEW),
            TimelineEntry(date(2026, 12, 3), ClaimSituation.NOT_APPROVED),
        ),
        decision=decision(),
    )


def proof() -> RegistrationProof:
    return RegistrationProof(
        claim_reference=REFERENCE,
        registration_date=date(2026, 11, 26),
        masked_name="金*哲",
        masked_id_number="2224**********0012",
        agency=LocalizedText("社会保险经办机构", "사회보험 담당기관"),
        issued_on=date(2026, 11, 26),
        verify_url="https://si.example.cn/verify/registration/K7Q2M9ABCDEFGHJKLMNP",
    )


def walk(visit_for: Callable[[], Visit]) -> None:
    v = visit_for()
    v.card_login()
    v.send(ev.ChooseStatus())
    v.answer(ev.StatusLoaded, claims=(refused_claim(),), source=StatusSource.AGENCY)
    v.shot("status-decision", "Status: not approved, the written decision in short")
    v.send(pe.ShowDecision(REFERENCE))
    v.shot("decision-notice", "Written decision: reasons with articles, how to appeal, by when")
    v.send(pe.PrintDecision())
    v.shot("decision-printing", "Written decision: printing")
    v.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    v.shot("decision-paper-out", "Written decision: printer out of paper, ask the staff")

    v = visit_for()
    v.card_login()
    v.send(ev.ChooseMoreServices())
    v.send(ev.ChooseService(Service.REGISTRATION_PROOF))
    v.shot("proof-loading", "Registration proof: asking the agency")
    v.answer(pe.RegistrationProofLoaded, proof=proof())
    v.shot("proof-ready", "Registration proof: what will be printed, with the QR code")
    v.send(pe.PrintRegistrationProof())
    v.answer(ev.PrintFinished)
    v.shot("proof-printed", "Registration proof: printed")
    v.send(ev.GoBack())
    v.send(ev.ChooseService(Service.REGISTRATION_PROOF))
    v.answer(pe.RegistrationProofUnavailable, problem=ProofProblem.NO_REGISTRATION)
    v.shot("proof-none", "Registration proof: no registration on file")
    v.send(ev.GoBack())
    v.send(ev.ChooseService(Service.REGISTRATION_PROOF))
    v.answer(pe.RegistrationProofUnavailable, problem=ProofProblem.UNREACHABLE)
    v.shot("proof-offline", "Registration proof: needs the network")
