"""The written decision a refused claimant can appeal (issue 13 §3; docs/rules.md, "Decision
notice").

A refusal is an administrative act: the claimant may apply for administrative review within 60
days of receiving it (行政复议法 2023 art. 20) or sue within 6 months (行政诉讼法 art. 46). When
the notice does not say so, the review limit runs from when the claimant learns of the right, up
to a year (行政复议法 art. 20, para. 3), so every refusal carries the routes, the bodies to apply
to and the limits. The reasons are the rules engine's own, each with the articles it rests on
(server/rules/reasons.py), kept as issued.

Wording lives here, server-side: the kiosk shows and prints what the claim view carries.
"""

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from config.schema import AppealRoute as RouteSetting
from server import rules
from server.clock import local_date
from server.decision_schemas import AppealRoute, DecisionNoticeView, DecisionReason, NoticeText
from server.models import Claim, DecisionNotice
from server.rules.month_math import add_months
from server.settings import ServerConfig

#: 行政复议法 (2023) art. 20: within 60 days of knowing of the act.
REVIEW_DAYS = 60
#: 行政诉讼法 art. 46: within 6 months of knowing of the act.
LAWSUIT_MONTHS = 6
#: Reasons that make a claim refusable; INFO and REVIEW texts explain, they do not refuse.
_REFUSING = frozenset({rules.Effect.REFUSAL, rules.Effect.STOP})

DEFAULT_ROUTE = RouteSetting()

_REVIEW_LAW = NoticeText(
    zh_CN="《中华人民共和国行政复议法》第二十条",
    ko="《중화인민공화국 행정복의법》 제20조",
)
_LAWSUIT_LAW = NoticeText(
    zh_CN="《中华人民共和国行政诉讼法》第四十六条",
    ko="《중화인민공화국 행정소송법》 제46조",
)
_REVIEW_LIMIT = NoticeText(
    zh_CN=f"自收到本决定书之日起{REVIEW_DAYS}日内申请行政复议",
    ko=f"이 결정서를 받은 날부터 {REVIEW_DAYS}일 안에 행정복의를 신청",
)
_LAWSUIT_LIMIT = NoticeText(
    zh_CN=f"自收到本决定书之日起{LAWSUIT_MONTHS}个月内向人民法院提起行政诉讼",
    ko=f"이 결정서를 받은 날부터 {LAWSUIT_MONTHS}개월 안에 인민법원에 행정소송을 제기",
)
# A refusal staff make on a finding of their own (the rules found nothing refusing, e.g. an
# earlier grant's period overlaps): the staff note is the reason when given, else a general one,
# resting on the qualifying conditions.
STAFF_FINDING = "staff_finding"
_STAFF_FINDING_TEXT = NoticeText(
    zh_CN="经审核，您的申请不符合领取失业保险金的条件。具体情况请到经办窗口了解，或拨打12333咨询。",
    ko="심사 결과 귀하의 신청은 실업보험금을 받을 수 있는 조건에 부합하지 않습니다. 자세한 "
    "내용은 업무창구에서 료해하시거나 12333에 전화하여 문의하십시오.",
)
_STAFF_FINDING_RULE = NoticeText(
    zh_CN="失业保险条例第十四条；社会保险法第四十五条",
    ko="《실업보험조례》 제14조, 《사회보험법》 제45조",
)


def route_for(config: ServerConfig, region_code: str) -> RouteSetting:
    """The configured route of the longest region-code prefix that matches, else "*", else the
    law's default wording."""
    matches = [p for p in config.appeal_routes if p != "*" and region_code.startswith(p)]
    if matches:
        return config.appeal_routes[max(matches, key=len)]
    return config.appeal_routes.get("*", DEFAULT_ROUTE)


def decision_due_by(config: ServerConfig, claim: Claim) -> date:
    """The last day the agency has to decide, counted from receipt (失业保险金申领发放办法
    art. 8: 10 days; `decision_days`)."""
    return local_date(claim.received_at) + timedelta(days=config.decision_days)


def _reasons(explanations: Iterable[rules.Explanation], note: str) -> list[dict[str, str]]:
    kept = [
        {
            "code": e.code.value,
            "zh": e.zh,
            "ko": e.ko,
            "source_zh": e.source_zh,
            "source_ko": e.source_ko,
        }
        for e in explanations
        if e.effect in _REFUSING
    ]
    if kept:
        return kept
    zh = note.strip() or _STAFF_FINDING_TEXT.zh_CN
    ko = note.strip() or _STAFF_FINDING_TEXT.ko
    return [
        {
            "code": STAFF_FINDING,
            "zh": zh,
            "ko": ko,
            "source_zh": _STAFF_FINDING_RULE.zh_CN,
            "source_ko": _STAFF_FINDING_RULE.ko,
        }
    ]


def issue(
    session: Session,
    config: ServerConfig,
    claim: Claim,
    explanations: Iterable[rules.Explanation],
    decided_on: date,
    note: str = "",
) -> DecisionNotice:
    """Writes the refusal's notice in the deciding transaction, with the rules' refusing reasons
    (or the staff's own finding when the rules have none)."""
    route = route_for(config, claim.claimant.region_code)
    notice = DecisionNotice(
        claim_id=claim.id,
        number=f"{decided_on.year}-{claim.id:06d}",
        outcome="refused",
        decided_on=decided_on,
        reasons=_reasons(explanations, note),
        agency_zh=route.agency_zh,
        agency_ko=route.agency_ko,
        review_body_zh=route.review_body_zh,
        review_body_ko=route.review_body_ko,
        court_zh=route.court_zh,
        court_ko=route.court_ko,
        review_days=REVIEW_DAYS,
        lawsuit_months=LAWSUIT_MONTHS,
        review_by=decided_on + timedelta(days=REVIEW_DAYS),
        sue_by=add_months(decided_on, LAWSUIT_MONTHS),
    )
    session.add(notice)
    session.flush()
    return notice


def notice_of(claim: Claim) -> DecisionNotice | None:
    """The claim's notice, if it was refused; read in the claim's own session."""
    if claim.state != "refused":
        return None
    session = object_session(claim)
    if session is None:
        return None
    return session.execute(
        select(DecisionNotice).where(DecisionNotice.claim_id == claim.id)
    ).scalar_one_or_none()


def notice_view(config: ServerConfig, claim: Claim, notice: DecisionNotice) -> DecisionNoticeView:
    due = decision_due_by(config, claim)
    return DecisionNoticeView(
        number=notice.number,
        outcome="refused",
        decided_on=notice.decided_on,
        due_by=due,
        decided_in_time=notice.decided_on <= due,
        agency=NoticeText(zh_CN=notice.agency_zh, ko=notice.agency_ko),
        reasons=[
            DecisionReason(
                code=r["code"],
                text=NoticeText(zh_CN=r["zh"], ko=r["ko"]),
                rule=NoticeText(zh_CN=r["source_zh"], ko=r["source_ko"]),
            )
            for r in notice.reasons
        ],
        appeals=[
            AppealRoute(
                kind="administrative_review",
                body=NoticeText(zh_CN=notice.review_body_zh, ko=notice.review_body_ko),
                time_limit=_REVIEW_LIMIT,
                law=_REVIEW_LAW,
                last_day=notice.review_by,
            ),
            AppealRoute(
                kind="lawsuit",
                body=NoticeText(zh_CN=notice.court_zh, ko=notice.court_ko),
                time_limit=_LAWSUIT_LIMIT,
                law=_LAWSUIT_LAW,
                last_day=notice.sue_by,
            ),
        ],
    )


def claim_notice(config: ServerConfig, claim: Claim) -> DecisionNoticeView | None:
    """For the claim view: the notice of a refused claim, None otherwise."""
    notice = notice_of(claim)
    return None if notice is None else notice_view(config, claim, notice)
