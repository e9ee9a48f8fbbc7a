"""Personal data never reaches a log line, whatever path the line takes to the file."""

import json
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from config.logs import REDACTED, configure_logging, redact, sensitive_values
from kiosk.api import AgencyClient, AgencyRejected
from server.synthetic import Scenario, demo_cast
from tests.card_logins import card_token_login
from tests.server.factories import submission

WHO = demo_cast()[Scenario.ELIGIBLE_18_MONTHS].person
PERSONAL = [WHO.id_number, WHO.mobile, WHO.name, "13912345678", "110105194912310021"]


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    configure_logging(tmp_path, level="DEBUG", max_bytes=200_000, backups=2, console=False)
    yield tmp_path
    logging.getLogger().handlers.clear()
    sensitive_values.forget_all()


def _lines(log_dir: Path) -> list[str]:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return [
        line
        for path in sorted(log_dir.glob("kiosk.log*"))
        for line in path.read_text("utf-8").splitlines()
    ]


def _assert_clean(lines: list[str]) -> None:
    text = "\n".join(lines)
    for value in PERSONAL:
        assert value not in text, f"personal value leaked: {value[:3]}…"


def test_every_record_shape_is_scrubbed(log_dir: Path) -> None:
    sensitive_values.remember(WHO.name)
    log = logging.getLogger("kiosk.session")
    log.info("claimant %s with id %s, phone %s", WHO.name, WHO.id_number, WHO.mobile)
    log.info(f"f-string {WHO.id_number} {WHO.name} +86 139-1234-5678")
    log.warning(
        "structured",
        extra={
            "ssn": WHO.id_number,
            "context": {"mobile": WHO.mobile, "ok": 1},
            "names": [WHO.name],
        },
    )
    log.debug("dict arg %(who)s", {"who": WHO.id_number})
    log.info("bad format %s %s", WHO.id_number)  # too few arguments: must not leak the raw ones
    try:
        raise ValueError(f"no insured person {WHO.id_number} / {WHO.name}")
    except ValueError:
        log.exception("lookup failed for name=%s", "张三丰")
    log.info("with stack", stack_info=True, extra={"note": f"{WHO.mobile}"})
    logging.getLogger("sqlalchemy.engine").warning(
        "[parameters: ('%s', '%s')]", WHO.id_number, WHO.mobile
    )
    logging.getLogger("uvicorn.error").error("exception in ASGI application: %s", WHO.id_number)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(f"deprecated use for {WHO.id_number}", UserWarning, stacklevel=1)
    lines = _lines(log_dir)
    loggers = {json.loads(line)["logger"] for line in lines}
    assert {"kiosk.session", "sqlalchemy.engine", "uvicorn.error"} <= loggers
    _assert_clean(lines)
    assert all(json.loads(line)["msg"] is not None for line in lines)
    assert sum(REDACTED in line for line in lines) >= 8
    assert "张三丰" not in "\n".join(lines)


def test_server_and_client_paths_log_nothing_personal(log_dir: Path, agency) -> None:  # type: ignore[no-untyped-def]
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
    login = card_token_login(agency, WHO.id_number)  # a genuine card login, as at the kiosk
    client.lookup_by_ssn(WHO.id_number, login)
    client.eligibility(WHO.id_number, login)
    client.request_code(WHO.id_number)
    client.submit(submission(Scenario.ELIGIBLE_18_MONTHS))
    unknown = submission(Scenario.ELIGIBLE_18_MONTHS)
    unknown["payload"]["ssn"] = "110105194912310021"
    with pytest.raises(AgencyRejected):
        client.submit(unknown)
    with pytest.raises(AgencyRejected):
        client.submit({**submission(), "payload": {"ssn": "12345", "mobile": "13912345678"}})
    client.close()
    _assert_clean(_lines(log_dir))
    assert any("agency refused" in line for line in _lines(log_dir))


def test_log_files_rotate_and_stay_json(tmp_path: Path) -> None:
    configure_logging(tmp_path, max_bytes=10_000, backups=2, console=False)
    log = logging.getLogger("kiosk.rotation")
    for i in range(600):
        log.info("line %d for %s", i, WHO.id_number)
    logging.getLogger().handlers.clear()
    files = sorted(tmp_path.glob("kiosk.log*"))
    assert [f.name for f in files] == ["kiosk.log", "kiosk.log.1", "kiosk.log.2"]
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            assert json.loads(line)["level"] == "INFO"
            assert WHO.id_number not in line


def test_redact_keeps_ordinary_numbers() -> None:
    assert (
        redact("queue depth 1234, 3 items, reference 4fd24919")
        == "queue depth 1234, 3 items, reference 4fd24919"
    )
    assert redact(f"id {WHO.id_number[:17]}x end") == f"id {REDACTED} end"
