"""English: how reported speech is written (the quotes stage).

Constants named after the fields of ``rashomon.analysis.quotes.lexicon.Lexicon``
(upper case) fill those fields; the rest are English word order: settings
between a cue and its content ("said in a statement on Monday"), "-ed" verbs
that end a speaker's noun phrase, questions put by someone ("Asked whether …").
"""

import re

from rashomon.languages.patterns import trie, words

# Base forms that are more often nouns ("state", "report", "call") are left out.
_VERBS = """
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
_MULTI = (
    r"point(?:s|ed)?\s+(?:out|to)|made\s+clear|makes\s+clear|went\s+on|goes\s+on|call(?:s|ed)\s+(?:for|on)|"
    r"refer(?:s|red)\s+to|spoke\s+(?:about|of)|talk(?:s|ed)\s+about|polls?\s+show|show(?=\s+that\b)"
)
_COMMON_BOUNDARIES = """
that which who whom whose but or while when because as if after before since so though although than
then where whether unless until yet thus however meanwhile instead also not nor in on at during
"""

VERBS = re.compile(rf"(?<![\w-])(?:{_MULTI}|{trie(_VERBS)})(?![\w-])", re.IGNORECASE)
PARTICIPLES = re.compile(
    r"\b(?:saying|adding|noting|stressing|arguing|insisting|warning|explaining|claiming|telling|"
    r"writing|suggesting|calling|describing|emphasizing|asserting|declaring|acknowledging)\b"
)
ACCORDING_PREFIX = re.compile(r"\b(?:according\s+to|as\s+reported\s+by|in\s+the\s+words\s+of)\b", re.IGNORECASE)
CITING = re.compile(r"\b(?:citing|quoting)\b", re.IGNORECASE)
COMPLEMENTIZERS = words("that whether")
BOUNDARIES = words(_COMMON_BOUNDARIES + " and it's there here what how why still always never")
BETWEEN = words(
    """also later previously again repeatedly then reportedly recently once often publicly privately
    would will could can may might should must did does do has have had is was were are be been never
    already further earlier initially first specifically flatly quickly simply even still just
    has long n't not now had since subsequently finally ultimately openly explicitly""",
)
PARENTHETICALS = words("however in turn meanwhile for his part her their its though too also moreover")
PRONOUNS = {
    "he": "PER", "she": "PER", "it": "ORG", "they": "ORG", "him": "PER", "her": "PER", "his": "PER", "its": "ORG",
    "their": "ORG",
}
ANONYMOUS = words(
    """official officials source sources aide aides person people spokesperson insider insiders diplomat
    diplomats advisor adviser advisers advisors staffer staffers member members observer observers
    expert experts analyst analysts someone witness witnesses"""
)
INDEFINITES = words("a an one some two three several many unnamed anonymous other others senior")
PAST_BEFORE_THAT = re.compile(r"(?<=[a-z]{3}ed)\s+that\s")
NOUNS = re.compile(
    r"\b(?:claims?|beliefs?|views?|arguments?|assertions?|suggestions?|allegations?|accusations?|promises?|pledges?"
    r"|warnings?|statements?|insistence|notion|fears?|hopes?|concerns?|assurances?|predictions?|complaints?"
    r"|charges?|contention|message|admission|acknowledgment|conviction|impression|sense|feeling|idea)(?=\s+that\s)"
)

# --- Word order: what may stand between a cue and its content, and what ends a speaker's noun phrase.

# Words between a cue and its content that belong to neither ("told reporters Thursday that").
TIME_WORDS = words(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later recently again also
    repeatedly last this week month year morning evening afternoon night"""
)
# "said in a statement", "told reporters on Monday": prepositional phrases between a cue and its content.
SETTING = re.compile(
    r"(?:in|on|during|at|via|through|after|before)\s+(?:(?:a|an|the|his|her|their|its|\w+’s|\w+'s)\s+)?(?:\w+\s+){0,2}?"
    r"(?:statement|interview|conference|briefing|speech|remarks|appearance|email|post|tweet|twitter|facebook|television"
    r"|radio|show|rally|event|call|meeting|debate|session|hearing|forum|town\s+hall|visit|stop|dinner|luncheon|ceremony"
    r"|address|broadcast|program|podcast|column|op-ed|letter|memo|filing|report|book|video|ad|website|blog|message"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|afternoon|night|week|weekend|day)s?\b",
    re.IGNORECASE,
)
CLAUSE_OPENERS = words("In On At During After Before When While Since Speaking Asked Listing")
# Verbs end a speaker's noun phrase ("Swanson praised evangelist Franklin Graham"): past forms, and these.
PAST_SUFFIX = "ed"
PAST_LIKE_MODIFIERS = words("unnamed retired elected armed based united detailed limited advanced red bed need speed")
SPEECH_FORMS = words("said says told tells say")
# Prepositions and verbs that never sit inside a speaker's noun phrase ("It doesn’t sound like Rubio knows").
NOT_IN_PHRASE = words(
    """like sound sounds watch see saw about than as because unlike including against toward towards into onto over
    under between among through without within behind beyond across via despite amid is are was were be been has have
    had do does did doesn’t don’t didn’t isn’t wasn’t can could would will should may might must helps help lead leads
    make makes get gets got go goes went"""
)
# Prepositions that stay inside a speaker's phrase ("voters in six states said").
PHRASE_PREPOSITIONS = words("in on at")
# Adverbs in "-ly" stand between a speaker and the cue ("Trump repeatedly said").
ADVERB_SUFFIX = "ly"
NOT_SUBJECTS = words("this that these those there here but and so yet still now then thus it’s according")
# Words inside a subject's name besides capitalised ones ("Secretary of State", "Hillary Clinton’s").
SUBJECT_LINKS = ("of", "and", "for", "the", "’s", "'s", "de", "al")
SUBORDINATORS = words("as when while after before")
PASSIVE_AUXILIARIES = words("is was were are be been being")
# "a program called Sandy Hook Promise" names; it does not quote.
NAMING_VERBS = words("called named dubbed titled entitled known")
INDEFINITE_ARTICLES = words("a an")
# An inverted speaker: a pronoun alone ("said he"), or a short phrase opening like a name ("said the minister").
SUBJECT_PRONOUNS = words("he she they it")
INVERTED_OPENERS = words("the a an one")
# "Asked (by Stephanopoulos) whether …, Carson said": a question put by someone often unnamed.
QUESTION_CUE = "asked"
QUESTION_OPENERS = words("when after while")
QUESTION_WORDS = words("whether if what who whom which why how when where about")
AGENT_PREPOSITION = "by"
# "he said of Trump,": what the words are about, between the cue and the content.
ABOUT_PREPOSITION = "of"

# --- Read in every language's text (foreign speakers and titles are written the English way).

ABBREVIATIONS = words("Mr Mrs Ms Dr St Jr Sr Gen Sen Rep Gov Lt Col Sgt Prof Rev Hon Capt Maj Adm Cmdr Supt Insp Sens Reps Gens")
RELATIVES = words("who which")
COORDINATORS = words("and but then")
NAME_CONJUNCTIONS = words("and")
DETERMINERS = words("the a an his her its their our")
TITLE_SMALL_WORDS = words("a an the of and in on at for to with from by or")
DEFINITE_ARTICLES = words("the")
# Labels before a colon that do not name a speaker.
NOT_SPEAKERS = words(
    "update note editor editor’s photo photos video watch related read source wait correction breaking live question answer exclusive q a latest"
)
OBJECT_VERBS = words("told tells tell telling asked asks ask warned urged assured reminded informed")
POSSESSIVES = words("his her their its our my your")
# Role words that describe a person whose title uses other words ("the diplomat" -> "Secretary of State").
ROLES = {
    "diplomat": ("secretary of state", "foreign minister", "minister", "ambassador", "envoy", "diplomat"),
    "president": ("president", "leader", "head of state"),
    "leader": ("president", "leader", "chairman", "prime minister", "chancellor"),
    "official": ("minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "director"),
    "lawmaker": ("senator", "representative", "congressman", "congresswoman", "rep.", "sen.", "mp"),
    "candidate": ("nominee", "candidate", "senator", "governor"),
    "billionaire": ("businessman", "mogul", "billionaire"),
}
# Words that link a title's capitalised words ("Secretary of State").
TITLE_LINKS = words("of the for and")
