"""What kiosk and agency agree on for counter appointments (issue 13 §5, notice §3): why a
claimant books a counter, from a fixed list. The kiosk tells the claimant what to bring for
each; the agency keeps one active booking per person and purpose."""

from enum import StrEnum


class AppointmentPurpose(StrEnum):
    """What self-service could not finish."""

    DEEMED_CONTRIBUTION = "deemed_contribution"  # 视同缴费: years before contributions, documents
    IDENTITY = "identity"  # a problem with the identity on file
    ACCOUNT = "account"  # a problem with the payment account
    OTHER = "other"
