"""Approved vocational-training courses a claimant may claim a subsidy for (2019 notice §8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.language import LocalizedText
from kiosk.domain.money import Money


@dataclass(frozen=True)
class Course:
    """Name and provider come from the agency in Chinese and Korean; screens and receipts pick."""

    course_id: str
    name: LocalizedText
    provider: LocalizedText
    starts_on: date
    ends_on: date
    subsidy: Money | None = None
