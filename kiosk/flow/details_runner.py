"""Runs the "my details" effects against the agency port (kiosk/flow/effect_runner.py hands
them here): blocking, on the composition root's worker thread like every effect."""

from __future__ import annotations

from typing import assert_never

from kiosk.domain.details import (
    MobileChangeDone,
    MobileChangeFault,
    MobileCodeWrong,
)
from kiosk.domain.faults import ServiceFault
from kiosk.flow import details_types as dt
from kiosk.flow.details_types import (
    ChangeMobile,
    ChoosePaymentAccount,
    DetailsEffect,
    LoadPaymentAccounts,
    RequestMobileCode,
)
from kiosk.flow.ports import Ports


def run_details(effect: DetailsEffect, ports: Ports) -> dt.DetailsResult:
    agency = ports.agency
    match effect:
        case RequestMobileCode():
            sent = agency.request_mobile_code(effect.ssn, effect.login, effect.new_mobile)
            if isinstance(sent, MobileChangeFault):
                return dt.MobileCodeFailed(effect.ticket, sent)
            return dt.MobileCodeSent(effect.ticket, sent)
        case ChangeMobile():
            verdict = agency.change_mobile(effect.ssn, effect.login, effect.new_mobile, effect.code)
            match verdict:
                case MobileChangeDone():
                    return dt.MobileChanged(
                        effect.ticket, verdict.masked_mobile, verdict.old_number_told
                    )
                case MobileCodeWrong():
                    return dt.MobileCodeRejected(effect.ticket, verdict.tries_left)
                case MobileChangeFault():
                    return dt.MobileChangeFailed(effect.ticket, verdict)
                case _:
                    assert_never(verdict)
        case LoadPaymentAccounts():
            listed = agency.payment_accounts(effect.ssn, effect.login)
            if isinstance(listed, ServiceFault):
                return dt.PaymentAccountsUnavailable(effect.ticket, listed)
            return dt.PaymentAccountsLoaded(effect.ticket, listed)
        case ChoosePaymentAccount():
            chosen = agency.choose_payment_account(effect.ssn, effect.login, effect.account_id)
            if isinstance(chosen, ServiceFault):
                return dt.PaymentAccountNotChosen(effect.ticket, chosen)
            return dt.PaymentAccountChosen(effect.ticket, chosen)
        case _:
            assert_never(effect)


def details_fallback(effect: DetailsEffect) -> dt.DetailsResult:
    """The safe answer when running one raised (a bug): nothing is claimed to have changed."""
    match effect:
        case RequestMobileCode():
            return dt.MobileCodeFailed(effect.ticket, MobileChangeFault.REFUSED)
        case ChangeMobile():
            return dt.MobileChangeFailed(effect.ticket, MobileChangeFault.REFUSED)
        case LoadPaymentAccounts():
            return dt.PaymentAccountsUnavailable(effect.ticket, ServiceFault.REFUSED)
        case ChoosePaymentAccount():
            return dt.PaymentAccountNotChosen(effect.ticket, ServiceFault.REFUSED)
        case _:
            assert_never(effect)
