"""The words for reporting a change and withdrawing an application (kiosk/flow/report_change.py,
withdraw.py): their message keys, merged into screens/messages.py's table (context "Messages"),
and the names of the changes a claimant may report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.changes import ChangeKind
from kiosk.flow.messages import Msg


def change_messages() -> dict[Msg, str]:
    return {
        Msg.CHANGE_CHECKING: QCoreApplication.translate(
            "Messages", "Finding your claim. Please wait."
        ),
        Msg.CHANGE_CHOOSE_KIND: QCoreApplication.translate("Messages", "What has changed?"),
        Msg.CHANGE_CHOOSE_DATE: QCoreApplication.translate("Messages", "When did it happen?"),
        Msg.CHANGE_REVIEW: QCoreApplication.translate(
            "Messages", "Please check, then send it to the agency"
        ),
        Msg.CHANGE_SENDING: QCoreApplication.translate(
            "Messages", "Sending your report to the agency. Please wait."
        ),
        Msg.CHANGE_RECORDED: QCoreApplication.translate(
            "Messages", "The agency has recorded your change"
        ),
        Msg.CHANGE_NO_CLAIM: QCoreApplication.translate(
            "Messages",
            "You have no unemployment benefit claim that a change could affect, so there is "
            "nothing to report here.",
        ),
        Msg.CHANGE_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "Reporting a change needs the network, which is down now. Nothing was sent. Please "
            "try again later, or report it at a service counter or by calling 12333.",
        ),
        Msg.CHANGE_DATE_IN_FUTURE: QCoreApplication.translate(
            "Messages", "That day has not come yet. Choose the day it actually happened."
        ),
        Msg.CHANGE_DATE_TOO_EARLY: QCoreApplication.translate(
            "Messages",
            "That day is before your claim began. For a change before then, please go to a "
            "service counter.",
        ),
        Msg.CHANGE_COUNTER_ONLY: QCoreApplication.translate(
            "Messages",
            "This change is reported at a service counter, not at a kiosk. Nothing was recorded.",
        ),
        Msg.CHANGE_REFUSED: QCoreApplication.translate(
            "Messages",
            "The agency could not take this report, and nothing was recorded. Please go to a "
            "service counter or call 12333.",
        ),
        Msg.SIGN_IN_AGAIN: QCoreApplication.translate(
            "Messages",
            "Your sign-in is no longer valid, so nothing was sent. Please press Finish and sign "
            "in again.",
        ),
        Msg.WITHDRAW_CONFIRM: QCoreApplication.translate("Messages", "Withdraw this application?"),
        Msg.WITHDRAW_SENDING: QCoreApplication.translate(
            "Messages", "Withdrawing your application. Please wait."
        ),
        Msg.WITHDRAW_DONE: QCoreApplication.translate(
            "Messages", "Your application has been withdrawn"
        ),
        Msg.WITHDRAW_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "Withdrawing needs the network, which is down now. Nothing has changed: your "
            "application still stands. Please try again later, or ask at a service counter.",
        ),
        Msg.WITHDRAW_ALREADY_DECIDED: QCoreApplication.translate(
            "Messages",
            "The agency has already decided this application, so it can no longer be withdrawn. "
            "If you have found work, report a change instead.",
        ),
        Msg.WITHDRAW_ALREADY_WITHDRAWN: QCoreApplication.translate(
            "Messages", "This application has already been withdrawn. There is nothing more to do."
        ),
        Msg.WITHDRAW_NOT_FOUND: QCoreApplication.translate(
            "Messages",
            "The agency does not have this application under your name. Please ask at a "
            "service counter.",
        ),
        Msg.WITHDRAW_REFUSED: QCoreApplication.translate(
            "Messages",
            "The agency could not withdraw this application, so it still stands. Please ask at "
            "a service counter.",
        ),
    }


def change_kind_text(kind: ChangeKind) -> tuple[str, str]:
    """(what the claimant says, one line of detail) for a change they may report."""
    return {
        ChangeKind.REEMPLOYMENT: (
            QCoreApplication.translate("ChangeKinds", "I have a new job"),
            QCoreApplication.translate("ChangeKinds", "Employed again, by any employer."),
        ),
        ChangeKind.SELF_EMPLOYMENT: (
            QCoreApplication.translate("ChangeKinds", "I started my own business"),
            QCoreApplication.translate(
                "ChangeKinds", "Self-employed, or a business registered in my name."
            ),
        ),
        ChangeKind.PENSION: (
            QCoreApplication.translate("ChangeKinds", "I receive my pension"),
            QCoreApplication.translate("ChangeKinds", "The basic old-age pension has started."),
        ),
        ChangeKind.SETTLED_ABROAD: (
            QCoreApplication.translate("ChangeKinds", "I have settled abroad"),
            QCoreApplication.translate("ChangeKinds", "Moved to live in another country."),
        ),
        ChangeKind.ENLISTMENT: (
            QCoreApplication.translate("ChangeKinds", "I joined the army"),
            QCoreApplication.translate("ChangeKinds", "Called up for military service."),
        ),
    }[kind]
