"""Where a line of Chinese or Korean may break, so no word is split across two lines.

Qt breaks lines by Unicode's line-breaking rules: Chinese may break between any two
characters (手机号 / 码), and after a closing bracket even in Korean (《확인》 / 을). Qt's
wrap modes cannot say "Korean breaks only at spaces" or "keep this Chinese word whole", so the
text itself carries the rule: a WORD JOINER (U+2060, invisible, zero width) between two
characters forbids a break there.

- Korean (조선어) separates words with spaces: every other break is forbidden (CSS's
  `word-break: keep-all`).
- Chinese has no spaces: the kiosk's own terms (手机号码, 社会保障卡, ...), anything in
  《》 or “” quotes, and a number with its unit (18个月, 1710元) are kept whole; other breaks
  between characters are ordinary Chinese typesetting.
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"

# The kiosk's Chinese words that a claimant reads as one unit; longest first, so 手机号码 wins
# over 手机号.
CHINESE_TERMS = tuple(
    sorted(
        {
            "手机号码",
            "手机号",
            "社会保障卡",
            "社保卡",
            "身份证",
            "身份证号",
            "验证码",
            "密码",
            "失业保险金",
            "失业保险",
            "失业",
            "服务窗口",
            "工作人员",
            "回执",
            "二维码",
            "银行卡",
            "银行账户",
            "账户",
            "申请",
            "确认",
            "打印",
            "提交",
            "办理",
            "结束",
            "返回",
            "首页",
            "培训补贴",
            "参保",
            "缴费",
            "领取",
            "经办机构",
            "办事指南",
            "流程图",
            "读卡器",
            "打印机",
            "网络",
            "单位",
            "劳动合同",
            "编号",
            "查询",
            "进度",
        },
        key=len,
        reverse=True,
    )
)
_TERMS = re.compile("|".join(re.escape(term) for term in CHINESE_TERMS))
_QUOTED = re.compile(r"《[^《》]{1,16}》|“[^“”]{1,16}”|「[^「」]{1,16}」")
_NUMBER_UNIT = re.compile(r"[0-9０-９][0-9０-９.,]*\s?(?:个月|元|日|月|年|岁|次|位|个)")
_MARKUP = re.compile(r"(<[^>]*>|&[#a-zA-Z0-9]+;)")
_BETWEEN_NON_SPACES = re.compile(r"(?<=\S)(?=\S)")


def _join(text: str) -> str:
    return WORD_JOINER.join(text)


def _keep_chinese_words(segment: str) -> str:
    segment = _QUOTED.sub(lambda match: _join(match.group()), segment)
    segment = _NUMBER_UNIT.sub(lambda match: _join(match.group()), segment)
    return _TERMS.sub(lambda match: _join(match.group()), segment)


def keep_words(text: str, language: str) -> str:
    """`text` with breaks inside words forbidden by the rules of `language` ("zh_CN", "ko", ...).

    Rich-text tags and entities are left untouched. Applying it twice changes nothing more.
    """
    if not text or WORD_JOINER in text:
        return text
    parts = _MARKUP.split(text)
    for index in range(0, len(parts), 2):  # the even parts are text, the odd ones markup
        if language == "ko":
            parts[index] = _BETWEEN_NON_SPACES.sub(WORD_JOINER, parts[index])
        else:
            parts[index] = _keep_chinese_words(parts[index])
    return "".join(parts)


def plain(text: str) -> str:
    """`text` without the joiners, as it was written."""
    return text.replace(WORD_JOINER, "")
