"""The flow's messages for the written decision, the registration proof and "apply anyway"
(joined to screens/messages.py's table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.flow.messages import Msg


def proof_messages() -> dict[Msg, str]:
    return {
        Msg.NOT_ELIGIBLE_MAY_APPLY: QCoreApplication.translate(
            "Messages",
            "By your record you are unlikely to qualify, for the reasons below. You may still "
            "apply: the agency then decides and sends you a written decision you can appeal.",
        ),
        Msg.DECISION_NOTICE: QCoreApplication.translate(
            "Messages", "Your application was not approved. This is the agency's written decision."
        ),
        Msg.DECISION_PRINTING: QCoreApplication.translate(
            "Messages", "Printing the decision. Please wait."
        ),
        Msg.DECISION_PRINTED: QCoreApplication.translate(
            "Messages", "The decision is printed. Please take it and keep it."
        ),
        Msg.LOADING_REGISTRATION_PROOF: QCoreApplication.translate(
            "Messages", "Getting your unemployment registration. Please wait."
        ),
        Msg.PROOF_READY: QCoreApplication.translate(
            "Messages", "Your proof of unemployment registration. Check it, then print it."
        ),
        Msg.PROOF_PRINTING: QCoreApplication.translate(
            "Messages", "Printing your proof. Please wait."
        ),
        Msg.PROOF_PRINTED: QCoreApplication.translate(
            "Messages", "Your proof is printed. Please take it."
        ),
        Msg.PROOF_NO_REGISTRATION: QCoreApplication.translate(
            "Messages",
            "There is no unemployment registration on file for you. Applying for the benefit "
            "registers you.",
        ),
        Msg.PROOF_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "The proof needs the network, which is not connected right now. Please try again "
            "later or ask at a service counter.",
        ),
        Msg.PROOF_REFUSED: QCoreApplication.translate(
            "Messages",
            "The agency cannot give a proof here. Please ask at a service counter or call 12333.",
        ),
    }
