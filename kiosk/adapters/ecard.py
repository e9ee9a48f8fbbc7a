"""The e-card login against the agency client: its answers as the flow's values.

Refusals the claimant can act on (a replayed, expired or forged code; nobody insured under the
number; another prefecture) become `EcardRefused`; the network down or the kiosk's own
enrolment refused is `ServiceFault.UNREACHABLE` ("e-card login needs the network"), anything
else `ServiceFault.REFUSED`. The code itself is never logged: it is a live credential.
"""

from __future__ import annotations

import logging

from contract.errors import ErrorCode
from kiosk.adapters.agency import home_region, is_kiosk_problem, service_fault
from kiosk.api import AgencyClient
from kiosk.api.errors import AgencyError, AgencyRejected
from kiosk.domain.ecard import EcardFault, EcardGranted, EcardRefused
from kiosk.domain.faults import ServiceFault
from kiosk.domain.identity import IdNumber, parse_id_number

log = logging.getLogger(__name__)

_REFUSALS: dict[str, EcardFault] = {
    ErrorCode.ECARD_CODE_REPLAYED: EcardFault.REPLAYED,
    ErrorCode.ECARD_CODE_EXPIRED: EcardFault.EXPIRED,
    ErrorCode.ECARD_CODE_INVALID: EcardFault.INVALID,
    ErrorCode.OUTSIDE_SERVICE_AREA: EcardFault.OUTSIDE_SERVICE_AREA,
}


def ecard_login(client: AgencyClient, code: str) -> EcardGranted | EcardRefused | ServiceFault:
    try:
        granted = client.ecard_login(code)
    except AgencyError as error:
        if is_kiosk_problem(error):
            return service_fault(error, "an e-card login")
        if isinstance(error, AgencyRejected) and error.status == 404:
            return EcardRefused(EcardFault.NO_RECORD)
        fault = _REFUSALS.get(error.code)
        if fault is None:
            return service_fault(error, "an e-card login")
        log.info("agency refused an e-card login: %s", error.code)
        where = home_region(error.details) if fault is EcardFault.OUTSIDE_SERVICE_AREA else None
        return EcardRefused(fault, where)
    ssn = parse_id_number(granted.ssn)
    if not isinstance(ssn, IdNumber):  # the agency's own records hold valid numbers only
        log.warning("agency named an e-card holder by a malformed number")
        return ServiceFault.REFUSED
    return EcardGranted(ssn=ssn, token=granted.login_token)
