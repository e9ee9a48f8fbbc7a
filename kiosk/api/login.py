"""The claimant's proof on every claimant-scoped request, as the agency receives it.

The kiosk's own signature only says which kiosk speaks; anyone holding a copied kiosk key could
say anything else. So each request about a claimant carries `login`, which the agency checks
itself (docs/api.md, "Claimant login"):

- `{"method": "otp" | "card" | "ecard", "token": T}`: the agency's token from /otp/verify (ID
  card and one-time code), /login/card (the card answered the agency's challenge after its PIN)
  or /login/ecard (the e-card platform vouched for the QR code's single-use code).
- `{"method": "card_offline", ...}`: on a submission only. The card answered a challenge derived
  from the submission itself (contract.card_proof.offline_challenge), so the claim can wait in
  the queue for days and still prove that the genuine card and its PIN were there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class TokenLogin:
    """A login token the agency issued for this kiosk and claimant; a credential, never logged."""

    method: Literal["otp", "card", "ecard"]
    token: str = field(repr=False)

    def wire(self) -> dict[str, Any]:
        return {"method": self.method, "token": self.token}


@dataclass(frozen=True)
class CardOfflineProof:
    """The card's cryptogram over the offline challenge of one submission (32 hex each)."""

    card_id: str = field(repr=False)
    region: str
    card_number: str = field(repr=False)
    cryptogram: str = field(repr=False)

    def wire(self) -> dict[str, Any]:
        return {
            "method": "card_offline",
            "card_id": self.card_id,
            "region": self.region,
            "card_number": self.card_number,
            "cryptogram": self.cryptogram,
        }


#: What a look-up, eligibility, claims or courses request carries.
ClaimantLogin = TokenLogin
#: What a submission carries beside its payload.
SubmissionLogin = TokenLogin | CardOfflineProof
