"""National code tables shared by both cards: gender (GB/T 2261.1) and nation (GB 3304-1991)."""

from __future__ import annotations

GENDERS: dict[str, str] = {"0": "未知的性别", "1": "男", "2": "女", "9": "未说明的性别"}

_NATION_NAMES = [
    "汉",
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
]

NATIONS: dict[str, str] = {f"{i:02d}": name for i, name in enumerate(_NATION_NAMES, start=1)}
NATIONS["97"] = "其他"
NATIONS["98"] = "外国血统中国籍人士"


def gender_name(code: str | None) -> str | None:
    """Unknown codes are shown raw, never treated as an error (id-card-reader.md §8)."""
    if code is None:
        return None
    return GENDERS.get(code, code)


def nation_name(code: str | None) -> str | None:
    """The name followed by 族 for the 56 nations; the raw code for anything unknown."""
    if code is None:
        return None
    name = NATIONS.get(code)
    if name is None:
        return code
    return name if code in ("97", "98") else name + "族"
