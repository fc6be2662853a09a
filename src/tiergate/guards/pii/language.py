# ruff: noqa: RUF001, RUF002  (Turkish function words and examples: dotless i on purpose)
"""Which language a text is written in, roughly enough to know that it is not English.

The name tagger learnt from English tweets, where a capital letter or a word it has never seen
is good evidence of a name. In other Latin-script languages neither holds: every sentence
starts with a capital ("Domani andiamo al mare"), German capitalises every noun, and the
ordinary words are all unseen, so "Evde kek nasıl yapılır?" came out with a PERSON. The tagger
uses this to ask for more evidence there (``tagger.Tagger.find``).

Function words and the letters a language alone uses, counted per word; no model, so it costs
a few microseconds. Short or mixed texts come out as English (or unknown), which keeps the
tagger's English behaviour: the rules only tighten where the text is plainly something else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

ENGLISH = "en"

_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": """the a an and or but is are was were be been i you he she we they it its this that
            these those my your his her our their to of in on for with at by from not no do does
            did can could will would should have has had how what why when where who which
            please me him them there here if so just about""",
        "de": """ich du er sie wir ihr und oder aber nicht ist sind ein eine einen einem einer der
            das den dem des mit von zu für auf aus bei nach wie wer wo warum bitte kannst können
            mir mich dich dir sich auch noch schon sehr habe haben wird werden über unter ohne
            durch gegen dass weil wenn kein keine meine mein dein deine unser euch heute morgen
            gestern im am zum zur vom die ihre ihren ihrem ihrer ihnen unsere bis hallo servus
            danke""",
        "fr": """le la les un une des du et est sont je tu il elle nous vous ils elles pour dans
            sur avec pas ne que qui ce cette ces mon ma mes ton ta tes son sa ses leur au aux
            comment pourquoi où quand très aussi mais ou donc chez être avoir fait peux bonjour
            bonsoir salut merci""",
        "es": """el la los las un una unos unas y es son yo tú él ella nosotros ustedes para por
            en con sin no que qué cómo cuándo dónde por qué mi mis tu tus su sus del al muy
            también pero está están hay puedo puedes quiero necesito mañana hoy ayer hola
            gracias""",
        "it": """il lo la gli le un una uno e è sono io tu lui lei noi voi loro per con su non che
            come perché dove quando mio mia miei tuo tua suo sua del della dei delle al alla
            allo nel nella molto anche ma sempre domani oggi ieri voglio posso ciao salve
            buongiorno buonasera grazie scusi""",
        "pt": """o a os as um uma e é são eu você ele ela nós eles elas para com em no na nos nas
            não que como porque onde quando meu minha seu sua do da dos das ao muito também
            mas está estão tem posso quero preciso amanhã hoje ontem fui vou olá oi
            obrigado obrigada""",
        "nl": """de het een en is zijn ik jij je hij zij wij we jullie voor met op in aan niet
            dat die wat hoe waarom waar wanneer mijn jouw zijn haar ons van naar ook maar heel
            kan kun wil moet morgen vandaag gisteren graag hallo hoi goedemorgen""",
        "pl": """i w na z do że nie jest są ja ty on ona my wy oni się to jak co dlaczego gdzie
            kiedy mój moja mi mnie dla przez od po ale czy bardzo też jutro dzisiaj wczoraj
            proszę możesz mogę chcę jaki jaka jakie jaką cześć dzień dobry dziękuję""",
        "sv": """och i på är att det en ett jag du han hon vi ni de inte med för till av om
            som men eller min mitt mina din hur vad varför var när kan vill också mycket
            idag imorgon igår hej tack""",
        "tr": """ve bir bu şu o ben sen biz siz onlar için ile gibi ama çok daha ne nasıl neden
            nerede mi mı mu mü değil var yok bana sana beni seni benim senin lütfen yarın
            bugün dün evet hayır merhaba selam""",
        "id": """dan yang di ke dari untuk dengan ini itu tidak saya aku kamu dia kami kita
            mereka apa bagaimana kenapa mengapa dimana kapan bisa ada akan sudah belum juga
            sangat tolong besok hari cara mohon buat minta sebelumnya aduh senin selasa rabu
            kamis jumat sabtu minggu pagi siang sore malam""",
        "vi": """và là của có không tôi bạn anh chị em với cho trong một những các được này đó
            như thế nào gì tại sao ở đi mình tụi xin chào ơi nhé ạ""",
        # Hindi and Urdu as people type them in Latin letters ("mujhe kal office jaana hai").
        # ("the", "mere" and "hum" would also be Hindi, but they are English words.)
        "hi": """mujhe mujhko mera meri tum tumhe tumhara aap aapka aapko humko hai hain
            tha thi kya kyu kyun kyon nahi nahin haan kal aaj abhi bhi ka ki ke ko se mein
            yeh woh kaise kaisa kab kahan accha acha theek bahut karna karo chahiye raha rahi
            rahe gaya gayi yaar bhai""",
        "tl": """ang ng mga sa ako ikaw siya kami tayo sila ito iyan hindi oo po ba naman lang
            kasi pero para wala kung paano bakit saan kailan ano gusto bukas ngayon salamat""",
        "sw": """na wa kwa ni za cha vya mimi wewe yeye sisi nyinyi wao hii hiyo sana lakini
            au kama nini vipi wapi lini leo kesho jana tafadhali asante ndiyo hapana usiku
            mwezi ujao tena""",
        "ms": """saya awak kau dia kami kita mereka nak tak boleh dengan untuk yang ini itu apa
            macam mana kenapa bila esok semalam hari pun lah kat sikit tolong""",
        "jv": """aku kowe ora iki kuwi karo wis arep neng lan opo piye ngapa endi kapan sesuk
            wingi dina saiki tulung matur nuwun""",
        # Session 28: languages whose everyday chat came out with greetings, question words and
        # request verbs as PERSONs ("Здравствуйте", "Καλημέρα", "Jaké", "Bună ziua") because
        # nothing marked the text as foreign, so the tagger's stricter rules never ran. No
        # one-letter words and none that English also uses ("a", "s", "to", "on", "no"): tweets
        # are full of them, and "Trump's a stud" was read as Czech.
        "cs": """ve na se že ne je jsou já ty ona vy oni jak co proč
            kde kdy kdo jaký jaká jaké jakou máte mám můžete můžu chci prosím děkuji ahoj
            dobrý den dnes zítra včera taky ale nebo""",
        "ro": """și în la cu de pe nu este sunt eu tu el ea noi voi ei ele ce cum unde când
            cine care pentru din mai foarte dar sau vă mă îmi ați poți puteți vreau
            bună salut mulțumesc azi mâine ieri""",
        "ca": """el la els les un una és són jo tu ell ella nosaltres vosaltres per amb en
            que què com quan qui quins quines meu meva també però molt puc vull
            bon dia gràcies avui demà ahir""",
        "ru": """и в во не на с со что это как я ты он она мы вы они мне меня тебе у к по
            за из для о от но или да нет где когда почему кто какой какая какие можно
            пожалуйста спасибо привет здравствуйте подскажите скажите расскажи объясни
            переведи повтори напиши покажи помоги забудь позвоните передайте напомните
            отправьте пришлите проверьте сегодня завтра вчера""",
        "uk": """і й в у не на з із що це як я ти він вона ми ви вони мені мене тобі до по
            за для від але або так ні де коли чому хто який яка які можна будь ласка
            дякую привіт вітаю підкажіть скажіть розкажи поясни перекладіть переклади
            повтори напиши покажи допоможи онови зателефонуйте передайте нагадайте
            надішліть перевірте сьогодні завтра вчора""",
        "el": """και να το τα της του των η ο οι είναι δεν με σε για από που πώς τι ποιος
            ποια ποιο γιατί πότε εγώ εσύ αυτός αυτή εμείς εσείς μου σου μας θέλω μπορώ
            μπορείτε παρακαλώ ευχαριστώ γεια καλημέρα καλησπέρα σήμερα αύριο χθες""",
    }.items()
}
# Letters that, in Latin script, mark a language other than English (a word counts once).
_LETTERS: dict[str, str] = {
    "de": "äöüß",
    "fr": "àâçéèêëîïôûùœ",
    "es": "ñáéíóú¿¡",
    "it": "àèéìòù",
    "pt": "ãõçáâêéíóôú",
    "nl": "ëï",
    "pl": "ąćęłńóśźż",
    "sv": "åäö",
    "tr": "çğıİşöü\u0307",
    "id": "",
    "vi": "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
    "hi": "",
    "tl": "",
    "sw": "",
    "ms": "",
    "jv": "",
    "cs": "ěščřžůý",
    "ro": "ăâîșțşţ",
    "ca": "àèéíïòóúüç",
    "ru": "ыэъё",
    "uk": "іїєґ",
    # Every Greek letter marks Greek.
    "el": "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
}
MIN_HITS = 2
MIN_SHARE = 0.25


def _invert(table: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """item -> the languages whose entry holds it (a word, or a letter of a string)."""
    out: dict[str, set[str]] = {}
    for lang, items in table.items():
        for item in items:
            out.setdefault(item, set()).add(lang)
    return {item: frozenset(langs) for item, langs in out.items()}


# Inverted once, so a text costs one dictionary lookup per word and per letter.
_LANGS_OF_WORD = _invert(_WORDS)
_LANGS_OF_LETTER = _invert(_LETTERS)


def detect(words: Sequence[str]) -> str:
    """The language of the alphabetic ``words`` ("en", a code from ``_WORDS``), or "" when
    nothing stands out. Not English needs at least two marked words, a quarter of all words,
    and more marked words than English has function words."""
    lowered = [w.lower() for w in words if w[:1].isalpha()]
    if not lowered:
        return ""
    # Sorted: a frozenset iterates in hash order, which changes per process, and Counter breaks
    # ties by first insertion, so "Jaké ..." (Czech and Portuguese tie) came out either way.
    counts = Counter(lang for w in lowered for lang in sorted(_languages(w)))
    english = counts.pop(ENGLISH, 0)
    if not counts:
        return ENGLISH if english else ""
    lang, best = counts.most_common(1)[0]
    if best >= MIN_HITS and best >= MIN_SHARE * len(lowered) and best > english:
        return lang
    return ENGLISH if english else ""


# Words that put a German noun after them. German capitalises every noun, and the tagger read
# "Können Sie Ihre Rechnung prüfen?" as the PERSON "Ihre Rechnung"; a name after a possessive
# is rare in writing ("meine Tochter Anna": the name follows a noun). Articles are left out:
# "die Anna", "der Müller" are how southern German speaks of people.
_NOUN_MARKERS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "de": """mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
            sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere
            unseren unserem unserer unseres euer eure euren eurem eurer eures""",
    }.items()
}


# Languages in scripts the name lists do not cover: the tagger's stricter rules for foreign
# text trust a name the lists know, and the lists are Latin-script, so there they dropped every
# name ("Меня зовут Александр Петров"). Their function words still trim and drop names.
NON_LATIN = frozenset(("ru", "uk", "el"))


def noun_marker(word: str, lang: str) -> bool:
    """``word`` puts a noun after it in ``lang`` (German possessives: "Ihre", "unser")."""
    return word.lower() in _NOUN_MARKERS.get(lang, frozenset())


def function_word(word: str, lang: str) -> bool:
    """``word`` is one of ``lang``'s function words: "Leo" (today) in Swahili, "Mera" (my) in
    Hindi, which the name lists also hold as first names."""
    return word.lower() in _WORDS.get(lang, frozenset())


def _languages(word: str) -> frozenset[str]:
    """The languages ``word`` marks: as a function word, or by a letter only they use."""
    langs = _LANGS_OF_WORD.get(word, frozenset())
    if not word.isascii():
        for c in word:
            langs |= _LANGS_OF_LETTER.get(c, frozenset())
    return langs
