"""AgencyPort.ecard_login: the same checks against AgencyAdapter talking to the seeded reference
server on loopback and against the FakeAgency the flow tests use."""

from __future__ import annotations

from typing import Any, Protocol

import pytest
import requests

from kiosk.adapters.agency import AgencyAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claimant import Claimant, EcardLogin
from kiosk.domain.ecard import EcardFault, EcardGranted, EcardRefused
from kiosk.domain.faults import ServiceFault
from kiosk.domain.identity import IdNumber
from kiosk.flow.ports import AgencyPort
from tests.conftest import Agency
from tests.doubles import FakeAgency
from tests.flow.flow_kit import YOUNG_ID, claimant_for

NOT_AN_ECARD = "ECSSC1." + "A" * 94  # the shape, but no platform sealed it


class EcardRig(Protocol):
    port: AgencyPort
    ssn: IdNumber

    def fresh_code(self) -> str: ...


class ServerRig:
    def __init__(self, client: AgencyClient, agency: Agency, person: dict[str, Any]) -> None:
        self.port: AgencyPort = AgencyAdapter(client)
        self.ssn = IdNumber(person["ssn"])
        self._url = f"{agency.url}/api/dev/ecard-code"

    def fresh_code(self) -> str:
        answer = requests.post(self._url, json={"ssn": self.ssn.value}, timeout=10)
        assert answer.status_code == 201, answer.text
        return str(answer.json()["code"])


class FakeRig:
    def __init__(self, reachable: bool) -> None:
        self.fake = FakeAgency(reachable=reachable, claimant=claimant_for())
        self.port: AgencyPort = self.fake
        self.ssn = YOUNG_ID
        self._made = 0

    def fresh_code(self) -> str:
        self._made += 1
        code = f"ECSSC1.{self._made:04d}" + "Zm9v" * 24
        self.fake.ecard_codes[code] = self.ssn
        return code


@pytest.fixture(params=["server", "fake"])
def side(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def rig(side: str, kiosk_client: AgencyClient, agency: Agency, cast: Any) -> EcardRig:
    if side == "fake":
        return FakeRig(reachable=True)
    return ServerRig(kiosk_client, agency, cast["eligible_24_months"])


@pytest.fixture
def unreachable(side: str, offline_client: AgencyClient, agency: Agency, cast: Any) -> EcardRig:
    if side == "fake":
        return FakeRig(reachable=False)
    return ServerRig(offline_client, agency, cast["eligible_24_months"])


def test_a_fresh_code_names_its_holder_and_its_token_opens_the_record(rig: EcardRig) -> None:
    verdict = rig.port.ecard_login(rig.fresh_code())
    assert isinstance(verdict, EcardGranted) and verdict.ssn == rig.ssn and verdict.token
    found = rig.port.look_up(rig.ssn, EcardLogin(verdict.ssn, verdict.token))
    assert isinstance(found, Claimant) and found.ssn == rig.ssn


def test_a_code_logs_in_once(rig: EcardRig) -> None:
    code = rig.fresh_code()
    assert isinstance(rig.port.ecard_login(code), EcardGranted)
    assert rig.port.ecard_login(code) == EcardRefused(EcardFault.REPLAYED)


def test_a_code_no_platform_issued_is_invalid(rig: EcardRig) -> None:
    assert rig.port.ecard_login(NOT_AN_ECARD) == EcardRefused(EcardFault.INVALID)


def test_without_the_network_the_ecard_is_unreachable(unreachable: EcardRig) -> None:
    assert unreachable.port.ecard_login(NOT_AN_ECARD) is ServiceFault.UNREACHABLE
