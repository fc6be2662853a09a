"""Checksum validators for structured identifiers. Pure functions on the matched string: they
turn a regex hit into evidence (a random 16-digit order number passes Luhn 1 time in 10)."""

from __future__ import annotations

import hashlib
import ipaddress
import re

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")

# IBAN length per country (ISO 13616 registry, the countries that issue IBANs).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def compact(value: str) -> str:
    return _NON_ALNUM.sub("", value).upper()


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_issuer_ok(digits: str) -> bool:
    """Known issuer prefixes (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro)."""
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    if digits[:2] in ("34", "37"):
        return n == 15
    two, four = int(digits[:2]), int(digits[:4])
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if digits.startswith(("6011", "65", "62", "50", "56", "57", "58", "67", "63")):
        return 16 <= n <= 19
    if 644 <= int(digits[:3]) <= 649 or 3528 <= four <= 3589:
        return 16 <= n <= 19
    return digits[:3] in ("300", "301", "302", "303", "304", "305", "309") or two in (36, 38, 39)


def card_ok(value: str) -> bool:
    digits = compact(value)
    return 13 <= len(digits) <= 19 and digits.isdigit() and luhn_ok(digits)


def iban_ok(value: str) -> bool:
    iban = compact(value)
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def ssn_ok(value: str) -> bool:
    """SSA rules: no area 000, 666 or 9xx; no group 00; no serial 0000; no well-known fakes."""
    digits = compact(value)
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in SSN_PLACEHOLDERS and len(set(digits)) > 1


# Numbers everyone uses as an example (the wallet-card 078-05-1120, the textbook 123-45-6789):
# never issued, so not an SSN on their own; written next to "SSN" they still stand in one's place.
SSN_PLACEHOLDERS = frozenset({"123456789", "078051120", "219099999"})


def ssn_placeholder(value: str) -> bool:
    return compact(value) in SSN_PLACEHOLDERS


def ip_ok(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def nino_ok(value: str) -> bool:
    nino = compact(value)
    return nino[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_nif_ok(value: str) -> bool:
    nif = compact(value)
    return len(nif) == 9 and nif[:8].isdigit() and _DNI_LETTERS[int(nif[:8]) % 23] == nif[8]


def es_nie_ok(value: str) -> bool:
    nie = compact(value)
    if len(nie) != 9 or nie[0] not in "XYZ" or not nie[1:8].isdigit():
        return False
    number = int(str("XYZ".index(nie[0])) + nie[1:8])
    return _DNI_LETTERS[number % 23] == nie[8]


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
           24, 23]  # fmt: skip


def it_fiscal_code_ok(value: str) -> bool:
    code = compact(value)
    if len(code) != 16:
        return False
    total = 0
    for i, ch in enumerate(code[:15]):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CF_ODD[k] if i % 2 == 0 else k
    return chr(65 + total % 26) == code[15]


def fr_nir_ok(value: str) -> bool:
    """French social security number (NIR): 13 digits + 2-digit key = 97 - n mod 97; Corsica's
    departments 2A/2B count as 19/18 for the key."""
    nir = compact(value)
    if len(nir) != 15 or not nir[13:].isdigit():
        return False
    body = nir[:13].replace("2A", "19").replace("2B", "18")
    return body.isdigit() and 97 - int(body) % 97 == int(nir[13:])


def de_tax_id_ok(value: str) -> bool:
    """German Steuer-ID: 11 digits, no leading 0, ISO 7064 MOD 11,10 check digit, and in the
    first ten digits one digit repeats 2 or 3 times."""
    tin = compact(value)
    if len(tin) != 11 or not tin.isdigit() or tin[0] == "0":
        return False
    counts = sorted((tin[:10].count(d) for d in set(tin[:10])), reverse=True)
    if counts[0] not in (2, 3):
        return False
    product = 10
    for ch in tin[:10]:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(tin[10])


# --- more national identifiers, and cryptocurrency wallets ----------------------------------


def _weighted_mod(digits: str, weights: tuple[int, ...], mod: int) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % mod


def uk_nhs_ok(value: str) -> bool:
    """NHS number: 10 digits, check digit = 11 - (sum of digits 1-9 x weights 10..2) mod 11."""
    nhs = compact(value)
    if len(nhs) != 10 or not nhs.isdigit() or len(set(nhs)) == 1:
        return False
    check = 11 - _weighted_mod(nhs, (10, 9, 8, 7, 6, 5, 4, 3, 2), 11)
    return check != 10 and check % 11 == int(nhs[9])


def pl_pesel_ok(value: str) -> bool:
    """PESEL: 11 digits, a real birth date (century in the month), weighted mod-10 check digit."""
    pesel = compact(value)
    if len(pesel) != 11 or not pesel.isdigit():
        return False
    month, day = int(pesel[2:4]) % 20, int(pesel[4:6])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    check = (10 - _weighted_mod(pesel, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), 10)) % 10
    return check == int(pesel[10])


def nl_bsn_ok(value: str) -> bool:
    """Dutch BSN: 9 digits passing the "11-proef" (weights 9..2, and -1 for the last)."""
    bsn = compact(value)
    if len(bsn) != 9 or not bsn.isdigit() or bsn == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(bsn[:8], range(9, 1, -1), strict=True))
    return (total - int(bsn[8])) % 11 == 0


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def in_aadhaar_ok(value: str) -> bool:
    """Aadhaar: 12 digits, not starting with 0 or 1, Verhoeff check digit."""
    uid = compact(value)
    return len(uid) == 12 and uid.isdigit() and uid[0] not in "01" and verhoeff_ok(uid)


def sg_nric_ok(value: str) -> bool:
    """Singapore NRIC / FIN (S, T, F, G series): 7 digits, check letter from weights 2765432."""
    nric = compact(value)
    if len(nric) != 9 or nric[0] not in "STFG" or not nric[1:8].isdigit():
        return False
    total = _weighted_mod(nric[1:8], (2, 7, 6, 5, 4, 3, 2), 11) + (4 if nric[0] in "TG" else 0)
    table = "JZIHGFEDCBA" if nric[0] in "ST" else "XWUTRQPNMLK"
    return table[total % 11] == nric[8]


def au_tfn_ok(value: str) -> bool:
    """Australian Tax File Number: 9 digits, weights 1,4,3,7,5,8,6,9,10, sum divisible by 11."""
    tfn = compact(value)
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return len(tfn) == 9 and tfn.isdigit() and _weighted_mod(tfn, weights, 11) == 0


def au_abn_ok(value: str) -> bool:
    """Australian Business Number: 11 digits; first digit minus 1, weights 10,1,3,...,19 mod 89."""
    abn = compact(value)
    if len(abn) != 11 or not abn.isdigit() or abn[0] == "0":
        return False
    digits = str(int(abn[0]) - 1) + abn[1:]
    return _weighted_mod(digits, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19), 89) == 0


_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_pic_ok(value: str) -> bool:
    """Finnish personal identity code DDMMYY-NNNC: check character = (DDMMYYNNN mod 31)."""
    code = value.strip().upper()
    if len(code) != 11 or not (code[:6] + code[7:10]).isdigit():
        return False
    day, month = int(code[:2]), int(code[2:4])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return _FI_CHECK[int(code[:6] + code[7:10]) % 31] == code[10]


def se_pnr_ok(value: str) -> bool:
    """Swedish personnummer (YY)YYMMDD-NNNC: a real month and day (+60 for a coordination
    number), Luhn over the last ten digits."""
    digits = compact(value)
    if len(digits) == 12:
        digits = digits[2:]
    if len(digits) != 10 or not digits.isdigit():
        return False
    month, day = int(digits[2:4]), int(digits[4:6]) % 60
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn_ok(digits)


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc_base58_ok(value: str) -> bool:
    """Legacy / P2SH Bitcoin address: Base58Check with version byte 0x00 or 0x05."""
    n = 0
    for ch in value:
        i = _B58.find(ch)
        if i < 0:
            return False
        n = n * 58 + i
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else b""
    if len(raw) != 25 or raw[0] not in (0, 5):
        return False
    checksum = hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4]
    return raw[21:] == checksum


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def btc_bech32_ok(value: str) -> bool:
    """SegWit address (bc1...): bech32 (BIP-173) or bech32m (BIP-350) checksum."""
    addr = value.lower()
    hrp, sep, data = addr.rpartition("1")
    if hrp != "bc" or not sep or len(data) < 7 or any(c not in _BECH32 for c in data):
        return False
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _bech32_polymod(expanded + [_BECH32.index(c) for c in data]) in (1, 0x2BC830A3)
