"""Interactions from the dependency parse and the verb lexicon.

For every lexicon verb (or noun, adjective) the source is its subject (through conjunctions,
participles and "X's decision to …"), the target its object (or the object of a listed
preposition, the possessor or compound of an object noun: "criticised Trump's decision",
"condemned ICE raids"). Passive voice swaps them ("was condemned by X"); negation, reported
speech and conditionals set the mode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from graphkit import ontology
from graphkit.model import Evidence, Relation

from .actors import (
    PRONOUN_GENDER,
    SET_OFF,
    THING_PRONOUNS,
    DocActors,
    _add_mention,
    _affiliate,
    _org_anaphor,
    is_judicial,
    member_body,
    ruling_anaphor,
)
from .resources import WordRule

SUBJ = ("nsubj",)
UP_DEPS = ("xcomp", "advcl", "pcomp", "conj", "ccomp")
# the verbs that judge what they are about ("opposes sending the Guard"; judging() adds suing)
JUDGING_TYPES = frozenset({"CRITICIZES", "OPPOSES", "SUPPORTS"})
COMPANY_PREPS = frozenset({"alongside", "beside"})
BASE_CONFIDENCE = {"fallback": 0.45, "verb": 0.8, "passive": 0.75, "noun": 0.65, "adj": 0.7, "blame": 0.6,
                   "warn": 0.7}


@dataclass
class Sink:
    """Relations of one document, deduplicated by (source, target, type, mode)."""

    doc_id: str
    rels: dict[tuple[str, str, str, str], Relation] = field(default_factory=dict)

    def add(self, source: str, target: str, rel_type: str, confidence: float, mode: str,
            rule: str, verb: str, sent: Span, quote: str = "", polarity: int | None = None) -> None:
        if not source or not target or source == target:
            return
        ontology.check_type(rel_type)
        pol = ontology.polarity(rel_type) if polarity is None else polarity
        key = (source, target, rel_type, mode)
        text = sent.text.strip()
        rel = self.rels.get(key)
        if rel is None:
            rel = Relation(source=source, target=target, type=rel_type, polarity=pol,
                           confidence=round(confidence, 2), mode=mode, rule=rule, verb=verb)
            self.rels[key] = rel
        elif confidence > rel.confidence:
            rel.confidence, rel.rule, rel.verb = round(confidence, 2), rule, verb
        if not any(e.sentence == text for e in rel.evidence):
            rel.evidence.append(Evidence(document=self.doc_id, sentence=text, quote=quote))

    def derive(self, rel: Relation, source: str, target: str, rel_type: str, confidence: float,
               rule: str, evidence: list[Evidence] | None = None) -> None:
        """A relation read off another one (same mode and words), unless the sink has it."""
        evidence = rel.evidence if evidence is None else evidence
        self.rels.setdefault((source, target, rel_type, rel.mode), Relation(
            source=source, target=target, type=rel_type, polarity=ontology.polarity(rel_type),
            confidence=round(confidence, 2), mode=rel.mode, rule=rule, verb=rel.verb,
            evidence=[replace(e) for e in evidence]))


def _located(t: Token) -> Token:
    """'Portland, Oregon, Mayor Keith Wilson' parsed as a list: the places locate the person
    at its end (no "and" or "or" in it), who is the one named."""
    chain = [t]
    while len(chain) < 5:
        nxt = [c for c in chain[-1].children if c.dep_ == "conj"]
        if len(nxt) != 1:
            break
        chain.append(nxt[0])
    if len(chain) > 1 and all(x.ent_type_ == "GPE" for x in chain[:-1]) and (
            chain[-1].ent_type_ == "PERSON") and not any(
                c.dep_ == "cc" for x in chain for c in x.children):
        return chain[-1]
    return t


def expand(tokens: list[Token]) -> list[Token]:
    """Add conjuncts and appositions: "Newsom and Bass", "leaders, Newsom and Bass,"."""
    out: list[Token] = []
    todo = [_located(t) for t in tokens]
    while todo:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN"):
            # "accused leaders in California, including Newsom and Bass, of …" with
            # "including" hung on the verb: the ones named
            # (after a name, only names: "sued Colorado, including Governor Polis", not
            # "deploying Marines …, including immigration-related operations")
            todo.extend(q for w in t.head.children if w.dep_ == "prep" and w.lower_ == "including"
                        and w.i > t.i and w.nbor(-1).text == "," for q in w.children
                        if q.dep_ == "pobj" and (t.pos_ == "NOUN" or q.pos_ == "PROPN"))
        for c in t.children:
            if c.dep_ in ("conj", "appos"):
                if c.doc[c.i - 1].lower_ == "not":
                    continue  # "Newsom, not Bass, sued": not Bass
                if c.dep_ == "appos" and any(x.lower_ in ("both", "all", "each")
                                             for x in c.children if x.dep_ in ("det", "predet")):
                    continue  # "Newsom and Bonta, both Democrats,": what they are, not others
                if c.dep_ == "appos" and t.i < t.head.i < c.i and t.dep_ in ("nsubj", "nsubjpass") and (
                        t.head.pos_ in ("VERB", "AUX")):
                    continue  # "the administration began its raids …: workers": past the verb,
                    # no apposition of the subject (a misparse)
                todo.append(c)
            elif c.dep_ in ("nmod", "compound") and c.i < t.i and (c.pos_ == "PROPN" or (
                    c.pos_ == "NOUN" and any(x.dep_ == "det" for x in c.children))) and any(
                    x.dep_ == "cc" and x.lower_ in ("and", "or") for x in c.children):
                # "Newsom and Attorney General Rob Bonta sued", "between the state and
                # Trump's administration": the parser hangs the first name on the second
                todo.append(c)
            elif c.dep_ == "prep" and (c.lower_ == "including" or t.pos_ == "NOUN" and (
                    c.lower_ == "like" or c.lower_ == "as" and c.i > 0 and c.nbor(-1).lower_ == "such")):
                # "advocates, including Angelica Salas, decried …", "officials like Newsom
                # and Bass", "officials such as Newsom": the ones named
                todo.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in ("along", "together") and t.dep_ == "nsubj" and (
                    c.i < t.head.i):
                # "Padilla and Schiff, along with Chuck Schumer, wrote …": one more subject
                todo.extend(p for w in c.children if w.lower_ == "with"
                            for p in w.children if p.dep_ == "pobj")
        if not todo and out[-1].dep_ == "conj" and out[-1].head.pos_ in ("NOUN", "PROPN"):
            # "against Trump, Secretary Noem, and Secretary of War Pete Hegseth" with the last
            # name hung on the verb: the list's last item all the same
            nxt = _list_tail(out[-1])
            if nxt is not None and nxt not in out:
                todo.append(nxt)
    return out


def _list_tail(t: Token) -> Token | None:
    """The name after ", and" that closes the list ``t`` is in, when the parser made it a
    conjunct of the verb instead."""
    doc, i = t.doc, t.right_edge.i + 1
    while i < len(doc) and doc[i].text in (",", "and", "or") and doc[i].pos_ in ("PUNCT", "CCONJ"):
        i += 1
    if i == t.right_edge.i + 1 or i >= len(doc):
        return None
    x = doc[i]
    while x.head.i > x.i and x.dep_ in ("compound", "nmod", "amod", "det"):
        x = x.head
    return x if x.dep_ == "conj" and x.head.pos_ in ("VERB", "AUX") and x.pos_ in (
        "PROPN", "NOUN") else None


# prepositions whose object can do the gerund after it ("resulted in Trump deploying …",
# "sued over ICE raiding …"); not places ("gathered near Camp Pendleton opposing …")
GERUND_SUBJECT_PREPS = frozenset({"in", "to", "over", "about", "after", "against", "despite", "of",
                                  "amid", "following", "with"})


def subjects(v: Token, da: DocActors, depth: int = 0) -> tuple[list[Token], bool]:
    """(subject tokens, passive?) of a verb, inherited from the verb it hangs on if needed."""
    subs = [c for c in v.children if c.dep_ in SUBJ]
    if len(subs) > 1 and all(c.i < v.i for c in subs):
        # "In a letter to the secretary, Pete Hegseth, Newsom called …": two subjects is a
        # misparse, and the one next to the verb is its subject
        subs = subs[-1:]
    if not subs and v.pos_ == "VERB" and not any(c.dep_ == "nsubjpass" for c in v.children):
        # "Attorney General Liz Murrill, meanwhile, was warning …" with the name parsed as a
        # modifier of the verb: a named actor before it, set off, is its subject
        subs = [c for c in v.children if c.dep_ == "npadvmod" and c.i < v.i
                and c.pos_ == "PROPN" and c.i in da.tok and da.kind(da.tok[c.i]) != "Location"]
    if not subs and v.pos_ == "VERB" and not any(c.dep_ == "nsubjpass" for c in v.children):
        # "In a letter to Secretary Pete Hegseth, Sens. Adam Schiff and Alex Padilla asked …"
        # with the names parsed into the phrase before them: the ones after its last comma
        for c in v.children:
            if c.dep_ == "prep" and c.right_edge.i == v.i - 1:
                commas = [x.i for x in c.subtree if x.text == ","]
                subs = [x for x in c.subtree if commas and x.i > commas[-1] and x.dep_ in (
                    "conj", "appos") and x.head.i < commas[-1] and x.i in da.tok] if commas else []
                break
    if not subs and v.pos_ == "VERB" and v.tag_ == "VBZ":
        # "The Pentagon orders 700 Marines …", "Newsom sues …" (timelines, headlines): the
        # parser makes the name a compound of the verb
        subs = [c for c in v.lefts if c.dep_ in ("compound", "nmod") and c.i in da.tok]
    if not subs and v.tag_ == "VBG" and v.dep_ in ("pobj", "pcomp"):
        # "resulted in President Trump deploying 4,000 troops": the gerund's own subject
        subs = [c for c in v.lefts if c.dep_ in ("compound", "poss", "nmod") and c.i in da.tok
                and da.kind(da.tok[c.i]) != "Location"]
    if not subs and v.tag_ == "VBG" and v.dep_ == "advcl" and v.i > 0 and (
            v.nbor(-1).dep_ == "pobj" and (v.nbor(-1).head.head.i == v.head.i or v.head in (
                v.nbor(-1).head.head.ancestors) and v.lemma_.lower() not in da.res.reporting)) and (
            v.nbor(-1).head.lower_ in GERUND_SUBJECT_PREPS) and not (
            # (not "a complaint against the city of Rochester seeking …": a place's name)
            v.nbor(-1).head.lower_ == "of" and v.nbor(-1).head.head.lemma_.lower()
            in da.res.place_nouns) and (
            a := da.tok.get(v.nbor(-1).i)) and da.kind(a) != "Location":
        # "resulted in President Trump deploying troops" with the gerund hung on the main
        # verb: the actor right before it, the object of a preposition in that verb's phrase
        # ("testified before the subcommittee about Trump deploying the Guard"), does it
        subs = [v.nbor(-1)]
    if not subs and v.dep_ == "pcomp" and v.head.lower_ == "but" and v.head.head.pos_ == "VERB":
        # "leaving Mr. Trump little choice but to federalize the Guard": the one left it
        left = [c for c in v.head.head.children if c.dep_ in ("dobj", "dative")
                and c.i in da.tok]
        if left:
            return left[:1], False
    if not subs and v.tag_ == "VBG" and v.i > 0 and v.nbor(-1).dep_ == "case" and (
            v.nbor(-1).head.i in da.tok):
        # "objected to Trump's sending troops" with the possessive parsed off the gerund
        subs = [v.nbor(-1).head]
    agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not agents and any(c.dep_ == "nsubjpass" for c in v.children):
        agents = _stray_agents(v, da)
    # "were struck by rubber bullets fired by deputies": the one who fired the weapon
    agents = [x for p in agents for x in ([
        q for a in p.children if a.dep_ == "acl" and a.tag_ == "VBN" for g in a.children
        if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj"]
        if da.actor_at(p) is None else [])] or agents
    if subs and agents and v.tag_ in ("VBN", "VBD") and not any(c.dep_ == "aux"
                                                                for c in v.children):
        # "The first of 2,000 troops ordered to LA by Trump arrived", "Noem slammed by
        # senators" (a headline): a participle misparsed as the main verb; the "by" agent is
        # the source
        return expand(agents), True
    if subs:
        # "Department of Homeland Security Secretary Kristi Noem echoed …" parsed with the
        # department as the subject: the titled person its phrase ends with
        subs = [_titled_holder(c, da) or c for c in subs]
        if any(c.tag_ in ("NNS", "NNPS") for c in subs):
            # "Republican leaders have supported the moves, including McNally": one of them
            subs += [p for c in v.children if c.dep_ == "dobj" for p in stray_members(c, da)
                     if p.i in da.tok]
        # "Newsom, along with Bonta, filed …" with the phrase hung on the verb
        subs += [p for a in v.children if a.lower_ in ("along", "together") and a.dep_ in (
            "prep", "advmod") and subs[0].i < a.i < v.i for w in a.children if w.lower_ == "with"
                 for p in w.children if p.dep_ == "pobj"]
        # "Together with the ACLU, CHIRLA sued …", "Alongside Bonta, Newsom …", "CHIRLA,
        # together with the ACLU, sued …", "Newsom, joined by Bonta, sued …": companions
        for w in [c for c in v.children if c.i < v.i] + [c for x in subs for c in x.children]:
            if w.dep_ == "prep" and (w.lower_ == "alongside" or w.lower_ == "with" and any(
                    x.lower_ == "together" for x in (*w.children, *w.lefts, *w.doc[max(0, w.i - 1):w.i]))):
                subs += [p for p in w.children if p.dep_ == "pobj"]
            elif w.dep_ in ("advcl", "acl") and w.lower_ == "joined" and w.i < v.i:
                subs += [p for a in w.children if a.dep_ == "agent" for p in a.children
                         if p.dep_ == "pobj"]
        return expand(subs), False
    if agents:
        return expand(agents), True
    if any(c.dep_ == "nsubjpass" for c in v.children):
        # "was injured and arrested by ICE agents": the agent of the second participle
        shared = [p for c in v.children if c.dep_ == "conj" and c.tag_ == "VBN"
                  for a in c.children if a.dep_ == "agent" for p in a.children
                  if p.dep_ == "pobj"]
        return expand(shared[:1]), True
    if v.tag_ == "VB" and v.dep_ in ("ccomp", "ROOT") and not any(
            c.dep_ in ("aux", "auxpass", "mark") for c in v.children):
        return [], False  # an imperative ('"… call up your troops," Pritzker said'): no doer
    if depth > 3:
        return [], False
    head = v.head
    if head.i == v.i:
        return [], False
    if head.dep_ == "ROOT" and head.i in da.tok and v.i > head.i and v.dep_ in ("dep", "conj"):
        # the parser took a name for the main verb ("… Leader Hakeem Jeffries, in a joint
        # statement, accused …"): the actors named before, outside any prepositional phrase
        sent = da.sent(v)
        ends: dict[str, Token] = {}
        for m in da.mentions:
            t = da.doc[m.end - 1]
            if sent.start <= m.start <= head.i and da.kind(m.actor) != "Location" and not any(
                    x.dep_ == "prep" for x in t.ancestors if sent.start < x.i < v.i):
                ends.setdefault(m.actor, t)
        return list(ends.values()), False
    if v.dep_ == "relcl":
        return [head], False
    if v.dep_ == "acl" and head.dep_ == "ROOT" and (head.i in da.tok and v.i == head.i + 1 or (
            head.lemma_.lower() in da.res.document_nouns and v.tag_ == "VBD")) and (
            not any(c.dep_ == "agent" for c in v.children)):
        # "Trump called Newsom …", "A statement on DHS's account accused …" parsed as a noun
        # with a participle
        return [head], False
    if v.dep_ == "acl" and v.tag_ == "VBD" and v.i > 0 and v.doc[v.i - 1].text == ",":
        # "DHS, led by Secretary Kristi Noem, called on Newsom to …" parsed with the verb on
        # the phrase set off by commas: the sentence's subject is the noun that phrase is on
        top = head
        while top.dep_ in ("pobj", "agent", "prep", "acl", "appos") and top.head.i != top.i:
            top = top.head
        if top is not head and top.dep_ == "ROOT" and top.pos_ in ("PROPN", "NOUN") and (
                top.i < v.i):
            return expand([top]), False
    if v.dep_ == "acl" and v.tag_ == "VBG" and resolve(head, da):
        return expand([head]), False  # "saw immigration agents arresting workers": the agents
    if v.dep_ == "acl":
        poss = [c for c in head.children if c.dep_ == "poss"]
        k = head.i - 1
        while not poss and k > 0 and head.doc[k].dep_ in ("amod", "compound", "advmod"):
            k -= 1
        if not poss and k > 0 and head.doc[k].tag_ == "POS" and head.doc[k].head.i < k:
            # "Addressing Trump's decision to deploy …" with the possessor parsed as an object
            poss = [head.doc[k].head]
        if poss:
            return poss, False
        by = [p for c in head.children if c.dep_ == "prep" and c.i < v.i for p in by_agents(c)]
        asked = head.lemma_.lower() in da.res.asked_nouns
        if not by and asked:
            # "a request from the Pentagon to activate the Guard": the one who asked
            by = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                  and c.i < v.i for p in c.children if p.dep_ == "pobj" and resolve(p, da)]
        if by:
            return expand(by), False  # "the decision by Trump to deploy the Guard"
        if v.tag_ == "VBN" and not infinitive(v) and resolve(head, da):
            # "clashed with troops deployed outside the building": the actor is the one
            # deployed, and the clause's subject did not deploy it
            return [], False
        gov = head.head
        while gov.dep_ == "prep" and gov.head.i != gov.i:
            gov = gov.head
        if asked and gov.lemma_.lower() in da.res.turning_down_verbs:
            return [], False  # "denied a request to activate the Guard": not the denier's act
        if gov.pos_ in ("VERB", "AUX") and gov.i != head.i and not (
                head.lemma_.lower() in da.res.move_nouns | da.res.attempt_nouns
                and (da.res.verb_type(gov.lemma_) not in (None, "ORDERS")
                     or gov.lemma_.lower() in da.res.preventing_verbs
                     or gov.lemma_.lower() in da.res.reporting and any(
                         c.dep_ == "ccomp" and c.i > head.i for c in gov.children))):
            # (not "opposed the decision to deploy the Guard", "blocked an effort to deploy
            # troops": a reaction to someone's act; nor "argued the move to bring in the
            # military is illegal", with the move parsed as the object: what is spoken of)
            return subjects(gov, da, depth + 1)
        return [], False
    if v.dep_ == "conj" and in_quote(head, da.quotes) and not in_quote(v, da.quotes):
        # 'that Hegseth "couldn't answer a question" and called the use …': a verb outside
        # the quote belongs to the one quoted, not to the quote's subject
        gov = head
        while (in_quote(gov, da.quotes) or gov.pos_ not in ("VERB", "AUX")) and gov.head.i != gov.i:
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX") and not in_quote(gov, da.quotes):
            return subjects(gov, da, depth + 1)
        if gov.i in da.tok and not in_quote(gov, da.quotes):
            return [gov], False  # a misparse that made the speaker the root
    res = da.res
    if v.dep_ == "xcomp" and head.lemma_.lower() in res.causing_verbs | res.permission_verbs:
        done_by = [c for c in head.children if c.dep_ == "dobj"]
        if done_by:
            # "…, prompting Bass to condemn ICE", "leading Trump to deploy the Guard",
            # "authorized Trump to call up the Guard"
            return expand(done_by), False
    if v.dep_ == "xcomp" and head.pos_ == "VERB" and any(
            c.dep_ == "nsubjpass" for c in head.children) and head.lemma_.lower() not in (
            res.directive_verbs | res.order_verbs | res.telling_verbs | res.permission_verbs):
        # "troops are trained to accompany agents": the one the passive verb is about does
        # the second verb (not "was asked to condemn …": asked, not done)
        return expand([c for c in head.children if c.dep_ == "nsubjpass"]), False
    if v.dep_ in ("xcomp", "advcl") and infinitive(v) and v.i >= 2:
        # "condemned the administration's choice to deploy the Guard" with the infinitive
        # hung on the verb: the move's owner does it, not the one who condemned it
        move = v.doc[v.i - 2]
        if move.dep_ == "dobj" and move.head.i == head.i and move.lemma_.lower() in (
                res.move_nouns | res.attempt_nouns):
            owners = [c for c in move.children if c.dep_ == "poss"]
            if owners:
                return expand(owners), False
    if v.dep_ == "xcomp" and v.tag_ == "VBG" and res.verb_type(head.lemma_) in JUDGING_TYPES:
        # "Ruiz opposes sending the Guard", "defended deploying troops": the act judged, not
        # one the judge does
        return [], False
    if v.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and (
            head.head.pos_ in ("VERB", "AUX")):
        # "we will be happy to arrest him", "is ready to sue": the copula's subject
        return subjects(head.head, da, depth + 1)
    if v.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        # "Johnson accused Democrats of …, while Schumer called it reckless and urged him to
        # withdraw": a verb after a clause with its own subject continues that clause
        near = [c for c in head.children if c.dep_ == "advcl" and c.i < v.i
                and v.i - c.right_edge.i <= 3 and any(x.dep_ == "nsubj" for x in c.children)
                and not any(x.dep_ in ("conj", "advcl") and c.i < x.i < v.i for x in head.children)]
        if near:
            return subjects(near[-1], da, depth + 1)
    if v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ") and head.tag_ in ("VB", "VBG") and (
            head.dep_ in ("xcomp", "pcomp")):
        # "Trump has accused Newsom of failing to control the protests and ordered Marines
        # …": a finite verb cannot continue an infinitive or gerund; it continues the finite
        # verb above them
        gov = head
        while gov.dep_ in ("xcomp", "pcomp", "prep") and gov.head.i != gov.i:
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX") and gov.tag_ not in ("VB", "VBG"):
            return subjects(gov, da, depth + 1)
    if v.dep_ in UP_DEPS and head.pos_ in ("VERB", "AUX", "ADJ"):
        if v.dep_ == "advcl" and (passed := _adjunct_subjects(v, head, da)):
            return passed
        if _trailing_participle(v) and head.dep_ in ("ccomp", "xcomp") and (
                head.head.lemma_.lower() in res.permission_verbs) and not in_quote(v, da.quotes):
            # "the court allowed agents to resume patrols, siding with Trump": the court sides
            return subjects(head.head, da, depth + 1)
        found = subjects(head, da, depth + 1)
        if (v.dep_ == "conj" or _trailing_participle(v)) and head.dep_ == "ccomp" and (
                not in_quote(v, da.quotes)) and (
                head.head.lemma_.lower() in da.res.reporting) and (not any(
                resolve(t, da) for t in found[0]) or _tense_breaks(v, head)):
            # "Newsom said the decision was wrong and accused the president …", "Noem said
            # ICE would keep going and thanked the Guard": the parser hangs the second verb
            # on the reported clause; its subject is the speaker
            return subjects(head.head, da, depth + 1)
        if v.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in (
                da.res.reporting | da.res.ruling_verbs) and _names_subject_as_object(v, found[0], da):
            # "Breyer ruled that Trump had broken the law and ordered him to …": one who is
            # the verb's object is not its subject, so the verb continues the ruling
            return subjects(head.head, da, depth + 1)
        return found
    if v.dep_ == "pcomp" or (v.dep_ == "pobj" and head.dep_ == "prep"):
        gov = head.head
        objs = [c for c in gov.children if c.dep_ == "dobj"]
        suits = [gov] if gov.pos_ == "NOUN" else [o for o in objs if gov.pos_ == "VERB"]
        if head.lower_ in ("for", "over") and v.tag_ == "VBG" and suits and all(
                o.lemma_.lower() in res.suit_words for o in suits):
            # "(filed) a lawsuit against the president for deploying the Guard": the one sued
            # did it
            sued = [p for x in (gov, *suits) for p in prep_objects(x, frozenset({"against"}))]
            if sued:
                return expand(sued), False
        if head.lower_ in ("of", "for", "from", "with") and objs and gov.pos_ == "VERB" and not any(
                c.lower_ == "instead" for c in head.children):  # ("instead of": the subject's)
            # "accused the president of sending troops", "charged protesters with assaulting
            # officers": the one accused did it
            return expand(objs), False
        if v.tag_ == "VBG" and gov.pos_ == "VERB" and (head.lower_ == "against" or (
                head.lower_ in ("over", "about") and (rule := res.verb_rule(gov.lemma_))
                and ontology.polarity(rule.type) < 0)):
            # "fought with Trump over deploying troops": what is fought over; "warned against
            # deploying the Guard": what is warned against
            return [], False
        if head.lower_ == "of" and gov.lemma_.lower() in res.move_nouns and any(
                c.dep_ == "poss" for c in gov.children):
            # "Trump's retaliatory act of sending the Guard": the possessor's act
            return [c for c in gov.children if c.dep_ == "poss"], False
        if head.lower_ == "of" and gov.lemma_.lower() in res.move_nouns and gov.dep_ == "dobj" and (
                gov.head.pos_ == "VERB"):
            # "took the extraordinary step of federalizing the Guard": the taker's act
            return subjects(gov.head, da, depth + 1)
        if gov.pos_ in ("VERB", "AUX"):
            return _adjunct_subjects(v, gov, da) or subjects(gov, da, depth + 1)
        if v.dep_ == "pcomp" and gov.dep_ in ("nsubj", "nsubjpass") and v.tag_ == "VBG" and (
                head.i > 0 and head.nbor(-1).text in SET_OFF):
            return [gov], gov.dep_ == "nsubjpass"  # "Newsom, in blaming Trump, said …"
    return [], False


def _own_prep(v: Token, main: WordRule, rule: WordRule) -> bool:
    """'fought with Trump': a preposition the fallback lists for a verb and its own entry
    does not ("fight" opposes what it is "against"; "with", it clashes), with no object."""
    return not any(c.dep_ == "dobj" for c in v.children) and any(
        c.dep_ == "prep" and c.lower_ in rule.preps - main.preps for c in v.children)


AIMED_PREPS = frozenset({"against", "toward", "towards", "at", "on"})
TIME_MARKERS = frozenset({"after", "before", "while", "when", "since", "upon", "during", "until"})


def _adjunct_subjects(v: Token, gov: Token, da: DocActors) -> tuple[list[Token], bool] | None:
    """An active participle set on a passive verb ("was detained by agents after escorting
    him out", "while escorting a defendant, Brad was taken by agents"): the one the passive is
    about does it, not its "by" agent."""
    if v.tag_ != "VBG" or any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in v.children):
        return None
    marker = v.head.lower_ if v.dep_ == "pcomp" else next(
        (c.lower_ for c in v.children if c.dep_ == "mark"), None)
    if marker is None and gov.dep_ == "ccomp" and gov.head.lemma_.lower() in da.res.reporting:
        return None  # "stated the Guard was sent to curb crime, accusing …": the speaker's
    if marker not in TIME_MARKERS | {None, "as", "with"} or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children):
        return None  # (not "could be arrested for obstructing the raids": a charge supposed)
    if marker == "with" and da.res.verb_type(gov.lemma_) != "COERCES":
        return None  # "charged with assaulting officers", not "tasked with implementing …"
    patients = [c for c in gov.children if c.dep_ == "nsubjpass"]
    return (expand(patients), False) if patients else None


def _stray_agents(v: Token, da: DocActors) -> list[Token]:
    """'was denied entry to the center by ICE officials': a passive's "by" agent that the
    parser hung on its object's phrase (an actor, not a place: "arrested by the river")."""
    out: list[Token] = []
    frontier = [c for c in v.children if c.dep_ == "dobj"]
    for _ in range(3):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    out += [p for p in c.children if p.dep_ == "pobj" and (a := resolve(p, da))
                            and da.kind(a) != "Location"]
                elif c.dep_ == "prep":
                    nxt += [p for p in c.children if p.dep_ == "pobj"]
        frontier = nxt
    return out


def told_mode(v: Token, da: DocActors, quotes: list[tuple[int, int]]) -> str:
    """The mode of a stated refusal or intention: "reported" when it is quoted or a verb of
    saying governs it ("said the city will not cooperate"), else "asserted"."""
    return "reported" if in_quote(v, quotes) or any(
        x.lemma_.lower() in da.res.reporting for x in v.ancestors) else "asserted"


def refusal(v: Token, da: DocActors) -> bool:
    """A negated act that is a refusal: "will not cooperate", "would never assist", "refused
    to help" (not a report that it did not happen, "did not cooperate")."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in v.children):
        return True
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in ("refuse", "decline", "vow", "pledge",
                                                            "promise")


def _trailing_participle(v: Token) -> bool:
    """", accusing Trump of …" after a reported clause: a participle set off by a comma."""
    return v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.nbor(-1).text == ","


def _names_subject_as_object(v: Token, subs: list[Token], da: DocActors) -> bool:
    """The verb's object is a (non-reflexive) pronoun for the actor that would be its
    subject."""
    actors = {resolve(t, da) for t in subs} - {None}
    return bool(actors) and any(
        c.dep_ == "dobj" and c.tag_ == "PRP" and not c.lower_.endswith(("self", "selves"))
        and resolve(c, da) in actors for c in v.children)


def _tense_breaks(v: Token, head: Token) -> bool:
    """A past-tense verb joined to a reported clause in the future or conditional ("… would
    keep going and thanked …"): it continues the reporting verb, not the clause."""
    return v.tag_ == "VBD" and head.head.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


PRONOUN_KINDS = {"it": ("Organization",), "he": ("Person",), "she": ("Person",),
                 "they": ("Organization", "Group")}


# a party and state in brackets after a name: "(D)", "(R-Texas)", "(D-Calif.)"
PARTY_MARK = re.compile(r"^[DRI](-[A-Z][A-Za-z.]*)?$")


def resolve(t: Token, da: DocActors) -> str | None:
    """The actor a subject/object token stands for (pronouns and relative pronouns too)."""
    low = t.lower_
    if t.i in da.tok and da.kind(da.tok[t.i]) == "Location" and t.i + 1 < len(t.doc) and (
            _title_of_person(t.doc[t.i + 1], da)):
        return None  # "Newsom and Illinois Gov. J.B. Pritzker": the title's place
    titled = " ".join([x.lower_ for x in t.lefts if x.dep_ == "compound"] + [low])
    if low in da.res.titles or titled in da.res.titles or (
            t.i in da.tok and da.kind(da.tok[t.i]) != "Person"):
        # "The Secretary of Homeland Security, Kristi Noem, accused …": the person in
        # apposition to a title (or to the organisation the parser made the head)
        for c in t.children:
            a = da.tok.get(c.i) if c.dep_ in ("appos", "npadvmod") else None
            if a and da.kind(a) == "Person":
                return a
    if t.pos_ == "NOUN" and t.lemma_.lower() in da.res.proxy_nouns and t.i not in da.tok:
        # "Newsom's office", "a spokesperson for Bass", "an ICE spokesperson": they speak and
        # act for their principal
        for c in t.children:
            owners = [c] if c.dep_ in ("poss", "compound") else [
                p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and (
                c.lower_ in ("for", "of")) else []
            for o in owners:
                a = da.actor_at(o) if o.pos_ != "PRON" or o.lower_ in ("his", "her") else None
                if a and da.kind(a) in ("Person", "Organization"):
                    return a
    if t.pos_ == "NOUN" and t.lemma_.lower() in da.res.counsel_nouns and t.i not in da.tok:
        # "lawyers for the state of Oregon argued …": a place with counsel is a party
        for p in prep_objects(t, frozenset({"for", "of"})):
            # ("the state of Oregon", "the city of Portland": the place named)
            a = da.actor_at(p) or next(
                (da.actor_at(x) for x in prep_objects(p, frozenset({"of"}))), None)
            if a and da.kind(a) == "Location":
                da.acting.add(a)
                return a
    if t.pos_ == "NOUN" and ((t.tag_ == "NNS" and t.lemma_.lower() in da.res.group_nouns)
                             or low in da.res.org_heads or low in da.res.member_nouns) and not any(
            c.dep_ == "amod" and c.lower_ in da.res.former_words for c in t.children):
        # ("an ICE agent shot him": one member acts for the agency, as "ICE agents" do; not
        # "former ICE officials", who speak for themselves)
        org = _possessor_org(t, da)
        if org:
            return org
        if t.i not in da.tok:  # "New York City Police Department officers": its members
            org = next((a for c in t.children if c.dep_ == "compound" and c.i == t.i - 1
                        and (a := da.tok.get(c.i)) and da.kind(a) == "Organization"), None)
            if org:
                return org
    if low in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and t.i not in da.tok and (
            not in_quote(t, da.quotes)):
        # "Trump said he would support it": the subject of a reported clause is the speaker
        # (in a quote, '"He flamed the fires," Newsom said', it is someone else)
        gov = t.head
        while gov.dep_ in ("conj", "xcomp") and gov.head.i != gov.i:
            gov = gov.head
        rep = gov.head if gov.dep_ == "ccomp" else None
        if rep is not None and rep.lemma_.lower() in da.res.reporting:
            # "Newsom said of Trump that he was …": the one spoken of
            about = [a for c in rep.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and (a := da.tok.get(p.i))
                     and da.kind(a) == "Person"]
            if about:
                return about[0]
            for c in rep.children:
                if c.dep_ == "nsubj" and c.i != t.i:
                    a = da.tok.get(c.i)
                    if a and da.kind(a) == "Person":
                        return a
    if low in PRONOUN_KINDS and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in (
            "advcl", "conj") and t.head.head.i != t.head.i:
        # "the administration broke the law when it deployed the Guard", "Trump faced
        # criticism from Newsom when he mobilized troops": the subject of the clause this
        # one hangs on, if it is the right kind of actor (before the last person named)
        # ("Newsom would be arrested if he tried to stop ICE": a passive subject too)
        for c in t.head.head.children:
            a = da.actor_at(c) if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i else None
            # ("Bass denounced …, after he federalized the Guard": not her)
            if a and da.kind(a) in PRONOUN_KINDS[low] and da.gender(a) in (
                    None, PRONOUN_GENDER.get(low, da.gender(a))):
                return a
    hit = da.actor_at(t)
    if hit:
        return hit
    if PARTY_MARK.match(t.text) and t.i >= 2 and t.nbor(-1).text == "(" and (
            a := da.tok.get(t.i - 2)) and da.kind(a) == "Person":
        return a  # "Brian Schwalb (D) is suing …", parsed with the party as the subject
    if t.pos_ == "NOUN" and t.tag_ == "NNS" and not any(c.dep_ in ("appos", "compound") and (
            c.i in da.tok) for c in t.children):
        # "Supervisors accused ICE …", "Council members asked …": the body they sit on
        title = t.lemma_.lower()
        if title == "member":
            title = "".join(c.lower_ for c in t.children if c.dep_ == "compound") + title
        body = member_body(da, title) if title in da.res.member_titles else None
        if body:
            return body
    crowd = da.res.crowd_group
    if crowd in da.actors and (low in da.res.people_words or low in da.res.quantity_words) and any(
            c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in da.res.protesting_verbs
            for c in t.children):
        return crowd  # "people protesting the arrests": the story's protesters
    if (t.pos_ == "NOUN" and t.lemma_.lower() in da.res.part_nouns) or (
            t.dep_ in ("nsubj", "nsubjpass") and (low in da.res.quantity_words
                                                 or t.lemma_.lower() in da.res.quantity_words)):
        # "a panel of the Ninth Circuit", "a spokesperson for Home Depot", "a Ninth Circuit
        # panel": the organisation
        for c in t.children:
            a = da.actor_at(c) if c.dep_ == "compound" and not (
                low in da.res.titles or t.lemma_.lower() in da.res.leader_titles
                or t.lemma_.lower() in ("leader", "member")) else None
            if a and da.kind(a) in ("Organization", "Group"):
                return a  # (not "the Senate minority leader": a person)
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "at"):
                for p in c.children:
                    a = da.actor_at(p) if p.dep_ == "pobj" else None
                    if a and da.kind(a) in ("Organization", "Group"):
                        return a
    if low in ("they", "them") and t.pos_ == "PRON":
        hit = _previous_collective(t, da)
        if hit:
            return hit
        if low == "them" and t.dep_ == "dobj" and t.head.lemma_.lower() in da.res.labelling:
            # "shouting at ICE officers, calling them cowards": the one actor this sentence
            # named before as acted on, when it is a group or agency
            # (the one plural noun acted on before it: not "described Trump's remarks as … and
            # called them …")
            plural = [x for x in da.doc[da.sent(t).start:t.i] if x.dep_ in ("pobj", "dobj")
                      and x.tag_ in ("NNS", "NNPS")]
            a = da.actor_at(plural[0]) if len(plural) == 1 else None
            if a and da.kind(a) in ("Organization", "Group"):
                return a
    if low in ("its", "their") and t.dep_ == "poss":
        # "the administration broke the law with its deployment of the Guard": the subject
        # of the clause, when it is an organisation or group
        gov = next((x for x in t.ancestors if x.pos_ in ("VERB", "AUX")), None)
        for c in gov.children if gov is not None else []:
            a = da.actor_at(c) if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i else None
            if a and da.kind(a) in ("Organization", "Group"):
                return a
    if low in da.res.relative_pronouns and t.head.dep_ == "relcl":
        ante = t.head.head
        last = [c for c in ante.children if c.dep_ == "conj" and c.i < t.i]
        if last and last[-1].tag_ == "NNP" and last[-1].right_edge.i + 2 == t.i == (
                t.head.left_edge.i) and not any(
                x.tag_ == "VBP" or x.lower_ in ("were", "are") for x in (t.head, *t.head.children)
                if x.dep_ in ("aux", "auxpass", "relcl")):
            # "Pam Bondi and Terry Cole, who Trump appointed": the name just before (not
            # "…, who were …": both)
            ante = last[-1]
        hit = da.actor_at(ante)
        if hit is None and low in ("that", "which") and t.dep_ == "nsubj" and (
                ante.lemma_.lower() in da.res.document_nouns and ante.dep_ == "dobj"
                and ante.head.lemma_.lower() in da.res.issuing_verbs) and not any(
                c.dep_ == "poss" for c in ante.children):
            # "signed a memo that ordered 2,000 Guard troops to LA": whoever signed it (not
            # "touted the judge's ruling, which orders …")
            signers, passive = subject_actors(ante.head, da)
            if signers and not passive:
                return signers[0]
        if hit is None and ante.dep_ == "appos":
            # "Senator Chris Murphy, a Democrat, who accused …": the apposition's head
            hit = da.actor_at(ante.head)
        if low == "who" and (hit is None or da.kind(hit) != "Person"):
            # "Huerta, president of SEIU California, who was shoved …": "who" is a person
            for up in ante.ancestors:
                a = da.tok.get(up.i)
                if a and da.kind(a) == "Person":
                    return a
                if up.dep_ not in ("pobj", "prep", "appos", "compound"):
                    break
        return hit
    if low == "who" and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and (
            t.i >= 2 and t.nbor(-1).text in ("—", "–", "--", ",")):
        # "Gov. Gavin Newsom (D) — who sued Trump, … — was exultant" split off as a sentence
        # of its own: the person named just before the dash
        for k in range(t.i - 2, max(t.i - 6, -1), -1):
            a = da.tok.get(k)
            if a:
                return a if da.kind(a) == "Person" else None
    if low in ("it", "they") and t.dep_ in ("nsubj", "nsubjpass"):
        # "the administration said it was sending …": the speaker's organisation
        gov = t.head
        while gov.dep_ in ("ccomp", "conj", "xcomp") and gov.head.i != gov.i:
            gov = gov.head
            if gov.lemma_ in da.res.reporting:
                # "… and on Monday announced it would send …": the speaker, inherited too
                for s in subjects(gov, da)[0]:
                    hit = da.actor_at(s)
                    if hit and da.kind(hit) != "Person":
                        return hit
                    if low == "it" and hit is None and (
                            s.lemma_.lower() in da.res.impersonal_proxies):
                        return resolve(s, da)  # ("the governor's office said it …": his)
                break
        if t.dep_ == "nsubj" and gov.dep_ == "ROOT" and low == "it":
            return _previous_subject(t, da)
    if low == "it" and t.dep_ == "dobj":
        return _previous_ruling(t, da)
    if t.pos_ == "NOUN":
        # "the group planned marches", "the union said": the organisation named before;
        # "Newsom praised the ruling": the judge who just ruled
        return _org_anaphor(da, t) or ruling_anaphor(da, t)
    return None


def _previous_collective(t: Token, da: DocActors) -> str | None:
    """'they'/'them': the organisation or group that was subject of this or the previous
    sentence of the paragraph, when there is exactly one ("The SEIU organised marches …
    They demanded …"). Two candidates are ambiguous: no answer."""
    sent = da.sent(t)
    if t.dep_ not in ("nsubj", "nsubjpass") and any(
            x.i in da.issue_heads and x.tag_ == "NNS" for x in da.doc[sent.start:t.i]):
        return None  # "described the raids as cruel, while Newsom criticized them": the raids
    start = sent.start
    if start > 0 and "\n" not in da.doc[start - 1].text_with_ws and not da.doc[start - 1].is_space:
        start = da.sent(start - 1).start
    cands: list[str] = []
    # ("Protesters gathered … Federal agents fired tear gas at them": not the agents)
    own = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ in ("dobj", "dative") else None
    # ("Officers moved in and arrested them": the verb it is joined to has the same subject)
    owns = set()
    while own is not None:
        owns.add(own.i)
        if own.dep_ != "conj" or own.head.i == own.i:
            break
        own = own.head
    for m in da.mentions:
        if m.start < start or m.start >= t.i:
            continue
        head = da.doc[m.end - 1]
        if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # "The Pentagon and the protesters were …": both are candidates
        if head.dep_ == "pobj" and head.head.lower_ == "of" and (
                head.head.head.lemma_.lower() in da.res.generic_people) and (
                head.head.head.dep_ in ("nsubj", "nsubjpass")):
            head = head.head.head  # "Hundreds of protesters marched …. They …"
        if head.head.i in owns:
            continue
        if head.dep_ not in ("nsubj", "nsubjpass") or da.kind(m.actor) not in (
                "Organization", "Group"):
            continue
        if head.head.i == t.head.i:
            continue  # "agents said they …" handled as the same clause already
        if head.head.dep_ in ("ccomp", "xcomp") and head.head.head.i != t.head.i:
            continue  # "mayors demanded that the administration stop …. They also called
            # on …": not the subject of a clause reported or demanded
        if m.actor not in cands:
            cands.append(m.actor)
    return cands[0] if len(cands) == 1 else None


def _possessor_org(t: Token, da: DocActors) -> str | None:
    """'McDonnell said his officers …', 'Bovino said his agents …': the organisation of the
    person who owns the group (from the text's affiliations, else the gazetteer)."""
    for c in t.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ == "its":
            # "ICE said its officers had been attacked": the organisation that speaks (not
            # "the city would not allow its police": a place's)
            for up in t.ancestors:
                subj = next((x for x in up.children if x.dep_ == "nsubj" and x.i < t.i),
                            None) if up.pos_ in ("VERB", "AUX") else None
                if subj is not None:
                    org = da.tok.get(subj.i)
                    return org if org and da.kind(org) == "Organization" else None
            return None
        p = da.actor_at(c)
        if p is None or da.kind(p) != "Person":
            return None
        for a in da.affiliations:
            if a[0] == p and a[2] in ("LEADS", "MEMBER_OF") and da.kind(a[1]) == "Organization":
                return a[1]
        known = da.res.actors.get(p)
        for o in known.affiliations if known else []:
            if o in da.actors and da.kind(o) == "Organization":
                return o
    return None


def _previous_ruling(t: Token, da: DocActors) -> str | None:
    """"Groups denounced the ruling. Bass called it 'dangerous'": "it" taking up a court's
    ruling that the sentence before acted on stands for that court."""
    sent = da.sent(t)
    if sent.start == 0:
        return None
    prev = da.sent(sent.start - 1)
    for n in prev:
        if n.dep_ == "dobj" and n.head == prev.root:
            return ruling_anaphor(da, n)
    return None


def _previous_subject(t: Token, da: DocActors) -> str | None:
    """A sentence opening with "It …": the organisation that was the subject just before."""
    sent = da.sent(t)
    if sent.start == 0 or t.i - sent.start > 3:
        return None
    prev = da.sent(sent.start - 1)
    for s in prev.root.children:
        if s.dep_ in ("nsubj", "nsubjpass"):
            a = da.actor_at(s)
            if a and da.kind(a) == "Organization":
                return a
    return None


def subject_actors(v: Token, da: DocActors, depth: int = 0) -> tuple[list[str], bool]:
    """The actors who are the verb's subject, and whether it is passive (``depth``: how many
    documents' authors were looked up on the way here)."""
    toks, passive = subjects(v, da)
    out = []
    for t in toks:
        # ("…, and both criticized Noem")
        pair = _previous_pair(t, da) if t.lower_ == "they" and t.pos_ == "PRON" or (
            t.lower_ == "both" and t.dep_ == "nsubj") else []
        if pair:
            out += [x for x in pair if x not in out]
            continue
        a = resolve(t, da)
        if a and _included_place(t, a, da):
            continue
        if a and a not in out:
            out.append(a)
        elif a is None and not passive and t.lemma_.lower() in da.res.document_nouns:
            out += [x for x in authors(t, da, depth) if x not in out]
        # "Representatives of the Assembly, including Speaker Rivas and Tina McKinnor, said":
        # the ones named act too
        out += [x for c in t.children if c.dep_ == "prep" and c.lower_ == "including"
                for p in expand([w for w in c.children if w.dep_ == "pobj"])
                if (x := resolve(p, da)) and x not in out and not _included_place(p, x, da)]
    return out, passive


def _title_of_person(t: Token, da: DocActors) -> bool:
    """Is ``t`` a title word ("Gov.", "Mayor") before the name of a person?"""
    return t.dep_ == "compound" and (t.lower_ in da.res.titles or t.lower_ in da.res.abbreviations
                                     ) and t.head.i in da.tok and da.kind(da.tok[t.head.i]) == "Person"


def _included_place(t: Token, a: str, da: DocActors) -> bool:
    """'The attorneys general from 21 states, including California and Maryland, joined …':
    a place in a list of examples of people, not of places, does not act."""
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "including" or t.head.head.pos_ != "NOUN":
        return False
    known, name = da.res.actors.get(a), da.actors[a].name
    return t.head.head.lemma_.lower() not in da.res.place_nouns and (
        known is not None and known.kind == "Location" or name in da.res.state_names
        or f"{name} State" in da.res.state_names)  # ("New York State")


def _previous_pair(t: Token, da: DocActors) -> list[str]:
    """'Homan and Noem vowed …, and they hit back at …': 'they' after a subject made of
    conjoined people, in this sentence or the one before."""
    lo = da.sent(t).start
    if lo > 0:
        lo = da.sent(lo - 1).start
    for s in reversed(da.doc[lo:t.i]):
        if s.dep_ != "nsubj" and not any(c.dep_ == "conj" and da.tok.get(c.i)
                                         for c in s.children):
            continue
        while s.dep_ == "conj" and s.head.i != s.i:
            s = s.head  # "X, Y and Z": scanning backwards meets Y first
        people = [resolve(x, da) for x in expand([s]) if x is s or x.dep_ != "appos"]
        people = [p for p in people if p and da.kind(p) == "Person"]
        if len(people) >= 2:
            return people
        if people or resolve(s, da):
            return []  # the nearest acting subject is a single actor
    return []


def authors(t: Token, da: DocActors, depth: int = 0) -> list[str]:
    """'The lawsuit, filed by Bonta, argues …', 'Newsom's letter says …': who speaks through a
    document."""
    out: list[str] = []
    for c in t.children:
        if c.dep_ == "poss":
            a = resolve(c, da)
            if a:
                out.append(a)
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in da.res.obtaining_verbs:
            out += [a for p in prep_objects(c, frozenset({"from"})) if (a := resolve(p, da))
                    and a not in out and da.kind(a) != "Location"]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            for g in c.children:
                if g.dep_ == "agent":
                    for p in g.children:
                        a = resolve(p, da) if p.dep_ == "pobj" else None
                        if a and a not in out:
                            out.append(a)
    # "A DHS statement", "a statement from the White House", "a statement on DHS's X account"
    for c in t.children:
        owners = [c] if c.dep_ == "compound" else [
            p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in (
            "from", "by", "of") else [
            w for p in c.children if p.dep_ == "pobj" for w in p.children
            if w.dep_ in ("poss", "compound")] if c.dep_ == "prep" and c.lower_ == "on" else []
        out += [a for o in owners if (a := resolve(o, da)) and a not in out
                and da.kind(a) != "Location" and a not in da.res.venues]
    if not out and depth < 3 and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS
                                     for c in t.children):
        # "Trump posted on Truth Social. The post called Newsom …": who issued one just before
        lo = da.sent(t).start
        if lo > 0:
            lo = da.sent(lo - 1).start
        suit = t.lemma_.lower() in da.res.suit_words  # ("Newsom sued … The lawsuit names …")
        for v in reversed(da.doc[lo:t.i]):
            if v.pos_ == "VERB" and (v.lemma_.lower() in da.res.issuing_verbs or suit and (
                    v.lemma_.lower() in da.res.suit_words)):
                # (depth: "The suit … The suit sued …" must not look itself up for ever)
                found, passive = subject_actors(v, da, depth + 1)
                if found and not passive:
                    return found
    return out


def _titled_holder(t: Token, da: DocActors) -> Token | None:
    """The person named last in an organisation's "of" phrase, after a title: "Department of
    Homeland Security Secretary Kristi Noem" (the parser makes the department the head)."""
    a = resolve(t, da)
    r = t.right_edge
    if a is None or da.kind(a) != "Organization" or r.i == t.i or r.pos_ != "PROPN" or not any(
            x.dep_ == "prep" and x.lower_ == "of" and x.i < r.i for x in t.children):
        return None
    p = da.tok.get(r.i)
    if p is None or p == a or da.kind(p) != "Person":
        return None
    j = r.i
    while j > t.i and da.tok.get(j - 1) == p:
        j -= 1
    return r if j > t.i and t.doc[j - 1].lower_ in da.res.titles else None


def stray_members(o: Token, da: DocActors) -> list[Token]:
    """The ones an "including" phrase set off after an object names, when that object names
    no people ("Republican leaders have supported the president's moves, including Lt. Gov.
    Randy McNally"): they belong to the subject, not to the object."""
    res = da.res
    out: list[Token] = []
    for x in o.subtree:
        h = x.head
        if x.dep_ == "prep" and x.lower_ == "including" and x.i > 0 and x.nbor(-1).text == "," and (
                h.pos_ == "NOUN" and h.dep_ == "dobj" and not h.ent_type_ and resolve(h, da) is None
                and not any(c.dep_ == "conj" for c in h.children)) and (
                h.lemma_.lower() not in res.people_heads):
            out += expand([p for p in x.children if p.dep_ == "pobj"])
    return out


def object_actors(o: Token, da: DocActors, depth: int = 0, modifiers: bool = True,
                  patients: bool = True) -> list[str]:
    """Actors an object phrase points at: itself, its possessor/compound, "deployment of X".

    With ``modifiers=False`` a compound does not make an issue phrase point at an actor
    ("backed the National Guard deployment" is about the deployment, not the Guard)."""
    out: list[str] = []
    stray = {p.i for p in stray_members(o, da)}
    if o.lower_ in ANYONE:
        # "arrest anyone who obstructs ICE, including Newsom" (wherever "including" hangs)
        out += [a for x in o.subtree if x.dep_ == "prep" and x.lower_ == "including"
                for p in expand([w for w in x.children if w.dep_ == "pobj"])
                if (a := resolve(p, da)) and a not in out]
    for t in expand([o]):
        if t.i in stray:
            continue  # "backed the president's moves, including Lt. Gov. McNally": a backer
        if t.dep_ == "appos" and t.lemma_.lower() in da.res.move_nouns:
            continue  # "federalized the Guard, a decision Newsom called illegal": the act
        if t.head.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                w.lower_ in da.res.relative_pronouns for w in c.children) for c in t.children):
            # "Bennett and Miller, both of whom were appointed by Trump": each of them
            out += [x for w in expand([t.head.head]) if (x := resolve(w, da)) and x not in out]
            continue
        a = resolve(t, da)
        if not a and t.lemma_.lower() in da.res.counterpart_nouns:
            continue  # "blamed the attack on ICE's critics": not ICE
        if a:
            if a not in out:
                out.append(a)
            if t.i not in da.tok:
                # "members of the Guard and Marines": each body the part is of
                out += [xa for p in prep_objects(t, frozenset({"of"})) if resolve(p, da) == a
                        for x in p.conjuncts if (xa := resolve(x, da)) and xa not in out]
            # "Border Patrol and ICE units": coordinated modifiers ("sues Trump and Defense
            # Secretary Pete Hegseth": hung on the title inside the name, too)
            mods = list(t.children)
            mods += [g for c in mods if c.dep_ == "compound" for g in c.children]
            for c in mods:
                if c.dep_ in ("nmod", "compound") and any(x.dep_ == "conj" for x in c.children):
                    for x in expand([c]):
                        xa = resolve(x, da)
                        if xa and xa not in out:
                            out.append(xa)
            continue
        if t.lower_ in ("what", "it", "which") or t.lemma_.lower() in da.res.issue_anaphors:
            # "condemned what he called 'cruel operations'": the "as" complement
            for c in t.head.children if t.dep_ == "dobj" else []:
                if c.dep_ == "prep" and c.lower_ == "as":
                    for p in c.children:
                        if p.dep_ == "pobj" and depth < 2:
                            out += [x for x in object_actors(p, da, depth + 1, modifiers)
                                    if x not in out]
        found = []
        is_issue = t.i in da.issue_heads
        said = t.lemma_.lower() in da.res.utterance_nouns
        act = t.lemma_.lower() in da.res.act_nouns
        # "rejected an emergency motion filed by DHS": a request is its maker's ("a chaotic
        # escalation by Trump": the one escalating)
        made = act or said or t.lemma_.lower() in da.res.request_nouns | da.res.escalation_nouns
        # ("detained a Tufts University student": the student, not the university)
        one = t.lemma_.lower() in da.res.individual_nouns
        for c in t.children:
            # ("praised the Guard troops": the troops are the Guard)
            members = t.lemma_.lower() in da.res.troop_nouns and c.dep_ == "compound"
            if c.dep_ == "poss" or not one and (c.dep_ in ("compound", "nmod", "amod") and (
                    modifiers or not is_issue or members) and (patients or not act)):
                # ("challenged the Guard deployment" is about the deployment, not the Guard)
                ca = resolve(c, da)
                if ca and ca not in found:
                    found.append(ca)
            elif is_issue or made:
                # the doer, like a possessor: "the raids by ICE", "the raids, carried out by
                # ICE,", "the deployment ordered by Trump", "the pushback from Newsom"
                for ag in _doers(c, said):
                    ca = resolve(ag, da)
                    if ca and ca not in found:
                        found.append(ca)
        if t.dep_ == "dobj" and (is_issue or made):
            # the parser hangs the doer on the verb: "criticized the raids by ICE",
            # "dismissed the pushback from Newsom"
            for c in t.head.children:
                if 0 < c.i - t.right_edge.i <= 2:
                    for ag in _doers(c, said):
                        ca = resolve(ag, da)
                        if ca and ca not in found:
                            found.append(ca)
        activity = t.lemma_.lower() in da.res.activity_nouns
        # ("Huerta, president of SEIU California": his union, not the one acted on)
        role = t.dep_ == "appos" and t.lemma_.lower() in da.res.titles
        conduct = t.lemma_.lower() in da.res.conduct_nouns
        # ("brushed off criticism of the Guard": waved off, aimed at the critics only)
        waved = said and t.dep_ == "dobj" and t.head.lemma_.lower() in da.res.dismissing_verbs
        if not found and not role and not waved and depth < 2 and (
                modifiers or not (is_issue or activity) or conduct) and (
                patients or not (is_issue or act or activity) or conduct) and (
                patients or t.lemma_.lower() not in da.res.patient_nouns):
            # (not "denounced the murders of Kirk": whom it was done to)
            # ("defended the deployment of the Guard" is about the deployment; "the actions
            # of ICE agents" are theirs)
            for c in t.children:
                # ("backed the lawsuit against Trump" does not back Trump)
                # ("criticized conditions at the ICE facility": its keeper's)
                if c.dep_ == "prep" and (c.lower_ in (("of", "against") if modifiers else ("of",))
                                         or c.lower_ in ("at", "in") and t.lemma_.lower()
                                         in da.res.condition_nouns):
                    for p in c.children:
                        # (not "the deployment against the wishes of Newsom": acts.overruled)
                        if p.dep_ == "pobj" and p.lemma_.lower() not in da.res.objections:
                            found += object_actors(p, da, depth + 1, modifiers)
                elif c.dep_ == "relcl" and not judging(c, da):
                    for s in c.children:
                        if s.dep_ == "nsubj":
                            sa = resolve(s, da)
                            if sa:
                                found.append(sa)
        for f in found:
            if f not in out:
                out.append(f)
    return out


def judging(v: Token, da: DocActors) -> bool:
    """A verb that judges what it is about rather than doing it ("the decision Bass
    criticized", "a claim Newsom rejected"): its subject is no doer of the noun."""
    lem = v.lemma_.lower()
    rule = da.res.verb_rule(lem)
    return lem in da.res.labelling or (
        rule is not None and (rule.type in JUDGING_TYPES or rule.type == "SUES"))


ANAPHORIC_DETS = frozenset({"the", "that", "this", "those", "these"})
INQUIRY_PREPS = frozenset({"into", "of"})


def makers(n: Token, da: DocActors) -> list[str]:
    """Who made the act or the remark that a noun names again after its clause, with a
    relative clause judging it: "sent 700 Marines, a move that Bass called an escalation" (the
    one who sent them); "said Newsom should be jailed, a remark the governor called
    disgraceful", "called the protests an insurrection, a claim Bass rejected" (the one who
    said it)."""
    res = da.res
    lem = n.lemma_.lower()
    said = lem in res.remark_nouns
    if not (said or lem in res.move_nouns) or _owned(n) or not any(
            c.dep_ in ("relcl", "acl") and any(x.dep_ == "nsubj" for x in c.children)
            for c in n.children):
        return []
    gov = n.head
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head  # ("removed from office, a remark …": hung on the last noun)
    if n.dep_ not in ("dobj", "npadvmod", "appos", "oprd") or n.i < gov.i or gov.pos_ not in (
            "VERB", "AUX"):
        return []
    if said:
        while gov.lemma_.lower() not in res.reporting | res.labelling and gov.dep_ in (
                "ccomp", "conj", "xcomp") and gov.head.i != gov.i:
            gov = gov.head
        if gov.lemma_.lower() not in res.reporting | res.labelling:
            return []
    movers, passive = subject_actors(gov, da)
    return [] if passive else movers


ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "those"})
EVENT_SENTENCES = 2  # how many sentences back the act a noun names again may be
MOVE_TYPES = frozenset({"ORDERS"})  # what "the move", "the decision" name again


def event_anaphors(da: DocActors, acts: list, sink: Sink) -> None:
    """Judging an act named again by a noun judges its doer: "Agents detained Huerta on
    Friday. The union condemned the arrest" (the agents), "Bonta sued the administration …
    A spokeswoman dismissed the lawsuit" (Bonta). The doer is the one who did the latest act
    of the noun's kind shortly before; when the noun names its patient ("Huerta's detention",
    "the treatment of Padilla"), an act on that patient."""
    res = da.res
    affiliated = {frozenset(a[:2]) for a in da.affiliations}
    done = [(v, typ, srcs, objs, mode) for srcs, v, typ, objs, mode in acts
            if srcs and mode in ("asserted", "reported")]
    for sources, v, typ, objs, mode in acts:
        if typ not in JUDGING_TYPES or not sources or mode == "negated":
            continue
        for o in objs:
            lem = o.lemma_.lower()
            kinds = res.event_nouns.get(lem)  # (None: a move noun, which names an order)
            patient = lem in res.patient_nouns  # ("Huerta's detention": whom it was done to)
            if kinds is None and lem not in res.move_nouns or not patient and object_actors(
                    o, da):
                continue
            if o.tag_ in ("NNS", "NNPS"):
                continue  # "condemned the raids": the campaign, not one act told of before
            if any(c.dep_ == "prep" and c.lower_ == "by" for c in o.children):
                continue  # "the raid by ICE": its doer named (object_actors reads it)
            named = [a for c in o.children for a in (
                [da.tok.get(c.i)] if c.dep_ == "poss" else
                [da.tok.get(p.i) for p in c.children if p.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ == "of" else []) if a]
            if named and not patient:
                continue
            if not named and not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS
                                     for c in o.children):
                continue  # "condemned raids" in general, not one told of before
            doers: list[str] = []
            sent = da.sent(o)
            earliest = sent.start
            for _ in range(EVENT_SENTENCES):
                if earliest > 0:
                    earliest = da.sent(earliest - 1).start
            for w, wtyp, wsrcs, wobjs, _m in reversed(done):
                if w.i >= o.i or w.i == v.i or da.sent(w).start < earliest:
                    continue
                if w.lemma_.lower() not in kinds if kinds is not None else wtyp not in MOVE_TYPES:
                    continue
                if named and not set(named) & {a for x in wobjs for a in object_actors(x, da)}:
                    continue
                doers = wsrcs
                break
            conf = BASE_CONFIDENCE["fallback"] * factor(mode)
            for s in sources:
                for d in doers:
                    if d not in sources and da.kind(d) != "Location" and (
                            frozenset((s, d)) not in affiliated):
                        sink.add(s, d, typ, conf, mode, f"anaphor:{lem}", v.text, da.sent(v))


def remark_speakers(n: Token, da: DocActors) -> list[str]:
    """"The remark", "those comments" just after a sentence that reports someone's words:
    that speaker ("Johnson said … . Newsom called the remark disgraceful")."""
    # ("called the comment offensive" is parsed with the determiner on the adjective)
    near = [*n.children, *(n.head.children if n.dep_ == "compound" else ())]
    if n.lemma_.lower() not in da.res.remark_nouns or _owned(n) or not any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in near):
        return []
    sent = da.sent(n)
    if sent.start == 0:
        return []
    root = da.sent(sent.start - 1).root
    if root.lemma_.lower() not in da.res.reporting:
        return []
    speakers, passive = subject_actors(root, da)
    return [] if passive else speakers


def _owned(n: Token) -> bool:
    """'Trump's remark', 'the remarks by Trump': its owner is named (object_actors reads it)."""
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
               for c in n.children)


def _doers(c: Token, said: bool) -> list[Token]:
    """The doer a noun's modifier names: its "by" agent, and for what is said (``said``) its
    "from" speaker ("the pushback from Newsom")."""
    return by_agents(c) + ([p for p in c.children if p.dep_ == "pobj"]
                           if said and c.lower_ == "from" else [])


def by_agents(c: Token) -> list[Token]:
    """The "by" phrase of a noun's modifier: a "by" preposition or a participle's agent."""
    if c.dep_ == "prep" and c.lower_ == "by":
        return [p for p in c.children if p.dep_ == "pobj"]
    if c.dep_ in ("acl", "advcl", "conj") and c.tag_ == "VBN":  # (misparses too)
        return [p for a in c.children if a.dep_ == "agent" for p in a.children
                if p.dep_ == "pobj"]
    return []


def direct_objects(v: Token) -> list[Token]:
    objs = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    # "sending 700 Marines to LA, escalating Trump's response": a second object after a
    # comma is a misparsed participle phrase, not something the verb acts on
    objs = [o for k, o in enumerate(objs) if k == 0 or not any(
        t.text == "," for t in v.doc[objs[0].i:o.left_edge.i])]
    if objs:
        # "deployed 2,000 troops along with 700 Marines": a second object
        # (before the verb it goes with the subject: "Newsom, along with Bonta, filed …")
        objs += [p for a in v.children if a.lower_ in ("along", "together") and a.dep_ in (
            "prep", "advmod") and a.i > v.i for w in a.children if w.lower_ == "with"
                 for p in w.children if p.dep_ == "pobj"]
        # "deployed 2,000 Guard troops and at least 500 Marines": a second object the parser
        # hung on the verb as a conjunct (a noun, with no verb or subject of its own)
        objs += [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                 and c.i > objs[0].i and not any(x.dep_ in ("nsubj", "nsubjpass", "aux")
                                                 for x in c.children)
                 and (not any(t.text == "," for t in v.doc[objs[0].i:c.left_edge.i])
                      # ("mobilized 700 Marines from Twentynine Palms, Calif., and 2,000
                      # Guard troops": past commas, an "and" on the verb joins the list)
                      or any(x.dep_ == "cc" and x.lower_ == "and" and x.i == c.left_edge.i - 1
                             for x in v.children)
                      and not any(t.pos_ in ("VERB", "AUX") for t in v.doc[objs[0].i:c.i]))]
    return objs


def prep_objects(v: Token, preps: frozenset[str]) -> list[Token]:
    out = []
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in ("prt", "dative") and c.lower_ in preps:
            # "stand with" parsed as a particle; "issued a warning to Newsom" as a dative
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def infinitive(v: Token) -> bool:
    """Is the verb a "to" infinitive ("to stop the raids")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def in_quote(t: Token, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= t.i < e for s, e in quotes)


def neither_subject(v: Token) -> bool:
    """'Neither the city nor the sheriff condone this': a subject joined by "nor"."""
    return any(g.lower_ in ("neither", "nor") and g.dep_ in ("preconj", "cc")
               for s in v.children if s.dep_ in ("nsubj", "nsubjpass") for g in s.children)


def mode_of(v: Token, da: DocActors, quotes: list[tuple[int, int]]) -> str:
    res = da.res
    chain = [v]
    cur = v
    for _ in range(3):
        if cur.dep_ in ("xcomp", "conj", "pcomp", "advcl", "ccomp", "acl") and cur.head.i != cur.i:
            cur = cur.head
            if cur.dep_ == "prep" and chain[-1].dep_ == "pcomp" and cur.head.pos_ == "VERB":
                cur = cur.head  # "refrained from criticizing": the verb of the preposition
            chain.append(cur)
        else:
            break
    if _denied(v, res):
        return "negated"  # "denied that the governor had criticized the LAPD"
    if infinitive(v) and (frame := _performed(v, res)) is not None:
        # "I want to thank the president", "took the opportunity to thank Trump": saying it
        # does it
        return mode_of(frame, da, quotes)
    if v.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that"
                                          for c in v.children) and any(
            c.dep_ == "det" and c.lower_ in res.negation for c in v.head.children):
        return "negated"  # "found no evidence that the authorities had failed"
    if v.dep_ == "conj" and any(x.lower_ == "nor" and v.head.i < x.i < v.i
                                for x in v.head.children):
        return "negated"  # "did not criticize ICE, nor did he condemn the protesters"
    if v.dep_ == "conj" and any(x.dep_ == "cc" and x.lower_ == "or" and v.head.i < x.i < v.i
                                for x in v.head.children) and not any(
            c.dep_ in ("nsubj", "aux", "neg") for c in v.children) and any(
            c.dep_ == "neg" or c.lower_ in ("never", "not") for c in v.head.children):
        return "negated"  # "we do not need or want the Guard": the "not" covers both
    if v.dep_ == "pcomp" and v.head.lower_ == "from" and (
            v.head.head.lemma_.lower() in res.preventing_verbs | res.restricting_verbs):
        b = v.head.head
        # ("sued to block Trump from sending troops", "a lawsuit to block …": not blocked yet)
        sought = b.dep_ in ("acl", "xcomp", "advcl") and b.head.lemma_.lower() in (
            res.request_nouns | res.intent_nouns | res.intent_verbs | res.directive_verbs
            | res.attempt_nouns | res.suing_verbs | res.suit_words)
        # "refused a bid to block Trump from deploying the Guard": the block never came
        if not sought and mode_of(b, da, quotes) in ("asserted", "reported"):
            return "negated"  # "blocked Trump from deploying the Guard"
    # negation: on the verb or on a verb it is the complement of ("did not order X to …")
    for i, c in enumerate(chain):
        if i > 0 and chain[i - 1].dep_ in ("conj", "advcl", "ccomp") and not (
                chain[i - 1].dep_ == "advcl" and chain[i - 1].tag_ == "VB" and infinitive(chain[i - 1])):
            # (but an act's purpose is as unreal as the act: "declined to issue an order to
            # stop Trump")
            break
        if i > 0 and c.lemma_.lower() == "rule" and any(
                ch.dep_ == "prt" and ch.lower_ == "out" for ch in c.children):
            # "did not rule out arresting Newsom": a threat kept open; "ruled out arresting
            # him": not to be done
            negs = any(ch.dep_ == "neg" for ch in c.children) or any(
                x.lemma_.lower() in res.negating_verbs for x in chain[i + 1:i + 2])
            return "hypothetical" if negs else "negated"
        if i > 0 and chain[i - 1].dep_ == "xcomp" and c.lemma_.lower() in res.reluctance_verbs:
            continue  # "would not hesitate to arrest Bass": the arrest is meant
        if i > 0 and chain[i - 1].dep_ == "xcomp" and c.lemma_.lower() in ("have", "be") and any(
                ch.lower_ == "yet" for ch in c.children):
            return "negated"  # "has yet to endorse Noem"
        if i > 0 and c.lemma_.lower() in res.continuation_verbs | {"stop", "cease", "quit"} and (
                any(ch.dep_ == "neg" for ch in c.children)):
            break  # "never stopped criticizing Noem": the criticism goes on
        for ch in c.children:
            if ch.dep_ == "neg" or (ch.lower_ in res.negation and ch.dep_ in ("advmod", "det")):
                return "negated"
            if ch.lower_ == "longer" and any(x.lower_ == "no" for x in ch.children):
                return "negated"  # "no longer backs Newsom"
            if ch.lower_ == "nor" and any(a.dep_ == "aux" and a.i > ch.i for a in c.children):
                return "negated"  # "Nor did Bass criticize the officers"
        if i == 0 and neither_subject(c):
            return "negated"
        if i > 0 and c.lemma_ in res.negating_verbs:
            return "negated"
    if v.dep_ in ("advcl", "xcomp") and infinitive(v) and any(
            x.lemma_.lower() in res.insufficient_words for x in (
                v.head, *(c for c in v.head.children if c.dep_ in ("oprd", "acomp")))):
        return "negated"  # "found the evidence insufficient to justify the deployment"
    if v.dep_ == "pcomp" and v.head.lower_ == "without":
        return "negated"  # "commandeered the Guard without consulting with local leaders"
    if v.dep_ == "pcomp" and v.head.lower_ == "of" and (v.head.head.lower_ == "short" or any(
            c.lower_ == "short" and c.i == v.head.i - 1 for c in v.head.head.children)):
        return "negated"  # "stopped short of criticizing Trump", "fell short of endorsing"
    if v.dep_ == "pcomp" and v.head.lower_ == "of" and any(
            c.lower_ == "instead" for c in v.head.children) or v.dep_ == "advcl" and any(
            c.lower_ == "than" and c.dep_ == "mark" for c in v.children) and any(
            c.lower_ == "rather" for c in v.children):
        return "negated"  # "Instead of criticizing the protesters, …", "Rather than blame …"
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and any(
            c.dep_ == "acomp" and c.lower_ in res.plea_words and any(
                n.dep_ == "neg" for n in c.children) for c in v.head.head.children):
        return "negated"  # "pleaded not guilty to obstructing an operation": a denial
    if v.dep_ == "pcomp" and v.head.lower_ == "of" and (
            v.head.head.lemma_.lower() in res.acquittal_verbs):
        return "negated"  # "a jury acquitted Ruiz of assaulting an agent"
    # "should consider censuring him": a modal on the verb or on the one it completes
    modal = [v] + [c for k, c in enumerate(chain[1:], 1) if chain[k - 1].dep_ == "xcomp"]
    # ("announced it would send 700 Marines": a decision made known, the past's future)
    announced = v.dep_ == "ccomp" and v.head.lemma_.lower() in res.announcing_verbs
    for x in modal:
        for ch in x.children:
            if announced and ch.dep_ == "aux" and ch.lower_ == "would":
                continue
            if (ch.dep_ == "aux" and ch.lower_ in res.hypothetical) or (
                    ch.dep_ == "mark" and ch.lower_ in res.hypothetical):
                return "hypothetical"
    if v.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in res.hypothetical
                                 for ch in v.children):
        return "hypothetical"
    if _only_possible(v, res):
        return "hypothetical"
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children) for c in v.children):
        return "hypothetical"  # '"If Newsom interferes, I will arrest him"': on a condition
    # "asked him if he'd have Trump send the Marines": the clause a question or condition holds
    if len(chain) > 1 and v.dep_ in ("ccomp", "xcomp") and chain[1].dep_ in (
            "advcl", "ccomp") and any(ch.dep_ == "mark" and ch.lower_ in res.hypothetical
                                      for ch in chain[1].children):
        return "hypothetical"
    sent = da.sent(v)
    if not in_quote(v, quotes) and sent.text.rstrip(" \n\"'\u201d\u2019").endswith("?") and not any(
            qs <= sent.end - 2 < qe for qs, qe in quotes):
        return "hypothetical"  # "Will Newsom sue Trump over the Marines?": asked, not told
    if in_quote(v, quotes):
        return "reported"
    if v.dep_ == "conj" and v.head.dep_ == "ccomp" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and (
            v.head.head.lemma_.lower() in res.reporting | res.ruling_verbs):
        rep = v.head.head
        own = [t.i for t in subjects(v, da)[0]]
        if own and own == [t.i for t in subjects(rep, da)[0]]:
            # "McDonnell said the curfew worked and defended his officers": the second verb,
            # hung on the reported clause, is the speaker's own act
            return mode_of(rep, da, quotes)
    cur = v
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "conj", "xcomp", "advcl") or cur.dep_ == "ROOT":
            h = cur.head
            if cur.dep_ == "ccomp" and h.lemma_ in res.reporting:
                return "reported"
            cur = h
        else:
            break
    return "asserted"


def _only_possible(v: Token, res) -> bool:
    """An infinitive that a capacity word governs: "easier for residents to sue ICE", "the
    ability of agents to arrest migrants" (lexicon ``capacity_words``), unless the capacity
    is used ("invoked his authority to federalize the Guard")."""
    if v.dep_ not in ("advcl", "acl", "xcomp") or not infinitive(v):
        return False
    h = v.head
    if h.lemma_.lower() not in res.capacity_words and h.lower_ not in res.capacity_words:
        return False
    return not (h.dep_ == "dobj" and h.head.lemma_.lower() in res.exercising_verbs)


def _denied(v: Token, res) -> bool:
    """An act in what someone denies: "denied that X had …", "rejected claims that X …",
    "disputed reports that X …", "pushed back against reports that X …"."""
    cur = v
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "acl", "conj") or cur.head.i == cur.i:
            return False
        h = cur.head
        if cur.dep_ == "conj":
            cur = h
            continue
        against = False
        if h.pos_ == "NOUN" and h.lemma_.lower() in res.denied_nouns and h.dep_ in ("dobj", "pobj"):
            against = h.dep_ == "pobj" and h.head.lower_ == "against"
            h = h.head if h.dep_ == "dobj" else h.head.head
        if h.pos_ == "VERB" and (h.lemma_.lower() in res.denying_verbs or against and any(
                ch.dep_ in ("prt", "advmod") and ch.lower_ == "back" for ch in h.children)) and not any(
                ch.dep_ == "neg" for ch in h.children):
            return True
        cur = h
    return False


def _performed(v: Token, res) -> Token | None:
    """'want to thank', 'took the opportunity to thank': the verb that frames a speech act
    said in doing it (lexicon ``performative_verbs``, ``performative_frames``), or None."""
    if v.lemma_.lower() not in res.performative_verbs or (
            v.head.lemma_.lower() not in res.performative_frames):
        return None
    if v.dep_ == "xcomp":
        return v.head
    if v.dep_ == "acl" and v.head.head.pos_ in ("VERB", "AUX"):
        return v.head.head
    return None


def intended(v: Token, da: DocActors) -> bool:
    """'threatened to arrest Newsom', 'vowed to sue', 'dared Homan to arrest him': an act
    intended or called for, not done (its doer's stance is real all the same); "Trump's
    threat to arrest Newsom", "a plan to deploy the Marines" (lexicon intent_nouns)."""
    if v.dep_ == "xcomp" and _performed(v, da.res) is not None:
        return False  # "I want to thank the president": said, so done
    if v.dep_ == "acl" and v.head.lemma_.lower() in da.res.intent_nouns and infinitive(v):
        return True
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i > 0 and da.doc[to.i - 1].lemma_.lower() in da.res.intent_nouns:
        return True  # "doubled down on his threat to arrest …" with the verb hung elsewhere
    if v.dep_ == "ccomp" and infinitive(v) and v.head.lemma_.lower() in da.res.intent_verbs:
        return True  # "local leaders want him to deploy the Guard": wished, not done
    for g in _governors(v):
        if g.lemma_.lower() in da.res.continuation_verbs:
            return False  # "vowed to keep fighting Trump": the fight goes on already
        if g.lemma_.lower() in da.res.intent_verbs | da.res.asking_verbs:
            return True  # ("asked Newsom to deploy the CHP": asked for, not done)
    return False


def asked_for(v: Token, da: DocActors) -> bool:
    """An act someone was asked, urged or called on to do ("called on Pritzker to condemn
    the rioters"): requested, not done."""
    # ("called on X to condemn …" is also parsed with an adverbial clause)
    return any(g.lemma_.lower() in da.res.asking_verbs or g.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ == "on" for c in g.children)
        for g in _governors(v, advcl=True))


def _governors(v: Token, advcl: bool = False) -> Iterator[Token]:
    """The verbs an infinitive hangs from, nearest first, up to three ("vowed to try to
    sue": try, vowed); ``advcl``: the first may hang as an adverbial clause."""
    cur = v
    for k in range(3):
        to = infinitive(cur)
        if not (cur.dep_ == "xcomp" or advcl and k == 0 and to and cur.dep_ == "advcl") or (
                cur.head.i == cur.i):
            return
        cur = cur.head
        yield cur


def factor(mode: str) -> float:
    return {"asserted": 1.0, "reported": 0.9, "hypothetical": 0.6, "negated": 0.8}[mode]


def interactions(da: DocActors, matches: list[tuple[str, Token]], quotes: list[tuple[int, int]],
                 sink: Sink, acts: list) -> None:
    """Lexicon verbs, nouns and adjectives. ``acts`` collects (source, verb token, type,
    object tokens, mode) for the stance rules."""
    res = da.res
    for t in da.doc:
        if t.lemma_.lower() in res.suit_words or t.lemma_.lower() in res.request_nouns:
            # "California's lawsuit", "denied California's request": the state is a party
            # before any rule reaches the suit ("a brief supporting California's lawsuit"
            # backs the state)
            da.acting.update(a for c in t.children if c.dep_ == "poss"
                             and (a := da.tok.get(c.i)) and da.kind(a) == "Location")
        elif t.lemma_.lower() == "side" and t.pos_ == "VERB":
            # "the judge sided with California": a party to the case
            da.acting.update(a for p in prep_objects(t, frozenset({"with"}))
                             if (a := da.tok.get(p.i)) and da.kind(a) == "Location")
    for label, t in matches:
        if label == "VERB" and t.pos_ == "VERB":
            _verb(da, t, res.verbs[t.lemma_.lower()], quotes, sink, acts)
        elif label == "NOUN":
            _noun(da, t, res.nouns[t.lemma_.lower()], quotes, sink, acts)
        elif label in ("ADJ",) or (label == "VERB" and t.pos_ == "ADJ"):
            rule = res.adjectives.get(t.lemma_.lower())
            if rule:
                _adj(da, t, rule, quotes, sink, acts)
        elif label == "BLAME":
            _blame(da, t, quotes, sink)
    for t in da.doc:
        if t.tag_ == "VBN" and t.lower_ in res.adjectives and t.lemma_.lower() not in (
                res.adjectives) and any(c.dep_ == "auxpass" for c in t.children):
            # "Trump is frustrated with ICE" parsed as a passive verb: the adjective
            _adj(da, t, res.adjectives[t.lower_], quotes, sink, acts)
    if res.fallback_verbs:
        # permissive fallback: a broad verb-polarity vocabulary, low confidence
        for t in da.doc:
            if t.pos_ == "VERB":
                lem = t.lemma_.lower()
                rule = res.fallback_verbs.get(lem)
                if rule and lem not in res.phrasal and (
                        lem not in res.verbs or _own_prep(t, res.verbs[lem], rule)):
                    _verb(da, t, rule, quotes, sink, acts, fallback=True)
    for t in da.doc:
        if t.pos_ == "VERB" and t.lemma_.lower() in res.holding_verbs:
            _held_responsible(da, t, quotes, sink)
        elif t.pos_ == "VERB" and _aided(t, da):
            _aid(da, t, quotes, sink)
        elif t.pos_ == "VERB" and verb_in(t, da.res.handover_verbs):
            _handover(da, t, quotes, sink)
        elif t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in res.side_nouns:
            _side_noun(da, t, sink)
        elif t.lemma_.lower() in ("aim", "direct") and t.dep_ == "acl" and (
                t.head.lemma_.lower() in res.utterance_nouns):
            _aimed_remark(da, t, quotes, sink)
    if res.phrasal:
        for t in da.doc:
            rules = res.phrasal.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
            if rules:
                _phrasal(da, t, rules, quotes, sink, acts)


def _side_noun(da: DocActors, n: Token, sink: Sink) -> None:
    """'Trump ally Stephen Miller', 'Vance, a close ally of Trump', 'Schiff, a longtime critic
    of the president': the person so described takes that side."""
    owners = [a for c in n.children if c.dep_ in ("poss", "compound") and c.pos_ in (
        "PROPN", "PRON") for a in [resolve(c, da)] if a] + [
        a for p in prep_objects(n, frozenset({"of"})) for a in object_actors(p, da)]
    holder, mode = side_holders(da, n)
    typ = da.res.side_nouns[n.lemma_.lower()]
    for h in holder:
        for o in owners:
            if h and o and h != o and da.kind(h) != "Location" and da.kind(o) != "Location":
                sink.add(h, o, typ, BASE_CONFIDENCE["noun"], mode,
                         f"pattern:side-{n.lemma_.lower()}", n.text, da.sent(n))


def side_holders(da: DocActors, n: Token) -> tuple[list[str | None], str]:
    """Who a side noun ("ally", "critic") describes, and the mode ("no ally": negated)."""
    # "Noem, one of Trump's closest allies": the "one" stands where the noun would
    one = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" and (
        n.head.head.lower_ == "one") else n
    if one.dep_ == "appos" or n.dep_ == "compound" and n.head.pos_ == "PROPN":
        holder = [da.tok.get(one.head.i)]  # "Vance, a close ally …", "Trump ally Stephen Miller"
    else:
        holder = [da.tok.get(c.i) for c in one.children if c.dep_ == "appos"]
    gov = one.head.head if one.dep_ == "pobj" and one.head.lower_ == "as" else one.head
    if not any(holder) and (one.dep_ == "attr" or gov.i != one.head.i) and gov.pos_ in (
            "VERB", "AUX"):
        # "Newsom is a fierce critic of Trump", "has emerged as one of Trump's sharpest critics"
        holder = [da.tok.get(c.i) for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Newsom's critics, including Sheriff Chad Bianco"
    holder += [da.tok.get(p.i) for w in prep_objects(n, frozenset({"including"}))
               for p in expand([w])]
    # "Newsom is no ally of Trump", "is not a critic of …"
    mode = "negated" if any(c.dep_ == "det" and c.lower_ == "no" for c in n.children) or (
        gov.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in gov.children)) else (
        "asserted")
    return holder, mode


def _aimed_remark(da: DocActors, v: Token, quotes, sink: Sink) -> None:
    """'Homan warned that anyone who obstructs agents will be prosecuted, a remark aimed at
    Newsom': the one who made the remark aims it at them."""
    edge = v.head.left_edge.i
    if edge == 0 or da.doc[edge - 1].text != ",":
        return  # "condemned rhetoric directed at ICE": a remark the clause is about, not one
        # set off after it (", a remark aimed at Newsom")
    targets = [a for p in prep_objects(v, frozenset({"at"})) for a in object_actors(p, da)]
    root = da.sent(v).root
    sources, passive = subject_actors(root, da)
    if passive or not targets:
        return
    threat = v.head.lemma_.lower() in ("threat", "warning") or (
        da.res.verb_type(root.lemma_) == "THREATENS")
    mode = mode_of(root, da, quotes)
    for s in sources:
        for a in targets:
            if a != s and da.kind(a) != "Location":
                sink.add(s, a, "THREATENS" if threat else "CRITICIZES",
                         BASE_CONFIDENCE["noun"] * factor(mode), mode,
                         f"pattern:aimed-{v.head.lemma_.lower()}", v.text, da.sent(v))


def _aided(v: Token, da: DocActors) -> list[Token]:
    """Whom a verb comes to the aid of: 'rushed to Huerta's defense', 'came to the aid of the
    city' (no direct object: not "sent troops to the aid of …")."""
    if direct_objects(v):
        return []
    return [w for p in prep_objects(v, frozenset({"to"})) if p.lemma_.lower() in da.res.aid_nouns
            for w in owner_tokens(p)]


def _aid(da: DocActors, v: Token, quotes, sink: Sink) -> None:
    sources, passive = subject_actors(v, da)
    mode = mode_of(v, da, quotes)
    for s in [] if passive else sources:
        for a in dict.fromkeys(a for w in expand(_aided(v, da)) if (a := resolve(w, da))):
            if a != s:
                da.acting.add(a)
                sink.add(s, a, "SUPPORTS", BASE_CONFIDENCE["verb"] * 0.9 * factor(mode), mode,
                         f"pattern:aid-{v.lemma_.lower()}", v.text, da.sent(v))


def verb_in(v: Token, words: frozenset[str]) -> bool:
    """Is the verb, or the verb with its particle ("carry out", "turn over"), one of
    these lexicon words?"""
    lem = v.lemma_.lower()
    return lem in words or any(c.dep_ == "prt" and f"{lem} {c.lower_}" in words
                               for c in v.children)


def fires_back(v: Token, res) -> bool:
    """'fired back', 'hit back': a comeback verb with its "back" (lexicon ``comeback_verbs``)."""
    return v.lemma_.lower() in res.comeback_verbs and any(c.lower_ == "back" for c in v.children)


def _handover(da: DocActors, v: Token, quotes, sink: Sink) -> None:
    """'The sheriff's office transferred 20 inmates to ICE custody', 'turned them over to
    ICE': handing people to an immigration agency (issues.yaml ``refused``) cooperates with
    it (the "to" may hang on the people handed over)."""
    sources, passive = subject_actors(v, da)
    if passive or not sources:
        return
    objs = prep_objects(v, frozenset({"to", "into"})) + [
        p for o in direct_objects(v) for p in prep_objects(o, frozenset({"to", "into"}))]
    targets = [a for o in objs for a in object_actors(o, da) if a in da.res.refused_issues]
    mode = mode_of(v, da, quotes)
    for s in sources:
        for tg in dict.fromkeys(targets):
            if tg != s:
                sink.add(s, tg, "COOPERATES_WITH", BASE_CONFIDENCE["verb"] * 0.9 * factor(mode),
                         mode, f"pattern:handover-{v.lemma_.lower()}", v.text, da.sent(v))


def _held_responsible(da: DocActors, v: Token, quotes, sink: Sink) -> None:
    """'Newsom held Hegseth responsible for the deployment': blame on the one held."""
    objs = direct_objects(v)
    if not any(w.lemma_.lower() in da.res.liability_words and w.dep_ in ("oprd", "amod", "acomp")
               for o in [v, *objs] for w in o.children):
        return
    sources, passive = subject_actors(v, da)
    if passive:
        return
    mode = mode_of(v, da, quotes)
    for s in sources:
        for tg in [a for o in objs for a in object_actors(o, da, modifiers=False)]:
            if tg != s and da.kind(tg) != "Location":
                sink.add(s, tg, "CRITICIZES", BASE_CONFIDENCE["blame"] * factor(mode), mode,
                         f"pattern:held-{v.lemma_.lower()}", v.text, da.sent(v))


def _phrasal(da: DocActors, v: Token, rules, quotes, sink: Sink, acts: list) -> None:
    """'hit back at Newsom', 'took aim at local officials', 'went after the governor'."""
    for rule in rules:
        anchors = [v]
        if rule.with_:
            hit = _particles(v, rule)
            if not hit:
                continue
            anchors += hit
        objs: list[Token] = []
        for a in anchors:
            objs += prep_objects(a, rule.preps) if rule.preps else []
        if not rule.preps:
            # ("called in the Guard": the particle parsed as a preposition holds the object;
            # "the Guard members Trump placed under federal control": the noun before)
            pairs = _word_pairs(rule)
            objs = direct_objects(v) or [p for a in anchors[1:] if a.dep_ in ("prep", "prt")
                                         for p in a.children if p.dep_ == "pobj"
                                         and (a.lower_, p.lower_) not in pairs
                                         ] or _relative_head(v, da)
        elif not objs and rule.with_:
            # "fired back with responses to Trump": the one the reply is to
            objs = [x for p in prep_objects(v, frozenset({"with"}))
                    if p.lemma_.lower() in da.res.reply_nouns
                    for x in prep_objects(p, frozenset({"to"}))]
        sources, passive = subject_actors(v, da)
        if passive and rule.preps:
            return
        if passive:  # "was turned away by ICE officials": the one it was done to
            objs = [c for c in v.children if c.dep_ == "nsubjpass"] or (
                [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if v.dep_ == "conj" else [])
        if not objs or not sources:
            continue
        mode = mode_of(v, da, quotes)
        conf = BASE_CONFIDENCE["verb"] * factor(mode) * 0.9
        targets: list[str] = []
        for o in objs:
            targets += [a for a in object_actors(o, da) if a not in targets]
        typ = rule.forces if rule.forces and targets and all(
            tg in da.res.troop_forces for tg in targets) else rule.type
        for s in sources:
            for tg in targets:
                if da.kind(tg) == "Location" and tg not in da.acting:
                    continue
                sink.add(s, tg, typ, conf, mode, f"phrasal:{v.lemma_.lower()}", v.text,
                         da.sent(v))
        acts.append((sources, v, typ, objs, mode))
        return


def _relative_head(v: Token, da: DocActors) -> list[Token]:
    """The noun a relative clause with a subject of its own and no object hangs on: what
    the verb acts on ("the 700 Marines he ordered to Los Angeles")."""
    if v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in da.res.relative_pronouns
                                 for c in v.children) and (
            v.head.pos_ in ("NOUN", "PROPN")) and not any(
            c.lower_ in ("where", "when", "why") for c in v.children):
        return [v.head]
    return []


def _word_pairs(rule) -> set[tuple[str, ...]]:
    """A phrasal rule's two-word particles ("under control", "to court") as word pairs."""
    return {tuple(w.split()) for w in rule.with_ if " " in w}


def _particles(v: Token, rule) -> list[Token]:
    """The words of a phrasal verb's particle set ("back" in "fired back at") found on ``v``
    (a preposition only right after the verb: "called in the Guard", not "called protesters
    in Los Angeles animals")."""
    pairs = _word_pairs(rule)  # "took Trump to court"
    return [c for c in v.children if c.dep_ in ("prt", "advmod", "dobj", "prep", "acomp")
            and c.lower_ in rule.with_ | {w + "s" for w in rule.with_}
            and (c.dep_ != "prep" or c.i == v.i + 1)] + [
        c for c in v.children if c.dep_ == "prep" and any(
            (c.lower_, p.lower_) in pairs for p in c.children if p.dep_ == "pobj")]


PLACE_PREPS = frozenset({"into", "to", "at"})


def _gatekeepers(v: Token, da: DocActors) -> list[str]:
    """'Reps. Davis and Ramirez were denied entry into the ICE processing center': with no
    agent named, the organisation whose place they were kept out of (lexicon
    ``entry_nouns``)."""
    if not any(o.lemma_.lower() in da.res.entry_nouns for o in v.children if o.dep_ == "dobj"):
        return []
    places = prep_objects(v, PLACE_PREPS) + [
        p for o in v.children if o.dep_ == "dobj" for p in prep_objects(o, PLACE_PREPS)]
    return [a for p in places for c in p.children if c.dep_ in ("compound", "poss", "nmod")
            and (a := da.actor_at(c)) and da.kind(a) == "Organization"]


def _verb(da: DocActors, v: Token, rule, quotes, sink: Sink, acts: list,
          fallback: bool = False) -> None:
    typ = rule.type
    lemma = v.lemma_.lower()
    for p in da.res.phrasal.get(lemma, ()):
        parts = _particles(v, p) if p.with_ and p.preps and p.type != typ else []
        if parts and any(prep_objects(a, p.preps) for a in [v, *parts]):
            return  # "fired back at Trump": the phrasal verb's reading (criticism), not gunfire
    if typ == "COERCES" and any(c.dep_ == "xcomp" and infinitive(c) for c in v.children):
        return  # "pushed ICE to make more arrests": a directive, not force
    if typ in ("SUPPORTS", "COOPERATES_WITH") and undo_particle(v, da.res):
        return  # "standing down on some ICE raids", "backed down": a retreat, not backing
    pressing = typ == "COERCES" and lemma in da.res.directive_verbs and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in v.children)
    if pressing:
        typ = "OPPOSES"  # "pushed top military officials for answers": pressing, not force
    if typ == "ORDERS" and any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in
                               da.res.dispersal_verbs for c in v.children):
        return  # "ordered the crowd to disperse": force (acts.py), not an order
    if typ == "ORDERS" and any(c.dep_ == "dobj" and c.lemma_.lower() in da.res.letter_nouns
                               for c in v.children):
        return  # "sent a letter to the Pentagon": mail, not troops
    if typ == "ORDERS" and lemma in da.res.leading_verbs and not any(
            c.dep_ in ("xcomp", "ccomp") or c.dep_ in ("prep", "dative") and c.lower_ in (
                "to", "into") or c.dep_ == "dobj" and c.lemma_.lower() in da.res.act_nouns
            for c in v.children):
        # "Sherman, who commanded Guard troops": leading them, not ordering a deployment
        # (but "directed 2,000 troops to Los Angeles" or "directed the deployment of …"
        # sends them)
        return
    if fallback and lemma in da.res.asking_verbs and any(
            c.dep_ in ("xcomp", "ccomp") for c in v.children):
        return  # "pressed ICE to expand operations": a directive (acts._directive)
    if fallback and lemma in da.res.charging_verbs and any(
            o.lemma_.lower() in da.res.charge_nouns for o in direct_objects(v)):
        return  # "pressed charges against the protesters": acts.charges_filed
    if fallback and lemma in da.res.drawdown_verbs:
        return  # "releasing 2,000 Guard members": a withdrawal (acts.py), not a favour
    if _aided(v, da):
        return  # "rushed to Huerta's defense": support (_aid), not an order
    if fallback and typ == "SUES" and any(o.lemma_.lower() not in da.res.suit_words
                                          for o in direct_objects(v)):
        return  # "filed a brief backing Newsom": a filing, not a suit
    if fallback and typ == "SUES" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in
                                          da.res.suit_words for c in v.children):
        return  # "Oregon's suit was filed by Rayfield": its parties (acts.lawsuit_parties)
    if ontology.polarity(typ) > 0 and v.dep_ == "pcomp" and v.head.lower_ in ("of", "for") and (
            da.res.verb_type(v.head.head.lemma_) == "CRITICIZES"):
        return  # "accused Bass of siding with rioters": the charge, not her act
    sources, passive = subject_actors(v, da)
    if passive and not sources:
        sources = _gatekeepers(v, da)  # "were denied entry into the ICE facility": ICE
    told = _told(v, da)
    if told is not None:
        sources = told  # "Miller told agents to raid Home Depot": the agents raid it
    objs: list[Token]
    if passive:
        # (an "nsubj" here is a misparsed participle's patient: "Noem slammed by Padilla")
        objs = [c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not objs:
            objs = _passive_patient(v)
        if typ == "COERCES" and not any(da.actor_at(o) for o in objs):
            # "Tear gas was fired at protesters by federal agents": what was fired is no
            # patient; whom it was fired at is
            objs = prep_objects(v, rule.preps) or objs
        objs = expand(objs)
    else:
        objs = (direct_objects(v) or _misparsed_object(v) or _control_object(v)
                or _name_as_adverb(v, da) or _what_called(v, da))
        topic = next((c for c in v.children if c.dep_ == "prt" and c.lower_ in da.res.topic_preps
                      and c.lower_ not in rule.preps), None)
        if topic is not None:
            # "lawmakers clash over protests and Trump's policies" with "over" parsed as a
            # particle: what follows is the topic, not the one acted on
            objs = [o for o in objs if o.i < topic.i]
        if not objs:
            objs = _relative_head(v, da)  # "the 700 Marines he ordered to Los Angeles"
        if not objs or not any(da.tok.get(t.i) or da.actor_at(t) for o in objs
                               for t in o.subtree):
            # ("signed five bills alongside the mayor": beside, not with, the ones who watched)
            preps = rule.preps - COMPANY_PREPS if objs else rule.preps
            # ("arrested 28 people at an ICE building": where, not whom)
            objs = objs + [o for o in prep_objects(v, preps) if not (
                o.head.lower_ == "at" and o.lemma_.lower() in da.res.site_nouns
                and lemma in da.res.arresting_verbs)]
        if not objs and typ == "ORDERS":
            # "sent in the Guard", "called up 2,000 troops": a particle parsed as a preposition
            objs = [p for c in v.children if c.dep_ == "prep" and c.i == v.i + 1
                    and c.lower_ in ("in", "up") for p in c.children if p.dep_ == "pobj"]
        if not objs and typ == "CRITICIZES":
            # "denounced that ICE agents are entering workplaces": the clause's subject (of a
            # passive, its agent: "alleged that family members had been doxed" is no charge
            # against them)
            objs = [k for c in v.children if c.dep_ == "ccomp"
                    and any(m.dep_ == "mark" for m in c.children)
                    for k in ([x for x in c.children if x.dep_ == "nsubj"] or [
                        p for g in c.children if g.dep_ == "agent" for p in g.children
                        if p.dep_ == "pobj"])]
    # ("sent the White House a counteroffer": what is sent, not the one it goes to)
    sent_things = [v.head] if v.dep_ == "acl" and v.tag_ == "VBN" else [
        o for o in objs if o.dep_ != "dative"]
    # ("sent a series of letters": the letters)
    sent_things = [next(iter(prep_objects(o, frozenset({"of"}))), o)
                   if o.lemma_.lower() in da.res.collection_nouns else o for o in sent_things]
    if typ == "ORDERS" and sent_things and all(
            o.lemma_.lower() in da.res.sent_documents for o in sent_things):
        return  # "Bondi's letter sent to 19 mayors": a letter sent, nobody ordered
    if typ == "ORDERS" and any(o.lemma_.lower() in da.res.inquiry_nouns for o in sent_things):
        return  # "ordered an investigation of Murphy": the inquiry is against him (_noun)
    if lemma in da.res.permission_verbs and any(c.dep_ == "xcomp" for c in v.children):
        return  # "authorized Trump to call up the Guard": a permission (acts.permissions)
    if fallback and typ == "THREATENS" and lemma in da.res.intent_verbs - da.res.daring_verbs and (
            not passive and not any(c.dep_ == "prep" for o in objs for c in o.children)):
        # "vowed hundreds more agents", "pledged Texas law enforcement will help": what is
        # promised; a threat names whom it is against ("promised legal action against …")
        return
    mode = act_mode = mode_of(v, da, quotes)
    if fallback and mode == "negated" and lemma in da.res.disagreement_negations and any(
            c.dep_ == "neg" for c in v.children):
        # "did not agree with DHS's assertion": disagreement, not a denied agreement
        typ = "OPPOSES"
        mode = act_mode = "reported" if in_quote(v, quotes) else "asserted"
    asked = asked_for(v, da)
    if mode in ("asserted", "reported") and intended(v, da):
        mode = "hypothetical"
    sent = da.sent(v)
    conf = BASE_CONFIDENCE["passive" if passive else "verb"] * factor(mode)
    how = "verb"
    if fallback:
        conf = BASE_CONFIDENCE["fallback"] * factor(mode)
    targets: list[str] = []
    # ("investigated the ICE raid" looks into the raid, not at ICE)
    mods = typ not in ("SUPPORTS", "COOPERATES_WITH") and lemma not in da.res.inquiry_verbs
    for o in objs:
        # ("questioned the deployment of the Marines" judges the deployment, not the Marines)
        targets += [a for a in object_actors(o, da, modifiers=mods, patients=typ in (
            "ORDERS", "COERCES", "SUES")) if a not in targets]
    if lemma in da.res.visiting_verbs and not passive:
        # "visited Huerta in jail" backs him; "visited the ICE detention center with three
        # Democrats" backs neither the place's keeper nor the companions
        targets = [a for o in direct_objects(v) if (a := resolve(o, da))
                   and (da.kind(a) in ("Person", "Group") or a in da.res.troop_forces)]
    if not passive and typ != "ORDERS":
        # "a claim Bass rejected", "Newsom condemned the remark": aimed at whoever made it
        # ("a move that Newsom condemned": the relative pronoun stands for the move)
        made = [v.head if o.lower_ in da.res.relative_pronouns and v.dep_ == "relcl" else o
                for o in objs]
        targets = [a for o in made for a in makers(o, da) if a not in sources] or targets or [
            a for o in objs for a in remark_speakers(o, da) if a not in sources]
    if lemma in da.res.preventing_verbs and not passive and any(
            c.dep_ == "pcomp" and any(x.dep_ == "auxpass" for x in c.children)
            for w in [v, *objs] for p in w.children if p.dep_ == "prep" and p.lower_ == "from"
            for c in p.children):
        # "an order that stops reporters from being targeted": they are shielded, not opposed
        return
    removed = [o for o in objs if o.dep_ == "dobj"]
    if typ == "ORDERS" and not fallback and removed and all(o.lemma_.lower() in da.res.removed_people
                                           for o in removed):
        typ = "COERCES"  # "sent 200 migrants to El Salvador": removed, not ordered
    if typ == "ORDERS" and not passive:
        # "deploys thousands of troops against immigration protesters": those it is sent
        # against are opposed, not ordered
        against = [a for w in [v, *objs] for p in prep_objects(w, frozenset({"against"}))
                   for a in object_actors(p, da)]
        targets = [t for t in targets if t not in against]
        for s in sources:
            for a in dict.fromkeys(against):
                if a != s and da.kind(a) != "Location":
                    sink.add(s, a, "OPPOSES", BASE_CONFIDENCE["verb"] * 0.8 * factor(mode), mode,
                             f"pattern:sent-against-{lemma}", v.text, sent)
    crowd = da.res.crowd_group
    gathered = [o for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in da.res.gathering_nouns
                and not da.actor_at(o)] if typ == "COERCES" and not passive and not fallback and (
        v.dep_ != "acl" and crowd in da.res.actors) else []
    if gathered:
        # "deployed tear gas to disperse a protest at a Home Depot": force on the crowd, not
        # on the place it gathered (the gathering names it)
        known = da.res.actors[crowd]
        _add_mention(da, da.doc[gathered[0].i:gathered[0].i + 1], crowd, known.name, known.kind,
                     "gathering", alias=False)
        targets = [crowd]
    if typ == "COERCES" and not targets and not passive:
        # "fired flash-bang grenades at demonstrators": the parser hangs "at" on what was fired
        for o in direct_objects(v):
            for p in prep_objects(o, rule.preps):
                targets += [a for a in object_actors(p, da) if a not in targets]
    if lemma in da.res.shielding_verbs and not passive and not fallback:
        # "vowed to protect immigrant families from ICE": against the one they are shielded from
        for p in prep_objects(v, frozenset({"from"})):
            for a in object_actors(p, da):
                for s in sources:
                    # (an agency or a person; "from rioters" is protection, not a side taken)
                    if a != s and da.kind(a) in ("Organization", "Person"):
                        sink.add(s, a, "OPPOSES", BASE_CONFIDENCE["verb"] * 0.8 * factor(mode),
                                 mode, f"pattern:shield-{lemma}", v.text, da.sent(v))
    if not targets and not passive and lemma in da.res.blame_on_verbs:
        # "blamed the unrest on Newsom": the one it is put on
        targets = [a for p in blamed_on(v, direct_objects(v)) for a in object_actors(p, da)]
    if typ in ("CRITICIZES", "OPPOSES") and not passive:
        # "condemned the arrest of Huerta": support for the one harmed
        for o in objs:
            harmed = _harmed_by(o, da)
            for s in sources:
                for h in dict.fromkeys(harmed):
                    if h != s and da.kind(h) != "Location":
                        sink.add(s, h, "SUPPORTS", conf * 0.8, mode, f"pattern:harm-{lemma}",
                                 v.text, sent)
            targets = [t for t in targets if t not in harmed]
    if typ == "SUES" and not targets and not passive:
        # "sued to reverse Trump's federalization of the Guard": whose act the suit undoes
        for c in v.children:
            if c.dep_ in ("xcomp", "advcl") and any(x.lower_ == "to" for x in c.children):
                # (not "to stop the deployment of Texas Guard troops": the troops are sent)
                for o in direct_objects(c):
                    targets += [a for a in object_actors(o, da, patients=False)
                                if a not in targets and da.kind(a) != "Location"
                                and o.i in da.issue_heads]
    if typ == "SUES" and not targets and not passive:
        over = suit_over(v)
        targets += [a for a in act_owners(over, da) if a not in targets]
        objs = objs + over
    if typ == "THREATENS" and not targets:
        # "threatened to arrest Newsom", "threatened to sue the city": the hostile act's target
        for c in ([] if fallback else v.children):
            r = da.res.verbs.get(c.lemma_.lower()) if c.dep_ == "xcomp" else None
            if r and ontology.polarity(r.type) < 0:
                targets += [a for o in direct_objects(c) for a in object_actors(o, da)
                            if a not in targets and a not in sources]
        # "warned that Newsom could be arrested": the patient of a coercive verb in the clause
        for c in v.children:
            if c.dep_ == "ccomp":
                for w in c.subtree:
                    r = da.res.verbs.get(w.lemma_.lower())
                    faces = w.lemma_.lower() == "face" and any(
                        (n := da.res.nouns.get(o.lemma_.lower())) and n.type == "COERCES"
                        or o.lemma_.lower() in da.res.sanction_nouns
                        for o in w.children if o.dep_ == "dobj")
                    if r and r.type == "COERCES" and w.pos_ == "VERB" or faces:
                        # ("… could face arrest/charges": the one who would face them)
                        for p in w.children:
                            if p.dep_ in ("nsubjpass",) or faces and p.dep_ == "nsubj":
                                for pt in expand([p]):
                                    a = resolve(pt, da)
                                    if a and a not in targets:
                                        targets.append(a)
                how = "warn"
        conf = BASE_CONFIDENCE["warn"] * factor(mode)
    if typ == "CLASHES_WITH" and not targets and not passive and len(sources) >= 2:
        # "protesters and Border Patrol agents clashed for hours", "Trump and Newsom
        # sparred": with each other, both ways (neither is the one acted on)
        sources, targets = list(sources), list(sources)
    if not targets and not passive and len(sources) >= 2 and any(
            o.lower_ in ("other", "another", "one") and any(
                x.lower_ in ("each", "another", "one") for x in (*o.children, *o.doc[o.i + 1:o.i + 2]))
            for o in [*objs, *(p for c in v.children if c.dep_ == "prep"
                               for p in c.children if p.dep_ == "pobj")]):
        # "Newsom and Trump attacked each other", "criticized one another": both ways
        sources, targets = list(sources), list(sources)
    if lemma in da.res.appointing_verbs and mode != "negated":
        # "was appointed by Bill Clinton", "Trump nominated her": a tie, not an order
        if passive and not sources:
            # "who was appointed to the position by President Trump", "by" hung on the post
            sources = [a for c in v.children if c.dep_ == "prep" for p in c.children
                       if p.dep_ == "pobj" for b in p.children
                       if b.dep_ == "prep" and b.lower_ == "by" for w in b.children
                       if w.dep_ == "pobj" and (a := resolve(w, da))]
        for s in sources:
            for tg in targets:
                if da.kind(s) == "Person" and da.kind(tg) == "Person" and s != tg:
                    _affiliate(da, tg, s, "", sent, "pattern:appointed-by", 0.8)
        return
    # "vowed to arrest Newsom", "is willing to arrest him": the vow, when the arrest is only vowed
    vow = next((g for g in _governors(v) if g.lemma_.lower() in da.res.vowing_words), None) if (
        typ == "COERCES" and mode == "hypothetical" and not fallback and not passive) else None
    # "Newsom and Bass criticized Trump and Noem, respectively": each with its own
    paired = dict(zip(sources, targets, strict=True)) if len(sources) == len(targets) >= 2 and (
        any(t.lower_ == "respectively" for t in sent)) else None
    for s in sources:
        if da.kind(s) == "Location":
            da.acting.add(s)
        for tg in targets:
            if paired is not None and paired.get(s) != tg:
                continue
            if not _party(da, tg, "" if fallback else typ):
                continue
            if tg in da.res.venues and (fallback or typ == "COOPERATES_WITH"):
                continue  # "posted to Truth Social", "joined Fox News": where it was said
            if asked or (fallback or typ in JUDGING_TYPES | {"COOPERATES_WITH"}) and any(
                    g.lemma_.lower() in da.res.order_verbs | {"tell"}
                    for g in _governors(v, advcl=True)):
                continue  # (the asking is the act: directives read it; "instructed Bovino
                # to meet with her" is no meeting yet, nor "instructing bishops to condemn
                # the raids" a condemnation)
            if fallback and any(c.dep_ == "xcomp" and undoes(c, da.res) for c in v.children):
                continue  # "encouraged Democrats to tone down their rhetoric": pressure
            sink.add(s, tg, typ, conf, mode,
                     "fallback:verb-polarity" if fallback else f"{how}:{lemma}", v.text, sent)
            if vow is not None:  # "vowed to arrest Newsom": a threat to him
                sink.add(s, tg, "THREATENS", conf, mode_of(vow, da, quotes),
                         f"pattern:vowed-{lemma}", v.text, sent)
            if typ == "COOPERATES_WITH" and mode == "negated" and not fallback and (
                    lemma not in da.res.shielding_verbs and refusal(v, da)):
                # "the city will not cooperate with ICE", "refused to assist agents": a refusal
                # opposes them (as reported as the words it is in)
                told = told_mode(v, da, quotes)
                sink.add(s, tg, "OPPOSES", conf * 0.8, told, f"pattern:refusal-{lemma}",
                         v.text, sent)
                for iss in da.res.refused_issues.get(tg, ()):
                    # non-cooperation with ICE is a sanctuary stance
                    sink.add(s, iss, "SUPPORTS", conf * 0.7, told, f"stance:refusal-{lemma}",
                             v.text, sent)
    if told is not None and targets and not fallback:
        _advocated(da, v, typ, targets, quotes, sink)
    if not fallback and not pressing and not asked:
        # (asking for answers takes no side on the matter; one asked to act has not acted)
        acts.append((sources, v, typ, objs, act_mode))


def _advocated(da: DocActors, v: Token, typ: str, targets: list[str], quotes, sink: Sink) -> None:
    """'urged Americans to protest against the administration': the one who urges takes
    the side of the act urged (hostile acts other than force become opposition)."""
    head = v.head
    sign = ontology.polarity(typ)
    if sign == 0 or typ == "COERCES" or head.lemma_.lower() not in da.res.advocacy_directives:
        return
    if head.lemma_.lower() == "call" and not any(c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                                 for c in head.children):
        return  # "called up troops to protect federal workers": a deployment, not a plea
    kind = "SUPPORTS" if sign > 0 else "CRITICIZES" if typ == "CRITICIZES" else "OPPOSES"
    sources, passive = subject_actors(head, da)
    if passive:
        return
    mode = mode_of(head, da, quotes)
    for s in sources:
        for tg in targets:
            if tg != s and da.kind(tg) != "Location":
                sink.add(s, tg, kind, BASE_CONFIDENCE["verb"] * 0.7 * factor(mode), mode,
                         f"pattern:advocates-{head.lemma_.lower()}", head.text, da.sent(head))


def suit_over(t: Token) -> list[Token]:
    """What a suit is over: 'sued over Trump's deployment of the Guard', 'a challenge filed
    in response to Trump's decision to federalize the Guard'."""
    out = []
    for w in [t, *(c for c in t.children if c.dep_ == "acl")]:
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ == "over":
                out += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "prep" and c.lower_ == "in":  # "in response to …"
                out += [p for r in c.children if r.dep_ == "pobj"
                        and r.lemma_.lower() in ("response", "reaction", "answer")
                        for x in r.children if x.dep_ == "prep" and x.lower_ == "to"
                        for p in x.children if p.dep_ == "pobj"]
    return out


def act_owners(acts: list[Token], da: DocActors) -> list[str]:
    """Whose acts these are: their possessors and "by" agents ("Trump's deployment", "the
    deployment by the administration"), not the ones acted on."""
    words = [w for n in acts for w in n.children if w.dep_ == "poss"] + [
        p for n in acts for c in n.children for p in by_agents(c)]
    return list(dict.fromkeys(a for w in expand(words) if (a := resolve(w, da))
                              and da.kind(a) != "Location"))


def blamed_on(v: Token, objs: list[Token]) -> list[Token]:
    """What a blame is put on: the "on" objects of the verb or of its objects ("blamed the
    unrest on Newsom", with "on" hung on either)."""
    return [p for w in [v, *objs] for p in prep_objects(w, frozenset({"on"}))]


def owner_tokens(n: Token) -> list[Token]:
    """Whose a noun is, as words: its possessor, then its "of" phrase ("Newsom's consent",
    "the wishes of the governor", "the arrest of Huerta")."""
    return [c for c in n.children if c.dep_ == "poss"] + [
        p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]


def _told(v: Token, da: DocActors) -> list[str] | None:
    """The doers of a directed act ("told agents to raid", "urged ICE to stop"): the ones
    addressed, not the one who directs (None when the verb is not so directed)."""
    head = v.head
    if v.dep_ not in ("xcomp", "advcl") or head.lemma_.lower() not in (
            da.res.directive_verbs | da.res.daring_verbs) or (
            any(c.dep_ == "nsubj" for c in v.children)) or not infinitive(v):
        return None
    asked = [c for c in head.children if c.dep_ in ("dobj", "dative")] or [
        p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for p in c.children if p.dep_ == "pobj"]
    if not asked:
        return None
    return [a for t in expand(asked) if (a := resolve(t, da))]


def _passive_patient(v: Token) -> list[Token]:
    """The patient of a passive participle without a subject: the noun it modifies ("the
    curfew imposed by Bass") or the subject of the clause it hangs on ("Huerta left custody
    after being detained by agents")."""
    if v.dep_ == "acl":
        return [v.head]
    if v.dep_ == "conj" and v.head.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        # "Huerta was injured and arrested by ICE agents": the first participle's subject
        return [c for c in v.head.children if c.dep_ == "nsubjpass"]
    subs = [c for c in v.children if c.dep_ == "nsubj"]
    if subs and v.tag_ == "VBN":  # the misparsed participle above: its "subject"
        return subs
    if v.dep_ in ("pcomp", "advcl"):
        gov = v.head
        while gov.dep_ == "prep" and gov.head.i != gov.i:
            gov = gov.head
        return [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def _what_called(v: Token, da: DocActors) -> list[Token]:
    """'denounced what she called a chaotic escalation by Trump', parsed as a clause: what
    it was called."""
    # (with "by Trump" hung on the active "called" as its agent: the escalation's doer)
    return [o for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() in da.res.labelling
            and any(x.dep_ == "dobj" and x.lower_ == "what" for x in c.children)
            for o in [*c.children, *(p for a in c.children if a.dep_ == "agent"
                                     for p in a.children)] if o.dep_ in ("oprd", "pobj")]


def _misparsed_object(v: Token) -> list[Token]:
    """'defended the immigration sweeps' parsed as a clause ("immigration" subject of
    "sweeps"): a bare complement verb right after its one-word subject is a noun phrase."""
    for c in v.children:
        if c.dep_ != "ccomp" or c.tag_ not in ("VBZ", "NNS"):
            continue
        kids = list(c.children)
        if any(k.dep_ in ("aux", "mark", "dobj", "neg") for k in kids):
            continue
        subj = [k for k in kids if k.dep_ == "nsubj"]
        if len(subj) == 1 and subj[0].i == c.i - 1 and subj[0].pos_ == "NOUN":
            return [c]
    return []


def _name_as_adverb(v: Token, da: DocActors) -> list[Token]:
    """'detained SEIU leader David Huerta' with the name parsed as an adverbial noun: a named
    person or organisation right after the verb is its object."""
    named = [c for c in v.children if c.dep_ == "npadvmod" and c.i > v.i and c.pos_ == "PROPN"
             and da.kind(da.tok.get(c.i, "")) in ("Person", "Organization")
             and c.left_edge.i <= v.i + 1]
    # "joined Lee Thursday" with the name parsed as the day's modifier: the name
    return named or [n for c in v.children if c.dep_ == "npadvmod" and c.i > v.i
                     and c.lower_ in da.res.day_names for n in c.children
                     if n.dep_ == "compound" and n.i == v.i + 1
                     and da.kind(da.tok.get(n.i, "")) in ("Person", "Organization")]


def _control_object(v: Token) -> list[Token]:
    """'daring Homan to follow through', 'urged Noem to resign' parsed with the object as
    the subject of the infinitive: that subject is the verb's object."""
    for c in v.children:
        if c.dep_ not in ("ccomp", "xcomp") or not infinitive(c):
            continue
        # ("authorized a total of 700 Marines to be deployed": a passive infinitive too)
        subj = [k for k in c.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < c.i]
        if len(subj) == 1 and subj[0].left_edge.i <= v.i + 2:
            return subj
    return []


def received_by(o: Token, da: DocActors) -> list[str]:
    """Whom what a subject draws ("drew criticism from …") is aimed at: the subject, or the
    one whose act or words it names ("Homan's threat", "the detention … by ICE agents"),
    never the one an act was done to ("the arrest of Padilla prompted condemnation")."""
    if o.lemma_.lower() in da.res.patient_nouns:
        # ("the detention of a U.S. citizen by ICE agents", with "by" hung on the citizen)
        return [a for c in o.subtree if c.i > o.i for p in by_agents(c) if (a := resolve(p, da))]
    return object_actors(o, da)


def _pobj_actors(preps: list[Token], da: DocActors) -> list[str]:
    """The actors the objects of these prepositions name ("by ICE and the FBI")."""
    return [a for c in preps for p in expand([x for x in c.children if x.dep_ == "pobj"])
            if (a := resolve(p, da))]


def _party(da: DocActors, tg: str, typ: str) -> bool:
    """Can ``tg`` be the target of a ``typ`` relation? A place that does nothing is scenery,
    but one sued ("sued Los Angeles", "a lawsuit against Boston") becomes a party."""
    if da.kind(tg) != "Location" or tg in da.acting:
        return True
    if typ != "SUES":
        return False
    da.acting.add(tg)
    return True


def aimed_objects(o: Token) -> list[Token]:
    """Whom a noun of hostility is aimed at: "rhetoric against ICE", "rhetoric directed at
    immigration enforcement"."""
    return [p for w in [o, *(c for c in o.children if c.dep_ == "acl")]
            for p in prep_objects(w, AIMED_PREPS)]


def _harmed_by(o: Token, da: DocActors) -> list[str]:
    """Whom a condemned noun harms: those hostility is aimed at ("violent rhetoric against ICE
    and immigrants", "rhetoric directed at ICE"), or those an act is done to ("the arrest of
    Huerta"; a plural's possessor is its doer, "Trump's deportations" are his policy, and so
    is a possessor beside an "of" phrase: "ICE's arrest of Lander" harms Lander)."""
    lem = o.lemma_.lower()
    if lem in da.res.hostility_nouns:
        return [a for p in aimed_objects(o) for a in object_actors(p, da)]
    if lem not in da.res.harm_nouns:
        return []
    of = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
          for p in c.children if p.dep_ == "pobj"]
    owners = of if o.tag_ == "NNS" or of else owner_tokens(o)
    return [a for w in owners for a in object_actors(w, da)]


def judged_objection(da: DocActors, n: Token) -> bool:
    """An objection that a judging verb is about ("blasted Newsom over his opposition to the
    raids"): the objector's own act, not one overruled."""
    v = n.head.head
    return n.dep_ == "pobj" and v.pos_ == "VERB" and da.res.verb_type(v.lemma_) in (
        "CRITICIZES", "SUPPORTS")


def _noun(da: DocActors, n: Token, rule, quotes, sink: Sink, acts: list) -> None:
    typ = rule.type
    lemma = n.lemma_.lower()
    judged = judged_objection(da, n)
    if n.dep_ == "pobj" and lemma in da.res.objection_nouns.get(n.head.lower_, ()) and not judged:
        return  # "over the objections of Newsom": acts.overruled
    if typ != "SUES" and n.dep_ == "pobj" and n.head.lower_ in ("over", "for") and (
            n.head.head.lemma_.lower() in da.res.suit_words | da.res.suing_verbs
            or any(c.dep_ == "dobj" and c.lemma_.lower() in da.res.suit_words
                   for c in n.head.head.children)):
        return  # "filed a lawsuit over attacks on reporters": the defendants' act, sued over
    sources = [a for c in n.children if c.dep_ == "poss" and (a := resolve(c, da))]
    # "ruled in Trump's favor", "a decision in his favor by the panel": the possessor is the
    # one favoured, not the one giving it
    favoured: list[str] = []
    if sources and lemma in da.res.favour_nouns and n.dep_ == "pobj" and n.head.lower_ == "in":
        favoured, sources = sources, []
    if favoured and n.head.head.pos_ == "NOUN":
        ruling = n.head.head  # ("a decision in Trump's favor by a three-judge panel")
        sources += [a for c in ruling.children if c.dep_ == "poss" and (a := resolve(c, da))]
        sources += _pobj_actors([c for c in ruling.children if c.dep_ in ("prep", "agent")
                                 and c.lower_ == "by"], da)
    if judged and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children):
        # "blasted Newsom and Democrats over their opposition": the ones blasted
        sources = [a for o in direct_objects(n.head.head) for t in expand([o])
                   if (a := resolve(t, da))] or sources
    if not sources and lemma in da.res.patient_nouns and prep_objects(n, frozenset({"of"})):
        # "the ICE arrest of Khalil": the agency named before the act does it
        sources = [a for c in n.children if c.dep_ == "compound" and c.i < n.i
                   and (a := resolve(c, da)) and da.kind(a) != "Location"]
    gov = n.head
    while gov.dep_ == "prep" and gov.head.i != gov.i:
        gov = gov.head
    clause = next((x for x in n.ancestors if x.pos_ in ("VERB", "AUX")), None)
    if not sources and clause is not None and any(
            c.dep_ == "poss" and c.lower_ == "their" for c in n.children):
        # "Johnson and Pritzker have been vocal in their criticism of …": the clause's subjects
        sources = [a for s in subjects(clause, da)[0] for t in expand([s])
                   if (a := resolve(t, da)) and da.kind(a) != "Location"]
    act_noun = lemma in da.res.act_nouns
    held: list[str] = []
    if sources and lemma in da.res.patient_nouns:
        # "his arrest by ICE": the possessor is the one held, the "by" agent the doer
        agents = _pobj_actors([c for c in n.children if c.dep_ in ("prep", "agent")
                               and c.lower_ == "by"], da)
        if agents:
            held, sources = sources, agents
    held += [a for a in favoured if a not in held]
    # ("has the support of Newsom" is received, but "Trump had praise for Hegseth" is his)
    received = n.dep_ == "dobj" and (gov.lemma_.lower() in da.res.receiving_verbs or (
        gov.lemma_.lower() in da.res.having_verbs and typ in ("SUPPORTS", "CRITICIZES")
        and bool(givers(n, gov)))) or n.dep_ == "pobj" and n.head.lower_ == "with" and (
        gov.lemma_.lower() in da.res.received_with_verbs
        and any(c.dep_ == "auxpass" for c in gov.children))
    if received:
        # "Hegseth faced criticism from Murray", "the plan drew praise from Abbott": the
        # one it comes from acts on the subject
        sources = [a for t in expand(givers(n, gov)) if (a := resolve(t, da))]
        if not sources:
            return
        objs = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not objs and gov.dep_ == "conj" and gov.tag_ != "VBG":
            # "Bovino is the face of the operation and has drawn ire from Ellis" (of a passive
            # before it, its subject: "the act was celebrated by X but has drawn criticism")
            objs, passive = subjects(gov, da)
            if passive:
                objs = [c for c in gov.head.children if c.dep_ == "nsubjpass"]
        targets = [a for o in objs for a in received_by(o, da)]
        if not objs and gov.tag_ == "VBG" and gov.dep_ in ("advcl", "conj", "xcomp"):
            # "Hegseth sent the Marines, drawing condemnation from Newsom": the one whose act
            # drew it
            targets, passive = subject_actors(reaction_doer(gov), da)
            targets = [] if passive else targets
        mode = mode_of(gov, da, quotes)
        for s in dict.fromkeys(sources):
            for tg in dict.fromkeys(targets):
                if da.kind(tg) != "Location" and s != tg:
                    sink.add(s, tg, typ, BASE_CONFIDENCE["noun"] * factor(mode), mode,
                             f"noun:{lemma}", n.text, da.sent(n))
        acts.append((list(dict.fromkeys(sources)), n, typ, objs, mode))
        return
    if not sources:
        # "the arrest of Huerta by federal agents", "dismissed the pushback by Newsom" (an
        # active verb takes no agent: a "by" right after its object is the object's)
        # ("responded to criticism from Homan": the one it comes from)
        bys = [c for c in n.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
               or c.dep_ == "prep" and c.lower_ == "from" and lemma in da.res.utterance_nouns] or [
            c for c in gov.children if c.dep_ == "prep" and c.lower_ == "by"
            and c.i == n.right_edge.i + 1 and n.dep_ == "dobj"
            and not any(x.dep_ == "auxpass" for x in gov.children)]
        sources += _pobj_actors(bys, da)
    if not sources and n.dep_ == "nsubjpass" and gov.lemma_.lower() in da.res.making_verbs:
        # "The deployment of the Guard was initiated by Trump": the agent made it
        sources += _pobj_actors([c for c in gov.children if c.dep_ == "agent"], da)
    if not sources and act_noun and n.dep_ == "dobj" and gov.pos_ == "VERB" and (
            gov.lemma_.lower() in da.res.making_verbs) and (
            da.res.verb_type(gov.lemma_) != "ORDERS"):
        # "prompting the White House to announce the deployment of 300 troops": the subject
        # made it (an order verb carries the order itself: "directed the redeployment of …")
        made, passive = subject_actors(gov, da)
        sources += [] if passive else made
    if not sources:
        # "a lawsuit the state filed against Trump", "referring to the lawsuit California filed
        # against …": the subject of the noun's own relative clause, before the verb that
        # governs the noun
        sources += [a for c in n.children if c.dep_ == "relcl" and not any(
            x.lower_ in da.res.relative_pronouns for x in c.children if x.dep_ == "nsubj")
            for a in subject_actors(c, da)[0] if a not in sources]
    if not sources and n.dep_ == "dobj" and gov.lemma_.lower() in da.res.dismissing_verbs:
        return  # "Republicans dismissed concerns about ICE": others' concerns, waved off
    if not sources and not act_noun and n.dep_ in ("dobj", "pobj", "attr") and gov.pos_ in (
            "VERB", "AUX") and not (typ == "THREATENS" and n.dep_ == "pobj") and not (
            gov.lemma_.lower() in da.res.outcome_verbs and (
                n.dep_ == "pobj" or gov.lemma_.lower() != "lead")):
        # (not "ordered troops in, leading to clashes with protesters": what an act led to is
        # not its doer's own act; but "led chants against ICE" is; nor "defended their
        # tactics as fit for growing threats to agents": threats they answer)
        sources, _ = subject_actors(gov, da)
    if not sources and typ in ("SUPPORTS", "OPPOSES") and n.dep_ == "pobj" and (
            n.head.lower_ == "in" and gov.pos_ == "NOUN" and gov.dep_ == "dobj"
            and gov.head.pos_ == "VERB"):
        # "filed a brief in support of Newsom's lawsuit": the filer
        sources, _ = subject_actors(gov.head, da)
    if not sources:
        # "a lawsuit, the state filed …" parsed with the subject as an apposition
        for c in n.children:
            if c.dep_ == "appos" and any(x.dep_ == "acl" and x.i == c.i + 1 for x in c.children):
                a = resolve(c, da)
                if a and a not in sources:
                    sources.append(a)
    if not sources:
        # "the lawsuit, filed by Attorney General Rob Bonta": the agent of a participle
        sources += _pobj_actors([ag for c in n.children if c.dep_ == "acl"
                                 for ag in c.children if ag.dep_ == "agent"], da)
    sent = da.sent(n)
    if typ == "SUES":
        # ("the injunction stems from a lawsuit brought by …": a court rules on suits)
        sources = [s for s in sources if not is_judicial(da, s)]
    if typ == "CLASHES_WITH":
        between = prep_objects(n, frozenset({"between"}))
        if not between and n.dep_ in ("nsubj", "nsubjpass") and n.head.pos_ == "VERB":
            # "Clashes broke out between protesters and police": the phrase on the verb
            between = prep_objects(n.head, frozenset({"between"}))
        if between:
            parties = []
            for b in expand(between):
                a = resolve(b, da)
                if a is None:
                    # "clashes between ICE agents and protesters": compound inside the phrase
                    for c in b.children:
                        if c.dep_ == "compound":
                            a = a or resolve(c, da)
                if a and a not in parties:
                    parties.append(a)
            if len(parties) >= 2:
                mode = mode_of(gov if gov.pos_ == "VERB" else n, da, quotes)
                sink.add(parties[0], parties[1], typ, BASE_CONFIDENCE["noun"] * factor(mode),
                         mode, f"noun:{lemma}", n.text, sent)
            return
    inquiry = lemma in da.res.inquiry_nouns  # "an investigation into ICE", "a probe of DHS"
    objs = prep_objects(n, INQUIRY_PREPS if inquiry else rule.preps)
    if not objs and not inquiry:  # "the lawsuit, filed … against Trump"
        objs = [o for c in n.children if c.dep_ in ("acl", "relcl")
                for o in prep_objects(c, rule.preps)]
        objs += [o for c in n.children if c.dep_ == "appos" for x in c.children
                 if x.dep_ == "acl" and x.i == c.i + 1 for o in prep_objects(x, rule.preps)]
    if not objs and gov is not n and gov.pos_ == "VERB" and not act_noun and not inquiry:
        objs = [o for o in prep_objects(gov, rule.preps) if o is not n]
    targets: list[str] = list(held)
    for o in objs:
        if o.head.lower_ == "at" and o.i in da.issue_heads:
            continue  # "attacks on reporters at anti-ICE protests": where, not at whom
        targets += [a for a in object_actors(o, da) if a not in targets]
    if not targets and typ == "SUPPORTS":
        # "a brief in support of Newsom's lawsuit": the one whose effort it backs
        targets += [a for o in objs for c in o.children if c.dep_ == "poss"
                    and (a := resolve(c, da)) and da.kind(a) != "Location" and a not in targets]
    if not targets and rule.person_preps:
        # "launched an attack on Bass": words against a person (attacks on officers are blows)
        on = prep_objects(n, rule.person_preps)
        targets += [a for o in on for a in object_actors(o, da)
                    if da.kind(a) == "Person" and a not in targets]
        objs = on if targets else objs
    if typ == "SUES" and not targets:
        over = suit_over(n)  # "a lawsuit over Trump's deployment of the Guard"
        targets += act_owners(over, da)
        objs = objs + over
    if typ == "THREATENS" and not targets:
        # "Trump's threat to arrest Newsom": the hostile act's target
        for c in n.children:
            r = da.res.verbs.get(c.lemma_.lower()) if c.dep_ == "acl" else None
            if r and ontology.polarity(r.type) < 0:
                targets += [a for o in direct_objects(c) for a in object_actors(o, da)
                            if a not in targets and a not in sources]
    if typ == "THREATENS" and not targets and sources:
        # "issued a threat that said if Newsom and Bass didn't do their jobs, …": the ones
        # a conditional in the threat's words is about
        for w in n.subtree:
            if w.dep_ == "advcl" and w.i > n.i and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in w.children):
                targets += [a for x in w.children if x.dep_ in ("nsubj", "nsubjpass")
                            for a in object_actors(x, da) if a not in targets
                            and a not in sources]
    if typ in ("SUPPORTS", "COOPERATES_WITH") and n.dep_ == "pobj" and n.head.lower_ == "with" \
            and not any(c.dep_ == "poss" for c in n.children):
        # "the LAPD acted with the support of Sheriff Luna": Luna gives it
        sources, targets = targets, sources
    if not sources or not targets and not [
            o for o in objs if ontology.polarity(typ) < 0 or o.lemma_.lower() not in (
                da.res.group_nouns | {"member"})]:
        # (with no actor as target, the act still names an issue: "voiced opposition to the
        # raids"; but support "to military members" is for people, not their deployment)
        return
    mode = mode_of(gov if gov.pos_ == "VERB" else n, da, quotes)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in n.children) or (
            n.dep_ == "dobj" and gov.lemma_.lower() in da.res.negating_verbs - da.res.denying_verbs):
        # "has announced no investigation into him", "avoided public disputes with Trump" (but
        # "dismissed the pushback by Newsom": that pushback was made)
        mode = "negated"
    elif mode != "negated" and any(c.dep_ == "amod" and c.lemma_.lower() in
                                   da.res.intent_modifiers for c in n.children):
        mode = "hypothetical"  # "weighing a possible lawsuit against DHS"
    elif mode != "negated" and n.dep_ == "dobj" and gov.lemma_.lower() in da.res.considering_verbs:
        mode = "hypothetical"  # "is weighing a legal challenge to the deployment"
    for s in sources:
        for tg in targets:
            if not _party(da, tg, typ):
                continue
            sink.add(s, tg, typ, BASE_CONFIDENCE["noun"] * factor(mode), mode, f"noun:{lemma}",
                     n.text, sent)
    acts.append((sources, n, typ, objs, mode))


def _adj(da: DocActors, a: Token, rule, quotes, sink: Sink, acts: list) -> None:
    typ = rule.type
    objs = prep_objects(a, rule.preps) or (
        prep_objects(a.head, rule.preps) if a.dep_ == "acomp" else [])  # "was furious at X"
    for c in a.children:
        if c.dep_ == "agent" and "by" in rule.preps:  # "troubled by the raids" as a passive
            objs += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in rule.preps:  # "worried about deporting people"
            objs += [p for p in c.children if p.dep_ == "pcomp"]
    if not objs or any(o.lemma_.lower() in da.res.pace_nouns for o in objs):
        return  # ("frustrated with the pace of arrests": wanting more of them)
    if a.dep_ == "amod":
        src_tok = [a.head]
        mode_tok = a.head
    elif a.tag_ == "VBN":  # (an adjective parsed as a passive verb: its "subject")
        src_tok = [c for c in a.children if c.dep_ == "nsubjpass"]
        mode_tok = a
    else:
        src_tok, _ = subjects(a.head if a.dep_ == "acomp" else a, da)
        mode_tok = a.head if a.dep_ == "acomp" else a
    sources = [x for x in (resolve(t, da) for t in src_tok) if x]
    targets: list[str] = []
    for o in objs:
        if o.lemma_.lower() in da.res.patient_nouns:
            continue  # "angry at the arrests of migrants": not at the migrants
        targets += [x for x in object_actors(o, da) if x not in targets]
    mode = mode_of(mode_tok, da, quotes)
    for s in sources:
        for tg in targets:
            sink.add(s, tg, typ, BASE_CONFIDENCE["adj"] * factor(mode), mode,
                     f"adj:{a.lower_ if a.tag_ == 'VBN' else a.lemma_.lower()}", a.text,
                     da.sent(a))
    acts.append((sources, a, typ, objs, mode))


def _blame(da: DocActors, b: Token, quotes, sink: Sink) -> None:
    """'… declaring it necessary after Newsom and Bass failed to maintain order'."""
    res = da.res
    blamed = [x for x in (resolve(t, da) for t in expand(
        [c for c in b.children if c.dep_ == "nsubj"])) if x]
    blamed = [x for x in blamed if da.kind(x) != "Location"]
    if not blamed:
        return
    cur = b
    for _ in range(4):
        if cur.head.i == cur.i:
            return
        cur = cur.head
        if cur.lemma_ in res.reporting or (
                cur.lemma_ in res.verbs and res.verbs[cur.lemma_].type == "CRITICIZES"):
            speakers, _ = subject_actors(cur, da)
            mode = mode_of(b, da, quotes)
            if mode == "asserted":
                mode = "reported"
            for s in speakers:
                for tg in blamed:
                    sink.add(s, tg, "CRITICIZES", BASE_CONFIDENCE["blame"] * factor(mode), mode,
                             f"pattern:blame-{b.lemma_.lower()}", b.text, da.sent(b))
            return


__all__ = ["Sink", "interactions", "subject_actors", "object_actors", "mode_of", "resolve",
           "expand", "THING_PRONOUNS"]


def mutual_exchanges(da: DocActors, quotes: list[tuple[int, int]], sink: Sink) -> None:
    """'Newsom and Trump traded insults', 'Bass exchanged barbs with Homan', 'a war of words
    between Trump and Bass': criticism both ways (data: mutual_verbs, mutual_nouns and the
    criticism nouns)."""
    res = da.res
    nouns = res.mutual_nouns | {k for k, r in res.nouns.items() if r.type == "CRITICIZES"}
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.mutual_verbs:
            continue
        if not any(o.lemma_.lower() in nouns for o in direct_objects(v)):
            continue
        parties, passive = subject_actors(v, da)
        if passive:
            continue
        withs = prep_objects(v, frozenset({"with"})) + [
            p for o in direct_objects(v) for p in prep_objects(o, frozenset({"with"}))]
        others = [a for p in withs for a in object_actors(p, da) if a not in parties]
        # ("Trump and Homan traded taunts with Newsom": each of them with Newsom, not with
        # each other)
        sides = [(a, b) for a in parties for b in others] if others else [
            (a, b) for a in parties for b in parties]
        mode = mode_of(v, da, quotes)
        for x, y in sides:
            for a, b in ((x, y), (y, x)):
                if a != b and da.kind(a) != "Location" and da.kind(b) != "Location":
                    sink.add(a, b, "CRITICIZES", BASE_CONFIDENCE["verb"] * factor(mode), mode,
                             f"pattern:mutual-{v.lemma_.lower()}", v.text, da.sent(v))
    # "a war of words between Trump and Bass", "insults between the mayor and Noem": both ways
    for c in da.doc:
        if c.lower_ != "between" or c.dep_ != "prep":
            continue
        # the noun it hangs on, or the one that noun is "of" ("a war of words between …")
        n, chain = c.head, [c.head]
        if n.dep_ == "pobj" and n.head.lower_ == "of":
            chain.append(n.head.head)
        if not any(x.pos_ == "NOUN" and x.lemma_.lower() in nouns for x in chain):
            continue
        # the actors named in the phrase, in order
        parties = list(dict.fromkeys(
            a for i in range(c.i + 1, c.right_edge.i + 1)
            if (a := da.tok.get(i)) and da.kind(a) != "Location"))
        mode = mode_of(n.head if n.head.pos_ in ("VERB", "AUX") else n, da, quotes)
        # ("between Trump and Bass and Newsom": the first against the others)
        for b in parties[1:]:
            for x, y in ((parties[0], b), (b, parties[0])):
                sink.add(x, y, "CRITICIZES", BASE_CONFIDENCE["noun"] * factor(mode), mode,
                         "pattern:mutual-between", n.text, da.sent(n))


def police_crowds(da: DocActors, quotes: list[tuple[int, int]], sink: Sink) -> None:
    """'LAPD officers detained dozens of people', 'deputies made several arrests': a local
    police force's arrests of unnamed people during protests are of the protesters."""
    res = da.res
    crowd = res.crowd_group
    if not crowd or crowd not in set(da.tok.values()):
        return
    immigration = {a for i in res.issues.values() if i.id == res.crowd_exclude for a in i.actors}

    for v in da.doc:
        if v.pos_ != "VERB":
            continue
        lem = v.lemma_.lower()
        rule = res.verb_rule(lem)
        objs: list[Token] = []
        ordered = False
        if rule is not None and rule.type == "COERCES":
            objs = direct_objects(v) + prep_objects(v, frozenset({"at"}))
        elif lem in res.light_verbs:  # "made several arrests", "reported 96 arrests"
            objs = [o for o in direct_objects(v) if (r := res.nouns.get(o.lemma_.lower()))
                    and r.type == "COERCES" and not prep_objects(o, r.preps)]
        if not objs:
            ordered = _crowd_order(v, res.crowd_orders)
            if not ordered:
                continue
        sources = [a for a in subject_actors(v, da)[0] if da.is_police(a) and a not in immigration]
        if not sources:
            continue
        if ordered:  # "declared an unlawful assembly": the crowd there is the protest's
            mode = mode_of(v, da, quotes)
            for s in sources:
                sink.add(s, crowd, "COERCES", BASE_CONFIDENCE["noun"] * factor(mode), mode,
                         "pattern:police-dispersal", v.text, da.sent(v))
            continue
        people = [o for o in objs if o.lemma_.lower() in res.generic_people or any(
            p.lemma_.lower() in res.generic_people for c in o.children if c.dep_ == "prep"
            for p in c.children) or (res.nouns.get(o.lemma_.lower()) is not None)]
        heads = people + [p for o in people for c in o.children if c.dep_ == "prep"
                          and c.lower_ == "of" for p in c.children]
        if not people or any(resolve(h, da) not in (None, crowd) for h in heads):
            continue  # the people are someone named ("detained dozens of union members")
        mode = mode_of(v, da, quotes)
        for s in sources:
            sink.add(s, crowd, "COERCES", BASE_CONFIDENCE["noun"] * factor(mode), mode,
                     f"pattern:police-{lem}", v.text, da.sent(v))


def _crowd_order(v: Token, orders: tuple[tuple[str, ...], ...]) -> bool:
    """Does the verb give one of these crowd orders in its objects ("declared the area an
    unlawful assembly", "declared the assembly unlawful", "issued a dispersal order")?"""
    words = sorted((t for c in v.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "acomp")
                    for t in c.subtree), key=lambda t: t.i)
    lemmas = {t.lemma_.lower() for t in words}
    seq = [t.lemma_.lower() for t in words]
    return any(all(w in lemmas for w in o) and (
        len(o) < 3 or any(tuple(seq[k:k + len(o)]) == o for k in range(len(seq))))
        for o in orders)


def echoed_acts(da: DocActors, sink: Sink) -> None:
    """'Newsom sued Trump, as did Bonta', 'Newsom criticized Trump. So did Bass.': the one
    named after "as did" / "so did" does what the clause before says its subject did."""
    for t in da.doc:
        if t.lemma_.lower() != "do" or not (
                t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
                or any(c.dep_ == "advmod" and c.lower_ == "so" and c.i < t.i for c in t.children)):
            continue
        doers = [a for c in t.children if c.dep_ == "nsubj" and c.i > t.i
                 for x in expand([c]) if (a := resolve(x, da))]
        if not doers:
            continue
        if t.dep_ == "advcl":
            v = t.head
        else:
            sent = da.sent(t)
            if sent.start == 0 or t.i - sent.start > 1:
                continue
            v = da.sent(sent.start - 1).root
        before, passive = subject_actors(v, da)
        if passive:
            continue
        text = da.sent(v).text.strip()
        for r in list(sink.rels.values()):
            if r.source in before and r.mode in ("asserted", "reported") and any(
                    e.sentence == text for e in r.evidence):
                for d in doers:
                    sink.add(d, r.target, r.type, r.confidence * 0.9, r.mode,
                             f"pattern:as-did-{v.lemma_.lower()}", t.text, da.sent(t),
                             polarity=r.polarity)


def reaction_doer(v: Token) -> Token:
    """The verb whose subject a trailing participle's reaction answers: "Leo questioned
    whether the measures were moral, sparking backlash" (the questioning, not the measures,
    sparked it: the parser hangs the participle on the reported clause)."""
    if _trailing_participle(v) and v.head.dep_ == "ccomp" and v.head.head.pos_ == "VERB":
        return v.head.head
    return v


def givers(n: Token, verb: Token) -> list[Token]:
    """Who something received comes from: the "from" phrase on the noun or on its verb
    ("faced criticism from Murray", "came under fire from Murray"), or the noun's "of" ("won
    the endorsement of Luna", "has the support of Newsom")."""
    return [p for x in (n, verb) for c in x.children if c.dep_ == "prep" and (
        c.lower_ == "from" or c.lower_ == "of" and x is n) for p in c.children
        if p.dep_ == "pobj"]


def sends_home(v: Token, res) -> bool:
    """'sent the troops home', 'called the Marines back' (an order verb; not "stay home")."""
    rule = res.verb_rule(v.lemma_)
    # (or hung on the troops: "send National Guard members home")
    words = [*v.children, *(g for c in v.children if c.dep_ == "dobj" for g in c.children
                             if g.i > c.i)]
    if rule is None or rule.type != "ORDERS":
        return False
    # "ordered control of the troops returned to Newsom", "ordered the Marines withdrawn"
    # (the participle right after the object, wherever the parser hangs it)
    after = [v.doc[c.right_edge.i + 1] for c in v.children
             if c.dep_ == "dobj" and c.right_edge.i + 1 < len(v.doc)]
    return any(c.dep_ in ("advmod", "prt", "npadvmod", "dobj") and c.lower_ in ("home", "back", "off")
               for c in words) or any(a.tag_ in ("VBN", "VBD") and a.lemma_.lower() in res.undo_verbs
                                      for a in after)


def undo_particle(v: Token, res) -> bool:
    """Does a particle make the verb a stop ("stand down", "back off", "hold on")?"""
    parts = res.undo_particles.get(v.lemma_.lower(), ())
    # (a preposition right after the verb: "backed off the raids", not "held a rally … on
    # Friday")
    return any(c.lower_ in parts and (c.dep_ == "prt" or c.dep_ in ("advmod", "prep")
                                      and c.i == v.i + 1) for c in v.children)


def undoes(v: Token, res) -> bool:
    """Does this verb undo or stop something: "halt the raids", "send the troops home",
    "put an end to the raids" (a stopping noun and a "to" phrase)?"""
    # (a particle, or a preposition: "get out of Fresno")
    return v.lemma_.lower() in res.undo_verbs or sends_home(v, res) or bool(
        undone_objects(v, res)) or undo_particle(v, res)


def undone_objects(v: Token, res) -> list[Token]:
    """What "put an end to X" stops: X (the "to" phrase hangs on the noun or the verb)."""
    stop = next((c for c in v.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in res.undo_nouns), None)
    if stop is None:
        return []
    return [o for x in (stop, v) for p in x.children
            if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
