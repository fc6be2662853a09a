"""Write ``probe_varied.jsonl``: a hand-written PII probe set in varied settings.

    python training/pii/build_probe_varied.py [--out training/pii/probe_varied.jsonl]

Every text below was written for this probe (no public corpus). Entities are marked inline as
``[[surface text|TAG]]``; offsets are computed here from the stripped text and every span is
checked against its surface string. Checksummed identifiers (IBAN, card) are generated so they
validate, and asserted, so a miss is the detector's and not a typo in the gold.

Labelling conventions (the engine's dataset label set, ``metrics.DATASET_LABELS``; the engine's
ADDRESS type is scored as LOCATION through ``metrics.TO_DATASET``):
- PERSON: the name without a title ("Dr." outside the span); lower-case names in chat count.
- LOCATION: cities, regions, countries, and street / postal addresses. A full postal address is
  ONE span (street to postcode), since the engine's ADDRESS type maps to LOCATION.
- ORGANIZATION: companies, banks, hospitals, universities, agencies. Products (Excel, Jira) not.
- DATE_TIME: calendar dates (with a day) in any format, birth dates included. Machine timestamps
  in log lines (ISO with a time, epoch) are NOT labelled: they are the look-alike negatives.
- Food named after places ("Dijon mustard", "Brussels sprouts") is not a LOCATION.
- Obfuscated e-mails ("name at domain dot com") are labelled: they leak the address.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from tiergate.guards.pii import validators as v

OUT = Path(__file__).resolve().parent / "probe_varied.jsonl"

TAGS = {
    "P": "PERSON",
    "L": "LOCATION",
    "O": "ORGANIZATION",
    "E": "EMAIL_ADDRESS",
    "PH": "PHONE_NUMBER",
    "CC": "CREDIT_CARD",
    "IB": "IBAN_CODE",
    "IP": "IP_ADDRESS",
    "SSN": "US_SSN",
    "D": "DATE_TIME",
}
_MARK = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]", re.S)


def iban(cc: str, bban: str) -> str:
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def g4(value: str, sep: str = " ") -> str:
    return sep.join(value[i : i + 4] for i in range(0, len(value), 4))


# --- checksummed values (generated, asserted below) -------------------------------------------
DE1 = iban("DE", "370400440532013000")
DE2 = iban("DE", "500105175407324931")
GB1 = iban("GB", "NWBK60161331926819")
GB2 = iban("GB", "BARC20035370451234")
FR1 = iban("FR", "30006000011234567890189")
NL1 = iban("NL", "ABNA0417164300")
NL2 = iban("NL", "RABO0123456789")
ES1 = iban("ES", "21000418450200051332")
IT1 = iban("IT", "X0542811101000000123456")
CH1 = iban("CH", "00762011623852957")
BE1 = iban("BE", "539007547034")
PL1 = iban("PL", "109010140000071219812874")
BR1 = iban("BR", "00360305000010009795493P1")
AT1 = iban("AT", "1904300234573201")
IE1 = iban("IE", "AIBK93115212345678")
PT1 = iban("PT", "000201231234567890154")
SE1 = iban("SE", "50000000058398257466")
NO1 = iban("NO", "86011117947")
TR1 = iban("TR", "0006100519786457841326")
SA1 = iban("SA", "80000000608010167519")
AE1 = iban("AE", "0331234567890123456")
IBANS = [DE1, DE2, GB1, GB2, FR1, NL1, NL2, ES1, IT1, CH1, BE1, PL1, BR1, AT1, IE1, PT1, SE1,
         NO1, TR1, SA1, AE1]  # fmt: skip

VISA1, VISA2, VISA3, VISA4 = (
    "4526018159083012",
    "4661318609139090",
    "4960308246281940",
    "4590109281590130",
)
MC1, MC2, MC3, MC4 = "5182199351819098", "5537865797543235", "2223194875749119", "5396245957117775"
AMEX1, AMEX2 = "378625276018957", "345597971147102"
DISC1, JCB1, DINERS1, VISA13, UP19 = (
    "6011497465075291", "3568426846563216", "36223307924403", "4268599528907", "6278666617603137219"
)  # fmt: skip
CARDS = [VISA1, VISA2, VISA3, VISA4, MC1, MC2, MC3, MC4, AMEX1, AMEX2, DISC1, JCB1, DINERS1,
         VISA13, UP19]  # fmt: skip
for _c in CARDS:
    assert v.card_ok(_c), _c
    assert v.card_issuer_ok(_c), _c
for _i in IBANS:
    assert v.iban_ok(_i), _i


def amex(d: str, sep: str = " ") -> str:
    return f"{d[:4]}{sep}{d[4:10]}{sep}{d[10:]}"


# A Luhn-valid 16-digit number with no issuer prefix, used as an order number (negative).
def _luhn_fill(body: str) -> str:
    return next(body + d for d in "0123456789" if v.luhn_ok(body + d))


ORDER_LUHN = _luhn_fill("902318840017265")
assert v.luhn_ok(ORDER_LUHN)
assert not v.card_issuer_ok(ORDER_LUHN)

# --- rows: (setting, marked text) --------------------------------------------------------------
R: list[tuple[str, str]] = []


def add(setting: str, *texts: str) -> None:
    R.extend((setting, t) for t in texts)


add(
    "support_ticket",
    "Ticket #48213: Customer [[Helena Marchetti|P]] says her parcel to [[Turin|L]] never "
    "arrived. Reach her at [[helena.marchetti@postaweb.it|E]] or [[+39 011 562 4471|PH]].",
    "Hi team, [[Oluwaseun Bakare|P]] called again about the double charge on card ending 4417. "
    "Please refund before Friday. Callback number [[0803 214 5590|PH]].",
    "Escalation: user [[kwame.asante@mailbox.gh|E]] cannot log in since the password reset. "
    "Last login from [[102.176.65.14|IP]].",
    "The customer gave the card number [[" + g4(VISA1) + "|CC]] over chat, which violates "
    "policy. Agent: [[Tomasz Zieliński|P]].",
    "Refund request from [[Ana Lúcia Ferreira|P]] ([[São Paulo|L]]). Bank details: "
    "[[" + g4(BR1) + "|IB]].",
    "Customer states she moved from [[Leeds|L]] to [[Bristol|L]] and wants the new address "
    "[[14 Whiteladies Road, Bristol BS8 2LG|L]] on the account.",
    "Caller Mr. [[Graham Pettigrew|P]] asked us to stop texting [[07700 900461|PH]]; marked as "
    "do-not-contact.",
    "Issue persists for [[Deepika Nair|P]] at [[Wipro|O]]; she attached screenshots from "
    "Chrome and Excel.",
    "Please verify the IBAN [[" + DE1 + "|IB]] before we release the payout to [[Lukas Brandt|P]].",
    "Order 100-2239-4471 shipped to Ms [[Aisha Rahman|P]], [[Flat 3, 22 Cheetham Hill Road, "
    "Manchester M8 8QX|L]].",
    "I spoke with [[Santiago de la Fuente|P]] from [[Banco Santander|O]] regarding the "
    "chargeback on [[" + g4(MC1, "-") + "|CC]].",
    "Customer [[Yuki Tanabe|P]] reports that the app crashes on login. Device: Pixel 7, "
    "Android 14, build 14.0.2.1.",
    "Complaint logged by [[Chiamaka Eze|P]] on [[12 March 2024|D]]: technician never showed "
    "up at [[45 Admiralty Way, Lekki, Lagos|L]].",
    "User reports SSN [[536-22-8471|SSN]] visible in the PDF export. Please purge and notify "
    "[[privacy@northwind-health.com|E]].",
    "Ticket reassigned from Level 1 to Level 2. No customer data attached.",
    "Hello, my name is [[Rafael Quintero|P]] and I was charged twice. My phone is "
    "[[(305) 555-0148|PH]].",
    "Customer [[Bui Thanh Hương|P]] from [[Da Nang|L]] needs the invoice re-issued with her "
    "company name, [[Sao Mai Trading Co|O]].",
    "Please call back Frau Dr. [[Ingrid Hoffmann|P]] under [[(030) 2847 1193|PH]] regarding "
    "the warranty claim.",
    "The customer's alternate number is [[+91 98450 32177|PH]] and e-mail "
    "[[r.krishnamurthy@outlook.in|E]].",
    "Spoke to [[Piotr|P]] - he wants the refund sent to [[" + g4(PL1) + "|IB]].",
)

add(
    "hr_note",
    "Employee [[Fatima Zahra El Idrissi|P]] (ID E-20817) starts on [[3 June 2024|D]] in the "
    "[[Casablanca|L]] office. SSN on file: [[212-45-9087|SSN]].",
    "Performance review for [[Jonas Lindqvist|P]]: exceeds expectations. Manager: "
    "[[Rebecca Oyelaran|P]].",
    "Payroll change: salary to be paid into [[" + g4(NL1) + "|IB]] from next month for "
    "[[Pieter van der Berg|P]].",
    "[[Venkatesh Subramanian|P]] has requested relocation from [[Chennai|L]] to "
    "[[Bengaluru|L]]; approved by [[Anjali Deshpande|P]].",
    "Emergency contact for [[Mohammed Al-Farsi|P]]: his wife [[Layla Al-Farsi|P]], "
    "[[+971 50 123 4567|PH]].",
    "Background check received from [[Sterling Verify Ltd|O]] for candidate "
    "[[Dmitri Volkov|P]], date of birth [[14.02.1990|D]].",
    "Exit interview with [[Siobhán O'Connor|P]] scheduled; she is joining "
    "[[Accenture|O]] in [[Dublin|L]].",
    "Reminder: [[Katarzyna Wiśniewska-Nowak|P]] returns from parental leave on [[2024-09-02|D]].",
    "New hire paperwork: name [[Chukwuemeka Obi|P]], SSN [[401-73-2286|SSN]], "
    "DOB [[07/21/1988|D]], address [[2750 Elm Grove Ave, Houston, TX 77025|L]].",
    "Sick leave approved for [[Guo Xiaoming|P]] (5 days).",
    "Team lunch moved to Thursday; headcount is 14. No changes to the rota.",
    "Disciplinary note: [[Brian McAllister|P]] was late 6 times in Q2. Witness: "
    "[[Priyanka Chaudhary|P]].",
    "Please update [[José María de la Cruz|P]]'s bank details to [[" + ES1 + "|IB]].",
    "[[Hannah Schulz|P]], born [[23.11.1979|D]] in [[Hamburg|L]], has been promoted to team lead.",
    "Offer letter for [[Adebayo Ogunleye|P]]: base salary USD 118,000, start date "
    "[[January 8, 2025|D]], reporting to [[Sarah Goldberg|P]].",
)

add(
    "medical_note",
    "Pt. [[Ramón Echeverría|P]], 67, seen at [[St. Catherine's Hospital|O]] on [[04/03/2024|D]] "
    "for chest pain. DOB [[1956-08-30|D]].",
    "Patient [[Nkechi Okonkwo|P]] reports dizziness since [[2 Feb 2024|D]]. BP 142/91, "
    "HR 88. Follow up in 2 weeks.",
    "Referral: Dr. [[Arvind Menon|P]] to Dr. [[Elise Fontaine|P]], [[Hôpital Lariboisière|O]], "
    "[[Paris|L]].",
    "Mrs [[Olga Kuznetsova|P]] (MRN 00482913) allergic to penicillin. Next of kin "
    "[[Sergei Kuznetsov|P]], tel [[+7 495 123 45 67|PH]].",
    "Labs for [[Tariq Hussain|P]]: HbA1c 7.9%, LDL 3.1 mmol/L. Discussed metformin titration.",
    "Discharged home to [[22 Rue des Lilas, 69003 Lyon|L]]. GP: Dr. [[Claire Martin|P]].",
    "Vaccination record: [[Mei Ling Tan|P]], born [[March 3, 2019|D]], MMR dose 2 given.",
    "Insurance claim for [[Jerome Baptiste|P]], policy holder SSN [[318-62-5540|SSN]], "
    "provider [[Blue Harbor Health Insurance|O]].",
    "Dosage: 500 mg twice daily for 7 days. Review on day 5 if fever persists above 38.5 C.",
    "Telehealth consult with [[Ivana Horvat|P]] from [[Zagreb|L]]; she can be reached at "
    "[[ivana.horvat@gmail.com|E]].",
    "Physio notes: [[Kwabena Mensah|P]] improved range of motion; next session "
    "[[18/06/2024|D]] at the [[Kumasi|L]] clinic.",
    "Blood group O+, Rh positive. Hb 13.2 g/dL. Platelets 250 x10^9/L.",
)

add(
    "crm_export",
    "id,name,email,phone,city\n1042,[[Laura Bianchi|P]],[[laura.bianchi@fastmail.com|E]],"
    "[[+39 347 221 0098|PH]],[[Milan|L]]",
    "1043,[[Chen Jiayi|P]],[[jiayi.chen@163.com|E]],[[+86 138 0013 8000|PH]],[[Shanghai|L]]",
    "1044,[[Abimbola Adeyemi|P]],[[abimbola.a@yahoo.co.uk|E]],[[020 7946 0321|PH]],[[London|L]]",
    "contact_name;company;tel;country\n[[Jürgen Weißmüller|P]];[[Weißmüller Maschinenbau GmbH|O]]"
    ";[[0049 711 2849 330|PH]];[[Germany|L]]",
    "[[Ricardo Alves|P]] | [[Construtora Alves Ltda|O]] | [[(11) 98765-4321|PH]] | "
    "[[Campinas|L]], [[Brazil|L]]",
    "Lead: [[Anneke de Vries|P]] - [[Philips|O]] - [[+31 20 794 6630|PH]] - "
    "[[anneke.devries@philips.com|E]]",
    "Account owner: [[Marcus Johnson|P]]; Account: [[Globex Corporation|O]]; Stage: "
    "Negotiation; Value: $48,500",
    '{"first_name": "[[Aarav|P]]", "last_name": "[[Kapoor|P]]", "email": '
    '"[[aarav.kapoor@tcs.com|E]]", "mobile": "[[+91-98200-41123|PH]]"}',
    "name\temail\tcreated\n[[Sofia Rossi|P]]\t[[sofia@rossi-design.it|E]]\t[[2023-11-04|D]]",
    "[[Nguyen Van Minh|P]], [[Vietcombank|O]], [[minh.nv@vietcombank.com.vn|E]], "
    "[[+84 24 3936 8541|PH]]",
    "Company: [[Zenith Bank Plc|O]]\nContact: [[Ifeoma Nwosu|P]]\nPhone: [[+234 1 278 7000|PH]]",
    "Opportunity #OP-55821 closed-won, ARR 120000, owner id 7731, region EMEA.",
    "[[Ahmed Khalil|P]],[[Cairo|L]],[[Egypt|L]],[[+20 2 2735 6600|PH]],[[akhalil@nilecorp.eg|E]]",
    "Duplicate record: [[Maria Gonzalez|P]] vs [[María González|P]] (same email "
    "[[mgonzalez@correo.mx|E]]).",
    "[[Wojciech Kamiński|P]];[[Kraków|L]];[[+48 12 422 10 33|PH]];[[" + PL1 + "|IB]]",
)

add(
    "email_signature",
    "Thanks for the quick turnaround.\n\nBest regards,\n[[Emily Carter|P]]\nSenior Buyer | "
    "[[Hartwell Retail Group|O]]\nM: [[+44 7700 900123|PH]]\n[[emily.carter@hartwell.co.uk|E]]",
    "Kind regards,\n[[Rajesh Iyer|P]]\nHead of Procurement\n[[Mahindra Logistics|O]]\n"
    "Tel: [[+91 22 6652 6000|PH]]",
    "Mit freundlichen Grüßen\n[[Stefan Krüger|P]]\n[[Krüger & Söhne GmbH|O]]\n"
    "[[Hauptstraße 12, 10827 Berlin|L]]\nTel. [[+49 30 12345678|PH]]",
    "Cordialement,\n[[Amélie Durand|P]]\n[[Société Générale|O]]\n[[+33 1 42 14 20 00|PH]]",
    "Cheers,\n[[Tom|P]]\n--\n[[Tom Okafor|P]] | Engineering Manager\n[[tom@brightpath.io|E]] | "
    "[[415.555.0199|PH]]",
    "Saludos,\n[[Lucía Fernández-Ortega|P]]\n[[Grupo Vértice|O]], [[Madrid|L]]\n"
    "[[+34 912 345 678|PH]]",
    "Regards,\n[[Abdulrahman bin Saeed|P]]\nFinance Director, [[Al Noor Holdings|O]]\n"
    "[[Riyadh|L]], [[Saudi Arabia|L]]\nMobile: [[+966 50 555 1234|PH]]",
    "--\n[[Hiroshi Tanaka|P]]\n[[Tanaka Precision Industries|O]]\n[[Osaka|L]], "
    "[[Japan|L]]\n[[h.tanaka@tanaka-precision.jp|E]]",
    "Sent from my iPhone\n\n> On [[Tue, 5 Mar 2024|D]], [[Grace Mwangi|P]] "
    "<[[grace.mwangi@safaricom.co.ke|E]]> wrote:",
    "Best,\n[[Olamide|P]]\n\nThis email and any attachments are confidential. If you are not the "
    "intended recipient, please delete it.",
    "Warm regards,\n[[Ngozi Adeyemi-Clarke|P]]\nPartner, [[Adeyemi Clarke LLP|O]]\n"
    "[[1 Canada Square, London E14 5AB|L]]\nDirect: [[020 3318 4470|PH]]",
    "Tack,\n[[Erik Johansson|P]]\n[[Volvo Cars|O]], [[Göteborg|L]]\n[[+46 31 59 00 00|PH]]",
)

add(
    "chat_lower",
    "hey its [[ngozi|P]] again, my iban is [[" + DE2.lower() + "|IB]] pls send it there",
    "lol [[ravi|P]] said he'd call u from [[9845012345|PH]] tmrw",
    "can u ask [[maria gonzalez|P]] if the meeting in [[madrid|L]] is still on",
    "my email is [[jake.w.92@gmail.com|E]] and number [[07911 123456|PH]] text me",
    "talked to [[li wei|P]] yesterday, he moved to [[shenzhen|L]] last month",
    "ok so [[priya|P]] and [[arjun|P]] r coming, [[sunil|P]] cant make it",
    "my card is [[" + g4(VISA2) + "|CC]] exp 09/27 cvv 311 can u book it",
    "bro the server ip is [[192.168.14.7|IP]] just ssh in",
    "dm [[chidi okeke|P]] he knows the wifi pw",
    "going to [[lagos|L]] next week then [[abuja|L]] for the wedding",
    "yo [[dmitri|P]] where r u",
    "ssn is [[458 21 6673|SSN]] for the form lol dont share",
    "pls call me on [[+44 7911 123456|PH]] after 6",
    "[[fatima|P]] from accounts says the invoice went to the wrong guy",
    "anyone know if python 3.12 breaks numpy? asking for the jira ticket",
    "lmk when u get this, im at [[jfk|L]] terminal 4",
    "haha [[tomás|P]] is such a legend",
    "send the money to [[" + g4(GB1).lower() + "|IB]] thx",
    "u coming to [[kemi|P]]'s bday on saturday?",
    "whats [[sarah|P]]'s number again? is it [[555-0137|PH]]?",
    "mail me at [[kenji dot watanabe at gmail dot com|E]] not the work one",
    "its [[amir.h [at] protonmail.com|E]] btw",
)

add(
    "invoice",
    "INVOICE 2023-0456-789\nBill to: [[Okoro Logistics Ltd|O]], [[12 Marina Road, Lagos|L]]\n"
    "Amount due: NGN 1,450,000.00\nPay to IBAN [[" + GB2 + "|IB]]",
    "Invoice No. INV-88213 dated [[15/01/2024|D]]\nCustomer: [[Helvetia Trading AG|O]], "
    "[[Zürich|L]]\nIBAN: [[" + g4(CH1) + "|IB]]\nTotal: CHF 3,250.00",
    "Rechnung Nr. 2024-1187 vom [[12.04.2024|D]]\n[[Bäckerei Schmidt GmbH|O]]\n"
    "IBAN [[" + g4(DE1) + "|IB]]\nBetrag: 845,20 EUR",
    "Facture n° F-2024-0098\n[[Atelier Moreau SARL|O]], [[18 Rue de la Paix, 75002 Paris|L]]\n"
    "IBAN : [[" + g4(FR1) + "|IB]]",
    "Payment received: $1,299.00 via card [[" + amex(AMEX1) + "|CC]] (Amex) on [[03-09-2024|D]].",
    "Line items: 3 x Widget Pro (SKU WP-3300) @ 49.99; 1 x Cable 2m @ 9.50. Subtotal 159.47. "
    "VAT 20% 31.89. Total 191.36.",
    "Remit to: [[Van Dijk Bouw BV|O]], IBAN [[" + NL2 + "|IB]], reference 2024/Q3/118.",
    "Fattura 77/2024 - [[Studio Ricci S.r.l.|O]] - IBAN [[" + IT1 + "|IB]]",
    "Amount: EUR 2.400,00 | Beneficiary: [[Ana Costa|P]] | IBAN [[" + g4(PT1) + "|IB]]",
    "PO 4500-118-902 approved. Net 30. Freight: 120.00. Tracking 1Z999AA10123456784.",
    "Paid by [[" + g4(MC2, "-") + "|CC]] - auth code 88213X - terminal 0042.",
    "Invoice for consulting services rendered to [[Infosys Ltd|O]] between [[1 July 2024|D]] "
    "and [[31 July 2024|D]].",
    "Bank: [[Nordea|O]]\nAccount holder: [[Ingrid Solberg|P]]\nIBAN: [[" + NO1 + "|IB]]",
    "Beneficiary [[Emre Yılmaz|P]], [[Garanti BBVA|O]], IBAN [[" + g4(TR1) + "|IB]]",  # noqa: RUF001
    "Total due 4,512.88 USD. Due date [[2024-10-31|D]]. Late fee 1.5% per month.",
    "Pagamento via PIX para [[Carla Mendes|P]], CPF 123.456.789-09, banco [[Itaú Unibanco|O]].",
    "Wire to [[Al Rajhi Bank|O]], IBAN [[" + SA1 + "|IB]], beneficiary [[Khalid Al-Mutairi|P]].",
    "Remittance: [[" + g4(AE1) + "|IB]] ([[Emirates NBD|O]]), ref INV-2024-3381.",
)

add(
    "log_line",
    "2024-03-05T10:22:01Z INFO auth: login ok user=[[j.moreno@acme.io|E]] ip=[[203.0.113.54|IP]]",
    "2024-03-05 10:22:03,118 WARN  [http-nio-8080-exec-4] rate limit hit for [[198.51.100.23|IP]]",
    "Mar  5 10:22:07 web01 sshd[21877]: Failed password for root from [[45.77.12.190|IP]] "
    "port 52214 ssh2",
    '[[2001:db8:85a3::8a2e:370:7334|IP]] - - [05/Mar/2024:10:22:09 +0000] "GET /api/v2/orders '
    'HTTP/1.1" 200 512',
    'level=error ts=1709634129.551 caller=main.go:88 msg="upstream timeout" '
    "upstream=[[10.24.8.16|IP]]:9090",
    "DEBUG request_id=3f2b1c9e-8a4d-4e2f-9b6a-1c2d3e4f5a6b duration_ms=182 status=200",
    "INFO deploy version=2.14.0.3 commit=9c1e4a7b2d commit_sha=e3b0c44298fc1c14 host=web-03",
    "ERROR payment failed for customer_id=88213 card=**** **** **** 4417 amount=49.99",
    "kernel: eth0: link up, 1000 Mbps, full duplex; mac 00:1a:2b:3c:4d:5e",
    "GET /users/[[priya.sharma@example.in|E]]/profile 404 from [[fe80::1ff:fe23:4567:890a|IP]]",
    "audit: user [[Thabo Nkosi|P]] exported 1,204 records at 2024-03-05T11:00:00+02:00",
    "nginx: upstream response time 0.238 for [[172.31.255.255|IP]] -> ok",
    "sshd: Accepted publickey for deploy from [[2a02:8108:1fc0:2b00::4|IP]] port 40022",
    "cron[4411]: (root) CMD (/usr/local/bin/backup.sh --since 2024-03-04 --keep 14)",
    "WARN jvm: GC pause 120ms heap 512M/2048M threads 64 uptime 10:30:45",
    "INFO user_id=4471 sms sent to [[+1 646 555 0182|PH]] template=otp_v2",
    "pid=3312 tid=3315 at 0x7ffd5e8c3a10 segfault in libssl.so.1.1",
    "firewall: DROP IN=eth0 SRC=[[185.220.101.4|IP]] DST=[[10.0.0.5|IP]] PROTO=TCP DPT=22",
)

add(
    "form",
    "Name: [[Oksana Melnyk|P]]\nTel: [[+380 44 123 4567|PH]]\nE-mail: [[oksana.melnyk@ukr.net|E]]"
    "\nCity: [[Kyiv|L]]",
    "Full name: [[Carlos Eduardo Souza|P]]\nDate of birth: [[21/07/1985|D]]\nPhone: "
    "[[+55 21 99876-5432|PH]]",
    "Applicant: [[Lakshmi Narayanan|P]]\nDOB: [[1992-01-15|D]]\nSSN: [[614-28-3390|SSN]]\n"
    "Address: [[88 Lakeview Drive, Austin, TX 78704|L]]",
    "Vorname: [[Matthias|P]]\nNachname: [[Bauer|P]]\nTelefon: [[0151 23456789|PH]]\n"
    "Anschrift: [[Lindenweg 7, 80331 München|L]]",
    "Nom : [[Dubois|P]]\nPrénom : [[Camille|P]]\nTél : [[06 12 34 56 78|PH]]\n"
    "Né le : [[09/10/1993|D]]",
    "Card holder: [[Yusuf Demir|P]]\nCard number: [[" + g4(DISC1) + "|CC]]\nExpiry: 11/26",
    "Emergency contact: [[Thandiwe Dlamini|P]] - [[+27 82 555 0143|PH]]",
    "Name: ____________  Tel: ____________  Signature: ____________",
    "Passenger: [[WANG/LIMING|P]] MR\nFlight: LH 721 FRA-PEK\nSeat: 42K",
    "Patient name: [[Jean-Baptiste Lefèvre|P]] | DOB [[02.05.1961|D]] | Tel. [[01 45 67 89 10|PH]]",
    "Contact person: [[Sun Yu|P]]; Phone: [[021-6288 1234|PH]]; Email: [[sunyu@sina.com|E]]",
    "Name: [[Ibrahim Musa|P]]   Phone: [[08031234567|PH]]   State: [[Kano|L]]",
    "Employer: [[Reliance Industries|O]]\nDesignation: Analyst\nPAN: ABCPK1234Q\nMobile: "
    "[[+91 99200 12345|PH]]",
    "Version: 1.0\nForm ID: F-2231\nSubmitted: yes\nFields: 12",
    "Beneficiary name: [[Rania Haddad|P]]\nIBAN: [[" + BE1 + "|IB]]\nBIC: GEBABEBB",
    "Vehicle owner: [[Jan Novák|P]], [[Brno|L]]; Reg. 2B4 1234; phone [[+420 603 123 456|PH]]",
)

add(
    "meeting_minutes",
    "Attendees: [[Sarah Kim|P]], [[David Okafor|P]], [[Anika Patel|P]], [[Lars Eriksen|P]]. "
    "Apologies: [[Mei Chen|P]].",
    "Action: [[Roberto|P]] to send the revised budget to [[Heidi|P]] by Friday.",
    "[[J. Oyelowo|P]] presented Q3 numbers; [[K. Müller|P]] raised concerns about the "
    "[[Frankfurt|L]] data centre.",
    "Decision: migrate from Jira to Linear; owner [[Marta Kowalczyk|P]]. Next meeting "
    "[[14 Nov 2024|D]].",
    "Minutes taken by [[Aditya Rao|P]]. Meeting started 10:00, ended 11:15.",
    "Mark the action items as done once reviewed. [[Will|P]] circulates the deck.",
    "Discussion: vendor [[Acme Analytics|O]] proposed a 3-year deal; [[Claire Dubois|P]] to "
    "negotiate.",
    "Item 4: The [[Singapore|L]] team ([[Tan Wei Ming|P]], [[Nur Aisyah|P]]) will own APAC "
    "onboarding.",
    "Grace period for the renewal ends next month. Max budget is 20k.",
    "Present: Chair, Secretary, Treasurer. Quorum reached. Motion 3 carried 7-2.",
    "[[Ji-hoon Park|P]] and [[Seo-yeon Lee|P]] joined from [[Seoul|L]] via Zoom.",
    "Follow-up: [[van der Merwe|P]] to confirm the [[Cape Town|L]] venue; budget approved by "
    "[[Nomvula Khumalo|P]].",
    "Notes: Hope to ship v2.3 before the holidays. Rose from 12% to 15% conversion.",
    "Next steps agreed with [[Deutsche Bank|O]] and [[BNP Paribas|O]] on the custody mandate.",
)

add(
    "news",
    "[[Ngozi Okonjo-Iweala|P]] met trade ministers in [[Geneva|L]] on Tuesday.",
    "Shares of [[Tata Motors|O]] rose 4% after the [[Mumbai|L]]-based company reported record "
    "sales.",
    "Police in [[Manchester|L]] arrested a 34-year-old man on [[7 August 2024|D]].",
    "The mayor of [[Rio de Janeiro|L]], [[Eduardo Paes|P]], announced new flood defences.",
    "[[Volodymyr Zelensky|P]] spoke with [[Emmanuel Macron|P]] by phone.",
    "Floods hit the [[Kerala|L]] coast, displacing thousands.",
    "[[Samsung Electronics|O]] and [[LG Energy Solution|O]] will build a plant in [[Arizona|L]].",
    "Archbishop [[Desmond Tutu|P]] was born in [[Klerksdorp|L]].",
    "The [[World Health Organization|O]] declared the outbreak over.",
    "[[Aung San Suu Kyi|P]] remains in detention, according to her lawyers.",
    "Researchers at [[Universidad de Buenos Aires|O]] published the study on [[May 2, 2024|D]].",
    "[[Jacinda Ardern|P]] visited [[Christchurch|L]] a week after the attack.",
    "Inflation in [[Türkiye|L]] eased to 48% in October.",
    "[[Abiy Ahmed|P]] opened the dam on the [[Blue Nile|L]].",
)

add(
    "code_config",
    'DB_HOST = "[[10.20.30.40|IP]]"\nDB_USER = "app"\nSMTP_USER = "[[alerts@acme-corp.io|E]]"',
    "# owner: [[Hiroshi Tanaka|P]] <[[hiroshi@tanaka.dev|E]]>\nTIMEOUT = 30\nRETRIES = 5",
    'version = "2.14.0.3"\nrequires-python = ">=3.11"\nlicense = "MIT"',
    "server:\n  bind: [[10.8.0.1|IP]]\n  port: 8443\n  upstream: [[172.16.4.21|IP]]:5432",
    "import pandas as pd\ndf = pd.read_csv('orders.csv')\nprint(df.head())",
    'ALLOWED_HOSTS = ["[[192.0.2.10|IP]]", "api.example.com"]',
    "git log: Author: [[Sven Lindqvist|P]] <[[sven.lindqvist@kth.se|E]]> Date: Mon Mar 4 "
    "09:12:44 2024 +0100",
    'uuid = "550e8400-e29b-41d4-a716-446655440000"\nsha = "9f86d081884c7d659a2feaa0c55ad015"',
    "const ADMIN_PHONE = '[[+1 212 555 0147|PH]]'; // on-call",
    "ipv6_dns = [[2606:4700:4700::1111|IP]]\nipv6_gw = [[fe80::1|IP]]",
    "class PaymentService:\n    def charge(self, amount: int) -> bool:\n        return amount > 0",
    'test_card = "[[' + VISA3 + '|CC]]"  # do not commit',
    "CONTACT_EMAIL=[[ops-team+alerts@northwind.co.uk|E]]\nREGION=eu-west-1\nLOG_LEVEL=debug",
    "# Copyright 2024 [[Priya Raghunathan|P]]. Licensed under Apache-2.0.",
    "for i in range(10):\n    total += prices[i] * 1.2",
    'PAYOUT_IBAN="[[' + AT1 + '|IB]]"',
    "kubectl get pods -n prod | grep api-7d9f8b6c4-x2kqz",
    "SELECT name, email FROM users WHERE email = '[[ayesha.siddiqui@example.pk|E]]';",
)

add(
    "intl_phone",
    "Office in [[London|L]]: [[+44 20 7946 0958|PH]]",
    "[[UK|L]] mobile [[07700 900123|PH]]",
    "Call [[020 7946 0018|PH]] for bookings.",
    "[[Berlin|L]] office: [[0049 30 12345678|PH]]",
    "Zentrale: [[(030) 12345678|PH]]",
    "Rufen Sie uns an: [[+49 (0)89 1234 5678|PH]]",
    "Tel. [[030/2847119|PH]]",
    "[[Paris|L]]: [[+33 1 42 68 53 00|PH]]",
    "Appelez le [[01 42 68 53 00|PH]] du lundi au vendredi.",
    "Mobile [[India|L]]: [[+91 98765 43210|PH]]",
    "Reach me at [[098765 43210|PH]]",
    "[[São Paulo|L]]: [[+55 11 91234-5678|PH]]",
    "Celular: [[(21) 98877-6655|PH]]",
    "[[Lagos|L]] line: [[+234 803 123 4567|PH]]",
    "[[NYC|L]]: [[(212) 555-0198|PH]] ext. 204",
    "Toll free [[1-800-555-0175|PH]]",
    "[[Sydney|L]]: [[+61 2 9876 5432|PH]]",
    "[[Beijing|L]]: [[+86 10 6552 9988|PH]]",
    "[[Madrid|L]]: [[91 123 45 67|PH]]",
    "[[Dubai|L]]: [[04 331 2200|PH]]",
    "WhatsApp [[+91-9988776655|PH]]",
    "Hotline: [[+44 (0)161 496 0734|PH]]",
    "[[Tokyo|L]] office [[03-1234-5678|PH]]",
    "Fax: [[+49 40 3012 4455|PH]]",
)

add(
    "iban",
    "IBAN: [[" + GB1 + "|IB]]",
    "IBAN: [[" + g4(GB2) + "|IB]]",
    "Please transfer to [[" + g4(DE2) + "|IB]].",
    "Konto: [[" + DE1 + "|IB]]",
    "IBAN FR: [[" + g4(FR1) + "|IB]]",
    "NL IBAN [[" + g4(NL2) + "|IB]]",
    "Swiss account [[" + CH1 + "|IB]]",
    "Cuenta: [[" + g4(ES1) + "|IB]]",
    "IBAN [[" + g4(IT1) + "|IB]] (BIC UNCRITMM)",
    "Brazilian IBAN: [[" + BR1 + "|IB]]",
    "Irish account: [[" + g4(IE1) + "|IB]]",
    "SE IBAN: [[" + g4(SE1) + "|IB]]",
    "Pay into [[" + g4(PL1) + "|IB]] by Monday",
    "iban [[" + g4(BE1, "-") + "|IB]]",
    "IBAN:[[" + NL1 + "|IB]];BIC:ABNANL2A",
    "The IBAN [[" + g4(AT1) + "|IB]] belongs to [[Raiffeisen Bank|O]].",
)

add(
    "card",
    "Visa [[" + g4(VISA4) + "|CC]]",
    "Mastercard: [[" + g4(MC3, "-") + "|CC]]",
    "amex [[" + amex(AMEX2) + "|CC]]",
    "Card no. [[" + MC4 + "|CC]]",
    "Charge it to [[" + g4(JCB1) + "|CC]] please.",
    "Diners: [[" + DINERS1[:4] + " " + DINERS1[4:10] + " " + DINERS1[10:] + "|CC]]",
    "old visa [[" + VISA13 + "|CC]] is expired",
    "UnionPay card [[" + UP19 + "|CC]]",
    "card: [[" + amex(AMEX1, "-") + "|CC]] exp 04/28",
    "Payment card [[" + g4(VISA1, ".") + "|CC]]",
)

add(
    "network",
    "Whitelisted [[203.0.113.7|IP]] and [[198.51.100.0|IP]] for the VPN.",
    "Connect to [[2001:0db8:0000:0000:0000:ff00:0042:8329|IP]]",
    "gateway [[100.64.12.1|IP]], dns [[2001:4860:4860::8888|IP]]",
    "The attacker used [[91.198.174.192|IP]] and later [[2a03:2880:f12f:83:face:b00c:0:25de|IP]].",
    "My home router is [[192.168.1.1|IP]], the printer [[192.168.1.23|IP]].",
    "CIDR [[10.0.0.0|IP]]/8 is private.",
    "ping [[8.8.8.8|IP]] works but [[1.1.1.1|IP]] does not",
)

add(
    "ssn",
    "SSN: [[523456789|SSN]]",
    "ss# [[372-19-4450|SSN]] on the W-2",
    "Social Security No. [[283 40 1196|SSN]]",
    "He gave [[529-61-0834|SSN]] as his number on the lease application.",
    "name,ssn,dob\n[[Dwayne Carter|P]],[[641-07-2219|SSN]],[[1979-09-27|D]]",
    "Last 4 of SSN: 6673. Please do not send the full number.",
)

add(
    "date_formats",
    "Date of birth: [[12 March 1987|D]]",
    "DOB: [[1987-03-12|D]]",
    "Born on [[03/12/1987|D]] in [[Leeds|L]].",
    "The contract starts [[1st of April 2025|D]].",
    "Appointment on [[2024-06-18|D]] at 14:30.",
    "geboren am [[12.03.1987|D]]",
    "Delivery expected [[Jan. 3rd, 2025|D]].",
    "Date: [[20240315|D]]",
    "Hearing set for [[15-Aug-2023|D]].",
    "Valid until [[31/12/2026|D]].",
    "Meeting on [[Monday, 4 November 2024|D]].",
    "date of birth [[1990/07/21|D]]",
    "né le [[5 mai 1972|D]] à [[Marseille|L]]",
    "Expires [[30.06.25|D]].",
)

add(
    "names_culture",
    "Please welcome [[Zhang Wei|P]] and [[Liu Yang|P]] to the team.",
    "Signed by [[Oluwadamilare Adeleke|P]] on behalf of the board.",
    "[[Nguyễn Thị Lan|P]] will present the results.",
    "Interview panel: [[Çağla Yıldız|P]], [[Ömer Şahin|P]].",  # noqa: RUF001
    "Our guest speaker is [[Konstantinos Papadopoulos|P]].",
    "Thanks to [[Aleksandra Jovanović|P]] for the review.",
    "[[Pedro Álvarez de la Vega|P]] chaired the session.",
    "Report prepared by [[Willem van den Broek|P]].",
    "Contact [[Anna-Lena Fischer|P]] for access.",
    "[[Kofi Annan-Boateng|P]] joined the call late.",
    "I'm [[Xu Mingyue|P]], the new intern.",
    "Approved: [[Sato Haruki|P]].",
    "[[Mohamed Ould Abdallah|P]] and [[Hamza Benali|P]] signed the memo.",
    "[[Rahul Dravid-Sharma|P]] updated the roadmap.",
    "Ask [[Ewa Wójcik|P]] about the pilot.",
    "The award goes to [[Chinonso Ugwu|P]].",
    "[[Lars Ulrich Hansen|P]] is on leave.",
    "[[Svetlana Ivanova|P]] wrote the spec.",
    "Meet [[Juan Carlos Ortiz Rivera|P]] at the lobby.",
    "[[Amara Nwachukwu|P]], [[Yaw Boateng|P]] and [[Selin Kaya|P]] reviewed the draft.",
    "Thank you, Dr. [[Ayodele Fashola|P]].",
    "[[Leilani Kahale|P]] sent the photos.",
    "Note from [[Ali Reza Tehrani|P]]: budget approved.",
    "[[Björn Guðmundsson|P]] will handle the Icelandic accounts.",
    "[[Kim Thu Trang|P]] joined on Monday.",
    "cc: [[Jun Li|P]], [[Bo Zhang|P]]",
)

# hard negatives: no PII, or look-alikes only
add(
    "neg_numbers",
    "Order #100234567890 has shipped; tracking number 1Z 999 AA1 01 2345 6784.",
    "Invoice 2023-0456-789 is overdue.",
    "Reference: 2024-0012-3345-77",
    "Upgrade to version 1.2.3.4 before Friday.",
    "Firmware 2.4.1.8 fixes the Wi-Fi bug.",
    "See section 3.2.1.4 of the spec.",
    "Chrome 120.0.6099.109 is required.",
    "Build 10.0.19045.3693 is installed.",
    "Run id 550e8400-e29b-41d4-a716-446655440000 finished.",
    "Commit 3f9a2c1d7e8b4a6f5c0d9e8f7a6b5c4d3e2f1a0b merged.",
    "The price went from $1,299.00 to $999.99.",
    "ISBN 978-0-306-40615-7",
    "ISBN 9780306406157, 2nd edition.",
    "Part number 400-12-7781 is back in stock.",
    "SKU 221-45-9087-B discontinued.",
    "Batch 20231105-0042 passed QA.",
    "The meeting is at 10:30:00 UTC.",
    "Timestamp 1709634129 corresponds to the deploy.",
    "Order " + ORDER_LUHN + " was refunded.",
    "Tracking: 9400 1000 0000 0000 0000 00",
    "Serial no. 8841-2290-1173-5562",
    "Population grew from 8,336,817 to 8,804,190.",
    "Pi is roughly 3.14159 and e is 2.71828.",
    "Error code 0x80070005 when installing.",
    "Score 3/4 on the quiz, 7/10 overall.",
    "Room 101, floor 3, building 7.",
    "Account ID 778812934 in the staging tenant.",
    "MAC 00:1A:2B:3C:4D:5E is registered.",
    "Use port 8080 and 443; timeout 30000 ms.",
    "Call the API 1000 times per 60 seconds.",
    "Tax rate 0.19; discount code SPRING24; qty 12.",
    "The model has 7,000,000,000 parameters and 32 layers.",
    "Ticket JIRA-44871 and PR #2231 are linked.",
    "Dimensions: 120 x 80 x 45 cm, weight 12.5 kg.",
    "Call 911 in an emergency.",
    "Flight BA 0117 departs gate 22.",
    "Sort code 20-00-00 is a placeholder.",
    "The score was 3-1 after 90 minutes.",
    "Release 4.19.0.1 and 4.19.0.2 are identical.",
    "OID 1.3.6.1.4.1.311 is a private enterprise arc.",
    "Use the 2.5.0.0 SDK.",
    "Hash: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "Lot 0451-2231-09 expired.",
    "Set MAX_CONNECTIONS to 2147483647.",
)

add(
    "neg_words",
    "Please update the Excel sheet and attach it to the Jira ticket.",
    "Python and Rust are both fine for this job.",
    "Will you send the report by Friday?",
    "Mark this as resolved.",
    "Grace periods are common in insurance contracts.",
    "Summer sale starts now!",
    "Bill the customer for the extra hours.",
    "Max out the retries and log the failures.",
    "Hope this helps.",
    "The Quick Brown Fox Jumps Over The Lazy Dog.",
    "Open Settings, then click Advanced and choose Reset.",
    "Read the Terms of Service carefully.",
    "Docker Compose and Kubernetes both need a YAML file.",
    "Slack, Zoom and Teams are approved tools.",
    "Upload the CSV to Google Drive.",
    "Ensure Compliance With The New Policy.",
    "Rich text is supported in the editor.",
    "Faith in the process is key.",
    "Iris recognition is used at the gate.",
    "Victoria sponge is my favourite cake.",
    "Angular and React are front-end frameworks.",
    "Save As PDF from the File menu.",
    "Chapter One: The Beginning.",
    "Cloud storage bills hourly.",
    "Our Q4 OKRs focus on Retention and Growth.",
    "Please Review And Approve The Attached Draft.",
    "The Agile Manifesto values individuals over processes.",
    "Amber warnings were issued overnight.",
    "Bluetooth Low Energy is supported.",
    "Hello World!",
    "Dear Customer, your order is on its way.",
    "Machine Learning Engineer role, Remote, Full-time.",
    "Apple pie with custard.",
    "Tesla coils produce high voltage.",
    "Reset your password via the Forgot Password link.",
    "Monday standup moved to Tuesday.",
)

add(
    "neg_recipe",
    "Whisk two tablespoons of Dijon mustard into the vinaigrette.",
    "Roast the Brussels sprouts with garlic until crisp.",
    "Wrap each fig in Parma ham and grill for two minutes.",
    "Grate 100 g of mature Cheddar over the top.",
    "Serve the Buffalo wings with blue cheese dip.",
    "A splash of Worcestershire sauce deepens the flavour.",
    "Black Forest gateau needs kirsch and cherries.",
    "Bombay mix makes a good snack with drinks.",
    "Swiss chard wilts in about three minutes.",
    "Top with Parmesan and a drizzle of olive oil.",
    "Frankfurters go into the pot for the last five minutes.",
    "Add a pinch of Cayenne pepper and a spoon of Madras curry powder.",
    "Boston cream pie is easier than it looks.",
    "Champagne vinegar works as a substitute.",
    "Use Arborio rice for a creamier risotto.",
)

add(
    "neg_code",
    "def parse(ts: str) -> datetime:\n    return datetime.fromisoformat(ts)",
    "npm install react@18.2.0 lodash@4.17.21",
    "pip install numpy==1.26.4 pandas==2.2.1",
    "docker run -p 8080:80 nginx:1.25.3",
    "const id = crypto.randomUUID(); // e.g. 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
    "std::vector<int> v{1, 2, 3}; v.push_back(4);",
    "echo $((16#ff)) && printf '%x' 255",
    "SELECT COUNT(*) FROM orders WHERE status = 'shipped';",
    "assert checksum == 0xDEADBEEF",
    "git checkout -b feature/JIRA-1234-fix-login",
)


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    text, spans, pos = [], [], 0
    out_len = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        text.append(chunk)
        out_len += len(chunk)
        surface, tag = m.group(1), m.group(2)
        spans.append({"start": out_len, "end": out_len + len(surface), "label": TAGS[tag],
                      "_surface": surface})  # fmt: skip
        text.append(surface)
        out_len += len(surface)
        pos = m.end()
    text.append(marked[pos:])
    full = "".join(text)
    assert "[[" not in full, marked
    assert "]]" not in full, marked
    for s in spans:
        assert full[s["start"] : s["end"]] == s.pop("_surface"), (marked, s)  # type: ignore[misc]
    return full, spans


def build() -> list[dict[str, object]]:
    rows, counters, seen = [], {}, set()
    for setting, marked in R:
        text, spans = parse(marked)
        assert text not in seen, text
        seen.add(text)
        counters[setting] = counters.get(setting, 0) + 1
        rows.append({"id": f"{setting}-{counters[setting]:03d}", "text": text, "spans": spans,
                     "setting": setting})  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build()
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_spans = sum(len(r["spans"]) for r in rows)  # type: ignore[arg-type]
    print(f"wrote {len(rows)} rows, {n_spans} spans -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
