"""Languages the kiosk speaks, and text the agency sends in more than one of them.

The agency answers reason texts in zh_CN and ko (docs/api.md); English exists for maintainers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Language(StrEnum):
    ZH_CN = "zh_CN"
    KO = "ko"
    EN = "en"


@dataclass(frozen=True)
class LocalizedText:
    """One sentence per language; English falls back to Chinese as the agency may omit it."""

    zh_cn: str
    ko: str
    en: str = ""

    def in_language(self, language: Language) -> str:
        if language is Language.KO:
            return self.ko or self.zh_cn
        if language is Language.EN:
            return self.en or self.zh_cn
        return self.zh_cn
