"""Translated words for the stable codes the console returns (fault kinds, states, steps).

A code without a translation is shown as the code itself: a technician can still report it.
"""

from __future__ import annotations

from screens.technician.i18n import tt


def fault_text(kind: str) -> str:
    texts = {
        "ok": tt("OK"),
        "not_configured": tt("not configured"),
        "port_missing": tt("port not found (reader unplugged?)"),
        "no_reader": tt("no reader"),
        "reader_service_down": tt("PC/SC service (pcscd) not running"),
        "no_card": tt("no card on the reader"),
        "card_removed": tt("card removed during the read"),
        "unresponsive_card": tt("card does not answer"),
        "reader_timeout": tt("reader does not answer"),
        "not_social_security_card": tt("not a social security card"),
        "not_an_id_card": tt("not a supported ID card"),
        "expired_card": tt("card expired"),
        "reader_busy": tt("reader in use by another program"),
        "sam_fault": tt("SAM self-test or authorisation failed"),
        "paper_out": tt("out of paper"),
        "cover_open": tt("cover open"),
        "printer_offline": tt("printer offline"),
        "printer_error": tt("printer mechanical error"),
        "printer_status_unknown": tt("printer gives no valid status"),
        "unknown": tt("printer gives no valid status"),
        "printer_not_connected": tt("printer not connected"),
        "bad_printer_uri": tt("printer address not valid"),
        "no_scanner": tt("scanner port does not open"),
        "scanner_fault": tt("scanner fault"),
        "no_scan": tt("nothing was scanned in time"),
    }
    return texts.get(kind, kind)


def paper_text(paper: str) -> str:
    return {
        "ok": tt("paper OK"),
        "near_end": tt("paper nearly used up"),
        "out": tt("out of paper"),
        "unknown": tt("paper unknown"),
    }.get(paper, paper)


def step_text(step: str) -> str:
    return {
        "dns": tt("Name lookup (DNS)"),
        "tcp": tt("Connection (TCP)"),
        "tls": tt("Secure connection (TLS)"),
        "health": tt("Server answers (/health)"),
        "signed": tt("Signed request (kiosk key and clock)"),
    }.get(step, step)


def outcome_text(outcome: str) -> str:
    return {"ok": tt("passed"), "failed": tt("FAILED"), "skipped": tt("skipped")}.get(
        outcome, outcome
    )


def yes_no(value: bool | None) -> str:
    if value is None:
        return tt("unknown")
    return tt("yes") if value else tt("no")


def card_type_text(card_type: str) -> str:
    return {
        "resident": tt("resident ID card"),
        "hmt_residence_permit": tt("residence permit for Hong Kong, Macao and Taiwan residents"),
        "foreigner_permanent_2017": tt("foreigner's permanent residence card (2017)"),
        "foreigner_permanent_2023": tt("foreigner's permanent residence card (2023)"),
    }.get(card_type, card_type)
