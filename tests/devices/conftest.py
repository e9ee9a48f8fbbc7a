"""Fixtures for the device tests: pcscd with vpcd, virtual cards, pty readers, printer sinks.

pcscd is started only when it is not already running, and only the process started here is
stopped at the end of the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devices.sim.card_profile import CardProfile
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.pcscd_service import VPCD_READER, PcscdService, wait_card_state
from devices.sim.vpcd_card import VirtualCard


@pytest.fixture(scope="session")
def pcscd_service() -> Iterator[tuple[PcscdService, bool]]:
    """(service, started_here): tests may restart pcscd only when this session started it."""
    service = PcscdService()
    try:
        started = service.start()
    except (RuntimeError, FileNotFoundError) as exc:
        pytest.skip(f"pcscd with vpcd unavailable: {exc}")
    yield service, started
    service.stop()


@pytest.fixture(scope="session")
def pcscd(pcscd_service: tuple[PcscdService, bool]) -> str:
    return VPCD_READER


@pytest.fixture
def insert_card(pcscd: str) -> Iterator[Callable[..., VirtualCard]]:
    """insert_card(profile=None, wait=True) puts a virtual card into the vpcd reader."""
    cards: list[VirtualCard] = []

    def insert(profile: CardProfile | None = None, *, wait: bool = True) -> VirtualCard:
        card = VirtualCard(profile or CardProfile())
        card.insert()
        cards.append(card)
        if wait:
            wait_card_state(pcscd, present=True)
        return card

    yield insert
    for card in cards:
        card.remove()
    wait_card_state(pcscd, present=False)


@pytest.fixture
def pty_reader(tmp_path: Path) -> Iterator[PtyIdReader]:
    """A simulated ID-card reader module on a pty, reachable at a stable symlink."""
    sim = PtyIdReader(str(tmp_path / "ttyIDR0")).start()
    yield sim
    sim.stop()
