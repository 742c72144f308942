"""The words that introduce reported speech, per language.

Each ``Lexicon`` holds compiled patterns (built once per process and cached by
``lexicon(language)``) and small word sets used when walking from a cue to its
speaker. Patterns are matched on text whose quotations are masked, so a verb
inside a quotation never counts as a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Lexicon:
    language: str
    # Verbs (and verb phrases) of saying and thinking, as finite forms.
    verbs: re.Pattern
    # Participles that continue the same speaker's words: "…, adding that …".
    participles: re.Pattern | None
    # "according to X", "за даними X": the source follows the phrase.
    according_prefix: re.Pattern | None
    # "X zufolge": the source precedes the phrase.
    according_suffix: re.Pattern | None
    # "CNN, citing a White House official, reported …": the cited source follows.
    citing: re.Pattern | None
    # Words that open the content clause: "that", "dass", "що".
    complementizers: frozenset[str]
    # Lowercase words that end a speaker noun phrase when walking away from the cue.
    boundaries: frozenset[str]
    # Lowercase words allowed between the speaker and the cue ("also", "has").
    between: frozenset[str]
    # Parenthetical words between commas that do not name anyone ("in turn").
    parentheticals: frozenset[str]
    # Personal pronouns -> the entity type they refer to.
    pronouns: dict[str, str]
    # Heads of anonymous speakers ("official", "source", "джерела").
    anonymous: frozenset[str]
    # Indefinite openers of anonymous speakers ("a", "an", "one of").
    indefinites: frozenset[str]
    # Nouns of saying or thinking with a "that" clause: "Trump's claim that …", "the belief that …".
    nouns: re.Pattern | None = None
    # Any past-tense verb with a "that" clause reports a thought or a statement ("Clinton learned that"):
    # the pattern finds the "that"; the cue is the word before it.
    past_before_that: re.Pattern | None = None
    # Verb forms marking reported speech without a cue (German Konjunktiv I).
    reported_mood: re.Pattern | None = None
    # Inverted word order puts the speaker after the cue at clause start (German V2).
    inversion_after_adverbial: bool = False
    # Prepositions that put an institution in the speaker's place ("зазначили в МЗС", "говорится в заявлении").
    place_prepositions: frozenset[str] = frozenset()
    # Sentence-initial pronouns that stand for the sentence before ("Das erklärte der Minister").
    anaphors: frozenset[str] = frozenset()
    # False for languages read by their quotation marks alone.
    known: bool = True


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _trie(forms: str) -> str:
    """One regex for many words, factored by shared prefixes: Python's re tries a flat
    alternation one branch at a time, which made cue search the slowest step."""
    root: dict = {}
    for word in set(forms.split()):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# Base forms that are more often nouns ("state", "report", "call") are left out.
_EN_VERBS = """
say says said tells told adds added stated claimed argue argues argued insist insists insisted noted warns
warned explain explains explained writes wrote reported announces announced confirms confirmed deny denies
denied suggests suggested believe believes believed think thinks thought describes described asks asked
acknowledges acknowledged admit admits admitted predicts predicted promised vowed declares declared asserts
asserted contends contended maintains maintained stresses stressed emphasizes emphasized emphasised recalled
tweeted replied responded answered testified concedes conceded complained accuses accused alleges alleged
estimated hoped fears feared knew worried agreed disagreed boasted joked quipped recounted revealed indicates
indicated signaled signalled urges urged demanded blamed criticizes criticized criticised praised mocked
dismissed reiterated observed concluded called continued endorsed endorses backed supports supported opposes
opposed defended defends proposed proposes questioned cited wants wanted declined refused mentioned remarked
commented retorted countered confided disclosed cautioned lamented protested objected reaffirmed repeated
wondered wonders speculated hinted implied underscored highlighted affirmed assured swore threatened bragged
touted hailed lauded applauded welcomed condemned denounced slammed blasted attacked lambasted chided scolded
rebuked derided ridiculed rejected disputed challenged rebutted downplayed recommended advocated favored
favors preferred prefers hopes wished sought seeks intends felt feels knows realized recognized understood
assumed imagined considers regards regarded sees learned discovered ruled reasoned proclaimed characterized
portrayed labeled branded dubbed thanked credited teased shouted yelled chanted clarified forecast doubts
doubted expressed suggest notes seemed appeared appears seems hoping vowing found finds showed shows
"""
_EN_MULTI = (
    r"point(?:s|ed)?\s+(?:out|to)|made\s+clear|makes\s+clear|went\s+on|goes\s+on|call(?:s|ed)\s+(?:for|on)|"
    r"refer(?:s|red)\s+to|spoke\s+(?:about|of)|talk(?:s|ed)\s+about|polls?\s+show|show(?=\s+that\b)"
)

_UK_VERBS = r"""
(?:за|по|роз|с)?каза(?:в|ла|ло|ли|ти) заяви(?:в|ла|ло|ли|ть|ти) заявля(?:є|ють|в|ла|ли)
повідоми(?:в|ла|ло|ли|ть) повідомля(?:є|ють|в|ла|ли) інформу(?:є|ють|вав|вала) зазначи(?:в|ла|ло|ли)
зазнача(?:є|ють|в|ла|ли) наголоси(?:в|ла|ло|ли) наголошу(?:є|ють|вав|вала) підкресли(?:в|ла|ло|ли)
підкреслю(?:є|ють|вав|вала) дода(?:в|ла|ло|ли) додає поясни(?:в|ла|ло|ли) поясню(?:є|ють)
розпові(?:в|ла|ло|ли) розповіда(?:є|ють|в|ла) вважа(?:є|ють|в|ла|ли) стверджу(?:є|ють|вав|вала|вали)
запевни(?:в|ла|ли) запевня(?:є|ють) визна(?:в|ла|ли) відзначи(?:в|ла|ли) нагада(?:в|ла|ли) попереди(?:в|ла|ли)
охарактеризува(?:в|ла|ло|ли) назва(?:в|ла|ло|ли) пиш(?:е|уть) написа(?:в|ла|ло|ли) підтверди(?:в|ла|ло|ли)
запереч(?:ив|ила|или|ує|ують) висловив висловила відповів відповіла прокоментува(?:в|ла|ли) звинува(?:тив|тила|тили|чує)
йдеться ідеться говориться
"""
_RU_VERBS = r"""
(?:с|рас|под|до)?сказа(?:л|ла|ло|ли|ть) заяви(?:л|ла|ло|ли|ть) заявля(?:ет|ют|л|ла|ли)
сообщи(?:л|ла|ло|ли|ть) сообща(?:ет|ют|л|ла|ли) информиру(?:ет|ют) отмети(?:л|ла|ло|ли)
отмеча(?:ет|ют|л|ла|ли) подчеркну(?:л|ла|ло|ли) подчеркива(?:ет|ют|л|ла) добави(?:л|ла|ло|ли) добавля(?:ет|ют)
поясни(?:л|ла|ло|ли) поясня(?:ет|ют) рассказа(?:л|ла|ло|ли) рассказыва(?:ет|ют|л|ла) счита(?:ет|ют|л|ла|ли)
утвержда(?:ет|ют|л|ла|ли) завери(?:л|ла|ли) призна(?:л|ла|ли) напомни(?:л|ла|ли) предупреди(?:л|ла|ли)
охарактеризова(?:л|ла|ло|ли) назва(?:л|ла|ло|ли) пиш(?:ет|ут) написа(?:л|ла|ло|ли) подтверди(?:л|ла|ло|ли)
отрица(?:ет|ют|л|ла) опроверг(?:|ла|ли) ответи(?:л|ла|ли) прокомментирова(?:л|ла|ли) обвини(?:л|ла|ли)
говорится
"""
_DE_VERBS = r"""
sag(?:t|te|ten|en) erklär(?:t|te|ten|en) betont(?:e|en)? beton(?:en) meint(?:e|en)? mein(?:en)
bericht(?:et|ete|eten|en) warnt(?:e|en)? forder(?:t|te|ten|n) kritisier(?:t|te|ten|en) bestätig(?:t|te|ten|en)
behaupt(?:et|ete|eten|en) versicher(?:t|te|ten|n) erklärte verkünde(?:t|te|ten|n) bekräftig(?:t|te|ten|en)
glaub(?:t|te|ten|en) hofft(?:e|en)? hoff(?:en) befürchte(?:t|te|ten|n) schätz(?:t|te|ten|en) vermute(?:t|te|ten|n)
argumentier(?:t|te|ten|en) unterstrich(?:en)? unterstreich(?:t|en) bezeichne(?:t|te|ten|n) nann(?:te|ten)
schrieb(?:en)? schreib(?:t|en) antwortet(?:e|en)? kommentier(?:t|te|ten|en) äußer(?:t|te|ten|n)(?:\s+sich)?
zitier(?:t|te|ten|en) verwies(?:en)? verweis(?:t|en) räum(?:t|te|ten|en)\s+ein gab(?:en)?\s+an gib(?:t)?\s+an
teil(?:t|te|ten|en)\s+mit kündig(?:t|te|ten|en)\s+an füg(?:t|te|ten|en)\s+hinzu wies(?:en)?\s+darauf\s+hin
ist\s+überzeugt war\s+überzeugt zeig(?:t|te|ten)\s+sich\s+überzeugt
mitteil(?:t|te|ten|en) angab(?:en)? angibt ankündig(?:t|te|ten|en) hinzufüg(?:t|te|ten|en) einräum(?:t|te|ten|en)
gesagt mitgeteilt angekündigt bestätigt geschrieben gewarnt gefordert angegeben bekanntgegeben versichert erläutert
empfahl(?:en)? empfiehlt bezweifel(?:t|te|ten|n) zweifel(?:t|te|ten|n) erwarte(?:t|te|ten|n) ergänz(?:t|te|ten|en)
erläuter(?:t|te|ten|n) frag(?:t|te|ten|en) rief(?:en)? lob(?:t|te|ten|en) verurteil(?:t|te|ten|en) begründe(?:t|te|ten|n)
sprach(?:en)?\s+von heißt\s+es hieß\s+es bezeichne(?:t|te|ten|n) appellier(?:t|te|ten|en) mahn(?:t|te|ten|en)
(?:ist|sind|war|waren)\s+der\s+(?:Meinung|Ansicht|Auffassung|Überzeugung) (?:geht|gehen|ging|gingen)\s+davon\s+aus
(?:hält|halten|hielt|hielten)\s+es\s+für\s+\w+ eingeräumt zuversichtlich besorgt meldete(?:n)? meldet(?:en)?
"""
# Separable verbs count only when their particle closes the clause: "teilte die Polizei am Montag mit".
_DE_SEPARABLE = (
    r"(?:kündig(?:t|te|ten|en)(?=[^.;:!?„“]{0,80}?\ban\b)|teil(?:t|te|ten|en)(?=[^.;:!?„“]{0,80}?\bmit\b)"
    r"|gab(?:en)?(?=[^.;:!?„“]{0,80}?\b(?:an|bekannt)\b)|gibt(?=[^.;:!?„“]{0,80}?\b(?:an|bekannt)\b)"
    r"|wies(?:en)?(?=[^.;:!?„“]{0,80}?\bhin\b)|räum(?:t|te|ten|en)(?=[^.;:!?„“]{0,80}?\bein\b)"
    r"|füg(?:t|te|ten|en)(?=[^.;:!?„“]{0,80}?\bhinzu\b)|schlug(?:en)?(?=[^.;:!?„“]{0,80}?\bvor\b))"
)
# ", so Rice.": "so" with the speaker after it closes a clause of reported speech.
_DE_SO = r"(?<=[,–—]\s)so(?=\s+(?:der|die|das|ein|eine|[A-ZÄÖÜ]))"
_FR_VERBS = r"""
(?:a|ont|avait)\s+(?:déclaré|dit|affirmé|ajouté|souligné|expliqué|indiqué|précisé|estimé|annoncé|assuré|confirmé|reconnu|averti|rappelé|écrit|jugé)
déclare déclarent dit disent affirme affirment ajoute ajoutent souligne soulignent explique expliquent
indique indiquent précise précisent estime estiment annonce annoncent assure assurent
"""
_ES_VERBS = r"""
dijo dijeron dice dicen afirmó afirmaron afirma declaró declararon declara aseguró aseguraron asegura
señaló señalaron señala explicó explicaron explica añadió añadieron agregó agregaron indicó indicaron
indica sostuvo sostiene advirtió advierte reconoció anunció anunciaron confirmó confirmaron escribió
"""
_PL_VERBS = r"""
powiedzia(?:ł|ła|ło|li|ły) stwierdzi(?:ł|ła|li|ły) oświadczy(?:ł|ła|li|ły) doda(?:ł|ła|li|ły) podkreśli(?:ł|ła|li|ły)
zaznaczy(?:ł|ła|li|ły) wyjaśni(?:ł|ła|li|ły) poinformowa(?:ł|ła|li|ły) przekaza(?:ł|ła|li|ły) uważa(?:|ją)
twierdzi(?:|ł|ła|li) zapowiedzia(?:ł|ła|li) napisa(?:ł|ła|li) mówi(?:|ł|ła|li) ocenił oceniła
"""

_DE_SUBJUNCTIVE = (
    r"\b(?:sei|seien|seiest|habe|hätten?|werde|würden?|könne|könnten|müsse|müssten|solle|sollten|"
    r"dürfe|dürften|wolle|wollten|gebe|gäbe|liege|stehe|gehe|komme|bestehe|wisse|brauche|sollen|soll)\b"
)

_COMMON_EN_BOUNDARIES = """
that which who whom whose but or while when because as if after before since so though although than
then where whether unless until yet thus however meanwhile instead also not nor in on at during
"""


def _build(language: str) -> Lexicon:
    flags = re.IGNORECASE
    if language == "en":
        verbs = re.compile(rf"(?<![\w-])(?:{_EN_MULTI}|{_trie(_EN_VERBS)})(?![\w-])", flags)
        return Lexicon(
            language="en",
            verbs=verbs,
            participles=re.compile(
                r"\b(?:saying|adding|noting|stressing|arguing|insisting|warning|explaining|claiming|telling|"
                r"writing|suggesting|calling|describing|emphasizing|asserting|declaring|acknowledging)\b"
            ),
            according_prefix=re.compile(r"\b(?:according\s+to|as\s+reported\s+by|in\s+the\s+words\s+of)\b", flags),
            according_suffix=None,
            citing=re.compile(r"\b(?:citing|quoting)\b", flags),
            complementizers=_words("that whether"),
            boundaries=_words(_COMMON_EN_BOUNDARIES + " and it's there here what how why still always never"),
            between=_words(
                """also later previously again repeatedly then reportedly recently once often publicly privately
                would will could can may might should must did does do has have had is was were are be been never
                already further earlier initially first specifically flatly quickly simply even still just
                has long n't not now had since subsequently finally ultimately openly explicitly""",
            ),
            parentheticals=_words("however in turn meanwhile for his part her their its though too also moreover"),
            pronouns={"he": "PER", "she": "PER", "it": "ORG", "they": "ORG", "him": "PER", "her": "PER", "his": "PER",
                      "its": "ORG", "their": "ORG"},
            anonymous=_words(
                """official officials source sources aide aides person people spokesperson insider insiders diplomat
                diplomats advisor adviser advisers advisors staffer staffers member members observer observers
                expert experts analyst analysts someone witness witnesses"""
            ),
            indefinites=_words("a an one some two three several many unnamed anonymous other others senior"),
            past_before_that=re.compile(r"(?<=[a-z]{3}ed)\s+that\s"),
            nouns=re.compile(
                r"\b(?:claims?|beliefs?|views?|arguments?|assertions?|suggestions?|allegations?|accusations?|promises?|pledges?"
                r"|warnings?|statements?|insistence|notion|fears?|hopes?|concerns?|assurances?|predictions?|complaints?"
                r"|charges?|contention|message|admission|acknowledgment|conviction|impression|sense|feeling|idea)(?=\s+that\s)"
            ),
        )
    if language in ("uk", "ru"):
        uk = language == "uk"
        verbs_src = _UK_VERBS if uk else _RU_VERBS
        verbs = re.compile(rf"(?<!\w)(?:{'|'.join(verbs_src.split())})(?!\w)", flags)
        if uk:
            according = (
                r"за\s+(?:даними|словами|інформацією|повідомленням|оцінками|версією|підсумками|джерелами)"
                r"|згідно\s+з(?:і)?\s+(?:повідомленням|даними|заявою|інформацією)?|як\s+(?:повідомля(?:є|ють)|пише|пишуть"
                r"|зазначає|зазначив|зазначила|зазначають|заявив|заявила|заявили|повідомив|повідомила|повідомили|зазначили|інформує"
                r"|стверджу(?:є|ють)|вважа(?:є|ють)|каже|кажуть|розповіда(?:є|ють)|розповів|розповіла|наголошу(?:є|ють)|наголосив"
                r"|наголосила|підкреслив|підкреслила|підкреслює|поясни(?:в|ла)|пояснює)"
                r"|за\s+(?:його|її|їхніми|їх)\s+(?:словами|даними|оцінками)|з\s+(?:його|її)\s+слів"
                r"|на\s+(?:думку|переконання)|на\s+(?:його|її|їхню)\s+думку|за\s+твердженням"
            )
            citing = r"посилаючись\s+на|цитуючи|з\s+посиланням\s+на"
            complementizers = _words("що щоб нібито буцімто")
            boundaries = _words(
                """і й та але а що щоб який яка яке які коли бо тому оскільки якщо хоча де чи або також проте
                однак втім тоді ж вже нібито при під у в на після до через про це"""
            )
            between = _words("також вже ще раніше теж лише навіть неодноразово згодом тоді нещодавно вчора сьогодні не досі ніколи")
            parentheticals = _words("своєю чергою зі свого боку натомість також зокрема однак втім проте водночас тим часом")
            pronouns = {"він": "PER", "вона": "PER", "воно": "ORG", "вони": "ORG", "його": "PER", "її": "PER",
                        "їхніми": "ORG", "їх": "ORG"}
            anonymous = _words("джерело джерела джерел джерелами посадовець посадовця посадовці чиновник чиновники співрозмовник співрозмовники експерти аналітики")
            indefinites = _words("одне один одна деякі кілька анонімне анонімні анонімний неназване неназвані")
        else:
            according = (
                r"по\s+(?:данным|словам|информации|сообщению|оценкам|версии|мнению)"
                r"|согласно\s+(?:данным|сообщению|заявлению|информации)?|как\s+(?:сообща(?:ет|ют)|пишет|пишут|отмечает"
                r"|заявил|заявила|заявили|сообщил|сообщила|сообщили|отметили|отметил|отметила|утвержда(?:ет|ют)|счита(?:ет|ют)"
                r"|говорит|говорят|рассказал|рассказала|рассказывает|подчеркнул|подчеркнула|подчеркивает|пояснил|пояснила|поясняет)"
                r"|по\s+(?:его|её|ее|их)\s+(?:словам|данным|мнению|оценкам)|по\s+(?:утверждению|оценке|заявлению)"
            )
            citing = r"ссылаясь\s+на|цитируя|со\s+ссылкой\s+на"
            complementizers = _words("что чтобы якобы будто")
            boundaries = _words(
                """и а но что чтобы который которая которое которые когда потому так поскольку если хотя где ли или
                также однако впрочем тогда же уже якобы при под у в на после до через о об про это"""
            )
            between = _words("также уже ещё еще ранее тоже лишь даже неоднократно позже тогда недавно вчера сегодня не пока никогда")
            parentheticals = _words("в свою очередь со своей стороны между тем также в частности однако впрочем тем временем")
            pronouns = {"он": "PER", "она": "PER", "оно": "ORG", "они": "ORG", "его": "PER", "её": "PER", "ее": "PER",
                        "их": "ORG"}
            anonymous = _words("источник источники источников источника чиновник чиновники собеседник собеседники эксперты аналитики")
            indefinites = _words("один одно одна некоторые несколько анонимный анонимные неназванный неназванные")
        return Lexicon(
            language=language,
            # "мовляв", "нібито", "якобы": the sentence carries on someone's words.
            reported_mood=re.compile(r"(?<!\w)(?:мовляв|нібито|буцімто)(?!\w)" if uk else r"(?<!\w)(?:мол|якобы|дескать|будто бы)(?!\w)", flags),
            verbs=verbs,
            participles=re.compile(
                r"(?<!\w)(?:додавши|наголосивши|підкресливши|зазначивши|заявивши|пояснивши)(?!\w)"
                if uk else r"(?<!\w)(?:добавив|подчеркнув|отметив|заявив|пояснив)(?!\w)",
                flags,
            ),
            # "Як стверджують експерти, …", "Как заявляют специалисты, …": any verb of saying after "як"/"как".
            according_prefix=re.compile(
                rf"(?<!\w)(?:{according}|{'як' if uk else 'как'}\s+(?:{'|'.join(verbs_src.split())}))(?!\w)", flags
            ),
            according_suffix=None,
            citing=re.compile(rf"(?<!\w)(?:{citing})(?!\w)", flags),
            complementizers=complementizers,
            boundaries=boundaries,
            between=between,
            parentheticals=parentheticals,
            pronouns=pronouns,
            anonymous=anonymous,
            indefinites=indefinites,
            anaphors=_words("про це таке так" if uk else "об о этом это такое так"),
            place_prepositions=_words("в у" if uk else "в во"),
        )
    if language == "de":
        return Lexicon(
            language="de",
            verbs=re.compile(rf"\b(?:{'|'.join(_DE_VERBS.split())}|{_DE_SEPARABLE})\b|{_DE_SO}"),
            participles=None,
            according_prefix=re.compile(
                r"\b(?:laut|nach\s+(?:Angaben|Aussagen?|Informationen|Einschätzung|Ansicht|Meinung|Auffassung|"
                r"Darstellung|Worten|Berichten|Schätzungen|Erkenntnissen)(?:\s+(?:von|des|der))?|"
                r"(?:seinen|ihren|eigenen)\s+Angaben\s+zufolge|"
                r"nach\s+(?:(?:dessen|deren|seinen|ihren|eigenen|offiziellen|ersten|bisherigen|übereinstimmenden|bisherigem)\s+)?"
                r"\w*(?:[Aa]ngaben|Erkenntnisstand|Erkenntnissen|Informationen|Berichten))\b",
                flags,
            ),
            according_suffix=re.compile(r"\bzufolge\b", flags),
            citing=re.compile(r"\bunter\s+Berufung\s+auf\b", flags),
            complementizers=_words("dass daß ob"),
            boundaries=_words(
                """und aber oder dass daß weil wenn als ob obwohl da wo denn sondern jedoch doch zudem außerdem
                dann so wie nachdem bevor am im in bei auf vor nach seit gegenüber während zum zur mit"""
            ),
            between=_words("auch bereits noch jedoch zudem außerdem hat habe hatte hatten haben wird wurde ebenfalls nun erneut"),
            parentheticals=_words("jedoch allerdings dagegen hingegen zudem außerdem indes"),
            pronouns={"er": "PER", "sie": "PER", "es": "ORG", "ihm": "PER", "ihr": "PER"},
            anonymous=_words("Quelle Quellen Sprecher Sprecherin Beobachter Experten Kreise Insider Regierungskreise Unternehmenskreise"),
            indefinites=_words("ein eine einer eines mehrere einige"),
            reported_mood=re.compile(_DE_SUBJUNCTIVE),
            inversion_after_adverbial=True,
            anaphors=_words("das dies dieses"),
        )
    # French, Spanish and Polish: verbs and "according to" only.
    verbs_src = {"fr": _FR_VERBS, "es": _ES_VERBS, "pl": _PL_VERBS}.get(language)
    if verbs_src is None:
        return _unknown(language)
    according = {
        "fr": r"selon|d'après|d’après|de\s+l'avis\s+de",
        "es": r"según|de\s+acuerdo\s+con",
        "pl": r"według|zdaniem|jak\s+(?:poinformował|podał|podała|podali)",
    }[language]
    return Lexicon(
        language=language,
        verbs=re.compile(rf"(?<!\w)(?:{'|'.join(verbs_src.split())})(?!\w)"),
        participles=None,
        according_prefix=re.compile(rf"(?<!\w)(?:{according})(?!\w)", flags),
        according_suffix=None,
        citing=None,
        complementizers=_words({"fr": "que qu'", "es": "que", "pl": "że iż"}[language]),
        boundaries=_words({"fr": "et mais ou que qui dont où quand si car donc",
                           "es": "y pero o que quien cuando si porque donde",
                           "pl": "i a ale lub że który która które gdy jeśli bo gdzie"}[language]),
        between=_words({"fr": "aussi également encore déjà", "es": "también ya además", "pl": "także też już również"}[language]),
        parentheticals=_words(""),
        pronouns={"fr": {"il": "PER", "elle": "PER", "ils": "ORG"}, "es": {"él": "PER", "ella": "PER"},
                  "pl": {"on": "PER", "ona": "PER", "oni": "ORG"}}[language],
        anonymous=_words({"fr": "source sources responsable", "es": "fuente fuentes funcionario",
                          "pl": "źródło źródła urzędnik"}[language]),
        indefinites=_words({"fr": "un une des", "es": "un una unos", "pl": "jeden jedno"}[language]),
    )


_NEVER = re.compile(r"(?!)")


def _unknown(language: str) -> Lexicon:
    """A language without a lexicon: quotation marks are all that can be read, so no cue and no speaker."""
    return Lexicon(
        language=language, verbs=_NEVER, participles=None, according_prefix=None, according_suffix=None, citing=None,
        complementizers=frozenset(), boundaries=frozenset(), between=frozenset(), parentheticals=frozenset(),
        pronouns={}, anonymous=frozenset(), indefinites=frozenset(), known=False,
    )


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """The lexicon for a language code ("" reads as English); other languages get quotation marks only."""
    return _build((language or "en").split("-")[0].lower())
