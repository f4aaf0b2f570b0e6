"""Actors: mentions found by the gazetteer, spaCy NER and group-noun heuristics, resolved to ids.

Titles are stripped into roles ("California Governor Gavin Newsom" -> Gavin Newsom, role
"Governor"), acronyms introduced in brackets become aliases, surnames, titles ("the
governor") and organisation heads ("the department") resolve to actors named earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graphkit.model import Actor

from .matchers import Matchers
from .resources import Resources, norm, slug

PARTY_LETTERS = frozenset({"D", "R", "I"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
# Words a title-case headline leaves lower-case ("California Sues Trump over Guard
# Federalization"): prepositions and conjunctions of four letters or more.
HEADLINE_SMALL_WORDS = frozenset({
    "over", "from", "with", "into", "onto", "upon", "amid", "than", "that", "after", "about",
    "between", "among", "against", "through", "toward", "towards", "under", "until", "near",
    "without", "within", "across", "despite", "during", "before", "while", "when"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
# what sets an apposition off from the name before it ("Homan, the border czar,")
SET_OFF = frozenset({",", "(", "-", "\u2013", "\u2014", ":", "--"})
NER_KINDS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location",
             "FAC": "Location"}


@dataclass
class Mention:
    start: int
    end: int
    actor: str
    source: str  # gazetteer | ner | group | title | acronym


@dataclass
class DocActors:
    """Per-document actor state shared by the relation and stance rules."""

    doc: Doc
    res: Resources
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    tok: dict[int, str] = field(default_factory=dict)  # token index -> actor id
    discovered: set[str] = field(default_factory=set)  # emitted only if they take part
    acting: set[str] = field(default_factory=set)  # locations that act (sue, say…)
    unnamed: set[str] = field(default_factory=set)  # "a federal judge": no "he", no stances
    issue_heads: set[int] = field(default_factory=set)  # tokens that name an issue
    issue_map: dict[str, list[str]] | None = None  # actor -> its activity's issues (stances)
    qa: dict[tuple[int, int], str] = field(default_factory=dict)  # Q&A answer span -> speaker
    labels: dict[int, str] = field(default_factory=dict)  # transcript label (char) -> speaker
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quoted token spans
    # who speaks each quote, run-on quotes included (known once the relation rules run)
    speakers: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    # suit token -> the issues it defends (a suit over taking funds from their holders)
    defended: dict[int, set[str]] = field(default_factory=dict)
    # (person, other, type, rule, evidence sentence, confidence)
    affiliations: list[tuple[str, str, str, str, Span, float]] = field(default_factory=list)

    _sents: list[Span] | None = None
    _starts: list[int] | None = None
    _text: str | None = None

    # -- look-ups -----------------------------------------------------------------------
    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text  # Doc.text joins tokens on every access
        return self._text

    def sent(self, t: Token | int) -> Span:
        """The sentence of a token (cached: Token.sent walks the document each time)."""
        if self._starts is None:
            self._sents = list(self.doc.sents)
            self._starts = [s.start for s in self._sents]
        i = t if isinstance(t, int) else t.i
        return self._sents[bisect_right(self._starts, i) - 1]

    def kind(self, actor_id: str) -> str:
        a = self.actors.get(actor_id)
        return a.kind if a else ""

    def actor_at(self, t: Token) -> str | None:
        """The actor a token stands for, resolving he/she/his to the last person."""
        hit = self.tok.get(t.i)
        if hit:
            return hit
        low = t.lower_
        if low in PERSON_PRONOUNS and t.pos_ == "PRON":
            return self._fronted_subject(t) or self.last_person(t)
        if t.lemma_.lower() in self.res.proper_groups and t.tag_ in ("NN", "NNP") and (
                t.dep_ in ("nsubj", "nsubjpass")) and any(
                c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            return self.last_person(t)  # "The Democrat also accused Homan": as "she" would
        return None

    def gender(self, actor_id: str) -> str | None:
        """'f' or 'm' when the first name or a role says so (lexicon: ``first_names``,
        ``gendered_roles``), else None."""
        a = self.actors.get(actor_id)
        if a is None or a.kind != "Person":
            return None
        first = a.name.split()[0].lower() if a.name.split() else ""
        for g in ("f", "m"):
            if first in self.res.first_names.get(g, ()) or any(
                    w in self.res.gendered_roles.get(g, ()) for r in a.roles
                    for w in r.lower().split()):
                return g
        return None

    def _fronted_subject(self, t: Token) -> str | None:
        """'Asked whether he supported …, Trump replied': a pronoun in a clause that opens
        the sentence before its subject is that subject (a person)."""
        if t.lower_ not in ("he", "she", "his", "her", "him"):
            return None
        x, start = t, self.sent(t).start
        # (through clauses inside the opening one: "Asked whether he backed it, as his border
        # czar had floated, Trump said")
        while not (x.dep_ == "advcl" and x.i == start) and x.head.i != x.i:
            if x.dep_ == "pcomp" and x.tag_ == "VBG" and x.head.dep_ == "prep" and (
                    x.head.i == start):
                x = x.head  # "In defending his decision …, Trump said": the same
                break
            x = x.head
        if x.i != self.sent(x).start or not (
                x.dep_ == "advcl" and x.tag_ in ("VBN", "VBG") or x.dep_ == "prep"):
            return None
        subj = next((c for c in x.head.children if c.dep_ == "nsubj" and c.i > x.right_edge.i),
                    None)
        a = self.tok.get(subj.i) if subj is not None else None
        return a if a and self.kind(a) == "Person" else None

    def last_person(self, t: Token) -> str | None:
        sent_start = self.sent(t).start
        # "she" is not a man the text names: a person whose gender is known must agree
        want = PRONOUN_GENDER.get(t.lower_)
        # "Barbosa and Alcantar joined him": an object pronoun is not its own verb's subject
        own = {who for (qs, qe), who in self.qa.items() if qs <= t.i < qe}  # ("BONTA: He
        # took control of the Guard": not the one answering, who says "I"; nor a quote's
        # speaker: '"Trump is a tyrant," Newsom wrote. "He sent Marines …"')
        own |= {who for (qs, qe), who_ in self.speakers.items() if qs <= t.i < qe
                for who in who_}
        if t.dep_ in ("dobj", "dative") and t.lower_ in ("him", "her"):
            subs = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            subs += [x for c in subs for x in c.conjuncts]
            own |= {self.tok[x.i] for x in subs if x.i in self.tok}
        return self._last_person(t, sent_start, lambda a: a not in own and (
            not want or self.gender(a) in (None, want)))

    def _last_person(self, t: Token, sent_start: int, agrees) -> str | None:
        # the closest preceding Person mention, preferring subjects, within ~3 sentences
        best = None
        # a name inside a quote is not what "he" outside it points back to ('"Trump is a
        # liar," he said'); quote spans are known once the relation rules run
        outside = [q for q in self.quotes if not q[0] <= t.i < q[1]]
        if len(outside) < len(self.quotes) and self.speakers:
            outside = []  # (inside a quote, a name the quotes say is a fine antecedent)
        said = t.head.head if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp" else None
        if said is not None and said.i < t.i and said.lemma_.lower() in self.res.reporting:
            # "… and so Trump has said he will protect our agents": the one who says it
            for c in said.children:
                a = self.tok.get(c.i) if c.dep_ == "nsubj" else None
                if a and self.kind(a) == "Person" and agrees(a) and not any(
                        qa <= c.i < qb for qa, qb in outside):
                    return a
        if t.dep_ in ("nsubj", "nsubjpass"):
            # a subject pronoun points back to the sentence's subject, not to a name in a
            # phrase before it ("Trump faced criticism from Newsom when he mobilized …")
            for m in self.mentions:
                if sent_start <= m.start < t.i and self.kind(m.actor) == "Person" and (
                        self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass", "ROOT")) and not any(
                        a <= m.start < b for a, b in outside) and agrees(m.actor):
                    return m.actor
        for m in reversed(self.mentions):
            if m.start >= t.i:
                continue
            if t.i - m.start > 120:
                break
            if self.kind(m.actor) != "Person" or any(a <= m.start < b for a, b in outside) or (
                    not agrees(m.actor)) or m.actor in self.unnamed:
                continue
            head = self.doc[m.end - 1]
            if head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i >= m.end:
                word = head.head.lemma_.lower()
                if not (word in self.res.org_heads or word in self.res.titles
                        or word in self.res.proxy_nouns or word in self.res.group_nouns):
                    continue  # "the George Floyd protests": a name the protests go by
            if head.dep_ in ("nsubj", "nsubjpass") or m.start >= sent_start:
                return m.actor
            if best is None:
                best = m.actor
        return best

    def is_police(self, actor_id: str | None) -> bool:
        """An organisation whose name says it is a police force ("LAPD", "Sheriff's Department")."""
        a = self.actors.get(actor_id or "")
        return bool(a and a.kind == "Organization"
                    and self.res.force_words & set(a.name.lower().split()))

    def add_role(self, actor_id: str, role: str) -> None:
        a = self.actors.get(actor_id)
        # a headline the parser ran into the first sentence: keep the role's own line
        role = " ".join(role.split("\n")[-1].split())
        if a and role and role not in a.roles:
            a.roles.append(role)


def _strip_titles(span: Span, res: Resources) -> tuple[Span, list[Token]]:
    """Drop leading titles/honorifics/determiners from a name span."""
    i = span.start
    while i < span.end - 1:
        t = span.doc[i]
        low = t.lower_
        if low in res.titles or low in res.abbreviations or low in res.honorifics or low == "the":
            i += 1
            continue
        break
    return span.doc[i:span.end], list(span.doc[span.start:i])


def _ensure(da: DocActors, actor_id: str, name: str, kind: str) -> Actor:
    a = da.actors.get(actor_id)
    if a is None:
        known = da.res.actors.get(actor_id)
        if known:
            a = Actor(id=known.id, name=known.name, kind=known.kind)
        else:
            a = Actor(id=actor_id, name=name, kind=kind)
        da.actors[actor_id] = a
    return a


def _add_mention(da: DocActors, span: Span, actor_id: str, name: str, kind: str,
                 source: str, alias: bool = True) -> None:
    a = _ensure(da, actor_id, name, kind)
    a.mentions += 1
    text = span.text.replace("\u2019", "'") if alias else ""
    if text[:4].lower() == "the ":
        text = text[4:]
    text = text.rstrip(" ([,-\u2013\u2014")  # "Coalition for … Rights (" before "(CHIRLA)"
    if text and text != a.name and text not in a.aliases and len(text) < 80:
        a.aliases.append(text)
    da.mentions.append(Mention(span.start, span.end, actor_id, source))
    for i in range(span.start, span.end):
        da.tok[i] = actor_id


def _home_named(text: str, known, generic: frozenset[str]) -> bool:
    """Does the text name the place of a gazetteer body known by a generic alias ("Los
    Angeles" or "LA" for the Los Angeles City Council)?"""
    names = [known.name, *known.aliases]
    places = {" ".join(w for w in n.split() if w.lower() not in generic) for n in names}
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text) for p in places if p)


def find_actors(doc: Doc, res: Resources, mat: Matchers,
                words: dict[str, list[tuple[int, int]]]) -> DocActors:
    da = DocActors(doc=doc, res=res)
    cands: list[Span] = []
    labels: dict[tuple[int, int], str] = {}
    # 1. gazetteer aliases
    generic = res.generic_name_words
    for match_id, s, e in mat.gazetteer(doc):
        span = doc[s:e]
        if e - s == 1 and span[0].is_lower and not mat.lower_ok.get(span[0].norm_, False):
            continue  # "ice", "bass": common nouns, not the agency or the mayor
        left = s
        while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].is_title and (
                doc[left - 1].dep_ == "compound"):
            left -= 1
        if left == s and s >= 2 and doc[s - 1].dep_ == "case" and doc[s - 2].ent_type_ == "GPE":
            # "New York's City Council"
            left = min(t.i for t in doc[s - 2].subtree if t.i < s - 1)
        if left < s and all(t.lower_ in generic or t.tag_ == "POS" for t in span):
            # "the Huntington Park City Council", "New York's City Council": another town's
            # council, not the one the gazetteer calls "City Council"
            cands.append(doc[left:e])
            labels[(left, e)] = "ORG"
            continue
        if all(t.lower_ in generic or t.tag_ == "POS" for t in span) and not _home_named(
                da.text, res.actors[doc.vocab.strings[match_id]], generic):
            # a bare "City Council" in a story that never names Los Angeles: that city's own
            cands.append(span)
            labels[(s, e)] = "ORG"
            continue
        cands.append(span)
        labels[(s, e)] = "GAZ:" + doc.vocab.strings[match_id]
    # "the Fresno County Sheriff's Office" the tagger missed: a county's sheriff's office
    for t in doc:
        if t.lower_ == "sheriff" and t.i + 2 < len(doc) and doc[t.i + 1].tag_ == "POS" and (
                doc[t.i + 2].lower_ in ("office", "department")) and doc[t.i + 2].is_title:
            left = t.i
            while left > 0 and doc[left - 1].is_title and doc[left - 1].pos_ == "PROPN":
                left -= 1
            if left < t.i and not any(left <= i < t.i + 3 for sp in cands
                                      for i in range(sp.start, sp.end)):
                cands.append(doc[left:t.i + 3])
                labels[(left, t.i + 3)] = "ORG"
    # ("the City Council" after "the Long Beach City Council": that council again)
    local = [sp for sp in cands if labels.get((sp.start, sp.end)) == "ORG"]
    for sp in list(cands):
        if labels[(sp.start, sp.end)].startswith("GAZ:") and all(
                t.lower_ in generic or t.tag_ == "POS" for t in sp) \
                and any(o.text.lower().endswith(" " + sp.text.lower()) for o in local):
            labels[(sp.start, sp.end)] = "LOCAL:" + labels[(sp.start, sp.end)][4:]
    # 2. named entities ("the National Guard" -> "National Guard", so that a gazetteer
    # alias of the same length, "National Guard troops", is not beaten by the article)
    gaz_toks = {i for sp in cands for i in range(sp.start, sp.end)}
    for ent in doc.ents:
        if ent.label_ == "WORK_OF_ART" and _speaker_after_quote(ent, res):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        if ent.label_ == "NORP" and _of_person(ent):
            ent = _with_place(ent)
            if (ent.start, ent.end) not in labels:
                cands.append(ent)
                labels[(ent.start, ent.end)] = "ORG"
            continue
        if ent.label_ in NER_KINDS:
            while len(ent) > 1 and ent[-1].is_space:  # "Baraka\n" (a one-word headline)
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
            if len(ent) > 1 and ent[0].lower_ == "the":
                ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
            while len(ent) > 1 and ent[0].tag_ in ("VBG", "VBN"):
                # "Addressing Trump's decision, …": the opening verb is not in the name
                ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in res.titles and (
                    ent.end < len(doc) and doc[ent.end].pos_ == "PROPN"):
                continue  # "[Charlotte Mayor] [Vi Lyles]": a place and title, not a person
            if ent.label_ == "PERSON" and len(ent) == 1 and ent.end < len(doc) and (
                    ent[0].dep_ == "compound" and ent[0].head.i == ent.end) and (
                    doc[ent.end].pos_ == "PROPN" and doc[ent.end].is_title
                    and doc[ent.end].is_alpha and ent.end not in gaz_toks
                    and doc[ent.end].lower_ not in res.titles and not (
                        ent.end + 1 < len(doc) and doc[ent.end + 1].is_title
                        and doc[ent.end + 1].is_alpha)):
                # "Gov. Jeff Landry" tagged "Jeff" alone: the surname it heads is the name's
                ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)
            while ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in res.day_names:
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "Lee Thursday"
            while len(ent) > 1 and (ent[-1].pos_ in ("ADP", "CCONJ", "DET", "SCONJ") or (
                    ent[-1].dep_ == "case" and ent[-1].lower_.replace("\u2019", "'") in ("'s", "'"))):
                # "Civic Center and"; "Stephen Miller's": the name without the possessive
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
            poss = next((t.i for t in ent[2:-1] if t.dep_ == "case"), None)
            if ent.label_ == "ORG" and poss is not None and (
                    doc[poss - 1].lower_ in res.org_heads | res.unit_heads):
                # "the Brennan Center's Liberty and National Security Program": the
                # organisation, not its programme (not "Children's Hospital")
                ent = Span(doc, ent.start, poss, label=ent.label_)
            if ent.label_ == "ORG" and ent.end + 1 < len(doc) and doc[ent.end].is_digit and (
                    doc[ent.end + 1].lower_ in res.titles):
                # "SEIU Local 503 President Johnny Earl": the number is the branch's
                ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)
            while ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in res.title_modifiers \
                    and ent.end < len(doc) and doc[ent.end].lower_ in res.titles:
                # "CHIRLA Executive Director Angelica Salas": the title's first word
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
            if ent.text.lower() in res.not_names:
                continue  # "(0300 GMT)": a time zone
            if any(t.text == "/" for t in doc[max(0, ent.start - 1):min(len(doc), ent.end + 1)]) or (
                    any(t.lower_ in ("photo", "photos") for t in doc[max(0, ent.start - 2):ent.end])):
                continue  # a photo credit: "(AP Photo/Eric Thayer)", "Photo by Mario Tama/Getty"
            cut = next((t.i for t in ent if t.text == "("), None)
            if cut is not None and cut > ent.start and not any(t.text == ")" for t in ent):
                # "Service Employees International Union California (SEIU": the name before
                # the bracket
                ent = Span(doc, ent.start, cut, label=ent.label_)
            if ent.label_ == "ORG" and any(t.pos_ == "VERB" for t in ent) and _title_case(
                    da.text, ent.start_char):
                continue  # a headline read as a name ("Clashes Spread Across …")
            if len(ent) > 1 and ent[-1].lower_ in res.law_words:
                continue  # "Posse Comitatus Act", "Presidential Memorandum": texts, not actors
            if _bill(ent, res):
                continue  # "Senate Bill 627", "Assembly Bill 49": a bill, not a person or house
            if any(t.lower_ in ("v.", "vs.", "v", "vs", "versus") for t in ent[1:-1]):
                continue  # "Vasquez Perdomo v. Noem": a case (acts.case_names), not an actor
            if any(t.is_lower and t.is_alpha and t.lower_ not in res.name_connectors
                   for t in ent[1:-1]):
                continue  # "101 Freeway as Guard": a run-on, not a name
            if gaz_toks.intersection(range(ent.start, ent.end)) and any(
                    t.text == "," for t in ent):
                continue  # "Noem, Padilla wrote": two names run together, not one
            inner = [sp for sp in cands if ent.start <= sp.start and sp.end <= ent.end
                     and labels.get((sp.start, sp.end), "").startswith("GAZ:")]
            joins = [t for t in ent if not any(sp.start <= t.i < sp.end for sp in inner)]
            last = res.actors[labels[(inner[-1].start, inner[-1].end)][4:]] if inner else None
            if len(inner) >= 2 and all(t.lower_ in ("and", ",", "&", "the") for t in joins) and (
                    joins or last.kind != "Location"):
                # "Border Patrol and Immigration and Customs Enforcement", "California
                # National Guardsmen": known names run together (not "SEIU California", a
                # body's branch in a place)
                continue
            if gaz_toks.intersection(range(ent.start, ent.end)) and _title_case(
                    da.text, ent.start_char):
                continue  # headline case ("Trump Praises Guard"): the gazetteer name only
            if (ent.start, ent.end) not in labels:
                cands.append(ent)
                labels[(ent.start, ent.end)] = ent.label_
    # 2b. organisation names the NER missed: a capitalised run that starts or ends with an
    # organisation word ("Coalition for Fair Wages", "Harbor Workers Alliance")
    taken = {i for sp in cands for i in range(sp.start, sp.end)
             if labels[(sp.start, sp.end)] not in ("GPE", "LOC")}
    places = {i for sp in cands for i in range(sp.start, sp.end)} - taken
    for sp in _org_names(doc, res):
        if any(t.pos_ in ("VERB", "AUX") for t in sp) or _title_case(da.text, sp.start_char) or (
                _bill(sp, res)):
            continue  # a headline ("Police Union Backs Mayor"), not a name
        if places.intersection(range(sp.start, sp.end)) and not (
                sp[0].lower_ in res.org_heads and any(t.lower_ == "of" for t in sp)):
            continue  # a place inside only after "Diocese of …", "Department of …"
        if not taken.intersection(range(sp.start, sp.end)) and (sp.start, sp.end) not in labels:
            cands.append(sp)
            labels[(sp.start, sp.end)] = "ORG"
    # 2c. people the NER missed after a capitalised title ("Councilmember Ysabel Jurado",
    # "Bishop Alberto Rojas")
    taken = {i for sp in cands for i in range(sp.start, sp.end)}
    for sp in _titled_people(doc, res, taken):
        if not _title_case(da.text, sp.start_char):
            cands.append(sp)
            labels[(sp.start, sp.end)] = "PERSON"
    # 3. group nouns ("immigrant rights advocates", "local residents")
    for s, _e in words.get("GROUP", []):
        head = doc[s]
        if head.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ in ("amod", "compound") and c.lower_ in res.substance_modifiers
                for c in head.lefts):
            continue  # ("chemical agents", "riot-control agents": substances, not people)
        left = s
        for c in reversed(list(head.lefts)):
            if c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in res.verbs and (
                    c.lower_ not in res.group_modifiers) or (
                    c.i == da.sent(c).start or doc[c.i - 1].is_quote) and (
                    res.lexicon_gerund(c.lower_, c.lemma_.lower())):
                break  # "Frimpong barred agents from …": a verb the parser hung on them
                # ('"Arresting criminal aliens is common sense"': a gerund opening the clause)
            if c.dep_ in ("compound", "amod") and c.i == left - 1 and not c.like_num:
                left = c.left_edge.i if c.left_edge.i >= left - 3 else c.i
            else:
                break
        proper = head.text[:1].isupper() and head.lemma_.lower().removesuffix("s") in (
            res.proper_groups)
        while left < s and (doc[left].dep_ in ("det", "punct", "nummod") or doc[left].lower_ in (
                "more", "additional", "extra") or left + 1 < s and (
                doc[left].lower_ in ("several", "many", "some", "few", "numerous", "multiple",
                                     "other", "more", "so", "too", "most")) or proper and (
                doc[left].lower_ in ("leading", "top", "prominent", "fellow", "senior", "elected", "many",
                                     "several", "some", "other", "so", "most"))):
            left += 1  # "several Democratic governors" (but "several officers" stays whole;
            # "so many leading Democrats" are Democrats)
        if (left, s + 1) not in labels:
            cands.append(doc[left:s + 1])
            labels[(left, s + 1)] = "GROUP"
    bylines = _bylines(da.text)
    if bylines:
        cands = [c for c in cands if not any(a <= c.start_char < b for a, b in bylines)]
    # longest span wins; on a tie the gazetteer (listed first) wins
    spans = sorted(filter_spans(cands), key=lambda sp: sp.start)
    for span in spans:
        label = labels.get((span.start, span.end), "")
        _resolve_span(da, span, label)
    _later_forces(da, [sp for sp in spans if labels.get((sp.start, sp.end)) == "GROUP"])
    _acronyms(da, words.get("ACRONYM", []))
    _merge_variants(da)
    _anaphoric_titles(da, words.get("THE_TITLE", []))
    da.mentions.sort(key=lambda m: m.start)
    _bare_surnames(da)
    _headline_people(da)
    _repeated_names(da)
    _transcript_speakers(da)
    _unnamed_courts(da)
    _court_panels(da)
    return da


# a transcript's speaker label: "BONTA:", "Rob Bonta:", "SEN. MAZIE HIRONO:", "GOVERNOR:"
SPEAKER_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Za-z.'\-]+ ){0,3}[A-Z][A-Za-z'\-]+)[ \t]*:[ \t]+",
                           re.M)


def _transcript_speakers(da: DocActors) -> None:
    """Who each transcript label at a line's start names (``da.labels``): a person the text
    names ("HEGSETH:"), the one person who holds a bare title ("GOVERNOR:"), or a new person
    named in full ("SEN. MAZIE HIRONO:") when the label's surname labels another line, the
    same label recurs, or its first word is a known first name (so "HILL REACTION:" or
    "POLITICO Playbook:" name no one)."""
    res = da.res
    found = [(m, [w for w in m.group(1).replace(".", ". ").split()
                  if w.lower() not in res.titles and w.lower() not in res.abbreviations
                  and w.lower().rstrip(".") not in res.honorifics])
             for m in SPEAKER_LABEL.finditer(da.text)]
    firsts = set().union(*res.first_names.values()) if res.first_names else set()
    # ("ANCHOR DIANA REYES": a job before the name)
    found = [(m, ws[1:] if len(ws) == 3 and ws[0].lower() not in firsts else ws)
             for m, ws in found]
    lone = {ws[0].lower() for _m, ws in found if len(ws) == 1}
    seen = Counter(m.group(1) for m, _ws in found)
    added = False
    for m, ws in found:
        span = da.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            continue
        who = next((da.tok[t.i] for t in span if t.i in da.tok
                    and da.kind(da.tok[t.i]) == "Person"), None)
        if who is None and not ws:
            title = m.group(1).lower().rstrip(".")
            holders = [a for a in da.actors.values() if a.kind == "Person"
                       and _has_role(da, a, title)]
            who = holders[0].id if len(holders) == 1 else None
        elif who is None and len(ws) == 1:
            who = _surname(da, ws[0])
            who = who if who in da.actors else None
        elif who is None and 2 <= len(ws) <= 3 and not any(
                da.doc.vocab[w.lower()].is_stop for w in ws) and (
                ws[-1].lower() in lone or seen[m.group(1)] > 1 or ws[0].lower() in firsts):
            # (not a press release's "THE FACTS:", a heading with a function word)
            name = " ".join(w.capitalize() if w.isupper() else w for w in ws)
            who = next((a.id for a in da.actors.values() if a.kind == "Person"
                        and norm(a.name) == norm(name)), None) or slug(name)
            named = da.doc.char_span(da.text.index(ws[0], m.start(1)), m.end(1),
                                     alignment_mode="expand")
            _add_mention(da, named or span, who, name, "Person", "transcript", alias=False)
            added = True
            # "REYES" read as an organisation, "Diana" as a person of her own: the same one
            parts = {norm(ws[0]), norm(ws[-1])}
            for a in [a for a in da.actors.values() if a.id != who and a.id not in res.actors
                      and norm(a.name) in parts]:
                for x in [x for x in da.mentions if x.actor == a.id]:
                    _reassign(da, x.start, a.id, who)
        if who:
            da.labels[m.start()] = who
    if added:
        da.mentions.sort(key=lambda m: m.start)


def _bill(span: Span, res: Resources) -> bool:
    """Is this name part of a bill's ("Senate Bill 627", lexicon ``bill_words``)?"""
    doc = span.doc
    return any(t.lower_ in res.bill_words and t.i + 1 < len(doc) and doc[t.i + 1].like_num
               for t in (*span, *doc[span.end:span.end + 1]))


def _unnamed_courts(da: DocActors) -> None:
    """'A federal judge sided with Newsom', 'the appeals court paused the order': in a story
    that names no judge (or no court), the unnamed one is an actor of its own, named by its
    head and modifiers ("federal judge", "appeals court")."""
    res = da.res
    named = {k: any(m.actor in da.actors and da.kind(m.actor) == kind and is_judicial(da, m.actor)
                    for m in da.mentions) for k, kind in res.court_heads.items()}
    for t in da.doc:
        kind = res.court_heads.get(t.lower_)
        if kind is None or t.pos_ != "NOUN" or t.i in da.tok:
            continue
        if t.dep_ not in ("nsubj", "nsubjpass", "poss") and not (
                t.dep_ == "pobj" and t.head.dep_ == "agent"):
            continue  # (one that acts: not "asked a judge to …", "filed in federal court")
        if any(c.dep_ == "appos" for c in t.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            continue  # "the judge, Charles Breyer", "court records", "the Court of Appeals"
        mods = [c for c in t.lefts if c.dep_ in ("amod", "compound") and c.i not in da.tok
                and c.lower_ in res.court_modifiers]
        if any(c.dep_ in ("amod", "compound") and c.lower_ not in res.court_modifiers
               for c in t.lefts) and not mods:
            continue  # "an immigration judge", "a Texas court": not the story's court
        if named[t.lower_]:
            # "A federal appeals court allowed Trump …" before "the 9th Circuit" is named:
            # the one court (or judge) of that level the story names
            levels = {c.lower_ for c in mods if c.lower_ in res.court_levels}
            known = _named_courts(da, kind, levels)
            if len(known) == 1:
                start = min([c.i for c in mods] + [t.i])
                _add_mention(da, da.doc[start:t.i + 1], known[0], da.actors[known[0]].name,
                             kind, "court")
            if known or not levels:
                continue  # (but "the district court" where only the Supreme Court is named
                # is another court)
        name = " ".join([c.lower_ for c in mods] + [t.lower_])
        start = min([c.i for c in mods] + [t.i])
        _unnamed_court(da, da.doc[start:t.i + 1], name, kind)
    da.mentions.sort(key=lambda m: m.start)


def _court_panels(da: DocActors) -> None:
    """'A three-judge panel sided with Trump', 'Kotek criticized the panel': a head that names
    a court only at one level (lexicon unnamed_courts ``level_heads``) is the one court of that
    level the story names; with none named, a panel marked as judges' is an actor of its own."""
    res = da.res
    heads = {t: (_panel_modifiers(t), _bench(t, res)) for t in da.doc
             if t.lower_ in res.court_level_heads and t.pos_ == "NOUN"}
    # (a story with a Senate panel or a committee hearing: a bare "the panel" may be theirs)
    rivals = any(t.lemma_.lower() in res.panel_rivals for t in da.doc) or any(
        len(mods) > len(bench) for mods, bench in heads.values())
    for t, (mods, bench) in heads.items():
        level = res.court_level_heads[t.lower_]
        if t.i in da.tok:
            continue
        if any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            continue  # "a panel of the Ninth Circuit": the part noun's
        if len(mods) > len(bench) or rivals and not bench:
            continue  # "a Senate panel", "an advisory panel"
        known = _named_courts(da, "Organization", {level})
        start = min([c.i for c in t.subtree if c.i <= t.i and c.dep_ != "det"] + [t.i])
        if len(known) == 1:
            _add_mention(da, da.doc[start:t.i + 1], known[0], da.actors[known[0]].name,
                         "Organization", "court")
        elif not known and bench and t.dep_ in ("nsubj", "nsubjpass", "poss"):
            span = da.doc[start:t.i + 1]
            _unnamed_court(da, span, span.text.lower(), "Organization")
    da.mentions.sort(key=lambda m: m.start)


def _unnamed_court(da: DocActors, span: Span, name: str, kind: str) -> None:
    """A judge or court the story leaves unnamed: an actor of its own, named by its words."""
    aid = da.res.new_actor_id(name)
    da.unnamed.add(aid)
    _add_mention(da, span, aid, name, kind, "court")


def _panel_modifiers(t: Token) -> list[Token]:
    return [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod")]


def _bench(t: Token, res: Resources) -> list[Token]:
    """The modifiers marking a panel as judges' ("three-judge", "appeals")."""
    return [c for c in _panel_modifiers(t)
            if c.lower_ in res.court_modifiers or c.lemma_.lower() in res.bench_words]


def _named_courts(da: DocActors, kind: str, levels: set[str]) -> list[str]:
    """The judges or courts of ``kind`` the story names at every one of these levels
    (lexicon unnamed_courts ``levels``: "appeals" -> "circuit", "appeals")."""
    ids = {m.actor for m in da.mentions if m.actor in da.actors and da.kind(m.actor) == kind
           and m.actor not in da.unnamed and is_judicial(da, m.actor)}

    def at(a: str, level: str) -> bool:
        words = " ".join([da.actors[a].name, *da.actors[a].roles]).lower().split()
        return any(w in words for w in da.res.court_levels[level])
    return sorted(a for a in ids if all(at(a, lv) for lv in levels))


def _later_forces(da: DocActors, spans: list[Span]) -> None:
    """'Police fired tear gas … The LAPD said …': a bare "police" before any force is named
    is the one police force the story names."""
    bare = [sp for sp in spans if len(sp) == 1 and sp[0].i not in da.tok
            and sp[0].lemma_.lower() in da.res.force_members]
    forces = {m.actor for m in da.mentions if da.is_police(m.actor)} if bare else set()
    if len(forces) == 1:
        force = forces.pop()
        for sp in bare:
            _add_mention(da, sp, force, da.actors[force].name, da.actors[force].kind, "group")


def _bare_surnames(da: DocActors) -> None:
    """A surname on its own that the tagger did not mark ("… but Noem criticized Walz"): the
    one person named before with that surname."""
    doc = da.doc
    people: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in da.mentions:
        if da.kind(m.actor) == "Person":
            last = da.actors[m.actor].name.split()[-1]
            people.setdefault(last, set()).add(m.actor)
            first.setdefault(m.actor, m.start)
    added = False
    for t in doc:
        ids = people.get(t.text)
        if (t.i in da.tok or not ids or len(ids) != 1 or len(t.text) < 3 or t.pos_ != "PROPN"
                or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"
                or t.i > 0 and doc[t.i - 1].pos_ == "PROPN"):
            continue
        aid = next(iter(ids))
        if first[aid] < t.i:
            _add_mention(da, doc[t.i:t.i + 1], aid, da.actors[aid].name, "Person", "surname")
            added = True
    if added:
        da.mentions.sort(key=lambda m: m.start)


def _member_state(da: DocActors, span: Span) -> bool:
    """Is the span a place in brackets right after a person's name, "Rep. Bennie Thompson
    (Mississippi)": the member's state, a label that does nothing?"""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or (
            doc[span.end].text != ")"):
        return False
    before = doc[span.start - 2]
    a = da.tok.get(before.i)
    return before.ent_type_ == "PERSON" or a is not None and da.kind(a) == "Person"


def _in_party_label(span: Span) -> bool:
    """Is the span inside a party-and-district label, "(D-Inglewood, Compton, Carson)"?"""
    doc = span.doc
    for k in range(span.start - 1, max(-1, span.start - 40), -1):
        if doc[k].text in (")", ".", ";") or "\n" in doc[k].text:
            return False
        if doc[k].text == "(":
            return k + 2 < span.start and doc[k + 1].text in PARTY_LETTERS and doc[
                k + 2].text in ("-", "\u2013")
    return False


def _headline_people(da: DocActors) -> None:
    """'Lupe Arreola Slams ICE', 'Arreola Slams ICE': a title-case headline the tagger read
    no name in, naming a person the story goes on to name in full (a surname only when one
    person of the story has it)."""
    doc = da.doc
    nl = da.text.find("\n")
    if nl <= 0:
        return
    end = next((t.i for t in doc if t.idx >= nl), len(doc))
    people = [a for a in da.actors.values() if a.kind == "Person" and a.mentions > 0
              and len(a.name.split()) > 1]
    by_surname: dict[str, list[str]] = {}
    for a in people:
        by_surname.setdefault(a.name.split()[-1], []).append(a.id)
    added = False
    i = 0
    while i < end:
        t = doc[i]
        if t.i in da.tok or not t.text[:1].isupper():
            i += 1
            continue
        full = next((a for a in people if tuple(x.text for x in doc[i:min(end, i + len(
            a.name.split()))]) == tuple(a.name.split())), None)
        if full is not None:
            n = len(full.name.split())
            if not any(x.i in da.tok for x in doc[i:i + n]):
                _add_mention(da, doc[i:i + n], full.id, full.name, "Person", "headline")
                added = True
            i += n
            continue
        ids = by_surname.get(t.text, [])
        if len(ids) == 1 and len(t.text) >= 3 and not (
                i + 1 < end and doc[i + 1].pos_ == "PROPN" and doc[i + 1].i not in da.tok):
            _add_mention(da, doc[i:i + 1], ids[0], da.actors[ids[0]].name, "Person", "headline")
            added = True
        i += 1
    if added:
        da.mentions.sort(key=lambda m: m.start)


def _repeated_names(da: DocActors) -> None:
    """A place or organisation named again where the tagger did not mark it ("…to
    Illinois\nIllinois and Chicago sued"): the actor of that name, when the words stand
    alone (not part of a longer name)."""
    doc = da.doc
    names = {tuple(a.name.split()): a.id for a in da.actors.values()
             if a.kind in ("Location", "Organization") and a.mentions > 0 and a.name}
    starts: dict[str, list[Token]] = {}
    for t in doc:
        if t.pos_ == "PROPN" and t.i not in da.tok:
            starts.setdefault(t.text, []).append(t)
    added = False
    for words, aid in names.items():
        n = len(words)
        for t in starts.get(words[0], ()):
            if t.i + n > len(doc):
                continue
            span = doc[t.i:t.i + n]
            if tuple(x.text for x in span) != words or any(x.i in da.tok for x in span) or (
                    span.end < len(doc) and doc[span.end].pos_ == "PROPN") or (
                    t.i > 0 and doc[t.i - 1].pos_ == "PROPN"):
                continue
            _add_mention(da, span, aid, da.actors[aid].name, da.actors[aid].kind, "repeat")
            added = True
    if added:
        da.mentions.sort(key=lambda m: m.start)


# "By Ana Ruiz and Tom Lee, Staff Writers": a short line, not a sentence ("By Monday, the
# Guard had arrived." ends with a full stop)
BYLINE = re.compile(r"^[ \t]*by[ \t]+\S[^\n]{0,120}(?<![.!?\"\u201d])[ \t]*$", re.I | re.M)


def _bylines(text: str) -> list[tuple[int, int]]:
    """Character ranges of byline lines ("By Ana Ruiz and Tom Lee, Staff Writers") near the
    top: the reporters are not actors of the story."""
    top = len("\n".join(text.split("\n")[:8]))
    return [(m.start(), m.end()) for m in BYLINE.finditer(text) if m.start() < top]


def _of_person(ent: Span) -> bool:
    """'Lauren Tomasi of 9News', 'Jose Gomez of the Archdiocese of Los Angeles': a name
    the tagger calls a nationality but that follows "<person> of" is an organisation."""
    root = ent.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in ("of", "from", "at") and prep.head.ent_type_
            == "PERSON" and prep.i < ent.start and not ent[0].is_lower)


def _with_place(ent: Span) -> Span:
    """'Archdiocese' + 'of Los Angeles'."""
    doc = ent.doc
    i = ent.end
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].ent_type_ == "GPE":
        j = i + 1
        while j < len(doc) and doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ != "O" and (
                j == i + 1 or doc[j].ent_iob_ == "I"):
            j += 1
        return doc[ent.start:j]
    return ent


def _title_case(text: str, at: int) -> bool:
    """A headline in title case: on the line of character ``at`` every word of four letters
    or more is capitalised."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = _WORD.findall(text[start:end if end >= 0 else len(text)])
    return title_cased(words)


def title_cased(words: list[str]) -> bool:
    """Three or more words, every one capitalised but a headline's small words."""
    big = [w for w in words if w not in HEADLINE_SMALL_WORDS]
    return len(big) >= 3 and all(w[0].isupper() for w in big)


_WORD = re.compile(r"[^\W\d_]{4,}")


OPENING_QUOTES = ("\u201c", "\u2018", '"')


def _titles_before(da: DocActors, start: int) -> list[Token]:
    """The title words right before a name ("LA Archbishop Gomez": Archbishop)."""
    out: list[Token] = []
    i = start - 1
    while i >= 0 and start - i <= 2 and da.doc[i].lower_ in da.res.titles:
        out.append(da.doc[i])
        i -= 1
    return out


def _office_titles(da: DocActors, before: list[Token]) -> set[str]:
    """The office words among these title tokens ("Rep." -> "representative")."""
    res = da.res
    return {(res.abbreviations.get(t.lower_) or t.lower_).lower() for t in before
            if t.lower_ in res.titles and t.lower_ not in res.title_modifiers | res.honorifics}


def _holds(known, titles: set[str]) -> bool:
    """Does one of the gazetteer person's roles name one of these offices?"""
    roles = " ".join(known.roles).lower().split()
    return any(w in roles for t in titles for w in t.split())


def _unnamed_namesake(da: DocActors, known, text: str) -> bool:
    """Is ``text`` a lone surname of this gazetteer person, whom the story never names in
    full?"""
    return known.kind == "Person" and " " not in text.strip() and (
        norm(known.name) not in norm(da.text))


def _other_office(da: DocActors, known, text: str, before: list[Token]) -> bool:
    """A lone surname the gazetteer knows, titled with an office none of its person's roles
    name, in a story that never names that person in full: someone else."""
    if not _unnamed_namesake(da, known, text):
        return False
    titles = _office_titles(da, before)
    return bool(titles) and not _holds(known, titles)


def _office_holder(da: DocActors, text: str, before: list[Token]) -> str | None:
    """The gazetteer person with this surname whose roles name the title ("Mayor Johnson"
    when the surname's first namesake is Speaker Mike Johnson)."""
    titles = _office_titles(da, before)
    last = norm(text)
    hits = [a.id for a in da.res.actors.values() if a.kind == "Person"
            and norm(a.name).split()[-1:] == [last] and _holds(a, titles)]
    return hits[0] if len(hits) == 1 else None


def _unless_namesake(da: DocActors, aid: str | None, text: str) -> str | None:
    """A lone surname the gazetteer knows, when this story named another person in full
    with it and never names the gazetteer's ("Carlos Jurado … Jurado told reporters"): the
    story's person."""
    known = da.res.actors.get(aid) if aid else None
    if known is None or aid in da.actors or not _unnamed_namesake(da, known, text):
        return aid
    return _surname(da, text, in_story=True) or aid


def _resolve_span(da: DocActors, span: Span, label: str) -> None:
    res = da.res
    if label.startswith("LOCAL:"):
        # "the City Council" in a story about the Long Beach City Council
        tail = " " + span.text.lower()
        local = [a for a in da.actors.values() if a.kind == "Organization"
                 and a.name.lower().endswith(tail)]
        label = "GAZ:" + label[6:]
        if local:
            _add_mention(da, span, local[-1].id, local[-1].name, "Organization", "ner")
            return
    if label.startswith("GAZ:"):
        aid = _unless_namesake(da, label[4:], span.text)
        known = res.actors.get(aid)
        if known is None:  # "Carlos Jurado … Jurado": the story's person
            _add_mention(da, span, aid, da.actors[aid].name, "Person", "surname")
            return
        if not _other_office(da, known, span.text, _titles_before(da, span.start)):
            if known.kind == "Location" and _member_state(da, span):
                return
            _add_mention(da, span, aid, known.name, known.kind, "gazetteer")
            return
        label = "PERSON"  # "Archbishop Gomez": not the gazetteer's Rep. Jimmy Gomez
    if label == "GROUP":
        aid = res.lookup(span.text) or _lookup_variant(res, span.text)
        partisan = any(t.lower_ in res.party_words for t in span[:-1])
        if aid is None and not partisan:
            # "ICE agents", "(ICE) agents", "LAPD officers": the organisation itself
            org = res.lookup(span[:-1].text) if len(span) > 1 else None
            if org is None or res.actors[org].kind != "Organization":
                org = None
                for c in span[-1].lefts:
                    x = da.tok.get(c.i)
                    if c.dep_ in ("compound", "nmod") and x and da.kind(x) == "Organization":
                        org = x
            if org is not None:
                _add_mention(da, span, org, da.actors[org].name if org in da.actors
                             else res.actors[org].name, "Organization", "group")
                return
            owner = _unknown_force(span, res)
            if owner is not None:
                # "DPS troopers", "Department of Public Safety officers": the agency
                _add_mention(da, span, res.new_actor_id(owner), owner, "Organization", "group")
                return
        if aid is None:
            aid = res.lookup(span[-1].text)  # "violent protesters" -> protesters
        if aid is None:
            lem = span[0].lemma_.lower()  # "Democrats" (NNPS) keeps its plural
            if len(span) == 1 and not (span[0].text[:1].isupper() and (
                    lem in res.proper_groups or lem.removesuffix("s") in res.proper_groups)) and not (
                    span[0].tag_ == "NNS" and lem in res.bare_groups):
                # a bare "the agents": the group named so before ("federal agents"), if one;
                # "his deputies": the force of the person who owns them
                prev = _owners_force(da, span[0]) or _bare_group(da, span[0])
                if prev:
                    _add_mention(da, span, prev, da.actors[prev].name, da.actors[prev].kind,
                                 "group")
                return  # otherwise a bare "officials", "agents": too vague to be an actor
            name = span.text
            aid = res.new_actor_id(name)
            da.discovered.add(aid)
            _add_mention(da, span, aid, name, "Group", "group")
        else:
            known = res.actors[aid]
            _add_mention(da, span, aid, known.name, known.kind, "group")
        return
    quoted = next((k for k, t in enumerate(span) if t.text[:1] in OPENING_QUOTES), None)
    if quoted is not None and len(span) > 1:
        # 'Ilhan Omar ‘garbage’', 'Newsom's “Administration is …”': a name ends where a
        # quotation opens (and one never starts with its mark)
        part = span[1:] if quoted == 0 else span[:quoted]
        _resolve_span(da, part, label)
        return
    for k in range(1, len(span) - 1):
        # "Newsom on Truth Social", "Trump on X": a name and the venue it spoke on, run
        # together by the tagger
        t = span[k]
        if t.pos_ == "ADP" and t.lower_ in ("on", "via", "at"):
            after = res.lookup(span[k + 1:].text)
            before = span[:k].text
            known = res.lookup(before) or _surname(da, before)
            if (after in res.venues or after and res.actors[after].kind == "Location") and (
                    known or after in res.venues):
                _resolve_span(da, span[:k], label)
                return
    if len(span) > 1 and span[0].lower_ in res.operation_words and span[0].is_title:
        return  # "Operation Midway Blitz": an act, named (issues read its word), not an actor
    kind = NER_KINDS.get(label, "Organization")
    if kind == "Organization" and len(span) > 1 and span[-1].lower_ in res.place_heads:
        kind = "Location"  # "MacArthur Park", "Pershing Square": places the NER calls ORG
    elif kind == "Location" and len(span) > 1 and span[-1].lower_ in res.org_heads:
        kind = "Organization"  # "New York City Police Department": a body the NER calls a place
    doc = span.doc
    if kind == "Organization" and span.end + 1 < len(doc) and doc[span.end].text == "," and (
            doc[span.end + 1].text in res.state_abbreviations
            or doc[span.end + 1].text in res.state_names):
        kind = "Location"  # "Twentynine Palms, Calif.": a town and its state
    if span.start >= 2 and doc[span.start - 1].text in ("-", "\u2013") and doc[
            span.start - 2].text in PARTY_LETTERS:
        return  # "D-Calif.", "(R-Texas)": a party-and-state label, not an actor
    if len(span) >= 3 and span[0].text in PARTY_LETTERS and span[1].text in ("-", "\u2013"):
        return  # (the same label, tagged as one name: "D-Inglewood")
    if _in_party_label(span):
        return  # "(D-Inglewood, Compton, Carson)": the places of a member's district
    if kind == "Location" and _member_state(da, span):
        return
    if kind == "Person" and _glued_org(da, span, label):
        return
    name_span, title_toks = _strip_titles(span, res)
    if kind in ("Person", "Organization") and len(name_span) > 1 and span.start >= 2 and doc[
            span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in res.titles:
        # "Secretary of Defense Hegseth": the name the tagger ran together with the title's
        # department is the part after it
        rest = name_span[1:]
        if kind == "Person" or res.lookup(rest.text) or _surname(da, rest.text):
            title_toks = title_toks + [name_span[0]]
            name_span = rest
    # ("Trump‘s": a turned mark used as the apostrophe)
    text = name_span.text.replace("\u2019", "'").replace("\u2018", "'")
    if text.endswith("'s"):
        text = text[:-2]
    if text.lower().startswith("the "):
        text = text[4:]
    if not text or not any(ch.isalpha() for ch in text):
        return
    aid = res.lookup(text) or _lookup_variant(res, text)
    aid = _unless_namesake(da, aid, text)
    before = [*title_toks, *_titles_before(da, span.start)]
    other = aid in res.actors and _other_office(da, res.actors[aid], text, before)
    if other:
        aid = None  # "Archbishop Gomez" is not Rep. Jimmy Gomez
    generic = res.generic_name_words
    if aid in res.actors and all(w.lower() in generic for w in text.split()) and not _home_named(
            da.text, res.actors[aid], generic):
        aid = None  # (as for the gazetteer's own matches: another town's "City Council")
    if aid is None and kind == "Organization" and _titled_name(name_span, res):
        kind = "Person"
    if aid is None and kind == "Person":
        aid = _surname(da, text, in_story=other)
        if aid in res.actors and _other_office(da, res.actors[aid], text, before):
            # "Archbishop Gomez" is not Rep. Jimmy Gomez ("Mayor Johnson" is the mayor)
            aid = _office_holder(da, text, before)
    if aid is None and kind == "Organization":
        aid = _short_form(da, text)
    if aid is None and kind == "Organization" and len(name_span) == 1 and (
            name_span[0].is_title):
        # "Hernandez said …" tagged as an organisation after "Kiké Hernández": the person
        # this story names in full with that surname
        aid = _surname(da, text, in_story=True)
        kind = "Person" if aid else kind
    if aid is not None:
        known = res.actors.get(aid)
        a = da.actors.get(aid)
        kname = known.name if known else (a.name if a else text)
        kkind = known.kind if known else (a.kind if a else kind)
        _add_mention(da, span, aid, kname, kkind, "ner")
    else:
        if kind == "Organization" and name_span[0].is_lower:
            return  # lower-case "organisations" are noise
        if kind == "Organization" and len(name_span) == 1 and not name_span[0].is_upper and (
                name_span[0].head.lower_ in res.titles or name_span[0].head.head.lower_ in res.titles):
            return  # "Defense" in "Secretary of Defense": part of a title, not an actor
        nxt = doc[span.end] if span.end < len(doc) else None
        if kind == "Organization" and nxt is not None and any(
                f"{name_span[-1].lower_} {w}".endswith(jt) for jt in res.judicial_titles
                if " " in jt for w in (nxt.lower_, (_singular_title(nxt, res) or "").lower())):
            return  # "U.S. Circuit" in "U.S. Circuit Judge Jennifer Sung": the title's words
        if len(name_span) > 1 and all(t.is_upper or not t.is_alpha for t in name_span) and any(
                len(t) > 4 for t in name_span):
            return  # shouted headline words ("RIOTS & LOOTERS")
        aid = res.new_actor_id(text)
        if kind == "Location":
            da.discovered.add(aid)
        _add_mention(da, span, aid, text, kind, "ner")


def _person_role(t: Token, res: Resources) -> bool:
    """Does this word give a person's role ("the acting comptroller", "a spokesperson")? A
    collective part noun introduces a body instead: "the group Fresno Unidos"."""
    low = t.lemma_.lower()
    return t.lower_ in res.titles or (
        low in res.part_nouns and low not in res.org_heads | res.org_anaphors)


def _titled_name(span: Span, res: Resources) -> bool:
    """A name the tagger took for an organisation but that a role introduces: "Justice
    Department lawyer Brett Shumate", "the acting comptroller, Bryn MacDonnell"."""
    if not 2 <= len(span) <= 3 or not all(
            t.is_alpha and t.text[0].isupper() and not t.is_upper for t in span):
        return False
    orgish = res.org_heads | res.org_anaphors | res.org_anaphors_generic
    if any(t.lower_ in orgish for t in span):
        return False
    doc = span.doc
    # "Bryn MacDonnell, the Pentagon's acting comptroller, said": a role in apposition
    if any(c.dep_ == "appos" and c.i >= span.end and c.is_lower and _person_role(c, res)
           for c in span.root.children):
        return True
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.text == "," and span.start >= 2:
        before = doc[span.start - 2]
    if before is None or not before.is_lower:
        return False
    return _person_role(before, res)


def _bare_group(da: DocActors, t: Token) -> str | None:
    lem = t.lemma_.lower()
    hits = []
    if lem in da.res.troop_nouns:
        for m in reversed(da.mentions):
            if m.start < t.i and t.i - m.start <= 250 and m.actor in da.res.troop_forces:
                return m.actor
    if lem in da.res.force_members:
        # the one police force named in this sentence, else in the few sentences before
        for start in (da.sent(t).start, max(0, t.i - 120)):
            forces = {m.actor for m in da.mentions if start <= m.start < t.i
                      and da.is_police(m.actor)}
            if len(forces) == 1:
                return forces.pop()
            if forces:
                break
    orgs: list[str] = []
    for m in da.mentions:
        if m.start >= t.i:
            continue
        a = da.actors.get(m.actor)
        if a and a.kind == "Group" and len(a.name.split()) > 1 and m.actor not in hits and (
                da.doc[m.end - 1].lemma_.lower() == lem):
            hits.append(m.actor)
        elif a and a.kind == "Organization" and m.end - m.start > 1 and m.actor not in orgs and (
                da.doc[m.end - 1].lemma_.lower() == lem):
            orgs.append(m.actor)  # "Border Patrol agents … The agents …"
    if not hits:
        hits = orgs
    return hits[0] if len(hits) == 1 else None


def _unknown_force(span: Span, res: Resources) -> str | None:
    """The agency's name in '<agency> officers/troopers/agents', when the words before the
    member noun are an organisation entity or an acronym."""
    if len(span) < 2 or span[-1].lemma_.lower() not in res.member_nouns:
        return None
    head = span[:-1]
    while len(head) > 1 and head[0].lower_ in ("the", "a", "an"):
        head = head[1:]
    if len(head) == 1 and head[0].is_upper and 2 <= len(head[0]) <= 6 and head[0].is_alpha:
        return head.text
    for ent in span.doc.ents:
        if ent.label_ == "ORG" and ent.start == head.start and ent.end == head.end:
            return head.text
    return None


def _org_names(doc: Doc, res: Resources) -> list[Span]:
    """Title-case runs of two or more words (name connectors allowed inside) whose first or
    last word is an organisation word."""
    words = res.org_heads | res.org_anaphors
    out: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        if not (doc[i].is_title and doc[i].is_alpha) or doc[i].lower_ == "the":
            i += 1  # (a sentence's "The Diocese of Fresno" starts at "Diocese")
            continue
        j = i + 1
        while j < n and (doc[j].is_title and doc[j].is_alpha or doc[j].lower_ in
                         res.name_connectors and j + 1 < n and doc[j + 1].is_title):
            j += 1
        run = doc[i:j]
        if len(run) >= 2 and (run[0].lower_ in words or run[-1].lower_ in words):
            out.append(run)
        i = j
    return out


def _titled_people(doc: Doc, res: Resources, taken: set[int]) -> list[Span]:
    """Two or three capitalised proper nouns, in no other name, right after a capitalised
    one-word title and ending there, or before a comma and a role in apposition ("Ana Ruiz,
    a spokesperson for the county,"): a person's name."""
    out: list[Span] = []
    for t in doc:
        if not (t.lower_ in res.titles and t.text[:1].isupper()) or t.i in taken:
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 3 and j not in taken and doc[j].pos_ == "PROPN" and (
                doc[j].is_title and doc[j].is_alpha and doc[j].lower_ not in res.titles
                and doc[j].lower_ not in res.title_tails):
            j += 1
        if j - t.i >= 3 and not (j < len(doc) and doc[j].is_title and doc[j].is_alpha):
            out.append(doc[t.i + 1:j])
    for t in doc:
        # "Ana Ruiz, a spokesperson for the county, said": a role in apposition
        head = t.head
        if not (t.dep_ == "appos" and t.is_lower and t.i > head.i + 1 and doc[head.i + 1].text == ","
                and _person_role(t, res)):
            continue
        start = head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == head:
            start -= 1
        span = doc[start:head.i + 1]
        if 2 <= len(span) <= 3 and not taken.intersection(range(start, head.i + 1)) and all(
                x.pos_ == "PROPN" and x.is_title and x.is_alpha for x in span) and not (
                start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha):
            out.append(span)
    return out


def _owners_force(da: DocActors, t: Token) -> str | None:
    """'Sheriff Robert Luna said his deputies …': the gazetteer organisation of the person
    named as possessor, when one of its names ends with the word ("sheriff's deputies")."""
    for c in t.children:
        p = da.tok.get(c.i) if c.dep_ == "poss" else None
        if p is None and c.dep_ == "poss" and c.lower_ in ("his", "her"):
            p = da.last_person(c)
        elif p is None and c.dep_ == "poss" and c.lower_ == "whose":
            # "Sheriff Robert Luna, whose deputies fired …": the relative clause's antecedent
            rel = next((x for x in t.ancestors if x.dep_ == "relcl"), None)
            p = da.tok.get(rel.head.i) if rel is not None else None
        known = da.res.actors.get(p or "")
        for org in known.affiliations if known else []:
            ka = da.res.actors.get(org)
            if ka and ka.kind == "Organization" and any(
                    n.lower().split()[-1] == t.lower_ for n in (ka.name, *ka.aliases)):
                _ensure(da, org, ka.name, ka.kind)
                return org
    return None


def _glued_org(da: DocActors, span: Span, label: str) -> bool:
    """'LAUSD Superintendent Alberto Carvalho' as one person span: the words before the first
    inner title are an organisation (its own mention), the rest the titled person."""
    res = da.res
    k = next((j for j in range(1, len(span) - 1) if span[j].lower_ in res.titles), None)
    if k is None or not all(t.pos_ == "PROPN" and (t.is_upper or t.is_title) for t in span[:k]):
        return False
    org_span = span[:k]
    text = org_span.text.replace("\u2019", "'")
    aid = res.lookup(text) or _short_form(da, text)
    if aid is None:
        aid = res.new_actor_id(text)
        _add_mention(da, org_span, aid, text, "Organization", "ner")
    elif da.kind(aid) == "Location" or (aid in res.actors and res.actors[aid].kind == "Location"):
        return False
    else:
        known = res.actors.get(aid)
        a = da.actors.get(aid)
        _add_mention(da, org_span, aid, known.name if known else (a.name if a else text),
                     known.kind if known else (a.kind if a else "Organization"), "ner")
    _resolve_span(da, span.doc[org_span.end:span.end], label)
    return True


COUNTRY_PREFIXES = ("U.S. ", "US ", "United States ")
MIDDLE_INITIAL = re.compile(r"^(\S+) [A-Z]\.? (\S+)$")


def _lookup_variant(res: Resources, text: str) -> str | None:
    """A gazetteer actor under a longer form of its name: "US Department of Homeland
    Security", "Charles R. Breyer", "Inside Donald Trump" (a headline word glued on)."""
    for p in COUNTRY_PREFIXES:
        if text.startswith(p) and (aid := res.lookup(text[len(p):])):
            return aid
    m = MIDDLE_INITIAL.match(text)
    if m and (aid := res.lookup(f"{m.group(1)} {m.group(2)}")):
        return aid
    words = text.split()
    if len(words) > 2 and words[0].lower() in res.group_modifiers and (
            aid := res.lookup(" ".join(words[1:]))) and res.actors[aid].kind == "Group":
        return aid  # "armed federal agents", "masked immigration agents": the known group
    if len(words) == 3:  # one word before a known person's two-word name
        aid = res.lookup(" ".join(words[1:]))
        if aid and res.actors[aid].kind == "Person" and len(res.actors[aid].name.split()) == 2:
            return aid
    if len(words) == 2 and (aid := res.lookup(words[1])) and res.actors[aid].kind == "Person":
        # "Pamela Bondi" for the gazetteer's "Pam Bondi": a first name that is the other's
        # long or short form, with the same surname
        known = res.actors[aid].name.split()
        a, b = sorted((words[0].lower(), known[0].lower()), key=len)
        if len(known) == 2 and known[1] == words[1] and len(a) >= 3 and b.startswith(a):
            return aid
    return None


def _surname(da: DocActors, text: str, in_story: bool = False) -> str | None:
    """A one-word person name: the person named in full in this document (surname, or first
    name: "David" after "David Huerta"), or (unless ``in_story``) the gazetteer."""
    parts = norm(text).split()
    if len(parts) != 1:
        return None
    last = parts[0]
    first = None
    for a in da.actors.values():
        if a.kind == "Person":
            names = norm(a.name).split()
            if len(names) > 1 and names[-1] == last:
                return a.id
            if len(names) > 1 and names[0] == last and first is None:
                first = a.id
    if in_story:
        return None
    later = _named_in_full_later(da, last)
    return later or da.res.surname_index.get(last) or first


def _named_in_full_later(da: DocActors, last: str) -> str | None:
    """'Chicago Mayor Johnson blasts ICE' over a story about Brandon Johnson: the person the
    story names in full with this surname (the tagger's first such name), before the
    gazetteer's namesake."""
    for e in da.doc.ents:
        if e.label_ != "PERSON" or not 2 <= len(e) <= 3 or not all(
                t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in e):
            continue
        if norm(e[-1].text) != last or e[0].lower_ in da.res.titles:
            continue
        full = e.text
        aid = da.res.lookup(full) or _lookup_variant(da.res, full)
        if aid is None:
            aid = da.res.new_actor_id(full)
            _ensure(da, aid, full, "Person")
        return aid
    return None


def _short_form(da: DocActors, text: str) -> str | None:
    """'Ninth Circuit' after 'Ninth Circuit Court of Appeals': the organisation named in full."""
    short = norm(text)
    if len(short) < 4:
        return None
    for a in da.actors.values():
        if a.kind == "Organization" and norm(a.name).startswith(short + " "):
            return a.id
    return None


def _acronyms(da: DocActors, spans: list[tuple[int, int]]) -> None:
    """'Immigration and Customs Enforcement (ICE)': ICE becomes an alias of the full name."""
    doc = da.doc
    for s, e in spans:
        acr = doc[s + 1]
        prev = doc[s - 1] if s > 0 else None
        if prev is None or prev.i not in da.tok:
            continue
        aid = da.tok[prev.i]
        known = da.tok.get(acr.i)
        if known and known != aid and known in da.res.actors:
            # the gazetteer already knows the acronym; a name that extends the known one
            # ("Service Employees International Union California (SEIU)") is that actor
            name = da.actors[aid].name if aid in da.actors else ""
            if aid not in da.res.actors and name.lower().startswith(
                    da.actors[known].name.lower() + " "):
                _reassign(da, prev.i, aid, known)
                if name not in da.actors[known].aliases:
                    da.actors[known].aliases.append(name)
            continue
        text = acr.text
        for i, m in enumerate(list(da.mentions)):
            if m.start <= acr.i < m.end:
                da.mentions.pop(i)
                gone = da.actors.get(m.actor)
                if gone is not None and m.actor != aid:
                    gone.mentions -= 1  # "NDLON" found on its own before it was tied
                    if gone.mentions <= 0:
                        del da.actors[m.actor]
                break
        _add_mention(da, doc[acr.i:acr.i + 1], aid, text, da.kind(aid), "acronym")
        # later uses of the acronym
        for i in _find_token(doc, da.text, text, e):
            old = da.tok.get(i)
            if old is None:
                _add_mention(da, doc[i:i + 1], aid, text, da.kind(aid), "acronym")
            elif old != aid and old not in da.res.actors and not (
                    old in da.actors and da.actors[old].name.split()[0].lower()
                    in da.res.former_words):
                # (not "Former ICE officials", who no longer act for ICE)
                _reassign(da, i, old, aid)


def _initials(name: str) -> set[str]:
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return {"".join(w[0] for w in words).upper(),
            "".join(w[0] for w in words if w[0].isupper()).upper()}


def _merge_variants(da: DocActors) -> None:
    """One actor under two names the text did not tie together: a surname used before the
    full name ("Sheinbaum calls for calm … President Claudia Sheinbaum"), initials used
    without brackets ("the United Farm Workers … UFW")."""
    found = [a for a in da.actors.values() if a.id not in da.res.actors]
    for a in found:
        words = a.name.split()
        if len(words) > 1 and a.kind in ("Organization", "Group"):
            same = [b for b in da.actors.values() if b.id != a.id
                    and b.kind == "Organization" and _shortened(words, b.name.split(), da.res)]
        elif len(words) > 1 and a.kind == "Person" and any(
                w in da.res.name_connectors for w in words):
            # "Gomes da Silva" for "Marcelo Gomes da Silva": a surname of several words
            same = [b for b in da.actors.values() if b.id != a.id and b.kind == "Person"
                    and len(b.name.split()) > len(words)
                    and b.name.split()[-len(words):] == words]
        elif len(words) != 1:
            continue
        elif a.name.isupper() and 2 <= len(a.name) <= 6:
            same = [b for b in da.actors.values() if b.id != a.id and b.kind == a.kind
                    and len(b.name.split()) > 1 and a.name in _initials(b.name)]
        elif a.kind in ("Person", "Organization", "Location"):
            # (a lone surname in a headline or before "wrote" is often tagged as a place or
            # an organisation)
            same = [b for b in da.actors.values() if b.id != a.id and b.kind == "Person"
                    and len(b.name.split()) > 1 and b.name.split()[-1] == a.name]
            if not same and a.kind == "Person":
                # "Amanda Trebach" tagged as an organisation, then "Trebach" as a person:
                # a first name and a surname are a person
                same = [b for b in da.actors.values() if b.id != a.id and b.id not in da.res.actors
                        and b.kind == "Organization" and len(b.name.split()) == 2
                        and b.name.split()[-1] == a.name and b.name.split()[0].istitle()
                        and b.name.split()[0].isalpha()
                        and b.name.split()[0].lower() not in da.res.org_heads]
                for b in same[:1] if len(same) == 1 else []:
                    b.kind = "Person"
            if not same and a.kind == "Person":  # "Gavin" before "Gavin Newsom"
                same = [b for b in da.actors.values() if b.id != a.id and b.kind == "Person"
                        and len(b.name.split()) > 1 and b.name.split()[0] == a.name]
        else:
            continue
        if len(same) != 1:
            continue
        target = same[0]
        if a.name not in target.aliases:
            target.aliases.append(a.name)
        for m in [m for m in da.mentions if m.actor == a.id]:
            _reassign(da, m.start, a.id, target.id)


def _shortened(words: list[str], full: list[str], res: Resources) -> bool:
    """'Texas Guard' for 'Texas National Guard' (same first and last word, some left out);
    'Texas National Guard soldiers' for 'Texas National Guard' (its members)."""
    if words[:len(full)] == full and len(words) == len(full) + 1:
        return words[-1].lower().rstrip("s") in res.troop_nouns | {"member", "officer"}
    if full[0] in ("U.S.", "US") and len(full) > 2:
        full = full[1:]  # "District Court" for "U.S. District Court"
        if words == full:
            return True
    if len(words) >= 3 and len(full) > len(words) and full[-len(words):] == words and (
            words[0].lower() in res.org_heads | res.unit_heads and words[1].lower() == "of"):
        return True  # "Board of Supervisors" for "Los Angeles County Board of Supervisors"
    if len(words) >= len(full) or words[0] != full[0] or words[-1] != full[-1]:
        return False
    it = iter(full)
    return all(w in it for w in words)  # a subsequence


def _reassign(da: DocActors, i: int, old: str, new: str) -> None:
    """Move the mention at token ``i`` from actor ``old`` to ``new``."""
    for m in da.mentions:
        if m.start <= i < m.end and m.actor == old:
            m.actor = new
            for j in range(m.start, m.end):
                da.tok[j] = new
            a = da.actors.get(old)
            if a is not None:
                a.mentions -= 1
                if a.mentions <= 0:
                    del da.actors[old]
            da.actors[new].mentions += 1
            return


def _find_token(doc: Doc, full: str, text: str, start: int) -> list[int]:
    """Indices of tokens equal to ``text`` from token ``start`` on (via the text, not a loop
    over tokens)."""
    out = []
    offset = doc[start].idx if start < len(doc) else len(full)
    pos = full.find(text, offset)
    while pos >= 0:
        span = doc.char_span(pos, pos + len(text))
        if span is not None and len(span) == 1:
            out.append(span.start)
        pos = full.find(text, pos + len(text))
    return out


def _headline_titles(da: DocActors) -> list[tuple[int, int]]:
    """'…, CBC chair says', 'LA mayor slams federal agents': a headline drops the article,
    so a title that is the subject of a verb on the first line is one without "the"."""
    doc = da.doc
    nl = da.text.find("\n")
    if nl < 0:
        return []
    out = []
    for t in doc:
        if t.idx >= nl:
            break
        if (t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.i not in da.tok
                and t.lower_ in da.res.titles and t.head.pos_ == "VERB"
                and not any(c.dep_ in ("det", "poss") for c in t.children)):
            start = min([c.left_edge.i for c in t.children if c.dep_ in ("compound", "amod")
                         and c.i < t.i] + [t.i])
            out.append((start, t.i + 1))
    return out


def _anaphoric_titles(da: DocActors, spans: list[tuple[int, int]], bare: bool = False) -> None:
    """'the governor', 'the President', 'the department': the actor named with that title
    (``bare``: spans without the article, from a headline)."""
    doc = da.doc
    res = da.res
    ordered = sorted(da.mentions, key=lambda m: m.start)
    for s, e in spans:
        lo = s if bare else s + 1  # the words between the article and the title
        noun = doc[e - 1]
        if noun.i in da.tok:
            continue
        nxt = doc[e] if e < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.dep_ == "compound":
            continue
        if nxt is not None and nxt.pos_ == "PROPN" and noun.dep_ == "compound":
            continue
        if any(c.dep_ == "appos" and c.i in da.tok for c in noun.children):
            continue  # "the homeland security secretary, Kristi Noem": named right there
        if noun.dep_ == "appos" and noun.head.i in da.tok:
            continue  # "David Huerta, the president of SEIU California": his title
        word = noun.lower_
        # "the Texas governor": only someone tied to the actor named in between;
        # "the Australian correspondent": only someone whose roles say "Australian"
        named = {da.tok[t.i] for t in doc[lo:e - 1] if t.i in da.tok}
        possessed = not bare and doc[s].lower_ in ("'s", "\u2019s", "'", "\u2019")
        if possessed:
            # "California's governor": someone tied to that place (a person's possessive,
            # "Trump's border czar", is _possessed_titles')
            owner = da.tok.get(doc[s].head.i) if doc[s].dep_ == "case" and (
                doc[s].head.i < s) else None
            generic = owner is None and doc[s].dep_ == "case" and doc[s].head.i < s and (
                doc[s].head.lower_ in res.jurisdiction_words) and any(
                x.lower_ == "the" for x in doc[s].head.children)
            if not generic and (owner is None or da.kind(owner) != "Location"):
                continue
            if owner is not None:
                named.add(owner)  # ("the state's governor": the story's governor)
        # (a party, "the Democratic governor", marks nobody out: parties are not in roles)
        marks = [t.lower_ for t in doc[lo:e - 1] if t.i not in da.tok and t.text[:1].isupper()
                 and t.lower_ not in res.party_words]
        # ("the district court" is not the Supreme Court: a noun in between is named too)
        nouns = [t.lower_ for t in doc[lo:e - 1] if t.pos_ == "NOUN" and t.i not in da.tok]
        # "the defense secretary": one whose roles say "defense", when someone's do
        narrowed = {m.actor for m in ordered if nouns and word in res.titles and all(
            any(x in r.lower().split() for r in _roles(da, m.actor)) for x in nouns)}
        if possessed and nouns and word in res.titles and not narrowed and any(
                _has_role(da, da.actors[m.actor], word) for m in ordered
                if m.actor in da.actors and da.kind(m.actor) == "Person"):
            continue  # "the city's police chief" is not the Border Patrol chief named before
        best = None
        counts: dict[str, int] = {}
        for m in ordered:
            a = da.actors.get(m.actor)
            if a is None or named and not _tied_to(da, m.actor, named) or marks and not all(
                    any(x in r.lower().split() for r in _roles(da, m.actor)) for x in marks) or (
                    narrowed and m.actor not in narrowed):
                continue
            if word in res.org_heads and a.kind == "Organization":
                names = [norm(a.name), *(norm(x) for x in a.aliases)]
                ok = any(word in n.split() and _names_all(n, nouns) for n in names)
            elif word in res.titles and a.kind == "Person":
                ok = _has_role(da, a, word)
            else:
                ok = False
            if ok:
                if m.start < s:
                    counts[m.actor] = counts.get(m.actor, 0) + 1
                    # the most mentioned before wins, the latest on a tie
                    if best is None or counts[m.actor] >= counts.get(best, 0):
                        best = m.actor
                elif best is None:
                    best = m.actor
                    break
        indefinite = not bare and doc[s].lower_ in ("a", "an")
        if indefinite and best is not None and not any(m.actor == best and m.start > s
                                                       for m in ordered):
            best = None  # "a judge" is the judge the story goes on to name, not one before
        if best is not None and word in res.national_titles and not (
                named or marks or nouns or indefinite) \
                and noun.dep_ != "appos" and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                     for c in noun.children) \
                and _qualified_title(da, best, word):
            # "the president" after "David Huerta, president of SEIU California" or "Vice
            # President JD Vance": the office its one gazetteer holder has
            best = _sole_holder(res, word, exact=True) or best
        if best is None and possessed and word in res.titles and not marks and not nouns:
            # "Charlotte's mayor" after "Mayor Vi Lyles" (no place given with her title): the
            # story's one person with that title whom nothing ties to another place
            holders = {m.actor for m in ordered if m.start < s and m.actor in da.actors
                       and da.kind(m.actor) == "Person" and _has_role(da, da.actors[m.actor], word)}
            # (not one named with a place: "Raleigh Mayor Janet Cowell")
            placed = [h for h in holders for r in _roles(da, h) if word in r.lower().split()
                      and any(w[:1].isupper() and w.lower() != word for w in r.split())] + [
                m.actor for m in ordered if m.actor in holders and any(
                    t.pos_ == "PROPN" and t.dep_ == "compound" and t.lower_ not in res.titles
                    for t in doc[max(m.start - 3, 0):m.start])]
            if len(holders) == 1 and not placed and not any(
                    _tied_to(da, h, {x}) for h in holders for x in da.actors
                    if da.kind(x) == "Location" and x not in named):
                best = holders.pop()
        if best is None and word in res.titles and not named and not marks and not indefinite:
            best = _sole_holder(res, word, {m.actor for m in da.mentions}, placed=any(
                da.kind(m.actor) == "Location" for m in da.mentions))
        if best:
            _add_mention(da, doc[s:e], best, doc[s:e].text, da.kind(best), "title")
            if da.kind(best) == "Person" and word in res.titles:
                # "the White House deputy chief of staff": the body the title names is theirs
                for o in sorted(named):
                    if da.kind(o) == "Organization":
                        _affiliate(da, best, o, doc[lo:e].text, da.sent(s),
                                   "pattern:title-anaphor", 0.6)
    da.mentions.sort(key=lambda m: m.start)


def _qualified_title(da: DocActors, actor: str, word: str) -> bool:
    """Does the actor hold the title ``word`` only as another office ("Vice President") or
    an organisation's ("president of SEIU California", "SEIU President")?"""
    res = da.res
    found = False
    for r in _roles(da, actor):
        words = r.lower().split()
        if word not in words:
            continue
        k = words.index(word)
        before, after = words[:k], words[k + 1:]
        org = before and (a := res.lookup(" ".join(before))) and res.actors[a].kind == "Organization"
        # (a former president is not "the president" of today's story; a former police chief
        # may still be the one the story calls "the chief")
        kept = {"acting", "interim"} | (set() if word in res.national_titles else {"former"})
        if not (before[-1:] and before[-1] in res.title_modifiers - kept
                or after[:1] == ["of"] or org):
            return False
        found = True
    # the text's own title ("Huerta, president of SEIU California,")
    for m in da.mentions:
        head = da.doc[m.end - 1]
        if m.actor == actor:
            for c in head.children:
                if c.dep_ == "appos" and c.lower_ == word:
                    if not any(x.dep_ == "prep" and x.lower_ == "of" for x in c.children):
                        return False
                    found = True
    return found


def _roles(da: DocActors, actor: str) -> list[str]:
    """The roles given in this text and in the gazetteer."""
    known = da.res.actors.get(actor)
    return list(da.actors[actor].roles) + (list(known.roles) if known else [])


def _tied_to(da: DocActors, actor: str, others: set[str]) -> bool:
    """Is the actor affiliated with one of ``others`` (in this text or the gazetteer)?"""
    if any(a[0] == actor and a[1] in others for a in da.affiliations):
        return True
    for m in da.mentions:  # "Oregon Governor Tina Kotek"
        if m.actor == actor and any(t.i < m.start and da.tok.get(t.i) in others
                                    for t in da.doc[m.end - 1].subtree):
            return True
    known = da.res.actors.get(actor)
    if known and others & set(known.affiliations):
        return True
    # "California Governor Gavin Newsom" was given the role "California Governor"
    roles = [norm(r) for r in _roles(da, actor)]
    names = [norm(n) for o in others if o in da.actors
             for n in (da.actors[o].name, *da.actors[o].aliases)]
    return any(n and f" {n} " in f" {r} " for r in roles for n in names)


def _sole_holder(res: Resources, word: str, present: set[str] = frozenset(),
                 exact: bool = False, placed: bool = False) -> str | None:
    """'the president' in a text that never names him: the one gazetteer person whose role is
    exactly that word (none if several are); else 'the Secretary' in a Pentagon statement:
    the one whose role ends with it and who belongs to an organisation the text names."""
    hits = [ka.id for ka in res.actors.values() if ka.kind == "Person"
            and any(r.lower() == word for r in ka.roles)]
    if hits and placed and word not in res.national_titles:
        # ("the governor" in a story that names places is California's only if it names
        # California or its bodies: Louisiana's in a story about Louisiana)
        hits = [h for h in hits if present & set(res.actors[h].affiliations)]
        if not hits:
            return None
    if hits or exact:
        return hits[0] if len(hits) == 1 else None
    other = [t for t in res.titles if " " in t and t.endswith(" " + word)]  # "press secretary"
    hits = [ka.id for ka in res.actors.values() if ka.kind == "Person"
            and any(r.lower().split()[-1:] == [word] and not any(r.lower().endswith(t) for t in other)
                    for r in ka.roles)
            and present & set(ka.affiliations)]
    return hits[0] if len(hits) == 1 else None


def _has_role(da: DocActors, a: Actor, word: str) -> bool:
    roles = list(a.roles)
    known = da.res.actors.get(a.id)
    if known:
        roles += known.roles
    for r in roles:
        toks = r.lower().split()
        if toks and (toks[-1] == word or da.res.abbreviations.get(toks[-1], "").lower() == word):
            return True
        if word in toks[:-2] and toks[toks.index(word) + 1] == "of":
            return True  # "the deputy chief" of a "deputy chief of staff"
    # the text's own title: "Governor Tina Kotek", "Tina Kotek, the governor of Oregon,"
    abbr = da.res.abbreviations
    for m in da.mentions:
        if m.actor != a.id:
            continue
        head = da.doc[m.end - 1]
        near = [t for t in head.subtree if t.i < m.end and t.i not in range(m.start + 1, m.end)]
        near += [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            near.append(head.head)
        if any(t.lower_ == word or abbr.get(t.lower_, "").lower() == word for t in near):
            return True
    return False


# -- affiliations from titles, appositions and "X of Y" -------------------------------------

def find_affiliations(da: DocActors) -> None:
    doc = da.doc
    res = da.res
    seen_heads: set[int] = set()
    for m in list(da.mentions):
        if da.kind(m.actor) != "Person" or m.source == "title":
            continue
        head = doc[m.end - 1]
        if head.i in seen_heads:
            continue
        seen_heads.add(head.i)
        sent = da.sent(head)
        # (a) title prefix: tokens left of the name hanging on it
        left = m.start
        # (on any word of the name: "City Attorney Hydee Feldstein Soto" hangs the title on
        # "Feldstein")
        for c in (c for t in doc[m.start:m.end] for c in t.lefts):
            if c.i < m.start and c.dep_ in ("compound", "amod", "poss", "nmod", "nn"):
                left = min(left, c.left_edge.i)
        left = max(left, sent.start)
        # "Trump aide Stephen Miller" with "Trump" misparsed off the name: an actor right in
        # front of the title words belongs to them
        if left < m.start and doc[left].lower_ in res.titles and left - 1 >= sent.start and (
                da.tok.get(left - 1) not in (None, m.actor)) and doc[left - 1].tag_ != "NNS":
            # (not "the National Guard troops President Trump deployed": a plural ends a name)
            prev = da.tok[left - 1]
            while left - 1 >= sent.start and da.tok.get(left - 1) == prev:
                left -= 1
        # "Newsom and Los Angeles Mayor Karen Bass": a title starts after a conjunction
        left = max([left] + [t.i + 1 for t in doc[left:m.start] if t.pos_ == "CCONJ" or t.text == ","])
        toks = list(doc[left:m.start])
        if not toks and head.dep_ == "conj" and head.head.i < head.i:
            # "Circuit Judges Mark Bennett and Eric Miller": the plural title before the list
            first = head.head
            shared = [c for c in first.lefts if c.dep_ == "compound" and _singular_title(c, res)]
            if shared:
                toks = [t for t in doc[first.left_edge.i:shared[-1].i + 1]]
        if not toks and m.start - 1 >= sent.start and doc[m.start - 1].pos_ == "NOUN":
            # "White House deputy chief of staff Stephen Miller", parsed as a phrase of its own
            # before the name: the title phrase that ends right before it
            h = doc[m.start - 1]
            while h.head.i != h.i and h.head.i < m.start and h.head.right_edge.i == m.start - 1 and (
                    h.head.pos_ in ("NOUN", "ADP", "PROPN")):
                h = h.head
            if h.lower_ in res.titles and h.left_edge.i >= sent.start and h.i not in da.tok:
                toks = list(doc[h.left_edge.i:m.start])
        if not toks and m.start - 2 >= sent.start and doc[m.start - 1].text == "," and (
                head.dep_ not in ("appos", "conj")):
            # "flanked by the chief of the Los Angeles Police Department, Jim McDonnell", the
            # name parsed off the title it follows: a title with "of" and its body
            h = doc[m.start - 2]
            while h.lower_ not in res.titles and h.head.i != h.i and h.head.i < m.start and (
                    h.head.right_edge.i == m.start - 2):
                h = h.head
            if h.lower_ in res.titles and da.tok.get(h.i) in (None, m.actor) and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
                _title_block(da, m.actor, list(doc[h.left_edge.i:m.start - 1]),
                             doc[h.left_edge.i:m.end], "pattern:apposition-title")
        _leaders_place(da, toks)
        _title_department(da, m.actor, toks, sent)
        # titles the NER put inside the name span ("Gov. Newsom")
        inner = [t for t in doc[m.start:m.end - 1] if t.lower_ in res.titles
                 or t.lower_ in res.abbreviations]
        _title_block(da, m.actor, toks + inner, doc[left:m.end], "pattern:title")
        _possessive_org(da, m.actor, toks, sent)
        _member_title(da, m.actor, toks, doc[left:m.end])
        # (a2) a plural title before a list of names: "two Trump-nominated judges, Mark
        # Bennett and Eric Miller" (unless the name has a title of its own)
        x = head
        while x.dep_ == "conj" and x.head.i != x.i:
            x = x.head
        noun = x.head
        if x.dep_ == "appos" and noun.tag_ == "NNS" and noun.lemma_.lower() in res.titles and not any(
                t.lower_ in res.titles or t.lower_ in res.abbreviations
                or t.lemma_.lower() in res.appointing_verbs for t in toks + inner):
            for c in noun.children:
                if c.dep_ == "amod" and c.lemma_.lower() in res.appointing_verbs:
                    for n in c.children:
                        a = da.actor_at(n) if n.dep_ in ("npadvmod", "compound", "nmod") else None
                        if a and a != m.actor and da.kind(a) == "Person":
                            _affiliate(da, m.actor, a, noun.text, sent, "pattern:appointed-by",
                                       0.8)
        # (a3) a body's plural title over a list of names: "Ninth Circuit Judges Mark Bennett,
        # Eric Miller and Jennifer Sung" (the names in apposition to the title)
        sing = _singular_title(noun, res) if x.dep_ == "appos" and not toks and not inner else None
        if sing:
            for o in dict.fromkeys(da.tok.get(t.i) for t in doc[noun.left_edge.i:noun.i]):
                if o and o != m.actor and da.kind(o) == "Organization":
                    _affiliate(da, m.actor, o, sing, sent, "pattern:title")
        # (b) apposition: "Tom Homan, Trump's border czar,"; a plural one after a list is
        # each name's ("Leslie Ridings and Cassy Horton, founders of the association,")
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        shared = [c for c in first.children if c.dep_ == "appos" and c.i > head.i
                  and _singular_title(c, res)] if _names_list(da, first) else []
        for c in [*head.children, *(x for x in shared if x.head is not head)]:
            if da.tok.get(c.i) not in (None, m.actor) and da.kind(da.tok[c.i]) == "Person":
                continue  # "Attorney General Pam Bondi, Oregon Gov. Tina Kotek": a second name
            if c.dep_ == "appos" and c.i > head.i and any(
                    t.text in SET_OFF for t in doc[m.end:c.left_edge.i]):
                # (not "Mayor Brandon Johnson and Illinois Gov. JB Pritzker" misparsed: an
                # apposition is set off by a comma, a bracket or a dash)
                # not a relative clause inside it ("…, who was shoved by federal agents")
                clause = {x.i for t in c.subtree if t.dep_ in ("relcl", "acl", "advcl")
                          for x in t.subtree}
                clause |= _others_titles(da, c, m.actor)
                block = [t for t in c.subtree if t.i not in range(m.start, m.end)
                         and t.i not in clause]
                _title_block(da, m.actor, block, sent, "pattern:apposition-title")
        if head.dep_ == "appos" and head.head.lower_ in res.titles:
            block = [t for t in head.head.subtree if t.i < head.i and t.i not in
                     range(m.start, m.end) and not (t.i > head.head.i)]
            _title_block(da, m.actor, block, sent, "pattern:apposition-title")
        # (b3) "Lopez is the director of the center", "Lopez serves as its director"
        v = head.head
        if head.dep_ == "nsubj" and v.dep_ != "relcl" and sum(
                c.dep_ == "nsubj" for c in v.children) == 1:
            _copular_title(da, m.actor, v, sent)
        # "Michael Woolf, who is a pastor at the church,": the same inside a relative clause
        for c in head.children:
            if c.dep_ == "relcl" and any(x.dep_ == "nsubj" and x.lower_ == "who"
                                         for x in c.children):
                _copular_title(da, m.actor, c, sent)
        # (b2) "Maria Lopez, who heads the coalition," / "…, who works for the union,"
        for c in head.children:
            lem = c.lemma_.lower()
            if c.dep_ != "relcl" or not any(x.lower_ == "who" for x in c.children) or (
                    lem not in res.leading_verbs and lem not in res.serving_verbs):
                continue
            objs = [x for x in c.children if x.dep_ == "dobj"] + [
                p for x in c.children if x.dep_ == "prep" and x.lower_ in ("for", "at", "with")
                for p in x.children if p.dep_ == "pobj"]
            for o in objs:
                other = da.tok.get(o.i) or _org_anaphor(da, o)
                if other and other != m.actor and da.kind(other) == "Organization":
                    _affiliate(da, m.actor, other, "head" if lem in res.leading_verbs else "",
                               sent, "pattern:who-leads")
        # (b4) "Kristi Noem and other Trump administration officials": one of them
        for c in head.children:
            if c.dep_ == "conj" and c.tag_ == "NNS" and any(
                    x.dep_ == "amod" and x.lower_ == "other" for x in c.children):
                named = any(x.dep_ in ("amod", "compound") and x.lower_ != "other"
                            for x in c.lefts)  # (not a bare "other volunteers")
                for o in _noun_bodies(da, c, named, ()):
                    if o != m.actor:
                        _affiliate(da, m.actor, o, "", sent, "pattern:and-other", 0.7)
        # (b5) "members of the City Council, including Ana Ruiz and Hugo Soto": each of them
        h = x.head.head if x.dep_ == "pobj" and x.head.lower_ == "including" else None
        if h is not None and h.tag_ == "NNS" and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "from", "at") for c in head.children) and (
                h.lemma_.lower() in res.titles or h.lemma_.lower() in res.part_nouns
                or h.lower_ in res.titles or h.i in da.tok and da.kind(da.tok[h.i]) == "Group"):
            # (people nouns or a group: not "ICE operations, including Skid Row"; nor the
            # advocates a person "of the Coalition" is one of: her body is named)
            for o in _noun_bodies(da, h, True, ("of", "from", "at")):
                if o != m.actor:
                    _affiliate(da, m.actor, o, "", sent, "pattern:including", 0.7)
        # (c) "Angelica Salas of the Coalition …"; '…," said Angelica Salas from the
        # Coalition' (the phrase hung on the speech verb after its subject)
        said = [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "from"] if (
            head.dep_ == "nsubj" and head.head.i < m.start
            and head.head.lemma_.lower() in res.reporting) else []
        for c in [*head.children, *said]:
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "at") and c.i == m.end:
                for p in c.children:
                    if p.dep_ == "pobj":
                        other = da.tok.get(p.i)
                        if other and other != m.actor and da.kind(other) in (
                                "Organization", "Location"):
                            _affiliate(da, m.actor, other, "", sent, "pattern:x-of-y")
    _title_bodies(da)
    _home_city_leaders(da)
    _inclusions(da)
    # (d) gazetteer facts, when the text names both
    present = {m.actor for m in da.mentions}
    for aid in sorted(present):
        known = res.actors.get(aid)
        if not known:
            continue
        for other in known.affiliations:
            if other in present and other != aid:
                sent = next(da.sent(m.start) for m in da.mentions if m.actor == aid)
                _affiliate(da, aid, other, "", sent, "gazetteer:affiliation", 0.5)
    # a headline's "…, CBC chair says": the person the story names with that role (known now)
    _anaphoric_titles(da, _headline_titles(da), bare=True)
    _possessed_titles(da)


def _possessed_titles(da: DocActors) -> None:
    """'President Donald Trump's border czar said …' with no name after it: the one person of
    the story with that title, appointed by the possessor."""
    res = da.res
    doc = da.doc
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.i in da.tok or t.lower_ not in res.titles or t.dep_ in (
                "compound", "appos") or any(c.dep_ == "appos" for c in t.children):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            continue  # "Trump's border czar Tom Homan": named right there
        owner = next((da.tok.get(c.i) for c in t.children if c.dep_ == "poss"), None)
        if owner is None or da.kind(owner) != "Person":
            continue
        mods = [c.lower_ for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i
                and c.i not in da.tok]
        holders = [a for a in da.actors.values() if a.id != owner and a.kind == "Person"
                   and _has_role(da, a, t.lower_) and all(
                       any(m in r.lower().split() for r in _roles(da, a.id)) for m in mods)]
        if len(holders) != 1:
            continue
        start = min([c.i for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i]
                    + [t.i])
        span = doc[start:t.i + 1]
        _add_mention(da, span, holders[0].id, holders[0].name, "Person", "title", alias=False)
        _affiliate(da, holders[0].id, owner, span.text, da.sent(t.i), "pattern:possessed-title",
                   0.7)
    da.mentions.sort(key=lambda m: m.start)


def _possessive_org(da: DocActors, person: str, toks: list[Token], sent: Span) -> None:
    """'CNN's Jessica Dean', 'Fox News' John Roberts': an organisation's possessive right
    before a name, with no title between, ties the person to it."""
    mark = toks[-1].lower_.replace("\u2019", "'") if len(toks) >= 2 else ""
    if not (mark == "'s" or mark == "'" and toks[-2].lower_.endswith("s")):
        return
    owners = {da.tok.get(t.i) for t in toks[:-1]}
    other = owners.pop() if len(owners) == 1 else None
    if other and other != person and da.kind(other) == "Organization":
        _affiliate(da, person, other, "", sent, "pattern:possessive-org")


def _others_titles(da: DocActors, root: Token, person: str) -> set[int]:
    """Title words that belong to another person inside an apposition: in "Breyer, the
    brother of retired Supreme Court Justice Stephen Breyer," the court is Stephen's."""
    out: set[int] = set()
    for t in root.subtree:
        other = da.tok.get(t.i)
        if t.i == root.i or not other or other == person or da.kind(other) != "Person":
            continue
        if t.dep_ in ("compound", "poss", "nmod", "npadvmod"):
            continue  # "Trump's border czar": the other person modifies the title
        out |= {x.i for x in t.subtree if x.i < t.i and da.tok.get(x.i) != other}
    return out


def _title_bodies(da: DocActors) -> None:
    """'Supervisor Hilda Solis' + 'the County Board of Supervisors' named in the story."""
    bodies = da.res.title_bodies
    if not bodies:
        return
    orgs = {m.actor for m in da.mentions if da.kind(m.actor) == "Organization"
            and "committee" not in da.actors[m.actor].name.lower()}
    words = {o: set(" ".join([da.actors[o].name, *da.actors[o].aliases]).lower().split())
             for o in orgs}
    for m in da.mentions:
        person = da.actors.get(m.actor)
        if person is None or person.kind != "Person":
            continue
        for role in person.roles:
            low = role.lower()
            body = next((b for t, b in bodies.items() if low == t or low.endswith(" " + t)), None)
            hits = [o for o in orgs if body and body in words[o]]
            if len(hits) == 1:
                _affiliate(da, m.actor, hits[0], role, da.sent(m.start), "pattern:title-body", 0.6)


def _home_city_leaders(da: DocActors) -> None:
    """'Mayor Rex Richardson' with no place in the title, in a story that names Long Beach
    more than any other city: its mayor (lexicon ``city_leader_titles``)."""
    res = da.res
    if not res.city_leader_titles:
        return
    tied = {person for person, *_ in da.affiliations}
    not_cities = res.state_names | res.national_places
    counts = Counter(m.actor for m in da.mentions if da.kind(m.actor) == "Location"
                     and da.actors[m.actor].name not in not_cities)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return
    city = ranked[0][0]
    for m in da.mentions:
        person = da.actors.get(m.actor)
        if person is None or person.kind != "Person" or m.actor in tied or (
                known := res.actors.get(m.actor)) and known.affiliations:
            continue
        role = next((r for r in person.roles if r.lower() in res.city_leader_titles), None)
        if role:
            _affiliate(da, m.actor, city, role, da.sent(m.start), "pattern:home-city", 0.5)
            tied.add(m.actor)


def _inclusions(da: DocActors) -> None:
    """'the Department of Homeland Security, which includes ICE and CBP', 'the task force
    includes 2,000 Guard soldiers': each organisation or group included is PART_OF the
    including organisation (lexicon ``inclusion_verbs``)."""
    from .relations import expand  # (relations reads actors: imported here, not at the top)

    res = da.res
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.inclusion_verbs:
            continue
        if v.dep_ == "relcl":
            whole = da.tok.get(v.head.i)
        else:
            whole = next((da.tok.get(c.i) for c in v.children if c.dep_ == "nsubj"), None)
        if whole is None or da.kind(whole) != "Organization":
            continue
        parts = [a for t in expand([o for o in v.children if o.dep_ == "dobj"])
                 for a in [da.tok.get(t.i) or _members_of(da, t)] if a and a != whole
                 and da.kind(a) in ("Organization", "Group")]
        for a in dict.fromkeys(parts):
            if not any({x[0], x[1]} == {a, whole} for x in da.affiliations):
                da.affiliations.append((a, whole, "PART_OF", "pattern:includes", da.sent(v),
                                        0.6))


def _members_of(da: DocActors, t: Token) -> str | None:
    """'2,000 Guard soldiers': the organisation named in the noun phrase."""
    return next((da.tok[x.i] for x in t.subtree if x.i in da.tok), None)


def _speaker_after_quote(ent: Span, res: Resources) -> bool:
    """'," Pedro Trujillo, organizing director for CHIRLA, said': a name right after a
    closing quote that the tagger took for a title of a work (WORK_OF_ART)."""
    doc = ent.doc
    if not 2 <= len(ent) <= 4 or ent.start == 0 or ent.end >= len(doc) or not all(
            t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in ent):
        return False
    before = doc[ent.start - 1].text
    after = doc[ent.end]
    return before in ('"', "\u201d", "''") and (
        after.text == "," or after.lemma_.lower() in res.reporting)


def _names_list(da: DocActors, t: Token) -> bool:
    """Is this name the first of a list of people's names ("Leslie Ridings and Cassy Horton")?"""
    return da.kind(da.tok.get(t.i, "")) == "Person" and any(
        c.dep_ == "conj" and da.kind(da.tok.get(c.i, "")) == "Person" for c in t.children)


def _singular_title(t: Token, res: Resources) -> str | None:
    """A plural title's singular ("Judges" -> "Judge"), or None."""
    if t.tag_ not in ("NNS", "NNPS") or not t.lower_.endswith("s"):
        return None
    for cand in (t.lemma_, t.text[:-1]):
        if cand.lower() in res.titles and cand.lower() != t.lower_:
            return cand
    return None


def _title_place(da: DocActors, toks: list[Token], title: str) -> list[Token]:
    """The capitalised name that opens ``toks`` and ends right before the title they end
    with ("Glendale" in "Glendale Mayor"); empty if they do not end with it or something
    else comes first."""
    res = da.res
    n = len(title.split())
    if len(toks) <= n or " ".join(t.lower_ for t in toks[-n:]) != title:
        return []
    run: list[Token] = []
    for t in reversed(toks[:-n]):
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or (
                t.lower_ in res.titles or t.lower_ in res.abbreviations
                or t.lower_ in res.title_modifiers):
            break  # (not "Assistant" in "Assistant Attorney General")
        run.insert(0, t)
    return run if run and run[0].i == toks[0].i else []


def _title_department(da: DocActors, person: str, toks: list[Token], sent: Span) -> None:
    """'Riverside County Sheriff Chad Bianco': the person heads the place's department
    (lexicon ``title_departments``), which the title names."""
    res = da.res
    for title, dept in res.title_departments.items():
        run = _title_place(da, toks, title)
        if not run or any(da.kind(da.tok.get(t.i, "")) not in ("", "Location") for t in run):
            continue
        place = " ".join(t.text for t in run)
        name = f"{place} {dept}"
        aid = res.lookup(name) or _lookup_variant(res, name) or res.new_actor_id(name)
        known = res.actors.get(aid)
        heads = da.doc[run[-1].i + 1:toks[-1].i + 1]
        # (the title's words stand for the department here, but are no name of it)
        _add_mention(da, heads, aid, known.name if known else name,
                     known.kind if known else "Organization", "title", alias=False)
        if name not in da.actors[aid].aliases and name != da.actors[aid].name:
            da.actors[aid].aliases.append(name)
        da.add_role(person, f"{place} {heads.text}")
        _affiliate(da, person, aid, heads.text, sent, "pattern:title-department")
        return


def _leaders_place(da: DocActors, toks: list[Token]) -> None:
    """'Glendale Mayor Ara Najarian': the proper name right before a place leader's title
    (lexicon ``place_leader_titles``) that the tagger did not find is that place."""
    res = da.res
    for title in res.place_leader_titles:
        run = _title_place(da, toks, title)
        if not run:
            continue
        if any(t.i in da.tok for t in run):
            return
        span = da.doc[run[0].i:run[-1].i + 1]
        aid = res.lookup(span.text) or res.new_actor_id(span.text)
        known = res.actors.get(aid)
        if known is None:
            da.discovered.add(aid)
        _add_mention(da, span, aid, known.name if known else span.text,
                     known.kind if known else "Location", "title")
        return


def _noun_bodies(da: DocActors, n: Token, itself: bool, preps: tuple[str, ...]) -> list[str]:
    """The organisations and groups a plural noun of people names: itself (a group, when
    ``itself``), its "of"/"from" phrases (``preps``) and its compounds ("Trump administration
    officials", "members of the City Council")."""
    bodies = [da.tok.get(n.i) if itself else None] + [
        da.tok.get(p.i) for c in n.children if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children if p.dep_ == "pobj"] + [
        da.tok.get(c.i) or _org_anaphor(da, c) for c in n.lefts if c.dep_ == "compound"]
    return [b for b in dict.fromkeys(bodies)
            if b and da.kind(b) in ("Organization", "Group")]


def _where_of_other(da: DocActors, t: Token, actor: str) -> bool:
    """Whether t names the place of another actor's phrase: "the church in Evanston"."""
    h = t
    while h.dep_ == "compound" and da.tok.get(h.head.i) == actor:
        h = h.head
    p = h.head
    return h.dep_ == "pobj" and p.lower_ == "in" and da.tok.get(p.head.i) not in (None, actor)


def _copular_title(da: DocActors, person: str, v: Token, sent: Span) -> None:
    """The title a person's copula or serving verb gives: "is the director of the center",
    "serves as its director"."""
    res = da.res
    if v.lemma_ != "be" and v.lemma_.lower() not in res.serving_verbs:
        return
    attrs = [c for c in v.children if c.dep_ == "attr"] if v.lemma_ == "be" else [
        p for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children if p.dep_ == "pobj"]
    for a in attrs:
        if a.lower_ in res.titles or a.lemma_.lower() in res.titles:
            clause = {x.i for t in a.subtree if t.dep_ in ("relcl", "acl", "advcl")
                      for x in t.subtree}
            block = [t for t in a.subtree if t.i not in clause]
            _title_block(da, person, block, sent, "pattern:copular-title")


def _title_block(da: DocActors, person: str, toks: list[Token], evidence: Span,
                 rule: str) -> None:
    res = da.res
    if not toks:
        return
    others: list[str] = []
    words: list[str] = []
    forces = None
    for t in toks:
        other = da.tok.get(t.i) or _org_anaphor(da, t)
        if other is None and t.dep_ == "poss" and t.lower_ in ("his", "her"):
            other = da.actor_at(t)  # "his border czar, Tom Homan": the person named before
        if other is None and t.lower_ == "police" and t.dep_ in ("compound", "amod"):
            # "police spokesperson Norma Eisenman": the one police force the story names
            if forces is None:
                forces = sorted({m.actor for m in da.mentions if da.is_police(m.actor)})
            other = forces[0] if len(forces) == 1 else None
        if other and other != person and _where_of_other(da, t, other):
            continue  # "a pastor at Lake Street Church in Evanston": where the church is
        if other and other != person:
            if other not in others:
                others.append(other)
            continue
        if t.dep_ in ("det", "case", "punct") or t.lower_ in ("'s", "\u2019s") or t.pos_ == "PRON":
            continue
        if t.dep_ == "prep" and any(c.dep_ == "pobj" and (da.tok.get(c.i) or _org_anaphor(da, c))
                                    for c in t.children):
            continue  # "attorney at the group": the tie, not part of the role
        # a plural title over a list of names is each one's: "Circuit Judges A and B"
        plural_ok = t.dep_ == "compound" or t.dep_ == "appos" and _names_list(da, t.head)
        word = (_singular_title(t, res) if plural_ok else None) or t.text
        words.append(res.abbreviations.get(t.lower_, word))
    role = " ".join(words).strip()
    low = role.lower()
    has_title = any(w.lower() in res.titles for w in words) or any(
        f" {tt} " in f" {low} " for tt in _multiword(res))
    if not has_title:
        return
    if role and role.lower() not in res.honorifics:
        da.add_role(person, role)
    # ("Oregon Attorney General": the state's officer, unlike "U.S. Attorney")
    judicial = any(f" {jt} " in f" {low} " for jt in res.judicial_titles) and not any(
        f" {low}".endswith(f" {t}") for t in res.place_leader_titles)
    beat = next((t.i for t in toks if t.lower_ in res.beat_titles), None)
    if beat is not None:
        # "CNN White House correspondent": the outlet, not the beat, in front of the title
        before = [o for o in others if any(da.tok.get(t.i) == o and t.i < beat for t in toks)]
        others = [o for o in others if o not in before[1:]]
    for other in others:
        if judicial and da.kind(other) == "Location":
            continue  # "U.S. District Judge": the court system, not a tie to the country
        _affiliate(da, person, other, role, evidence, rule)


def _org_anaphor(da: DocActors, t: Token) -> str | None:
    """'a staff attorney at the group', 'the federation's president': the organisation named
    last before (whose name has the word, unless the word is generic)."""
    low = t.lower_
    res = da.res
    apposed = next((a for c in t.children if c.dep_ == "appos" and c.i == t.i + 1
                    and (a := da.tok.get(c.i))), None)
    if apposed:
        return apposed  # "the news organization CalMatters": the one it names
    if low in res.place_nouns:  # "the state of Illinois sued": the place it names
        named = [da.tok.get(o.i) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        if named and named[0] and da.kind(named[0]) == "Location":
            return named[0]
    possessive = low == "its" and t.dep_ == "poss"  # "Its director, Flor Melendrez"
    if possessive and t.head.dep_ in ("appos", "conj") and t.head.head.i < t.i:
        # "sued Fresno, its mayor and its city council": the body the list named first
        first = t.head.head
        while first.dep_ in ("appos", "conj") and first.head.i < first.i:
            first = first.head
        if first.i in da.tok and da.kind(da.tok[first.i]) in ("Organization", "Location"):
            return da.tok[first.i]
    place = low in res.place_anaphors  # "the state" sued: the State of California named before
    if not possessive and (t.pos_ != "NOUN" or not (
            low in res.org_heads or low in res.org_anaphors or place) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children)):
        return None
    # "the district court" is not the Supreme Court: a noun in front is in the name too
    nouns = [c.lower_ for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    where: str | None = None
    for m in reversed(da.mentions):
        if m.start >= t.i:
            continue
        if t.i - m.start > 200:
            break
        # ("the state" after "Oregon" sued: a state by its name, acting or not)
        a_state = place and low == "state" and da.actors[m.actor].name in res.state_names
        last = da.doc[m.end - 1]
        if a_state and last.dep_ == "pobj" and last.head.lower_ in res.locative_preps:
            # (a state named as where something is, "a federal judge in Oregon", only when no
            # state is named before as who acts)
            where = where or m.actor
            continue
        if da.kind(m.actor) != ("Location" if place else "Organization") and not a_state:
            continue
        name = " ".join([da.actors[m.actor].name, *da.actors[m.actor].aliases]).lower()
        known = da.res.actors.get(m.actor)
        if known and place:
            name += " " + " ".join(known.aliases).lower()
        if place and low not in name.split() and not a_state:
            continue  # "the state" is not "United States"
        if low == "agency" and not res.agency_words & set(name.split()):
            continue  # "the agency" is a government agency, not the city or the BBC
        if possessive or a_state or (low in res.org_anaphors_generic or low in name) and (
                _names_all(name, nouns)):
            return m.actor
    return where


def _names_all(name: str, words: list[str]) -> bool:
    """Does a (lower-case) name have each of these words?"""
    have = name.split()
    return all(w in have for w in words)


def ruling_anaphor(da: DocActors, t: Token) -> str | None:
    """'the order', 'the ruling' just after a judge or court was named as the one acting:
    that judge or court (not the policy the story is about). So is "the move" a court acts on
    ("Breyer ordered Trump to return control. A panel blocked the move")."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                   for c in t.children):
        return None
    gov = next((x for x in t.ancestors if x.pos_ in ("VERB", "AUX")), None)
    lemma = t.lemma_.lower()
    if lemma not in da.res.ruling_nouns and not (
            lemma in da.res.issue_anaphors and gov is not None and any(
                c.dep_ == "nsubj" and c.i in da.tok and is_judicial(da, da.tok[c.i])
                for c in gov.children)):
        return None
    # "Following the ruling, Newsom praised the decision": past other subjects to the court
    after = after_ruling(da, t)
    for m in reversed(da.mentions):
        if m.start >= t.i:
            continue
        if t.i - m.start > (120 if after else 60):
            break
        head = da.doc[m.end - 1]
        if head.dep_ == "compound" and head.head.lemma_.lower() in da.res.ruling_nouns and (
                is_judicial(da, m.actor)):
            return m.actor  # "Monday's Supreme Court order …": the court's
        if head.dep_ not in ("nsubj", "nsubjpass", "poss") or gov is not None and head.head == gov:
            continue  # (not the one who acts on it: "Newsom praised the ruling")
        if head.dep_ == "nsubj" and head.head.dep_ in ("ccomp", "xcomp") and any(
                is_judicial(da, x.actor) for x in da.mentions
                if da.sent(x.start).start == da.sent(m.start).start and x.start < m.start):
            continue  # ("the court allowed agents to resume …": the court's ruling still)
        if is_judicial(da, m.actor):
            return m.actor
        if head.dep_ != "poss" and not after:
            return None
        # ("Breyer ruled that Trump's deployment was illegal": an owner named in the ruling)
    return None


def after_ruling(da: DocActors, t: Token) -> bool:
    """Whether the sentence names a ruling before t ("Following the ruling, …"; not "the
    order" or "the decision", which may be anyone's)."""
    plain = da.res.ruling_nouns - da.res.issue_anaphors
    return any(x.lemma_.lower() in plain for x in da.sent(t) if x.i < t.i)


def is_judicial(da: DocActors, actor_id: str) -> bool:
    """A judge or a court, by its name or roles."""
    a = da.actors.get(actor_id)
    if a is None:
        return False
    known = da.res.actors.get(actor_id)
    words = " ".join([a.name, *a.roles, *(known.roles if known else [])]).lower().split()
    if a.kind == "Organization" and "department" in a.name.lower().split():
        return False  # the Justice Department is a party, not a court
    return any(w in words for w in ("judge", "justice", "court", "circuit"))


_MULTI: dict[int, list[str]] = {}


def _multiword(res: Resources) -> list[str]:
    key = id(res)
    if key not in _MULTI:
        _MULTI[key] = [t for t in res.titles if " " in t]
    return _MULTI[key]


def _member_title(da: DocActors, person: str, toks: list[Token], evidence: Span) -> None:
    """'Supervisor Janice Hahn', 'Councilmember Eunisses Hernandez': a member of the one body of
    that kind the story names ("the Los Angeles County Board of Supervisors"; lexicon
    ``member_titles``)."""
    for t in toks:
        if t.lower_ not in da.res.member_titles or t.i in da.tok:
            continue  # (not a word of a name: "Justice Department lawyer …")
        body = member_body(da, t.lower_)
        if body:
            _affiliate(da, person, body, t.text, evidence, "pattern:member-title", 0.7)
        return


def member_body(da: DocActors, title: str) -> str | None:
    """The one body the story names whose members hold ``title`` (lexicon
    ``member_titles``: "supervisor" -> "… Board of Supervisors")."""
    ends = da.res.member_titles.get(title, ())
    bodies = [aid for aid, a in da.actors.items() if a.kind == "Organization" and a.mentions > 0
              and any(a.name.lower().endswith(e) for e in ends)]
    return bodies[0] if len(bodies) == 1 else None


def _affiliate(da: DocActors, person: str, other: str, role: str, evidence: Span, rule: str,
               confidence: float = 0.9) -> None:
    res = da.res
    okind = da.kind(other)
    words = role.lower().split()
    if okind == "Person":
        typ = "APPOINTED_BY"
    elif okind == "Location":
        typ = "HOLDS_ROLE"
    elif words and words[-1] in res.leader_titles and not {"deputy", "vice", "assistant",
                                                            "press", "acting"} & set(words):
        typ = "LEADS"
    else:
        typ = "MEMBER_OF"
    for a in da.affiliations:
        if {a[0], a[1]} == {person, other}:
            return
    da.affiliations.append((person, other, typ, rule, evidence, confidence))


def headline_only(da: DocActors) -> set[str]:
    """Names the tagger found only in a title-case headline that the story never repeats
    ("Johnson Backs", "Vows Slew"): words of the headline, not actors."""
    text = da.text
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    heads = {k for k, off in enumerate(offsets) if lines[k].strip() and _title_case(text, off)}
    if not heads:
        return set()
    body = "\n".join(line for k, line in enumerate(lines) if k not in heads)
    out = set()
    for aid, a in da.actors.items():
        if aid in da.res.actors or a.name in body:
            continue
        if all(_title_case(text, da.doc[m.start].idx) for m in da.mentions if m.actor == aid):
            out.add(aid)
    return out


def emitted_actors(da: DocActors, used: set[str]) -> list[Actor]:
    """People and organisations always; places, outlets and groups when they take part in a
    relation (known groups also when named repeatedly, the story's crowd when named once)."""
    out = []
    for aid, a in da.actors.items():
        if a.mentions <= 0:
            continue
        if aid in da.acting and a.kind == "Location":
            a.kind = "Organization"
        if a.kind == "Location" or aid in da.discovered or aid in da.res.venues:
            if aid not in used:
                continue
        # (the story's crowd, lexicon police_crowds' group, is an actor wherever it is named)
        if a.kind == "Group" and aid not in used and a.mentions < (
                1 if aid == da.res.crowd_group else 2):
            continue
        out.append(a)
    return out
