"""Running LoadStatusDesk against the ports (kiosk/flow/effect_runner.py hands it here): the
two list calls the complaint and appointment services already make, each answered on its own so
one failing leaves the other."""

from __future__ import annotations

from kiosk.domain.appointments import AppointmentFault
from kiosk.domain.complaints import ComplaintFault
from kiosk.flow.ports import Ports
from kiosk.flow.status_desk_types import LoadStatusDesk, StatusDeskLoaded


def run_status_desk(effect: LoadStatusDesk, ports: Ports) -> StatusDeskLoaded:
    complaints = ports.agency.my_complaints(effect.ssn, effect.login)
    appointments = ports.agency.my_appointments(effect.ssn, effect.login)
    return StatusDeskLoaded(effect.ticket, complaints, appointments)


def status_desk_fallback(effect: LoadStatusDesk) -> StatusDeskLoaded:
    """Running the effect raised (a bug): both halves "not reachable", the claims stay shown."""
    return StatusDeskLoaded(effect.ticket, ComplaintFault.UNREACHABLE, AppointmentFault.UNREACHABLE)
