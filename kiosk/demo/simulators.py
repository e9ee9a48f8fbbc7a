"""The simulated devices of a demo kiosk, each behind its real transport, and their controls.

pcscd (started only if not already running with the vpcd readers, and then stopped by us alone)
with the vpcd virtual card, the ID-card reader on a pty, the receipt printer on a TCP port, and
the network proxy between kiosk and agency. The control panel drives them through this class;
the kiosk itself sees only real devices and a real network path.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import requests

from devices.sim.card_profile import CardProfile
from devices.sim.id_reader_pty import PtyIdReader, SimIdCard
from devices.sim.id_text_block import ForeignerCard2017, ForeignerCard2023, ResidentCard
from devices.sim.pcscd_service import VPCD_READER, PcscdService
from devices.sim.printer_sim import TcpPrinterSim
from devices.sim.scanner_pty import PtyScanner
from devices.sim.vpcd_card import VirtualCard
from kiosk.demo.network_proxy import NetworkProxy

log = logging.getLogger(__name__)

DEMO_PIN = "123456"
# A cloned card's key: any but the issuer's (contract.card_proof.TEST_ISSUER_KEY), so its answer
# to the agency's challenge is wrong although everything readable on it is right.
CLONE_MASTER_KEY = b"cloned-card-key!"


@dataclass(frozen=True)
class CastMember:
    """One demo claimant as `GET /api/dev/cast` lists them (all fictitious)."""

    scenario: str
    name: str
    ssn: str
    gender: str
    birth_date: date
    mobile: str
    card_number: str
    card_region: str
    english_name: str = ""  # foreign permanent residents' cards only

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> CastMember:
        return cls(
            scenario=row["scenario"],
            name=row["name"],
            ssn=row["ssn"],
            gender=row["gender"],
            birth_date=date.fromisoformat(row["birth_date"]),
            mobile=row["mobile"],
            card_number=row["card_number"],
            card_region=row["card_region"],
            english_name=row.get("english_name", ""),
        )

    def card_profile(self, **switches: Any) -> CardProfile:
        return CardProfile(
            ssn=self.ssn,
            name=self.name,
            card_number=self.card_number,
            region=self.card_region,
            birth_date=self.birth_date,
            gender="1" if self.gender == "M" else "2",
            pin=DEMO_PIN,
            **switches,
        )

    def id_card(self) -> SimIdCard:
        """The card this person holds: a resident card, or a foreign permanent residence card
        of 2017 (15-character number, layout I) or 2023 (leading 9, layout Y)."""
        gender = "1" if self.gender == "M" else "2"
        born = self.birth_date.strftime("%Y%m%d")
        if len(self.ssn) == 15:
            return ForeignerCard2017(
                english_name=self.english_name or self.name,
                gender=gender,
                card_number=self.ssn,
                nationality=self.ssn[:3],
                chinese_name=self.name,
                birth_date=born,
            )
        if self.ssn.startswith("9"):
            return ForeignerCard2023(
                chinese_name=self.name,
                gender=gender,
                birth_date=born,
                english_name=self.english_name or self.name,
                card_number=self.ssn,
                nationality="KOR" if self.ssn[3:6] == "410" else "",
            )
        return ResidentCard(name=self.name, gender=gender, id_number=self.ssn, birth_date=born)


def fetch_cast(server_url: str) -> list[CastMember]:
    rows = requests.get(f"{server_url}/api/dev/cast", timeout=10).json()
    return [CastMember.from_json(row) for row in rows]


class DemoDevices:
    def __init__(self, root: Path, server_host: str, server_port: int) -> None:
        self.proxy = NetworkProxy(server_host, server_port)
        self.printer = TcpPrinterSim()
        self.id_reader = PtyIdReader(str(root / "ttyIDR0"))
        self.scanner = PtyScanner(str(root / "ttyACM0"))
        self._pcscd = PcscdService()
        self.card_reader: str | None = None
        self.card: VirtualCard | None = None
        self.cast: list[CastMember] = []
        self.last_ecard_code = ""  # a live credential for the demo's replay button only
        self.server_url = ""

    @property
    def id_reader_port(self) -> str:
        return self.id_reader.path

    def start(self) -> list[str]:
        """Starts what it can; returns one line per device for the console."""
        notes = []
        self.proxy.start()
        notes.append(f"network: kiosk → proxy {self.proxy.url} → agency")
        self.printer.start()
        notes.append(f"receipt printer simulator at {self.printer.uri}")
        self.id_reader.start()
        notes.append(f"ID-card reader simulator on {self.id_reader.path}")
        self.scanner.start()
        notes.append(f"2D barcode scanner simulator on {self.scanner.path} (e-card QR codes)")
        try:
            started = self._pcscd.start()
        except (RuntimeError, FileNotFoundError) as error:
            notes.append(f"no social security card reader: pcscd with vpcd unavailable ({error})")
        else:
            self.card_reader = VPCD_READER
            how = "started pcscd" if started else "pcscd already running"
            notes.append(f"card reader: {VPCD_READER} ({how}); demo PIN {DEMO_PIN}")
        return notes

    def stop(self) -> None:
        self.remove_card()
        self.id_reader.stop()
        self.scanner.stop()
        self.printer.stop()
        self.proxy.stop()
        self._pcscd.stop()  # only a pcscd this demo started

    def load_cast(self, server_url: str) -> None:
        self.server_url = server_url
        self.cast = fetch_cast(server_url)

    def last_text_message(self, member: CastMember) -> str | None:
        """What the reference server 'texted' this claimant: the one-time code for ID-card logins.
        Development servers only; a real agency sends it to the claimant's phone."""
        answer = requests.get(f"{self.server_url}/api/dev/sms-outbox/{member.mobile}", timeout=10)
        text = answer.json().get("text") if answer.ok else None
        return text if isinstance(text, str) else None

    # -- what the presenter does ------------------------------------------------------------

    def insert_card(self, member: CastMember, **switches: Any) -> None:
        self.remove_card()
        card = VirtualCard(member.card_profile(**switches))
        card.insert()
        self.card = card

    def remove_card(self) -> None:
        card, self.card = self.card, None
        if card is not None:
            card.remove()

    def tap_id_card(self, member: CastMember) -> None:
        self.id_reader.card = member.id_card()

    def show_ecard(self, member: CastMember, *, age_s: int = 0) -> None:
        """The claimant holds the e-card's QR code up to the scanner. The code comes from the
        reference server's e-card platform (development servers only): a real one comes from
        the national app on the claimant's phone. `age_s`: an old screenshot (expired)."""
        answer = requests.post(
            f"{self.server_url}/api/dev/ecard-code",
            json={"ssn": member.ssn, "age_s": age_s},
            timeout=10,
        )
        answer.raise_for_status()
        self.last_ecard_code = str(answer.json()["code"])
        self.scanner.show(self.last_ecard_code)

    def show_ecard_again(self) -> bool:
        """The same code once more, as a photographed code would be replayed; False if none."""
        if not self.last_ecard_code:
            return False
        return self.scanner.show(self.last_ecard_code)

    def show_barcode(self, text: str) -> None:
        """Anything else held up to the scanner: a receipt's QR code, a shopping app."""
        self.scanner.show(text)

    def lift_id_card(self) -> None:
        self.id_reader.card = None

    def cut_network(self) -> None:
        self.proxy.cut()

    def restore_network(self) -> None:
        self.proxy.restore()

    def set_paper_out(self, out: bool) -> None:
        self.printer.state.paper_out = out
