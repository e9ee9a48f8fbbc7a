"""The seam to the operator's SMS gateway: one call, `send(to, text, idempotency_key)`.

The reference adapter posts JSON `{"to", "text", "idempotency_key"}` with the shared token as a
bearer token. A province plugs its operator's interface in by writing another class with the
same `send`; the sender (server/sms/sender.py) decides retries from the outcome alone. The
gateway must treat the idempotency key as such: a text resent after a lost answer is delivered
once. Nothing here logs the number or the text.
"""

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Outcome(StrEnum):
    SENT = "sent"  # the gateway took the text (or had taken it under this key before)
    RETRY = "retry"  # no answer, or the gateway is busy or failing: try again later
    REJECTED = "rejected"  # the gateway refused this text for good (a bad number, say)


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    detail: str = ""  # an HTTP status or an error class: safe for logs and the outbox row


class SmsGateway(Protocol):
    def send(self, to: str, text: str, idempotency_key: str) -> SendResult: ...


# Statuses worth another try besides 5xx: timeouts, throttling, and a token the gateway does not
# (yet) accept, which is the agency's configuration to fix, not a reason to drop the text.
RETRYABLE = frozenset({401, 403, 408, 425, 429})


class HttpSmsGateway:
    def __init__(self, url: str, token: str, *, timeout_s: float = 10.0) -> None:
        self.url = url
        self._token = token
        self.timeout_s = timeout_s

    def __repr__(self) -> str:  # the token stays out of reprs and tracebacks
        return f"HttpSmsGateway({self.url!r})"

    def send(self, to: str, text: str, idempotency_key: str) -> SendResult:
        body = json.dumps(
            {"to": to, "text": text, "idempotency_key": idempotency_key}, ensure_ascii=False
        ).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Authorization": f"Bearer {self._token}",
                "Idempotency-Key": idempotency_key,
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as answer:
                return SendResult(Outcome.SENT, str(answer.status))
        except urllib.error.HTTPError as error:
            status = error.code
            error.close()
            if status >= 500 or status in RETRYABLE:
                return SendResult(Outcome.RETRY, str(status))
            return SendResult(Outcome.REJECTED, str(status))
        except (OSError, ValueError) as error:  # refused, reset, timed out, a broken answer
            return SendResult(Outcome.RETRY, type(error).__name__)
