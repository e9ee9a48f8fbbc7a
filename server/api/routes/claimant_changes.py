"""The claimant's own changes after applying (issue 13 §1, §2): report a change of
circumstances, withdraw an undecided application, a new mobile number, the payment account.
Every kiosk route here is claimant-proven (server/services/claimant_proofs.py) and refuses a
request carrying a bank card number (server/api/card_numbers.py)."""

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool

from server.api.card_numbers import NoCardNumbers
from server.api.deps import Config, KioskAuth, Sessions, StaffAuth
from server.change_schemas import (
    AccountChoice,
    AccountList,
    AccountsRequest,
    ChangeReceipt,
    ChangeReport,
    CounterChangeReport,
    MobileChange,
    MobileChanged,
    MobileCodeRequest,
    MobileCodeSent,
    WithdrawalReceipt,
    WithdrawRequest,
)
from server.schemas import Error, Reference
from server.services import accounts, changes, mobile_changes, withdrawals

router = APIRouter(
    prefix="/api/v1",
    tags=["claimant changes"],
    responses={
        401: {"model": Error},
        403: {"model": Error},
        404: {"model": Error},
        409: {"model": Error},
        422: {"model": Error},
    },
)


@router.post(
    "/changes",
    response_model=ChangeReceipt,
    status_code=201,
    responses={200: {"model": ChangeReceipt}},
)
async def report_change(
    body: ChangeReport,
    caller: KioskAuth,
    _: NoCardNumbers,
    sessions: Sessions,
    config: Config,
    response: Response,
) -> ChangeReceipt:
    """Stops payment from the month the change takes effect; `client_reference` is the
    idempotency key (a resend answers 200 with the same receipt)."""
    receipt = await run_in_threadpool(changes.report_change, sessions, config, body, caller)
    if receipt.result == "duplicate":
        response.status_code = 200
    return receipt


@router.post(
    "/staff/changes",
    response_model=ChangeReceipt,
    status_code=201,
    responses={200: {"model": ChangeReceipt}},
)
async def report_at_counter(
    body: CounterChangeReport,
    caller: StaffAuth,
    sessions: Sessions,
    config: Config,
    response: Response,
) -> ChangeReceipt:
    """A change brought to a counter (imprisonment: by family); business role."""
    receipt = await run_in_threadpool(changes.report_at_counter, sessions, config, body, caller)
    if receipt.result == "duplicate":
        response.status_code = 200
    return receipt


@router.post("/claims/{reference}/withdraw", response_model=WithdrawalReceipt)
async def withdraw(
    reference: Reference,
    body: WithdrawRequest,
    caller: KioskAuth,
    _: NoCardNumbers,
    sessions: Sessions,
    config: Config,
) -> WithdrawalReceipt:
    return await run_in_threadpool(withdrawals.withdraw, sessions, config, reference, body, caller)


@router.post("/claimants/mobile/code", response_model=MobileCodeSent, status_code=201)
async def request_mobile_code(
    body: MobileCodeRequest,
    caller: KioskAuth,
    _: NoCardNumbers,
    sessions: Sessions,
    config: Config,
) -> MobileCodeSent:
    """Texts a code to the new number. Not idempotent: each call sends a new code."""
    return await run_in_threadpool(mobile_changes.request_code, sessions, config, body, caller)


@router.post("/claimants/mobile", response_model=MobileChanged)
async def change_mobile(
    body: MobileChange,
    caller: KioskAuth,
    _: NoCardNumbers,
    sessions: Sessions,
    config: Config,
) -> MobileChanged:
    return await run_in_threadpool(mobile_changes.change_mobile, sessions, config, body, caller)


@router.post("/claimants/accounts", response_model=AccountList)
async def list_accounts(
    body: AccountsRequest,
    caller: KioskAuth,
    _: NoCardNumbers,
    sessions: Sessions,
    config: Config,
) -> AccountList:
    """The accounts on file, masked, the social security card's financial account first. A
    POST, like every claimant-scoped read: the ID number and the proof travel in the signed
    body, never in a URL."""
    return await run_in_threadpool(accounts.list_accounts, sessions, config, body, caller)


@router.post("/claimants/accounts/choose", response_model=AccountList)
async def choose_account(
    body: AccountChoice,
    caller: KioskAuth,
    _: NoCardNumbers,
    sessions: Sessions,
    config: Config,
) -> AccountList:
    return await run_in_threadpool(accounts.choose_account, sessions, config, body, caller)
