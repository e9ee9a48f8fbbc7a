"""The words for the "my details" services' message keys (a new mobile number, the payment
account; kiosk/flow/update_mobile.py, payment_account.py), merged into screens/messages.py's
table. Context "Messages" like every flow message, so the catalogues keep them together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.flow.messages import Msg


def details_messages() -> dict[Msg, str]:
    return {
        Msg.UPDATE_MOBILE_ENTER: QCoreApplication.translate(
            "Messages", "Type your new mobile number, then press OK. We will text a code to it."
        ),
        Msg.UPDATE_MOBILE_SENDING: QCoreApplication.translate(
            "Messages", "Sending a code to your new mobile number."
        ),
        Msg.UPDATE_MOBILE_CODE: QCoreApplication.translate(
            "Messages", "Enter the code from the text message on your new phone."
        ),
        Msg.UPDATE_MOBILE_CODE_WRONG: QCoreApplication.translate(
            "Messages",
            "That code was not right. Please look at the message on your new phone again.",
        ),
        Msg.UPDATE_MOBILE_CODE_USED_UP: QCoreApplication.translate(
            "Messages", "Too many wrong tries: this code no longer works. Press “Send a new code”."
        ),
        Msg.UPDATE_MOBILE_CODE_EXPIRED: QCoreApplication.translate(
            "Messages", "This code has expired, or a newer one was sent. Press “Send a new code”."
        ),
        Msg.UPDATE_MOBILE_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "Changing your mobile number needs the network, and it is not connected now. "
            "Please try again later, or ask at a service counter.",
        ),
        Msg.UPDATE_MOBILE_SAME_NUMBER: QCoreApplication.translate(
            "Messages", "This is already the number on file. Please type your new number."
        ),
        Msg.UPDATE_MOBILE_TOO_MANY_CODES: QCoreApplication.translate(
            "Messages",
            "Too many codes were sent to you today. Please try again tomorrow, or ask at a "
            "service counter.",
        ),
        Msg.UPDATE_MOBILE_REFUSED: QCoreApplication.translate(
            "Messages",
            "The number cannot be changed here. Please ask at a service counter, or call 12333.",
        ),
        Msg.UPDATE_MOBILE_DONE: QCoreApplication.translate(
            "Messages", "Your mobile number has been changed."
        ),
        Msg.PAYMENT_ACCOUNT_LOADING: QCoreApplication.translate(
            "Messages", "Looking up the accounts on file."
        ),
        Msg.PAYMENT_ACCOUNT_CHOOSE: QCoreApplication.translate(
            "Messages", "Which account should your benefit be paid into? Tap one."
        ),
        Msg.PAYMENT_ACCOUNT_CONFIRM: QCoreApplication.translate(
            "Messages", "Pay your benefit into this account?"
        ),
        Msg.PAYMENT_ACCOUNT_SAVING: QCoreApplication.translate(
            "Messages", "Saving your choice. Please wait."
        ),
        Msg.PAYMENT_ACCOUNT_NONE: QCoreApplication.translate(
            "Messages", "There is no account on file for your benefit."
        ),
        Msg.PAYMENT_ACCOUNT_WHERE_TO_ADD: QCoreApplication.translate(
            "Messages",
            "To add one, bring your ID card and bank card to a service counter, or ask the bank "
            "that issued your social security card to open its financial account. A card "
            "number is never typed at this kiosk.",
        ),
        Msg.PAYMENT_ACCOUNT_NEEDS_NETWORK: QCoreApplication.translate(
            "Messages",
            "The accounts on file can only be shown with the network, and it is not connected "
            "now. Please try again later.",
        ),
        Msg.PAYMENT_ACCOUNT_UNAVAILABLE: QCoreApplication.translate(
            "Messages",
            "The accounts on file cannot be shown here. Please ask at a service counter, or "
            "call 12333.",
        ),
        Msg.PAYMENT_ACCOUNT_NOT_SAVED: QCoreApplication.translate(
            "Messages", "Your choice could not be saved, so nothing was changed. Please try again."
        ),
        Msg.PAYMENT_ACCOUNT_DONE: QCoreApplication.translate(
            "Messages", "Done: your benefit will be paid into this account."
        ),
        Msg.PAYMENT_ACCOUNT_UNCHANGED: QCoreApplication.translate(
            "Messages",
            "This is already the account your benefit is paid into. Nothing was changed.",
        ),
        Msg.PAYMENT_ACCOUNT_APPLIES_FROM: QCoreApplication.translate(
            "Messages",
            "This applies from the next payment the agency sends. A payment already sent to "
            "the bank is not moved.",
        ),
        Msg.APPLY_CHOOSE_PAYMENT_ACCOUNT: QCoreApplication.translate(
            "Messages",
            "Which account should your benefit be paid into? The social security card's "
            "account is proposed; tap another to change it.",
        ),
    }
