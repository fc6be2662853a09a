"""PII in scripts written without spaces (Chinese, Japanese, Korean, Thai): names and birth
dates after a form label or before an honorific, postal addresses in each one's own form, and
ordinary text that holds none of them."""

# Full-width punctuation is how these languages are written.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from tiergate.guards.pii.engine import analyze


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("姓名：王伟　手机：13800138000", "PERSON", "王伟"),
        ("收件人李娜，电话13912345678", "PERSON", "李娜"),
        ("用户黄志强从IP10.0.3.17连续输错密码", "PERSON", "黄志强"),
        ("有问题请联系马超老师，谢谢", "PERSON", "马超"),
        ("氏名：佐藤花子　電話番号：090-1234-5678", "PERSON", "佐藤花子"),
        ("担当の伊藤さんに連絡してください", "PERSON", "伊藤"),
        ("이름: 김민준 / 연락처 010-1234-5678", "PERSON", "김민준"),
        ("[한빛은행] 최유진님, 계좌 이체가 완료되었습니다", "PERSON", "최유진"),
        ("담당자 정현우에게 전달해 주세요", "PERSON", "정현우"),
        ("ชื่อ สมชาย ใจดี เบอร์ 081-234-5678", "PERSON", "สมชาย ใจดี"),
        ("员工张敏，出生日期1990年3月15日，入职", "DATE_TIME", "1990年3月15日"),
        ("生年月日：昭和60年11月3日", "DATE_TIME", "昭和60年11月3日"),
        ("생년월일 1993년 6월 21일", "DATE_TIME", "1993년 6월 21일"),
        ("วันเกิด 12 มีนาคม 2533", "DATE_TIME", "12 มีนาคม 2533"),
        ("寄往广州市天河区体育西路12号。", "ADDRESS", "广州市天河区体育西路12号"),
        (
            "我搬到了深圳市南山区科技园路88号3栋1201室",
            "ADDRESS",
            "深圳市南山区科技园路88号3栋1201室",
        ),
        (
            "地址：台北市大安區忠孝東路四段216巷5弄3號4樓",
            "ADDRESS",
            "台北市大安區忠孝東路四段216巷5弄3號4樓",
        ),
        ("送货到九龍旺角彌敦道123號恆利大廈5樓B室", "ADDRESS", "九龍旺角彌敦道123號恆利大廈5樓B室"),
        (
            "住所は東京都渋谷区神南1-2-3 サンビル5階です",
            "ADDRESS",
            "東京都渋谷区神南1-2-3 サンビル5階",
        ),
        ("〒150-0041 東京都渋谷区神南一丁目2番3号", "ADDRESS", "東京都渋谷区神南一丁目2番3号"),
        (
            "부산광역시 해운대구 해운대로 456에서 만나요",
            "ADDRESS",
            "부산광역시 해운대구 해운대로 456",
        ),
    ],
)
def test_unspaced_scripts_names_and_birth_dates(text: str, kind: str, value: str) -> None:
    found = [(m.type, text[m.start : m.end]) for m in analyze(text)]
    assert (kind, value) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "联系方式：请拨打客服热线",  # "方" is a surname, "方式" a word
        "用户体验很重要，客户服务也是",
        "这位先生，请问您需要什么？",  # "this gentleman"
        "今天气温摄氏30度",
        "お客様各位、ご担当者様へ",
        "ご苦労様でした。簡単でちゃんとした料理",
        "朝ドラの女優さん、名前なんだっけ？",
        "초등학생 여자애가 고객센터에 전화했어요",
        "선생님, 위원장님께 전해 주세요",
        "ขอบคุณ มากครับ คุณภาพ ดีมาก",
        "会议定于2024年5月12日召开",  # a date, not a birth date
        "去年我去了北京，很好玩",  # a place in passing is no address
        "会议在3楼301室，路上小心",
        "東京駅で待ち合わせしましょう",
        "오늘 처음으로 5km 안 쉬고 뛰었어!",  # "로" is also a particle
        "친구 집으로 5분 걸려",
    ],
)
def test_unspaced_scripts_ordinary_text_holds_no_name(text: str) -> None:
    found = [(m.type, text[m.start : m.end]) for m in analyze(text)]
    assert not [f for f in found if f[0] in {"PERSON", "DATE_TIME", "ADDRESS"}], found
