"""A seeded reference agency in a directory of its own, run as `kiosk server run` in a subprocess.

Shared by bench.bench_server (many kiosks under load) and bench.crash (exactly-once under SIGKILL):
a fresh database (SQLite in the directory, or the URL given), synthetic claimants, registered kiosk
keys, and the people who hold no claim yet, so that each can submit one valid claim.
"""

from __future__ import annotations

import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select

from config.saving import save_settings
from config.schema import Settings
from contract.card_proof import (
    TEST_ISSUER_KEY,
    card_key,
    cryptogram,
    offline_challenge,
    submission_content_hash,
)
from server.db import make_engine, make_session_factory, transaction, upgrade
from server.keys import open_key_ring
from server.kiosks_registry import register_kiosk
from server.models import Claim, Claimant
from server.schemas import ClaimPayload
from server.seed import card_number, card_region, seed_database
from server.synthetic import card_identification_code

REGION = "222405"


@dataclass(frozen=True)
class PreparedAgency:
    config: Path  # the settings file `kiosk --config FILE server run` reads
    url: str
    database_url: str
    keys: dict[str, bytes]  # kiosk id -> request-signing key, registered with the agency
    claimants: list[tuple[str, str]]  # (ssn, mobile) of people without any claim yet


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare_agency(
    root: Path,
    kiosk_ids: Iterable[str],
    people: int,
    *,
    database_url: str | None = None,
    seed: int = 11,
) -> PreparedAgency:
    """Seeds `people` synthetic claimants and registers a fresh key for each kiosk id."""
    port = free_port()
    config = root / "kiosk.toml"
    data_dir = root / "agency"
    server_settings: dict[str, object] = {
        "data_dir": str(data_dir),
        "port": port,
        "public_url": f"http://127.0.0.1:{port}",
        # Load runs drive a few kiosks far harder than a claimant at a screen could; the limits
        # themselves are tested in tests/server/test_throttling.py.
        "limits": {
            "otp_codes_per_person_hour": 1000,
            "otp_codes_per_person_day": 10000,
            "otp_codes_per_kiosk_hour": 100000,
            "lookups_per_kiosk_minute": 100000,
        },
        # The synthetic population lives all over the country; bench kiosks serve all of it.
        "service_area_prefixes": {"*": [""]},
    }
    if database_url:
        server_settings["database_url"] = database_url
    save_settings(Settings.model_validate({"reference_server": server_settings}), config)
    url = database_url or f"sqlite:///{data_dir / 'agency.db'}"
    data_dir.mkdir(parents=True, exist_ok=True)
    # The server started later opens the same key store from the data directory.
    engine = make_engine(url, keys=open_key_ring(data_dir))
    upgrade(engine)
    keys = {kiosk_id: secrets.token_bytes(32) for kiosk_id in kiosk_ids}
    with transaction(make_session_factory(engine)) as session:
        seed_database(session, claimants=people, seed=seed, data_dir=data_dir, production=False)
        for kiosk_id, key in keys.items():
            register_kiosk(session, kiosk_id, key, REGION)
        # Some seeded scenarios already hold a claim; a second one would be refused.
        with_claim = select(Claim.claimant_id)
        # `offline_card_login` knows the card's prefecture from the ID number only; the seed
        # issues cards where a person is insured, which now and then is another prefecture.
        claimants = [
            (c.ssn, c.mobile)
            for c in session.execute(
                select(Claimant).where(Claimant.id.not_in(with_claim)).order_by(Claimant.id)
            ).scalars()
            if c.card_region == card_region(c.ssn[:6])
        ]
    engine.dispose()
    return PreparedAgency(config, f"http://127.0.0.1:{port}", url, keys, claimants)


def offline_card_login(reference: str, kind: str, payload: Mapping[str, Any]) -> dict[str, str]:
    """The proof a queued claim carries (docs/api.md, "Claimant login"): the seeded person's
    card, as the card factory made it with the test issuer key, answering the offline challenge
    of this reference and content. What a kiosk gets from the card after its PIN."""
    validated = ClaimPayload.model_validate(dict(payload)).model_dump(mode="json")
    challenge = offline_challenge(reference, submission_content_hash(kind, validated))
    region, number = card_region(validated["ssn"][:6]), card_number(validated["ssn"])
    card_id = card_identification_code(region, number)
    key = card_key(TEST_ISSUER_KEY, bytes.fromhex(card_id))
    return {
        "method": "card_offline",
        "card_id": card_id,
        "region": region,
        "card_number": number,
        "cryptogram": cryptogram(key, challenge).hex(),
    }


def claim_submission(kiosk_id: str, ssn: str, mobile: str) -> dict[str, Any]:
    """One claim as a kiosk sends it: a fresh reference and the seeded card's proof over it."""
    reference = str(uuid.uuid4())
    payload = {
        "ssn": ssn,
        "mobile": mobile,
        "commitment_accepted": True,
        "commitment_version": "2019-1",
    }
    return {
        "client_reference": reference,
        "kind": "claim",
        "created_at": datetime.now(UTC).isoformat(),
        "kiosk_id": kiosk_id,
        "payload": payload,
        "login": offline_card_login(reference, "claim", payload),
    }


def start_server(
    agency: PreparedAgency, *, log: Path | None = None, timeout_s: float = 60.0, workers: int = 1
) -> subprocess.Popen[bytes]:
    """`kiosk server run --dev` in its own process (`workers` processes: PostgreSQL only);
    returns once /health answers."""
    command = [sys.executable, "-m", "kiosk.cli", "--config", str(agency.config), "server", "run"]
    command.append("--dev")  # the soak reads one-time codes from the development outbox
    if workers > 1:
        command += ["--workers", str(workers)]
    if log is None:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        with open(log, "ab") as output:  # the child keeps its own copy of the descriptor
            process = subprocess.Popen(command, stdout=output, stderr=output)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if requests.get(f"{agency.url}/health", timeout=1).ok:
                return process
        except requests.ConnectionError:
            time.sleep(0.1)
    stop_server(process)
    raise RuntimeError("the reference server did not start")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
