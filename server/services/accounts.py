"""The accounts a claimant's benefit may be paid to, and the claimant's choice among them
(issue 13 §2; notice §5: 社银接口).

The social security card's financial account comes first and is the default where the agency
has it; other accounts are the bank accounts the agency holds (entered at a counter, or the one
that was on file). A kiosk lists them masked and sends back only the id of the one chosen: it
never takes a bank card number (server/api/card_numbers.py refuses a request carrying one).
`claimants.payment_account` stays the account payments go to (server/bank/export.py), so a
choice is one update of it, audited with the masked account only.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from contract.errors import ErrorCode
from contract.masking import mask_account
from server import audit
from server.bank.export import SSCARD_PREFIX
from server.callers import KioskCaller
from server.change_schemas import (
    AccountChoice,
    AccountKind,
    AccountList,
    AccountsRequest,
    AccountView,
)
from server.db import transaction
from server.errors import not_found
from server.models import Claimant, PaymentAccount
from server.services.claimant_proofs import claimant_for
from server.settings import ServerConfig


def kind_of(number: str) -> AccountKind:
    return AccountKind.SSCARD if number.startswith(SSCARD_PREFIX) else AccountKind.BANK


def add_account(
    session: Session, claimant: Claimant, number: str, bank_name: str = ""
) -> PaymentAccount:
    """Records an account the agency learnt of (the card registry, a counter), once."""
    for row in _rows(session, claimant):
        if row.number == number:
            return row
    row = PaymentAccount(
        claimant_id=claimant.id, kind=kind_of(number).value, number=number, bank_name=bank_name
    )
    session.add(row)
    session.flush()
    return row


def _rows(session: Session, claimant: Claimant) -> list[PaymentAccount]:
    return list(
        session.execute(
            select(PaymentAccount)
            .where(PaymentAccount.claimant_id == claimant.id)
            .order_by(PaymentAccount.id)
        ).scalars()
    )


def accounts_on_file(session: Session, claimant: Claimant) -> list[PaymentAccount]:
    """Every account, the card's financial account first. The account on file before accounts
    were kept in their own table is recorded here the first time it is listed."""
    if claimant.payment_account:
        add_account(session, claimant, claimant.payment_account)
    rows = _rows(session, claimant)
    return sorted(rows, key=lambda r: (r.kind != AccountKind.SSCARD, r.id))


def _views(claimant: Claimant, rows: list[PaymentAccount]) -> AccountList:
    default = rows[0].id if rows else None  # the card's account when there is one
    return AccountList(
        accounts=[
            AccountView(
                id=r.id,
                kind=AccountKind(r.kind),
                masked_account=mask_account(r.number),
                bank_name=r.bank_name,
                default=r.id == default,
                in_use=r.number == claimant.payment_account,
            )
            for r in rows
        ]
    )


def list_accounts(
    factory: sessionmaker[Session], config: ServerConfig, body: AccountsRequest, caller: KioskCaller
) -> AccountList:
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        return _views(claimant, accounts_on_file(session, claimant))


def choose_account(
    factory: sessionmaker[Session], config: ServerConfig, body: AccountChoice, caller: KioskCaller
) -> AccountList:
    with transaction(factory) as session:
        claimant = claimant_for(session, config, body.ssn, body.login, caller)
        rows = accounts_on_file(session, claimant)
        chosen = next((r for r in rows if r.id == body.account_id), None)
        if chosen is None:  # another person's account id is as unknown as a made-up one
            raise not_found("account", ErrorCode.ACCOUNT_UNKNOWN)
        if chosen.number != claimant.payment_account:
            claimant.payment_account = chosen.number
            audit.append(
                session,
                actor=f"kiosk:{caller.kiosk_id}",
                action="claimant.account_chosen",
                subject=f"claimant:{claimant.id}",
                details={"kind": chosen.kind, "account": mask_account(chosen.number)},
            )
        session.flush()
        return _views(claimant, rows)
