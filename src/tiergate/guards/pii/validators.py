"""Checksum validators for structured identifiers. Pure functions on the matched string: they
turn a regex hit into evidence (a random 16-digit order number passes Luhn 1 time in 10)."""

from __future__ import annotations

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
    return digits not in ("123456789", "078051120", "219099999") and len(set(digits)) > 1


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
