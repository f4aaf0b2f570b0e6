"""Permissive fallbacks: more recall for less precision, all at low confidence and with rule
names starting ``fallback:`` so analysts can filter them.

- ``fallback:sentence-stance``: the speaker of a quote with evaluative words takes their
  polarity on the issue named closest (within ``WINDOW`` tokens of the word) in the quote's
  sentence, even outside the quote ('X said of the raids: "A disgrace."'). The same rule on
  reported clauses without quotes lowered F1 on the tuning sets and is not applied.
- ``fallback:opposes-orderer``: an actor who acts against the actor who ordered an issue's
  act (a SUPPORTS stance from an act, anywhere in the document) opposes the issue (the one
  of the orderer's issues the document names most). ``SAME_SENTENCE`` would require the
  issue in the interaction's sentence; that found almost nothing on the tuning sets. The
  mirror rule (backing the orderer supports the issue) stopped paying on the 2026-11-25
  sets (+0 tp, +3 fp) and was dropped.
- ``fallback:against-orderer``: opposing a policy criticises the person who ordered it in
  the story (the one with the most ordering sentences, not a judge).
- ``fallback:escalation``: opposing an issue opposes the issues it escalates
  (issues.yaml ``escalates``), when the story names them.
- Q&A interviews: the sentences of "A:" lines are quotes by the interviewee, and "I"/"we"
  there stand for that person, so the quote and relation rules apply to answers.

Tried and dropped (summed F1 on the tuning sets fell): stances from reported clauses without
quote marks, criticism of any actor a negative quote names, criticism of the subject of a
negative reported clause, stances copied from criticism of an issue's actors (also with
federal agents counted as the raids' actors); sentence co-occurrence (a speaker criticises
every actor, and takes a stance on every issue, a negative statement names: ~10% precise);
opposing an issue criticises its actors (+3 tp, +102 fp).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .actors import DocActors, is_judicial
from .relations import Sink, mode_of, resolve, subject_actors
from .stances import IssueIndex, evaluation, judicial_stances, owned_issues, quote_speaker

CONFIDENCE = 0.4
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})
WINDOW = 6
SAME_SENTENCE = False


def _nearest(da: DocActors, idx: IssueIndex, scope: list[Token],
             evaluated: list[Token] | None = None) -> dict[str, int]:
    """Each evaluative word's polarity, credited to the closest issue mention in scope."""
    if not scope:
        return {}
    lo, hi = min(t.i for t in scope), max(t.i for t in scope) + 1
    mentions = [(i, iss) for i, iss in idx.mentions if lo <= i < hi and iss in idx.policy]
    doc = da.doc
    out: dict[str, int] = {}
    if not mentions:
        return out
    for t in evaluated if evaluated is not None else scope:
        sc = evaluation([t], da, of_issue=True)
        if not sc or any(doc[i].head.i == t.i and doc[i].dep_ == "compound"
                         for i, _ in mentions):
            continue  # "curfew violations": a compound names something else
        dist, iss = min((abs(i - t.i), iss) for i, iss in mentions)
        if dist <= WINDOW:
            out[iss] = out.get(iss, 0) + sc
    return out


def sentence_stances(da: DocActors, idx: IssueIndex, quotes: list[tuple[int, int]],
                     reporting: set[int], sink: Sink) -> None:
    doc = da.doc
    # quotes: issues named in the quote's sentence(s)
    for qs, qe in quotes:
        speakers = quote_speaker(da, qs, qe, reporting)
        if not speakers:
            continue
        s0, s1 = da.sent(qs), da.sent(qe - 1)
        for iss, score in _nearest(da, idx, list(doc[s0.start:s1.end]),
                                   list(doc[qs:qe])).items():
            if score:
                _emit(da, speakers, [iss], score, doc[qs], s0, sink, doc[qs:qe].text)


def _emit(da: DocActors, speakers: list[str], issues: list[str], score: int, v: Token,
          sent: Span, sink: Sink, quote: str) -> None:
    typ = "SUPPORTS" if score > 0 else "OPPOSES"
    for s in speakers:
        if da.kind(s) == "Location" and s not in da.acting:
            continue
        for iss in issues:
            sink.add(s, iss, typ, CONFIDENCE, "reported", "fallback:sentence-stance", v.text,
                     sent, quote=quote)


def orderer_stances(da: DocActors, idx: IssueIndex, sink: Sink) -> None:
    """Acting against the actor who ordered an issue's act is opposition to the issue."""
    # (a policy has an orderer; the protests have none: "will defend the right to protest"
    # makes no one whom a critic of theirs opposes the protests)
    issues = set(da.res.issues)
    ordered: dict[str, set[str]] = {}
    acted: dict[tuple[str, str], set[str]] = {}  # (orderer, sentence) -> the issues acted on
    for r in sink.rels.values():
        if r.target in idx.policy and r.type == "SUPPORTS" and r.mode != "negated" and (
                "act-on" in r.rule):
            ordered.setdefault(r.source, set()).add(r.target)
            if da.res.verb_type(r.rule.rsplit(":", 1)[-1]) == "ORDERS":
                for ev in r.evidence:  # (sending forces; not "to protect ICE agents")
                    acted.setdefault((r.source, ev.sentence), set()).add(r.target)
    if not ordered:
        return
    for o, owned in list(ordered.items()):
        known = da.res.actors.get(o)
        for org in known.affiliations if known and known.kind == "Person" else []:
            # acting against the orderer's office ("sued the White House") is against them
            ordered.setdefault(org, set()).update(owned)
    sent_issues: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for i, iss in idx.mentions:
        sent_issues.setdefault(da.sent(i).text.strip(), set()).add(iss)
        counts[iss] = counts.get(iss, 0) + 1
    for r in list(sink.rels.values()):
        if r.target in issues or r.mode in ("negated", "hypothetical") or r.polarity >= 0:
            continue  # (backing the orderer, measured: +0 tp / +3 fp on the tuning sets)
        owned = ordered.get(r.target)
        if not owned or r.source in ordered and owned <= ordered[r.source]:
            continue
        # of several issues the target ordered, the one the story is most about (all those
        # the sentence names: "deploying the Guard and Marines")
        top = {max(owned, key=lambda i: (counts.get(i, 0), i))}
        for ev in r.evidence:
            near = sent_issues.get(ev.sentence, set()) if SAME_SENTENCE else top
            here = owned & acted.get((r.target, ev.sentence), set())
            for iss in sorted(here) if len(here) > 1 else top & near:
                sink.add(r.source, iss, "OPPOSES", CONFIDENCE, r.mode,
                         "fallback:opposes-orderer", r.verb,
                         _span_of(da, ev.sentence), ev.quote)


def _orderers(da: DocActors, sink: Sink) -> dict[str, list[str]]:
    """Each issue's actors who ordered it in this story (an ordering verb or noun on it,
    asserted or reported), the one with the most such sentences first."""
    issues = set(da.res.issues)
    counts: dict[str, dict[str, int]] = {}
    for r in sink.rels.values():
        if (r.target not in issues or r.mode in ("negated", "hypothetical")
                or r.type != "SUPPORTS" or "act-on" not in r.rule):
            continue
        word = r.rule.split(":")[-1]
        entry = da.res.verbs.get(word) or da.res.nouns.get(word)
        if entry is not None and entry.type == "ORDERS":
            per = counts.setdefault(r.target, {})
            per[r.source] = per.get(r.source, 0) + len(r.evidence)
    return {iss: sorted(per, key=lambda a: -per[a]) for iss, per in counts.items()}


def sued_orderers(da: DocActors, sink: Sink) -> None:
    """'Newsom sued over the deployment' with no defendant named: the suit is against the
    ones who ordered what it is over (in this story)."""
    issues = set(da.res.issues)
    orderers = _orderers(da, sink)
    sues = {r.source for r in sink.rels.values() if r.type == "SUES" and r.target not in issues}
    suits = [r for r in sink.rels.values() if r.target in issues and r.type == "OPPOSES"
             and r.mode not in ("negated", "hypothetical") and r.source not in sues
             and r.rule.split(":")[-1] in da.res.suit_words]
    for r in suits:
        for o in orderers.get(r.target, [])[:2]:
            if o != r.source and da.kind(o) != "Location":
                ev = r.evidence[0]
                sink.add(r.source, o, "SUES", CONFIDENCE, r.mode, "fallback:sued-orderer", r.verb,
                         _span_of(da, ev.sentence), ev.quote)


def listed_parties(da: DocActors, sink: Sink) -> None:
    """'The lawsuit names Polis and Weiser as defendants', 'Named as defendants are Lee, …',
    'The plaintiffs include Harris and Pearson': parties listed in a sentence of their own.
    In a story whose suits have one side known (one plaintiff, or one defendant), the listed
    defendants are sued by it, and the listed plaintiffs sue it and take its stances."""
    res = da.res
    done = [r for r in sink.rels.values() if r.type == "SUES"
            and r.mode not in ("negated", "hypothetical")]
    suers = sorted({r.source for r in done})
    sued = sorted({r.target for r in done})
    if not done or len(suers) > 1 and len(sued) > 1:
        return
    # the known side's suit stances, which listed plaintiffs share
    suit_stances = [r for r in sink.rels.values() if r.source in suers and r.target in res.issues
                    and r.type == "OPPOSES"
                    and r.rule.split(":")[-1] in res.suit_words | {"sue-over"}]
    for sent in da.doc.sents:
        lemmas = [t.lemma_.lower() for t in sent]
        plaintiffs = "plaintiff" in lemmas
        defendants = any(x in res.defendant_nouns for x in lemmas) or any(
            t.lemma_.lower() == "name" and any(
                x.lemma_.lower() in res.suit_words for x in sent if x.i < t.i) for t in sent)
        if plaintiffs == defendants:
            continue  # (none, or both sides in one sentence: read by the rules proper)
        # (the list itself, not a clause about the suit: "… filed in the Central District")
        listed = [m.actor for m in da.mentions if sent.start <= m.start < sent.end
                  and not any(x.dep_ in CLAUSE_DEPS or x.dep_ == "conj" and x.pos_ in (
                      "VERB", "AUX") for x in [da.doc[m.end - 1], *da.doc[m.end - 1].ancestors])
                  and da.kind(m.actor) not in ("Group", "Location")
                  and not is_judicial(da, m.actor)]
        for a in dict.fromkeys(listed):
            pairs = [(a, d) for d in sued] if plaintiffs and len(sued) <= 2 else [
                (p, a) for p in suers] if defendants and len(suers) == 1 else []
            for p, d in pairs:
                if p != d and a not in (suers if plaintiffs else sued):
                    sink.add(p, d, "SUES", CONFIDENCE, "asserted", "fallback:listed-party", "",
                             sent)
            if plaintiffs and pairs and a not in suers:
                for r in suit_stances:
                    sink.derive(r, a, r.target, "OPPOSES", CONFIDENCE, "fallback:listed-party")


def against_orderers(da: DocActors, sink: Sink) -> None:
    """Opposing a policy criticises the person who ordered it in this story ("Bass called the
    deployment reckless" when Trump ordered it): the person, not a judge, with the most
    ordering sentences. Only stances of people and organisations from the rules proper, not
    from other fallbacks. Measured on the tuning sets, such criticism is keyed about half the
    time; for every person who ordered, or for organisations, far less often."""
    orderers = _orderers(da, sink)
    owned = owned_issues(da)  # (an owner's OPPOSES is dropped later: its words back the policy)
    main = {}
    for iss, who in orderers.items():
        people = [o for o in who if da.kind(o) == "Person" and not is_judicial(da, o)]
        if people and people[0] == who[0]:
            main[iss] = people[0]
    for r in list(sink.rels.values()):
        o = main.get(r.target)
        if (o is None or r.type != "OPPOSES" or r.rule.startswith("fallback:")
                or r.mode in ("negated", "hypothetical") or r.source in orderers[r.target]
                or da.kind(r.source) == "Group" or (r.source, r.target) in owned):
            continue
        if any(x.source == r.source and x.target == o and x.polarity > 0
               for x in sink.rels.values()):
            continue  # backs the person while opposing the policy
        for ev in r.evidence:
            sink.add(r.source, o, "CRITICIZES", CONFIDENCE, r.mode, "fallback:against-orderer",
                     r.verb, _span_of(da, ev.sentence), ev.quote)


def escalation_stances(da: DocActors, idx: IssueIndex, sink: Sink) -> None:
    """Opposing an escalation opposes what it escalates (issues.yaml ``escalates``: against
    sending the Marines is against the Guard deployment too), when the story names that issue
    and the actor takes no stance of its own on it."""
    named = {iss for _, iss in idx.mentions}
    has = {(r.source, r.target) for r in sink.rels.values()}
    for r in list(sink.rels.values()):
        iss = da.res.issues.get(r.target)
        if (iss is None or r.type != "OPPOSES" or r.rule.startswith("fallback:")
                or r.mode in ("negated", "hypothetical")):
            continue
        for other in iss.escalates:
            if other in named and (r.source, other) not in has:
                for ev in r.evidence:
                    sink.add(r.source, other, "OPPOSES", CONFIDENCE, r.mode,
                             "fallback:escalation", r.verb, _span_of(da, ev.sentence), ev.quote)


def against_doers(da: DocActors, sink: Sink) -> None:
    """Opposing what people do, not a policy ("condemned the protests"): criticism of the
    ones who do it, when the story names them (issues.yaml: ``policy: false``, ``actors``)."""
    for r in list(sink.rels.values()):
        iss = da.res.issues.get(r.target)
        if iss is None or iss.policy or r.type != "OPPOSES" or r.mode == "negated":
            continue
        for doer in iss.actors:
            if doer in da.actors and doer != r.source and da.actors[doer].mentions > 0:
                for ev in r.evidence:
                    sink.add(r.source, doer, "CRITICIZES", r.confidence * 0.9, r.mode,
                             "stance:against-doers", r.verb, _span_of(da, ev.sentence), ev.quote)


def _span_of(da: DocActors, text: str) -> Span:
    for s in da.doc.sents:
        if s.text.strip() == text:
            return s
    return da.doc[0:0]


QA_LINE = re.compile(r"^[ \t]*(Q|A)[ \t]*[:.\-\u2013\u2014][ \t]*", re.M)
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})


def qa_answers(da: DocActors, quotes: list[tuple[int, int]]) -> None:
    """Interviews and transcripts: each sentence of an "A:" line is a quote by the
    interviewee (the first person named before the first "Q:" line), and a labelled line
    ("BONTA: …", "GOVERNOR: …"; ``DocActors.labels``) is one quote, whole, by the person the
    label names, when two lines or more are labelled so (its own quotation marks, if any,
    are that person's); their first-person pronouns are that person."""
    text = da.text
    lines = list(QA_LINE.finditer(text))
    asked = any(m.group(1) == "Q" for m in lines)
    if not asked and len(da.labels) < 2:
        return
    who = None
    if asked:
        first_q = next(m.start() for m in lines if m.group(1) == "Q")
        for m in da.mentions:
            if da.doc[m.start].idx < first_q and da.kind(m.actor) == "Person":
                who = m.actor
                break
    # (an "A:" answer is quoted sentence by sentence; a labelled line whole, so that its
    # "he" may name someone it named)
    answers = [(m.end(), who, False) for m in lines if m.group(1) == "A" and who]
    answers += [(text.index(":", at) + 1, speaker, True) for at, speaker in da.labels.items()]
    doc = da.doc
    for start, who, whole in answers:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        for t in span:
            if t.lower_ in FIRST_PERSON and t.pos_ == "PRON" and t.i not in da.tok:
                da.tok[t.i] = who
        parts = [(span.start, span.end)] if whole else [
            (max(s.start, span.start), min(s.end, span.end))
            for s in {da.sent(t).start: da.sent(t) for t in span}.values()]
        for qs, qe in parts:
            if qe <= qs:
                continue
            inside = [q for q in quotes if qs <= q[0] < qe or q[0] <= qs < q[1]]
            for q in inside:  # the line's own quotation marks: the label still speaks
                if qs <= q[0] and q[1] <= qe + 1:
                    da.qa.setdefault(q, who)
            if not inside:
                quotes.append((qs, qe))
                da.qa[(qs, qe)] = who
    quotes.sort()


def appeals(da: DocActors, quotes: list[tuple[int, int]], sink: Sink) -> None:
    """'The administration appealed Breyer's order', 'filed an appeal', 'asked the 9th
    Circuit to block Breyer's order', 'vowed to appeal the ruling': the appellant takes the
    side opposite to the ruling's on each issue (the ruling's judge or court: its
    possessor, else the last judge or court before it that took a stance)."""
    res = da.res
    court_stances = {court: {r.target: r.polarity for r in rels} for court, rels in
                     judicial_stances(da, sink, ("asserted", "reported", "hypothetical")).items()}
    if not court_stances:
        return
    for t in da.doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma == "appeal":
            if t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in res.permission_verbs:
                continue  # "stayed the ruling to allow the administration to appeal"
            act, rulings = t, [o for o in t.children if o.dep_ == "dobj"]
        elif t.pos_ == "NOUN" and lemma == "appeal" and t.dep_ == "dobj":
            act, rulings = t.head, []
        elif t.pos_ == "VERB" and lemma in res.undo_verbs | res.appeal_verbs and t.dep_ in (
                "xcomp", "ccomp", "advcl") and t.head.lemma_.lower() in res.directive_verbs:
            act = t.head  # "asked the 9th Circuit to block Breyer's order"
            rulings = [o for o in t.children if o.dep_ == "dobj"
                       and o.lemma_.lower() in res.ruling_nouns]
            if not rulings:
                continue
        else:
            continue
        appellants, passive = subject_actors(act, da)
        if passive or not appellants:
            continue
        judges = [a for o in rulings for c in o.children if c.dep_ == "poss"
                  for a in [resolve(c, da)] if a in court_stances]
        if not judges:
            before = [m.actor for m in da.mentions if m.start < t.i and m.actor in court_stances]
            judges = before[-1:]
        mode = mode_of(act, da, quotes)
        for j in judges:
            for iss, pol in court_stances[j].items():
                for a in appellants:
                    if a != j and not is_judicial(da, a):
                        sink.add(a, iss, "OPPOSES" if pol > 0 else "SUPPORTS", CONFIDENCE, mode,
                                 "fallback:appeal", t.text, da.sent(t))

