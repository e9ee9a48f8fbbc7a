"""Fault and soak run of the whole kiosk app, on loopback, bounded in time.

    .venv/bin/python -m bench.soak --sessions 1000 [--seed N] [--max-seconds 1200] [--json]

One KioskApp (SessionController, EffectExecutor, the real agency client, outbox and sync engine
on a real queue file, the real ID-card watcher on the pty reader simulator, the printer
simulator on TCP) serves scripted claimants against the reference server (`kiosk server run`
in its own process, SQLite). Between kiosk and server sits `bench.soak_proxy.FaultProxy`.

Each session draws at most one fault (about half the sessions have one):

| fault | how it is made |
| --- | --- |
| card_pulled_mid_read | the card port answers `CardFault.REMOVED` to the read and the presence monitor's `CardRemoved` follows |
| card_pulled_mid_session | `CardRemoved` on the home screen, before anything is submitted |
| card_reader_unplugged | the card port answers `CardFault.READER_FAULT` (what CardAdapter maps a vanished PC/SC reader to) |
| id_reader_unplugged | ID-card login; the pty of the ID reader simulator is closed while the card lies on it, then re-created |
| garbage_serial | ID-card login; the simulator sends 1–24 random bytes before every answer |
| paper_out | the printer simulator reports paper out |
| server_down | the proxy closes every connection without an answer |
| server_slow | the proxy holds every answer back 1.5 s |
| server_500 | the proxy answers 500 without forwarding |
| server_500_after_work | the proxy forwards, the server does the work, the kiosk gets a 500 instead of the answer |
| disk_nearly_full | every connection of the outbox's SQLite engine gets `PRAGMA max_page_count = 1` (SQLite keeps the file at its current size: writes that need a new page fail with SQLITE_FULL, as on a full disk). No tmpfs is available to the run, so this stands in for it. |

The social security card itself is scripted as in bench.bench_app (pcscd + vpcd polls and its
one slot is shared machine-wide): the card port answers what CardAdapter answers, and the
presence events are posted as DeviceEvents posts them. ID-card logins take the real path:
pty simulator → IdCardReader → IdCardWatcher thread → DeviceEvents → flow → RequestOtp on the
server → the code from the server's development SMS outbox.

Checked and reported:
- crashes: exceptions reaching sys.excepthook or threading.excepthook, errors logged by
  kiosk.app (the controller's "flow failed", the executor's "worker raised"), Qt critical or
  fatal messages;
- lost: a reference the claimant was shown on the result screen (received online or stored on
  this kiosk) that is not on the server exactly once after a final sync (a claim stored
  offline that the agency then refused for good, held as `rejected` by the outbox, is counted
  apart as claims_refused_by_agency_after_sync);
- duplicated: the same reference twice, or a claimant with more than one claim from this kiosk;
- pii_leaks: after every session end, `gc.collect()` and a walk of every Python object reachable
  from the app (controller, router and screens, shell, executor, services), looking for the
  claimant's name, ID number and mobile number in any string; and every label, button and input
  of the shell for those and the masked name shown during the session;
- stuck: sessions in which the kiosk did not reach an expected screen in time (reported; the run
  ends the session and goes on);
- RSS at the start (after the first session) and at the end.

The last line printed is a JSON object with those figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import random
import re
import sys
import tempfile
import threading
import time
import types
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from bench.bench_app import (
    PIN,
    Agency,
    Driver,
    KioskRig,
    Person,
    Stuck,
    rss_mb,
    running_agency,
    running_kiosk,
)
from bench.soak_proxy import FaultProxy

FAULTS: tuple[str, ...] = (
    "card_pulled_mid_read",
    "card_pulled_mid_session",
    "card_reader_unplugged",
    "id_reader_unplugged",
    "garbage_serial",
    "paper_out",
    "server_down",
    "server_slow",
    "server_500",
    "server_500_after_work",
    "disk_nearly_full",
)
ID_CARD_FAULTS = {"id_reader_unplugged", "garbage_serial"}
PROXY_MODES = {
    "server_down": "cut",
    "server_slow": "slow",
    "server_500": "error_before",
    "server_500_after_work": "error_after",
}


# -- crash detection ----------------------------------------------------------------------------


class CrashWatch(logging.Handler):
    """Counts what would have been a crash, or an exception the app swallowed to survive."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.crashes: list[str] = []
        self._old_hook = sys.excepthook
        self._old_thread_hook = threading.excepthook

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("kiosk.app"):
            self.crashes.append(f"{record.name}: {record.getMessage()}")

    def __enter__(self) -> CrashWatch:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        def on_exception(kind: type[BaseException], value: BaseException, tb: Any) -> None:
            self.crashes.append(f"uncaught {kind.__name__}")
            self._old_hook(kind, value, tb)

        def on_thread_exception(args: threading.ExceptHookArgs) -> None:
            self.crashes.append(
                f"thread {args.thread.name if args.thread else '?'}: {args.exc_type.__name__}"
            )
            self._old_thread_hook(args)

        def on_qt_message(kind: QtMsgType, _context: Any, message: str) -> None:
            if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                self.crashes.append(f"Qt {kind.name}: {message[:120]}")

        sys.excepthook = on_exception
        threading.excepthook = on_thread_exception
        qInstallMessageHandler(on_qt_message)
        logging.getLogger().addHandler(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        sys.excepthook = self._old_hook
        threading.excepthook = self._old_thread_hook
        qInstallMessageHandler(None)
        logging.getLogger().removeHandler(self)


# -- personal data left behind ------------------------------------------------------------------


def _skip(obj: object) -> bool:
    if isinstance(obj, (types.ModuleType, type, types.FrameType, types.CodeType)):
        return True
    return isinstance(obj, dict) and "__builtins__" in obj and "__name__" in obj


def reachable_strings(roots: Iterable[object], limit: int = 400_000) -> Iterator[str]:
    """Every str (and bytes, decoded) reachable from `roots` through Python references."""
    seen: set[int] = set()
    stack = list(roots)
    while stack and len(seen) < limit:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            yield obj
            continue
        if isinstance(obj, (bytes, bytearray)):
            yield bytes(obj).decode("utf-8", "ignore")
            continue
        if obj is None or isinstance(obj, (int, float, bool, complex)) or _skip(obj):
            continue
        stack.extend(gc.get_referents(obj))


def shell_texts(shell: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

    texts: list[str] = [shell.windowTitle()]
    for kind in (QLabel, QAbstractButton, QLineEdit):
        texts += [w.text() for w in shell.findChildren(kind)]
    for editor in (QTextEdit, QPlainTextEdit):
        texts += [w.toPlainText() for w in shell.findChildren(editor)]
    return texts


def pii_left(rig: KioskRig, person: Person, masked: set[str]) -> list[str]:
    """Where this claimant's personal data is still reachable after their session ended."""
    app = rig.driver.app
    needles = {"name": person.name, "id number": person.ssn, "mobile": person.mobile}
    found: list[str] = []
    gc.collect()
    roots = [app.controller, app.router, app.executor, app.services, app.shell, app.flow]
    roots += [app.shell.screen_widget(name) for name in app.router._screens]
    for text in reachable_strings(roots):
        for what, needle in needles.items():
            if needle in text and f"memory:{what}" not in found:
                found.append(f"memory:{what}")
    for text in shell_texts(app.shell):
        for what, needle in {**needles, **{f"masked {m}": m for m in masked}}.items():
            if needle and needle in text and f"screen:{what}" not in found:
                found.append(f"screen:{what}")
    return found


# -- the scripted claimant ------------------------------------------------------------------------


@dataclass
class Visit:
    person: Person
    fault: str | None
    apply: bool
    status: bool
    guide: bool
    print_receipt: bool
    id_card: bool
    told: dict[str, str] = field(default_factory=dict)  # reference -> delivery shown
    masked: set[str] = field(default_factory=set)
    not_saved: int = 0
    done_home: list[str] = field(default_factory=list)


class DiskSwitch:
    full = False


class Soak:
    def __init__(self, rig: KioskRig, id_reader: Any, seed: int) -> None:
        self.rig = rig
        self.driver: Driver = rig.driver
        self.id_reader = id_reader
        self.rng = random.Random(seed)
        self.disk = DiskSwitch()
        self.faults: Counter[str] = Counter()
        self.stuck: Counter[str] = Counter()
        self.not_saved = 0
        self.told: dict[str, tuple[str, str]] = {}  # reference -> (ssn, delivery)
        self.applied: set[str] = set()
        self.pii: list[str] = []
        self._arm_disk()

    # -- faults --------------------------------------------------------------------------------

    def _arm_disk(self) -> None:
        from sqlalchemy import event

        switch = self.disk  # the listener must not reach the soak's list of people

        def on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
            pages = 1 if switch.full else 1_073_741_823
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        engine = self.driver.app.services.outbox.engine
        event.listen(engine, "checkout", on_checkout)

    def _set_fault(self, fault: str | None) -> None:
        proxy = self.rig.proxy
        assert isinstance(proxy, FaultProxy)
        proxy.mode = PROXY_MODES.get(fault or "", "ok")  # type: ignore[assignment]
        self.rig.printer.state.paper_out = fault == "paper_out"
        self.disk.full = fault == "disk_nearly_full"
        if fault == "garbage_serial":
            length = self.rng.randint(1, 24)
            self.id_reader.faults.garbage_before = bytes(
                self.rng.randrange(256) for _ in range(length)
            )
        else:
            self.id_reader.faults.garbage_before = b""

    def _clear_faults(self) -> None:
        self._set_fault(None)
        if not os.path.exists(self.id_reader.path):
            self.id_reader.replug()

    # -- one visit -----------------------------------------------------------------------------

    def plan(self, person: Person) -> Visit:
        rng = self.rng
        fault = rng.choice(FAULTS) if rng.random() < 0.5 else None
        id_card = fault in ID_CARD_FAULTS or (fault is None and rng.random() < 0.15)
        return Visit(
            person=person,
            fault=fault,
            apply=person.ssn not in self.applied,
            status=rng.random() < 0.3 or person.ssn in self.applied,
            guide=rng.random() < 0.1,
            print_receipt=rng.random() < 0.7 or fault == "paper_out",
            id_card=id_card,
        )

    def run_visit(self, visit: Visit) -> None:
        from kiosk.domain.faults import CardFault
        from kiosk.flow import events as ev
        from kiosk.flow.view_models import IdleView

        driver = self.driver
        if visit.fault:
            self.faults[visit.fault] += 1
        self._set_fault(visit.fault)
        driver.clock.seconds += 1
        try:
            if visit.id_card:
                self._place_id_card(visit)
            else:
                driver.card.person = visit.person
                if visit.fault == "card_pulled_mid_read":
                    driver.card.read_fault = CardFault.REMOVED
                elif visit.fault == "card_reader_unplugged":
                    driver.card.read_fault = CardFault.READER_FAULT
                driver.device(ev.CardInserted())
                if visit.fault == "card_pulled_mid_read":
                    driver.card.person = None
                    driver.device(ev.CardRemoved())
                deadline = time.monotonic() + 5
                while isinstance(driver.screen, IdleView) and time.monotonic() < deadline:
                    driver.pump(0.02)
                    if visit.fault == "card_pulled_mid_read" and driver.app.executor.wait_idle(0):
                        break
            self._walk(visit)
        except Stuck as stuck:
            self.stuck[f"{visit.fault or 'none'}: {stuck}"] += 1
        finally:
            self._set_fault(None)
            try:
                self._end(visit)
            except Stuck as stuck:
                self.stuck[f"end {visit.fault or 'none'}: {stuck}"] += 1
            self._clear_faults()
        for reference, delivery in visit.told.items():
            self.told[reference] = (visit.person.ssn, delivery)
            self.applied.add(visit.person.ssn)
        self.not_saved += visit.not_saved
        leaks = pii_left(self.rig, visit.person, visit.masked)
        if leaks:
            self.pii.append(f"{visit.fault or 'none'}: {', '.join(leaks)}")

    def _place_id_card(self, visit: Visit) -> None:
        from devices.sim.id_text_block import ResidentCard
        from kiosk.flow.view_models import IdleView

        person = visit.person
        self.id_reader.card = ResidentCard(
            name=person.name,
            gender="1" if int(person.ssn[16]) % 2 else "2",
            id_number=person.ssn,
            birth_date=person.ssn[6:14],
        )
        if visit.fault == "id_reader_unplugged":
            time.sleep(self.rng.uniform(0.0, 0.3))
            self.id_reader.unplug()
            self.driver.pump(0.5)
            self.id_reader.replug()
        # the watcher reads a few times a second; a reader fault may mean no read at all
        deadline = time.monotonic() + (8 if visit.fault else 15)
        while isinstance(self.driver.screen, IdleView) and time.monotonic() < deadline:
            self.driver.pump(0.05)
        if isinstance(self.driver.screen, IdleView) and visit.fault is None:
            raise Stuck("ID card never read")

    def _otp(self, person: Person) -> str | None:
        url = f"{self.rig.agency.url}/api/dev/sms-outbox/{person.mobile}"
        try:
            answer = requests.get(url, timeout=5)
        except requests.RequestException:
            return None
        if not answer.ok:
            return None
        code = re.search(r"\d{6}", answer.json().get("text", ""))
        return code.group() if code else None

    def _walk(self, visit: Visit) -> None:
        """Acts on whatever screen is up, as the claimant would, until the visit is over."""
        from kiosk.flow import events as ev
        from kiosk.flow.states import ApplyStep, PrintProgress
        from kiosk.flow.view_models import (
            ApplyView,
            EligibilityView,
            EndingView,
            GuideView,
            HomeView,
            IdentityView,
            IdleView,
            OtpView,
            PinView,
            ProblemView,
            ReceiptView,
            ResultView,
            StatusView,
        )

        driver = self.driver
        post = driver.post
        began = time.monotonic()
        otp_tries = 0
        for _ in range(80):
            if time.monotonic() - began > 60:
                raise Stuck("visit over 60 s")
            screen = driver.screen
            if driver.app.controller.view.chrome.countdown_seconds is not None:
                post(ev.ContinueSession())
                continue
            if isinstance(screen, (IdleView, EndingView)):
                return
            if isinstance(screen, PinView):
                if screen.keypad_enabled:
                    post(ev.PinEntered(PIN))
                elif screen.last_try_warning:
                    post(ev.ConfirmLastPinTry())
                else:
                    self._wait_busy()
            elif isinstance(screen, OtpView) and not screen.keypad_enabled:
                self._wait_busy()
            elif isinstance(screen, OtpView):
                code = self._otp(visit.person) if otp_tries < 3 else None
                otp_tries += 1
                post(ev.OtpEntered(code) if code else ev.Finish())
            elif isinstance(screen, ProblemView):
                post(ev.Finish())
            elif isinstance(screen, IdentityView):
                visit.masked.add(screen.masked_name)
                post(ev.ConfirmIdentity())
            elif isinstance(screen, HomeView):
                if visit.fault == "card_pulled_mid_session" and not visit.id_card:
                    driver.card.person = None
                    driver.device(ev.CardRemoved())
                    driver.wait(lambda: not isinstance(driver.screen, HomeView), 10, "pulled")
                elif visit.status and "status" not in visit.done_home:
                    visit.done_home.append("status")
                    post(ev.ChooseStatus())
                elif visit.guide and "guide" not in visit.done_home:
                    visit.done_home.append("guide")
                    post(ev.ChooseGuide())
                elif visit.apply and "apply" not in visit.done_home:
                    visit.done_home.append("apply")
                    post(ev.ChooseApply())
                else:
                    post(ev.Finish())
            elif isinstance(screen, StatusView):
                post(ev.GoHome())
            elif isinstance(screen, GuideView):
                if screen.printing is None and self.rng.random() < 0.2:
                    post(ev.PrintGuide())
                    self._settle_print(lambda: driver.screen.printing, PrintProgress)
                post(ev.GoHome())
            elif isinstance(screen, EligibilityView):
                post(ev.StartApplication() if screen.may_apply else ev.GoHome())
            elif isinstance(screen, ApplyView):
                if screen.problem is not None and screen.step is ApplyStep.REVIEW:
                    visit.not_saved += 1
                    if visit.not_saved > 1:
                        post(ev.Finish())
                        continue
                self._apply_step(visit, screen.step)
            elif isinstance(screen, ResultView):
                visit.told[screen.reference] = screen.delivery.value
                post(ev.PrintReceipt() if visit.print_receipt else ev.Finish())
            elif isinstance(screen, ReceiptView):
                visit.told[screen.result.reference] = screen.result.delivery.value
                if screen.progress is PrintProgress.PRINTING:
                    driver.pump(0.05)
                else:
                    post(ev.Finish())
            else:  # busy: loading, reading, submitting, looking up
                self._wait_busy()
        raise Stuck("visit did not end in 80 steps")

    def _apply_step(self, visit: Visit, step: Any) -> None:
        from kiosk.flow import events as ev
        from kiosk.flow.states import ApplyStep

        post = self.driver.post
        if step is ApplyStep.MOBILE:
            post(ev.MobileEntered(visit.person.mobile))
        elif step is ApplyStep.PAYMENT_ACCOUNT:
            post(ev.ConfirmPaymentAccount())
        elif step is ApplyStep.COMMITMENT:
            post(ev.AcceptCommitment())
        else:
            post(ev.SubmitApplication())

    def _settle_print(self, progress: Any, kind: Any) -> None:
        deadline = time.monotonic() + 15
        while progress() is kind.PRINTING and time.monotonic() < deadline:
            self.driver.pump(0.05)

    def _wait_busy(self) -> None:
        """A busy screen: let effects finish; the send wait runs on ticks of the test clock."""
        driver = self.driver
        before = driver.app.controller.view
        deadline = time.monotonic() + 30
        while driver.app.controller.view is before:
            if time.monotonic() > deadline:
                raise Stuck(f"busy on {type(driver.screen).__name__}")
            driver.pump(0.05)
            if driver.app.executor.wait_idle(0):
                driver.clock.seconds += 1
                driver.app.controller.tick()

    def _end(self, visit: Visit) -> None:
        driver = self.driver
        driver.end_session()
        if visit.id_card:
            # lifted; the watcher (polling every 0.3 s, 2 s after a reader fault) must see the
            # empty reader before the next claimant's card, or it takes that card for this one
            asked = len(self.id_reader.commands)
            self.id_reader.card = None
            deadline = time.monotonic() + 3.0
            while len(self.id_reader.commands) < asked + 2 and time.monotonic() < deadline:
                driver.pump(0.05)


# -- the run ---------------------------------------------------------------------------------


def final_sync(rig: KioskRig, timeout_s: float = 90.0) -> dict[str, int]:
    from offline_queue import ItemState

    outbox = rig.driver.app.services.outbox
    engine = rig.driver.app.services.engine
    deadline = time.monotonic() + timeout_s
    counts = outbox.counts()
    while time.monotonic() < deadline:
        counts = outbox.counts()
        if not counts.get(ItemState.PENDING) and not counts.get(ItemState.SENDING):
            break
        engine.wake()
        rig.driver.pump(0.2)
    return {state.value: n for state, n in counts.items()}


def server_claims(agency: Agency) -> list[tuple[str, str]]:
    """(reference, claimant ssn) of every claim this kiosk's claimants hold on the server."""
    from sqlalchemy import select

    from server.db import make_engine, make_session_factory
    from server.models import Claim, Claimant

    engine = make_engine(agency.database_url)
    try:
        with make_session_factory(engine)() as session:
            rows = session.execute(
                select(Claim.reference, Claimant.ssn).join(
                    Claimant, Claim.claimant_id == Claimant.id
                )
            ).all()
    finally:
        engine.dispose()
    ours = {p.ssn for p in agency.people}
    return [(ref, ssn) for ref, ssn in rows if ssn in ours]


def run(
    sessions: int = 1000, seed: int = 1, max_seconds: float = 1200.0, people: int = 200
) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from devices.sim.id_reader_pty import PtyIdReader
    from offline_queue import ItemState

    began = time.perf_counter()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp, CrashWatch() as crashes:
        root = Path(tmp)
        (root / "agency").mkdir()
        (root / "kiosk").mkdir()
        id_reader = PtyIdReader(str(root / "ttyIDR0"), wire_baud=None).start()
        try:
            with (
                running_agency(root / "agency", people=people) as agency,
                running_kiosk(
                    agency,
                    root / "kiosk",
                    proxy_factory=FaultProxy,
                    id_port=id_reader.path,
                    read_timeout_s=3.0,
                ) as rig,
            ):
                rig.driver.measure = False
                soak = Soak(rig, id_reader, seed)
                rss_start = 0.0
                done = 0
                for index in range(sessions):
                    if time.perf_counter() - began > max_seconds:
                        break
                    fresh = [p for p in agency.people if p.ssn not in soak.applied]
                    pool = fresh if fresh and rng.random() < 0.7 else agency.people
                    soak.run_visit(soak.plan(rng.choice(pool)))
                    rig.printer.jobs.clear()
                    done += 1
                    if index == 0:
                        rss_start = rss_mb()
                rss_end = rss_mb()
                queue = final_sync(rig)
                on_server = server_claims(agency)
                references = Counter(ref for ref, _ in on_server)
                # a claim stored offline that the agency then refused for good (say, not
                # eligible) is not lost: the kiosk holds the refusal for the status screen
                outbox = rig.driver.app.services.outbox
                missing = [ref for ref in soak.told if references[ref] != 1]
                refused = [
                    ref
                    for ref in missing
                    if (row := outbox.summary(ref)) is not None
                    and row.state is ItemState.REJECTED
                    and references[ref] == 0
                ]
        finally:
            id_reader.stop()
        per_claimant = Counter(ssn for _, ssn in on_server)
        lost = sorted(ref for ref in missing if ref not in refused)
        duplicated = [ref for ref, n in references.items() if n > 1]
        duplicated += [ssn[-4:] for ssn, n in per_claimant.items() if n > 1]
        deliveries = Counter(delivery for _, delivery in soak.told.values())
        return {
            "sessions": done,
            "faults": sum(soak.faults.values()),
            "faults_by_kind": dict(sorted(soak.faults.items())),
            "crashes": len(crashes.crashes),
            "crash_details": crashes.crashes[:20],
            "lost": len(lost),
            "duplicated": len(duplicated),
            "pii_leaks": len(soak.pii),
            "pii_details": soak.pii[:20],
            "stuck": sum(soak.stuck.values()),
            "stuck_details": dict(soak.stuck.most_common(10)),
            "claims_told": len(soak.told),
            "claims_told_by_delivery": dict(deliveries),
            "claims_not_saved_shown": soak.not_saved,
            "claims_refused_by_agency_after_sync": len(refused),
            "queue_after_sync": queue,
            "requests_faulted": rig.proxy.faulted,
            "rss_start_mb": round(rss_start, 1),
            "rss_end_mb": round(rss_end, 1),
            "seconds": round(time.perf_counter() - began, 1),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak")
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-seconds", type=float, default=1200.0)
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args(argv)
    report = run(args.sessions, args.seed, args.max_seconds)
    if not args.json:
        for key, value in report.items():
            print(f"{key:<24} {value}")
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))
    failed = report["crashes"] or report["lost"] or report["duplicated"] or report["pii_leaks"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
