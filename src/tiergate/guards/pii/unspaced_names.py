"""PERSON in Chinese, Japanese, Korean and Thai text, where the tagger (trained on Latin-script
words and lists) finds none: a name after a form label ("姓名：王伟", "받는 분: 이서연", "ชื่อ
สมชาย ใจดี") or before an honorific ("马超老师", "鈴木一郎様", "최유진님").

Cue-bound on purpose. Without spaces there is no word to test against a list, and an unbound
rule over a run of ideographs would call half of any sentence a name; a label or an honorific
says that a name comes next, and a surname list (Chinese, Korean) or the length of a kanji run
(Japanese) says where it ends.
"""

# Character lists read best as unbroken strings.
# ruff: noqa: RUF001, RUF002, E501, SIM905

from __future__ import annotations

import re

from tiergate.guards.ml.normalize import HAN, HANGUL, HIRAGANA, KATAKANA, THAI
from tiergate.guards.pii.recognizers import Match

# The most common Chinese surnames, simplified and traditional (with four compound ones).
_ZH_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金"
    "贾賈韦韋夏付方邹鄒熊白孟秦邱侯江尹薛闫閆段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴"
    "莫孔向常汤湯康易乔喬赖賴文施洪辛柯庄莊傅温溫翁凌欧歐"
) | {"欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官"}
# Characters that commonly follow a Chinese name in running text: where a run of ideographs
# after a label goes on past the name, the name ends before one of these.
_ZH_ENDERS = frozenset(
    "从從在的说說是和与與跟给給于於已将將等先女小老经經医醫同生今昨明回报報来來去"
)
_ZH_LABELS = (
    "姓名", "名字", "收件人", "寄件人", "联系人", "聯絡人", "聯繫人", "收款人", "付款人", "付款方",
    "持卡人", "订房人", "訂房人", "预订人", "預訂人", "负责人", "負責人", "员工", "員工", "候选人",
    "候選人", "申请人", "申請人", "患者", "病人", "家长", "家長", "客户", "客戶", "用户", "用戶",
    "租客", "房东", "房東", "投保人", "被保险人", "乘客", "旅客", "经办人", "經辦人", "同学", "同學",
    "学生", "學生", "收货人", "收貨人", "签收人", "簽收人",
)  # fmt: skip
_ZH_TITLES = ("先生", "女士", "小姐", "老师", "老師", "经理", "經理", "医生", "醫生", "同学", "同學",
              "教授", "律师", "律師", "主任", "总监", "總監")  # fmt: skip

# Japanese labels need a separator or は after them: "名義変更", "候補者一覧" are words.
_JA_LABELS = (
    "氏名", "お名前", "名前", "予約者様", "予約者", "宿泊者名", "受取人", "振込人", "担当者", "担当",
    "緊急連絡先", "申込者", "候補者", "口座名義", "契約者", "保護者", "差出人", "ご依頼主",
)  # fmt: skip
# (Not 君 or 氏, which Chinese text uses in other senses: 摄氏 is Celsius; and the rule runs
# only on text with kana, since 这位先生 is "this gentleman".)
_JA_HONORIFICS = "様|さん|ちゃん(?!と)|くん|先輩|先生"  # "ちゃんと" is "properly"
# Kanji words for roles that take an honorific as a name does ("担当者様", "お医者さん"), and
# set phrases ("ご苦労様", "お世話様").
_JA_ROLE_END = frozenset("者長員師手家主様客生優")
_JA_NOT_NAMES = frozenset({"苦労", "世話", "馳走", "疲れ", "皆"})
_KANA = re.compile(f"[{HIRAGANA}{KATAKANA}]")

_KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"
)
_KO_LABELS = (
    "이름", "성명", "성함", "받는 분", "받는분", "보내는 분", "보내는분", "수취인", "예약자", "담당자",
    "신입사원", "사원", "보호자", "고객", "환자", "학생", "예금주", "신청인", "신청자", "작성자",
    "지원자", "수신인", "발신인",
)  # fmt: skip
# Particles and honorifics that attach to the end of a Korean name.
_KO_TAIL = re.compile(
    r"(?:님|씨|에게|께|이랑|랑|이가|이는|이를|이|가|은|는|을|를|의|과|와|입니다|이에요|예요)$"
)
# Role words of three syllables that take 님 as a name does.
_KO_ROLES = frozenset(
    "관리자 담당자 사용자 운영자 관계자 진행자 작성자 신청자 보호자 지원자 위원장 상담사 간호사 "
    "선생님 교수님 대표님 여러분".split()
)

_TH_LABELS = ("ชื่อ", "ผู้รับ", "ผู้ส่ง", "คุณ", "ผู้จอง", "ผู้สมัคร", "พนักงาน", "ผู้ติดต่อ",
              "เจ้าของบัญชี", "ชื่อบัญชี")  # fmt: skip
# "ขอบคุณ" (thank you) holds "คุณ"; quality, value, merit start with it, and reputation, title,
# username with "ชื่อ".
_TH_NOT_NAMES = ("ภาพ", "ค่า", "สมบัติ", "ลักษณะ", "ธรรม", "ประโยชน์", "ความ", "เสียง", "เรื่อง",
                 "ผู้ใช้", "ไฟล์", "สินค้า", "บริษัท", "งาน", "จริง")  # fmt: skip

_SEP = r"[:：\s]{0,3}"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ZH_LABEL_RE = re.compile(rf"(?:{_alternation(_ZH_LABELS)}){_SEP}([{HAN}]{{2,8}})")
_ZH_TITLE_RE = re.compile(rf"([{HAN}]{{2,4}}?)(?={_alternation(_ZH_TITLES)})")
_JA_LABEL_RE = re.compile(
    rf"(?:{_alternation(_JA_LABELS)})(?:[:：\s\u3000]{{1,3}}|は)"
    rf"([{HAN}]{{2,5}}(?![{HAN}])|[{KATAKANA}]{{2,}}(?:[・\u3000 ][{KATAKANA}]{{2,}})?)"
)
_JA_HONORIFIC_RE = re.compile(
    rf"(?<![{HAN}])([{HAN}]{{2,4}}[{HIRAGANA}]{{0,3}})(?:{_JA_HONORIFICS})"
)
# A label is a word of its own: "학생" inside "초등학생" (a primary-school pupil) is not one.
_KO_LABEL_RE = re.compile(
    rf"(?<![{HANGUL}])(?:{_alternation(_KO_LABELS)}){_SEP}([{HANGUL}]{{2,8}})"
)
_KO_HONORIFIC_RE = re.compile(rf"(?<![{HANGUL}])([{HANGUL}]{{3}})(?:님|씨)(?![{HANGUL}])")
_TH_LABEL_RE = re.compile(
    rf"(?<!ขอบ)(?:{_alternation(_TH_LABELS)}){_SEP}([{THAI}]{{3,20}} [{THAI}]{{4,20}})"
    rf"(?![{THAI}])"
)


def find_persons(text: str) -> list[Match]:
    """Names after a label or before an honorific, in the four scripts."""
    out: list[Match] = []
    for m in _ZH_LABEL_RE.finditer(text):
        if (end := _zh_name_end(m.group(1))) is not None:
            out.append(Match("PERSON", m.start(1), m.start(1) + end, 0.8))
    for m in _ZH_TITLE_RE.finditer(text):
        run = m.group(1)
        # The name is the last two or three characters before the title, surname first.
        for size in (3, 2):
            name = run[-size:]
            if len(name) == size and _zh_surname(name):
                out.append(Match("PERSON", m.end(1) - size, m.end(1), 0.75))
                break
    for m in _JA_LABEL_RE.finditer(text):
        out.append(Match("PERSON", m.start(1), m.end(1), 0.8))
    if _KANA.search(text):
        for m in _JA_HONORIFIC_RE.finditer(text):
            kanji = _KANA.sub("", m.group(1))
            if kanji[-1] not in _JA_ROLE_END and kanji not in _JA_NOT_NAMES:
                out.append(Match("PERSON", m.start(1), m.end(1), 0.7))
    for m in _KO_LABEL_RE.finditer(text):
        name = _KO_TAIL.sub("", m.group(1))
        if 2 <= len(name) <= 4 and name[0] in _KO_SURNAMES and name not in _KO_ROLES:
            out.append(Match("PERSON", m.start(1), m.start(1) + len(name), 0.8))
    for m in _KO_HONORIFIC_RE.finditer(text):
        name = m.group(1)
        if name[0] in _KO_SURNAMES and name not in _KO_ROLES and name[-1] not in "장사":
            out.append(Match("PERSON", m.start(1), m.end(1), 0.75))
    for m in _TH_LABEL_RE.finditer(text):
        if not m.group(1).startswith(_TH_NOT_NAMES):
            out.append(Match("PERSON", m.start(1), m.end(1), 0.8))
    return out


def _zh_surname(name: str) -> bool:
    return name[:1] in _ZH_SURNAMES or name[:2] in _ZH_SURNAMES


def _zh_name_end(run: str) -> int | None:
    """Where a Chinese name at the start of ``run`` (the ideographs after a label) ends: the
    whole run if it is two or three characters, else before an ender; None if no surname."""
    if not _zh_surname(run):
        return None
    if len(run) <= 3:
        return len(run)
    for size in (3, 2):
        if run[size] in _ZH_ENDERS:
            return size
    return None
