# ruff: noqa: E501
"""Build the sealed, hand-labelled PII probe set ``probe_sealed.jsonl``.

What it is
    About 350 short texts (1-4 sentences, a few longer) of the kinds a company's
    LLM gateway sees: chat messages to an assistant, e-mails and threads,
    support chats, social-media posts, reviews, meeting transcripts, HR and
    recruiting notes, CVs, medical and insurance notes, legal letters, shipping,
    bank, travel, school, real-estate and incident texts, news-style sentences,
    code/config snippets and CSV/JSON/log lines. Roughly a fifth is in German,
    French, Spanish, Italian, Dutch or Portuguese (plus one Polish line), and
    about seventy texts contain no PII at all (they measure false positives).

    Every text is written for this project, nothing copied from a public
    corpus (no CoNLL, WNUT, OntoNotes, ai4privacy, presidio-research, ...).
    All names, numbers and addresses are invented. Card numbers are
    Luhn-valid with real issuer prefixes, IBANs carry valid mod-97 check
    digits, US SSNs respect the area/group/serial rules; this script asserts
    all three before writing anything.

Sealed
    Sealed: scored only, never read to tune the detector. Do not use these
    texts, or anything derived from them, to design rules, word lists or
    training data.

Labelling conventions
    Texts are written with inline markers ``[[surface text|LABEL]]``; the
    script strips the markers and computes character offsets.

    - PERSON: a person's name without its title ("Dr." stays outside). Lower-case
      names in chat count. An @handle that is clearly a person's account is a
      PERSON span covering the whole "@handle", "@" included. A possessive "'s"
      stays outside.
    - LOCATION: cities, regions, countries, and street/postal addresses; a full
      postal address (street to postcode/city, plus a trailing country when
      written as part of it) is ONE span.
    - ORGANIZATION: companies, banks, hospitals, universities, agencies, teams,
      government bodies. Products (Excel, iPhone) are not organisations.
    - EMAIL_ADDRESS, PHONE_NUMBER (any national or international format),
      CREDIT_CARD, IBAN_CODE, IP_ADDRESS (v4 or v6, private ranges included),
      US_SSN.
    - DATE_TIME: only dates of birth (after "born", "DOB", "date of birth",
      "geboren", "né le", ...). Other dates are not labelled.
    - Not labelled: order/tracking/invoice numbers, other dates and times,
      URLs (even when they contain a name), passport or national ID numbers of
      other countries, brand or place names used as product or food names.

Run
    python training/pii/build_probe_sealed.py [--out PATH]

    Output defaults to ``probe_sealed.jsonl`` next to this script. Each row is
    ``{"id": "<setting>-<nnn>", "text": ..., "spans": [{"start", "end",
    "label"}], "setting": "<setting>"}``.

License: CC0-1.0.
"""

from __future__ import annotations

import argparse
import ipaddress
import itertools
import json
import re
from collections import Counter
from pathlib import Path

LABELS = frozenset(
    {
        "PERSON",
        "LOCATION",
        "ORGANIZATION",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "IP_ADDRESS",
        "US_SSN",
        "DATE_TIME",
    }
)

# Each entry: (setting, language, marked-up text).
ENTRIES: list[tuple[str, str, str]] = []


def add(setting: str, items: list[tuple[str, str]]) -> None:
    """Register ``(language, text)`` pairs under one setting."""
    ENTRIES.extend((setting, lang, text) for lang, text in items)


# ---------------------------------------------------------------- chat
add(
    "chat",
    [
        (
            "en",
            "hi, my name is [[Tendai Moyo|PERSON]] and I need help writing a cover letter for a logistics job in [[Rotterdam|LOCATION]].",
        ),
        (
            "en",
            "Can you draft a polite reply to Mr. [[Okonkwo|PERSON]] saying we can't make Thursday? Keep it short.",
        ),
        (
            "en",
            "draft a reply to [[priya|PERSON]] saying thanks for the slides and that i'll review them tonight",
        ),
        (
            "en",
            "I'm [[Wei-Lin Chou|PERSON]], born [[14 March 1991|DATE_TIME]]. Can you help me fill in this visa form? It asks for my previous address, which was [[22 Harcourt Street, Dublin 2, D02 XY47|LOCATION]].",
        ),
        (
            "en",
            "Summarise this for my boss [[Hannah|PERSON]]: the vendor ([[Brightline Analytics|ORGANIZATION]]) wants to renew at 12% more.",
        ),
        (
            "en",
            "write a birthday message for my grandma [[Esperanza|PERSON]], she's turning 90 and lives in [[Oaxaca|LOCATION]]",
        ),
        (
            "en",
            "My email is [[kofi.mensah84@mailbox.example|EMAIL_ADDRESS]] and phone [[+233 24 555 0187|PHONE_NUMBER]], please put them in the signature block.",
        ),
        (
            "en",
            "Translate into Japanese: 'Dear Ms. [[Takahashi|PERSON]], thank you for hosting us in [[Osaka|LOCATION]] last week.'",
        ),
        (
            "en",
            "how do I tell [[dmitri|PERSON]] from accounting that his spreadsheet has a circular reference without sounding rude",
        ),
        (
            "en",
            "Rewrite this LinkedIn post so it sounds less stiff: 'Thrilled to announce I have joined [[Halvorsen Maritime|ORGANIZATION]] as a data engineer in [[Bergen|LOCATION]].'",
        ),
        (
            "en",
            "Give me three ideas for a team lunch near our office in [[Leeds|LOCATION]]. Budget is about 15 per person and one colleague is vegetarian.",
        ),
        (
            "en",
            "What's the difference between a Roth IRA and a traditional one? Explain like I'm new to this.",
        ),
        (
            "en",
            "Please proofread: 'As discussed with [[Aisha Al-Farsi|PERSON]] on the call, [[Qadir Logistics|ORGANIZATION]] will deliver the pallets by Friday.'",
        ),
        (
            "en",
            "my son [[Mateo|PERSON]] has a fever of 38.9 and a rash, should I take him to urgent care or wait?",
        ),
        (
            "en",
            "Write a short reference for [[Nguyen Thi Lan|PERSON]], who worked with me at [[Saigon Harbour Foods|ORGANIZATION]] for four years.",
        ),
        (
            "en",
            "I need to change the billing card on my account to [[4526 0181 5908 3012|CREDIT_CARD]], expiry 09/27. Can you tell me how to do it in the portal?",
        ),
        (
            "en",
            "Make this sound more professional: 'hey [[Bongani|PERSON]], the invoice from last month is still not paid, can u chase?'",
        ),
        (
            "en",
            "Explain recursion to my intern [[Kaito|PERSON]] with an example in Python, using a function that computes factorials.",
        ),
        (
            "en",
            "Help me write a complaint to my landlord, Mr. [[Fitzgerald|PERSON]], about the boiler at [[Flat 4, 61 Mercer Lane, Bristol BS3 4RT|LOCATION]]. It's been broken for two weeks.",
        ),
        (
            "en",
            "Can you check this SQL? SELECT name, total FROM orders WHERE created_at > '2024-01-01' ORDER BY total DESC LIMIT 10;",
        ),
        (
            "en",
            "[[Sven|PERSON]] and [[Ingrid Aasen|PERSON]] are both on leave next week; draft an out-of-office note for the shared inbox.",
        ),
        (
            "en",
            "I live in [[Chiang Mai|LOCATION]] and want to open a bank account with [[Kasikornbank|ORGANIZATION]]. What documents do foreigners usually need?",
        ),
        (
            "en",
            "The job post says to contact [[recruiting@ferrowind.example|EMAIL_ADDRESS]]. Write a three-line intro email from me, [[Rohan Deshpande|PERSON]].",
        ),
        (
            "en",
            "Plan a 5-day itinerary for [[Portugal|LOCATION]] in April, mostly food and walking, no car.",
        ),
        (
            "en",
            "pls remind me what [[Olumide|PERSON]] said about the Q3 budget, I think it was in the thread with [[Grace Whitlock|PERSON]]",
        ),
        (
            "en",
            "Can you fix the grammar: 'Me and [[Yusuf|PERSON]] went to [[Istanbul|LOCATION]] for the conference organised by [[Anatolia Tech Forum|ORGANIZATION]].'",
        ),
        (
            "en",
            "What does 'net 30' mean on an invoice from [[Dunmore Textiles|ORGANIZATION]], and is it normal for small suppliers?",
        ),
        (
            "de",
            "Hallo, ich bin [[Lukas Brenner|PERSON]] aus [[Graz|LOCATION]]. Kannst du mir helfen, eine Kündigung für meinen Handyvertrag zu schreiben? Meine Kundennummer ist 7730021.",
        ),
        (
            "fr",
            "Bonjour, peux-tu rédiger un message pour ma collègue [[Élodie Marchand|PERSON]] pour lui dire que la réunion avec [[Groupe Vaubert|ORGANIZATION]] est annulée ?",
        ),
        (
            "es",
            "Hola, soy [[Camila Rojas Herrera|PERSON]]. Necesito una carta para mi banco explicando que me mudé a [[Valparaíso|LOCATION]]; mi nuevo teléfono es [[+56 9 8765 4321|PHONE_NUMBER]].",
        ),
        (
            "it",
            "Scrivi una mail gentile a [[Giuseppe Ferraro|PERSON]] per chiedergli se può anticipare la consegna a martedì.",
        ),
        (
            "nl",
            "Kun je een korte verjaardagswens schrijven voor mijn collega [[Sanne de Vries|PERSON]]? Ze werkt al tien jaar bij ons.",
        ),
        (
            "pt",
            "Olá, me chamo [[João Pedro Albuquerque|PERSON]] e preciso de ajuda para escrever um e-mail para a [[Construtora Ipê Amarelo|ORGANIZATION]] sobre um atraso na obra.",
        ),
    ],
)

# ---------------------------------------------------------------- email
add(
    "email",
    [
        (
            "en",
            "Hi [[Fatima|PERSON]],\n\nThanks for sending the contract. I've signed page 4 and copied [[Daniel Osei|PERSON]] ([[d.osei@harrowgate-legal.example|EMAIL_ADDRESS]]). Could you confirm receipt?\n\nBest,\n[[Marcus Lindgren|PERSON]]",
        ),
        (
            "en",
            "From: [[Anjali Verma|PERSON]] <[[anjali.verma@kestrelbio.example|EMAIL_ADDRESS]]>\nTo: procurement team\nSubject: Reagent order\n\nPlease raise a PO for the antibodies; the supplier is [[Nordvik Reagents AB|ORGANIZATION]]. Call me on [[+44 7700 900412|PHONE_NUMBER]] if anything is unclear.",
        ),
        (
            "en",
            "Dear Professor [[Haddad|PERSON]],\n\nI am a second-year student at [[University of Leeds|ORGANIZATION]] and would like to ask whether you supervise summer projects.\n\nKind regards,\n[[Chloe Abernathy|PERSON]]",
        ),
        (
            "en",
            "> On Tue, [[Kenji Watanabe|PERSON]] wrote:\n> Can we move the review to 3pm?\n\nWorks for me. I'll update the invite and let [[Lucía|PERSON]] know.\n-- [[Tomasz|PERSON]]",
        ),
        (
            "en",
            "Team,\n\nReminder that the office at [[1200 Pine Ridge Road, Suite 300, Raleigh, NC 27615|LOCATION]] will be closed on Monday for the holiday. Building security can be reached at [[(919) 555-0143|PHONE_NUMBER]].\n\nFacilities",
        ),
        (
            "en",
            "Subject: Release notes 4.2\n\nHi all, version 4.2 ships on Wednesday. Highlights: faster exports, dark mode in Settings, and the new Timeline view. Known issue: the Calendar sync may lag by up to 5 minutes.",
        ),
        (
            "en",
            "Hello, I was referred by [[Beatriz Salgado|PERSON]] at [[Pacifica Ventures|ORGANIZATION]]. I run a small bakery in [[Tucson|LOCATION]] and am looking for a bookkeeper. My cell is [[520-555-0176|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Hi [[Oluwaseun|PERSON]], the wire went out today from our [[Barclays|ORGANIZATION]] account to IBAN [[GB82 BARC 7232 6865 6355 15|IBAN_CODE]]. Please allow two working days. Regards, [[Hamid Rezaei|PERSON]]",
        ),
        (
            "en",
            "Please do not reply to this message. Your weekly digest, [[Amaru|PERSON]]: 14 new comments, 3 mentions, 2 pull requests awaiting review.",
        ),
        (
            "en",
            "Dear Dr. [[Mwangi|PERSON]],\nFollowing our call, I attach the revised budget. [[Kisumu|LOCATION]] field costs went up 8% because of fuel. [[Amara Nwosu|PERSON]] will send the receipts separately.\nSincerely, [[Jonas Weber|PERSON]], [[Global Water Initiative|ORGANIZATION]]",
        ),
        (
            "en",
            "Forwarding [[ravi.kumar@tatvasoft.example|EMAIL_ADDRESS]]'s note below. He needs the staging credentials reset; his desk phone is [[+91 80 4567 8901|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Subject: Lunch & Learn\n\nThis Friday in the Oak Room: 'Intro to Kubernetes' with [[Tariq Hussain|PERSON]], plus pizza. Bring your laptop. Slides will be on the wiki afterwards.",
        ),
        (
            "en",
            "Hi team - welcome [[Zainab Idowu|PERSON]], who joins Customer Success from [[Lagos|LOCATION]] on Monday. She was previously at [[Paystack|ORGANIZATION]]. Say hi on Slack!",
        ),
        (
            "en",
            "[[Bogdan|PERSON]],\nthe auditors from [[Kowalczyk & Partners|ORGANIZATION]] will be onsite at [[ul. Marszałkowska 84, 00-514 Warszawa|LOCATION]] from the 12th. Please reserve the small meeting room.\n[[Agnieszka|PERSON]]",
        ),
        (
            "en",
            "Quick one: can you send me [[Heather MacLeod|PERSON]]'s new number? I only have the old [[0131 496 0722|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Dear Customer, Invoice INV-2024-08817 for 1,249.00 EUR is due on 30 November. Payment reference: 88172-ALPHA. Thank you for your business.",
        ),
        (
            "en",
            "Hey [[Jamal|PERSON]] - I think the photo you want is on [[Tess|PERSON]]'s drive. Ping her at [[tess.okafor@shoreline.example|EMAIL_ADDRESS]].",
        ),
        (
            "en",
            "Subject: Re: Re: parking permits\n\nWe have two spots left in the North garage. First come, first served; ask [[Moira|PERSON]] at reception on ext. 2231.",
        ),
        (
            "de",
            "Sehr geehrte Frau [[Schumacher|PERSON]],\n\nanbei die Unterlagen für die Wohnung in der [[Hauptstraße 17, 69117 Heidelberg|LOCATION]]. Bei Fragen erreichen Sie mich unter [[06221 987654|PHONE_NUMBER]].\n\nMit freundlichen Grüßen\n[[Jan-Philipp Krüger|PERSON]]",
        ),
        (
            "de",
            "Hallo zusammen, die Schulung zur neuen Zeiterfassung findet am Mittwoch um 10 Uhr im Raum Elbe statt, Leitung: [[Svenja Kolb|PERSON]]. Bitte bringt eure Laptops mit.",
        ),
        (
            "fr",
            "Bonjour Madame [[Lefèvre|PERSON]],\n\nJe vous confirme le rendez-vous avec Maître [[Antoine Girard|PERSON]] au cabinet, [[12 rue des Carmes, 31000 Toulouse|LOCATION]]. Merci de me répondre à [[c.benali@avocats-girard.example|EMAIL_ADDRESS]].\n\n[[Clara Benali|PERSON]]",
        ),
        (
            "es",
            "Estimado Sr. [[Iglesias|PERSON]]:\n\nLe escribo de parte de [[Inmobiliaria Costa Brava|ORGANIZATION]]. La visita al piso de [[Girona|LOCATION]] queda confirmada para el jueves.\n\nUn saludo,\n[[Nerea Etxeberria|PERSON]]",
        ),
        (
            "it",
            "Ciao [[Francesca|PERSON]], ti inoltro il preventivo di [[Tipografia Rinaldi|ORGANIZATION]]. Se va bene, fai il bonifico sull'IBAN [[IT83X8282880729022279180588|IBAN_CODE]].",
        ),
        (
            "nl",
            "Beste [[Maarten|PERSON]],\n\nDe factuur van [[Groen Hoveniers B.V.|ORGANIZATION]] is betaald. Kun je de offerte voor de tuin in [[Utrecht|LOCATION]] doorsturen naar [[inkoop@groenhoveniers.example|EMAIL_ADDRESS]]?\n\nGroet, [[Femke|PERSON]]",
        ),
        (
            "pt",
            "Prezada Dra. [[Carvalho|PERSON]],\n\nSegue em anexo o relatório do paciente. Qualquer dúvida, estou no [[(11) 98765-4321|PHONE_NUMBER]].\n\nAtenciosamente,\n[[Rafael Nunes|PERSON]]",
        ),
    ],
)

# ---------------------------------------------------------------- support
add(
    "support",
    [
        (
            "en",
            "Customer: hi my order hasn't arrived, it was supposed to come tuesday\nAgent: Sorry about that! Can I have the order number?\nCustomer: 4471-220-981\nAgent: Thanks, it's out for delivery today.",
        ),
        (
            "en",
            "Agent: Could you confirm the name on the account?\nCustomer: [[Siddharth Iyer|PERSON]], and the email is [[sid.iyer@postbox.example|EMAIL_ADDRESS]]\nAgent: Thank you, [[Siddharth|PERSON]].",
        ),
        (
            "en",
            "Customer: I was charged twice on my card ending 3012\nAgent: I can see two pending authorisations; one will drop off within 3-5 business days.",
        ),
        (
            "en",
            "Customer: the full card is [[5176 0189 5559 7975|CREDIT_CARD]], can you just refund to that?\nAgent: Please don't share full card numbers in chat. I've masked it and started the refund.",
        ),
        (
            "en",
            "Hi, this is [[Ngozi|PERSON]]. I moved and need to update my delivery address to [[47 Kingfisher Close, Milton Keynes MK7 8QP|LOCATION]]. Phone is still [[07700 900318|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Agent [[Carla|PERSON]]: Welcome to [[Brightwave Broadband|ORGANIZATION]] support. Your router's public IP shows as [[81.2.69.160|IP_ADDRESS]]; can you restart it and tell me if the light turns green?",
        ),
        (
            "en",
            "Customer: The app crashes on launch since the 3.8.1 update. iPhone 13, iOS 17.5.\nAgent: Thanks! Please try reinstalling; a fix is coming in 3.8.2.",
        ),
        (
            "en",
            "Customer: hi it's [[Marta Kovács|PERSON]], can you reset my password?\nAgent: I've sent a reset link to the email on file.",
        ),
        (
            "en",
            "Agent: For security, please confirm your date of birth.\nCustomer: [[07/22/1968|DATE_TIME]]\nAgent: Thank you, Mr. [[Abernathy|PERSON]]. How can I help today?",
        ),
        (
            "en",
            "My SSN was entered wrong on my tax profile - it should be [[412-68-3305|US_SSN]] not the one ending 3350. Who at [[Harbor Tax Services|ORGANIZATION]] can fix this?",
        ),
        (
            "en",
            "Customer: I want to return the blender, model BX-900, it leaks.\nAgent: No problem, [[Dominika|PERSON]]. Print the prepaid label from your account and drop it at any post office within 30 days.",
        ),
        (
            "en",
            "Chat transcript - [[Lindiwe Dube|PERSON]] (customer) / [[Peter|PERSON]] (agent)\n[[Lindiwe Dube|PERSON]]: my meter reading is 04571\n[[Peter|PERSON]]: Got it, your next bill will use that reading.",
        ),
        (
            "de",
            "Kunde: Hallo, ich heiße [[Murat Yilmaz|PERSON]], meine Rechnung ist zu hoch.\nMitarbeiterin: Guten Tag Herr [[Yilmaz|PERSON]], ich schaue mir das an. Ist Ihre Adresse noch [[Bergstraße 5, 70173 Stuttgart|LOCATION]]?",
        ),
        (
            "fr",
            "Client : Bonjour, je n'arrive pas à me connecter depuis hier.\nConseiller : Bonjour Monsieur [[Garnier|PERSON]] ! Avez-vous essayé de vider le cache du navigateur ? Sinon, je peux réinitialiser votre accès.",
        ),
        (
            "es",
            "Cliente: Hola, necesito cambiar la cuenta de cobro a [[ES11 2029 7299 7528 8200 1826|IBAN_CODE]].\nAgente: Perfecto, Sra. [[Ortega|PERSON]], el cambio se aplicará en el próximo recibo.",
        ),
        (
            "it",
            "Cliente: buongiorno, il pacco risulta consegnato ma non l'ho ricevuto.\nOperatore: Mi dispiace, apro subito una segnalazione con il corriere. Riceverà aggiornamenti entro 48 ore.",
        ),
    ],
)

# ---------------------------------------------------------------- social
add(
    "social",
    [
        (
            "en",
            "huge thanks to [[@kwame_builds|PERSON]] for the help debugging my router config last night 🙏 #homelab",
        ),
        (
            "en",
            "anyone else stuck at the airport in [[Lisbon|LOCATION]] rn?? 3 hours delay and counting #travel",
        ),
        (
            "en",
            "congrats [[@saoirse.obrien|PERSON]] on the new job at [[Meridian Health|ORGANIZATION]]!! so proud of u",
        ),
        (
            "en",
            "just finished my first marathon in 4:12:09 and my legs are jelly. thank you [[@coach_adaeze|PERSON]] and everyone who cheered at mile 20 ❤️",
        ),
        (
            "en",
            "lol [[tanvir|PERSON]] really showed up to the potluck with store-bought cookies again",
        ),
        (
            "en",
            "Replying to [[@mei_lin88|PERSON]]: same here, the new update broke my widgets. Apple Watch still works tho",
        ),
        ("en", "Hot take: Sunday Roast > any brunch. Fight me. #foodie #SundayVibes"),
        (
            "en",
            "missing my hometown [[Kumasi|LOCATION]] so much today. the jollof here is not it 😭",
        ),
        (
            "en",
            "If anyone finds a black wallet near the tram stop in [[Zagreb|LOCATION]] pls DM me, my name is on the library card inside - [[Rafael Mendoza|PERSON]]",
        ),
        (
            "en",
            "New blog post: 10 things I learned migrating 40 microservices to Go. Link in bio. #golang #devops",
        ),
        (
            "en",
            "shoutout to [[@nadia_codes|PERSON]] and [[@brycewhitfield|PERSON]] for carrying our hackathon team lol we placed 2nd",
        ),
        (
            "en",
            "Big news: I'm leaving [[Copperline Studios|ORGANIZATION]] after 6 years. Next stop: [[Melbourne|LOCATION]]!",
        ),
        (
            "en",
            "Just got a Kindle Paperwhite and an Echo Dot in the Black Friday sale. The Kindle is perfect for reading at night.",
        ),
        (
            "en",
            "[[ayesha|PERSON]] if ur reading this call me back, [[0412 555 038|PHONE_NUMBER]] is my new number",
        ),
        (
            "en",
            "Rest in peace Grandpa [[Ivo|PERSON]]. You taught me to fish on the lakes outside [[Split|LOCATION]] and I'll never forget it.",
        ),
        (
            "en",
            "@everyone the server will be down for maintenance tonight from 11pm to 1am. Save your progress!",
        ),
        (
            "de",
            "Danke an [[@lena_schreibt|PERSON]] für die tolle Lesung gestern in [[Leipzig|LOCATION]]! #buchliebe",
        ),
        (
            "fr",
            "Trop contente d'avoir croisé [[Inès|PERSON]] au concert hier soir à [[Lyon|LOCATION]] 😍",
        ),
        (
            "es",
            "jajaja [[@dani_gmz|PERSON]] no puedo más con tus memes, mañana nos vemos en la uni",
        ),
        ("it", "Oggi pranzo da nonna in [[Puglia|LOCATION]]: orecchiette e tanto sole. #domenica"),
        (
            "nl",
            "Wie gaat er zaterdag mee naar de markt in [[Haarlem|LOCATION]]? Ik neem stroopwafels mee 😄",
        ),
        ("pt", "Parabéns [[@bia.souza|PERSON]] pela formatura!! Arrasou demais 🎓"),
    ],
)

# ---------------------------------------------------------------- review
add(
    "review",
    [
        (
            "en",
            "Five stars. The Paris-Brest was perfect and the espresso tasted like it should. Will be back.",
        ),
        (
            "en",
            "Ordered the Boston cream pie and a Manhattan. Pie was dry, cocktail was great. 3/5.",
        ),
        (
            "en",
            "Our guide [[Thandiwe|PERSON]] made the whole day in [[Cape Town|LOCATION]] special - knowledgeable and funny.",
        ),
        (
            "en",
            "Terrible experience with [[Swiftmove Removals|ORGANIZATION]]. The driver, [[Gary|PERSON]], dropped my mirror and refused to log it.",
        ),
        (
            "en",
            "Dr. [[Ramírez|PERSON]] at [[Lakeside Family Dental|ORGANIZATION]] was so gentle with my kids. Front desk could be friendlier.",
        ),
        (
            "en",
            "The Black Forest cake is the best thing on the menu. Skip the Caesar salad, it's just lettuce.",
        ),
        (
            "en",
            "Stayed three nights at [[Hotel Lindenhof|ORGANIZATION]]; room 412 was clean, the breakfast buffet was average, Wi-Fi was fast. Would stay again for the price.",
        ),
        (
            "en",
            "Honestly the only reason I keep coming is [[Dolores|PERSON]] behind the counter. She remembers everyone's order.",
        ),
        (
            "en",
            "Bought this Instant Pot knockoff for 49.99 and it stopped heating after two weeks. Do not recommend.",
        ),
        (
            "de",
            "Super Service in der Filiale [[Köln-Ehrenfeld|LOCATION]], Herr [[Demir|PERSON]] hat mich toll beraten.",
        ),
        (
            "es",
            "La pizza napolitana estaba buenísima y el servicio de [[Andrés|PERSON]] fue de diez.",
        ),
        (
            "it",
            "Hotel comodo vicino alla stazione di [[Bologna|LOCATION]], colazione abbondante. Unico difetto: il parcheggio costa 20 euro al giorno.",
        ),
    ],
)

# ---------------------------------------------------------------- meeting
add(
    "meeting",
    [
        (
            "en",
            "[[Sarah Kim|PERSON]]: OK, let's start. [[Abdi|PERSON]], can you give the status on the migration?\n[[Abdi Warsame|PERSON]]: We moved 80% of tables last night. The rest goes Thursday.\n[[Sarah Kim|PERSON]]: Great.",
        ),
        (
            "en",
            "[[Hiroshi|PERSON]]: The client in [[Nagoya|LOCATION]] wants the demo moved.\n[[Beatrix|PERSON]]: To when?\n[[Hiroshi|PERSON]]: Next Tuesday, and they want [[Olga Petrova|PERSON]] on the call.",
        ),
        (
            "en",
            "Action items: [[Marisol|PERSON]] to send the revised SOW to [[Crestview Partners|ORGANIZATION]]; [[Devon Clarke|PERSON]] to book the venue in [[Austin|LOCATION]]; everyone to review the budget sheet.",
        ),
        (
            "en",
            "[[Chen Jing|PERSON]]: Legal at [[Hollis Wren LLP|ORGANIZATION]] flagged clause 7.\n[[Farid|PERSON]]: Which part?\n[[Chen Jing|PERSON]]: The indemnity cap. They want it doubled.",
        ),
        (
            "en",
            "Minutes, sprint review. Attendees: [[Ibrahim|PERSON]], [[Colette|PERSON]], [[Raj Malhotra|PERSON]]. Velocity 42 points. Blocker: the payments sandbox is flaky. Next review in two weeks.",
        ),
        (
            "en",
            "Moderator: Please welcome our panellists, Dr. [[Amina Diallo|PERSON]] from [[Institut Pasteur de Dakar|ORGANIZATION]] and [[Rui Costa|PERSON]] from the [[World Health Organization|ORGANIZATION]].",
        ),
        (
            "en",
            "[[Nkechi|PERSON]]: can everyone hear me? my mic was acting up\n[[Liam|PERSON]]: yep loud and clear\n[[Nkechi|PERSON]]: ok so the numbers from [[Nairobi|LOCATION]] are in",
        ),
        (
            "de",
            "[[Katrin Vogel|PERSON]]: Dann fasse ich zusammen: [[Tobias|PERSON]] klärt das mit der [[Sparkasse Hannover|ORGANIZATION]], und ich rufe bei Frau [[Lange|PERSON]] an.",
        ),
        (
            "fr",
            "[[Mathieu|PERSON]] : On valide le budget ?\n[[Aminata Traoré|PERSON]] : Oui, mais il faut l'accord de la [[Mairie de Nantes|ORGANIZATION]] avant le 15.",
        ),
        (
            "es",
            "[[Lucía Fernández|PERSON]]: ¿Quién se encarga del cliente de [[Monterrey|LOCATION]]?\n[[Diego|PERSON]]: Yo, ya hablé con ellos ayer.",
        ),
    ],
)

# ---------------------------------------------------------------- hr
add(
    "hr",
    [
        (
            "en",
            "Candidate [[Oksana Shevchenko|PERSON]] interviewed for the senior analyst role. Strong SQL, weak on stakeholder examples. Currently at [[Ingenix Consulting|ORGANIZATION]], notice period 2 months.",
        ),
        (
            "en",
            "Onboarding checklist for [[Arjun Mehta|PERSON]]: laptop, badge, payroll form (SSN [[538-21-0947|US_SSN]] received), direct deposit pending.",
        ),
        (
            "en",
            "Performance note: [[Leila|PERSON]] consistently exceeds targets. Recommend promotion to Team Lead, effective next cycle.",
        ),
        (
            "en",
            "Reference check: spoke with [[Brian O'Sullivan|PERSON]], her manager at [[Aer Lingus|ORGANIZATION]], who rated her 9/10 on reliability.",
        ),
        (
            "en",
            "Emergency contact for [[Kwabena Asante|PERSON]]: wife, [[Efua Asante|PERSON]], [[+233 20 555 0912|PHONE_NUMBER]]. Home address [[14 Ring Road East, Accra|LOCATION]].",
        ),
        (
            "en",
            "Exit interview, [[Pavel Dvořák|PERSON]]: leaving for a role at [[Škoda Auto|ORGANIZATION]] in [[Mladá Boleslav|LOCATION]]. Cited commute and pay.",
        ),
        (
            "en",
            "Employee [[Rosa Delgado|PERSON]], date of birth [[1985-11-02|DATE_TIME]], requests parental leave from March. Manager approved.",
        ),
        (
            "en",
            "Reminder: open enrollment closes Friday. Review your dental and vision choices in the benefits portal; no changes are allowed after that. Questions to [[benefits@lumencorp.example|EMAIL_ADDRESS]].",
        ),
        (
            "en",
            "Recruiter note: [[Thabo|PERSON]] referred [[Mpho Khumalo|PERSON]] ([[mpho.k@inbox.example|EMAIL_ADDRESS]]). Phone screen booked, bonus eligible if hired.",
        ),
        (
            "de",
            "Bewerberin [[Julia Hartmann|PERSON]], geboren am [[03.08.1994|DATE_TIME]] in [[Bremen|LOCATION]], Masterabschluss an der [[Universität Hamburg|ORGANIZATION]].",
        ),
        (
            "fr",
            "Entretien annuel de [[Yasmine Haddad|PERSON]] : objectifs atteints, souhaite une mobilité vers l'agence de [[Bordeaux|LOCATION]].",
        ),
        (
            "es",
            "Nota de RR. HH.: [[Javier Morales|PERSON]] se incorpora el lunes al equipo de ventas de [[Sevilla|LOCATION]]. Su tutora será [[Marta Ruiz|PERSON]].",
        ),
        (
            "nl",
            "Sollicitant [[Daan Bakker|PERSON]] heeft twee jaar ervaring bij [[Coolblue|ORGANIZATION]]. Tweede gesprek ingepland.",
        ),
    ],
)

# ---------------------------------------------------------------- cv
add(
    "cv",
    [
        (
            "en",
            "[[AMARA OKEKE|PERSON]]\n[[amara.okeke@cvmail.example|EMAIL_ADDRESS]] | [[+44 7700 900771|PHONE_NUMBER]] | [[Manchester|LOCATION]]\n\nEXPERIENCE\nData Analyst, [[Northern Rail Analytics|ORGANIZATION]] (2019-present)",
        ),
        (
            "en",
            "Curriculum Vitae - [[Vikram Raghunathan|PERSON]]\nEducation: B.Tech, [[Indian Institute of Technology Madras|ORGANIZATION]]\nSkills: Python, Spark, Airflow, dbt\nLanguages: Tamil, English, German (B1)",
        ),
        (
            "en",
            "SUMMARY\nProject manager with 8 years in construction. PMP certified. Led delivery of a 40M mixed-use development. Fluent in Excel, MS Project and Primavera.",
        ),
        (
            "en",
            "Name: [[Sofía Castillo Vega|PERSON]]\nDate of birth: [[12/05/1996|DATE_TIME]]\nAddress: [[Calle Mayor 23, 3º B, 28013 Madrid|LOCATION]]\nEmployer: [[Telefónica|ORGANIZATION]]",
        ),
        (
            "en",
            "[[Kim Min-jun|PERSON]] - Software Engineer\n[[Seoul|LOCATION]], [[South Korea|LOCATION]] · [[minjun.kim@devmail.example|EMAIL_ADDRESS]]\nPreviously: [[Naver|ORGANIZATION]], [[Kakao|ORGANIZATION]]\nPortfolio: https://minjun-kim.example.dev",
        ),
        (
            "de",
            "LEBENSLAUF\n[[Felix Wagner|PERSON]]\ngeboren [[21.01.1990|DATE_TIME]]\n[[Lindenallee 9, 50968 Köln|LOCATION]]\nBerufserfahrung: [[Deutsche Bahn AG|ORGANIZATION]], Projektleiter",
        ),
        (
            "fr",
            "[[Léa Rousseau|PERSON]]\nNée le [[4 juillet 1993|DATE_TIME]] à [[Rennes|LOCATION]]\nExpérience : chargée de communication chez [[Ubisoft|ORGANIZATION]]",
        ),
        (
            "pt",
            "Currículo: [[Mariana Figueiredo|PERSON]], nascida em [[30/01/1989|DATE_TIME]], [[Porto|LOCATION]]. Experiência: analista financeira no [[Banco Atlântico|ORGANIZATION]].",
        ),
    ],
)

# ---------------------------------------------------------------- medical
add(
    "medical",
    [
        (
            "en",
            "Patient: [[Adebayo Ogunleye|PERSON]], DOB [[03/14/1957|DATE_TIME]]. Presents with chest tightness on exertion. Referred to cardiology at [[St. Catherine's Hospital|ORGANIZATION]].",
        ),
        (
            "en",
            "Discharge summary: 64-year-old male, admitted with community-acquired pneumonia, treated with IV antibiotics, discharged on oral amoxicillin. Follow up with GP in 2 weeks.",
        ),
        (
            "en",
            "Referral letter - Dear Dr. [[Lindqvist|PERSON]], I would be grateful if you could see Mrs. [[Halima Osman|PERSON]] regarding persistent migraines. Her number is [[020 7946 0831|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Nurse note 06:40: pt [[Greta|PERSON]] comfortable overnight, pain 2/10, obs stable. Family ([[Ole Nilsen|PERSON]], son) to visit at 11.",
        ),
        (
            "en",
            "Lab result for [[Chidi Eze|PERSON]] (MRN 00482913): HbA1c 7.8%, eGFR 74. Results sent to [[Riverside Medical Group|ORGANIZATION]].",
        ),
        (
            "en",
            "Appointment reminder: [[Ana-Maria Popescu|PERSON]], you are booked with Dr. [[Farouk|PERSON]] on Tuesday 9:15 at [[Elmwood Clinic|ORGANIZATION]], [[88 Station Road, Reading RG1 1LX|LOCATION]]. Reply C to cancel.",
        ),
        (
            "en",
            "The patient, born [[2 February 1949|DATE_TIME]], lives alone in [[Tromsø|LOCATION]]; daughter [[Kari|PERSON]] is the main carer.",
        ),
        (
            "en",
            "Vaccination record: influenza (quadrivalent), lot FL2291B, left deltoid, given by nurse [[Olufemi|PERSON]]. No adverse reaction observed after 15 minutes.",
        ),
        (
            "de",
            "Patientin [[Helga Brandt|PERSON]], geb. [[17.06.1952|DATE_TIME]], Aufnahme über die Notaufnahme des [[Klinikum Nürnberg|ORGANIZATION]] wegen Sturz.",
        ),
        (
            "fr",
            "Compte rendu : M. [[Karim Belkacem|PERSON]], né le [[9 novembre 1971|DATE_TIME]], suivi au [[CHU de Montpellier|ORGANIZATION]] pour hypertension.",
        ),
        (
            "es",
            "Paciente [[Rosa María Quispe|PERSON]], fecha de nacimiento [[22/05/1990|DATE_TIME]], acude al [[Hospital Clínico San Carlos|ORGANIZATION]] por dolor abdominal.",
        ),
        (
            "it",
            "Il paziente [[Lorenzo Bianchi|PERSON]], nato il [[9 aprile 1983|DATE_TIME]], è stato dimesso dall'[[Ospedale Niguarda|ORGANIZATION]] con terapia antibiotica.",
        ),
    ],
)

# ---------------------------------------------------------------- insurance
add(
    "insurance",
    [
        (
            "en",
            "Claim CLM-55820: policyholder [[Terrence Boateng|PERSON]] reports rear-end collision on the ring road near [[Richmond, VA|LOCATION]]. Third party insured with [[Allstate|ORGANIZATION]].",
        ),
        (
            "en",
            "Insured: [[Naledi Mokoena|PERSON]], DOB [[1979-08-30|DATE_TIME]]. Beneficiary: [[Sipho Mokoena|PERSON]]. Contact: [[naledi.m@webpost.example|EMAIL_ADDRESS]].",
        ),
        (
            "en",
            "Adjuster [[Carmen Vidal|PERSON]] inspected the water damage at [[3315 Willow Creek Drive, Boise, ID 83706|LOCATION]]. Estimate pending contractor quote.",
        ),
        (
            "en",
            "Member SSN [[219-54-7760|US_SSN]] is on file. Please verify the spelling of the dependent's name, [[Jaylen|PERSON]], before we issue the cards.",
        ),
        (
            "de",
            "Schadenmeldung von Herrn [[Özdemir|PERSON]]: Glasbruch an der Terrassentür. Versicherer: [[Allianz|ORGANIZATION]]. Rückruf unter [[0176 55512345|PHONE_NUMBER]].",
        ),
        (
            "nl",
            "Uw zorgverzekering bij [[Zilveren Kruis|ORGANIZATION]] wordt per 1 januari verlengd. Het eigen risico blijft gelijk.",
        ),
    ],
)

# ---------------------------------------------------------------- legal
add(
    "legal",
    [
        (
            "en",
            "WITHOUT PREJUDICE\n\nDear Sirs,\n\nWe act for Mr. [[Callum Reid|PERSON]] in relation to his dismissal by [[Forthbridge Engineering Ltd|ORGANIZATION]]. Our client's address for service is [[9 Queen Street, Edinburgh EH2 1JQ|LOCATION]].",
        ),
        (
            "en",
            'This Agreement is made between [[Orchid Lane Holdings LLC|ORGANIZATION]] (the "Landlord") and [[Imani Wallace|PERSON]] (the "Tenant") for the premises known as [[Unit 5B, 240 Harbor Boulevard, Oakland, CA 94607|LOCATION]].',
        ),
        (
            "en",
            "Witness statement of [[Gabriela Nowak|PERSON]], date of birth [[19 October 1982|DATE_TIME]]: I saw the van reverse into the bollard at about 8pm.",
        ),
        (
            "en",
            "Before Judge [[Harriet Okoro|PERSON]], the court granted the motion in part. Costs are reserved. The matter is listed for a further hearing in the spring term.",
        ),
        (
            "en",
            "Re: Estate of the late [[Harold Pemberton|PERSON]]. We confirm that [[Coutts|ORGANIZATION]] holds funds of the estate and that probate was granted to [[Eleanor Pemberton|PERSON]].",
        ),
        (
            "de",
            "In der Mietsache [[Schneider|PERSON]] ./. [[Wohnbau Rhein-Main GmbH|ORGANIZATION]] beantragen wir, die Klage abzuweisen.",
        ),
        (
            "fr",
            "Par la présente, Madame [[Sophie Lambert|PERSON]] met en demeure la société [[Bâtiments Durand SARL|ORGANIZATION]] de terminer les travaux sous quinze jours.",
        ),
        (
            "it",
            "Il sottoscritto avv. [[Marco Esposito|PERSON]], con studio in [[Via Toledo 156, 80134 Napoli|LOCATION]], difensore di [[Anna Russo|PERSON]], espone quanto segue.",
        ),
    ],
)

# ---------------------------------------------------------------- shipping
add(
    "shipping",
    [
        (
            "en",
            "Your order #A7731-90812 has shipped! Tracking: 1Z4F82E70391847265. Estimated delivery: Thursday between 9am and 1pm.",
        ),
        (
            "en",
            "Ship to: [[Chinedu Okafor|PERSON]], [[Apt 12C, 455 West 57th Street, New York, NY 10019|LOCATION]]. Phone: [[212-555-0138|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Order confirmation for [[Mei Tanaka|PERSON]] ([[mei.tanaka@shopper.example|EMAIL_ADDRESS]]): 2x linen shirt, 1x canvas tote. Paid with card ending 1940.",
        ),
        (
            "en",
            "Return label generated. Drop the box at any [[DHL|ORGANIZATION]] service point. Refund will go back to the original payment method within 5 days.",
        ),
        (
            "en",
            "Package for [[Björn Halvorsen|PERSON]], [[Storgata 14, 0184 Oslo, Norway|LOCATION]], held at customs. Please pay 212 NOK import VAT online.",
        ),
        (
            "en",
            "Packing slip\nSKU      QTY  DESC\nTB-2231  2    Turkey baster\nCH-0087  1    Cheddar grater\nWS-4410  3    Worcestershire sauce 150ml",
        ),
        (
            "en",
            "Courier note: leave with neighbour at no. 16 (Mrs. [[Doyle|PERSON]]) if no answer. Gate code is 4471.",
        ),
        (
            "de",
            "Ihre Sendung an [[Anneliese Hoffmann|PERSON]], [[Kastanienweg 3, 01309 Dresden|LOCATION]] wurde zugestellt. Sendungsnummer 00340434161094021357.",
        ),
        (
            "fr",
            "Votre commande n° 2024-77815 a été expédiée. Livraison prévue demain entre 8h et 13h. Merci pour votre achat !",
        ),
        (
            "es",
            "Pedido enviado a [[Alejandro Torres|PERSON]], [[Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México|LOCATION]]. Teléfono de contacto: [[55 5555 0199|PHONE_NUMBER]].",
        ),
        (
            "nl",
            "Je pakket van [[Bol.com|ORGANIZATION]] wordt vandaag bezorgd tussen 17:00 en 19:00. Volg je bestelling in de app.",
        ),
        (
            "pt",
            "Encomenda para [[Luísa Fernandes|PERSON]], [[Rua Augusta 210, 1100-053 Lisboa|LOCATION]]. Entrega prevista na sexta-feira.",
        ),
    ],
)

# ---------------------------------------------------------------- bank
add(
    "bank",
    [
        (
            "en",
            "Payment received: 450.00 GBP from [[Siobhan Gallagher|PERSON]] to account [[IE47 AIBK 4834 7824 5040 00|IBAN_CODE]]. Reference: RENT MAY.",
        ),
        (
            "en",
            "Fraud alert from [[Westfield Credit Union|ORGANIZATION]]: a purchase of 899.00 at an electronics store was attempted with card [[4661 3186 0913 9090|CREDIT_CARD]]. Reply YES if this was you.",
        ),
        (
            "en",
            "Please pay the deposit to [[Ahmed Siddiqui|PERSON]], IBAN [[DE16 8159 0139 6245 9571 17|IBAN_CODE]], BIC MARKDEF1815, by the end of the week.",
        ),
        (
            "en",
            "Card on file: [[3440 268599 52897|CREDIT_CARD]] (Amex), cardholder [[Evelyn Zhou|PERSON]], billing ZIP 60614.",
        ),
        (
            "en",
            "Standing order set up: 25.00 monthly to [[Oxfam|ORGANIZATION]], starting next month. You can cancel it any time in the app.",
        ),
        (
            "en",
            "Hi [[Kemal|PERSON]], split the dinner? Send 38.50 to my account [[NL33 ABNA 4788 7838 48|IBAN_CODE]]. Thanks! - [[Joris|PERSON]]",
        ),
        (
            "en",
            "Transaction declined: insufficient funds. Merchant: COFFEE CO 0192. Amount: 4.20. Time: 08:14:55.",
        ),
        (
            "en",
            "Wire instructions - Beneficiary: [[Lanterna Imports S.r.l.|ORGANIZATION]], Bank: [[Intesa Sanpaolo|ORGANIZATION]], IBAN [[IT93K8718033401878017598983|IBAN_CODE]]. Intermediary not required.",
        ),
        (
            "en",
            "Mortgage application from [[Deepa Nair|PERSON]] and [[Suresh Nair|PERSON]], SSNs [[601-33-4182|US_SSN]] and [[347-80-2256|US_SSN]]. Property: [[7702 Magnolia Court, Plano, TX 75024|LOCATION]].",
        ),
        (
            "en",
            "Your virtual card [[5375 2917 0342 3666|CREDIT_CARD]] is ready. Use it for online purchases; the CVV is shown in the app.",
        ),
        (
            "de",
            "Überweisung an Familie [[Becker|PERSON]], IBAN [[DE81 7774 1215 4728 0385 28|IBAN_CODE]], Verwendungszweck: Nebenkosten 2023.",
        ),
        (
            "fr",
            "Virement reçu de [[Nicolas Petit|PERSON]] : 1 200,00 €. Compte crédité : [[FR25 6338 7500 4743 9575 5131 373|IBAN_CODE]].",
        ),
        (
            "es",
            "Recibo domiciliado en la cuenta [[ES21 3304 3483 9548 6205 7986|IBAN_CODE]] a nombre de [[Pilar Gómez Sánchez|PERSON]].",
        ),
        (
            "pt",
            "Transferência para [[Tiago Moreira|PERSON]], IBAN [[PT46 0587 7065 8948 1131 1440 2|IBAN_CODE]], no valor de 350 euros.",
        ),
        (
            "it",
            "Il saldo del conto al 30 settembre è di 4.512,30 euro. L'estratto conto è disponibile nell'area riservata.",
        ),
    ],
)

# ---------------------------------------------------------------- travel
add(
    "travel",
    [
        (
            "en",
            "Booking confirmed for [[Priyanka Chaudhary|PERSON]] and [[Aditya Chaudhary|PERSON]]: 2 nights at [[Hotel Marbella Sol|ORGANIZATION]], [[Marbella|LOCATION]]. Check-in from 3pm.",
        ),
        (
            "en",
            "Flight LH 1234 [[Frankfurt|LOCATION]] - [[Lisbon|LOCATION]], seat 23A, passenger [[Stefan Ilić|PERSON]]. Boarding closes 20 minutes before departure.",
        ),
        (
            "en",
            "Your rental car pickup: compact class, automatic. Counter is in Terminal 2 at [[Málaga|LOCATION]] airport, level 0. Bring your driving licence and a credit card in the driver's name.",
        ),
        (
            "en",
            "Passenger details: [[Fatou Ndiaye|PERSON]], date of birth [[11 September 1987|DATE_TIME]], passport no. A04518832, nationality Senegalese.",
        ),
        (
            "en",
            "Hi [[Ines|PERSON]], I've booked the cabin near [[Banff|LOCATION]] for the long weekend. Host is [[Gord Mackenzie|PERSON]], his number is [[+1 403 555 0127|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Itinerary: Day 1 arrive in [[Kyoto|LOCATION]], Day 2 day trip to [[Nara|LOCATION]], Day 3 train to [[Hiroshima|LOCATION]]. JR Pass covers all three.",
        ),
        (
            "en",
            "Group booking from [[Aurora Travel Co.|ORGANIZATION]]: 18 guests, lead contact [[Hamza Qureshi|PERSON]] ([[hamza@auroratravel.example|EMAIL_ADDRESS]]).",
        ),
        (
            "de",
            "Ihre Buchung bei der [[Deutschen Bahn|ORGANIZATION]]: ICE 578 von [[München|LOCATION]] nach [[Berlin|LOCATION]], Reisender [[Maximilian Roth|PERSON]], Wagen 8, Platz 45.",
        ),
        (
            "fr",
            "Réservation au nom de [[Aïcha Coulibaly|PERSON]], chambre double, du vendredi au dimanche à [[Marseille|LOCATION]]. Petit-déjeuner inclus.",
        ),
        (
            "es",
            "Tu reserva en el hostal de [[Cusco|LOCATION]] está confirmada. Llegada a partir de las 14:00; el desayuno se sirve de 7 a 10.",
        ),
        (
            "it",
            "Prenotazione confermata per [[Chiara Moretti|PERSON]]: traghetto da [[Civitavecchia|LOCATION]] a [[Olbia|LOCATION]], cabina interna.",
        ),
    ],
)

# ---------------------------------------------------------------- school
add(
    "school",
    [
        (
            "en",
            "Dear parents, [[Jayden|PERSON]] in Year 4 was absent on Monday and Tuesday. Please send a note or call the office on [[01632 960 448|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Admission offer: [[Yaw Darko|PERSON]] has been admitted to the MSc in Data Science at [[Imperial College London|ORGANIZATION]], starting in the autumn term.",
        ),
        (
            "en",
            "Student record: [[Hana Novák|PERSON]], born [[2006-04-18|DATE_TIME]], guardian [[Petr Novák|PERSON]], address [[Vinohradská 112, 130 00 Praha 3|LOCATION]].",
        ),
        (
            "en",
            "Grading note: [[Mohammed|PERSON]] and [[Elif|PERSON]] submitted identical code for assignment 3. Please discuss with Prof. [[Ashworth|PERSON]] before the board meets.",
        ),
        (
            "en",
            "Course CS101, section B, room 2.14. Instructor: Dr. [[Mei-Ling Yeo|PERSON]], office hours Tuesdays 2-4pm. Final exam counts for 50% of the grade.",
        ),
        (
            "en",
            "Please welcome our new exchange students from [[Universidad de Chile|ORGANIZATION]] and [[National Taiwan University|ORGANIZATION]]!",
        ),
        (
            "de",
            "Liebe Eltern, die Klassenfahrt der 7b nach [[Rügen|LOCATION]] findet statt. Ansprechpartnerin ist Frau Dr. [[Petra Kühn|PERSON]].",
        ),
        (
            "fr",
            "L'élève [[Noah Dubois|PERSON]], né le [[12 mars 2011|DATE_TIME]], est inscrit en classe de 6e au [[Collège Jean Moulin|ORGANIZATION]].",
        ),
        (
            "nl",
            "Beste ouders, de ouderavond is verplaatst naar donderdag 19:30 in de aula. Vragen? Mail [[anouk.smit@delinde-school.example|EMAIL_ADDRESS]].",
        ),
        (
            "pt",
            "A aluna [[Beatriz Lima|PERSON]] foi aprovada no mestrado da [[Universidade de São Paulo|ORGANIZATION]].",
        ),
    ],
)

# ---------------------------------------------------------------- realestate
add(
    "realestate",
    [
        (
            "en",
            "Charming 2-bed terrace on [[12 Albion Street, Brighton BN2 9NE|LOCATION]]. South-facing garden, new boiler. Viewings with [[Harriet Cole|PERSON]] at [[Seaside Lettings|ORGANIZATION]].",
        ),
        (
            "en",
            "Spacious loft, 110 m², exposed brick, open kitchen with Carrara marble island, floor heating. Energy label B. Available immediately.",
        ),
        (
            "en",
            "Open house Saturday 11-1 at [[2219 Elm Street, Evanston, IL 60201|LOCATION]]. Listing agent [[Marcus Bell|PERSON]], [[847-555-0162|PHONE_NUMBER]].",
        ),
        (
            "en",
            "Victorian house with Georgian windows, a Belfast sink and a Welsh slate roof. Offers over 450,000. EPC rating D.",
        ),
        (
            "de",
            "Helle 3-Zimmer-Wohnung in [[Freiburg-Wiehre|LOCATION]], Balkon, Einbauküche. Kontakt: [[Immobilien Fischer|ORGANIZATION]], [[info@immo-fischer.example|EMAIL_ADDRESS]].",
        ),
        (
            "es",
            "Se vende ático en [[Calle de Serrano 41, 28001 Madrid|LOCATION]], 3 dormitorios, terraza de 30 m². Contacto: [[Raúl Prieto|PERSON]], [[+34 612 345 678|PHONE_NUMBER]].",
        ),
        (
            "it",
            "Affittasi bilocale arredato in centro a [[Milano|LOCATION]]. Riscaldamento autonomo, 950 euro al mese più spese.",
        ),
        (
            "nl",
            "Te koop: eengezinswoning aan de [[Lindenlaan 27, 3581 AB Utrecht|LOCATION]]. Bezichtiging via makelaar [[Pieter van den Broek|PERSON]].",
        ),
    ],
)

# ---------------------------------------------------------------- incident
add(
    "incident",
    [
        (
            "en",
            "Incident report 24-0917: at approx. 22:40 officers responded to a noise complaint at [[58 Orchard Row, Hamilton 3204|LOCATION]]. Resident [[Tama Ngata|PERSON]] was cooperative. No further action.",
        ),
        (
            "en",
            "Witness [[Svetlana Morozova|PERSON]] (tel. [[+7 495 555 01 23|PHONE_NUMBER]]) described the suspect as tall, wearing a grey hoodie, heading toward the metro in central [[Moscow|LOCATION]].",
        ),
        (
            "en",
            "Report filed by Constable [[Aroha Tane|PERSON]]: vehicle registered to [[Kiwi Freight Ltd|ORGANIZATION]] found abandoned on the motorway shoulder north of [[Auckland|LOCATION]].",
        ),
        (
            "en",
            "Missing person: [[Ethan Blackwood|PERSON]], 16, born [[5 June 2008|DATE_TIME]], last seen near the bus station in [[Sheffield|LOCATION]]. Call the incident room on [[0114 496 0210|PHONE_NUMBER]] with information.",
        ),
        (
            "en",
            "Safety incident: forklift clipped a racking upright in aisle 7, reported by shift lead [[Tunde Bakare|PERSON]]. No injuries. Area cordoned off, maintenance notified.",
        ),
        (
            "en",
            "The complainant, Ms. [[Precious Banda|PERSON]], stated that her phone was taken at the market in [[Lilongwe|LOCATION]]. Her contact number is [[+265 99 555 0183|PHONE_NUMBER]].",
        ),
        (
            "de",
            "Einsatzbericht: Verkehrsunfall auf der Autobahn bei [[Kassel|LOCATION]], beteiligt ein Lkw der Firma [[Spedition Haller|ORGANIZATION]]. Fahrer [[Dariusz Wójcik|PERSON]] leicht verletzt.",
        ),
        (
            "fr",
            "Procès-verbal : le témoin, Mme [[Chantal Roux|PERSON]], domiciliée [[8 avenue Foch, 54000 Nancy|LOCATION]], déclare avoir entendu un bruit vers minuit.",
        ),
        (
            "es",
            "Denuncia presentada por [[Martín Acosta|PERSON]] en la comisaría de [[Rosario|LOCATION]] por el robo de su bicicleta.",
        ),
    ],
)

# ---------------------------------------------------------------- news
add(
    "news",
    [
        (
            "en",
            "[[Nairobi|LOCATION]]-based startup [[Sokoni Pay|ORGANIZATION]] raised 14 million dollars in a round led by [[Savanna Capital|ORGANIZATION]], chief executive [[Wanjiru Kamau|PERSON]] said on Tuesday.",
        ),
        (
            "en",
            "The [[European Central Bank|ORGANIZATION]] held rates steady, citing persistent services inflation across the euro area.",
        ),
        (
            "en",
            "Firefighters contained a brush fire outside [[Santa Rosa|LOCATION]] overnight; no homes were lost, officials said.",
        ),
        (
            "en",
            "Mayor [[Ingrid Solberg|PERSON]] of [[Trondheim|LOCATION]] announced a new cycle lane network to be completed within three years.",
        ),
        (
            "en",
            "The tournament final will be played in [[Lisbon|LOCATION]] on Sunday. Ticket prices start at 35 and the gates open two hours before kick-off.",
        ),
        (
            "en",
            "[[Rahul Banerjee|PERSON]], 42, a teacher from [[Kolkata|LOCATION]], won the national quiz championship with a record score.",
        ),
        (
            "en",
            "Scientists at [[ETH Zurich|ORGANIZATION]] and the [[University of Cape Town|ORGANIZATION]] published a study on drought-resistant maize.",
        ),
        (
            "en",
            "A spokesperson for [[Transport for London|ORGANIZATION]] said the line would reopen by the weekend after signal repairs.",
        ),
        (
            "en",
            "Heavy snow closed the pass above [[Innsbruck|LOCATION]] for a second day. Drivers are advised to carry chains and check conditions before setting off.",
        ),
        (
            "de",
            "Die [[Bundesagentur für Arbeit|ORGANIZATION]] meldet für [[Bayern|LOCATION]] einen leichten Rückgang der Arbeitslosigkeit.",
        ),
        (
            "fr",
            "Le maire de [[Grenoble|LOCATION]], [[Julien Mercier|PERSON]], a présenté mardi son plan pour les transports.",
        ),
        (
            "es",
            "El [[Banco de España|ORGANIZATION]] prevé un crecimiento moderado para el próximo año, según su último informe.",
        ),
        (
            "it",
            "La nuova linea della metropolitana di [[Torino|LOCATION]] sarà inaugurata in primavera, ha annunciato l'assessore [[Paola Greco|PERSON]].",
        ),
        (
            "nl",
            "De [[gemeente Amsterdam|ORGANIZATION]] wil meer fietsparkeerplekken rond het station.",
        ),
        (
            "pt",
            "O [[Banco de Portugal|ORGANIZATION]] reviu em alta a previsão de crescimento para este ano.",
        ),
    ],
)

# ---------------------------------------------------------------- code
add(
    "code",
    [
        (
            "en",
            'user = {"name": "[[Ilse Johansson|PERSON]]", "email": "[[ilse.j@fjordmail.example|EMAIL_ADDRESS]]", "city": "[[Gothenburg|LOCATION]]"}\nsave(user)',
        ),
        (
            "en",
            "# TODO(ask [[Rahim|PERSON]]): remove this hack once the upstream fix lands\nfor i in range(3):\n    retry(fetch, timeout=30)",
        ),
        (
            "en",
            "DATABASE_URL=postgres://app:app@[[10.20.4.17|IP_ADDRESS]]:5432/orders\nREDIS_HOST=[[10.20.4.22|IP_ADDRESS]]\nADMIN_EMAIL=[[ops-oncall@quillstack.example|EMAIL_ADDRESS]]",
        ),
        ("en", "server:\n  listen: :8080\n  workers: 4\nlogging:\n  level: INFO\n  format: json"),
        (
            "en",
            "INSERT INTO customers (full_name, phone, ssn) VALUES ('[[Marcus Freeman|PERSON]]', '[[404-555-0119|PHONE_NUMBER]]', '[[523-47-1180|US_SSN]]');",
        ),
        (
            "en",
            "const repo = { owner: '[[Tomasz Zieliński|PERSON]]', ip: '[[2001:db8:85a3::8a2e:370:7334|IP_ADDRESS]]' };",
        ),
        (
            "en",
            'git commit -m "fix: handle empty cart in checkout (closes #4412)"\n# sha 9f3c2a1e7b5d4c0f8a6e2d1b3c9f7a5e4d2b1c0a',
        ),
        (
            "en",
            "Authors:\n    [[Oyelaran Adeyemi|PERSON]] <[[oyelaran@pyfold.example|EMAIL_ADDRESS]]>\n    [[Greta Sørensen|PERSON]] <[[greta.s@pyfold.example|EMAIL_ADDRESS]]>",
        ),
        (
            "en",
            "assert parse_version('2.14.1') < parse_version('2.14.10')\nassert slugify('Hello World!') == 'hello-world'",
        ),
        (
            "en",
            'test_card = "[[4960 3082 4628 1940|CREDIT_CARD]]"  # used in the payment fixture, do not commit real data\nexpected_last4 = "1940"',
        ),
        (
            "en",
            "ssh deploy@[[192.168.14.201|IP_ADDRESS]] 'sudo systemctl restart api'\n# maintainer: [[Kalani Akana|PERSON]]",
        ),
        (
            "en",
            "<!-- contact: [[Bartholomew Nkemelu|PERSON]], [[bart.n@webteam.example|EMAIL_ADDRESS]] -->\n<footer>&copy; 2024 All rights reserved.</footer>",
        ),
        ("en", "docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=changeme postgres:16.2-alpine"),
        (
            "en",
            "import hashlib\ndigest = hashlib.sha256(b'payload').hexdigest()\n# e.g. 239f59ed55e737c77147cf55ad0c1b030b6d7ee748a7426952f9b852d5a935e5",
        ),
        (
            "de",
            "# Ansprechpartner: [[Moritz Kaiser|PERSON]], Tel. [[+49 30 5550 1234|PHONE_NUMBER]]\nMAX_RETRIES = 5\nTIMEOUT_SECONDS = 10",
        ),
    ],
)

# ---------------------------------------------------------------- data (CSV / JSON / logs)
add(
    "data",
    [
        (
            "en",
            "id,name,email,phone\n1041,[[Zanele Mthembu|PERSON]],[[zanele.m@netpost.example|EMAIL_ADDRESS]],[[+27 82 555 0164|PHONE_NUMBER]]\n1042,[[Oscar Lindahl|PERSON]],[[oscar.lindahl@netpost.example|EMAIL_ADDRESS]],[[+46 70 555 01 82|PHONE_NUMBER]]",
        ),
        (
            "en",
            '{"customer": "[[Aaliyah Brooks|PERSON]]", "dob": "[[1992-07-09|DATE_TIME]]", "ssn": "[[663-12-4087|US_SSN]]", "state": "[[Georgia|LOCATION]]"}',
        ),
        (
            "en",
            "2024-05-14T09:21:07Z INFO request_id=7f2c9a1b path=/api/v2/orders status=200 latency_ms=38",
        ),
        (
            "en",
            "2024-05-14T09:21:09Z WARN login failed for [[ngozi.adeyemi@corp.example|EMAIL_ADDRESS]] from [[203.0.113.47|IP_ADDRESS]] (attempt 3/5)",
        ),
        (
            "en",
            "sku,product,price,stock\nTX-100,Champagne flute set,24.99,140\nTX-101,Dijon mustard 200g,3.49,512\nTX-102,Swiss army knife,39.00,77",
        ),
        (
            "en",
            '{"event": "payment.succeeded", "amount": 12900, "currency": "usd", "invoice": "in_1P8Zx2", "created": 1715678400}',
        ),
        (
            "en",
            '[[198.51.100.23|IP_ADDRESS]] - - [14/May/2024:10:02:11 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
        ),
        (
            "en",
            "employee_id|full_name|department|manager\nE-2201|[[Ravi Shankar Pillai|PERSON]]|Finance|[[Meera Kapoor|PERSON]]\nE-2202|[[Tomás Ó Briain|PERSON]]|Legal|[[Meera Kapoor|PERSON]]",
        ),
        (
            "en",
            '{"payer": {"name": "[[Kojo Mensah|PERSON]]", "iban": "[[BE13426462889751|IBAN_CODE]]", "address": "[[Rue Neuve 42, 1000 Bruxelles|LOCATION]]"}, "amount": "75.00"}',
        ),
        (
            "en",
            "Aug 03 11:42:17 gw01 sshd[2281]: Accepted publickey for deploy from [[fe80::1c2b:3aff:fe4d:5e6f|IP_ADDRESS]] port 51122",
        ),
        (
            "en",
            '{"book": {"title": "The Silent River", "isbn": "978-1-4028-9462-6", "pages": 312, "edition": 2}}',
        ),
        (
            "en",
            "card_holder,card_number,exp\n[[Lucy Hargreaves|PERSON]],[[5471276842684651|CREDIT_CARD]],11/26\n[[Joon-ho Park|PERSON]],[[371372159010929|CREDIT_CARD]],04/27",
        ),
        (
            "en",
            "[2024-02-11 08:00:01] cron: backup completed in 412s, 3 files, checksum 5d41402abc4b2a76b9719d911017c592",
        ),
        (
            "de",
            "Kunde;Adresse;Telefon\n[[Erika Maier|PERSON]];[[Goethestraße 12, 80336 München|LOCATION]];[[089 5550 4471|PHONE_NUMBER]]",
        ),
    ],
)

# ---------------------------------------------------------------- more chat / email, tricky names
add(
    "chat",
    [
        (
            "en",
            "Can you write a thank-you note to [[Juan Carlos de la Fuente|PERSON]] for hosting the team dinner in [[Bogotá|LOCATION]]?",
        ),
        (
            "en",
            "I'm meeting Sheikh [[Ahmed bin Rashid Al Mansoori|PERSON]]'s chief of staff tomorrow in [[Abu Dhabi|LOCATION]]; what's the etiquette for the greeting?",
        ),
        (
            "en",
            "[[Will|PERSON]] said he'd bring the projector, and [[Rose|PERSON]] is handling snacks. Can you turn that into a checklist?",
        ),
        (
            "en",
            "Will you mark the grace period on the calendar? Also, the bill for the rose bushes came in at 80.",
        ),
        (
            "en",
            "my coworker [[hope|PERSON]] keeps scheduling meetings at 8am, how do i push back nicely",
        ),
        (
            "en",
            "Explain the difference between [[Turkey|LOCATION]] the country and turkey the bird for my ESL class, with two example sentences each.",
        ),
        (
            "en",
            "Write a LinkedIn recommendation for [[Giulia De Santis|PERSON]], my former manager at [[Vodafone Italia|ORGANIZATION]].",
        ),
        (
            "en",
            "What's a good name for a golden retriever? We were thinking Biscuit, Maple or Captain.",
        ),
        (
            "en",
            "Please list five classic French dishes: coq au vin, bouillabaisse, ratatouille, and two more you'd suggest.",
        ),
        (
            "en",
            "I'm [[Li Na|PERSON]], call me [[Nana|PERSON]]. I'm applying to [[Tsinghua University|ORGANIZATION]] and need a personal statement outline.",
        ),
        (
            "en",
            "Summarise the attached complaint from Mr. and Mrs. [[Oyelowo|PERSON]] in two bullet points for the claims team.",
        ),
        (
            "en",
            "Help me reply to my neighbour [[Ewa|PERSON]] who asked to borrow my ladder again, I want to say yes but set a return date.",
        ),
        ("en", "Write a haiku about autumn rain in [[Sapporo|LOCATION]]."),
        (
            "en",
            "Rewrite this bio in third person: I'm [[Aleksandr Volkov|PERSON]], a violinist trained at the [[Moscow Conservatory|ORGANIZATION]], now teaching in [[Vienna|LOCATION]].",
        ),
        (
            "en",
            "can u help me text [[jess|PERSON]] that im running late, like 10 mins, traffic on the bridge",
        ),
        (
            "en",
            "My IP keeps changing, yesterday it was [[86.14.203.9|IP_ADDRESS]] and today something else. Is that normal for home broadband?",
        ),
        ("en", "Give me a regex that matches dates like 2024-05-14 and times like 09:21:07."),
    ],
)

add(
    "email",
    [
        (
            "en",
            "Hi [[Björk|PERSON]], I've attached the photos from the [[Reykjavík|LOCATION]] shoot. Invoice to follow from [[Norðurljós Media ehf.|ORGANIZATION]].\nCheers, [[Einar Þórsson|PERSON]]",
        ),
        (
            "en",
            "Subject: Your subscription\n\nYour Premium plan renews on 3 July for 9.99/month. To change plans, go to Account > Billing. Questions? Visit the Help Center.",
        ),
        (
            "en",
            "Dear Mr. [[Al-Sayed|PERSON]], please find attached the quotation from [[Gulf Coast Trading|ORGANIZATION]] for 400 units. Our bank details: IBAN [[CH46 4026 1401 4193 1417 0|IBAN_CODE]].",
        ),
        (
            "en",
            "Hey, it's [[Priscilla|PERSON]] - I lost my phone, so use [[priscilla.a.nkrumah@altmail.example|EMAIL_ADDRESS]] or the landline [[(617) 555-0181|PHONE_NUMBER]] for now.",
        ),
        (
            "en",
            "All,\n\nThe Q2 board deck is in the shared folder. Slides 14-19 still need numbers from [[Ramón|PERSON]] in Finance. Please add comments by EOD Thursday.\n\nThanks",
        ),
        (
            "en",
            "Dear colleagues, please join me in congratulating Dr. [[Nomvula Zulu|PERSON]] on her appointment as Head of Research at [[Stellenbosch University|ORGANIZATION]].",
        ),
        (
            "en",
            "Hi [[Szymon|PERSON]], the conference hotel is [[Hotel Bristol|ORGANIZATION]], [[Karowa 7, 00-068 Warszawa|LOCATION]]. I land at 18:40 and will text you from [[+48 601 555 204|PHONE_NUMBER]].",
        ),
    ],
)

# ---------------------------------------------------------------- recipes and product copy (no PII)
add(
    "recipe",
    [
        (
            "en",
            "Brussels sprouts with bacon: halve 500 g sprouts, roast at 200°C for 20 minutes, toss with crispy bacon and a splash of balsamic.",
        ),
        (
            "en",
            "For the Caesar dressing, whisk 1 egg yolk, 2 anchovies, 1 tsp Dijon mustard, lemon juice and 120 ml olive oil. Season with Parmesan and pepper.",
        ),
        (
            "en",
            "Classic Yorkshire pudding: 140 g flour, 4 eggs, 200 ml milk. Rest the batter 30 minutes, pour into smoking-hot fat, bake 20-25 minutes.",
        ),
        (
            "en",
            "Step 3: Add the Bombay mix and a pinch of Cayenne, then fold in the Greek yoghurt. Serves 4. Prep 15 min, cook 0 min.",
        ),
        (
            "en",
            "Swedish meatballs with lingonberry jam and mashed potatoes. Tip: use half pork, half beef, and let the mixture chill before rolling.",
        ),
        (
            "de",
            "Für den Kaiserschmarrn 4 Eier trennen, Eigelb mit 250 ml Milch und 125 g Mehl verrühren, Eischnee unterheben und in Butter ausbacken.",
        ),
        (
            "fr",
            "Pour la quiche lorraine, mélangez 3 œufs, 20 cl de crème et 200 g de lardons. Enfournez 35 minutes à 180 °C.",
        ),
        (
            "es",
            "Para la tortilla española: 5 huevos, 4 patatas, 1 cebolla. Fríe las patatas a fuego lento y cuaja la tortilla por ambos lados.",
        ),
        (
            "it",
            "Spaghetti alla carbonara: guanciale, pecorino romano, tuorli e pepe nero. Niente panna, mi raccomando!",
        ),
        (
            "pt",
            "Pastéis de nata: massa folhada, 500 ml de leite, 6 gemas, açúcar e canela. Forno bem quente, 250 °C, por 12 minutos.",
        ),
    ],
)

add(
    "product",
    [
        (
            "en",
            "Galaxy S24 Ultra, 256 GB, Titanium Black. Unlocked. Includes USB-C cable. Firmware S928BXXU1AXB2.",
        ),
        (
            "en",
            "New in version 10.0.22631.3447: improved Bluetooth LE Audio support and fixes for the Start menu search.",
        ),
        (
            "en",
            "The Jordan 1 Retro High in Chicago colourway restocks Friday at 10:00. Limit one pair per customer.",
        ),
        (
            "en",
            "Compatible with Windows 11, macOS 14 Sonoma and Ubuntu 22.04 LTS. Requires 8 GB RAM and 2 GB free disk space.",
        ),
        ("en", "Model No. HX-4420B | Serial 7C1F-22A9-0B3D | Input 100-240V ~ 50/60Hz | CE marked"),
        (
            "en",
            "Price drop! Nespresso Vertuo Next, was 179.99, now 119.99. Free shipping on orders over 50.",
        ),
        (
            "en",
            "Set includes: 1 Dutch oven (5.5 qt), 1 French press, 2 Mason jars and a Japanese chef's knife.",
        ),
        (
            "en",
            "Release 3.11.4 (build 2024.05.14-rc2): fixed memory leak in the PDF exporter; bumped OpenSSL to 3.0.13.",
        ),
        (
            "en",
            "ISBN 978-0-306-40615-7, paperback, 412 pages, 2nd edition. Ships in 3-5 business days.",
        ),
        (
            "en",
            "Tracking 9400 1000 0000 0000 0000 00 is a placeholder shown in the demo store; real labels are generated at checkout.",
        ),
    ],
)

# ---------------------------------------------------------------- misc no-PII texts
add(
    "misc",
    [
        (
            "en",
            "Meeting moved to Friday 14:00 in Room Atlas. Agenda: roadmap, hiring plan, Q&A. Dial-in details in the invite.",
        ),
        (
            "en",
            "The planning committee of [[Harlow District Council|ORGANIZATION]] approved the budget 7 to 2. Implementation begins next quarter, pending final sign-off.",
        ),
        (
            "en",
            "Summer Sale - up to 40% off Outdoor, Garden and Home. Ends Sunday midnight. Exclusions apply.",
        ),
        (
            "en",
            "Happy Thanksgiving from all of us! The office reopens Monday. Enjoy the long weekend.",
        ),
        (
            "en",
            "Total: 1,284.50 (incl. 20% VAT 214.08). Payment terms: 30 days net. Invoice no. 2024-0457.",
        ),
        (
            "en",
            "Can you see city lights from the space station? Yes, clearly at night - here's what astronauts actually photograph.",
        ),
        (
            "en",
            "Board game night: we played Catan, Ticket to Ride and Pandemic. Bring snacks next time!",
        ),
        (
            "en",
            "Your verification code is 482913. It expires in 10 minutes. Never share this code with anyone.",
        ),
        (
            "de",
            "Die Sitzung wird auf Donnerstag verschoben. Bitte bis Mittwoch die Unterlagen zur Haushaltsplanung prüfen.",
        ),
        (
            "pt",
            "Atenção: a reunião de condomínio foi adiada para a próxima semana. A pauta continua a mesma.",
        ),
    ],
)

# ---------------------------------------------------------------- longer mixed texts
add(
    "email",
    [
        (
            "en",
            "Hi [[Nadia|PERSON]],\n\nFollowing up on yesterday's call with [[Ferreira Logistics|ORGANIZATION]]. [[Paulo Ferreira|PERSON]] confirmed they can collect from our warehouse at [[Unit 9, Riverside Industrial Estate, Cardiff CF10 4LL|LOCATION]] every Tuesday. Their dispatcher is [[Gwen Pritchard|PERSON]] ([[gwen.p@ferreiralog.example|EMAIL_ADDRESS]], [[029 2018 0456|PHONE_NUMBER]]). Invoices go to their [[NatWest|ORGANIZATION]] account [[GB50 NWBK 6134 1252 4273 16|IBAN_CODE]]. Could you set them up as a supplier and copy [[Owen|PERSON]] in accounts?\n\nThanks,\n[[Rhys Llewellyn|PERSON]]",
        ),
        (
            "de",
            "Hallo [[Jana|PERSON]],\n\nkurze Zusammenfassung vom Termin mit der [[Stadtwerke Münster GmbH|ORGANIZATION]]: Herr [[Albrecht|PERSON]] schickt uns bis Freitag das Angebot. Die Rechnung soll an unsere Adresse [[Am Hafen 21, 48155 Münster|LOCATION]] gehen, Zahlung auf [[DE16 0841 4852 5388 8539 33|IBAN_CODE]]. Rückfragen bitte an [[s.albrecht@stadtwerke-ms.example|EMAIL_ADDRESS]].\n\nViele Grüße\n[[Niklas|PERSON]]",
        ),
    ],
)

add(
    "support",
    [
        (
            "en",
            "Ticket #88213 - Customer [[Oyinkansola Bakare|PERSON]] reports that her account was locked after logins from [[185.220.101.44|IP_ADDRESS]] and [[2a02:c7f:8e12:4400::1b|IP_ADDRESS]], neither of which she recognises. She is in [[Abuja|LOCATION]] and uses a single laptop. Contact: [[oyin.bakare@mailhub.example|EMAIL_ADDRESS]], [[+234 803 555 0147|PHONE_NUMBER]]. Action: password reset forced, 2FA enabled, escalated to [[Trust & Safety|ORGANIZATION]] for review.",
        ),
        (
            "en",
            "Customer: hey, does the 65W charger work with the older model?\nAgent: Yes, it's backward compatible with all USB-C models from 2019 onward.\nCustomer: great, ordering now",
        ),
    ],
)

# ---------------------------------------------------------------- extra rows, rarer labels
add(
    "bank",
    [
        (
            "en",
            "Hi, I'm [[Yerlan Abenov|PERSON]]. Please charge the annual fee to my Visa [[4821-9935-1819-0934|CREDIT_CARD]] instead of the Mastercard.",
        ),
        (
            "en",
            "Chargeback request: cardholder [[Ngaio Parata|PERSON]], card [[5563 2122 3307 9242|CREDIT_CARD]], merchant claims the goods were delivered to [[16 Kauri Street, Whangārei 0110|LOCATION]].",
        ),
        (
            "pl",
            "Proszę o przelew na konto [[PL93 8838 7371 6786 8433 5326 5020|IBAN_CODE]], odbiorca: [[Katarzyna Lewandowska|PERSON]].",
        ),
        (
            "de",
            "Bitte die Miete ab Juni auf das Konto [[AT39 5864 9208 3124 0234|IBAN_CODE]] von [[Florian Gruber|PERSON]] in [[Linz|LOCATION]] überweisen.",
        ),
    ],
)

add(
    "support",
    [
        (
            "en",
            "Customer: my amex is [[3707 866661 76033|CREDIT_CARD]] and the booking still says unpaid\nAgent: Thanks [[Ruth|PERSON]], I'll remove the number from this chat and check the payment log.",
        ),
        (
            "en",
            "Agent: I see logins from [[2001:db8:4f1e::27|IP_ADDRESS]] and [[172.16.8.45|IP_ADDRESS]] today. Are both yours?\nCustomer: the second one is my work VPN, the first I don't know.",
        ),
        (
            "fr",
            "Client : Je m'appelle [[Théo Garnier-Lemaire|PERSON]], né le [[28/02/1998|DATE_TIME]], et je veux changer mon RIB pour [[FR68 5379 9075 1163 7265 1676 122|IBAN_CODE]].",
        ),
        (
            "nl",
            "Klant: mijn nieuwe rekening is [[NL35 RABO 3726 1675 13|IBAN_CODE]] en mijn telefoonnummer [[06 1234 5678|PHONE_NUMBER]].\nMedewerker: Dank u, mevrouw [[Jansen|PERSON]], ik pas het aan.",
        ),
    ],
)

add(
    "hr",
    [
        (
            "en",
            "W-4 on file for [[Dwayne Carter-Hughes|PERSON]]: SSN [[287-09-6613|US_SSN]], born [[August 19, 1990|DATE_TIME]], home address [[518 Birchwood Avenue, Columbus, OH 43215|LOCATION]].",
        ),
        (
            "en",
            "Background check vendor [[Verity Screening Inc.|ORGANIZATION]] needs [[Gulnara Iskakova|PERSON]]'s DOB ([[1988-03-27|DATE_TIME]]) and a phone number: [[+7 701 555 0142|PHONE_NUMBER]].",
        ),
        (
            "it",
            "La candidata [[Valentina Colombo|PERSON]], nata il [[15/10/1995|DATE_TIME]] a [[Bergamo|LOCATION]], ha lavorato presso [[Brembo|ORGANIZATION]].",
        ),
    ],
)

add(
    "social",
    [
        (
            "en",
            "yo [[@tunde.wav|PERSON]] u still coming to the gig in [[Brixton|LOCATION]]? text me [[07700 900654|PHONE_NUMBER]]",
        ),
        (
            "en",
            "my grandpa [[Haruto|PERSON]] was born [[3 January 1940|DATE_TIME]] and still beats everyone at shogi. happy 85th 🎉",
        ),
        (
            "es",
            "Se busca perrito perdido en [[Valencia|LOCATION]]. Si lo veis llamad a [[Nuria|PERSON]] al [[611 22 33 44|PHONE_NUMBER]].",
        ),
    ],
)

add(
    "data",
    [
        (
            "en",
            '{"ts": "2024-07-02T11:03:55Z", "user": "[[selin.aydin@corpmail.example|EMAIL_ADDRESS]]", "src_ip": "[[100.64.12.9|IP_ADDRESS]]", "action": "export", "rows": 1200}',
        ),
        (
            "en",
            "first_name,last_name,dob,ssn\n[[Marisa|PERSON]],[[Quintero|PERSON]],[[04/11/1976|DATE_TIME]],[[455-31-9027|US_SSN]]",
        ),
        (
            "pt",
            "nome;telefone;cidade\n[[Gabriel Rocha|PERSON]];[[+55 21 99876-5432|PHONE_NUMBER]];[[Niterói|LOCATION]]\n[[Larissa Teixeira|PERSON]];[[+55 31 98765-1234|PHONE_NUMBER]];[[Belo Horizonte|LOCATION]]",
        ),
    ],
)

add(
    "travel",
    [
        (
            "en",
            "Booking ref QX7P2L. Lead passenger [[Oluwadamilare Adeniyi|PERSON]], DOB [[09 Dec 1983|DATE_TIME]], mobile [[+234 816 555 0193|PHONE_NUMBER]]. Paid with Visa [[4786 5797 5432 3199|CREDIT_CARD]].",
        ),
        (
            "en",
            "Hi [[Astrid|PERSON]], the ferry from [[Helsinki|LOCATION]] to [[Tallinn|LOCATION]] leaves at 07:30. I've put the tickets in your name and mine ([[Mikko Lahtinen|PERSON]]).",
        ),
        (
            "pt",
            "Reserva em nome de [[Ana Paula dos Santos|PERSON]], voo de [[Recife|LOCATION]] para [[Lisboa|LOCATION]], contato [[ana.santos@correio.example|EMAIL_ADDRESS]].",
        ),
    ],
)


# ---------------------------------------------------------------- build
MARKER = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)\]\]")
TITLES = re.compile(
    r"^(Mr|Mrs|Ms|Miss|Dr|Dra|Prof|Professor|Sr|Sra|Herr|Herrn|Frau|M|Mme|Madame|Maître|Sheikh|Constable)\.?\s"
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
ISSUER_PREFIXES = ("4", "51", "52", "53", "54", "55", "34", "37")


def luhn_valid(number: str) -> bool:
    """Return True when the digits of ``number`` pass the Luhn checksum."""
    digits = [int(ch) for ch in number if ch.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_valid(iban: str) -> bool:
    """Return True when ``iban`` has a valid ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


def ssn_valid(ssn: str) -> bool:
    """Return True for an SSN-shaped string with a possible area, group and serial."""
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", ssn)
    if m is None:
        return False
    area, group, serial = m.groups()
    return (
        area not in {"000", "666"}
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


def check_value(label: str, surface: str, where: str) -> None:
    """Assert that a checksummed or structured value is well formed."""
    if label == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", surface)
        assert digits.isdigit(), f"{where}: non-digit card {surface!r}"
        assert 13 <= len(digits) <= 19, f"{where}: card length {surface!r}"
        assert digits.startswith(ISSUER_PREFIXES), f"{where}: issuer prefix {surface!r}"
        assert luhn_valid(digits), f"{where}: Luhn fails for {surface!r}"
    elif label == "IBAN_CODE":
        assert iban_valid(surface), f"{where}: mod-97 fails for {surface!r}"
    elif label == "US_SSN":
        assert ssn_valid(surface), f"{where}: invalid SSN {surface!r}"
    elif label == "IP_ADDRESS":
        ipaddress.ip_address(surface)
    elif label == "EMAIL_ADDRESS":
        assert EMAIL_RE.fullmatch(surface), f"{where}: bad email {surface!r}"
    elif label == "PERSON":
        assert not TITLES.match(surface), f"{where}: title inside PERSON {surface!r}"


def parse(marked: str, where: str) -> tuple[str, list[dict[str, int | str]]]:
    """Strip ``[[surface|LABEL]]`` markers; return clean text and spans."""
    parts: list[str] = []
    spans: list[dict[str, int | str]] = []
    surfaces: list[str] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        surface, label = m.group(1), m.group(2)
        assert label in LABELS, f"{where}: unknown label {label}"
        assert surface, f"{where}: empty span"
        assert surface == surface.strip(), f"{where}: untrimmed span {surface!r}"
        check_value(label, surface, where)
        spans.append({"start": length, "end": length + len(surface), "label": label})
        surfaces.append(surface)
        parts.append(surface)
        length += len(surface)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    assert "[[" not in text, f"{where}: stray marker"
    assert "]]" not in text, f"{where}: stray marker"
    for span, surface in zip(spans, surfaces, strict=True):
        start, end = int(span["start"]), int(span["end"])
        assert text[start:end] == surface, f"{where}: offset mismatch for {surface!r}"
    return text, spans


def covered(spans: list[dict[str, int | str]], start: int, end: int) -> bool:
    """Return True when ``[start, end)`` lies inside one of ``spans``."""
    return any(int(s["start"]) <= start and end <= int(s["end"]) for s in spans)


def consistency(text: str, spans: list[dict[str, int | str]], where: str) -> None:
    """Catch unlabelled repeats of labelled strings, e-mails and IPv4 literals."""
    for span in spans:
        surface = text[int(span["start"]) : int(span["end"])]
        if len(surface) < 3:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            assert covered(spans, m.start(), m.end()), f"{where}: unlabelled repeat {surface!r}"
    for m in EMAIL_RE.finditer(text):
        assert covered(spans, m.start(), m.end()), f"{where}: unlabelled email {m.group()!r}"
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        assert covered(spans, m.start(), m.end()), f"{where}: unlabelled IPv4 {m.group()!r}"
    ordered = sorted(spans, key=lambda s: int(s["start"]))
    for a, b in itertools.pairwise(ordered):
        assert int(a["end"]) <= int(b["start"]), f"{where}: overlapping spans"


def build() -> tuple[list[dict[str, object]], Counter[str]]:
    """Turn ENTRIES into output rows; also count languages."""
    rows: list[dict[str, object]] = []
    per_setting: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    seen_texts: set[str] = set()
    for setting, lang, marked in ENTRIES:
        per_setting[setting] += 1
        row_id = f"{setting}-{per_setting[setting]:03d}"
        text, spans = parse(marked, row_id)
        consistency(text, spans, row_id)
        assert text not in seen_texts, f"{row_id}: duplicate text"
        seen_texts.add(text)
        langs[lang] += 1
        rows.append({"id": row_id, "text": text, "spans": spans, "setting": setting})
    return rows, langs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().with_name("probe_sealed.jsonl"),
        help="output JSONL path (default: probe_sealed.jsonl next to this script)",
    )
    args = parser.parse_args()
    rows, langs = build()
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    labels: Counter[str] = Counter()
    settings: Counter[str] = Counter()
    empty = 0
    for row in rows:
        spans = row["spans"]
        assert isinstance(spans, list)
        labels.update(str(s["label"]) for s in spans)
        settings[str(row["setting"])] += 1
        empty += not spans
    print(f"wrote {len(rows)} rows to {args.out} ({empty} without PII)")
    print("spans:", dict(labels.most_common()), "total", sum(labels.values()))
    print("settings:", dict(settings.most_common()))
    print("languages:", dict(langs.most_common()))


if __name__ == "__main__":
    main()
