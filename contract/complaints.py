"""What kiosk and agency agree on for complaints and suggestions (issue 13 §5, notice §6): the
fixed list of categories and the longest text, so the kiosk's keyboard stops where the agency
would refuse."""

from enum import StrEnum


class ComplaintCategory(StrEnum):
    """What a complaint or suggestion is about; staff sort and report by it."""

    STAFF_CONDUCT = "staff_conduct"
    WAITING_TIME = "waiting_time"
    DECISION = "decision"
    PAYMENT = "payment"
    KIOSK = "kiosk"
    SUGGESTION = "suggestion"
    OTHER = "other"


#: Characters (not bytes) of a complaint's text; Chinese and Korean alike.
MAX_TEXT_CHARS = 500
#: Characters of a staff answer.
MAX_ANSWER_CHARS = 1000
