"""The flow's messages for complaints and suggestions, and the names of their categories
(joined to screens/messages.py's table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.complaints import ComplaintCategory
from kiosk.flow.messages import Msg


def complaint_messages() -> dict[Msg, str]:
    return {
        Msg.COMPLAINT_LOADING: QCoreApplication.translate(
            "Messages", "Looking up your earlier complaints and suggestions."
        ),
        Msg.COMPLAINT_MINE: QCoreApplication.translate(
            "Messages", "Your complaints and suggestions, and the staff's answers."
        ),
        Msg.COMPLAINT_CHOOSE_CATEGORY: QCoreApplication.translate(
            "Messages", "What is it about? Choose one."
        ),
        Msg.COMPLAINT_CHOOSE_TEXT: QCoreApplication.translate(
            "Messages", "Choose a sentence that says it, or write your own."
        ),
        Msg.COMPLAINT_WRITE: QCoreApplication.translate(
            "Messages", "Write what you want to tell us, then press Next."
        ),
        Msg.COMPLAINT_REVIEW: QCoreApplication.translate(
            "Messages", "Please check what will be sent, then press Send."
        ),
        Msg.COMPLAINT_SENDING: QCoreApplication.translate("Messages", "Sending. Please wait."),
        Msg.COMPLAINT_FILED: QCoreApplication.translate(
            "Messages", "Received. Staff will answer by the date below."
        ),
        Msg.COMPLAINT_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "Nothing can be sent right now: the network is not connected. Please try again "
            "later, or call 12333.",
        ),
        Msg.COMPLAINT_REFUSED: QCoreApplication.translate(
            "Messages",
            "This could not be sent. Please ask the staff at the counter, or call 12333.",
        ),
        Msg.COMPLAINT_TEXT_EMPTY: QCoreApplication.translate(
            "Messages", "Please write something first."
        ),
        Msg.COMPLAINT_TEXT_TOO_LONG: QCoreApplication.translate(
            "Messages", "That is longer than 500 characters. Please make it shorter."
        ),
    }


def category_text(category: ComplaintCategory) -> str:
    return {
        ComplaintCategory.STAFF_CONDUCT: QCoreApplication.translate(
            "ComplaintScreen", "How staff treated me"
        ),
        ComplaintCategory.WAITING_TIME: QCoreApplication.translate(
            "ComplaintScreen", "Waiting too long"
        ),
        ComplaintCategory.DECISION: QCoreApplication.translate(
            "ComplaintScreen", "A decision on my application"
        ),
        ComplaintCategory.PAYMENT: QCoreApplication.translate("ComplaintScreen", "My payments"),
        ComplaintCategory.KIOSK: QCoreApplication.translate("ComplaintScreen", "Using this kiosk"),
        ComplaintCategory.SUGGESTION: QCoreApplication.translate("ComplaintScreen", "A suggestion"),
        ComplaintCategory.OTHER: QCoreApplication.translate("ComplaintScreen", "Something else"),
    }[category]
