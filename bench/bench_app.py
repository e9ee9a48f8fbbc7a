"""Figures for the kiosk app itself, offscreen: cold start, screen transitions, memory, throughput.

    .venv/bin/python -m bench.bench_app [--sessions 500] [--json FILE]

- cold_start_s: a fresh `python` process (this module with `--cold-start-child`) builds KioskApp
  with demo-like settings (a queue file, no devices, the agency URL on a dead loopback port) and
  prints a marker from the idle screen's first paint event; measured from the parent, from
  just before the exec to the marker line. Median of 5. Our packages' bytecode is compiled
  first, as a deployed kiosk's is (pip compiles on install).
- qt_floor_s: the same measurement for a bare PySide6 window (QApplication, one 1920×1080
  QWidget shown, the marker from its first paint) in a fresh process, run alternately with the
  kiosk's runs: what any PySide6 app pays on this machine. `cold_start_s / qt_floor_s` is the
  figure that compares across machines.
- idle_rss_mb: the RSS of that child, read from /proc by the parent 3 s after the idle screen was
  painted (start-up settled, background threads up, idle-time building done).
- screen_transition_ms / screen_transition_p95_ms: from `SessionController.post(intent)` to the
  first paint event of the widget that then shows the session, over every intent of the scripted
  sessions that changed the view (PIN → identity, identity → home, home → loading, apply steps,
  result → receipt, …). This is the UI's share; `answer_ms` below adds the agency's.
- answer_ms: median time from the intent to the painted screen with the agency's answer for the
  loads (eligibility, status) and the submission (intent → result screen painted).
- sessions_per_s, rss_growth_pct: 500 scripted sessions in this process; RSS after the first 50
  against RSS after all 500.

The sessions run against the real reference server (`kiosk server run` in its own process, SQLite,
seeded), through the demo's network proxy on loopback, with the real queue file, the real agency
client, outbox and sync engine, and the printer simulator on TCP (receipts are really rendered and
parsed). The social security card is the one part scripted: pcscd + vpcd polls card presence
(hundreds of milliseconds per insertion) and its one virtual slot is shared by everyone on the
machine, so 500 insertions would measure vpcd and collide with other runs. Instead the card port
answers what `kiosk.adapters.card.CardAdapter` returns for that card (`CardRead` with the
holder's identity and 3 tries, `PinAccepted` for 123456), and the driver posts the `CardInserted` /
`CardRemoved` events the presence monitor would post. The card reader configured for the app is a
name no reader has, so the real presence monitor runs but never sees someone else's card.

Session script (card insert → PIN → confirm → home → [status] → eligibility → apply → submit →
result → print → finish → card out → idle, a guide visit every few sessions): the claimant's
intents are posted to the controller exactly as the screens' `intent` signals post them.
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import json
import os
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from tests.doubles import FakeFlowClock

COLD_START_MARKER = "CHANGTONG-IDLE-PAINTED"
PIN = "123456"
NO_SUCH_READER = "changtong-bench-no-such-reader"


# -- small helpers --------------------------------------------------------------------------


def rss_mb(pid: int | None = None) -> float:
    """Resident set size in MiB, from /proc (Linux)."""
    path = f"/proc/{pid or 'self'}/status"
    with open(path, encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    raise RuntimeError("no VmRSS in " + path)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def dead_url() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def kiosk_settings_dict(
    url: str,
    kiosk_id: str,
    queue: Path,
    *,
    printer_uri: str | None = None,
    id_port: str | None = None,
    read_timeout_s: float = 5.0,
) -> dict[str, Any]:
    return {
        "server": {"url": url, "connect_timeout_s": 1.0, "read_timeout_s": read_timeout_s},
        "kiosk": {"id": kiosk_id, "region": "222405"},
        "ui": {"fullscreen": False, "hide_cursor": False},
        "queue": {"path": str(queue), "sync_interval_s": 5},
        "devices": {
            "card_reader": {"reader": NO_SUCH_READER},
            "id_reader": {"port": id_port},
            "printer": {"uri": printer_uri, "paper_width_mm": 80},
        },
    }


# -- cold start -------------------------------------------------------------------------------


def cold_start_child(url: str, root: Path, stay: bool) -> int:
    """The measured process: KioskApp up, the idle screen painted, a marker on stdout. Imports
    in the order `kiosk run` does (kiosk/cli.py: the settings, then the app, which loads Qt)."""
    from config import Secrets, Settings
    from kiosk.app.main import KioskApp
    from kiosk.i18n import install_language

    # isort: split
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    settings = Settings.model_validate(kiosk_settings_dict(url, "kiosk-bench-001", root / "q.db"))
    install_language(app, settings.ui.default_language)
    kiosk = KioskApp(
        settings,
        Secrets(kiosk_key=secrets.token_bytes(32), queue_data_key=secrets.token_bytes(32)),
    )
    idle = kiosk.shell.screen_widget("idle")

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and watched is idle:
                self.done = True
                print(COLD_START_MARKER, flush=True)
                if not stay:
                    QTimer.singleShot(0, app.quit)
            return False

    painted = FirstPaint()
    idle.installEventFilter(painted)
    kiosk.shell.show()
    kiosk.start()
    try:
        app.exec()
    finally:
        kiosk.stop()
    return 0


def qt_floor_child() -> int:
    """A bare PySide6 window: what the kiosk's cold start cannot go below on this machine."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1920, 1080)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window:
                window.removeEventFilter(self)
                print(COLD_START_MARKER, flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    painted = FirstPaint()
    window.installEventFilter(painted)
    window.show()
    return app.exec()


def time_to_marker(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.strip() == COLD_START_MARKER:
                return time.perf_counter() - began
        raise RuntimeError("the process ended before its first paint")
    finally:
        child.wait(30)


# Our packages; an installed kiosk has their bytecode (pip compiles a wheel's modules on install,
# deploy/kiosk/install), a source checkout may not (PYTHONDONTWRITEBYTECODE, a fresh clone).
OUR_PACKAGES = ("config", "contract", "devices", "kiosk", "offline_queue", "screens", "bench")


def compile_our_bytecode() -> None:
    """Cold start is measured as a deployed kiosk starts: with its modules' bytecode on disk,
    not compiling ~300 modules from source on every start."""
    root = Path(__file__).resolve().parents[1]
    for package in OUR_PACKAGES:
        compileall.compile_dir(root / package, quiet=1, workers=1)


def bench_cold_start(runs: int = 5, settle_s: float = 3.0) -> dict[str, float]:
    compile_our_bytecode()
    times: list[float] = []
    floor: list[float] = []
    idle_rss: float | None = None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
        for run in range(runs):
            floor.append(
                time_to_marker([sys.executable, "-m", "bench.bench_app", "--qt-floor-child"], env)
            )
            root = Path(tmp) / f"run{run}"
            root.mkdir()
            stay = run == runs - 1
            command = [sys.executable, "-m", "bench.bench_app", "--cold-start-child", dead_url()]
            command += ["--root", str(root)] + (["--stay"] if stay else [])
            began = time.perf_counter()
            child = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
            assert child.stdout is not None
            try:
                for line in child.stdout:
                    if line.strip() == COLD_START_MARKER:
                        times.append(time.perf_counter() - began)
                        break
                else:
                    raise RuntimeError("the kiosk process ended before painting the idle screen")
                if stay:
                    time.sleep(settle_s)
                    idle_rss = rss_mb(child.pid)
                    child.terminate()
                child.wait(30)
            finally:
                if child.poll() is None:
                    child.kill()
                    child.wait(10)
    assert idle_rss is not None
    cold, qt_floor = statistics.median(times), statistics.median(floor)
    return {
        "cold_start_s": cold,
        "qt_floor_s": qt_floor,
        "cold_start_vs_qt_floor": cold / qt_floor,
        "idle_rss_mb": idle_rss,
    }


# -- the agency and the people ----------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    ssn: str
    name: str
    mobile: str
    card_number: str
    card_region: str


def people_of(database_url: str, ssns: list[str]) -> list[Person]:
    from server.db import make_engine, make_session_factory
    from server.services.claimant_index import claimant_by_ssn

    engine = make_engine(database_url)
    people = []
    try:
        with make_session_factory(engine)() as session:
            for ssn in ssns:
                c = claimant_by_ssn(session, ssn)  # ID numbers are encrypted: the blind index
                if c is not None:
                    people.append(Person(c.ssn, c.name, c.mobile, c.card_number, c.card_region))
    finally:
        engine.dispose()
    return people


@dataclass
class Agency:
    url: str
    kiosk_id: str
    kiosk_key: bytes
    database_url: str
    people: list[Person]


@contextmanager
def running_agency(root: Path, people: int, kiosk_id: str = "kiosk-bench-001") -> Iterator[Agency]:
    """The reference server in its own process (`kiosk server run`), seeded, on loopback."""
    from bench.agency_fixture import prepare_agency, start_server, stop_server

    prepared = prepare_agency(root, [kiosk_id], people)
    process = start_server(prepared, log=root / "server.log")
    try:
        persons = people_of(prepared.database_url, [ssn for ssn, _ in prepared.claimants])
        yield Agency(
            prepared.url, kiosk_id, prepared.keys[kiosk_id], prepared.database_url, persons
        )
    finally:
        stop_server(process)


# -- the kiosk under test -----------------------------------------------------------------------


class FakeCard:
    """The card port, answering what CardAdapter answers for the card in the reader.

    `fault` makes the next read (or PIN check) return that fault, as the adapter does when the
    card is pulled mid-read or the reader goes away."""

    def __init__(self) -> None:
        self.person: Person | None = None
        self.read_fault: Any = None
        self.pin_fault: Any = None

    def read_card(self) -> Any:
        from kiosk.domain.claimant import CardIdentity
        from kiosk.domain.identity import IdNumber
        from kiosk.flow.ports import CardReading

        fault, self.read_fault = self.read_fault, None
        if fault is not None:
            return fault
        person = self.person
        if person is None:
            from kiosk.domain.faults import CardFault

            return CardFault.REMOVED
        from server.synthetic import card_identification_code

        identity = CardIdentity(
            IdNumber(person.ssn),
            person.name,
            person.card_number,
            person.card_region,
            card_identification_code(person.card_region, person.card_number),  # EF05 tag 01
        )
        return CardReading(identity, 3)

    def verify_pin(self, pin: str) -> Any:
        from kiosk.flow.ports import PinAccepted, PinRejected

        fault, self.pin_fault = self.pin_fault, None
        if fault is not None:
            return fault
        return PinAccepted() if pin == PIN else PinRejected(2)

    def answer_challenge(self, challenge: bytes) -> Any:
        """INTERNAL AUTHENTICATE: the seeded person's card, made with the test issuer key."""
        from contract.card_proof import TEST_ISSUER_KEY, card_key, cryptogram
        from kiosk.domain.faults import CardFault
        from server.synthetic import card_identification_code

        person = self.person
        if person is None:
            return CardFault.REMOVED
        card_id = card_identification_code(person.card_region, person.card_number)
        return cryptogram(card_key(TEST_ISSUER_KEY, bytes.fromhex(card_id)), challenge)


class Stuck(Exception):
    """The kiosk did not reach the expected screen in time."""


@dataclass
class Outcome:
    """What one session told its claimant."""

    person: Person
    reference: str | None = None
    delivery: str | None = None
    printed: str | None = None
    screens: list[str] = field(default_factory=list)


class Driver:
    """A KioskApp plus the means to post intents and wait for painted screens."""

    def __init__(self, app: Any, card: FakeCard, clock: FakeFlowClock) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QWidget

        self.app = app
        self.card = card
        self.clock = clock
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        self.qapp = qapp
        self.transitions_ms: list[float] = []
        self.answers_ms: list[float] = []
        self.restyles_ms: list[float] = []  # the same screen re-styled (larger text on)
        self.measure = True  # False: do not wait for paints (many sessions, quickly)
        stack = app.shell.stack
        driver = self
        self.painted_at = 0.0

        class PaintWatch(QObject):
            """On the stack's pages, not the whole application: an application-wide filter
            sees every event of every widget (hundreds per screen change) and its own cost,
            about 1.5 ms a transition, went into the figure. A page is painted before its
            children, whichever of them changed, because they do not paint their own
            background (Qt paints a transparent child's parent under it first)."""

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if watched is stack.currentWidget() and event.type() == QEvent.Type.Paint:
                    driver.painted_at = time.perf_counter()
                return False

        self._watch = PaintWatch()
        self._watched: list[QWidget] = []

        def watch(index: int) -> None:  # pages built on first use are added as they show
            page = stack.widget(index)
            if driver.measure and page is not None and page not in self._watched:
                page.installEventFilter(self._watch)
                self._watched.append(page)

        for index in range(stack.count()):
            watch(index)
        stack.currentChanged.connect(watch)
        # wakes the event loop while waiting, so a condition is checked at least every 5 ms
        self._pulse = QTimer()
        self._pulse.setInterval(5)
        self._pulse.start()

    def close(self) -> None:
        self._pulse.stop()
        self.unwatch()

    def unwatch(self) -> None:
        for page in self._watched:
            page.removeEventFilter(self._watch)
        self._watched.clear()

    @property
    def screen(self) -> Any:
        return self.app.controller.view.screen

    def pump(self, seconds: float) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.qapp.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def wait(self, condition: Callable[[], bool], timeout_s: float, what: str) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + timeout_s
        flags = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        while not condition():
            if time.monotonic() > deadline:
                raise Stuck(f"{what}: still on {type(self.screen).__name__}")
            self.qapp.processEvents(flags)

    def _painted_view(self, view_type: type | None, since: float) -> Callable[[], bool]:
        def done() -> bool:
            screen = self.screen
            if view_type is not None and not isinstance(screen, view_type):
                return False
            return self.painted_at >= since

        return done

    def post(
        self,
        event: Any,
        expect: type | None = None,
        timeout_s: float = 20.0,
        into: list[float] | None = None,
    ) -> float:
        """Posts `event`; waits for the view to change and be painted (and, with `expect`, for
        that view type). Returns ms from the post to the paint of the first changed view; with
        `expect`, the figure is also kept as an answer time when it took more than one view."""
        before = self.app.controller.view
        began = time.perf_counter()
        self.app.controller.post(event)
        changed = self.app.controller.view is not before
        first_ms: float | None = None
        if not self.measure:
            if expect is not None and not isinstance(self.screen, expect):
                self.wait(lambda: isinstance(self.screen, expect), timeout_s, expect.__name__)
            return 0.0
        if changed:
            self.wait(self._painted_view(None, began), timeout_s, type(event).__name__)
            first_ms = (time.perf_counter() - began) * 1000
            (self.transitions_ms if into is None else into).append(first_ms)
        if expect is not None and not isinstance(self.screen, expect):
            self.wait(lambda: isinstance(self.screen, expect), timeout_s, expect.__name__)
            mark = time.perf_counter()
            self.wait(self._painted_view(expect, mark), timeout_s, expect.__name__)
            self.answers_ms.append((time.perf_counter() - began) * 1000)
        return first_ms or 0.0

    def device(self, event: Any) -> None:
        """A device event, as DeviceEvents delivers it (queued to the GUI thread)."""
        self.app.devices.happened.emit(event)

    def end_session(self) -> None:
        """Finish, take the card, and wait for the idle screen."""
        from kiosk.flow import events as ev
        from kiosk.flow.view_models import EndingView, IdleView

        if not isinstance(self.screen, (IdleView, EndingView)):
            self.app.controller.post(ev.Finish())
        self.card.person = None
        self.app.controller.post(ev.CardRemoved())
        if not isinstance(self.screen, IdleView):
            self.clock.seconds += 6
            self.app.controller.tick()
        self.wait(lambda: isinstance(self.screen, IdleView), 10, "idle after the session")
        self.wait(lambda: self.app.executor.wait_idle(0), 20, "effects after the session")

    def session(
        self,
        person: Person,
        *,
        apply: bool = True,
        status: bool = False,
        guide: bool = False,
        print_receipt: bool = True,
        larger_text: bool = False,
    ) -> Outcome:
        from kiosk.flow import events as ev
        from kiosk.flow.states import ApplyStep
        from kiosk.flow.view_models import (
            ApplyView,
            EligibilityView,
            GuideView,
            HomeView,
            IdentityView,
            PinView,
            ReceiptView,
            ResultView,
            StatusView,
        )
        from screens.top_bar import shows_larger_text

        outcome = Outcome(person)
        self.clock.seconds += 1
        self.card.person = person
        self.device(ev.CardInserted())
        self.wait(lambda: isinstance(self.screen, PinView), 20, "PIN screen")
        self.post(ev.PinEntered(PIN), IdentityView)
        self.post(ev.ConfirmIdentity(), HomeView)
        # the rest of the visit in larger text (the whole window re-styled); elderly claimants
        # have it already, and nothing would repaint
        if larger_text and not shows_larger_text(self.app.controller.view.chrome):
            self.post(ev.SetLargerText(True), HomeView, into=self.restyles_ms)
        if status:
            self.post(ev.ChooseStatus(), StatusView)
            self.post(ev.GoHome(), HomeView)
        if guide:
            self.post(ev.ChooseGuide(), GuideView)
            self.post(ev.GoHome(), HomeView)
        if apply:
            self.post(ev.ChooseApply(), EligibilityView)
            eligibility = self.screen
            if eligibility.may_apply:
                self.post(ev.StartApplication(), ApplyView)
                for _ in range(8):
                    step = self.screen.step
                    if step is ApplyStep.MOBILE:
                        self.post(ev.MobileEntered(person.mobile))
                    elif step is ApplyStep.PAYMENT_ACCOUNT:
                        self.post(ev.ConfirmPaymentAccount())
                    elif step is ApplyStep.COMMITMENT:
                        self.post(ev.AcceptCommitment())
                    else:
                        break
                    if not isinstance(self.screen, ApplyView):
                        break
                self.post(ev.SubmitApplication())
                self._until_result()
                result = self.screen
                if isinstance(result, ResultView):
                    outcome.reference = result.reference
                    outcome.delivery = result.delivery.value
                    if print_receipt:
                        self.post(ev.PrintReceipt(), ReceiptView)
                        self.wait(lambda: self.screen.progress.value != "printing", 20, "printed")
                        outcome.printed = self.screen.progress.value
        self.end_session()
        return outcome

    def _until_result(self) -> None:
        """Submitting: the result comes from the outbox; past the send wait the flow says queued."""
        from kiosk.flow.view_models import ApplyView, ResultView

        deadline = time.monotonic() + 40
        while not isinstance(self.screen, (ResultView, ApplyView)):
            if time.monotonic() > deadline:
                raise Stuck("no result")
            self.pump(0.05)
            if time.monotonic() > deadline - 30:  # the flow's send wait is on ticks
                self.clock.seconds += 1
                self.app.controller.tick()


@dataclass
class KioskRig:
    driver: Driver
    agency: Agency
    proxy: Any
    printer: Any
    queue: Path


@contextmanager
def running_kiosk(
    agency: Agency,
    root: Path,
    *,
    proxy_factory: Callable[[str, int], Any] | None = None,
    id_port: str | None = None,
    read_timeout_s: float = 5.0,
) -> Iterator[KioskRig]:
    """KioskApp against `agency` through a loopback proxy, the printer simulator on TCP."""
    from PySide6.QtWidgets import QApplication

    from config import Secrets, Settings
    from devices.sim.printer_sim import TcpPrinterSim
    from kiosk.app.main import KioskApp
    from kiosk.demo.network_proxy import NetworkProxy
    from kiosk.i18n import install_language
    from tests.doubles import FakeFlowClock

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    target = urlsplit(agency.url)
    assert target.hostname is not None and target.port is not None
    proxy = (proxy_factory or NetworkProxy)(target.hostname, target.port).start()
    printer = TcpPrinterSim().start()
    queue = root / "queue.db"
    settings = Settings.model_validate(
        kiosk_settings_dict(
            proxy.url,
            agency.kiosk_id,
            queue,
            printer_uri=printer.uri,
            id_port=id_port,
            read_timeout_s=read_timeout_s,
        )
    )
    install_language(qapp, settings.ui.default_language)
    clock = FakeFlowClock()
    card = FakeCard()
    app = KioskApp(
        settings,
        Secrets(kiosk_key=agency.kiosk_key, queue_data_key=secrets.token_bytes(32)),
        clock=clock,
        tick_ms=3_600_000,
    )
    # the one scripted part: the card port (see the module docstring)
    app.executor._ports = dataclasses.replace(app.services.ports, card=card)
    app.shell.show()
    app.start()
    driver = Driver(app, card, clock)
    try:
        from kiosk.flow.view_models import IdleView

        driver.wait(lambda: isinstance(driver.screen, IdleView), 10, "idle")
        # a kiosk idles before its first claimant: screens and the queue are built by then
        driver.wait(lambda: app.warmed_up, 30, "idle-time building")
        driver.pump(0.2)
        yield KioskRig(driver, agency, proxy, printer, queue)
    finally:
        driver.close()
        app.stop()
        app.shell.close()
        app.shell.deleteLater()
        printer.stop()
        proxy.stop()
        qapp.processEvents()


def plan(index: int, rng: random.Random) -> dict[str, bool]:
    """Which parts of the visit a scripted claimant makes."""
    return {
        "status": rng.random() < 0.25,
        "guide": index % 7 == 3,
        "print_receipt": rng.random() < 0.8,
        "larger_text": index % 3 == 1,
    }


def bench_sessions(
    sessions: int, seed: int = 1, measured: int = 30, budget_s: float = 125.0
) -> dict[str, float]:
    """`measured` sessions wait for every paint (the transition figures); the rest post each
    intent and wait only for the screens that need an answer, so Qt coalesces their paints.
    The run stops early after `budget_s` (a loaded machine); `sessions_run` says how many ran."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp:
        root = Path(tmp)
        (root / "agency").mkdir()
        (root / "kiosk").mkdir()
        with (
            running_agency(root / "agency", people=120) as agency,
            running_kiosk(agency, root / "kiosk") as rig,
        ):
            people = agency.people
            driver = rig.driver
            rss_after_50 = 0.0
            began = time.perf_counter()
            fast_began, fast_sessions = began, 0
            done = 0
            for index in range(sessions):
                if time.perf_counter() - began > budget_s:
                    break
                if index == measured:
                    driver.measure = False
                    driver.unwatch()
                    fast_began = time.perf_counter()
                fast_sessions += 0 if driver.measure else 1
                # each person applies once; later visits by the same person check the status
                person = people[index % len(people)]
                first_visit = index < len(people)
                options = plan(index, rng)
                options["status"] = options["status"] or not first_visit
                driver.session(person, apply=first_visit, **options)
                rig.printer.jobs.clear()
                done += 1
                if index == min(49, sessions // 10):
                    rss_after_50 = rss_mb()
            seconds = time.perf_counter() - began
            fast_seconds = time.perf_counter() - fast_began
            rss_end = rss_mb()
            transitions = driver.transitions_ms
            answers = driver.answers_ms
            restyles = driver.restyles_ms
    return {
        "screen_transition_ms": statistics.median(transitions),
        "screen_transition_p95_ms": p95(transitions),
        "answer_ms": statistics.median(answers),
        "larger_text_toggle_ms": statistics.median(restyles) if restyles else 0.0,
        "sessions_per_s": fast_sessions / fast_seconds if fast_sessions else done / seconds,
        "sessions_run": float(done),
        "sessions_total_s": seconds,
        "rss_after_50_mb": rss_after_50,
        "rss_after_all_mb": rss_end,
        "rss_growth_pct": 100.0 * (rss_end - rss_after_50) / rss_after_50,
    }


def run(sessions: int = 500, budget_s: float = 125.0) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = bench_cold_start()
    figures.update(bench_sessions(sessions, budget_s=budget_s))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_app")
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument(
        "--budget", type=float, default=125.0, help="seconds for the sessions (default 125)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE")
    parser.add_argument("--cold-start-child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--qt-floor-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stay", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.qt_floor_child:
        return qt_floor_child()
    if args.cold_start_child:
        return cold_start_child(args.cold_start_child, args.root, args.stay)
    began = time.perf_counter()
    figures = run(args.sessions, args.budget)
    figures["bench_app_s"] = time.perf_counter() - began
    for key in sorted(figures):
        print(f"{key:<26} {figures[key]:10.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
