"""The kiosk's own reading of the submission contract (docs/api.md, `Submission`), applied to each
queued item before it joins a batch.

An item this refuses could never be accepted by the agency as it is: sending it would only earn a
refusal (and, from an agency that validates a batch as one body, a refusal of every item batched
with it). The agency keeps its own models (server/schemas.py); this mirrors them on purpose,
like the answer models in kiosk/api/models.py, and tests/offline_queue/test_poisoned_batch.py
holds the two to the same verdicts on the running server. Messages name fields and rules, never
a submitted value: the values are ID numbers and phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from kiosk.domain.identity import IdNumberProblem, parse_id_number
from offline_queue.items import ItemProblem

INVALID_ITEM = "invalid_item"
_MAX_PROBLEMS = 5

_ASCII_ID = re.compile(r"[0-9]{17}[0-9Xx]|[A-Z]{3}[0-9]{12}")  # the latter: 2017 PR cards


def _id_number(value: str) -> str:
    # ASCII only: `str.isdigit` (and a regex's \d) would let "²" or full-width digits through,
    # which the agency refuses.
    if not _ASCII_ID.fullmatch(value):
        raise ValueError(
            "must be 17 digits and a check character (0-9 or X), or three capital letters and "
            "twelve digits"
        )
    parsed = parse_id_number(value)
    if isinstance(parsed, IdNumberProblem):
        raise ValueError(f"{parsed.value}: not a valid citizen ID number")
    return value


class _Strict(BaseModel):
    # Lax like the agency's models: refusing what the agency would take would park good items.
    model_config = ConfigDict(extra="forbid")


_Hex32 = Annotated[str, Field(pattern=r"^[0-9a-fA-F]{32}$")]


class _Payload(_Strict):
    ssn: Annotated[str, AfterValidator(_id_number)]
    mobile: Annotated[str, Field(pattern=r"^(1[0-9]{10}|on_file)$")]
    payment_account: Literal["on_file"] = "on_file"
    commitment_accepted: Literal[True]
    commitment_version: Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,16}$")]
    language: Literal["zh_CN", "ko", "en"] = "zh_CN"
    course_id: Annotated[str, Field(pattern=r"^[A-Za-z0-9-]{1,16}$")] | None = None


class _TokenLogin(_Strict):
    method: Literal["otp", "card"]
    token: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{16,128}$")] | None = None


class _CardPinLogin(_Strict):
    method: Literal["card_pin"]


class _CardOfflineLogin(_Strict):
    method: Literal["card_offline"]
    card_id: _Hex32 | None = None
    region: Annotated[str, Field(pattern=r"^[0-9]{6}$")] | None = None
    card_number: Annotated[str, Field(pattern=r"^[0-9A-Z]{9,16}$")] | None = None
    cryptogram: _Hex32 | None = None


_Login = Annotated[_TokenLogin | _CardPinLogin | _CardOfflineLogin, Field(discriminator="method")]


class _HomeVisitProof(_Strict):
    credential: Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
    mac: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


def _created_at(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("must be an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        raise ValueError("must carry a time zone")
    return value


class _Submission(_Strict):
    client_reference: Annotated[
        str,
        Field(
            pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        ),
    ]
    kind: Literal["claim", "training_subsidy"]
    created_at: Annotated[str, AfterValidator(_created_at)]
    # Not checked here: the kiosk's id is the same in every item, so a wrong one is the kiosk's
    # fault (a technician fixes the settings), never a reason to park an item for good.
    kiosk_id: str | None = None
    payload: _Payload
    login: _Login | None = None
    # A claim taken at home (contract.home_visit): checked for form here, for proof by the agency.
    channel: Literal["kiosk", "home_visit"] | None = None
    visitor: Annotated[str, Field(pattern=r"^[A-Za-z0-9._-]{1,64}$")] | None = None
    home_visit: _HomeVisitProof | None = None


def submission_problem(submission: Mapping[str, Any]) -> ItemProblem | None:
    """None if `submission` (the wire form of one item) follows the contract, else why not."""
    try:
        _Submission.model_validate(dict(submission))
    except ValidationError as exc:
        faults = [
            f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
            for error in exc.errors(include_url=False, include_input=False)
        ]
        shown = "; ".join(faults[:_MAX_PROBLEMS])
        more = f" (and {len(faults) - _MAX_PROBLEMS} more)" if len(faults) > _MAX_PROBLEMS else ""
        return ItemProblem(INVALID_ITEM, f"not sent, it can never be accepted: {shown}{more}")
    return None
