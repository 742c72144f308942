"""Canonical entities: one ID per real-world referent across documents, languages and scripts.

Within a document, mentions with the same name key form one group, and a lone
surname joins the person whose full name ends with it ("Rubio" after "Marco
Rubio"). Each group is then resolved against what the linker knows, in order:

1. the gazetteer (places, countries, organisations, events in many languages);
2. an exact key: the name transliterated, spelling variants folded, case
   endings stripped ("Лавровим", "Lavrov" and "Ławrowem" share "lavrov");
3. for people, the surname with a compatible first name (Sergei / Сергій /
   Serhiy); for other names, a fuzzy match (rapidfuzz) of the same type among
   names with the same consonant skeleton ("Trump" / "Трамп" -> "trmp").

Otherwise the group founds a new entity, ID "e_" + slug of its name. The
linker holds only plain dicts, so it pickles; it is cheap to create (the
gazetteer loads lazily, once per process).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from rashomon.analysis.entities.evidence import executive_before, is_given_name, kind_before, member_stem, party_stems
from rashomon.analysis.entities.gazetteer import COUNTRY_LANGUAGES, gazetteer
from rashomon.analysis.entities.keys import common_prefix, is_cyrillic, phonetic_key, skeleton, slug, stem_key
from rashomon.analysis.entities.morphology import (
    is_common_word, nominative_candidates, proper_reading, with_short_article, without_number,
)
from rashomon.languages import having, value
from rashomon.model import Entity, Mention

ID_PREFIX = "e_"
_SURNAME_SIMILARITY = 70
# Within one script a short surname is not another's with one letter changed (Tusk / Tesco); across scripts
# transliteration varies that much (Trump / Трамп), and so do spellings of longer ones (Malook / Mulook).
_SAME_SCRIPT_SIMILARITY = 85
_SHORT_SURNAME = 4
_SHORT_NAME = 3
_OV_SURNAME_LANGUAGES = having("names", "OV_SURNAMES")
_NAME_SIMILARITY = 85
_GIVEN_NAME_SIMILARITY = 70
_LONE_PERSON_VOTE = 0.5
# A mention the words before it type ("pandemii COVID-19", a disease: an event; "linie lotnicze Ryanair", a company)
# outweighs this many typed by the name's shape alone ("COVID-19" reads as a numbered product, "Ryanair" a person):
# the entity's type is a vote. SlavicNER LOTO, kinds besides diseases counted too: 340 mentions typed right, 108 wrong.
_TOLD_VOTE = 20
_SHARED_NAME_WEIGHT = 2
_FULL_BODY_NAME_USES = 4
_FULL_NAME_WORDS = 2  # a first name and a surname: "Donald John Trump" is no better a display name than "Donald Trump"


@dataclass
class _Record:
    entity: Entity
    count: int = 0
    given_names: set[str] = field(default_factory=set)
    known: bool = False  # from the gazetteer
    listed: frozenset[str] = frozenset()  # the languages the gazetteer names it in: those names stand
    # (language, name) -> documents naming the entity so: the display name is the commonest full one.
    name_uses: Counter = field(default_factory=Counter)
    folded_uses: Counter = field(default_factory=Counter)  # the same by (language, name in lower case)
    name_languages: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # name -> languages using it
    type_votes: Counter = field(default_factory=Counter)  # mention type -> mentions
    # What the linker already did with a name (the entity's aliases, its names made keys), so that a name
    # seen again costs a set look-up, not a scan of a long list.
    alias_set: set[str] = field(default_factory=set)
    indexed: set[str] = field(default_factory=set)
    name_keys: set[str] = field(default_factory=set)  # the keys of its names (all indexed), for fuzzy likeness
    stem_keys: set[str] = field(default_factory=set)  # the stem keys of its names: how they are spelled
    # The keys of its names' last words -> the scripts they are written in (whether Cyrillic).
    surname_keys: dict[str, set[bool]] = field(default_factory=lambda: defaultdict(set))
    scripts: set[bool] = field(default_factory=set)  # whether its names are Cyrillic: True, False or both
    numbers: set[tuple[str, ...]] = field(default_factory=set)  # the numbers each of its names writes, () for none


@dataclass
class _Group:
    """Mentions of one referent inside one document."""

    mentions: list[Mention]
    type: str
    name: str  # the fullest normal form seen
    # A country's people ("Brytyjczycy") or a party's members ("демократите"): the country's or party's entity, the
    # mentions' own type.
    own_type: bool = False
    words: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.rename(self.name)

    def rename(self, name: str) -> None:
        self.name, self.words = name, name.split()


class EntityLinker:
    """Assigns canonical entity IDs to mentions across documents, languages and scripts."""

    def __init__(self, entities: list[Entity] | None = None, counts: dict[str, int] | None = None):
        """``entities`` in the order they were created, ``counts`` their mentions: a linker resumed
        from the store then links like the one that stored them."""
        self._records: dict[str, _Record] = {}
        self._by_key: dict[str, str] = {}
        self._by_skeleton: dict[str, list[str]] = defaultdict(list)
        self._by_initials: dict[str, list[str]] = defaultdict(list)
        self._surnames: dict[str, list[str]] = defaultdict(list)
        # The first two letters of a surname's skeleton -> the entities (in the order they came, as dict keys).
        self._surname_starts: dict[str, dict[str, None]] = defaultdict(dict)
        # A word of a two-word name -> (the other word, entity): what a compound of the two may end in.
        self._compound_ends: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._changed: set[str] = set()
        for entity in entities or []:
            self.add_entity(entity, (counts or {}).get(entity.id, 0))

    # ------------------------------------------------------------------ public

    def link(self, mentions: list[Mention], language: str, text: str) -> None:
        """Sets ``mention.entity`` on every mention, and its type to the entity's: one referent, one type."""
        groups = _groups(mentions)
        # A party's members ("демократите") are the party the document names ("Демократическата партия"); a country's
        # people are their country ("британците", not "Британската партия за независимост").
        stems = party_stems(_WORD.findall(text), language) if _names_party(text, language) else set()
        parties = {stem: group for group in groups if len(group.words) > 1 for stem in party_stems(group.words, language) & stems}
        party_of = {
            id(g): parties[stem] for g in groups
            if len(g.words) == 1 and (stem := member_stem(g.name, parties)) and not self._country_of_people(g, language)
        }
        resolved = {}
        for group in sorted(groups, key=lambda g: id(g) in party_of):  # the parties before their members
            party = party_of.get(id(group))
            group.own_type = group.own_type or party is not None
            entity_id = resolved[id(group)] = resolved[id(party)] if party is not None else self._resolve(group, language)
            known = entity_id in self._records and self._records[entity_id].known  # its type is the gazetteer's
            self._record(entity_id, group, language, 0 if known else _told_types(group, text))
            record = self._records[entity_id]
            for mention in group.mentions:
                mention.entity = entity_id
                if not group.own_type:  # a country's people keep their own lemma ("Američani" is no "Američana") and type
                    if mention.lemma == mention.text:  # a case form its own report could not undo, maybe
                        mention.lemma = _nominative_named(mention, record, language) or mention.lemma
                    mention.type = record.entity.type

    def entities(self) -> list[Entity]:
        return [record.entity for record in self._records.values()]

    def get(self, entity_id: str) -> Entity | None:
        record = self._records.get(entity_id)
        return record.entity if record else None

    def add_entity(self, entity: Entity, count: int = 0) -> None:
        """Make a stored entity known: its names and aliases become keys, a person's full names give
        the first names it goes by, and ``count`` (its stored mentions) weighs it against namesakes."""
        record = self._records.setdefault(entity.id, _Record(Entity(entity.id, entity.type)))
        record.entity.names.update(entity.names)
        record.count += count
        record.type_votes[entity.type] += count
        known = gazetteer().get(entity.id.removeprefix(ID_PREFIX))
        record.known, record.listed = known is not None, frozenset(known.names if known else ())
        for name in [*entity.names.values(), *entity.aliases]:
            self._index(entity.id, name)
            if name not in record.alias_set:
                record.alias_set.add(name)
                record.entity.aliases.append(name)
            words = _INITIALS.sub("", name).split()
            if entity.type == "PER" and len(words) > 1:
                record.given_names.add(phonetic_key(words[0]))

    def changed(self) -> set[str]:
        """IDs of entities created or changed since the last call (for the store)."""
        changed, self._changed = self._changed, set()
        return changed

    # ------------------------------------------------------------------ resolution

    def _resolve(self, group: _Group, language: str) -> str:
        namesake = False  # of a known entity of this type: another language's name of it
        for lemma, text in dict.fromkeys((m.lemma, m.text) for m in group.mentions):  # each spelling once, in order
            known = _known_spelling(gazetteer(), lemma, text)
            # A person "Davis" is not the town "Davos" the stem key also reaches; a name of two or more words
            # the gazetteer knows is that entity whatever was guessed ("Съединени щати" guessed a person).
            if known is not None and known.type == group.type:
                if not _false_friend(known.names, group, language):
                    return self._known(known)
                namesake = True
        # A country absorbs the name of its people ("Polacy", "Britové"), nothing else a person is called.
        country = self._country_of_people(group, language)
        if country is not None:
            group.own_type = True
            return self._known(country)
        for name in dict.fromkeys((group.name, *(m.lemma for m in group.mentions))):
            entity_id = self._by_key.get(phonetic_key(name))
            if entity_id and self._compatible(entity_id, group, language) and self._spelled_alike(entity_id, group, language):
                return entity_id
        found = self._compound(group) if len(group.words) == 1 and not _dictionary_person(group, language) else None
        found = found or (self._person(group, language) if group.type == "PER" else self._fuzzy(group, language))
        return found or self._new_id(group.name, namesake)

    @staticmethod
    def _country_of_people(group: _Group, language: str):
        """The country a one-word person-typed name names the people of ("Polacy"; "Britové", lemma "Brit")."""
        if group.type != "PER" or len(group.words) != 1:
            return None
        names = dict.fromkeys([group.name, *(m.text for m in group.mentions)])
        return next(filter(None, (gazetteer().country_of_demonym(name, language) for name in names)), None)

    def _known(self, known) -> str:
        entity_id = ID_PREFIX + known.id
        if entity_id not in self._records:
            self._records[entity_id] = _Record(Entity(entity_id, known.type, dict(known.names)), known=True, listed=frozenset(known.names))
            for name in known.names.values():
                self._index(entity_id, name)
            self._changed.add(entity_id)
        return entity_id

    def _compatible(self, entity_id: str, group: _Group, language: str) -> bool:
        """Whether a name with the same key names the same entity: not when the numbers it writes are none of
        the entity's names' (the key drops them), a person's full name never a known place or body ("Taimore
        Razy" is not Belarusian "Расія", "Джулиан Кинг" not "Кина"), nor people with different first names. A
        lone word typed a person may be a place ("Budapeszt")."""
        record = self._records[entity_id]
        if _numbers_in(group.name) not in record.numbers:
            return False  # "Nord Stream 2 AG" is not "Nord Stream", whose names write no number
        if group.type == "PER" and record.known and record.entity.type != "PER" and _dictionary_person(group, language):
            return False  # "Джордж" is a first name, not Georgia
        if group.type != "PER" or len(group.words) < 2:
            return True
        if record.entity.type != "PER":
            return not record.known  # a name guessed a person may be a body's named in another text
        return self._given_name_fits(record, group.words[0])

    def _spelled_alike(self, entity_id: str, group: _Group, language: str) -> bool:
        """Whether a one-word common noun of ``language`` that shares the entity's key is written as one of its names
        is: the key folds spelling variants, which joins the words of different languages ("Święta", "Světový"
        and Slovene "Svet", "the Council", are all "svet"; "Kolega" is "Коллегия"), and names none of another
        language ("Polonia", the Polish diaspora, is Spanish and Italian for Poland)."""
        if len(group.words) != 1:
            return True
        record = self._records[entity_id]
        spelled = {stem_key(group.name), *(stem_key(m.text) for m in group.mentions)}
        if not spelled.isdisjoint(record.stem_keys) and not _false_friend(record.entity.names, group, language):
            return True
        return not is_common_word(group.words[0], language)  # the dictionary asked last: the costliest test

    def _given_name_fits(self, record: _Record, given: str) -> bool:
        if not record.given_names:
            return True
        key = phonetic_key(given)
        # The same consonants also make the same first name in another script or spelling ("Asie" / "Асия").
        return any(fuzz.ratio(key, other) >= _GIVEN_NAME_SIMILARITY or skeleton(key) == skeleton(other) for other in record.given_names)

    def _person(self, group: _Group, language: str) -> str | None:
        surname_key = phonetic_key(group.words[-1])
        # Czech/Slovak/Slovene women's surnames and possessives add "-ov-": Mayová, Bibiové, Johnsonova.
        if language in _OV_SURNAME_LANGUAGES and surname_key.endswith("ov") and len(surname_key) > 4:
            surname_key = surname_key[:-2]
        found = self._namesake(group, surname_key, self._surnames.get(skeleton(surname_key), ()), across=False)
        if found is None and len(group.words) > 1 and len(surname_key) > _SHORT_NAME:
            # A transliteration may drop or add letters (Barnier / Барнье, "brnr" / "brn"): the person known only in
            # the other script, with the same first name, whose surname begins alike.
            found = self._namesake(group, surname_key, self._surname_starts.get(skeleton(surname_key)[:2], ()), across=True)
        return found

    def _namesake(self, group: _Group, surname_key: str, candidates, across: bool) -> str | None:
        """The most mentioned person among ``candidates`` whose surname is like ``surname_key`` and whose first
        name fits; ``across``: only people named so far in the other script only, and by a first name."""
        full_key = phonetic_key(group.name)
        cyrillic = is_cyrillic(group.name)
        best, best_count = None, -1
        for entity_id in candidates:
            record = self._records[entity_id]
            if record.entity.type != "PER" or across and not record.given_names:
                continue
            if across and cyrillic in record.scripts:
                continue
            # The first name first: a cheaper test, and a more selective one than the surname's likeness.
            if len(group.words) > 1 and not self._given_name_fits(record, group.words[0]):
                continue
            if len(surname_key) <= _SHORT_NAME:
                # "May" is no "Mayami"; a short surname needs the same key or the whole name alike (Theresa May / Тереза Мей).
                alike = surname_key in record.surname_keys or len(group.words) > 1 and max(
                    fuzz.ratio(full_key, key) for key in record.name_keys
                ) >= _SURNAME_SIMILARITY + 5
            else:
                alike = any(_surname_alike(surname_key, key, cyrillic in scripts) for key, scripts in record.surname_keys.items())
            if not alike:
                continue
            if record.count > best_count:
                best, best_count = entity_id, record.count
        return best

    def _fuzzy(self, group: _Group, language: str) -> str | None:
        """The entity of the group's type whose name is most like its name among those of the same blocking key; else,
        for a name of several words, among those whose words begin with the same letters, where each word must be
        alike on its own: transliterations differ in consonants the blocking key reads ("Республиканская партия",
        "Републиканска партия"), and a whole-name likeness would join "Южная Африка" and "Южна Америка". SlavicNER
        leave-one-topic-out linking F1 0.9233 -> 0.9236 (us_election_2020 0.9616 -> 0.9625), no mention, type or lemma
        changed."""
        found = self._fuzzy_among(group, language, self._by_skeleton.get(_blocking_key(group.name), ()))
        if found is None and len(group.words) > 1:
            found = self._fuzzy_among(group, language, self._by_initials.get(_initials_key(group.name), ()), word_by_word=True)
        return found

    def _fuzzy_among(self, group: _Group, language: str, candidates, word_by_word: bool = False) -> str | None:
        key = phonetic_key(group.name)
        best, best_score = None, _NAME_SIMILARITY - 1
        # The words of a name in any order: an adjective follows its noun in one language and leads in another
        # ("Komisja Europejska", "Европейска комисия", "Evropská komise").
        similarity = fuzz.token_sort_ratio if len(group.words) > 1 else fuzz.ratio
        for entity_id in candidates:
            record = self._records[entity_id]
            if record.entity.type != group.type or _numbers_in(group.name) not in record.numbers:
                continue
            # Only a name that would win is checked for an adjective standing for a noun: the costlier test.
            score = max(
                (score for name_key in record.name_keys if (score := similarity(key, name_key)) > best_score
                 and not _noun_for_adjective(key, name_key) and (not word_by_word or _words_alike(key, name_key))),
                default=0,
            )
            if score > best_score and self._spelled_alike(entity_id, group, language):
                best, best_score = entity_id, score
        return best

    def _compound(self, group: _Group) -> str | None:
        """The body or place a one-word compound abbreviates: the beginning of one word of its two-word name and
        the other word whole ("Евросоюз", "Еврокомиссия", "Europarlament", "Нацгвардия"); the most mentioned such.
        Transliterated, not folded: a spelling rule would read the letters across the seam ("ц|г")."""
        key = stem_key(group.name)
        found = {
            entity_id
            for cut in range(_COMPOUND_HEAD, len(key) - _COMPOUND_TAIL + 1)
            for other, entity_id in self._compound_ends.get(key[cut:], ())
            if len(other) > cut and other.startswith(key[:cut]) and self._records[entity_id].entity.type != "PER"
        }
        return max(sorted(found), key=lambda entity_id: self._records[entity_id].count, default=None)

    def _new_id(self, name: str, namesake: bool = False) -> str:
        base = ID_PREFIX + slug(name)
        entity_id, counter = base, 2
        # A namesake takes no known entity's ID either: the entity, linked later by its own name, would join it
        # (Czech "Georgia", the US state, took the ID of Georgia the country, and Russian "Грузия" came to it).
        while entity_id in self._records or (namesake and gazetteer().get(entity_id.removeprefix(ID_PREFIX))):
            entity_id = f"{base}-{counter}"
            counter += 1
        return entity_id

    # ------------------------------------------------------------------ bookkeeping

    def _record(self, entity_id: str, group: _Group, language: str, told: int = 0) -> None:
        record = self._records.get(entity_id)
        if record is None:
            record = self._records[entity_id] = _Record(Entity(entity_id, group.type))
        entity = record.entity
        changed = False
        record.name_uses[language, group.name] += 1
        record.folded_uses[language, group.name.lower()] += 1
        record.name_languages[group.name].add(language)
        current = entity.names.get(language)
        # A name in lower case puts up its capitalised spelling where reports use one ("demokrat": "Demokrat").
        candidate = group.name[:1].upper() + group.name[1:]
        candidate = candidate if record.name_uses[language, candidate] else group.name
        if current != candidate and language not in record.listed and (
            current is None or _name_rank(record, language, candidate) > _name_rank(record, language, current)
        ):
            changed = True
            entity.names[language] = candidate
        spelled_out = len(group.words) > 1
        for name in {group.name, *(m.lemma for m in group.mentions), *(m.text for m in group.mentions)}:
            if name not in record.alias_set and name not in entity.names.values():
                record.alias_set.add(name)
                entity.aliases.append(name)
                changed = True
            # An acronym seen with its full name now means that name, whatever had it before ("UE").
            self._index(entity_id, name, claim=spelled_out and _is_acronym(name))
        if entity.type == "PER" and spelled_out:
            given = phonetic_key(group.words[0])
            changed = changed or given not in record.given_names
            record.given_names.add(given)
        record.count += len(group.mentions)
        # The type most mentions were given, unless the gazetteer knows it ("Pensylvánie" guessed a person). A lone
        # word is guessed a person for want of other evidence: that guess weighs less than another type given to the
        # name, which took evidence ("Brexit", "Brexitu" guessed people, "Brexit" an event after "the"). People named
        # after a country or party keep their own type and give the entity none.
        weak = group.type == "PER" and len(group.words) == 1
        guessed = len(group.mentions) - told
        if not group.own_type:
            record.type_votes[group.type] += guessed * (_LONE_PERSON_VOTE if weak else 1) + told * _TOLD_VOTE
        if not record.known:
            voted = max(sorted(record.type_votes), key=record.type_votes.__getitem__)
            changed = changed or voted != entity.type
            entity.type = voted
        if changed:
            self._changed.add(entity_id)

    def _index(self, entity_id: str, name: str, claim: bool = False) -> None:
        record = self._records[entity_id]
        if name in record.indexed and not claim:
            return
        record.indexed.add(name)
        record.scripts.add(is_cyrillic(name))
        record.numbers.add(_numbers_in(name))
        key = phonetic_key(name)
        if not key:
            return
        record.name_keys.add(key)
        record.stem_keys.add(stem_key(name))
        record.surname_keys[phonetic_key(name.split()[-1])].add(is_cyrillic(name))
        words = stem_key(name).split()
        for other, end in (words, words[::-1]) if len(words) == 2 else ():
            if len(end) >= _COMPOUND_TAIL and (other, entity_id) not in self._compound_ends[end]:
                self._compound_ends[end].append((other, entity_id))
        if claim:
            self._by_key[key] = entity_id
        self._by_key.setdefault(key, entity_id)
        bucket = self._by_skeleton[_blocking_key(name)]
        if entity_id not in bucket:
            bucket.append(entity_id)
        if len(words) > 1:
            bucket = self._by_initials[_initials_key(name)]
            if entity_id not in bucket:
                bucket.append(entity_id)
        surname = skeleton(phonetic_key(name.split()[-1]))
        surnames = self._surnames[surname]
        if entity_id not in surnames:
            surnames.append(entity_id)
        self._surname_starts[surname[:2]][entity_id] = None


_WORD_START = 3


@lru_cache(maxsize=200_000)
def _blocking_key(name: str) -> str:
    """What a name must share with another to be compared with it: its consonant skeleton, or for a name of
    several words the beginnings of their skeletons in any order ("dmk prt": "Демократическата партия",
    "Partia Demokratyczna")."""
    words = skeleton(name).split()
    return " ".join(sorted(word[:_WORD_START] for word in words)) if len(words) > 1 else " ".join(words)


@lru_cache(maxsize=200_000)
def _initials_key(name: str) -> str:
    """The first letters of a name's phonetic words in any order: the looser blocking key of ``_fuzzy``."""
    return " ".join(sorted(word[:1] for word in phonetic_key(name).split()))


def _words_alike(key: str, other: str) -> bool:
    """Two phonetic keys of as many words, each word (in sorted order) as alike as whole names must be."""
    words, others = sorted(key.split()), sorted(other.split())
    return len(words) == len(others) and all(fuzz.ratio(a, b) >= _NAME_SIMILARITY for a, b in zip(words, others))


def _noun_for_adjective(key: str, other: str) -> bool:
    """Whether a word of one name is a word of the other with an adjective's "-sk-" added: "Svet Evrope" (the Council
    of Europe) is no "Evropski svet" (the European Council), "Rada Europy" no "Rada Europejska"."""
    words, others = key.split(), other.split()
    return any(
        len(long) > len(short) and long.startswith(short) and long.endswith(_ADJECTIVE_END)
        for a in words
        for b in others
        for short, long in ((a, b), (b, a))
    )


_ADJECTIVE_END = "sk"  # phonetic keys of -ski, -ský, -ская, -ски, -sko …: the stem of an adjective of place


def _surname_alike(key: str, other: str, same_script: bool) -> bool:
    needed = _SAME_SCRIPT_SIMILARITY if same_script and len(other) <= _SHORT_SURNAME else _SURNAME_SIMILARITY
    return fuzz.ratio(key, other) >= needed


@lru_cache(maxsize=100_000)
def _known_spelling(known_names, lemma: str, text: str):
    """The entity ``known_names`` (a gazetteer) knows by a mention's lemma or text, or None."""
    # "W. Brytanii": abbreviated first words leave the rest to be found ("Brytania").
    return known_names.lookup(lemma) or known_names.lookup(text) or known_names.lookup(_INITIALS.sub("", lemma))


# Initials or abbreviated words before a name ("Б.Джонсон", "T. May", "W. Brytanii"): for people they tell
# too little to tell them apart; for places the rest of the name is what a gazetteer knows.
_INITIALS = re.compile(r"^(?:[^\W\d_]\. ?)+(?=[^\W\d_]{2})")


_ACRONYM_LETTERS = range(2, 6)


def _is_acronym(name: str) -> bool:
    return len(name) in _ACRONYM_LETTERS and name.isalpha() and name.isupper()


def _initials(words: list[str]) -> str:
    """The acronym a name's capitalised words make ("Evropská unie" -> "EU", "Organizacja Narodów Zjednoczonych" -> "ONZ")."""
    return "".join(word[0].upper() for word in words if word[:1].isalpha() and len(word) > 2)


def _name_rank(record: _Record, language: str, name: str) -> tuple:
    """How good a display name ``name`` is: the name most documents in ``language`` use; the full name
    (two words or more), once two documents use it; a name before a common noun the gazetteer also lists
    ("Демократическая партия", not "демократ")."""
    uses = record.name_uses[language, name]
    words = len(name.split())
    # A body's name of several words too, once a few documents use it ("Partia Demokratyczna", not "Demokrata", a
    # member of it; not a run of words two documents happen to write, "Деня Брекзит").
    if record.entity.type == "PER":
        full = uses > 1 and min(words, _FULL_NAME_WORDS)
    else:
        full = uses >= _FULL_BODY_NAME_USES and words > 1
    # A person's name other languages write too is less likely a case form of this one's: it counts double
    # ("Theresa May", not Polish "Theresy May", which a few more documents name her by).
    weight = _SHARED_NAME_WEIGHT if record.entity.type == "PER" and len(record.name_languages.get(name, ())) > 1 else 1
    # A document lemmatises a name with the short article where it never writes it bare (bg "Конгреса"): across
    # documents the bare name is the name, and the uses with the article are its uses.
    with_article = with_short_article(name, language)
    uses += sum(record.name_uses[language, form] for form in with_article)
    bare = not (name in with_short_article(name[:-1], language) and record.name_uses[language, name[:-1]])
    # A capitalised name counts its lower-case spelling's uses too: "Demokrat" (and 102 "demokrat"), not a rare case
    # form the dictionary left ("Demokratu").
    folded = sum(record.folded_uses[language, form.lower()] for form in (name, *with_article))
    # A capitalised spelling is preferred if it is a name of several words or more than one mention writes it: a
    # one-off word (sl "Torej", "so", after a stray quote mark) is no name of the party beside a dozen "konservativec".
    capitalised = name[:1].isupper() and (words > 1 or folded > 1)
    return (full, capitalised, bare, folded * weight, uses * weight, -len(name), name)


_DIGITS = re.compile(r"\d+")


def _numbers_in(name: str) -> tuple[str, ...]:
    """The numbers a name writes: names that write others name other things ("Nord Stream 2" and "Nord Stream")."""
    return tuple(_DIGITS.findall(name))


def _nominative_named(mention: Mention, record: _Record, language: str) -> str | None:
    """A case form the document alone could not undo ("Ryanairu", "Nord Streamu": the text never writes the name
    bare) made the entity's name that the form declines, where other documents write that name more often than this
    form ("Ryanair", "Nord Stream", "Род-Айленд"; "Georgia" stays, though "Georgi" is a case form of it too). Not a
    person's full name, whose words decline together ("Baracka Obame")."""
    *head, last = mention.lemma.split(" ")
    if head and mention.type == "PER":
        return None
    bare, number = without_number(last)  # "covidu-19"
    named = [name for word in nominative_candidates(bare, language)[1:]
             if (name := " ".join([*head, word + number])) in record.name_languages]
    best = max(named, key=lambda name: _name_uses(record, name), default=None)
    return best if best is not None and _name_uses(record, best) > _name_uses(record, mention.lemma) else None


def _name_uses(record: _Record, name: str) -> int:
    """Documents naming the entity ``name``, in any language."""
    return sum(record.name_uses[language, name] for language in record.name_languages.get(name, ()))


def _told_types(group: _Group, text: str) -> int:
    """How many of a group's mentions follow a word that gives them the group's type: a disease word (an event), a
    kind noun of companies, places or works ("airline Ryanair", "gazociągu Nord Stream"), a company form, an
    executive's title ("szef Ryanair Michael O'Leary")."""
    if group.type == "PER" or len(group.words) > 1 and is_given_name(group.words[0]):  # "firmy Pfizer Albert Bourla"
        return 0
    return sum(1 for m in group.mentions if m.type == group.type and (
        kind_before(text, m.start) == group.type or m.type == "ORG" and executive_before(text, m.start)))


def _false_friend(names: dict[str, str], group: _Group, language: str) -> bool:
    """Whether a one-word common noun of ``language``, or any one-word name of a country, is spelled as the entity's
    name in other, not neighbouring languages only, the entity having another name in ``language`` ("Polonia" in
    Polish, Poland being "Polska"; Czech "kina" are cinemas, not Croatian "Kina", China)."""
    own = names.get(language)
    if own is None or own == group.name or len(group.words) != 1:
        return False
    spelled = {stem_key(group.name), *(stem_key(m.text) for m in group.mentions)}
    # A word spelled as the language's own name begins ("Rus", a Russian, and "Rusko") or as its words run
    # together ("Великобританія", "Велика Британія") is the language's own.
    own_key = stem_key(own).replace(" ", "")
    if any(len(common_prefix(word, own_key)) >= min(_OWN_NAME_PREFIX, len(word)) for word in spelled):
        return False
    # A neighbour's name is one the language also uses (Bulgarian writes "Великобритания" as Russian does).
    kin = _kin(language)
    foreign = any(stem_key(name) in spelled for other, name in names.items() if other not in kin)
    if foreign and len(names) >= COUNTRY_LANGUAGES:
        # A country has a name of its own in every language: another language's is a namesake (Czech and Polish
        # "Georgia" is the US state, the country being "Gruzie", "Gruzja"), unless it only spells the own name
        # otherwise (Slovene "Luxembourgu", "Luksemburg").
        own_skeleton = skeleton(own)
        return len(common_prefix(skeleton(group.name), own_skeleton)) < min(_OWN_NAME_PREFIX, len(own_skeleton))
    return foreign and is_common_word(group.words[0], language)


_OWN_NAME_PREFIX = 4


@lru_cache(maxsize=64)
def _kin(language: str) -> frozenset[str]:
    return frozenset({language, *value(language, "identify", "NEIGHBOURS", ())})


def _dictionary_person(group: _Group, language: str) -> bool:
    """A uk/ru dictionary reads the group's one word as a first name or surname only ("Джордж")."""
    return len(group.words) == 1 and proper_reading(group.words[0], language) in ("Name", "Surn", "Patr")


def _names_party(text: str, language: str) -> bool:
    return any(word in text for word in value(language, "names", "PARTY_WORDS", ()))


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")  # as the mentions' words: "Либерално-демократическата"


def _groups(mentions: list[Mention]) -> list[_Group]:
    """Mentions of the same referent within one document; a person's name after initials counts as the bare surname."""
    by_key: dict[str, _Group] = {}
    for mention in mentions:
        name = _INITIALS.sub("", mention.lemma) if mention.type == "PER" else mention.lemma
        key = phonetic_key(name) or phonetic_key(mention.text)
        group = by_key.get(key)
        if group is None:
            by_key[key] = _Group([mention], mention.type, name)
            continue
        group.mentions.append(mention)
        if len(name.split()) > len(group.words):
            group.rename(name)
    people = [g for g in by_key.values() if g.type == "PER" and len(g.words) > 1]
    by_surname, by_first_name = defaultdict(list), defaultdict(list)
    for person in people:
        by_surname[phonetic_key(person.words[-1])].append(person)
        if len(person.words) == _FULL_NAME_WORDS:
            by_first_name[phonetic_key(person.words[0])].append(person)
    spelled_out = {_initials(g.words): g for g in by_key.values() if g.type != "PER" and len(g.words) > 1}
    groups = []
    for key, group in by_key.items():
        # An acronym the gazetteer knows is resolved by it: "ЕС" is the Union, not the Council "Европейски съвет".
        full_name = spelled_out.get(group.name) if _is_acronym(group.name) and not gazetteer().lookup(group.name) else None
        if full_name is not None:  # "Unia Europejska (UE)", "Европейски съюз" … "ЕС"
            full_name.mentions.extend(group.mentions)
            continue
        # An acronym is no surname nor first name ("UE" is not the person "Trybunału UE", "САЩ" not "Байдън САЩ").
        lone_word = len(group.words) == 1 and group.type in ("PER", "LOC", "ORG") and not _is_acronym(group.name)
        # A word typed a place or body joins a person only written as the surname is ("Rubio"; not "Rosja" / "Roś").
        full = [p for p in by_surname.get(key, ()) if group.type == "PER" or p.words[-1] == group.name] if lone_word else []
        # Several people of the document with the surname ("Melania Trump", "Donald Trump"): the surname alone is
        # left to the linker, which knows whom it names most.
        if len({phonetic_key(p.words[0]) for p in full}) > 1:
            groups.append(group)
            continue
        if full:
            owner = max(full, key=lambda p: len(p.mentions))
            owner.mentions.extend(group.mentions)
            continue
        # A first name alone is the one person of the document who has it ("Asia" after "Asia Bibi"); only
        # a name of two words tells its first name for sure ("Брекзит Мишел Барние" is a run of two names).
        named = [p for p in by_first_name.get(key, ()) if group.type == "PER" or p.words[0] == group.name] if lone_word else []
        if len(named) == 1:
            named[0].mentions.extend(group.mentions)
            continue
        groups.append(group)
    return _short_forms_joined(groups)


_SHORTENED_TYPES = ("ORG", "LOC")


def _short_forms_joined(groups: list[_Group]) -> list[_Group]:
    """A body or place also written shorter in the same document is one referent: "Unii" after "Unii
    Europejskiej", "Británie" after "Velké Británie", "Конгресс" after "Конгресс США", "Британии" after
    "Великобритании". The short form must shorten exactly one longer name there (``_shortens``), and be no
    acronym and no name the gazetteer knows ("Irsko" is not "Severní Irsko", "Rusko" not "Bělorusko")."""
    places = [g for g in groups if g.type in _SHORTENED_TYPES]
    word_keys = {id(g): [phonetic_key(word) for word in g.words] for g in places}
    # What a short form can shorten: a name of several words with its first word, or a one-word compound by
    # its end (each end it may be shortened to, so that a document's places are not compared pair by pair).
    containing, compound_ends = defaultdict(list), defaultdict(list)
    for place in places:
        keys = word_keys[id(place)]
        for cut in range(_COMPOUND_HEAD, len(keys[0]) - _COMPOUND_TAIL + 1) if len(keys) == 1 else ():
            compound_ends[keys[0][cut:]].append(place)
        for key in keys if len(keys) > 1 else ():
            if not containing[key] or containing[key][-1] is not place:
                containing[key].append(place)
    kept = []
    for group in groups:
        # An acronym is spelled out by its initials ("ЕС" is no word of "Съвет на ЕС").
        short = group.type in _SHORTENED_TYPES and not group.name.isupper()
        part = word_keys.get(id(group)) if short else None
        candidates = [*containing.get(part[0], ()), *(compound_ends.get(part[0], ()) if len(part) == 1 else ())] if part else ()
        owners = [g for g in candidates if g is not group and _shortens(part, word_keys[id(g)])]
        if len(owners) == 1 and not _known_name(group):
            owners[0].mentions.extend(group.mentions)
        else:
            kept.append(group)
    return kept


_COMPOUND_TAIL = 5  # letters of a key that can stand for a compound ending in them
_COMPOUND_HEAD = 3


def _shortens(part: list[str], words: list[str]) -> bool:
    """Whether the word keys ``part`` shorten the name of word keys ``words``: consecutive words of it ("Unii" /
    "Unii Europejskiej"), or the end of a one-word compound ("Британии" / "Великобритании")."""
    if len(part) < len(words):
        return _inside(words, part)
    return (
        len(part) == len(words) == 1
        and len(part[0]) >= _COMPOUND_TAIL
        and len(words[0]) - len(part[0]) >= _COMPOUND_HEAD
        and words[0].endswith(part[0])
    )


def _known_name(group: _Group) -> bool:
    known = gazetteer()
    return any(known.lookup(name) for name in {group.name, *(m.text for m in group.mentions)})


def _inside(words: list[str], part: list[str]) -> bool:
    """``part`` is a run of consecutive items of ``words``."""
    size = len(part)
    return any(words[start : start + size] == part for start in range(len(words) - size + 1))
