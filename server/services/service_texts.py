"""Texts about counter appointments and complaints (issue 13 §5), queued like every text to a
claimant (server/services/notifications.py): in the transaction of the event, one row per
event however often it is recorded, in the language the claimant used at the kiosk. A text
names the centre, the day and the time, or the day a complaint was filed, and the end of the
reference; nothing about the person or what the complaint says."""

from typing import Literal

from sqlalchemy.orm import Session

from server.models import Appointment, Claimant, Complaint
from server.services.notifications import enqueue_text, normalise_mobile, reference_tail
from server.sms.texts import Template

_APPOINTMENT_TEMPLATES = {
    "booked": Template.APPOINTMENT_BOOKED,
    "cancelled": Template.APPOINTMENT_CANCELLED,
}


def notify_appointment(
    session: Session,
    appointment: Appointment,
    claimant: Claimant,
    event: Literal["booked", "cancelled"],
) -> None:
    mobile = normalise_mobile(claimant.mobile or "")
    if mobile is None:
        return
    enqueue_text(
        session,
        event_key=f"appointment:{appointment.id}:{event}",
        claim_id=None,
        mobile=mobile,
        language=appointment.language,
        template=_APPOINTMENT_TEMPLATES[event],
        params={
            "ref": reference_tail(appointment.client_reference),
            "day": appointment.slot.day.isoformat(),
            "time": appointment.slot.starts_at,
            "centre_zh": appointment.centre.name_zh,
            "centre_ko": appointment.centre.name_ko,
        },
    )


def notify_complaint_answered(session: Session, complaint: Complaint, claimant: Claimant) -> None:
    """That an answer is there, not the answer: it may be long, and it is about the person."""
    mobile = normalise_mobile(claimant.mobile or "")
    if mobile is None:
        return
    enqueue_text(
        session,
        event_key=f"complaint:{complaint.id}:answered",
        claim_id=None,
        mobile=mobile,
        language=complaint.language,
        template=Template.COMPLAINT_ANSWERED,
        params={
            "ref": reference_tail(complaint.client_reference),
            "filed": complaint.filed_on.isoformat(),
        },
    )
