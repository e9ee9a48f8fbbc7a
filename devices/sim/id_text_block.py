"""Builds 256-byte text blocks for the simulated ID reader (the inverse of `text_block`)."""

from __future__ import annotations

from dataclasses import dataclass


def _field(value: str, byte_length: int) -> bytes:
    raw = value.encode("utf-16-le")
    if len(raw) > byte_length:
        raise ValueError("value longer than its field")
    return raw + " ".encode("utf-16-le") * ((byte_length - len(raw)) // 2)


def _assemble(parts: list[tuple[int, str, int]]) -> bytes:
    block = bytearray(" ".encode("utf-16-le") * 128)
    for offset, value, length in parts:
        block[offset : offset + length] = _field(value, length)
    assert len(block) == 256
    return bytes(block)


@dataclass
class ResidentCard:
    """Fictitious resident (or, with `hmt=True`, HK/Macau/Taiwan residence permit) holder."""

    name: str = "李明"
    gender: str = "1"
    nation: str = "01"
    birth_date: str = "19900307"
    address: str = "吉林省延吉市示例路1号"
    id_number: str = "22240119900307001X"
    authority: str = "延吉市公安局"
    valid_from: str = "20200101"
    valid_to: str = "长期"
    hmt: bool = False
    travel_permit_number: str = "H01234567"
    issue_count: str = "01"

    def text_block(self) -> bytes:
        parts = [
            (0, self.name, 30),
            (30, self.gender, 2),
            (32, self.nation, 4),
            (36, self.birth_date, 16),
            (52, self.address, 70),
            (122, self.id_number, 36),
            (158, self.authority, 30),
            (188, self.valid_from, 16),
            (204, self.valid_to, 16),
        ]
        if self.hmt:
            parts += [(220, self.travel_permit_number, 18), (238, self.issue_count, 4)]
            parts += [(248, "J", 2)]
        return _assemble(parts)


@dataclass
class ForeignerCard2017:
    english_name: str = "SMITH, JOHN"
    gender: str = "1"
    card_number: str = "USA110085061002"
    nationality: str = "USA"
    chinese_name: str = "史密斯"
    issue_date: str = "20170101"
    expiry_date: str = "20270101"
    birth_date: str = "19850615"
    card_version: str = "01"
    authority_code: str = "1100"

    def text_block(self) -> bytes:
        return _assemble(
            [
                (0, self.english_name, 120),
                (120, self.gender, 2),
                (122, self.card_number, 30),
                (152, self.nationality, 6),
                (158, self.chinese_name, 30),
                (188, self.issue_date, 16),
                (204, self.expiry_date, 16),
                (220, self.birth_date, 16),
                (236, self.card_version, 4),
                (240, self.authority_code, 8),
                (248, "I", 2),
            ]
        )


@dataclass
class ForeignerCard2023:
    chinese_name: str = "玛丽"
    gender: str = "2"
    renewal_count: str = "00"
    birth_date: str = "19920220"
    english_name: str = "MARTIN, MARIE CLAIRE"
    card_number: str = "933250199202200024"
    issue_date: str = "20231201"
    expiry_date: str = "20331201"
    nationality: str = "FRA"
    previous_link: str = ""

    def text_block(self) -> bytes:
        part1, part2 = self.english_name[:35], self.english_name[35:]
        return _assemble(
            [
                (0, self.chinese_name, 30),
                (30, self.gender, 2),
                (32, self.renewal_count, 4),
                (36, self.birth_date, 16),
                (52, part1, 70),
                (122, self.card_number, 36),
                (188, self.issue_date, 16),
                (204, self.expiry_date, 16),
                (220, part2, 22),
                (242, self.nationality, 6),
                (248, "Y", 2),
                (250, self.previous_link, 6),
            ]
        )
