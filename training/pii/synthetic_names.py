"""Synthetic PERSON / LOCATION / ORGANIZATION sentences for the PII tagger (CC0-1.0, written for
tiergate; no external text).

The train split is mostly tweets; these rows add the registers a gateway sees: letters and
e-mails, forms and records, news-like sentences, meeting notes, support chats (often all lower
case), and plain instructions with capitalised common words and no entity at all. A share of the
names is invented (syllables) or outside the gazetteers so the tagger also learns context
("Dear ...", "... said", "in ...", "... Ltd"), not only the word lists.

    python training/pii/synthetic_names.py --n 5 --seed 0   # print a sample
"""

# ruff: noqa: SIM905

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tiergate.guards.pii import names  # noqa: E402

SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores
Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Okafor Adeyemi Mensah Owusu
Kamau Otieno Dlamini Nkosi Haddad Khalil Nasser Aziz Rahman Hussain Khan Ahmed Malik Sharma Patel
Gupta Singh Kumar Iyer Reddy Chatterjee Wang Zhang Liu Chen Huang Zhao Wu Zhou Tanaka Suzuki Sato
Watanabe Nakamura Kobayashi Kim Park Choi Jung Tran Pham Le Hoang Santos Oliveira Silva Costa
Pereira Ferreira Almeida Rossi Russo Bianchi Romano Esposito Ricci Bruno Moretti Muller Schmidt
Schneider Fischer Weber Wagner Becker Hoffmann Dubois Durand Lefebvre Moreau Laurent Bernard Janssen
Visser Bakker Jansen Kowalski Nowak Wisniewski Novak Horvat Popescu Ionescu Petrov Ivanov Smirnov
Volkova Lindqvist Johansson Andersson Nilsson Hansen Larsen Jensen Nielsen Virtanen Korhonen
O'Brien O'Connor Murphy Kelly Byrne McCarthy MacDonald Fitzgerald Papadopoulos Yilmaz Demir Kaya
Cohen Levi Friedman Fernández González Díaz Álvarez Romero Navarro Castillo Ortiz Vargas Mendoza
Abara Okonkwo Eze Balogun Bello Diallo Traoré Keita Ndiaye Mwangi Banda Phiri Moyo Zulu""".split()
FAMOUS_PLACES = """London|Paris|New York|Los Angeles|Chicago|Houston|Toronto|Vancouver|Sydney|
Melbourne|Berlin|Munich|Madrid|Barcelona|Lisbon|Rome|Milan|Amsterdam|Brussels|Vienna|Zurich|
Geneva|Stockholm|Oslo|Copenhagen|Helsinki|Dublin|Edinburgh|Glasgow|Manchester|Liverpool|Leeds|
Bristol|Cardiff|Belfast|Warsaw|Prague|Budapest|Athens|Istanbul|Cairo|Lagos|Nairobi|Accra|
Johannesburg|Cape Town|Mumbai|Delhi|Bangalore|Chennai|Karachi|Lahore|Dhaka|Singapore|Jakarta|
Manila|Bangkok|Hanoi|Tokyo|Osaka|Seoul|Beijing|Shanghai|Hong Kong|Taipei|Dubai|Riyadh|Tehran|
Mexico City|Bogotá|Lima|Santiago|Buenos Aires|São Paulo|Rio de Janeiro|Boston|Seattle|Denver|
Austin|Dallas|Atlanta|Miami|Phoenix|Portland|San Francisco|San Diego|Philadelphia|Detroit|
Nashville|Montreal|Auckland|Wellington|France|Germany|Spain|Italy|Portugal|Ireland|Scotland|
Wales|England|Canada|Mexico|Brazil|Argentina|Chile|Peru|Colombia|Nigeria|Kenya|Ghana|Egypt|
Morocco|South Africa|India|Pakistan|China|Japan|Korea|Vietnam|Thailand|Indonesia|Philippines|
Australia|New Zealand|Poland|Ukraine|Russia|Turkey|Greece|Sweden|Norway|Denmark|Finland|
Netherlands|Belgium|Switzerland|Austria|Texas|California|Florida|Ohio|Oregon|Georgia|Virginia|
Michigan|Arizona|Colorado|Yorkshire|Bavaria|Catalonia|Tuscany|Ontario|Quebec|Queensland|
Silicon Valley|Brooklyn|Manhattan|Soho|Camden|Central Park|Hyde Park|Heathrow|Lake Como|
the Alps|the Bronx|Kyoto|Hokkaido|Bali|Sicily|Crete|Cornwall|Kent|Surrey|Devon""".replace(
    "\n", ""
).split("|")
ORG_WORDS = """Pinecrest Northwind Bluewater Summit Riverside Oakridge Silverline Brightpath Redwood
Harbor Meridian Keystone Evergreen Lakeshore Granite Horizon Beacon Crescent Ironbridge Sterling
Westfield Eastgate Greenfield Apex Vertex Nimbus Orion Atlas Falcon Phoenix Cobalt Copper Maple
Willow Cedar Aurora Zenith Pioneer Liberty Heritage Unity Coastal Valley Metro Global United
National Royal First Central Pacific Atlantic Northern Southern Golden Silver""".split()
ORG_SUFFIX = """Inc. Ltd LLC Corp. Group Bank Clinic Hospital Insurance Logistics Labs Partners
Holdings Airlines Motors Pharmaceuticals Capital Consulting Solutions Systems Technologies
Foundation Institute Media Studios Foods Energy Telecom Analytics Software Realty Trust Credit
Union""".split()
ORG_SUFFIX = [*ORG_SUFFIX[:-2], "Credit Union", "& Co.", "GmbH", "AG", "S.A.", "plc"]
INVENTED_ORGS = """Zentrix Lumora Quantiva Brightly Novacore Veltra Orbisoft Kynetic Dataloom
Fernwell Hexaly Corvana Solvexa Tridence Axiora Plumeria Strato Velocita Mirabel Ondara""".split()
SYLLABLES = """ka ri na lo mi sa ta ve en ol ar dan bel mar ti zo ra le an yu ko chi ba du fe go
ha ji ku mo nu pa qui ro su to va wen xi za""".split()
STREET_WORDS = "Oak Maple Elm Cedar Pine Lake Hill Park Mill Church High Station River".split()


@dataclass
class Row:
    text: str
    spans: list[dict[str, object]] = field(default_factory=list)


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.first = sorted(names.first_names() - names.ambiguous_names())
        self.places = sorted(names.places())

    # --- values -------------------------------------------------------------------------
    def invented(self, parts: int = 2) -> str:
        return "".join(self.r.choice(SYLLABLES) for _ in range(parts)).capitalize()

    def first_name(self) -> str:
        return (
            self.invented(self.r.choice((2, 3)))
            if self.r.random() < 0.15
            else (self.r.choice(self.first))
        )

    def surname(self) -> str:
        return self.invented(3) if self.r.random() < 0.2 else self.r.choice(SURNAMES)

    def person(self) -> str:
        f, s = self.first_name(), self.surname()
        pick = self.r.random()
        if pick < 0.5:
            return f"{f} {s}"
        if pick < 0.6:
            return f"{f} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {s}"
        if pick < 0.72:
            return f"{self.r.choice(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof.', 'Mr.', 'Dr.'])} {s}"
        if pick < 0.8:
            return f"{s}, {f}"
        if pick < 0.9:
            return f
        return f"{f} {s}-{self.r.choice(SURNAMES)}" if self.r.random() < 0.3 else s

    def place(self) -> str:
        pick = self.r.random()
        if pick < 0.6:
            return self.r.choice(FAMOUS_PLACES)
        if pick < 0.9:
            return self.r.choice(self.places)
        return self.invented(3) + self.r.choice(["", "", "ville", "burg", " Springs", "ton"])

    def org(self) -> str:
        pick = self.r.random()
        w = self.r.choice(ORG_WORDS)
        if pick < 0.35:
            return f"{w} {self.r.choice(ORG_SUFFIX)}"
        if pick < 0.45:
            return f"{self.r.choice(SURNAMES)} & {self.r.choice(SURNAMES)}"
        if pick < 0.55:
            return f"{w} {self.r.choice(ORG_WORDS)} {self.r.choice(ORG_SUFFIX)}"
        if pick < 0.65:
            kind = self.r.choice(["University of", "Bank of", "Museum of", "Port of"])
            return f"{kind} {self.r.choice(FAMOUS_PLACES)}"
        if pick < 0.75:
            kind = self.r.choice(["City Council", "General Hospital", "Police", "Airport"])
            return f"{self.r.choice(FAMOUS_PLACES)} {kind}"
        if pick < 0.85:
            return "".join(self.r.choice("ABCDEFGHIKLMNPRSTUVW") for _ in range(3))
        return self.r.choice(INVENTED_ORGS)

    def tech(self) -> str:
        word = self.r.choice(sorted(names.tech_terms()))
        return word.upper() if word in TECH_UPPER or len(word) <= 3 else word.capitalize()

    def street(self) -> str:
        return f"{self.r.randint(2, 999)} {self.r.choice(STREET_WORDS)} Street"

    # --- rows ---------------------------------------------------------------------------
    def fill(self, template: str) -> Row:
        row = Row("")
        pos = 0
        out: list[str] = []
        for m in re.finditer(r"\{(P|F|L|O|S|X|T)\}", template):
            out.append(template[pos : m.start()])
            slot = m.group(1)
            value = {
                "P": self.person,
                "F": self.first_name,
                "L": self.place,
                "O": self.org,
                "S": self.street,
                "X": lambda: self.r.choice(["<PERSON_1>", "<PERSON_2>", "<EMAIL_ADDRESS>"]),
                "T": self.tech,
            }[slot]()
            start = sum(map(len, out))
            out.append(value)
            label = {"P": "PERSON", "F": "PERSON", "L": "LOCATION", "O": "ORGANIZATION"}.get(slot)
            if label:
                row.spans.append({"start": start, "end": start + len(value), "label": label})
            pos = m.end()
        out.append(template[pos:])
        row.text = "".join(out)
        return row

    def row(self) -> Row:
        pick = self.r.random()
        template = self.r.choice(NEGATIVE if pick < 0.25 else CHAT if pick < 0.45 else FORMAL)
        row = self.fill(template)
        casing = self.r.random()
        recased = row.text
        if template in CHAT and casing < 0.6:
            recased = row.text.lower()
        elif casing < 0.04:
            recased = row.text.upper()
        if len(recased) == len(row.text):  # "ß".upper() == "SS" would shift the offsets
            row.text = recased
        return row


FORMAL = [
    "Dear {P},\n\nThank you for your letter of 3 May. We will reply from our {L} office.\n\n"
    "Kind regards,\n{P}\n{O}",
    "Hi {F},\nCould you send the signed contract to {P} at {O} before Friday?\nThanks,\n{F}",
    "To whom it may concern: {P} worked at {O} in {L} from 2016 to 2021.",
    "Name: {P}\nEmployer: {O}\nCity: {L}\nReason for visit: follow-up",
    "Customer: {P} | Company: {O} | Location: {L}",
    "{P} ({O}) will chair the session in {L}.",
    "{O} has appointed {P} as chief financial officer, the company said on Tuesday.",
    "Shares of {O} fell 4% after the {L}-based firm cut its forecast.",
    "{P}, a spokesperson for {O}, declined to comment.",
    "Police in {L} said {P}, 34, was arrested on Sunday.",
    "The mayor of {L}, {P}, met officials from {O} last week.",
    "{P} was born in {L} and studied at the {O}.",
    "Flights between {L} and {L} were cancelled, {O} said.",
    "Minutes: {P} opened the meeting. {P} presented the {O} proposal. Next meeting in {L}.",
    "Action items: {F} to email {O}; {F} to book the venue in {L}.",
    "Please summarise this email from {P} about the merger between {O} and {O}.",
    "Write a reference letter for {P}, who interned with us at {O}.",
    'Translate into Spanish: "{P} will arrive in {L} on Monday."',
    "Draft a reply to {P} explaining that {O} cannot refund the order.",
    "I'm {P} and I live in {L}. I need help with my application to {O}.",
    "My name is {P}. I work for {O} in {L}.",
    "Ship to: {P}, {S}, {L}",
    "Patient {P} was referred by {P} to {O}.",
    "{P} v. {O}: the court in {L} dismissed the claim.",
    "According to {P}, the {L} plant employs 300 people.",
    "Invoice for {O}, attn. {P}, {L}.",
    "Signed: {P}, Director, {O}",
    "Cc: {P}; {P}",
    "From: {P}\nTo: {P}\nSubject: Quarterly review\n\nSee the attached report from {O}.",
    "Re: your stay in {L}. {P} from our front desk will meet you at the station.",
    "Rewrite this bio: {P} is a designer based in {L} who has worked with {O} and {O}.",
    "{X} asked {P} to review the draft before the meeting in {L}.",
    "Thanks {X}, I forwarded it to {P} at {O}.",
    "The {O} team in {L} reported strong results this quarter.",
    "We visited {L}, {L} and {L} last summer.",
    "She moved from {L} to {L} to join {O}.",
    # Forms and sign-offs in the languages the recognizers cover: the labels are not names.
    "Name: {P}\nTelefon: 030 1234567\nOrt: {L}\nFirma: {O}",
    "Vorname und Nachname: {P}\nAnschrift: {S}, {L}\nArbeitgeber: {O}",
    "Nom : {P}\nTél : 01 42 68 53 00\nVille : {L}\nSociété : {O}",
    "Nombre: {P}\nTeléfono: 912 345 678\nCiudad: {L}\nEmpresa: {O}",
    "Sehr geehrte Frau {X},\n\nvielen Dank für Ihre Nachricht.\n\n"
    "Mit freundlichen Grüßen\n{P}\n{O}",
    "Bonjour {F},\nMerci pour votre retour.\nCordialement,\n{P}\n{O}, {L}",
    "Hola {F}, gracias por todo.\nSaludos,\n{P}",
    "Bill to: {O}, attn. {P}, {L}\nRemit to: {O}\nBIC: DEUTDEFF",
    "{P} (EMEA sales, {O}) will join the call from {L}; figures are in EUR.",
    "Mark this ticket as resolved and let {P} know.",
    "Passenger: {P}\nFlight: LH 721\nSeat: 42K",
    "Patient: {P}\nMRN: 00482913\nNext of kin: {P}",
    # "City, Country" is two places, and a job title before a company is not a name.
    "The conference takes place in {L}, {L} next spring.",
    "Born in {L}, {L}, {P} moved to {L} as a child.",
    "{P}\nSenior Analyst, {O}\n{L}",
    "{P}, Head of Sales, {O}, will present.",
    "Regards,\n{P}\nChief Technology Officer, {O}",
    "Our Regional Manager, {P}, is based in {L}.",
]
CHAT = [
    "hey {F} are you coming to {L} this weekend?",
    "just talked to {F}, she says {O} is hiring",
    "lol {F} and {F} are still at the bar in {L}",
    "can u ask {P} to call me back",
    "omg {O} cancelled my flight to {L} again",
    "{F} said the office in {L} is closed today",
    "meeting {P} tomorrow at the {O} office",
    "who is {P}? never heard of them",
    "moving to {L} next month!! so excited",
    "anyone know a good dentist near {L}?",
    "i work at {O} now, started monday",
    "tell {F} i said thanks",
    "@{F} see you in {L}!",
    "{F}, {F} and me are going to {L}",
    "got an email from {O} about my account, is it legit?",
]
TECH_UPPER = frozenset("json yaml html css csv pdf xml http https sql php cuda vba".split())
NEGATIVE = [
    "I love {T} and {T}.",
    "Write a {T} function that parses a {T} file.",
    "How do I install {T} on {T}?",
    "Convert this {T} to {T}, please.",
    "Which is faster, {T} or {T}?",
    "We use {T}, {T} and {T} at work.",
    "My {T} script crashes when I import {T}.",
    "Explain the difference between {T} and {T} for a beginner.",
    "Is {T} still worth learning in 2025?",
    "Deploy the {T} app with {T} and {T}.",
    "Erstellen Sie ein Shell-Skript, das alle Dateien im Verzeichnis auflistet.",
    "Schreiben Sie eine Zusammenfassung des folgenden Berichts für die Geschäftsleitung.",
    "Vermeiden Sie lange Sätze und erklären Sie jeden Schritt.",
    "Kannst du mir ein gutes Buch über Geschichte empfehlen?",
    "Générer une liste de questions pour un entretien d'embauche.",
    "Cependant, la réponse doit rester courte.",
    "Escribe un resumen del Informe Anual en cinco puntos.",
    "Introduce the Topic briefly, then Inspect each Option in turn.",
    "Please summarise this report.",
    "Translate the following paragraph into French.",
    "The Board approved the Budget for the next Financial Year.",
    "Write a Python function that reverses a linked list.",
    "Executive Summary\n\nThe Quarterly Review shows strong Growth in all Regions.",
    "Table of Contents: Introduction, Methods, Results, Discussion.",
    "Can you explain how Photosynthesis works in simple terms?",
    "Fix the grammar in this sentence: their going to the store tomorrow.",
    "What is the difference between TCP and UDP?",
    "Monday's Standup is moved to 10:30. Agenda: Roadmap, Hiring, Budget.",
    "Happy New Year! Wishing you Health and Happiness.",
    "Generate a SQL query that counts Orders per Customer.",
    "The API returns a JSON object with Status and Message fields.",
    "Great job on the Release Notes, very clear.",
    "Action Items: update the Wiki, review the PR, close the Sprint.",
    "i need help with my homework about the french revolution",
    "what should i cook for dinner tonight",
    "THIS IS URGENT: PLEASE RESET MY PASSWORD",
    "Section 3.2 describes the Risk Assessment and Mitigation Plan.",
    "Ok thanks, that makes sense. Can you give me another example?",
    "Hi there, could you help me write a cover letter?",
    "Summarize the Terms of Service in three bullet points.",
    "The Customer Success team will follow up next week.",
    "Thanks {X}! The draft looks good.",
    "Please redact {X} before sharing.",
    "Dear Sir or Madam, I am writing to complain about the Service.",
    "Kind regards, The Support Team",
    "Mark this as resolved.",
    "Bill the customer for the extra hours.",
    "Grace periods apply to late payments.",
    "Rose from 12% to 15% in the second quarter.",
    "EMEA revenue grew 8% in EUR terms while APAC was flat.",
    "The SKU and MRN fields are required; the SDK fills in the OID.",
    "LDL and HDL results are within range.",
    "Betrag: 120,00 EUR\nRechnung Nr: 4471\nKonto: siehe unten",
    "Bitte Vorname, Nachname und Anschrift in Druckbuchstaben eintragen.",
    "Mit freundlichen Grüßen\nIhr Kundenservice",
    "Cordialement,\nLe service client",
    "Saludos cordiales,\nEl equipo de soporte",
    "Headcount is 14. No changes to the Rota.",
    "Remit to: Accounts Payable. Reg. no. on the invoice.",
    "Speed: 1000 Mbps. Dimensions: 20 x 30 cm. Timestamp in UTC.",
    "Zentrale: bitte Durchwahl angeben.",
]


def synthetic_rows(n: int, seed: int = 0) -> list[dict[str, object]]:
    gen = Gen(seed)
    out = []
    for i in range(n):
        row = gen.row()
        out.append(
            {
                "id": f"syn-names-{i}",
                "text": row.text,
                "spans": row.spans,
                "source": "tiergate-synthetic-names",
            }
        )
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    for row in synthetic_rows(args.n, args.seed):
        text = str(row["text"])
        spans = row["spans"]
        assert isinstance(spans, list)
        print(repr(text), [(text[s["start"] : s["end"]], s["label"]) for s in spans])
