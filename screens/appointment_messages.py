"""The words for counter appointments (kiosk/flow/appointments.py): the flow's message keys,
merged into screens/messages.py's table, and the purposes with what to bring for each. Context
"Messages" for the keys like every flow message; "AppointmentScreen" for the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.appointments import AppointmentPurpose
from kiosk.flow.messages import Msg


def appointment_messages() -> dict[Msg, str]:
    return {
        Msg.APPOINTMENT_LOADING: QCoreApplication.translate(
            "Messages", "Finding free times at your service centre."
        ),
        Msg.APPOINTMENT_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "Booking an appointment needs the network, and it is not connected now. "
            "Please try again later, or call 12333.",
        ),
        Msg.APPOINTMENT_NO_CENTRE: QCoreApplication.translate(
            "Messages",
            "No service centre takes appointments for your area at this kiosk. Please call 12333.",
        ),
        Msg.APPOINTMENT_REFUSED: QCoreApplication.translate(
            "Messages",
            "The appointment could not be booked. Please ask at a service counter or call 12333.",
        ),
        Msg.APPOINTMENT_CHOOSE_PURPOSE: QCoreApplication.translate(
            "Messages", "What do you need to do at the counter?"
        ),
        Msg.APPOINTMENT_CHOOSE_DAY: QCoreApplication.translate("Messages", "Choose a day."),
        Msg.APPOINTMENT_CHOOSE_SLOT: QCoreApplication.translate(
            "Messages", "Choose a time. Times marked “Full” cannot be booked."
        ),
        Msg.APPOINTMENT_SLOT_FULL: QCoreApplication.translate(
            "Messages",
            "Someone has just booked the last place at that time. Please choose another time.",
        ),
        Msg.APPOINTMENT_ALREADY_BOOKED: QCoreApplication.translate(
            "Messages",
            "You already have an appointment for this. Cancel it below if you need another time.",
        ),
        Msg.APPOINTMENT_CONFIRM: QCoreApplication.translate(
            "Messages", "Please check your appointment, then press “Book”."
        ),
        Msg.APPOINTMENT_BOOKING: QCoreApplication.translate(
            "Messages", "Booking your appointment."
        ),
        Msg.APPOINTMENT_BOOKED: QCoreApplication.translate(
            "Messages", "Your appointment is booked. We have also sent you a text message."
        ),
        Msg.APPOINTMENT_PRINTING: QCoreApplication.translate(
            "Messages", "Printing your appointment slip."
        ),
        Msg.APPOINTMENT_PRINTED: QCoreApplication.translate(
            "Messages", "Please take your appointment slip."
        ),
        Msg.APPOINTMENT_CANCEL_CONFIRM: QCoreApplication.translate(
            "Messages", "Do you want to cancel this appointment?"
        ),
        Msg.APPOINTMENT_CANCELLING: QCoreApplication.translate(
            "Messages", "Cancelling your appointment."
        ),
        Msg.APPOINTMENT_CANCELLED: QCoreApplication.translate(
            "Messages", "Your appointment is cancelled. We have also sent you a text message."
        ),
        Msg.APPOINTMENT_NOT_CANCELLED: QCoreApplication.translate(
            "Messages",
            "The appointment could not be cancelled. Please try again, or call 12333.",
        ),
    }


def purpose_text(purpose: AppointmentPurpose) -> str:
    return {
        AppointmentPurpose.DEEMED_CONTRIBUTION: QCoreApplication.translate(
            "AppointmentScreen", "Years of work before contributions (documents)"
        ),
        AppointmentPurpose.IDENTITY: QCoreApplication.translate(
            "AppointmentScreen", "A problem with my identity details"
        ),
        AppointmentPurpose.ACCOUNT: QCoreApplication.translate(
            "AppointmentScreen", "A problem with my payment account"
        ),
        AppointmentPurpose.OTHER: QCoreApplication.translate("AppointmentScreen", "Something else"),
    }[purpose]


def bring_text(purpose: AppointmentPurpose) -> str:
    """What to bring; the printed slip says the same (kiosk/adapters/appointment_receipt_text)."""
    return {
        AppointmentPurpose.DEEMED_CONTRIBUTION: QCoreApplication.translate(
            "AppointmentScreen",
            "Your ID card, your personnel file or papers showing when you started work, and any "
            "certificate from your former employer.",
        ),
        AppointmentPurpose.IDENTITY: QCoreApplication.translate(
            "AppointmentScreen",
            "Your ID card (and the old one if it was replaced), and your household register.",
        ),
        AppointmentPurpose.ACCOUNT: QCoreApplication.translate(
            "AppointmentScreen",
            "Your ID card, your social security card, and the bank card or passbook.",
        ),
        AppointmentPurpose.OTHER: QCoreApplication.translate(
            "AppointmentScreen", "Your ID card and any papers about your question."
        ),
    }[purpose]
