"""The kiosk's one way to talk to the agency.

Why not urllib3's automatic retries: every attempt must carry a new nonce and signature, or the
server would refuse the retry as a replay. So retries happen here, only for calls that are safe
to repeat (reads, and submissions, which the client reference makes idempotent).
"""

import json
import logging
import time
from collections.abc import Callable, Sequence
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from requests.adapters import HTTPAdapter

from contract.errors import ErrorCode
from kiosk.api import models
from kiosk.api.errors import (
    AgencyError,
    AgencyRejected,
    AgencyUnavailable,
    AuthenticationFailed,
    LoginRejected,
)
from kiosk.api.login import ClaimantLogin
from kiosk.api.signing import signed_headers

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)


class AgencyClient:
    def __init__(
        self,
        base_url: str,
        kiosk_id: str,
        key: bytes,
        *,
        connect_timeout_s: float = 5.0,
        read_timeout_s: float = 15.0,
        verify: bool | str = True,
        attempts: int = 3,
        backoff_s: float = 0.2,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self._key = key
        self._timeout = (connect_timeout_s, read_timeout_s)
        self._attempts = max(1, attempts)
        self._backoff_s = backoff_s
        self._clock = clock
        self.clock_offset_s = 0.0  # server time minus ours, learnt from the Date header
        self._http = requests.Session()
        self._http.verify = verify
        adapter = HTTPAdapter(pool_connections=2, pool_maxsize=4, max_retries=0)
        self._http.mount("http://", adapter)
        self._http.mount("https://", adapter)
        self._http.headers["User-Agent"] = "changtong-kiosk"

    def close(self) -> None:
        self._http.close()

    # -- transport ---------------------------------------------------------------------------

    def _learn_clock(self, response: requests.Response) -> None:
        date_header = response.headers.get("Date")
        if date_header:
            try:
                server_now = parsedate_to_datetime(date_header).timestamp()
            except (TypeError, ValueError):
                return
            self.clock_offset_s = server_now - self._clock()

    def _send_once(self, method: str, path: str, body: bytes) -> requests.Response:
        headers = signed_headers(
            self.kiosk_id, self._key, method, path, body, self._clock() + self.clock_offset_s
        )
        if body:
            headers["Content-Type"] = "application/json"
        try:
            response = self._http.request(
                method,
                self.base_url + path,
                data=body or None,
                headers=headers,
                timeout=self._timeout,
            )
        except requests.Timeout as exc:
            raise AgencyUnavailable("timeout", f"no answer within {self._timeout[1]} s") from exc
        except requests.ConnectionError as exc:
            raise AgencyUnavailable("unreachable", "cannot connect to the agency server") from exc
        self._learn_clock(response)
        return response

    def _error_from(self, response: requests.Response) -> AgencyError:
        try:
            body = response.json()
            code, message, details = (
                str(body["code"]),
                str(body["message"]),
                dict(body.get("details") or {}),
            )
        except (ValueError, KeyError, TypeError):
            code, message, details = f"http_{response.status_code}", response.reason or "error", {}
        if response.status_code >= 500:
            return AgencyUnavailable(code, message, response.status_code, details)
        if response.status_code == 401:
            if code in LoginRejected.CODES:
                return LoginRejected(code, message, response.status_code, details)
            return AuthenticationFailed(code, message, response.status_code, details)
        return AgencyRejected(code, message, response.status_code, details)

    def request(
        self, method: str, path: str, payload: object = None, *, retry: bool
    ) -> requests.Response:
        body = (
            b""
            if payload is None
            else json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        )
        attempts = self._attempts if retry else 1
        clock_retried = False
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._send_once(method, path, body)
            except AgencyUnavailable:
                if attempt >= attempts:
                    raise
                time.sleep(self._backoff_s * attempt)
                continue
            if response.status_code < 400:
                return response
            error = self._error_from(response)
            if error.code == ErrorCode.TIMESTAMP_STALE and not clock_retried:
                clock_retried = True  # the Date header just corrected our offset; one more try
                continue
            if isinstance(error, AgencyUnavailable) and attempt < attempts:
                time.sleep(self._backoff_s * attempt)
                continue
            log.warning(
                "agency refused %s %s: %s (%s)",
                method,
                path.split("?")[0],
                error.code,
                response.status_code,
            )
            raise error

    def _call(
        self, model: type[T], method: str, path: str, payload: object = None, *, retry: bool = True
    ) -> T:
        response = self.request(method, path, payload, retry=retry)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise AgencyUnavailable(
                "bad_answer", f"the server's answer to {path} did not match the contract"
            ) from exc

    # -- API ---------------------------------------------------------------------------------

    def lookup_by_ssn(self, ssn: str, login: ClaimantLogin) -> models.Claimant:
        return self._call(
            models.Claimant,
            "POST",
            "/api/v1/claimants/lookup",
            {"ssn": ssn, "login": login.wire()},
        )

    def lookup_by_card(
        self, region: str, card_number: str, login: ClaimantLogin
    ) -> models.Claimant:
        """3rd-generation cards without a security module give only these two."""
        payload = {"region": region, "card_number": card_number, "login": login.wire()}
        return self._call(models.Claimant, "POST", "/api/v1/claimants/lookup-by-card", payload)

    def login_challenge(self) -> models.LoginChallenge:
        """A single-use challenge for the card, bound to this kiosk (120 s). Safe to retry: an
        unused challenge simply expires."""
        return self._call(models.LoginChallenge, "POST", "/api/v1/login/challenge", {})

    def card_login(
        self, card_id: str, region: str, card_number: str, challenge: str, cryptogram: str
    ) -> models.LoginGranted:
        """The card's answer to the challenge, for a login token. Not retried: the challenge
        is single use, so a retry would only be refused."""
        payload = {
            "method": "card",
            "card_id": card_id,
            "region": region,
            "card_number": card_number,
            "challenge": challenge,
            "cryptogram": cryptogram,
        }
        return self._call(models.LoginGranted, "POST", "/api/v1/login/card", payload, retry=False)

    def ecard_login(self, code: str) -> models.EcardLoginGranted:
        """The text scanned from the e-card's QR code, for a login token and the holder's ID
        number. Not retried: the code is single use, so a retry after a lost answer would only
        be refused as a replay (the claimant shows the app's fresh code instead)."""
        return self._call(
            models.EcardLoginGranted, "POST", "/api/v1/login/ecard", {"code": code}, retry=False
        )

    def request_code(self, id_number: str) -> models.OtpSent:
        # Not retried: each call texts a new code to the claimant.
        return self._call(
            models.OtpSent, "POST", "/api/v1/otp/request", {"id_number": id_number}, retry=False
        )

    def verify_code(self, id_number: str, code: str) -> models.LoginGranted:
        return self._call(
            models.LoginGranted,
            "POST",
            "/api/v1/otp/verify",
            {"id_number": id_number, "code": code},
            retry=False,
        )

    def eligibility(self, ssn: str, login: ClaimantLogin) -> models.Eligibility:
        return self._call(
            models.Eligibility,
            "POST",
            "/api/v1/eligibility",
            {"ssn": ssn, "login": login.wire()},
        )

    def submit(self, submission: dict[str, Any]) -> models.SubmissionResult:
        """Safe to retry: the server treats `client_reference` as the idempotency key.

        `submission` carries `login` beside `payload` (kiosk.api.login.SubmissionLogin.wire())."""
        return self._call(models.SubmissionResult, "POST", "/api/v1/claims", submission)

    def submit_batch(self, submissions: Sequence[dict[str, Any]]) -> list[models.BatchItemResult]:
        response = self.request(
            "POST", "/api/v1/claims/batch", {"items": list(submissions)}, retry=False
        )
        try:
            results = TypeAdapter(list[models.BatchItemResult]).validate_python(
                response.json()["results"]
            )
        except (ValueError, KeyError, ValidationError) as exc:
            raise AgencyUnavailable(
                "bad_answer", "the batch answer did not match the contract"
            ) from exc
        return results

    def claim(self, reference: str) -> models.Claim:
        return self._call(models.Claim, "GET", f"/api/v1/claims/{reference}")

    def claims_of(self, ssn: str, login: ClaimantLogin) -> list[models.Claim]:
        response = self.request(
            "POST",
            "/api/v1/claimants/claims",
            {"ssn": ssn, "login": login.wire()},
            retry=True,
        )
        try:
            return TypeAdapter(list[models.Claim]).validate_python(response.json()["claims"])
        except (ValueError, KeyError, ValidationError) as exc:
            raise AgencyUnavailable(
                "bad_answer", "the claims answer did not match the contract"
            ) from exc

    def courses(self, ssn: str, login: ClaimantLogin) -> list[models.Course]:
        response = self.request(
            "POST", "/api/v1/courses", {"ssn": ssn, "login": login.wire()}, retry=True
        )
        try:
            return TypeAdapter(list[models.Course]).validate_python(response.json()["courses"])
        except (ValueError, KeyError, ValidationError) as exc:
            raise AgencyUnavailable(
                "bad_answer", "the courses answer did not match the contract"
            ) from exc

    # -- the claimant's changes after applying (docs/api.md, "Claimant changes") -------------

    def report_change(
        self,
        ssn: str,
        login: ClaimantLogin,
        *,
        client_reference: str,
        kind: str,
        effective_date: date,
        employer_code: str | None = None,
        employer_name: str | None = None,
    ) -> models.ChangeReceipt:
        """Safe to retry: `client_reference` (a UUID the kiosk makes once) is the idempotency
        key; a resend answers the same receipt with result "duplicate"."""
        payload: dict[str, Any] = {
            "client_reference": client_reference,
            "ssn": ssn,
            "login": login.wire(),
            "kind": kind,
            "effective_date": effective_date.isoformat(),
        }
        if employer_code is not None:
            payload["employer_code"] = employer_code
        if employer_name is not None:
            payload["employer_name"] = employer_name
        return self._call(models.ChangeReceipt, "POST", "/api/v1/changes", payload)

    def withdraw_claim(
        self, reference: str, ssn: str, login: ClaimantLogin
    ) -> models.WithdrawalReceipt:
        """Not retried: a second try after a lost answer is refused with 409
        `claim_not_withdrawable` and `details.state` "withdrawn", which the caller can read."""
        return self._call(
            models.WithdrawalReceipt,
            "POST",
            f"/api/v1/claims/{reference}/withdraw",
            {"ssn": ssn, "login": login.wire()},
            retry=False,
        )

    def request_mobile_code(
        self, ssn: str, login: ClaimantLogin, new_mobile: str
    ) -> models.OtpSent:
        # Not retried: each call texts a new code to the new number.
        return self._call(
            models.OtpSent,
            "POST",
            "/api/v1/claimants/mobile/code",
            {"ssn": ssn, "login": login.wire(), "new_mobile": new_mobile},
            retry=False,
        )

    def change_mobile(
        self, ssn: str, login: ClaimantLogin, new_mobile: str, code: str
    ) -> models.MobileChanged:
        # Not retried: every try counts against the code's five.
        return self._call(
            models.MobileChanged,
            "POST",
            "/api/v1/claimants/mobile",
            {"ssn": ssn, "login": login.wire(), "new_mobile": new_mobile, "code": code},
            retry=False,
        )

    def payment_accounts(self, ssn: str, login: ClaimantLogin) -> list[models.PaymentAccount]:
        return self._accounts("/api/v1/claimants/accounts", {"ssn": ssn, "login": login.wire()})

    def choose_payment_account(
        self, ssn: str, login: ClaimantLogin, account_id: int
    ) -> list[models.PaymentAccount]:
        """Safe to retry: choosing the account already in use changes nothing."""
        return self._accounts(
            "/api/v1/claimants/accounts/choose",
            {"ssn": ssn, "login": login.wire(), "account_id": account_id},
        )

    def _accounts(self, path: str, payload: dict[str, Any]) -> list[models.PaymentAccount]:
        response = self.request("POST", path, payload, retry=True)
        try:
            return TypeAdapter(list[models.PaymentAccount]).validate_python(
                response.json()["accounts"]
            )
        except (ValueError, KeyError, ValidationError) as exc:
            raise AgencyUnavailable(
                "bad_answer", "the accounts answer did not match the contract"
            ) from exc

    # -- counter appointments and complaints (docs/api.md, "Appointments", "Complaints") -------

    def free_slots(self, ssn: str, login: ClaimantLogin) -> models.FreeSlots:
        """The claimant's service centre and its slots over the bookable working days."""
        return self._call(
            models.FreeSlots,
            "POST",
            "/api/v1/appointments/slots",
            {"ssn": ssn, "login": login.wire()},
        )

    def book_appointment(
        self,
        ssn: str,
        login: ClaimantLogin,
        *,
        client_reference: str,
        purpose: str,
        day: date,
        starts_at: str,
        language: str = "zh_CN",
    ) -> models.AppointmentBooked:
        """Safe to retry: `client_reference` is the idempotency key (a resend answers the same
        booking with result "duplicate"). A full slot is 409 `slot_full`."""
        payload = {
            "client_reference": client_reference,
            "ssn": ssn,
            "login": login.wire(),
            "purpose": purpose,
            "day": day.isoformat(),
            "starts_at": starts_at,
            "language": language,
        }
        return self._call(models.AppointmentBooked, "POST", "/api/v1/appointments", payload)

    def my_appointments(self, ssn: str, login: ClaimantLogin) -> list[models.Appointment]:
        return self._list(
            models.Appointment,
            "/api/v1/appointments/mine",
            {"ssn": ssn, "login": login.wire()},
            "appointments",
        )

    def cancel_appointment(
        self, reference: str, ssn: str, login: ClaimantLogin
    ) -> models.Appointment:
        """Safe to retry: cancelling a cancelled booking answers it unchanged."""
        return self._call(
            models.Appointment,
            "POST",
            f"/api/v1/appointments/{reference}/cancel",
            {"ssn": ssn, "login": login.wire()},
        )

    def file_complaint(
        self,
        ssn: str,
        login: ClaimantLogin,
        *,
        client_reference: str,
        category: str,
        text: str,
        claim_reference: str | None = None,
        language: str = "zh_CN",
    ) -> models.ComplaintFiled:
        """Safe to retry: `client_reference` is the idempotency key."""
        payload: dict[str, Any] = {
            "client_reference": client_reference,
            "ssn": ssn,
            "login": login.wire(),
            "category": category,
            "text": text,
            "language": language,
        }
        if claim_reference is not None:
            payload["claim_reference"] = claim_reference
        return self._call(models.ComplaintFiled, "POST", "/api/v1/complaints", payload)

    def my_complaints(self, ssn: str, login: ClaimantLogin) -> list[models.Complaint]:
        return self._list(
            models.Complaint,
            "/api/v1/complaints/mine",
            {"ssn": ssn, "login": login.wire()},
            "complaints",
        )

    def _list(self, model: type[T], path: str, payload: dict[str, Any], key: str) -> list[T]:
        response = self.request("POST", path, payload, retry=True)
        try:
            return TypeAdapter(list[model]).validate_python(  # type: ignore[valid-type]
                response.json()[key]
            )
        except (ValueError, KeyError, ValidationError) as exc:
            raise AgencyUnavailable(
                "bad_answer", f"the answer to {path} did not match the contract"
            ) from exc

    def registration_proof(self, ssn: str, login: ClaimantLogin) -> models.RegistrationProof:
        """A new proof of unemployment registration (a new verification code each time, so not
        retried); 404 `no_registration` when nothing on file registered the claimant."""
        return self._call(
            models.RegistrationProof,
            "POST",
            "/api/v1/claimants/registration-proof",
            {"ssn": ssn, "login": login.wire()},
            retry=False,
        )

    def heartbeat(self, beat: dict[str, Any]) -> models.HeartbeatAck:
        return self._call(models.HeartbeatAck, "POST", "/api/v1/kiosks/heartbeat", beat)

    def reachable(self) -> bool:
        """A cheap probe for the sync engine: any HTTP answer means the network path works."""
        try:
            self._http.get(self.base_url + "/health", timeout=self._timeout).close()
        except requests.RequestException:
            return False
        return True
