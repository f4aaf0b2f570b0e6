"""Stances on issues and speech: issue mentions, quotes and their speakers, evaluative words.

A stance is a relation actor -> issue (SUPPORTS +1 / OPPOSES -1). It comes from
- an act on the issue: "condemned the raids" (OPPOSES), "defended the deployment" (SUPPORTS),
  and acts on the actors whose activity is the issue ("ordered the Guard in" supports the
  deployment, "accused ICE" opposes the raids);
- a labelling verb with evaluative words: "called the move 'purposefully inflammatory'";
- a quote with evaluative words that names an issue, attributed to its speaker.
Quotes with negative evaluative words about an actor who is the subject of the quote are
criticism of that actor by the speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from graphkit.model import MODEL_RULE_PREFIX

from .actors import DocActors, after_ruling, is_judicial, ruling_anaphor
from .matchers import Matchers
from .relations import (
    Sink,
    aimed_objects,
    authors,
    blamed_on,
    by_agents,
    expand,
    factor,
    fires_back,
    in_quote,
    infinitive,
    makers,
    mode_of,
    neither_subject,
    object_actors,
    owner_tokens,
    prep_objects,
    remark_speakers,
    resolve,
    sends_home,
    side_holders,
    subject_actors,
    undoes,
)

QUOTE_RE = re.compile(r"(?:\u201c|``|\")([^\u201c\u201d\"\n]+?)(?:\u201d|''|\")")
# A quote some pages close with a second opening mark ('“We will fight it“, he said'):
# the second mark right after a word and before a space or punctuation closes it
MISCLOSED_QUOTE_RE = re.compile(
    r"\u201c([^\u201c\u201d\n]*?[^\s\u201c\u201d])\u201c(?=[\s,.;:!?)\]\u2014]|$)")
# A curly opening quote with no closing one before the end of its line
OPEN_QUOTE_RE = re.compile(r"\u201c([^\u201c\u201d\n]*[^\u201c\u201d\s])[ \t]*(?=\n|$)")
# Single quotes, as some outlets print quotes: opened after a space or a bracket, closed
# before a space or punctuation, so apostrophes ("Trump's", "we're") neither open nor close
SINGLE_QUOTE_RE = re.compile(
    r"(?:^|(?<=[\s(\[:\u2014]))(?:'|\u2018)"
    r"([A-Za-z0-9](?:[^'\u2018\u2019\n]|['\u2019](?=[A-Za-z])){0,400}?[^\s'\u2018\u2019])"
    r"(?:'|\u2019)(?=[\s,.;:!?)\]\u2014]|$)")
NEG_TYPES = frozenset({"CRITICIZES", "OPPOSES", "SUES"})
POS_TYPES = frozenset({"SUPPORTS", "COOPERATES_WITH", "ORDERS"})
SPEECH_NOUN_DEPS = ("nsubj", "nsubjpass")


class IssueIndex:
    """Where the document names each issue, strongly or through a weak trigger + context."""

    def __init__(self, da: DocActors, mat: Matchers):
        self.da = da
        res = da.res
        doc = da.doc
        self.strong: dict[int, str] = {}
        self.weak: dict[int, set[str] | list[str]] = {}
        self.context: dict[int, set[str]] = {}
        bound: dict[int, set[str]] = {}
        self.bound_hits: set[int] = set()  # bound triggers that named their issue
        for match_id, s, e in mat.issues(doc):
            kind, iss = doc.vocab.strings[match_id].split(":", 1)
            for i in range(s, e):
                if kind != "C" and _someones_objection(doc[i], da):
                    continue  # "over Newsom's protests": his objections, not the protests
                if kind != "C" and _of_a_ruling(doc[i], res):
                    continue  # "paused enforcement of his order": the order's, not the raids
                if kind == "S":
                    self.strong.setdefault(i, iss)
                elif kind == "W":
                    self.weak.setdefault(i, set()).add(iss)
                elif kind == "B":
                    bound.setdefault(i, set()).add(iss)
                else:
                    self.context.setdefault(i, set()).add(iss)
        actor_ctx: dict[str, set[str]] = {}
        for iss in res.issues.values():
            for c in iss.context:
                if c in res.actors:
                    actor_ctx.setdefault(c, set()).add(iss.id)
        for aid, issues in issue_actors(da).items():
            if aid not in res.issues_of_actor:  # "the Texas National Guard"
                actor_ctx.setdefault(aid, set()).update(issues)
        for i, aid in da.tok.items():
            if aid in actor_ctx:
                self.context.setdefault(i, set()).update(actor_ctx[aid])
        self._stand_ins(doc, res, bound)
        # a bound trigger names its issue only with context in its own phrase ("an ordinance
        # barring city staff from assisting immigration agents"), else nothing
        for i, cands in bound.items():
            t = doc[i]
            scope = list(t.subtree)
            if t.dep_ == "dobj":  # ("introduced an ordinance barring staff from cooperating …",
                # the "from" hung on the verb)
                scope += [x for c in t.head.children if c.i > i and c.dep_ == "prep"
                          for x in c.subtree]
            if i not in self.strong and i not in self.weak and (
                    hits := self._with_context(cands, scope)):
                self.weak[i] = set(hits)
                self.bound_hits.add(i)
        # sets iterate in a per-process hash order: keep the data file's order, so the same
        # text always gives the same graph
        rank = {iss: n for n, iss in enumerate(res.issues)}
        self.weak = {i: sorted(v, key=rank.__getitem__) for i, v in self.weak.items()}
        # ordered mentions for "the move", "this", "the decision"; a weak trigger without
        # context ("the deployment") names the last of its issues mentioned before it
        self.policy = {i.id for i in res.issues.values() if i.policy}
        self.mentions: list[tuple[int, str]] = []
        self.named_at: dict[int, int] = {}  # token -> how many issues it names
        self.anaphoric: set[int] = set()  # weak triggers read as the last issue before them
        for i in sorted(set(self.strong) | set(self.weak)):
            if i in self.strong:
                hits = [self.strong[i]]
            elif i in self.bound_hits:
                hits = list(self.weak[i])
            else:
                t = doc[i]
                scope = list(t.subtree)
                if t.dep_ in ("compound", "amod"):
                    scope += list(t.head.subtree)
                hits = self._with_context(self.weak[i], scope)
                if not hits and not _plural_anaphor(t, res):
                    hits = self._pointed_back(t, self.weak[i])
                    self.anaphoric.add(i)
            self.mentions += [(i, iss) for iss in hits]
            self.named_at[i] = len(hits)

    def _stand_ins(self, doc: Doc, res, bound: dict[int, set[str]]) -> None:
        """issues.yaml ``own_words``/``otherwise``: in a story naming none of an issue's own
        words, its mentions name the other issue, when the story names that one."""
        text = doc.text.lower()
        for iss in res.issues.values():
            if not iss.otherwise or any(re.search(rf"\b{re.escape(w)}", text)
                                        for w in iss.own_words):
                continue
            found = [self.strong, self.weak, self.context, bound]
            if not any(iss.otherwise in ({v} if isinstance(v, str) else v)
                       for d in found for v in d.values()):
                continue
            for i, v in self.strong.items():
                if v == iss.id:
                    self.strong[i] = iss.otherwise
            for d in (self.weak, self.context, bound):
                for v in d.values():
                    if iss.id in v:
                        v.discard(iss.id)
                        v.add(iss.otherwise)

    def _with_context(self, cands: Iterable[str], scope: list[Token]) -> list[str]:
        out = []
        for iss in cands:
            if any(iss in self.context.get(t.i, ()) for t in scope):
                out.append(iss)
        return out

    def _judicial(self, t: Token) -> bool:
        """'Breyer's order', 'the court's decision': a ruling, not the policy it rules on."""
        res = self.da.res
        for c in t.children:
            a = self.da.actor_at(c) if c.dep_ == "poss" else None
            if a is None:
                continue
            actor = self.da.actors.get(a)
            words = " ".join([actor.name, *actor.roles] if actor else []).lower()
            words += " " + " ".join(x.lower_ for x in c.lefts)  # "Judge Charles Breyer's""
            if any(f" {j} " in f" {words} " for j in res.judicial_titles) or any(
                    w in words.split() for w in ("court", "circuit")):
                return True
        return False

    def _after_ruling(self, t: Token) -> bool:
        """'Following the ruling, Newsom praised the decision': a ruling named before in the
        sentence is what "the decision" or "the order" is."""
        return t.lemma_.lower() in self.da.res.ruling_nouns and after_ruling(self.da, t)

    def _owners_issue(self, t: Token) -> str | None:
        """'welcomed Bass' decision': the issue last named in a sentence naming its owner."""
        owner = next((self.da.actor_at(c) for c in t.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        best = None
        for j, iss in self.mentions:
            if j >= t.i:
                break
            sent = self.da.sent(j)
            if iss in self.policy and any(self.da.tok.get(k) == owner
                                          for k in range(sent.start, sent.end)):
                best = iss
        return best

    def hits(self, t: Token) -> list[str]:
        """The issues a token names: its strong trigger's, else its weak trigger's."""
        return [self.strong[t.i]] if t.i in self.strong else self.weak_hits(t)

    def weak_hits(self, t: Token) -> list[str]:
        cands = self.weak.get(t.i)
        if not cands or self._judicial(t):
            return []
        if t.i in self.bound_hits:
            return list(cands)
        hits = self._with_context(cands, list(t.subtree))
        if not hits and ruling_anaphor(self.da, t):
            return []  # "Immergut blocked the deployment. Kotek welcomed the decision": hers
        if not hits and not _plural_anaphor(t, self.da.res):
            owned = self._owners_issue(t)
            hits = [owned] if owned else self._pointed_back(t, cands)
        return hits

    def _pointed_back(self, t: Token, cands: Iterable[str]) -> list[str]:
        """The issue a weak trigger with no context of its own points back to: the last of
        its issues named before it, or for a plural ("the deployments", in a story that sent
        the Guard and the Marines) each of them named in the window before it."""
        if t.tag_ == "NNS":
            allowed = set(cands)
            quotes = self.da.quotes or []  # (not a quote's "the military": its own words)
            named = [iss for j, iss in self.mentions if j < t.i and t.i - j <= 300
                     and iss in allowed and not in_quote(self.da.doc[j], quotes)]
            if len(set(named)) > 1:
                return list(dict.fromkeys(named))
        last = self.last_before(t.i, among=cands)
        return [last] if last else []

    def in_phrase(self, o: Token) -> list[str]:
        """Issues an object phrase names, the shallowest first ("protests over raids" ->
        protests)."""
        level = [o]
        seen = 0
        while level and seen < 40:
            hits: list[str] = []
            for t in level:
                seen += 1
                iss = self.strong.get(t.i)
                if iss and iss not in hits:
                    hits.append(iss)
                for x in self.weak_hits(t):
                    if x not in hits:
                        hits.append(x)
            if hits:
                return hits
            # ("defended the officers' response to the protests": the response is judged,
            # not what it answers)
            # (nor "defended Trump's handling of the protests": his conduct is)
            # (nor "families affected by the raids": the ones it was done to)
            level = [c for t in level for c in t.children if c.dep_ not in ("relcl",)
                     # (nor "send federal resources, not troops": what is not asked for)
                     and not (c.dep_ in ("appos", "conj") and c.doc[c.i - 1].lower_ == "not")
                     and not _circumstance(c) and not (_done_by(c) and t.i not in self.strong
                                                       and t.i not in self.weak) and not (
                         c.dep_ == "prep" and c.lower_ == "to"
                         and t.lemma_.lower() in self.da.res.reply_nouns) and not (
                         c.dep_ == "prep" and c.lower_ == "of" and t.lemma_.lower() in HANDLING)
                     # (nor "condemned Trump's protest response": his response is)
                     and not (c.dep_ == "compound" and (
                         t.lemma_.lower() in HANDLING | self.da.res.reply_nouns))]
        return []

    def last_before(self, i: int, window: int = 300, among: Iterable[str] | None = None
                    ) -> str | None:
        """The issue named last before token ``i`` (policies only unless ``among`` is given);
        a word that named two of them at once ("the decision to send troops" in a story about
        both forces) decides only if nothing clearer came before."""
        allowed = set(among) if among is not None else self.policy
        best = vague = None
        for j, iss in self.mentions:
            if j >= i:
                break
            if i - j <= window and iss in allowed:
                if self.named_at[j] > 1:
                    vague = iss
                else:
                    best = iss
        return best or vague

    def for_object(self, o: Token) -> list[str]:
        found = []
        for t in expand([o]):
            if self._after_ruling(t):
                continue
            for x in self.in_phrase(t):
                if x not in found:
                    found.append(x)
            if not found and t.lemma_.lower() in self.da.res.activity_nouns:
                # "the use of Marines": the issue that is that actor's activity
                owners = issue_actors(self.da)
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in c.children:
                            a = self.da.actor_at(p) if p.dep_ == "pobj" else None
                            found += [i for i in owners.get(a or "", []) if i not in found]
                    elif c.dep_ == "poss":
                        a = self.da.actor_at(c)
                        found += [i for i in owners.get(a or "", []) if i not in found]
            if not found and t.tag_ == "WDT" and t.head.dep_ == "relcl":
                # a relative pronoun is its noun: "the raids, which Bass condemned", "the
                # move, which …", not "the city that Gordo leads"
                t = t.head.head
                found += [x for x in self.in_phrase(t) if x not in found]
            if not found and t.lower_ == "them" and t.pos_ == "PRON":
                # "described the raids as cruel, while Newsom criticized them": the plural
                # issue named before it in the sentence
                sent = self.da.sent(t)
                named = [iss for j, iss in self.mentions if sent.start <= j < t.i
                         and self.da.doc[j].tag_ == "NNS"]
                found += named[-1:]
            if not found and t.tag_ == "NNS" and t.lemma_.lower() in (
                    self.da.res.troop_nouns | {"force"}) and any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children
                    ) and not any(c.dep_ in ("poss", "compound") for c in t.children):
                # "said the additional forces were not needed": the forces named just before
                owners = issue_actors(self.da)
                found += [i for m in self.da.mentions if 0 < t.i - m.start <= 60
                          and m.actor in self.da.res.troop_forces
                          for i in owners.get(m.actor, []) if i not in found]
            if not found and t.lemma_.lower() in self.da.res.issue_anaphors and not (
                    self._judicial(t) or ruling_anaphor(self.da, t)):
                last = self._owners_issue(t) or self.last_before(t.i)
                if last:
                    found.append(last)
        return found


def evaluation(tokens: Iterable[Token], da: DocActors, of_issue: bool = False) -> int:
    """The sign of the judgement in some words; ``of_issue``: of a policy, so words about
    unnamed people and a condition's words do not count."""
    res = da.res
    score = 0
    doc = da.doc
    skip: set[int] = set()
    for t in tokens:
        if t.i in skip:
            continue
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_:
            # "un-American", "heavy-handed" split by the tokenizer
            joined = f"{t.lower_}-{doc[t.i + 2].lower_}"
            if joined in res.negative or joined in res.positive:
                skip.update((t.i + 1, t.i + 2))
                denied = _negated(doc[t.i + 2]) or _negated(t)  # "is not heavy-handed"
                if joined in res.negative:
                    score -= 0 if denied else 1
                else:
                    score += -1 if denied else 1
                continue
        phrase = _phrase_at(t, res)
        if phrase:
            # "should have known better", "got it right": an idiom judges as one word
            sign, start, n = phrase
            skip.update(range(start, start + n))
            # (negation sits on the phrase's head: "is not political theater")
            head = next((x for x in doc[start:start + n] if not start <= x.head.i < start + n), t)
            # (a phrase that holds its own negation, "no business", "no respect for", is not
            # denied by it)
            denied = (_negated(t) or _negated(head)) and not any(
                x.lower_ in res.negation for x in doc[start:start + n])
            if sign < 0 and not denied:
                score -= 1
            elif sign > 0:
                score += -1 if denied else 1
            continue
        lem = t.lemma_.lower()
        low = t.lower_
        neg = lem in res.negative or low in res.negative or of_issue and (
            lem in res.harm or low in res.harm)
        if neg and _negated(t):
            continue  # "he is not a criminal": no judgement either way
        if neg and t.dep_ in ("amod", "compound") and (
                t.head.lemma_.lower() in res.descriptive_heads or t.i + 1 < len(doc) and (
                    doc[t.i + 1].dep_ == "compound" and doc[t.i + 1].head.i == t.head.i
                    and doc[t.i + 1].lemma_.lower() in res.descriptive_heads)):
            # "illegal immigrants", "criminal aliens", "illegal immigration operations": a
            # description, not a judgement
            continue
        if neg and t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and (c.lower_ in OFFENDERS or c.lower_ in res.relative_pronouns
                                       and c.head.head.lower_ in OFFENDERS)
                for c in t.children):
            continue  # "anyone who violates the curfew will be arrested": a warning to offenders
        if neg and _in_offender_phrase(t):
            continue  # "anyone using violence to obstruct agents will be prosecuted": the same
        if of_issue and neg and _of_people(t, res):
            continue  # "violent people", "mobs attacked officers": about them, not the issue
        if (of_issue or neg) and _conditional(t):
            # "if there's an insurrection, I would invoke it", "if you commit a crime, ICE is
            # going to be involved": a supposed case, not a judgement
            continue
        if neg:
            # "combat lawlessness", "restore order amid chaos": acting against a problem
            # (not the subject of one: "the shameful conduct must stop" judges the conduct)
            # (nor a clause it reports: "countered that Trump was unhinged")
            if (t.head.lemma_.lower() in res.remedy and t.dep_ not in NOT_REMEDIED) or (
                    t.head.head.lemma_.lower() in res.remedy and t.head.dep_ not in NOT_REMEDIED
                    and t.head.head.i != t.head.i):
                score += 1
                continue
            score -= 1
        elif (lem in res.unmet_duties or low in res.unmet_duties) and _negated(t):
            score -= 1
        elif of_issue and (lem in res.contested or low in res.contested):
            continue  # "public safety comes first": claimed by both sides of an issue
        elif (lem in res.positive or low in res.positive) and not (
                not of_issue and _harmed(t, res)) and not (
                t.dep_ == "amod" and any(w in res.negative or w in res.harm
                                         for w in (t.head.lemma_.lower(), t.head.lower_))):
            # (not a modifier of a word that blames: "professional agitators"; nor of a harm:
            # "great anxiety")
            # "is not acceptable", "was never needed": a denied merit is a judgement too
            score += -1 if _negated(t) else 1
    return score


def _in_offender_phrase(t: Token) -> bool:
    """Is the word inside "anyone who …" / "anyone using …" (whoever would do it)?"""
    x = t
    for _ in range(5):
        if x.head.i == x.i:
            return False
        if x.dep_ in ("relcl", "acl") and x.head.lower_ in ("anyone", "anybody", "whoever"):
            return True  # (not "those terrorizing our communities": named doers, judged)
        x = x.head
    return False


def _harmed(t: Token, res) -> bool:
    """A good thing that a negative verb acts on ("violating the rights of Californians",
    "trampling our freedoms"): the verb judges, its object does not praise."""
    x = t
    for _ in range(3):
        if x.dep_ == "dobj":
            v = x.head
            return v.pos_ == "VERB" and (v.lemma_.lower() in res.negative
                                         or v.lower_ in res.negative)
        if x.dep_ not in ("pobj", "prep", "conj", "compound", "amod"):
            return False
        x = x.head
    return False


def _phrase_at(t: Token, res) -> tuple[int, int, int] | None:
    """The sign, start and length of an evaluative idiom that ``t`` is part of (lexicon:
    ``evaluative.phrases``, matched on lemmas)."""
    doc = t.doc
    for sign, words, k in res.evaluative_phrases.get(t.lemma_.lower(), ()):
        start = t.i - k
        if start >= 0 and start + len(words) <= len(doc) and all(
                doc[start + j].lemma_.lower() == w or doc[start + j].lower_ == w
                for j, w in enumerate(words)):
            return sign, start, len(words)
    return None


def judged_others(tokens: list[Token], da: DocActors) -> tuple[list[Token], set[int]]:
    """Words in a statement that judge someone other than its subject: adjectives on a named
    actor ("violent rioters"), and people in an object ("had faced violent mobs"), as the
    adjectives and the object phrases' token indexes."""
    # (not a lexicon verb's participle, a misparsed verb acting on the actor: "Bell is
    # demonizing ICE" judges Bell, not ICE)
    described = [t for t in tokens if t.dep_ == "amod" and t.head.i in da.tok and not (
        t.tag_ == "VBG" and da.res.verb_type(t.lemma_) is not None)]
    people = {x.i for t in tokens if t.dep_ in ("dobj", "pobj") and (
        t.lemma_.lower() in da.res.group_nouns or t.lemma_.lower() in da.res.pejoratives)
        for x in t.subtree}
    return described, people


SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
# what a remedy verb does not act on: its subject, or a clause it reports
NOT_REMEDIED = SUBJ_DEPS | {"ccomp"}
DEMONSTRATIVES = frozenset({"this", "that", "it"})
HANDLING = frozenset({"handling", "management", "response"})  # one's conduct toward a matter
OFFENDERS = frozenset({"anyone", "anybody", "whoever", "those", "someone", "somebody", "people"})


def _of_people(t: Token, res) -> bool:
    """A word that describes unnamed people, or an act whose doers are unnamed people."""
    def people(x: Token) -> bool:
        lem = x.lemma_.lower()
        return x.pos_ == "NOUN" and (lem in res.pejoratives or lem in res.generic_people
                                     or lem in res.group_nouns)
    if t.dep_ in ("amod", "compound") and t.tag_ != "VBN" and people(t.head):
        return True  # (but "terrorized families" are victims: what did it is judged)
    return t.pos_ == "VERB" and any(c.dep_ == "nsubj" and people(c) for c in t.children)


def _conditional(t: Token) -> bool:
    """Inside an "if"/"unless" clause."""
    for x in (t, *t.ancestors):
        if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                     for c in x.children) and x.head.lemma_.lower() not in (
                                         "ask", "wonder", "question"):
            return True  # (not "asked if she considered it an impeachable offense")
        if x.dep_ in ("ccomp", "ROOT"):
            return False
    return False


# Verbs of belief whose negation denies the clause they govern ("I don't think it was …").
BELIEF_VERBS = frozenset({"think", "believe"})


def _negated(t: Token) -> bool:
    if t.dep_ == "pobj" and t.head.lower_ == "without":
        return True  # "operating without accountability", "protested without violence"
    if t.head.lower_ in ("nothing", "nobody", "none") or t.lower_ == "nothing":
        return True  # "had done nothing wrong"
    if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return True  # "acting with no accountability"
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "do not deserve to be doxed or harassed": both are denied
    for x in dict.fromkeys((t, t.head, first, first.head)):
        if any(c.dep_ == "neg" for c in x.children) or neither_subject(x):
            return True
        if x.dep_ == "ccomp" and x.head.lemma_.lower() in BELIEF_VERBS and any(
                c.dep_ == "neg" for c in x.head.children):
            return True  # "I don't think it was necessary"
        if x.dep_ in ("acl", "ccomp") and x.head.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in x.head.children):
            return True  # "there is no showing that military help is necessary"
    return False


def quote_spans(da: DocActors) -> list[tuple[int, int]]:
    doc = da.doc
    out = []
    for m in QUOTE_RE.finditer(da.text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and len(span) > 0:
            out.append((span.start, span.end))
    for m in MISCLOSED_QUOTE_RE.finditer(da.text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and len(span) > 0 and not any(
                s < span.end and span.start < e for s, e in out):
            out.append((span.start, span.end))
    # a quote that opens and runs to the end of its paragraph, unclosed: the next paragraph
    # carries it on ('“Our officers were outnumbered. …' + new paragraph '“These rioters …')
    opened = [(m.start(1), m.end(1)) for m in OPEN_QUOTE_RE.finditer(da.text)]
    at = 0
    for line in da.text.split("\n"):  # (straight quotes: an odd one last, opening)
        k = line.rfind('"')
        if line.count('"') % 2 == 1 and (k == 0 or line[k - 1].isspace()) and line[k + 1:].strip():
            opened.append((at + k + 1, at + len(line.rstrip())))
        at += len(line) + 1
    for start, end in opened:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) >= 3 and not any(
                s < span.end and span.start < e for s, e in out):
            out.append((span.start, span.end))
    doubles = list(out)
    for m in SINGLE_QUOTE_RE.finditer(da.text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and len(span) >= 5 and not any(
                s < span.end and span.start < e for s, e in doubles):
            # (not a quote inside a quote; not a term in scare quotes, "an 'unlawful
            # assembly'", which those outlets print in single quotes too)
            out.append((span.start, span.end))
    return sorted(out)


def _someones_objection(t: Token, da: DocActors) -> bool:
    """'Newsom's protests', 'the objections of the mayor': a person's objection."""
    if t.lemma_.lower() not in da.res.objections:
        return False
    return any(da.kind(da.actor_at(o) or "") == "Person" for o in owner_tokens(t))


# "deployed 2,000 members in response to protests", "amid the raids": when or why, not what
CIRCUMSTANCE_PREPS = frozenset({"amid", "amidst", "after", "following", "despite", "during"})


def _done_by(c: Token) -> bool:
    """A passive participle with its "by" agent on a noun ("families affected by the raids")."""
    return c.dep_ == "acl" and c.tag_ == "VBN" and any(x.dep_ == "agent" for x in c.children)


def _in_clause(t: Token, o: Token) -> bool:
    """Is t inside a relative or participial clause hung on o (between them)?"""
    while t.i != o.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def _circumstance(c: Token) -> bool:
    return c.dep_ == "prep" and (c.lower_ in CIRCUMSTANCE_PREPS or c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lower_ == "response" for p in c.children))


def _of_a_ruling(t: Token, res) -> bool:
    """'enforcement of the order', 'the implementation of the injunction': what a ruling
    does, not the issue the word would name (but "enforcement of immigration law" is)."""
    return t.pos_ == "NOUN" and any(
        p.lemma_.lower() in res.ruling_nouns
        for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj")


def _plural_anaphor(t: Token, res) -> bool:
    """'bad decisions', 'his actions': a record, not the one issue named before."""
    return t.tag_ == "NNS" and t.lemma_.lower() in res.issue_anaphors


def issue_actors(da: DocActors) -> dict[str, list[str]]:
    """Actor id -> the issues that are its activity: issues.yaml's, and those of a known
    actor whose name ends this one's ("Texas National Guard" -> "National Guard")."""
    if da.issue_map is not None:
        return da.issue_map
    known = da.res.issues_of_actor
    out = dict(known)
    ends = [(f" {n.lower()}", issues) for a, issues in known.items() if a in da.res.actors
            for n in (da.res.actors[a].name, *da.res.actors[a].aliases) if " " in n]
    for aid, a in da.actors.items():
        if aid in out or a.kind not in ("Organization", "Group"):
            continue
        name = f" {a.name.lower()}"
        for end, issues in ends:
            if name.endswith(end):
                out[aid] = issues
                break
    da.issue_map = out
    return out


def issues_of(o: Token, da: DocActors, idx: IssueIndex) -> list[str]:
    """Issues an object phrase names, itself or through the actors whose activity it is."""
    by_actor = issue_actors(da)
    out = list(idx.for_object(o))
    for t in expand([o]):
        cands = [t] + [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
        for c in cands:
            for iss in by_actor.get(resolve(c, da) or "", []):
                if iss not in out:
                    out.append(iss)
    return out


def ended_issues(o: Token, da: DocActors, idx: IssueIndex) -> list[str]:
    """What an end noun ends: "the withdrawal of the Marines", "an end to the raids"."""
    if o.lemma_.lower() not in da.res.end_nouns:
        return []
    return [i for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
            for p in c.children if p.dep_ == "pobj" for i in issues_of(p, da, idx)]


def limited_issues(o: Token, da: DocActors, idx: IssueIndex) -> set[str]:
    """What a limit noun limits: "restrictions on immigration stops" -> the raids."""
    low = o.lemma_.lower()
    if low not in da.res.limit_nouns and not any(
            f"{c.lower_} {low}" in da.res.limit_nouns for c in o.children
            if c.dep_ in ("amod", "compound")):
        return set()
    return {iss for c in o.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for p in c.children if p.dep_ == "pobj" for iss in idx.for_object(p)}


DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})


def puts_down(v: Token, res) -> bool:
    """An act whose complement ends or crushes what it acts on: "ordered the troops to
    leave", "ordered the protesters to be stamped out"."""
    return any(c.dep_ == "xcomp" and (undoes(c, res) or c.lemma_.lower() in res.suppressing_verbs)
               for c in v.children)


def _sent_issues(p: Token, da: DocActors, by_actor: dict[str, list[str]]) -> list[str]:
    """The issues of the forces an ordering verb sends: "deploying the Guard", "sending in
    the Guard"."""
    if da.res.verb_type(p.lemma_) != "ORDERS" or puts_down(p, da.res):
        return []  # (not "ordering the troops to leave", "the protesters to be stamped out")
    objs = [o for o in p.children if o.dep_ == "dobj"] + [
        o for x in p.children if x.dep_ == "prep" and x.lower_ == "in"
        for o in x.children if o.dep_ == "pobj"]
    return [i for o in objs for t in expand([o]) for i in by_actor.get(resolve(t, da) or "", [])]


def _opponents(o: Token, da: DocActors) -> bool:
    """'his opposition to the raids', 'critics of the raid', 'rhetoric directed at
    immigration enforcement': a noun for those or that against what its phrase names
    (lexicon ``opponent_nouns``, ``hostility_nouns``)."""
    lem = o.lemma_.lower()
    if lem in da.res.hostility_nouns:
        return bool(aimed_objects(o))
    return lem in da.res.opponent_nouns and any(
        c.dep_ == "prep" and c.lower_ in ("to", "against", "of") for c in o.children)


def act_stances(da: DocActors, idx: IssueIndex, acts: list, sink: Sink) -> None:
    by_actor = issue_actors(da)
    # who orders which issue's force in this document (not sending it home)
    orderers = {(s, iss) for srcs, v, typ, objs, mode in acts
                if typ == "ORDERS" and mode != "negated" and not sends_home(v, da.res)
                for o in objs for t in expand([o]) for iss in by_actor.get(resolve(t, da) or "", [])
                for s in srcs}
    for sources, v, typ, objs, mode in acts:
        announced = False
        if not sources and typ == "ORDERS" and objs and objs[0].dep_ == "nsubjpass" and not any(
                c.dep_ == "prep" and c.lower_ == "without" for c in v.children):
            # "Homan said the Guard would be mobilized": announcing a deployment supports it
            # (not "wrote that the troops had been sent without consulting him": a complaint)
            sources, announced = _reporter(v, da), True
        requesters = _requesters(v, da)
        if not sources and not requesters:
            continue
        if typ == "ORDERS" and (sends_home(v, da.res) or puts_down(v, da.res)):
            continue  # "sent the Marines home", "ordered them to leave": the end of a deployment
            # ("ordered the protesters to be stamped out": no part in the protests either)
        if _conditional(v) or v.dep_ == "relcl" and v.head.dep_ in ("dobj", "nsubjpass") and (
                da.res.verb_type(v.head.head.lemma_) in ("COERCES", "THREATENS")):
            continue  # "arrested if they obstructed", "arrest officials who obstruct the raids":
            # an act supposed, not done
        sign = 1 if typ in POS_TYPES else -1 if typ in NEG_TYPES else 0
        lemma = v.lemma_.lower()
        # (an adjective parsed as a verb, "is frustrated with ICE", is named by its word, as
        # the interaction it gives is)
        word = v.lower_ if v.tag_ == "VBN" and v.lower_ in da.res.adjectives and (
            lemma not in da.res.adjectives) else lemma
        found: list[tuple[str, int, str]] = []
        if sign:
            phr = [(o, sign) for o in objs]
            blamed = blamed_on(v, objs) if lemma in da.res.blame_on_verbs else []
            if blamed:
                # "blamed the unrest on the administration's raids": the raids are judged, the
                # unrest is what they caused
                phr = [(o, sign) for o in blamed]
            preps = list(v.children)
            topics: set[int] = set()
            if v.pos_ == "NOUN" and v.lemma_.lower() in da.res.suit_words and v.dep_ == "dobj":
                # "filed a lawsuit against New York over its sanctuary policies": the parser
                # hangs "over" on the verb
                preps += [c for c in v.head.children if c.dep_ == "prep" and c.lower_ == "over"]
            for c in preps:
                # (not for an order: "sent troops on a fourth day of protests")
                if c.dep_ == "prep" and c.lower_ in ("over", "about", "against", "on") and (
                        typ != "ORDERS") and not (c.lower_ in ("on", "about") and any(
                            o.lemma_.lower() in da.res.ruling_nouns for o in objs)):
                    # (not "praised the ruling on the raids", the parser hanging "on" on the
                    # verb: which way it ruled is not said)
                    # ("backed the lawsuit over the deployment": the suit is against it)
                    flip = c.lower_ == "over" and lemma in da.res.preference_verbs or any(
                        o.lemma_.lower() in da.res.suit_words for o in objs)
                    sgn = -1 if c.lower_ == "against" else -sign if flip else sign
                    acted_on = c.lower_ != "against" and any(object_actors(o, da) for o in objs)
                    if sgn > 0 and acted_on:
                        continue  # "defends Trump on LA protests": the topic he is backed on
                    # ("criticized Trump over the protests": his response to them is judged,
                    # not the protests; "over the raids" he ordered still opposes them)
                    pobjs = [p for p in c.children if p.dep_ == "pobj"]
                    phr += [(p, sgn) for p in pobjs]
                    if acted_on and sgn < 0:
                        topics.update(p.i for p in pobjs)
                    if not acted_on:
                        # "raised concerns about sending active-duty troops": the act, through
                        # what it sends
                        found += [(i, sgn, "stance:act-on-issue") for p in c.children
                                  if p.dep_ == "pcomp" and p.tag_ == "VBG"
                                  for i in _sent_issues(p, da, by_actor)]
                elif c.dep_ == "prep" and c.lower_ in ("of", "for"):
                    # "accused Trump of sending troops", "praised the Guard for restoring
                    # order": the act blamed or praised, through its object
                    acts_ = [p for p in c.children if p.dep_ == "pcomp"]
                    # ("for federalizing the Guard and deploying the Marines": each act)
                    acts_ += [x for p in acts_ for x in p.conjuncts if x.tag_ == "VBG"]
                    # ("praised Trump for ordering the protesters to be stamped out": against
                    # what the act puts down)
                    phr += [(o, -sign if puts_down(p, da.res) else sign)
                            for p in acts_ for o in p.children if o.dep_ == "dobj"]
                    # "praised Trump for deploying the Guard": the deployed force's issue
                    found += [(i, sign, "stance:act-on-issue") for p in acts_
                              for i in _sent_issues(p, da, by_actor)]
            # ("blasted Newsom over his opposition to the raids", "pushed back on critics of
            # the raid": against those against it)
            phr = [(o, -sgn if _opponents(o, da) else sgn) for o, sgn in phr]
            # "opposes sending the Guard", "backed deploying troops": the sent force's issue
            found += [(i, sign, "stance:act-on-issue") for g in v.children
                      if g.dep_ == "xcomp" and g.tag_ == "VBG" and typ != "ORDERS"
                      for i in _sent_issues(g, da, by_actor)]
            # "welcomed the withdrawal of the Marines": against their deployment
            found += [(iss, -sgn, "stance:act-on-issue") for o, sgn in phr
                      for iss in ended_issues(o, da, idx)]
            phr = [(o, sgn) for o, sgn in phr if o.lemma_.lower() not in da.res.end_nouns
                   and not (typ == "ORDERS" and o.lemma_.lower() in da.res.release_nouns)]
            for o, sgn in phr:
                if o.lemma_.lower() in da.res.argument_nouns:
                    continue  # "to support her claim that the raids were illegal"
                if typ == "ORDERS" and (o if o.dep_ == "dative" else o.head).lower_ in (
                        DESTINATION_PREPS) and o.dep_ in ("dative", "pobj"):
                    continue  # "sent the Guard to the protests": where it goes, not backed
                if o.lemma_.lower() in da.res.document_nouns and any(
                        c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in o.children):
                    continue  # "approved a statement denouncing the raids": its verb speaks
                flip = ("over", "against") if lemma in da.res.preference_verbs else ("against",)
                if lemma in da.res.shielding_verbs:
                    flip += ("from",)  # "protect federal sites from riots": against the riots
                # "siding with chaos over law enforcement", "backed the lawsuit against the
                # federalization": what the object is against is opposed
                # (not inside a clause on the object: "the raids that have led to violence
                # against law enforcement")
                rejected = {iss for t in o.subtree if t.dep_ == "prep" and t.lower_ in flip
                            and t.i > o.i and not _in_clause(t, o)
                            for p in t.children if p.dep_ == "pobj"
                            for iss in idx.for_object(p)}
                # "blocked the restrictions on the raids": for them
                rejected |= limited_issues(o, da, idx)
                # "criticized anyone opposed to the raids": what the ones acted on oppose
                rejected |= {iss for c in o.children if c.dep_ in ("amod", "acl")
                             and c.lemma_.lower() in ("oppose", "opposed") and c.i > o.i
                             for p in prep_objects(c, frozenset({"to"}))
                             for iss in idx.for_object(p)}
                if o.lemma_.lower() in da.res.suit_words:
                    # "backed the lawsuit over the deployment": a suit is against what it is
                    # about
                    rejected |= {iss for t in o.subtree if t.i > o.i for iss in idx.in_phrase(t)}
                # "welcomed the decision to downsize the Guard's presence": for less of it
                # (not "the raids, which have left 61 Mexicans captured": what it acts on is
                # no issue, nor the force of one)
                undone = any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in da.res.undo_verbs
                             and all(idx.for_object(x) or any(
                                 by_actor.get(a) for a in object_actors(x, da))
                                 for x in c.children if x.dep_ == "dobj")
                             for c in o.children)
                # ("backed Newsom's effort to prevent Trump from deploying the Guard")
                # (not "sanctuary policies that prevent cooperation": what they are)
                undone = undone or any(c.dep_ == "acl" and c.lemma_.lower()
                                       in da.res.preventing_verbs and infinitive(c)
                                       for c in o.children)
                # ("joined a lawsuit challenging ICE raids" parsed with "challenging" on the
                # raids: what is challenged is opposed)
                undone = undone or any(c.dep_ == "amod" and c.lemma_.lower()
                                       in da.res.challenge_verbs for c in o.children)
                # "praised the ruling on immigration raids": which way it ruled is not said
                # (nor "approved an emergency declaration over the raids": what a measure
                # answers)
                about = {iss for t in o.children if t.dep_ == "prep" and t.lower_ in (
                    "on", "about", "over", "regarding") for p in t.children if p.dep_ == "pobj"
                    for iss in idx.for_object(p)} if o.lemma_.lower() in (
                    da.res.ruling_nouns | da.res.measure_nouns | da.res.declaration_nouns) else set()
                # "ordered sanctuary cities to change their laws": the ones told what to do
                # are named, not what they are told to do
                told = typ == "ORDERS" and o.dep_ == "dobj" and any(
                    c.dep_ == "xcomp" and infinitive(c) for c in v.children)
                for iss in idx.for_object(o):
                    if told and iss not in da.res.force_issues:
                        continue
                    if iss in about and iss not in rejected and not undone or (
                            o.i in topics and iss not in idx.policy):
                        continue
                    flip = (iss in rejected) != undone
                    found.append((iss, -sgn if flip else sgn, "stance:act-on-issue"))
        if typ == "COERCES" and v.tag_ in ("VB", "VBD", "VBG") and not any(
                c.dep_ in ("auxpass", "nsubjpass") for c in v.children) and any(
                c.dep_ == "dobj" for c in v.children) and (
                iss := idx.strong.get(v.i)) in idx.policy and not all(
                s in by_actor for s in sources):
            # "Trump vowed to deport millions": the act names the policy it carries out
            found.append((iss, 1, "stance:act-on-issue"))
        if typ in POS_TYPES | NEG_TYPES | {"THREATENS"} and not all(
                s in by_actor for s in sources or requesters):
            # (a force that guards another takes no stance on its activity: "Marines
            # protected ICE agents")
            asign = 1 if typ in POS_TYPES else -1
            for o in objs:
                if typ == "ORDERS" and o.lemma_.lower() in da.res.end_nouns | da.res.release_nouns:
                    continue  # "ordered the release of 2,000 Guardsmen": not more of them
                against = {a for p in prep_objects(o, frozenset({"against"}))
                           for a in object_actors(p, da)} if typ == "ORDERS" else set()
                for a in object_actors(o, da):
                    if a in against:
                        continue  # "deployed troops against protesters": not more protests
                    if typ != "ORDERS" and da.tok.get(o.i) != a and o.dep_ != "nsubjpass":
                        # only the object itself, not "ICE raids" (handled as an issue)
                        if not any(da.tok.get(t.i) == a for t in expand([o])):
                            continue
                    for iss in by_actor.get(a, []):
                        found.append((iss, asign, "stance:act-on-actor"))
        urgers = urged_by(v, da)
        if set(urgers) & set(sources):
            urgers = []  # "Newsom said he should deploy the Guard": his own act
        if urgers:
            # "Trump wrote that McDonnell should bring in the troops": the stance is the one
            # who says it should be done, not the one told to do it
            found = [(iss, sgn, "stance:urged-act") for iss, sgn, _ in found]
        elif (against := urged_by(v, da, negated=True)):
            # "Ruiz said the Guard should not be sent": against what should not be done
            found = [(iss, -sgn, "stance:urged-against") for iss, sgn, _ in found]
            urgers = against
        if not urgers:
            _refusals(da, v, word, sources, [iss for iss, sgn, _ in found if sgn > 0], sink)
            for s in requesters:
                for iss, sgn, _ in found:
                    if s not in sources:
                        sink.add(s, iss, "SUPPORTS" if sgn > 0 else "OPPOSES", 0.6, mode,
                                 f"stance:requested-act:{word}", v.text, da.sent(v))
        for iss, sgn, rule in found:
            for s in urgers or sources:
                if sgn < 0 and typ == "CRITICIZES" and (s, iss) in orderers:
                    continue  # "Trump slams Newsom over Guard deployment": his own act
                if announced and not urgers and (s, iss) not in orderers and not _speaks_for(
                        da, sink, s, iss):
                    continue  # ("agents will be sent to Charlotte, the sheriff said": news)
                sink.add(s, iss, "SUPPORTS" if sgn > 0 else "OPPOSES", 0.7 if "issue" in rule
                         else 0.6, "reported" if urgers else mode, f"{rule}:{word}", v.text,
                         da.sent(v))
        if typ == "ORDERS" and found and mode == "reported":
            _purpose_stances(da, v, sources, {iss for iss, sgn, _ in found if sgn > 0}, sink)


def _speaks_for(da: DocActors, sink: Sink, actor: str, iss: str) -> bool:
    """Whether the actor is, or belongs to, one of the issue's owners or actors (issues.yaml):
    the side whose announcement of the act backs it."""
    d = da.res.issues[iss]
    side = set(d.owners) | set(d.actors)
    known = da.res.actors.get(actor)
    return actor in side or bool(known and side & set(known.affiliations)) or any(
        r.source == actor and r.target in side and r.type in ("MEMBER_OF", "LEADS", "HOLDS_ROLE")
        for r in sink.rels.values())


def _requesters(v: Token, da: DocActors) -> list[str]:
    """Who an act was done at the request of: "mobilized the Guard at the Trump
    administration's request", "at the request of the governor", "at Trump's behest"
    (lexicon ``asking_nouns``)."""
    out: list[str] = []
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ != "at":
            continue
        for n in c.children:
            if n.dep_ == "pobj" and n.lemma_.lower() in da.res.asking_nouns:
                who = [x for x in n.children if x.dep_ == "poss"] + prep_objects(n, frozenset({"of"}))
                out += [a for t in expand(who) if (a := resolve(t, da)) and a not in out
                        and da.kind(a) != "Location"]
    return out


def _refusals(da: DocActors, v: Token, word: str, askers: list[str], backed: list[str],
              sink: Sink) -> None:
    """Who refuses an act, or a request for it, is against what the act would back and
    against the one who asked: "refused to deploy the Guard", "denied a request from the
    Pentagon to activate the Guard" (lexicon ``refusing_verbs``; not a court's ruling)."""
    res = da.res
    if not infinitive(v):
        return
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in res.refusing_verbs:
        gov, askers = v.head, []
    elif v.dep_ == "acl" and v.head.lemma_.lower() in res.asked_nouns and (
            v.head.dep_ == "dobj" and v.head.head.lemma_.lower() in res.refusing_verbs):
        gov = v.head.head
    else:
        return
    who, passive = subject_actors(gov, da)
    who = [a for a in who if not passive and da.kind(a) != "Location" and not is_judicial(da, a)]
    if not who or any(c.dep_ == "neg" for c in gov.children):
        return  # ("did not refuse to …")
    mode = mode_of(gov, da, da.quotes)
    for a in who:
        for iss in backed:
            sink.add(a, iss, "OPPOSES", 0.6, mode, f"stance:refused-act:{word}", v.text,
                     da.sent(v))
        for s in askers:
            if s != a:
                sink.add(a, s, "OPPOSES", 0.6, mode, f"pattern:refused-request:{gov.lemma_.lower()}",
                         gov.text, da.sent(v))


def _purpose_stances(da: DocActors, v: Token, doers: list[str], issues: set[str],
                     sink: Sink) -> None:
    """'The White House said Trump was deploying the Guard to address the lawlessness': who
    reports an act with a purpose that it judges takes that judgement's side ("… sent the
    Marines to provoke protesters": against)."""
    purposes = [c for c in v.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)]
    score = sum(evaluation(list(c.subtree), da) for c in purposes)
    if not score:
        return
    for r in _reporter(v, da):
        if r in doers:
            continue
        for iss in issues:
            sink.add(r, iss, "SUPPORTS" if score > 0 else "OPPOSES", 0.55, "reported",
                     "stance:reported-purpose", v.text, da.sent(v))


def obliged(v: Token) -> bool:
    """'should …', 'must …': an act someone is told to do, not one they do."""
    return any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in v.children)


def urged_by(v: Token, da: DocActors, negated: bool = False) -> list[str]:
    """Who says an act should or must be done: 'Trump said McDonnell should bring in the
    troops', 'Waters said the troops should leave' (with ``negated``, who says it should
    not: "said the Guard should not be sent")."""
    if not obliged(v) or any(c.dep_ == "neg" for c in v.children) != negated:
        return []
    if v.dep_ != "ccomp" or v.head.lemma_ not in da.res.reporting:
        return []
    speakers, passive = subject_actors(v.head, da)
    return [] if passive else speakers


def _reporter(v: Token, da: DocActors) -> list[str]:
    cur = v
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head.i == cur.i:
            return []
        cur = cur.head
        if cur.lemma_.lower() in da.res.reporting:
            return subject_actors(cur, da)[0]
    return []


def _mocking_name(t: Token, actor: str, da: DocActors) -> bool:
    """A quoted word made from an actor's name ("Newscum" for Newsom)."""
    a = da.actors.get(actor)
    if a is None or not t.text[:1].isupper() or len(t.text) < 5:
        return False
    word = t.text.lower()
    return any(len(n) >= 4 and word != n and word[:4] == n[:4]
               for n in (x.lower() for x in a.name.split()))


def letter_addressees(v: Token, da: DocActors) -> list[Token]:
    """Whom a statement is written to: 'in a letter to Hegseth, Newsom called …', 'wrote to
    the Pentagon that …'."""
    out = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
           for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in da.res.letter_nouns
           for t in n.children if t.dep_ == "prep" and t.lower_ == "to"
           for p in t.children if p.dep_ == "pobj"]
    if v.lemma_.lower() == "write":
        out += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj"]
    return out


def labelling(da: DocActors, idx: IssueIndex, verbs: list[Token], quotes, sink: Sink,
              judgements: list) -> None:
    """'called the move "purposefully inflammatory"', 'labeled him "an embarrassment"'
    (``judgements``: the labels of things that name no actor, as acts)."""
    for v in verbs:
        if any(c.dep_ == "prt" for c in v.children):
            continue  # "call up the Guard", "call off the raids": not a label
        sources, passive = subject_actors(v, da)
        h = v.head
        if v.dep_ == "acl" and h.lemma_.lower() in da.res.utterance_nouns | da.res.remark_nouns \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            # "criticized Walz for comments he made comparing ICE agents to the Gestapo": the
            # comments' maker labels, not the one who criticised them (but "released a
            # statement calling …" is the releaser's)
            makers_ = [a for c in h.children if c.dep_ == "poss" and (a := resolve(c, da))] + [
                a for c in h.children if c.dep_ == "relcl" for a in subject_actors(c, da)[0]]
            if makers_:
                sources, passive = makers_, False
        if passive or not sources:
            continue
        objs = [c for c in v.children if c.dep_ == "dobj"] or [
            c for c in v.children if c.dep_ == "oprd" and any(
                m.dep_ in ("nmod", "compound") and (any(x.dep_ == "det" for x in m.children)
                                                    or m.i in da.tok or m.i in da.issue_heads
                                                    or m.lemma_.lower() in da.res.remark_nouns)
                for m in c.children)]  # "called [the raids] [illegal retaliation]" as one
        oprd = [c for c in v.children if c.dep_ == "oprd"]
        if not objs and len(oprd) >= 2 and oprd[0].i in da.tok:
            objs = oprd[:1]  # "called [Newsom] [grossly incompetent]" as two complements
        if not objs and oprd and v.dep_ in ("relcl", "acl"):
            objs = [v.head]  # "a decision Newsom called illegal"
        if not objs and oprd:
            # "calling the president's order illegal" parsed as a small clause
            objs = [c for c in oprd[0].children if c.dep_ == "nsubj"]
        if not objs and any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
            # "referred to Bovino as a 'reality show wannabe'"
            objs = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj"]
        if not objs:
            # 'branded the protesters "insurrectionists"' parsed as a clause with no verb
            objs = [x for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")
                    for x in c.children if x.dep_ == "nsubj"]
        if not objs:
            continue
        # (not a further clause: "called Huerta a friend and said agents had no accountability")
        # (nor the reason given: 'called Frey a "fool" for saying he is proud of the city')
        skip = {t.i for c in v.children if c.dep_ == "nsubj" or c in objs
                or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                or c.dep_ == "prep" and any(x.dep_ == "pcomp" for x in c.children)
                for t in c.subtree}
        evald = [t for t in v.subtree if t.i not in skip]
        # 'described his remarks as crossing a red line': the verb "as" names and its object
        # are the label (not what they go on to say: "as demonstrating … against abuses")
        evald += [t for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pcomp"
                  for t in [p, *(o for o in p.children if o.dep_ in ("dobj", "acomp", "attr")),
                            *(m for o in p.children if o.dep_ == "dobj"
                              for m in o.children if m.dep_ in ("amod", "det"))]]
        # 'called the raids "kidnappings"' parsed as one noun phrase: the quoted head is the
        # label, the noun before the quote the object
        # ("called the raids illegal retaliation": a modifier with its own determiner)
        for k, o in enumerate(objs):
            q = next(((qs, qe) for qs, qe in quotes if qs <= o.i < qe), None)
            before = [c for c in o.children if c.dep_ in ("nmod", "compound") and (
                q and c.i < q[0] or not q and (any(x.dep_ == "det" for x in c.children)
                                               or o.dep_ == "oprd" and (
                                                   c.i in da.tok or c.i in da.issue_heads)))]
            if before:
                inner = {t.i for t in before[-1].subtree}
                evald += [t for t in o.subtree if t.i not in inner and t.i > before[-1].i]
                objs[k] = before[-1]
        score = evaluation(evald, da)
        if score == 0:
            # the evaluation may sit inside the object phrase ("a 'manufactured crisis'")
            score = evaluation([t for o in objs for t in o.subtree if t is not o], da)
        if score == 0 and any(t.lemma_.lower() in da.res.pejoratives for t in evald):
            score = -1  # 'described the detainees as "murderers"': a name for wrongdoers
        if score == 0 and any(_mocking_name(t, a, da) for t in evald if in_quote(t, quotes)
                              for o in objs for a in object_actors(o, da)):
            score = -1  # 'called Newsom "Newscum"': a name twisted to mock
        if score == 0:
            continue
        mode = mode_of(v, da, quotes)
        typ = "CRITICIZES" if score < 0 else "SUPPORTS"
        lemma = v.lemma_.lower()
        if score < 0 and not any(object_actors(o, da, modifiers=False) for o in objs):
            # "In a letter to Hegseth, Newsom called the deployment unlawful": said to the one
            # who does it
            for o in letter_addressees(v, da):
                for a in object_actors(o, da, modifiers=False):
                    for s in sources:
                        if s != a and da.kind(a) != "Location":
                            sink.add(s, a, "CRITICIZES", 0.5, mode, f"stance:labelling-{lemma}",
                                     v.text, da.sent(v))
        for o in objs:
            if o.lemma_.lower() in da.res.patient_nouns:
                targets = []  # "called the arrest of Huerta an abuse": not about Huerta
            else:
                targets = object_actors(o, da, modifiers=False)
            ref = o  # "the deployment, which Bonta called unlawful": the noun it stands for
            if o.lower_ in da.res.relative_pronouns and v.dep_ == "relcl":
                ref = v.head
            if not targets and ref is not o:
                a = resolve(ref, da)
                targets = [a] if a else []
            # "The Pentagon sent 700 Marines, a move that Bass called an escalation": the one
            # who made the move; "Newsom called the remark disgraceful": its speaker
            targets = makers(ref, da) or targets or remark_speakers(ref, da)
            if not targets and ref is o:
                judgements.append((sources, v, typ, [o], mode))  # (relations.event_anaphors)
            if o.lower_ == "what" and v.dep_ == "pcomp" and oprd:
                # "sued ICE for what she called unconstitutional tactics": the label names
                # the act, of the ones the governing verb is about
                ref = oprd[0]
                targets = [a for d in v.head.head.children if d.dep_ == "dobj"
                           for a in object_actors(d, da, modifiers=False)]
            if o.lower_ == "what" and oprd and not targets:
                # "what she called President Trump's 'chaotic escalation'": the label's owner
                ref = oprd[0]
                targets = [a for c in ref.children if c.dep_ == "poss"
                           if (a := resolve(c, da))] + [
                    a for p in prep_objects(ref, frozenset({"by"})) if (a := resolve(p, da))]
            for s in sources:
                for tg in targets:
                    if da.kind(tg) == "Location" and tg not in da.acting:
                        continue  # (a city that is a party, suing or sued, is judged too)
                    sink.add(s, tg, typ, 0.65, mode, f"stance:labelling-{lemma}", v.text, da.sent(v))
            free = ref is not o and o.lower_ == "what"  # (a label that names no issue, "a
            # failure to keep order", is no stance on the last one named)
            for iss in idx.for_object(ref) if not free or any(
                    t.i in idx.strong for t in ref.subtree) else []:
                for s in sources:
                    sink.add(s, iss, "SUPPORTS" if score > 0 else "OPPOSES", 0.65, mode,
                             f"stance:labelling-{lemma}", v.text, da.sent(v))
            if score < 0:
                # 'calling the raids "a campaign of fear" carried out by the administration'
                for ag in (t for t in v.subtree if t.dep_ == "agent" and t.i > o.i):
                    for p in (c for c in ag.children if c.dep_ == "pobj"):
                        a = resolve(p, da)
                        if a and da.kind(a) != "Location":
                            for s in sources:
                                sink.add(s, a, "CRITICIZES", 0.55, mode,
                                         f"stance:labelling-{lemma}", v.text, da.sent(v))


def quote_speaker(da: DocActors, qs: int, qe: int, reporting: set[int]) -> list[str]:
    if (qs, qe) in da.qa:
        return [da.qa[(qs, qe)]]
    doc = da.doc
    sent = da.sent(qs)
    lo, hi = sent.start, max(sent.end, da.sent(qe - 1).end)
    if hi <= qe + 1 < len(doc) and len(da.sent(hi)) <= 20 and doc[qs:qe].text.rstrip(
            " \"'\u201d\u2019").endswith(("!", "?")):
        hi = da.sent(hi).end  # '"… out of control!" Hahn wrote.': the "!" ended the sentence
    candidates = [t for t in doc[lo:hi] if not (qs <= t.i < qe) and t.i in reporting]
    # prefer a verb of saying governing the quote, then any
    for t in sorted(candidates, key=lambda t: abs(t.i - qs)):
        toks = [c for c in t.children if c.dep_ == "nsubj"]
        if not toks and t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.dep_ == "conj" and (
                t.head.head.i in reporting):
            # 'Vance said …, but the troops are still "necessary," arguing …': the parser
            # hung the participle on the clause he reports; he argues
            toks = [c for c in t.head.head.children if c.dep_ == "nsubj"]
        if not toks:
            toks, _ = _inherited(t, da)
        out = []
        for c in toks:
            out += [a for a in object_actors(c, da) if a not in out]
            if not out and c.lemma_.lower() in da.res.document_nouns:
                out += authors(c, da)  # '"…," the statement said': whoever issued it
        if out:
            return out
    # 'Bass was blunt: "…"', 'Padilla put it this way: "…"': the subject of the clause the
    # colon ends
    k = qs - 1
    while k > lo and doc[k].text in ('"', "\u201c", "'", "\u2018") or k > lo and doc[k].is_space:
        k -= 1
    if k > lo and doc[k].text == ":":
        root = next((t for t in doc[lo:k] if t.pos_ in ("VERB", "AUX")
                     and not lo <= t.head.i < k), None)  # the clause before the colon
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.i < k] if root else []
        out = [a for c in subj if (a := resolve(c, da)) and da.kind(a) != "Location"]
        if out:
            return out
    # '"…" - Assistant Secretary Tricia McLaughlin': a press release's dash after the quote
    k = qe
    while k < len(doc) and (doc[k].text in ('"', "\u201d", "'", "\u2019") or doc[k].is_space
                            and "\n" not in doc[k].text):
        k += 1
    if k < len(doc) and doc[k].text in ("-", "--", "\u2013", "\u2014"):
        for t in doc[k + 1:min(len(doc), k + 8)]:
            if t.text in (".", ",", ":") or "\n" in t.text:
                break
            a = da.tok.get(t.i)
            if a and da.kind(a) == "Person":
                return [a]
    # "according to X"
    for t in doc[lo:hi]:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            for p in doc[t.i + 1].children:
                a = resolve(p, da)
                if a:
                    return [a]
    return []


FIRST_PERSON = frozenset({"i", "me", "we", "us"})


def first_person_speakers(da: DocActors, quotes: list[tuple[int, int]], reporting: set[int]
                          ) -> None:
    """'"We stand with Governor Newsom," Padilla said': "I"/"we" in a quote with one speaker
    is that speaker."""
    for qs, qe in quotes:
        if (qs, qe) in da.qa:
            continue  # (Q&A answers are done)
        toks = [t for t in da.doc[qs:qe] if t.lower_ in FIRST_PERSON and t.pos_ == "PRON"
                and t.i not in da.tok]
        if not toks:
            continue
        speakers = quote_speaker(da, qs, qe, reporting)
        if len(speakers) == 1:
            for t in toks:
                da.tok[t.i] = speakers[0]


def _inherited(t: Token, da: DocActors):
    from .relations import subjects

    return subjects(t, da)


def _sayers(da: DocActors, v: Token, quotes: list[tuple[int, int]], reporting: set[int],
            deps: tuple[str, ...]) -> list[str]:
    """Who says the clause of ``v``: the quote's speaker, else the subject of the verb of
    saying up to three clauses above it (through ``deps``)."""
    q = next(((qs, qe) for qs, qe in quotes if qs <= v.i < qe), None)
    if q is not None:
        return quote_speaker(da, q[0], q[1], reporting)
    cur = v
    for _ in range(3):
        if cur.dep_ not in deps or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.i in reporting:
            found, passive = subject_actors(cur, da)
            return [] if passive else found
    return []


def _wished(v: Token) -> bool:
    """'should/could/will be …', not denied or asked ("asked whether Newsom could be
    arrested": a question)."""
    return not any(c.dep_ == "neg" or c.lower_ in ("whether", "if") for c in v.children) and any(
        c.dep_ == "aux" and c.lower_ in ("should", "must", "could", "will", "would", "'ll",
                                         "might", "may", "can")
        for c in v.children)


def _patients(da: DocActors, v: Token, dep: str) -> list[str]:
    """The actors the ``dep`` words of ``v`` name (not places), then those "anyone who …"
    among them stands for."""
    words = [c for c in v.children if c.dep_ == dep]
    return [a for t in expand(words) if (a := resolve(t, da)) and da.kind(a) != "Location"] + [
        a for c in words for a in _offenders(da, c)]


def _offenders(da: DocActors, t: Token) -> list[str]:
    """'anyone who assaults an officer (will be arrested)', '"if you …, you will be
    prosecuted"': the ones named with "including", else the story's crowd (lexicon
    police_crowds), whom such a warning is aimed at."""
    if t.lower_ == "you" and in_quote(t, da.quotes) and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
            and any(x.dep_ == "nsubj" and x.lower_ == "you" for x in c.children)
            for c in t.head.children):
        return _story_crowd(da)  # '"if you lay a hand on an officer, you will be
        # prosecuted"': a warning to whoever does it
    if t.lower_ not in OFFENDERS or not any(c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBG"
                                            for c in t.children):
        return []  # ("anyone who assaults", "anyone using violence")
    named = [a for c in t.subtree if c.dep_ == "prep" and c.lower_ == "including"
             for p in c.children if p.dep_ == "pobj" for x in expand([p]) if (a := resolve(x, da))]
    if named:
        return named
    return _story_crowd(da)


def _story_crowd(da: DocActors) -> list[str]:
    """The story's crowd (lexicon police_crowds), when the story names it."""
    crowd = da.res.crowd_group
    return [crowd] if crowd in da.actors and da.actors[crowd].mentions > 0 else []


def _threatened(da: DocActors, v: Token, patients: list[str], quotes, reporting,
                sink: Sink) -> None:
    a = v
    for _ in range(3):
        if a.head.i == a.i:
            break
        dep, a = a.dep_, a.head
        # "insisted he never said he would arrest Newsom" (not a sibling clause's "not":
        # "is not stopping, and anyone who … will be prosecuted")
        if dep != "conj" and any(ch.dep_ == "neg" for ch in a.children):
            return
    for s in _sayers(da, v, quotes, reporting, ("ccomp", "conj")) if patients else []:
        for p in patients:
            if s != p:
                sink.add(s, p, "THREATENS", 0.55, "reported", "pattern:wished-coercion",
                         v.text, da.sent(v))


def wished_coercion(da: DocActors, quotes: list[tuple[int, int]], reporting: set[int],
                    sink: Sink) -> None:
    """'"Newsom should be arrested," Homan said', 'Trump said Newsom could be jailed': a
    speaker saying someone should or could be arrested THREATENS them."""
    res = da.res
    for v in da.doc:
        rule = res.verbs.get(v.lemma_.lower()) if v.pos_ == "VERB" else None
        if rule is None or rule.type != "COERCES" or v.tag_ != "VBN" or (
                v.lemma_.lower() in res.injury_verbs):
            continue  # (not '"they could be injured"': a danger they face, not a threat)
        if any(c.dep_ == "agent" for c in v.children):
            continue
        if v.dep_ == "conj" and v.head.tag_ == "VBN" and not any(
                c.dep_ in ("nsubjpass", "aux") for c in v.children):
            head = v.head  # "anyone … will be investigated and prosecuted": the first's subject
            if _wished(head):
                _threatened(da, v, _patients(da, head, "nsubjpass"), quotes, reporting, sink)
            continue
        if not _wished(v):
            continue
        _threatened(da, v, _patients(da, v, "nsubjpass"), quotes, reporting, sink)
    for v in da.doc:
        # "Homan said agents could arrest Newsom", '"We'll arrest him," Trump said': the
        # same, in the active voice
        rule = res.verbs.get(v.lemma_.lower()) if v.pos_ == "VERB" else None
        if rule is None or rule.type != "COERCES" or v.tag_ != "VB" or not _wished(v):
            continue
        _threatened(da, v, _patients(da, v, "dobj"), quotes, reporting, sink)
    for v in da.doc:
        # "said Newsom and Bass could face charges": the same, with what they would face
        if v.lemma_.lower() != "face" or v.pos_ != "VERB" or not _wished(v) or not any(
                c.dep_ == "dobj" and (c.lemma_.lower() in res.sanction_nouns or (
                    (n := res.nouns.get(c.lemma_.lower())) and n.type == "COERCES"))
                for c in v.children):
            continue
        _threatened(da, v, _patients(da, v, "nsubj"), quotes, reporting, sink)
    for v in da.doc:
        # "said Johnson and Pritzker should be in jail", '"He belongs behind bars"'
        lem = v.lemma_.lower()
        wished = _wished(v) if lem == "be" else lem == "belong" and not any(
            c.dep_ == "neg" for c in v.children)
        if wished and any(
                c.dep_ == "prep" and c.lower_ in ("in", "behind") and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in res.confinement_nouns
                    for p in c.children) for c in v.children):
            _threatened(da, v, _patients(da, v, "nsubj"), quotes, reporting, sink)
    # "said he would support the arrest of Newsom", "endorsed the idea of arresting Newsom",
    # "called for Newsom's arrest"
    backing = {lem for lem, r in res.verbs.items() if r.type == "SUPPORTS"} | res.demand_verbs
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in backing or any(
                c.dep_ == "oprd" for c in v.children):
            continue  # ("called his detention an outrage": a label, not a call for it)
        objs = [c for c in v.children if c.dep_ == "dobj"] + prep_objects(v, frozenset({"for"}))
        patients: list[str] = []
        for o in objs:
            # (not "demanding a review of Huerta's arrest": only the act itself, or "the
            # idea of arresting X")
            for n in [o, *(p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pcomp")]:
                if n.lemma_.lower() in res.harm_nouns and n.pos_ == "NOUN":
                    # ("back Trump's deportation of millions": the possessor does it)
                    who = prep_objects(n, frozenset({"of"})) or [
                        c for c in n.children if c.dep_ == "poss"]
                elif n.pos_ == "VERB" and res.verb_type(n.lemma_) == "COERCES":
                    who = [c for c in n.children if c.dep_ == "dobj"]
                else:
                    continue
                patients += [a for t in expand(who) if (a := resolve(t, da))
                             and da.kind(a) != "Location" and a not in patients]
        for c in v.children:
            # "called for Newsom to be arrested" (the name the subject of the passive, or
            # the object of "for")
            if c.dep_ in ("advcl", "xcomp", "ccomp") and c.tag_ == "VBN" and any(
                    x.dep_ == "auxpass" for x in c.children) and (
                    res.verb_type(c.lemma_) == "COERCES") and not _negated(c):
                who = [x for x in c.children if x.dep_ == "nsubjpass"] or (
                    prep_objects(v, frozenset({"for"})))
                patients += [a for t in expand(who) if (a := resolve(t, da))
                             and da.kind(a) != "Location" and a not in patients]
        if not patients:
            continue
        mode = mode_of(v, da, quotes)
        for s in subject_actors(v, da)[0]:
            for p in patients:
                if s != p:
                    sink.add(s, p, "THREATENS", 0.55 * (0.8 if mode == "hypothetical" else 1),
                             mode, "pattern:backed-coercion", v.text, da.sent(v))


def _clause_subjects(toks: list[Token], qs: int, qe: int, reporting: set[int],
                     deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> list[Token]:
    """Subjects outside a quote of the clause the quote sits in, up to the verb of saying."""
    out: list[Token] = []
    for r in _quote_roots(toks, qs, qe)[:1]:
        # 'claimed Newsom "has proven …"': the subject outside the quote of its own verb
        out += [c for c in r.children if c.dep_ in deps and not qs <= c.i < qe]
        cur = r.head
        for _ in range(3):
            if cur.i in reporting or cur.head.i == cur.i:
                break
            out += [c for c in cur.children if c.dep_ in deps and not qs <= c.i < qe]
            cur = cur.head
    return out


def _quote_roots(toks: list[Token], qs: int, qe: int) -> list[Token]:
    """The quote's words whose heads lie outside it: where it hangs in its sentence."""
    return [t for t in toks if not (qs <= t.head.i < qe)]


def _cited_cause(toks: list[Token], qs: int, qe: int, res) -> bool:
    """'said it deployed the Guard because of "unbridled criminal activity"': the quote is the
    cause the clause gives for its act, not a judgement of the act (lexicon ``cause_preps``)."""
    roots = _quote_roots(toks, qs, qe)
    cur = roots[0] if roots else None
    for _ in range(3):
        if cur is None or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in res.cause_preps:
            return True
    return False


def _asks(clause: Token) -> bool:
    """'asked why the deployment was needed', 'wondered whether the raids were legal': an
    indirect question, which reports no judgement."""
    return any(x.i < clause.i and (x.dep_ == "mark" and x.lower_ in ("whether", "if")
                                   or x.dep_ == "advmod" and x.lower_ == "why")
               for x in clause.children)


def _reported_clauses(da: DocActors, reporting: set[int]
                      ) -> Iterator[tuple[list[str], list[Token]]]:
    """(speakers, clauses they report): "said (that) X …", "said in a statement that X …",
    "X …, Newsom said,", "X …, according to Newsom"."""
    doc = da.doc
    for i in sorted(reporting):
        v = doc[i]
        speakers, passive = subject_actors(v, da)
        if passive or not speakers:
            continue
        clauses = [c for c in v.children if c.dep_ == "ccomp"]
        # "said in a statement that the raids were unconstitutional"
        clauses += [x for c in v.children if c.dep_ == "prep" for p in c.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in da.res.document_nouns
                    for x in p.children if x.dep_ == "acl" and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in x.children)
                    or x.dep_ == "relcl" and _content_clause(x, p)]
        if v.dep_ == "parataxis" and v.head.pos_ in ("VERB", "AUX") and not any(
                qs <= t.i < qe for t in v.head.subtree for qs, qe in da.quotes):
            clauses.append(v.head)  # "Trump, Newsom said, is acting like a dictator"
        # "argued that protesters had attacked officers and that the deployment was lawful"
        clauses += [x for c in clauses for x in c.children if x.dep_ == "conj" and any(
            y.dep_ == "mark" for y in x.children)]
        yield speakers, [c for c in clauses if not _asks(c)]
    for n in doc:
        # "echoed the president's claims that protesters are 'terrorists'": the claim's owner
        # reports the clause, and so does whoever echoes or backs the claim
        if n.pos_ != "NOUN" or n.lemma_.lower() not in da.res.remark_nouns:
            continue
        clauses = [x for x in n.children if x.dep_ == "acl" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in x.children)
            or x.dep_ == "relcl" and _content_clause(x, n)]
        if not clauses:
            continue
        speakers = [a for c in n.children if c.dep_ == "poss" if (a := resolve(c, da))]
        if n.dep_ == "dobj" and da.res.verb_type(n.head.lemma_) == "SUPPORTS":
            backers, passive = subject_actors(n.head, da)
            speakers += [] if passive else [a for a in backers if a not in speakers]
        if speakers:
            yield speakers, [c for c in clauses if not _asks(c)]
    for t in doc:
        if t.lower_ == "according" and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX") and (
                any(c.dep_ in ("acomp", "attr") for c in t.head.children)
                or t.head.lemma_.lower() in da.res.negative | da.res.positive):
            # "The raids are illegal, according to the ACLU" (a judgement, not a source for
            # facts: "troopers declared an unlawful assembly, according to the police")
            speakers = [a for to in t.children if to.lower_ == "to" for p in to.children
                        if p.dep_ == "pobj" for x in expand([p]) if (a := resolve(x, da))]
            if speakers:
                yield speakers, [t.head]


def _content_clause(x: Token, noun: Token) -> bool:
    """'said in a statement that Trump was lying' parsed as a relative clause: "that" right
    after the noun, and a subject of the clause's own."""
    return any(m.lower_ == "that" and m.i == noun.i + 1 and m.dep_ in ("dobj", "mark")
               for m in x.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in x.children)


def _addressed_they(c: Token, speakers: list[str], quotes: list[tuple[int, int]],
                    da: DocActors) -> list[Token]:
    """'Bass told ICE agents they were not welcome': "they", told to a group or an
    organisation by people, is the ones told."""
    if not speakers or any(da.kind(s) != "Person" for s in speakers) or c.i < c.head.i or (
            in_quote(c, quotes)):
        return []  # ('"They are hunting our families," she told the crowd': a quote's own)
    told = [x for x in c.head.children if x.dep_ in ("dobj", "dative")]
    return [x for x in told if (a := resolve(x, da)) and da.kind(a) in ("Group", "Organization")][:1]


def reported_evaluations(da: DocActors, idx: IssueIndex, quotes: list[tuple[int, int]],
                         reporting: set[int], sink: Sink) -> None:
    """'Leavitt said sanctuary policies had put officers in danger': a reported clause (no
    quote marks) whose subject is an issue or an actor and whose predicate is evaluative is
    the speaker's stance on that issue, or criticism of that actor."""
    affiliated = {frozenset(x[:2]) for x in da.affiliations}
    for speakers, clauses in _reported_clauses(da, reporting):
        for c in clauses:
            told = c.dep_ == "ccomp" and c.head.lemma_.lower() in da.res.telling_verbs
            subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")
                    or x.dep_ == "csubj" and (told or x.tag_ == "VBG")]
            if len(subj) == 1 and subj[0].lower_ in da.res.relative_pronouns and (
                    c.dep_ == "ccomp" and c.head.dep_ == "relcl"):
                subj = [c.head.head]  # "the deployment, which Bonta said was unlawful"
            if told and len(subj) == 1 and subj[0].lower_ == "they":
                subj = _addressed_they(c, speakers, quotes, da) or subj
            # "Trump sent the Guard. Bass and Newsom warned this could inflame tensions": the
            # act named in the sentence before
            pointed = subj[0].lower_ in DEMONSTRATIVES and subj[0].dep_ == "nsubj" if (
                len(subj) == 1) else False
            if len(subj) != 1 or subj[0].pos_ == "PRON" and not pointed:
                continue
            if in_quote(subj[0], quotes):
                continue  # 'said "the raids are cruel"': the quote rules' business
            # 'posted that Trump had "created the conditions" for the chaos': a predicate
            # partly quoted is still a reported clause about its (unquoted) subject
            # the predicate near the verb: its complements and their objects, not further
            # clauses ("will aid operations and suppress violent protests")
            pred = [c] + [x for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB"
                          and not any(y.dep_ == "mark" for y in x.children)]
            for x in c.children:
                if x.dep_ in ("acomp", "attr", "oprd"):
                    # 'were "the hallmark of an authoritarian state"': the whole complement
                    pred += [y for y in x.subtree if y.dep_ not in ("relcl", "acl")]
                elif x.dep_ in ("dobj", "prep", "advmod"):
                    pred.append(x)
                    pred += [y for y in x.children if y.dep_ in ("pobj", "amod", "dobj")]
                elif x.dep_ == "xcomp" and x.pos_ == "VERB":
                    # "was trying to manufacture a crisis": the verb tried, and its object
                    pred.append(x)
                    pred += [y for y in x.children if y.dep_ in ("dobj", "acomp")]
            described, judged = judged_others(pred, da)
            pred = [t for t in pred if t not in described and t.i not in judged]
            score = evaluation(pred, da)
            mode = mode_of(c, da, quotes)
            if mode == "hypothetical" and any(x.lower_ in ("should", "must", "ought")
                                              for x in c.children if x.dep_ == "aux"):
                mode = "reported"  # "Newsom should be ashamed": a judgement, not a maybe
            if mode == "negated" and score < 0 and any(
                    (t.lemma_.lower() in da.res.positive | da.res.unmet_duties
                     or t.lower_ in da.res.positive | da.res.unmet_duties)
                    and _negated(t) for t in pred):
                # "said the troops were not needed": a denied merit; "is not sharing
                # information": a neglected duty
                mode = "reported"
            predicted = mode == "hypothetical" and any(
                x.lower_ in ("will", "would", "'ll") for x in c.children if x.dep_ == "aux")
            if score == 0 and idx.for_object(subj[0]) and evaluation(pred, da, of_issue=True) < 0:
                score = -1  # "said the raids left families destitute": harm a policy causes
            if score == 0 or mode == "negated" or mode == "hypothetical" and not predicted:
                continue
            sent = da.sent(c)
            if pointed:
                prev = da.sent(sent.start - 1).start if sent.start > 0 else sent.start
                last = idx.last_before(subj[0].i, window=subj[0].i - prev)
                for iss in [last] if last and score < 0 and not in_quote(c, quotes) else []:
                    for s in speakers:
                        sink.add(s, iss, "OPPOSES", 0.5, "reported", "stance:reported-evaluation",
                                 c.text, sent)
                continue
            judged_issues = list(idx.for_object(subj[0]))
            if subj[0].dep_ == "csubj" and (
                    subj[0].lemma_.lower() in da.res.force_employing_verbs
                    or da.res.verb_type(subj[0].lemma_) == "ORDERS"):
                # "said using the Guard against civilians was unconstitutional": the use of a
                # force is its deployment
                judged_issues += [i for o in subj[0].children if o.dep_ == "dobj"
                                  for i in issues_of(o, da, idx) if i not in judged_issues]
            for iss in judged_issues:
                for s in speakers:
                    sink.add(s, iss, "SUPPORTS" if score > 0 else "OPPOSES", 0.55, "reported",
                             "stance:reported-evaluation", c.text, sent)
            if predicted:
                continue  # "would inflame tensions": a stance on the issue, no more
            praised = score > 0 and subj[0].dep_ == "nsubj" and any(
                t.pos_ in ("ADJ", "NOUN") and (t.lemma_.lower() in da.res.positive
                                               or t.lemma_.lower() in da.res.praise)
                or (p := _phrase_at(t, da.res)) and p[0] > 0 for t in pred)
            for a in object_actors(subj[0], da, modifiers=False) if praised else []:
                # "said Trump showed moral courage": praise of him (a judgement, not "would
                # protect the city")
                for s in speakers:
                    if s != a and da.kind(a) != "Location" and frozenset((s, a)) not in affiliated:
                        sink.add(s, a, "SUPPORTS", 0.5, "reported", "quote:reported-praise",
                                 c.text, sent)
            if score > 0 and (subj[0].dep_ == "nsubj" or c.lower_ in da.res.positive):
                # "said the Guard was needed to restore order": for what the Guard does
                for a in object_actors(subj[0], da, modifiers=False):
                    for iss in issue_actors(da).get(a, []):
                        for s_ in speakers:
                            sink.add(s_, iss, "SUPPORTS", 0.45, "reported",
                                     "stance:reported-evaluation-of-actor", c.text, sent)
            if score < 0 and (told or letter_addressees(c.head, da)):
                # "Murray told Hegseth that using troops against civilians was unconstitutional":
                # a judgement told to someone of what they do ("wrote in a letter to Hegseth
                # that …" too)
                # (not when the clause judges a named actor: then the judgement is theirs)
                told_to = [] if object_actors(subj[0], da, modifiers=False) else [
                    x for x in c.head.children if told and x.dep_ in ("dobj", "dative")
                ] + letter_addressees(c.head, da)
                for o in told_to:
                    for a in object_actors(o, da, modifiers=False):
                        if da.kind(a) != "Person":  # (not "told AFP")
                            continue
                        for s in speakers:
                            if s != a and frozenset((s, a)) not in affiliated:
                                sink.add(s, a, "CRITICIZES", 0.45, "reported",
                                         "quote:told-evaluation", c.text, sent)
            adjectival = c.lower_ in da.res.negative  # 'was "deranged"' parsed as a passive
            rule = da.res.verbs.get(c.lemma_.lower())
            own = set(object_actors(subj[0], da, modifiers=False))
            if rule is not None and rule.type in NEG_TYPES and any(
                    set(object_actors(o, da, modifiers=False)) - own or idx.for_object(o)
                    for o in c.children if o.dep_ == "dobj"):
                # "said Bass slammed the raids": a report of her act on them (the verb rules
                # read it), not the speaker's judgement of her (but "the government
                # overstepped its authority" acts on no one else)
                continue
            if score < 0 and subj[0].lemma_.lower() not in da.res.patient_nouns and (
                    subj[0].dep_ != "nsubjpass" or adjectival  # "was treated like a criminal"
                    # ("should be impeached": an idiom that judges the one it is said of)
                    or (p := _phrase_at(c, da.res)) is not None and p[0] < 0):
                # ("said the remark was shameful": aimed at the one who made it)
                for a in (object_actors(subj[0], da, modifiers=False)
                          or remark_speakers(subj[0], da)):
                    if da.kind(a) == "Location":
                        continue
                    for s in speakers:
                        if s != a and frozenset((s, a)) not in affiliated:
                            sink.add(s, a, "CRITICIZES", 0.5, "reported",
                                     "quote:reported-evaluation", c.text, sent)
                            # "said ICE was sowing terror": against what ICE does
                            for iss in issue_actors(da).get(a, []):
                                sink.add(s, iss, "OPPOSES", 0.45, "reported",
                                         "stance:reported-evaluation-of-actor", c.text, sent)


def side_stances(da: DocActors, idx: IssueIndex, sink: Sink) -> None:
    """'Newsom, a staunch critic of the deployment', 'Homan, a supporter of the raids': the
    side noun's holder takes that side on the issue (lexicon ``side_nouns``)."""
    for n in da.doc:
        typ = da.res.side_nouns.get(n.lemma_.lower()) if n.pos_ == "NOUN" else None
        if typ is None:
            continue
        issues = [i for p in prep_objects(n, frozenset({"of"})) if not resolve(p, da)
                  for i in idx.for_object(p)]
        if not issues:
            continue
        holders, mode = side_holders(da, n)
        for h in dict.fromkeys(x for x in holders if x and da.kind(x) != "Location"):
            for iss in dict.fromkeys(issues):
                sink.add(h, iss, "SUPPORTS" if typ == "SUPPORTS" else "OPPOSES", 0.6, mode,
                         f"stance:side-{n.lemma_.lower()}", n.text, da.sent(n))


def needless_acts(da: DocActors, idx: IssueIndex, quotes: list[tuple[int, int]],
                  reporting: set[int], sink: Sink) -> None:
    """'Newsom said there was no need to deploy the National Guard', '"There is no reason
    for the Marines to be here," Bass said': saying an act is needless opposes it (lexicon
    ``need_nouns``)."""
    res = da.res
    for n in da.doc:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in res.need_nouns:
            continue
        if not (any(c.dep_ == "det" and c.lower_ == "no" for c in n.children)
                or n.head.pos_ in ("VERB", "AUX") and _negated(n.head)):
            continue
        # ("no need for Trump to deploy the Guard": the clause the parser hangs on the noun)
        acts = [v for v in n.children if v.dep_ in ("acl", "relcl", "advcl")
                and v.pos_ in ("VERB", "AUX")]
        objs = [o for v in acts for o in v.children if o.dep_ in ("dobj", "nsubj", "nsubjpass")]
        objs += prep_objects(n, frozenset({"for"}))
        # ("no need for the troops to leave": needless to undo it is for it)
        undo = any(v.lemma_.lower() in res.withdraw_verbs | res.undo_verbs for v in acts)
        issues: list[str] = []
        for o in objs:
            issues += [i for i in issues_of(o, da, idx) if i not in issues]
        root = n.head if n.head.pos_ in ("VERB", "AUX") else n
        # "said Homan had no reason to say that", "no need for Trump to send troops": the one
        # whose act is needless is faulted
        doers: list[str] = []
        if acts:
            doers += [a for c in root.children if c.dep_ == "nsubj" and root.lemma_ == "have"
                      and c.pos_ != "PRON" for a in object_actors(c, da)]
            doers += [a for p in prep_objects(n, frozenset({"for"}))
                      for a in object_actors(p, da) if a not in doers]
            doers += [a for v in acts if any(m.dep_ == "mark" and m.lower_ == "for"
                                             for m in v.children)
                      for c in v.children if c.dep_ == "nsubj" for a in object_actors(c, da)
                      if a not in doers]
        if doers and not undo:
            for s in _sayers(da, root, quotes, reporting, ("ccomp", "conj")):
                for d in doers:
                    if d != s and da.kind(d) != "Location":
                        sink.add(s, d, "CRITICIZES", 0.5, "reported", "pattern:no-need",
                                 n.text, da.sent(n))
        if not issues:
            continue
        for s in _sayers(da, root, quotes, reporting, ("ccomp", "conj")):
            for iss in issues:
                sink.add(s, iss, "SUPPORTS" if undo else "OPPOSES", 0.55, "reported",
                         "stance:no-need", n.text, da.sent(n))
    # "said the city does not need the National Guard", "did not require military
    # intervention"
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.need_verbs or not _negated(v):
            continue
        issues = []
        for o in (c for c in v.children if c.dep_ == "dobj"):
            issues += [i for i in issues_of(o, da, idx) if i not in issues]
        for s in _sayers(da, v, quotes, reporting, ("ccomp", "conj")) if issues else []:
            for iss in issues:
                sink.add(s, iss, "OPPOSES", 0.55, "reported", "stance:no-need", v.text,
                         da.sent(v))
    # "said the National Guard is not needed", "does not believe troops are necessary"
    for w in da.doc:
        needed = w.tag_ == "VBN" and w.lemma_.lower() in res.need_verbs or (
            w.pos_ == "ADJ" and w.lemma_.lower() in res.needed_adjectives)
        if not needed:
            continue
        cop = w.head if w.dep_ == "acomp" else w
        # ("I don't believe the Guard is needed": the negation raised to the belief)
        believed = cop.head if cop.dep_ == "ccomp" and (
            cop.head.lemma_.lower() in res.belief_verbs) else None
        if not (_negated(w) or _negated(cop) or believed is not None and _negated(believed)):
            continue
        issues = [i for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")
                  for i in issues_of(c, da, idx)]
        root = believed if believed is not None else cop
        for s in _sayers(da, root, quotes, reporting, ("ccomp", "conj")) if issues else []:
            for iss in dict.fromkeys(issues):
                sink.add(s, iss, "OPPOSES", 0.55, "reported", "stance:not-needed", w.text,
                         da.sent(w))


KEPT_AWAY = frozenset({"out", "away", "off"})


def continuation(da: DocActors, idx: IssueIndex, quotes: list[tuple[int, int]],
                 reporting: set[int], sink: Sink) -> None:
    """'Homan said agents would keep conducting operations', '"ICE is going to keep doing its
    job," Homan said': a speaker saying that an issue (or the actors whose activity it is)
    will go on supports it."""
    res = da.res
    if not res.continuation_verbs:
        return
    by_actor = issue_actors(da)
    for w in da.doc:
        if w.pos_ not in ("VERB", "AUX") or w.lemma_.lower() not in res.continuation_verbs:
            continue
        if any(c.dep_ in ("attr", "acomp") for c in w.children):
            continue  # "the raids remain the main problem": a copula, not an activity going on
        if w.dep_ == "advcl":
            continue  # "as long as the raids continue, we will march": a condition
        if any(x.lemma_.lower() in res.restraint_words for c in w.children
               if c.dep_ in ("advcl", "oprd", "xcomp", "ccomp", "acomp", "prep")
               for x in (c, *c.children)):
            continue  # "kept the unrest contained", "kept the protests under control"
        if any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in res.held_states
                                        for p in c.children) for c in w.children) or any(
                c.dep_ == "xcomp" and any(x.dep_ == "auxpass" for x in c.children)
                for c in w.children):
            # "a Guard member remains in critical condition", "continues to be detained": a
            # state someone is in, not an activity going on
            continue
        if mode_of(w, da, quotes) in ("negated", "hypothetical") and not any(
                c.lower_ == "would" for c in w.children):
            continue
        speakers = _sayers(da, w, quotes, reporting, ("ccomp", "xcomp", "conj"))
        if not speakers:
            continue
        issues: list[str] = []
        done: list[str] = []  # what the subject goes on doing
        subj, _ = subjects_of(w, da)
        for t in subj:
            if t.lower_ == "it":
                continue  # (most often another thing: "announced the halt, saying it would remain")
            issues += [i for i in idx.for_object(t) if i not in issues]
            a = resolve(t, da)
            issues += [i for i in by_actor.get(a or "", []) if i not in issues]
        for c in w.children:
            if c.lemma_.lower() in res.demand_verbs or any(
                    x.dep_ == "dobj" and x.lemma_.lower() in res.end_nouns for x in c.children):
                continue  # "will continue to demand the withdrawal of troops": not more troops
            if c.dep_ in ("xcomp", "dobj") and not any(x.dep_ == "neg" for x in c.children):
                # ("to keep the peace, not to assist with enforcement": not what goes on)
                for o in [c] + [x for x in c.children if x.dep_ == "dobj"]:
                    done += [i for i in idx.in_phrase(o) if i not in done]
        sent = da.sent(w)
        if any(c.lower_ in KEPT_AWAY and c.dep_ in ("prt", "advmod", "prep") for c in w.children):
            # "told Trump to keep the troops out of Chicago": fewer of them, not more
            for s in speakers:
                for iss in dict.fromkeys(done):
                    sink.add(s, iss, "OPPOSES", 0.5, "reported", "stance:keep-out", w.text, sent)
            continue
        for s in speakers:
            for iss in dict.fromkeys(issues + done):
                sink.add(s, iss, "SUPPORTS", 0.5, "reported", f"stance:continue-{w.lemma_.lower()}",
                         w.text, sent)
        # "the administration will continue to deport …": who goes on doing it backs it too
        doers = [a for t in subj if (a := resolve(t, da)) and a not in speakers
                 and da.kind(a) != "Location"]
        for a in dict.fromkeys(doers):
            for iss in done:
                sink.add(a, iss, "SUPPORTS", 0.5, "reported", "stance:continue-doer", w.text,
                         sent)


def subjects_of(w: Token, da: DocActors) -> tuple[list[Token], bool]:
    from .relations import subjects

    return subjects(w, da)


def group_protests(da: DocActors, idx: IssueIndex, sink: Sink) -> None:
    """'protests against immigration raids': the group whose activity is the first issue
    (data: issue ``actors``) opposes the second, when the text names that group."""
    present = set(da.actors)
    for i, iss in idx.mentions:
        owners = [a for a in da.res.issues[iss].actors if a in present]
        if not owners:
            continue
        t = da.doc[i]
        for c in t.children:
            # (not "deployed the Guard over protests": because of them)
            if c.dep_ == "prep" and c.lower_ == "against":
                for p in c.children:
                    for other in idx.for_object(p):
                        if other != iss:
                            for a in owners:
                                sink.add(a, other, "OPPOSES", 0.5, "asserted",
                                         "stance:protest-against", t.text, da.sent(t))


def agent_stances(da: DocActors, idx: IssueIndex, sink: Sink) -> None:
    """'the Trump administration's immigration raids', 'raids carried out by ICE': the actor
    whose policy it is supports it; so does the owner of a programme that names it ("Trump's
    promise of mass deportations") or of more of it ("Trump's expansion of the raids")."""
    res = da.res
    for i, iss in idx.mentions:
        if iss not in idx.policy or idx.named_at.get(i, 0) != 1:
            continue
        t = da.doc[i]
        h = t.head if t.dep_ in ("compound", "amod") else (
            t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("of", "for", "on") else None)
        if h is not None and h.pos_ == "NOUN" and (
                h.lemma_.lower() in res.program_nouns | res.escalation_nouns):
            t = h  # (or more of it: "Trump's expansion of immigration operations")
        elif t.pos_ != "NOUN" or t.lemma_.lower() not in res.policy_act_nouns:
            continue
        # "raids by ICE", "raids (carried out / conducted) by federal agents"
        agents = [c for c in t.children if c.dep_ == "poss"] + [
            p for c in t.children for p in by_agents(c)]
        for w in expand(agents):
            # (not a pronoun, often the wrong person, nor a group: the agents doing the raids)
            a = resolve(w, da) if w.pos_ != "PRON" else None
            if a and da.kind(a) in ("Person", "Organization"):
                sink.add(a, iss, "SUPPORTS", 0.5, "asserted", "stance:policy-agent", t.text,
                         da.sent(t))


def criticized_actors(da: DocActors, sink: Sink) -> None:
    """Criticising or opposing the actors whose activity is an issue (issues.yaml ``actors``:
    ICE for the raids, the Guard for its deployment) opposes the issue, when nothing else in
    the story gave the critic a stance on it."""
    res = da.res
    present = set(da.actors)
    judged = {(r.source, r.target) for r in sink.rels.values() if r.target in res.issues}
    for r in list(sink.rels.values()):
        if r.type not in ("CRITICIZES", "OPPOSES") or r.mode == "negated" or (
                r.target not in present):
            continue
        for iss in res.issues.values():
            if r.target in iss.actors and (r.source, iss.id) not in judged and (
                    r.source not in iss.actors):
                sink.derive(r, r.source, iss.id, "OPPOSES", min(r.confidence, 0.5),
                            "stance:criticized-actor", r.evidence[:1])


def judicial_stances(da: DocActors, sink: Sink, modes: Iterable[str]) -> dict[str, list]:
    """Judge or court -> its stances so far (its rulings read as stances), in these modes."""
    out: dict[str, list] = {}
    for r in sink.rels.values():
        if r.target in da.res.issues and r.mode in modes and is_judicial(da, r.source):
            out.setdefault(r.source, []).append(r)
    return out


def judged_rulings(da: DocActors, sink: Sink) -> None:
    """Praising a judge or court that blocked a policy opposes the policy, criticising one
    that let it go on opposes it too, praising that one supports it: the judgement's sign
    times the court's stance (its rulings read as stances: 'blocked the deployment'), when
    nothing else in the story gave the one judging a stance on that issue."""
    res = da.res
    judged = {(r.source, r.target) for r in sink.rels.values() if r.target in res.issues}
    court_stances = judicial_stances(da, sink, ("asserted", "reported"))
    for r in list(sink.rels.values()):
        if r.target not in court_stances or r.mode not in ("asserted", "reported") or (
                r.type not in ("SUPPORTS", "CRITICIZES", "OPPOSES")) or is_judicial(
                da, r.source) or r.source in res.issues:
            continue
        for st in court_stances[r.target]:
            agree = (r.type == "SUPPORTS") == (st.type == "SUPPORTS")
            if (r.source, st.target) not in judged:
                sink.derive(r, r.source, st.target, "SUPPORTS" if agree else "OPPOSES",
                            min(r.confidence, 0.5), "stance:judged-ruling", r.evidence[:1])
                judged.add((r.source, st.target))


def dissents(da: DocActors, quotes: list[tuple[int, int]], sink: Sink) -> None:
    """'Justice Ana Ruiz dissented', 'issued a sharp dissent': a judge against the majority of
    the court they sit on and against its rulings' stances (lexicon ``dissent_words``)."""
    res = da.res
    courts = {p: o for p, o, typ, *_ in da.affiliations
              if typ == "MEMBER_OF" and p != o and is_judicial(da, o)}
    if not courts:
        return
    court_stances = judicial_stances(da, sink, ("asserted", "reported"))
    for t in da.doc:
        if t.lemma_.lower() not in res.dissent_words:
            continue
        v = t if t.pos_ == "VERB" else t.head if t.dep_ == "dobj" and t.head.pos_ == "VERB" else None
        if v is None:
            continue
        sources, passive = subject_actors(v, da)
        mode = mode_of(v, da, quotes)
        if passive or mode not in ("asserted", "reported"):
            continue
        for s in sources:
            court = courts.get(s)
            if court is None:
                continue
            sink.add(s, court, "CRITICIZES", 0.6, mode, "pattern:dissent", v.text, da.sent(v))
            for st in court_stances.get(court, []):
                sink.add(s, st.target, "OPPOSES" if st.type == "SUPPORTS" else "SUPPORTS", 0.5,
                         mode, "stance:dissent", v.text, da.sent(v))


# rules that read a judgement from words, not from an act
JUDGEMENT_RULES = ("stance:evaluative-quote", "stance:quote", "stance:reported",
                   "stance:labelling", "fallback:sentence-stance", MODEL_RULE_PREFIX)


def owned_issues(da: DocActors) -> set[tuple[str, str]]:
    """(actor, issue) for the issues whose owners (issues.yaml) the actor is or works for."""
    ties: dict[str, set[str]] = {}
    for person, other, typ, *_ in da.affiliations:
        if typ != "APPOINTED_BY":  # (a judge appointed by the president is no party of his)
            ties.setdefault(person, set()).add(other)
    out = set()
    for iss in da.res.issues.values():
        owners = set(iss.owners)
        for aid in da.actors if owners else ():
            known = da.res.actors.get(aid)
            if aid in owners or owners & ties.get(aid, set()) or (
                    known and owners & set(known.affiliations)):
                out.add((aid, iss.id))
    return out


def owners_stances(da: DocActors, sink: Sink) -> set[tuple[str, str]]:
    """An owner's words read as against its own policy ("the violent targeting of our
    officers by lawless rioters is despicable", said by a DHS spokeswoman) condemn the
    policy's opponents: they are for it. Returns the (actor, issue) pairs that may not be
    OPPOSES (not for acts either: ordering its troops home ends the deployment, it does not
    back it)."""
    owned = owned_issues(da)
    # and the ones this story says imposed it ("Bass imposed a curfew"; her words about the
    # "bad actors" it is aimed at are not against it)
    owned |= {(r.source, r.target) for r in sink.rels.values() if r.type == "SUPPORTS"
              and r.mode == "asserted" and r.target in da.res.issues
              and r.rule.startswith(("stance:act-on-issue:", "stance:act-on-actor:"))
              and r.rule.rsplit(":", 1)[-1] in da.res.owning_verbs}
    for r in [r for r in sink.rels.values() if r.type == "OPPOSES" and (r.source, r.target) in owned
              and r.rule.startswith(JUDGEMENT_RULES)]:
        sink.derive(r, r.source, r.target, "SUPPORTS", r.confidence * 0.8, r.rule + ":owner")
    return owned


def defunded(v: Token, da: DocActors) -> list[Token]:
    """What a verb takes funding from: 'withhold federal funding from sanctuary cities',
    'strip sanctuary cities of federal funds', 'defund sanctuary jurisdictions' (lexicon
    ``depriving_verbs``, ``funding_nouns``, ``defunding_verbs``)."""
    res = da.res
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if v.lemma_.lower() in res.defunding_verbs:
        return objs
    funds = [o for o in objs if o.lemma_.lower() in res.funding_nouns]
    if funds:  # "withhold funding from X", "cut off funds to X", "yank funding for X"
        return [p for h in (v, *funds) for p in prep_objects(h, frozenset({"from", "to", "for"}))]
    # "strip sanctuary cities of federal funds"
    if any(p.lemma_.lower() in res.funding_nouns for h in (v, *objs)
           for p in prep_objects(h, frozenset({"of"}))):
        return objs
    return []


def _defended_in_sentence(da: DocActors, idx: IssueIndex, n: Token) -> set[str]:
    """Issues a suit's sentence names only as held by those a defunding act takes funds from:
    "sued the administration for threatening to withhold funding from sanctuary cities" is
    for sanctuary policies, not against them."""
    res = da.res
    sent = da.sent(n)
    targets = [o for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in (
        res.depriving_verbs | res.defunding_verbs) for o in defunded(v, da)]
    # (the holders' own policy, not one their clause names: "jurisdictions with sanctuary
    # policies that protect residents from deportation" holds no raids)
    held = {iss for o in targets for iss in issues_of(o, da, idx)}
    deprived = {x.i for o in targets for x in o.subtree}
    found = [(i, iss) for i, iss in idx.mentions if sent.start <= i < sent.end]
    return {iss for _i, iss in found if iss in held
            and all(i in deprived for i, x in found if x == iss)}


def suit_stances(da: DocActors, aims: dict[int, list[str]], sink: Sink) -> None:
    """'Newsom's lawsuit over the National Guard deployment', 'their legal challenge to the
    deployment', 'vowed to continue their legal challenge': whoever brings the suit opposes
    what it is over (``aims``: ``suit_aims``)."""
    for n in da.doc:
        if n.i not in aims:
            continue
        if n.pos_ == "VERB":  # "his office had sued", "California sued the administration"
            subjects, passive = subject_actors(n, da)
            mode = mode_of(n, da, da.quotes)
            defended = da.defended.get(n.i, set())
            for a in [] if passive else subjects:
                for iss in aims[n.i] if da.kind(a) != "Location" or a in da.acting else []:
                    sink.add(a, iss, "SUPPORTS" if iss in defended else "OPPOSES",
                             0.5 * factor(mode), mode, "stance:sue-over", n.text, da.sent(n))
            continue
        poss = [c for c in n.children if c.dep_ == "poss"]
        owners = [a for c in poss if (a := resolve(c, da)) and da.kind(a) != "Location"]
        if poss and not owners and poss[0].pos_ == "PRON" and n.dep_ == "dobj":
            # "Bonta and Newsom vowed to continue their legal challenge": the verb's subjects
            subjects, passive = subject_actors(n.head, da)
            owners = [] if passive else [a for a in subjects if da.kind(a) != "Location"]
        if not owners:
            continue
        defended = da.defended.get(n.i, set())
        for a in owners:
            for iss in aims[n.i]:
                sink.add(a, iss, "SUPPORTS" if iss in defended else "OPPOSES", 0.55,
                         "asserted", "stance:suit-over", n.text, da.sent(n))


def suit_aims(da: DocActors, idx: IssueIndex) -> dict[int, list[str]]:
    """Suit and challenge nouns and suing verbs -> the policies they challenge: named with the
    suit ('lawsuit over the deployment', 'the lawsuit challenging ICE raids', 'sued to block
    the deployment'), else in its sentence, else those of the last suit whose aim was named
    (before any: the first; a story names its lawsuit's aim once, often after the headline),
    else the story's most-named policy."""
    res = da.res
    suits = [n for n in da.doc if (
        n.pos_ == "NOUN" and n.lemma_.lower() in res.suit_words | res.challenge_nouns
        or n.pos_ == "VERB" and (n.lemma_.lower() in res.suing_verbs or _in_court(n, res)))
        and not any(c.lower_ in res.prosecution_modifiers for c in n.children)]
    phrase = {n.i: found for n in suits if (found := _suit_phrase_issues(da, idx, n))}
    named: list[tuple[int, list[str]]] = []
    for n in suits:
        found = phrase.get(n.i)
        if not found and not definite_suit(n):  # "filed a lawsuit …, alleging …"
            in_sent = _sentence_issues(da, idx, n)
            if in_sent is None:
                named.append((n.i, []))  # over no policy
                continue
            found = in_sent
        if found:
            named.append((n.i, found))
            da.defended[n.i] = _defended_in_sentence(da, idx, n) & set(found)
    counts = Counter(iss for _i, iss in idx.mentions if iss in idx.policy)
    main = [counts.most_common(1)[0][0]] if counts else []
    out: dict[int, list[str]] = {}
    aims = dict(named)
    for n in suits:
        before = [i for i, _found in named if i <= n.i]
        source = before[-1] if before else named[0][0] if named else None
        out[n.i] = aims[source] if source is not None else main
        if source is not None and n.i not in da.defended:
            da.defended[n.i] = da.defended.get(source, set())  # the suit named before
    return out


def _in_court(v: Token, res) -> bool:
    """'is challenging Trump's order in federal court': a challenge that is a suit."""
    return v.lemma_.lower() in res.challenge_verbs and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            p.dep_ == "pobj" and p.lemma_.lower() == "court" for p in c.children)
        for c in v.children)


def definite_suit(n: Token) -> bool:
    """'the lawsuit', 'Newsom's legal challenge': a suit named before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") or c.dep_ == "poss"
               for c in n.children)


def _suit_phrase_issues(da: DocActors, idx: IssueIndex, n: Token) -> list[str]:
    """'lawsuit over the deployment', 'the lawsuit challenging ICE raids', 'continue their
    legal challenge to the deployment', 'lawsuit over the National Guard'; for a verb, its
    own phrase ('sued to block the federalization of the Guard')."""
    if n.pos_ == "VERB":  # ("sued over the deployment", "sued to block the federalization")
        parts = [c for c in n.children if c.dep_ == "prep" and c.lower_ in (
            "over", "against", "to", "for") or c.dep_ in ("xcomp", "advcl") and infinitive(c)]
        return _named_first(da, idx, {t.i for c in parts for t in c.subtree})
    heads = [n, n.head] if n.dep_ == "dobj" else [n]  # (or on the verb)
    objs = [p for h in heads for c in h.children if c.dep_ == "prep"
            and c.lower_ in ("over", "against", "to") for p in c.children if p.dep_ == "pobj"]
    objs += [o for c in n.children if c.dep_ in ("acl", "relcl")
             and c.lemma_.lower() in da.res.challenge_verbs | {"oppose"}
             for o in c.children if o.dep_ == "dobj"]
    # (any issue named in the phrase: "over the National Guard deployment proceeds")
    inside = {t.i for o in objs for t in o.subtree}
    if inside:  # (not what protests in the phrase are against: "over attacks on reporters at
        # anti-ICE protests")
        inside -= _protest_targets(da, idx, min(inside), max(inside) + 1)
    found = [iss for i, iss in idx.mentions if i in inside and iss in idx.policy]
    return list(dict.fromkeys(found + _actors_policies(da, idx, inside)))


def _protest_targets(da: DocActors, idx: IssueIndex, lo: int, hi: int) -> set[int]:
    """Tokens naming what protests are against: "protests against immigration sweeps",
    and a protest's own modifiers ("anti-ICE protests", "immigration demonstrations")."""
    out = {x.i for i, _iss in idx.mentions if lo <= i < hi
           for c in da.doc[i].children if c.dep_ == "prep" and c.lower_ == "against"
           for x in c.subtree}
    return out | {x.i for i, iss in idx.mentions if lo <= i < hi and iss not in idx.policy
                  for m in da.doc[i].lefts for x in m.subtree}


def _sentence_issues(da: DocActors, idx: IssueIndex, t: Token) -> list[str] | None:
    """The policies a token's sentence names ('filed a lawsuit … alleging it unlawfully
    deployed troops'), or else refers back to ('condemned the deployment and filed a
    lawsuit'; not a court's 'the order'), or through the actors whose activity a policy is;
    None when it names policies only as what protests are against."""
    sent = da.sent(t)
    # (not what protests named in it are against: "alleging force at protests against
    # immigration sweeps" sues over the force, not the sweeps, and then over no policy)
    against = _protest_targets(da, idx, sent.start, sent.end)
    inside = set(range(sent.start, sent.end)) - against
    found = _named_first(da, idx, inside)
    if not found and against and (_named_first(da, idx, against)
                                  or _actors_policies(da, idx, against)):
        return None
    if not found:  # "seeking to restore state control over the National Guard"
        found = list(dict.fromkeys(_actors_policies(da, idx, inside)))
    return found


def _actors_policies(da: DocActors, idx: IssueIndex, inside: Iterable[int]) -> list[str]:
    """The policies that are the activity of the actors named at these tokens, in text
    order (the Guard's deployment for "the National Guard")."""
    by_actor = issue_actors(da)
    return [iss for i in sorted(inside) if i in da.tok
            for iss in by_actor.get(da.tok[i], []) if iss in idx.policy]


def _named_first(da: DocActors, idx: IssueIndex, inside: set[int]) -> list[str]:
    """The policies named at these tokens, or else referred back to (not by a court's
    'the order')."""
    found = [(i, iss) for i, iss in idx.mentions if i in inside and iss in idx.policy
             and da.doc[i].lemma_.lower() not in da.res.ruling_nouns]
    named = [iss for i, iss in found if i not in idx.anaphoric]
    return list(dict.fromkeys(named or [iss for _i, iss in found]))


def interference_stances(da: DocActors, idx: IssueIndex, quotes: list[tuple[int, int]],
                         sink: Sink) -> None:
    """'warning that interference with immigration enforcement will not be tolerated',
    'threatened to arrest anyone who obstructs immigration raids': who warns against getting
    in the way of an issue's activity (lexicon ``interference_words``, ``enforcing_verbs``)
    supports it."""
    res = da.res
    if not res.interference_words:
        return
    for t in da.doc:
        if t.lemma_.lower() not in res.interference_words or t.pos_ not in ("VERB", "NOUN"):
            continue
        objs = [c for c in t.children if c.dep_ == "dobj"] + prep_objects(
            t, frozenset({"with", "of"}))
        issues = [i for o in objs for i in idx.in_phrase(o) if i in idx.policy]
        if not issues:
            continue
        sources: list[str] = []
        enforcer = holder = None  # the warning word, and the word whose subject warns
        for x in t.ancestors:
            if x.lemma_.lower() in res.enforcing_verbs:
                enforcer = x
            if enforcer is not None and x.pos_ in ("VERB", "NOUN"):
                sources = subject_actors(x, da)[0] if x.pos_ == "VERB" else [
                    a for c in x.children if c.dep_ == "poss" and (a := resolve(c, da))]
                if sources and x is enforcer and any(
                        c.dep_ in ("nsubjpass", "auxpass") for c in x.children):
                    break  # "willing to be arrested for impeding ICE": who is arrested impedes
                if sources:
                    holder = x
                    break
        if holder is None:
            continue
        # (the mode of the one warning: "will not be tolerated" is the warning itself)
        mode = (mode_of(holder, da, quotes) if holder.pos_ == "VERB" and holder is not enforcer
                else "asserted")
        for s in dict.fromkeys(sources):
            for iss in dict.fromkeys(issues):
                sink.add(s, iss, "SUPPORTS", 0.5, mode,
                         f"stance:against-interference-{enforcer.lemma_.lower()}", t.text,
                         da.sent(t))


def _under_attack(da: DocActors, idx: IssueIndex, iss: str, qs: int, qe: int) -> bool:
    """Is every mention of the issue in the quote the object of an attack on it, or on those
    doing it ("obstruct our immigration enforcement", "attacked officers carrying out
    deportation operations")? (lexicon ``interference_words``, ``attack_verbs``)."""
    words = da.res.interference_words | da.res.attack_verbs
    mentions = [i for i, x in idx.mentions if x == iss and qs <= i < qe]
    if not mentions or not words:
        return False
    for i in mentions:
        up = da.doc[i]
        hit = False
        while up.head.i != up.i and qs <= up.head.i < qe:
            if up.dep_ in ("dobj", "pobj", "acl", "prep", "conj", "compound") and (
                    up.head.lemma_.lower() in words):
                hit = True
                break
            up = up.head
        if not hit:
            return False
    return True


def address_phrases(da: DocActors, quotes: list[tuple[int, int]], reporting: set[int],
                    sink: Sink) -> None:
    """'"Thank you to Tom Homan and ICE for their incredible work," Trump wrote', '"Shame on
    Kristi Noem," Bass wrote': a set phrase in a quote praises or shames who follows it."""
    doc = da.doc
    for qs, qe in quotes:
        speakers: list[str] | None = None
        for t in doc[qs:qe]:
            for typ, words in da.res.address_phrases:
                end = t.i + len(words)
                if end > qe or [x.lower_ for x in doc[t.i:end]] != list(words):
                    continue
                if speakers is None:
                    speakers = quote_speaker(da, qs, qe, reporting)
                last = doc[end - 1]
                heads = [p for p in last.children if p.dep_ == "pobj"] or (
                    [doc[end]] if end < qe and doc[end].i in da.tok else [])
                for a in dict.fromkeys(a for h in expand(heads) for a in object_actors(h, da)):
                    for s in speakers:
                        if s != a and da.kind(a) != "Location":
                            sink.add(s, a, typ, 0.55, "reported", "quote:address",
                                     " ".join(words), da.sent(t), quote=doc[qs:qe].text)


def headline_sayings(da: DocActors, sink: Sink) -> None:
    """Headlines of the form "Homan to Newsom: 'Don't cross that line'", "Newsom on Trump:
    'He is a liar'", "Trump: Newsom 'should be arrested'": the one before the colon says what
    follows, to or about the one named with them (else about those it names)."""
    doc = da.doc
    nl = da.text.find("\n")
    head = [t for t in doc if t.idx < nl] if nl > 0 else []
    colon = next((t.i for t in head if t.text == ":"), None)
    if colon is None or colon == 0:
        return
    before = [da.tok.get(t.i) for t in head[:colon]]
    names = list(dict.fromkeys(a for a in before if a))
    link = [t for t in head[:colon] if t.i not in da.tok and t.is_alpha]
    if not names or len(names) > 2 or len(names) == 2 and [t.lower_ for t in link] not in (
            ["to"], ["on"], ["about"]) or len(names) == 1 and link:
        return  # not "Speaker: …" or "Speaker to/on Other: …"
    speaker = names[0]
    if da.kind(speaker) == "Location":
        return
    rest = head[colon + 1:]
    said = doc[colon + 1:head[-1].i + 1].text.strip()
    # (else the first one it names: "Trump: Newsom 'should be arrested'")
    first = next((a for t in rest if (a := da.tok.get(t.i)) and a != speaker), None)
    about = names[1:] or ([first] if first and da.kind(first) != "Location" else [])
    # "Trump: Newsom 'should be arrested'": force wished on the one named
    for v in rest:
        rule = da.res.verbs.get(v.lemma_.lower()) if v.pos_ == "VERB" else None
        if rule is not None and rule.type == "COERCES":
            for c in v.children:
                a = da.tok.get(c.i) if c.dep_ in ("nsubjpass", "dobj") else None
                if a and a != speaker and da.kind(a) != "Location":
                    sink.add(speaker, a, "THREATENS", 0.5, "hypothetical", "headline:saying",
                             v.text, da.sent(v), quote=said)
    score = evaluation(rest, da)
    if not score:
        return
    for a in about:
        sink.add(speaker, a, "CRITICIZES" if score < 0 else "SUPPORTS", 0.5, "reported",
                 "headline:saying", ":", da.sent(doc[colon]), quote=said)


def _said_of(da: DocActors, qs: int, qe: int) -> list[Token]:
    """Who a quote is about when its sentence says so: "said of X", "asked about X"."""
    sent = da.sent(qs)
    lo, hi = sent.start, max(sent.end, da.sent(qe - 1).end)
    out = []
    for v in da.doc[lo:hi]:
        if not qs <= v.i < qe and v.tag_ == "VBG" and v.lemma_.lower() in ("refer", "address"):
            # '"He is reckless," Bass said, referring to Trump', '…, addressing Homan'
            out += [p for p in (prep_objects(v, frozenset({"to"})) if v.lemma_.lower() == "refer"
                                else [c for c in v.children if c.dep_ == "dobj"])
                    if p.i in da.tok]
            continue
        if qs <= v.i < qe or v.pos_ != "VERB" or not (
                v.lemma_.lower() in da.res.reporting or v.lemma_.lower() == "ask"):
            continue
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in (("of", "about") if v.lemma_.lower() != "ask"
                                                 else ("about",)):
                out += [p for p in c.children if p.dep_ == "pobj" and p.i in da.tok]
            elif c.dep_ == "prep" and (c.lower_ == "to" and v.lemma_.lower() in da.res.reply_verbs or (
                    c.lower_ == "in" and any(p.lemma_.lower() in da.res.reply_nouns
                                             for p in c.children))):
                # "replied to Trump", "wrote in response to Newsom('s criticism)": the one
                # answered
                tos = [p for c2 in [c, *(x for p in c.children if p.lemma_.lower() in da.res.reply_nouns
                                         for x in p.children if x.lower_ == "to")]
                       for p in c2.children if p.dep_ == "pobj"]
                for p in tos:
                    if p.i in da.tok:
                        out.append(p)
                    else:
                        out += [x for x in p.children if x.dep_ == "poss" and x.i in da.tok]
    return out


def _points_back(t: Token, da: DocActors) -> bool:
    """A word that points back to something named before ("this", "it", "the move"), not a
    relative pronoun or a complementizer ("a city that …", "said that …")."""
    if t.lower_ in ("this", "that", "it"):
        return t.dep_ not in ("det", "mark", "expl") and not (
            t.head.dep_ == "relcl" and t.i < t.head.i)
    return t.lemma_.lower() in da.res.issue_anaphors and not _plural_anaphor(t, da.res)


def _gerund_patient(t: Token, da: DocActors) -> bool:
    """A noun after a gerund the parser made its modifier ("Arresting elected officials"):
    the one acted on, not the one the words judge."""
    return any(c.dep_ == "amod" and c.i < t.i and da.res.lexicon_gerund(c.lower_, c.lemma_.lower())
               for c in t.children)


def _praise(da: DocActors, toks: list[Token], speakers: list[str], sent: Span, quote: str,
            sink: Sink, span: tuple[int, int]) -> None:
    """'"Alex Padilla is one of the most decent people I know"', '"Bass is doing a great
    job"', '"He is doing a fantastic job," Trump said of Hegseth': praise of an actor the
    quote describes (a copula or "do", and praising words in what it says they are or do)."""
    for t in toks:
        v = t.head
        if t.dep_ != "nsubj" or v.lemma_.lower() not in ("be", "do") or _negated(v):
            continue
        if _gerund_patient(t, da):
            continue  # '"Arresting criminal aliens is common sense"': the act is praised
        a = _quoted_subject(da, t, *span)
        if a is None and t.lower_ in ("he", "she") and t.i - span[0] <= 2:
            # 'Newsom met Bass. "She has been a tremendous partner," Newsom said': the person
            # named last before the quote (not its speaker)
            a = _person_named_last(da, span[0], span[0], speakers)
        if a is None or a in speakers or da.kind(a) == "Location":
            continue
        said = [x for c in v.children if c.dep_ in ("attr", "acomp", "dobj") for x in c.subtree]
        praised = sum(1 for x in said if x.lemma_.lower() in da.res.praise and not _negated(x))
        if evaluation(said, da) + praised > 0:
            for s in speakers:
                sink.add(s, a, "SUPPORTS", 0.5, "reported", "quote:praise", "", sent, quote=quote)
    for t in toks:
        # '"BIG WIN in the Ninth Circuit!"': a win hailed at a court is for that court's ruling
        if t.lower_ not in da.res.victory_nouns or _negated(t):
            continue
        for p in prep_objects(t, frozenset({"in", "at", "from", "before"})):
            a = resolve(p, da)
            if a and a not in speakers and is_judicial(da, a):
                for s in speakers:
                    sink.add(s, a, "SUPPORTS", 0.5, "reported", "quote:win-in-court", "", sent,
                             quote=quote)


def _person_named_last(da: DocActors, qs: int, end: int, speakers: list[str]) -> str | None:
    """The person named last before ``end`` (from 40 tokens before the quote starting at
    ``qs``) who is not a speaker: inside the quote, or outside any quote."""
    return next((da.tok[x.i] for x in reversed(da.doc[max(0, qs - 40):end])
                 if x.i in da.tok and da.kind(da.tok[x.i]) == "Person"
                 and da.tok[x.i] not in speakers
                 and (x.i >= qs or not in_quote(x, da.quotes))), None)


def _quoted_subject(da: DocActors, t: Token, qs: int, qe: int) -> str | None:
    """The actor a quote's subject stands for: a name, "he"/"she" said of someone, "you"
    told to someone."""
    a = da.tok.get(t.i)
    if a is None and t.lower_ in ("he", "she"):
        a = next((da.tok[p.i] for p in _said_of(da, qs, qe)), None)
    if a is None and t.lower_ in ("you", "your"):
        a = next(iter(_addressees(da, qs, qe)), None)
    return a


def _addressees(da: DocActors, qs: int, qe: int) -> list[str]:
    """Whom a quote is said to: 'Padilla told Noem', 'Newsom wrote to Homan', 'addressing
    Hegseth' in the quote's sentences, outside the quote."""
    out: list[str] = []
    for sent in dict.fromkeys((da.sent(qs), da.sent(qe - 1))):
        for v in sent:
            if qs <= v.i < qe or v.pos_ != "VERB":
                continue
            lem = v.lemma_.lower()
            words = [c for c in v.children if c.dep_ in ("dobj", "dative")] if (
                lem in da.res.telling_verbs or lem == "address") else []
            if lem in ("write", "say", "post") or lem in da.res.reply_verbs:
                words += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                          for p in c.children if p.dep_ == "pobj"]
            # "In a letter to Noem, Padilla wrote", "had a message for Trump:"
            letters = [c for c in v.children if c.dep_ == "dobj"] + [
                p for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj"]
            words += [p for n in letters if n.lemma_.lower() in da.res.letter_nouns
                      for c in n.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                      for p in c.children if p.dep_ == "pobj"]
            # (not "told AFP" or "told reporters": a reporter's "you" is anyone)
            out += [a for w in words if (a := da.tok.get(w.i)) and da.kind(a) != "Location"
                    and a not in da.res.venues and a not in out
                    and w.lemma_.lower() not in ("reporter", "journalist")]
    return out


def _damned_owners(da: DocActors, toks: list[Token]) -> list[Token]:
    """The possessors of the nouns that hold all of some words' negative judgement
    ("Trump's misuse", "Trump's reckless escalation"); none if any such word stands apart."""
    out: list[Token] = []
    negative = [t for t in toks if evaluation([t], da) < 0]
    for t in negative:
        n = t.head if t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN" else t
        poss = [c for c in n.children if c.dep_ == "poss" and c.i in da.tok]
        if n.pos_ != "NOUN" or not poss:
            return []
        out += [c for c in poss if c not in out]
    return out


def attributed_quotes(da: DocActors, quotes: list[tuple[int, int]], reporting: set[int]
                      ) -> dict[tuple[int, int], list[str]]:
    """Each quote's speakers: its own attribution, or for a quote that runs on without one,
    the previous speaker (if close and nobody else was named in between)."""
    doc = da.doc
    out: dict[tuple[int, int], list[str]] = {}
    last_speaker: list[str] = []
    last_end = -1
    for qs, qe in quotes:
        speakers = quote_speaker(da, qs, qe, reporting)
        sent0 = da.sent(qs)
        at_start = all(not t.is_alpha for t in doc[sent0.start:qs])
        # ('"…," the governors concluded': an attribution that names no actor is still one;
        # '"…," the statement reads' is the last speaker's)
        at_start = at_start and not any(
            t.i in reporting and not qs <= t.i < qe and any(
                c.dep_ == "nsubj" and c.lemma_.lower() not in da.res.document_nouns
                for c in t.children)
            for t in doc[sent0.start:da.sent(qe - 1).end])
        if not speakers and last_speaker and at_start:
            gap = doc[last_end:qs] if last_end >= 0 else None
            if gap is not None and len(gap) < 60 and not any(
                    t.i in da.tok and da.kind(da.tok[t.i]) == "Person"
                    and da.tok[t.i] not in last_speaker for t in gap):
                speakers = last_speaker
        if not speakers and at_start:
            speakers = _lead_in_speakers(da, sent0, quotes, reporting)
        if speakers:
            out[(qs, qe)] = speakers
            last_speaker, last_end = speakers, qe
    return out


def _declined_issues(da: DocActors, idx: IssueIndex, toks: list[Token]) -> list[str]:
    """'"we will not assist or participate in any sort of mass deportations"': the issues a
    quote declines to take part in, by a negated verb of ``partaking_verbs`` (not
    Resources.refused_issues, which refuse to work with an agency)."""
    out: list[str] = []
    for t in toks:
        iss = idx.strong.get(t.i)
        if iss is None:
            continue
        v, x = t.head, t
        for _ in range(4):  # "participate in deportations", "in any sort of deportations"
            if v.pos_ == "VERB" or x.dep_ not in ("pobj", "prep") or v.head.i == v.i:
                break
            x, v = v, v.head
        if t.dep_ in ("dobj", "pobj") and v.pos_ == "VERB" and (
                v.lemma_.lower() in da.res.partaking_verbs) and _negated(v) and iss not in out:
            out.append(iss)
    return out


def _lead_in_speakers(da: DocActors, sent: Span, quotes: list[tuple[int, int]],
                      reporting: set[int]) -> list[str]:
    """'Newsom responded on X. "We will not back down."': a quote standing alone right after
    a sentence whose main verb is one of saying ("fired back", "issued a statement") and
    holds no quote of its own is that sentence's subject's."""
    if sent.start == 0:
        return []
    prev = da.sent(sent.start - 1)
    root = prev.root
    res = da.res
    saying = root.i in reporting or fires_back(root, res) or any(  # "issued a statement"
        c.dep_ == "dobj" and c.lemma_.lower() in res.document_nouns for c in root.children)
    if not saying or any(prev.start <= q[0] < prev.end for q in quotes) or any(
            c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return []  # ("Bass said the raids must stop.": what was said is already there)
    who, passive = subject_actors(root, da)
    if passive:
        return []
    return [a for a in who if da.kind(a) != "Location"]


def quoted_judgements(da: DocActors) -> list:
    """'"This lawsuit is a political stunt," Ruiz said': a quote that damns an act named
    again by a noun, as (speakers, verb, type, [noun], mode) for relations.event_anaphors."""
    out = []
    for (qs, qe), speakers in da.speakers.items():
        for t in da.doc[qs:qe]:
            lem = t.lemma_.lower()
            if t.dep_ != "nsubj" or t.pos_ != "NOUN" or t.head.lemma_ != "be" or (
                    lem not in da.res.event_nouns and lem not in da.res.move_nouns):
                continue
            pred = [x for c in t.head.children if c.dep_ in ("acomp", "attr") for x in c.subtree]
            if any(x.lower_ == "by" and any(da.actor_at(p) for p in x.children) for x in pred):
                continue  # ("an illegal abuse of federal power by the Trump administration")
            if pred and evaluation(pred, da) < 0:
                out.append((list(speakers), t.head, "CRITICIZES", [t], "reported"))
    return out


def quotes_relations(da: DocActors, idx: IssueIndex, quotes: list[tuple[int, int]],
                     reporting: set[int], sink: Sink) -> None:
    doc = da.doc
    for (qs, qe), speakers in da.speakers.items():
        toks = list(doc[qs:qe])
        if doc[qs:qe].text.rstrip(" \"'\u201d\u2019").endswith("?"):
            continue  # "Is this about public safety, or politics?": a question, not a judgement
        sent = da.sent(qs)
        quote = doc[qs:qe].text
        described, judged = judged_others(toks, da)
        # '"from violent rioters"': criticism of the rioters; '"more than 500 rioters"': of
        # the crowd named by a word that blames it
        blamed = [da.tok[t.head.i] for t in described if evaluation([t], da) < 0
                  and da.kind(da.tok[t.head.i]) != "Location"]
        blamed += [da.res.crowd_group for t in toks if da.tok.get(t.i) == da.res.crowd_group
                   and t.lemma_.lower() in da.res.pejoratives and not _negated(t)]
        for a in blamed:
            for s in speakers:
                if s != a:
                    sink.add(s, a, "CRITICIZES", 0.55, "reported", "quote:described", "",
                             sent, quote=quote)
        toks = [t for t in toks if t not in described and t.i not in judged]
        refused = _declined_issues(da, idx, toks)
        for s in speakers:
            for iss in refused:
                sink.add(s, iss, "OPPOSES", 0.55, "reported", "stance:refusal-quote", "", sent,
                         quote=quote)
        score = evaluation(toks, da)
        if score >= 0:
            _praise(da, toks, speakers, sent, quote, sink, (qs, qe))
        if score == 0:
            # '"The LAPD did a great job, but ICE is out of control"': each clause judges its
            # own subject
            for t in toks:
                a = _quoted_subject(da, t, qs, qe) if t.dep_ == "nsubj" else None
                clause = [x for x in t.head.subtree if qs <= x.i < qe and x.i != t.i]
                if a and a not in speakers and da.kind(a) != "Location" and any(
                        x.dep_ == "conj" for x in (t.head, *t.head.children)) and evaluation(
                        clause, da) < 0:
                    for s in speakers:
                        sink.add(s, a, "CRITICIZES", 0.5, "reported", "quote:evaluative", "",
                                 sent, quote=quote)
            continue
        # stances on issues named (or pointed back to) in the quote
        issues: list[str] = []
        for t in toks:
            if any(_circumstance(x) for x in t.ancestors):
                continue  # ('"officers fired on reporters during the protests"': the time)
            iss = idx.strong.get(t.i)
            if iss and iss not in issues:
                issues.append(iss)
            cands = idx.weak.get(t.i)
            if cands:
                scope = [x for x in t.subtree if qs <= x.i < qe]
                if t.dep_ == "compound":
                    scope += list(t.head.subtree)
                for x in idx._with_context(cands, scope):
                    if x not in issues:
                        issues.append(x)
        if not issues and not _cited_cause(toks, qs, qe, da.res):
            # 'said the raids were designed to "provoke"': the subject of the clause the
            # quote completes names the issue (or an actor whose activity is one)
            for subj in _clause_subjects(toks, qs, qe, reporting):
                for x in idx.for_object(subj) or [
                        i for a in object_actors(subj, da) for i in issue_actors(da).get(a, [])]:
                    if x not in issues:
                        issues.append(x)
        if not issues and any(_points_back(t, da) for t in toks):
            last = idx.last_before(qs, window=80)
            if last:
                issues.append(last)
        issues = [iss for iss in issues if iss not in refused]
        issue_score = evaluation(toks, da, of_issue=True)
        stype = "SUPPORTS" if issue_score > 0 else "OPPOSES"
        # '"mobs attacked ICE officers carrying out deportation operations"': the quote's
        # blame is on whoever gets in the way of the issue's activity, so it is for it
        defended = {iss for iss in issues if issue_score < 0
                    and _under_attack(da, idx, iss, qs, qe)}
        # '"sending soldiers to suppress peaceful protests is what tyrants do"': the blame is
        # on crushing the issue's activity, so it is for it
        defended |= {iss for i, iss in idx.mentions if issue_score < 0 and iss in issues
                     and qs <= i < qe and doc[i].dep_ == "dobj"
                     and doc[i].head.lemma_.lower() in da.res.suppressing_verbs}
        for s in speakers:
            for iss in issues if issue_score else ():
                sink.add(s, iss, "SUPPORTS" if iss in defended else stype, 0.55, "reported",
                         "stance:evaluative-quote", "", sent, quote=quote)
        if score >= 0:
            continue
        # criticism of the actors the quote is about: its subjects, or the subject of the
        # reported clause it sits in ("claimed protesters are waging a 'rebellion'")
        affiliated = {frozenset(a[:2]) for a in da.affiliations}
        about: list[Token] = [t for t in toks if t.dep_ in ("nsubj", "nsubjpass") or (
            t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"))]
        # '"Newsom and Bass are a disgrace"': each of them
        about += [c for t in about for c in expand([t])[1:] if c.dep_ == "conj" and c not in about
                  and qs <= c.i < qe]
        about += _clause_subjects(toks, qs, qe, reporting, deps=("nsubj",))
        # '"what we are seeing is chaos provoked by the administration"': the one it is by
        about += [p for t in toks if t.dep_ == "agent" and t.head.dep_ == "acl"
                  and evaluation([t.head.head], da) < 0
                  for p in t.children if p.dep_ == "pobj" and qs <= p.i < qe]
        # '"The judge's orders are a rebuttal to Trump's misuse of the Guard"': when every
        # damning word is a noun someone named owns, the owners are the ones damned
        owners = _damned_owners(da, toks)
        if owners:
            about = owners
        # '"He is a failure," Newsom said of Trump', 'Asked about Newsom, Trump said: …'
        if all(da.tok.get(t.i) in (None, *speakers) for t in about):
            about += _said_of(da, qs, qe)
        if not about and doc[qs].is_lower:
            # '"Gavin Newsom," Trump said, "is doing a terrible job."': the subject is the
            # quote before the attribution
            prev = max(((a, b) for a, b in quotes if b <= qs and qs - b <= 8), default=None)
            if prev is not None and prev[1] - prev[0] <= 6 and doc[prev[1] - 1].text == ",":
                about += [t for t in doc[prev[0]:prev[1]] if t.i in da.tok
                          and t.dep_ not in ("compound",)]
        if all(da.tok.get(t.i) in (None, *speakers) for t in about):
            # '"… a rebuke of Donald Trump's authoritarian power grab"': the owner of what the
            # quote damns
            about += [t for t in toks if t.dep_ == "poss" and t.i in da.tok and t.head.pos_ == "NOUN"
                      and evaluation([t.head, *(c for c in t.head.children
                                                if c.dep_ in ("amod", "compound"))], da) < 0]
            # '"… the burdensome leadership of Newsom and Bass"'
            about += [p for t in toks if t.lemma_.lower() in da.res.conduct_nouns and evaluation(
                [c for c in t.children if c.dep_ in ("amod", "compound")], da) < 0
                for p in expand(prep_objects(t, frozenset({"of"}))) if p.i in da.tok]
        for t in about:
            if t.dep_ == "nsubjpass" and da.res.verb_type(t.head.lemma_) in (
                    "COERCES", "THREATENS", "CRITICIZES"):
                continue  # '"If they're attacked, that's lawless"': the ones harmed
            if _gerund_patient(t, da):
                continue  # '"Arresting elected officials asking questions"': the ones acted on
            if any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children) and not any(
                    c.lower_ == "own" for c in t.children):
                continue  # '"our ICE officers are facing violence"': the speaker's own side
                # (not "thugs sent by our own federal government")
            a = da.tok.get(t.i)
            if a is None and t.lower_ in ("he", "she"):
                # '"I like Gavin Newsom. He is a nice guy, but he is incompetent"': the one
                # the quote named last (not its speaker); else the one named last before it
                # ('Newsom responded to Trump. "He is unhinged," he wrote.')
                a = _person_named_last(da, qs, t.i, speakers)
            if a is None and t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass") and not any(
                    x.pos_ in ("NOUN", "PROPN") for x in doc[qs:t.i]):
                # 'Agents raided a car wash. "They are terrorizing us," Lemons said': the
                # group or organisation last named as a subject before the quote
                a = next((da.tok[x.i] for x in reversed(doc[max(0, qs - 60):qs])
                          if x.i in da.tok and x.dep_ in ("nsubj", "nsubjpass")
                          and da.kind(da.tok[x.i]) in ("Organization", "Group")
                          and da.tok[x.i] not in speakers and not in_quote(x, quotes)), None)
            if a is None and t.lower_ in ("you", "your"):
                # '"You should be ashamed of yourself," Padilla told Noem': the one addressed
                # (not an audience: '"all you have to do is look," Trump told reporters')
                a = _quoted_subject(da, t, qs, qe)
                a = None if a in da.res.audience_groups else a
            if a is None and t.lemma_.lower() in da.res.part_nouns and any(
                    c.dep_ == "compound" for c in t.children):
                # '"the Supreme Court majority is …"': the court (but members of Congress
                # are not Congress, nor a state's homeland security division DHS)
                a = resolve(t, da)
                a = a if a and is_judicial(da, a) else None
            if a is None and t.lemma_.lower() not in da.res.patient_nouns:
                # "Trump's deployment of Marines is 'un-American'": the act's possessor;
                # "today's Supreme Court decision tramples …": the court whose ruling it is
                ruling = t.lemma_.lower() in da.res.ruling_nouns
                a = next((x for c in t.children if c.dep_ == "poss" or ruling and (
                    c.dep_ == "compound") if (x := da.tok.get(c.i))), None)
            if a is None and t.lemma_.lower() in da.res.conduct_nouns:
                # "the disgraceful conduct of DHS agents": its doer
                a = next((a_ for p in prep_objects(t, frozenset({"of"}))
                          if (a_ := da.tok.get(p.i))), None)
            if a is None and t.lemma_.lower() in da.res.patient_nouns:
                # "the manhandling of Padilla by the administration is a disgrace": its doer
                a = next((a_ for x in t.subtree if x.i > t.i for p in by_agents(x)
                          if (a_ := da.tok.get(p.i))), None)
            if a is None or da.kind(a) == "Location":
                continue
            own = [x for x in toks if da.sent(x).start == da.sent(t).start]
            if qs <= t.i < qe and evaluation(own, da) + sum(
                    x.lemma_.lower() in da.res.praise for x in own) > 0:
                continue  # '"Padilla is one of the most decent people I know. This is
                # outrageous"': the sentence about them praises them
            for s in speakers:
                if a == s or frozenset((a, s)) in affiliated:
                    continue
                sink.add(s, a, "CRITICIZES", 0.55, "reported", "quote:evaluative", "", sent,
                         quote=quote)
                for iss in issue_actors(da).get(a, []):
                    sink.add(s, iss, "OPPOSES", 0.5, "reported", "stance:quote-on-actor", "",
                             sent, quote=quote)
