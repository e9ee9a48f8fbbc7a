"""What a card reader reports about its slot, in one set of names for the card monitor, the
technician's diagnostics and `kiosk devices list`. No pyscard here, so anything may import it."""

import enum


class ReaderState(enum.Enum):
    """The closed set of states the flow reacts to."""

    CARD_PRESENT = "card_present"
    NO_CARD = "no_card"
    NO_READER = "no_reader"
    CARD_ERROR = "card_error"  # mute or unpowerable card
    UNKNOWN_ERROR = "unknown_error"
