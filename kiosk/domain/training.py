"""Approved vocational-training courses a claimant may claim a subsidy for (2019 notice §8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.money import Money


@dataclass(frozen=True)
class Course:
    course_id: str
    name: str
    provider: str
    starts_on: date
    ends_on: date
    subsidy: Money | None = None
