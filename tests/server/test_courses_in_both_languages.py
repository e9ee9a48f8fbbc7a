"""Training courses come from the agency in Chinese and Korean, names and providers both, and a
Korean screen shows them in Korean; the fields older kiosks read keep their meaning."""

from __future__ import annotations

import re
from datetime import date

from kiosk.adapters import agency_mapping
from kiosk.api import AgencyClient, models
from kiosk.domain.language import Language, LocalizedText
from kiosk.domain.money import Money
from kiosk.domain.training import Course
from kiosk.flow.claim_views import courses_view
from kiosk.flow.states import ChoosingCourse
from server.synthetic import Scenario
from tests.card_logins import card_token_login, signed_post
from tests.conftest import Agency
from tests.server.factories import person

HANGUL = re.compile("[가-힣]")
HAN = re.compile("[\u4e00-\u9fff]")


def test_courses_answer_names_and_providers_in_chinese_and_korean(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)  # Longjing, 222405
    courses = kiosk_client.courses(who.id_number, card_token_login(agency, who.id_number))
    assert courses
    for course in courses:
        assert HAN.search(course.name.zh_CN) and HANGUL.search(course.name.ko)
        assert HAN.search(course.provider) and HANGUL.search(course.provider_ko)
    first = {c.course_id: c for c in courses}["TC-2224-01"]
    assert (first.provider, first.provider_ko) == ("延边职业技术学院", "연변직업기술학원")


def test_the_wire_keeps_the_fields_older_kiosks_read(agency: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    login = card_token_login(agency, who.id_number)
    answer = signed_post(agency, "/api/v1/courses", {"ssn": who.id_number, "login": login.wire()})
    assert answer.status_code == 200
    course = answer.json()["courses"][0]
    assert isinstance(course["provider"], str) and HAN.search(course["provider"])
    assert set(course["name"]) == {"zh_CN", "ko"}
    assert HANGUL.search(course["provider_ko"])


def test_korean_course_list_shows_korean_names_and_providers(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    answers = kiosk_client.courses(who.id_number, card_token_login(agency, who.id_number))
    screen = ChoosingCourse(tuple(agency_mapping.course(answer) for answer in answers))
    korean = courses_view(screen, Language.KO).courses
    chinese = courses_view(screen, Language.ZH_CN).courses
    assert [c.name for c in korean] == [a.name.ko for a in answers]
    assert all(HANGUL.search(c.provider) for c in korean)
    assert [c.name for c in chinese] == [a.name.zh_CN for a in answers]
    assert all(not HANGUL.search(c.name + c.provider) for c in chinese)


def test_an_answer_without_korean_provider_falls_back_to_chinese() -> None:
    """A server from before provider_ko: the Korean screen shows the Chinese provider, not nothing."""
    answer = models.Course.model_validate(
        {
            "course_id": "TC-1",
            "name": {"zh_CN": "中式烹调师", "ko": "중식 조리사"},
            "provider": "延吉市职业培训学校",
            "starts_on": "2026-12-07",
            "ends_on": "2027-02-26",
            "subsidy_fen": 150000,
        }
    )
    assert agency_mapping.course(answer) == Course(
        course_id="TC-1",
        name=LocalizedText(zh_cn="中式烹调师", ko="중식 조리사"),
        provider=LocalizedText(zh_cn="延吉市职业培训学校", ko="延吉市职业培训学校"),
        starts_on=date(2026, 12, 7),
        ends_on=date(2027, 2, 26),
        subsidy=Money(150000),
    )
