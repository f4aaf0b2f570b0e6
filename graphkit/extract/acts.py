"""Speech acts and acts whose stance is implied, beyond the verb lexicon.

- directives: "asked the Pentagon to rescind the order", "urged residents to stay home",
  "called on the department to stop" -> speaker ORDERS addressee (0); when the directed act
  undoes an issue ("rescind the order", "withdraw the troops", "end the raids") the speaker
  OPPOSES that issue;
- demands for someone's release: "demanded his release", "called for the release of Huerta"
  -> SUPPORTS that person;
- escalation: "would double the number of Guard members" -> SUPPORTS the issue;
- "the troops should leave": a modal withdrawal of an issue's actors in a reported clause
  -> the speaker OPPOSES the issue.
The vocabularies are in data/lexicon.yaml.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from graphkit import ontology

from .actors import DocActors, is_judicial
from .relations import (
    BASE_CONFIDENCE,
    Sink,
    by_agents,
    direct_objects,
    expand,
    factor,
    givers,
    in_quote,
    infinitive,
    judged_objection,
    judging,
    mode_of,
    object_actors,
    owner_tokens,
    prep_objects,
    reaction_doer,
    received_by,
    refusal,
    resolve,
    sends_home,
    subject_actors,
    subjects,
    told_mode,
    undo_particle,
    undoes,
    undone_objects,
    verb_in,
)
from .stances import (
    NEG_TYPES,
    definite_suit,
    defunded,
    ended_issues,
    issue_actors,
    issues_of,
    limited_issues,
    obliged,
    urged_by,
)


def _ruled_duty(v: Token, da: DocActors) -> bool:
    """'The Supreme Court ruled that the administration must facilitate his return': a court
    ruling what someone must do directs them, as "ordered them to" does."""
    subj, passive = subject_actors(v, da)
    return not passive and any(is_judicial(da, a) for a in subj) and any(
        c.dep_ == "ccomp" and any(x.dep_ == "aux" and x.lower_ in ("must", "shall")
                                  for x in c.children) for c in v.children)


def _addressees(v: Token, da: DocActors) -> tuple[list[str], Token | None]:
    """(actors addressed, the directed verb) of "asked X to V" / "called on X to V"."""
    lemma = v.lemma_.lower()
    objs: list[Token] = []
    comp = None
    preps = da.res.addressee_preps.get(lemma)
    if preps:
        for c in v.children:
            # ("called for Trump to stop": only with the directed verb, below)
            if c.dep_ in ("prep", "prt") and c.lower_ in preps:
                objs += [p for p in c.children if p.dep_ == "pobj"]
                comp = comp or next((x for p in objs for x in p.children
                                     if x.dep_ in ("acl", "relcl", "xcomp")), None)
    else:
        objs = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    if not objs:
        # "demanding that Secretary Noem answer our questions", "requested that the
        # administration return the Guard"
        for c in v.children:
            # (or without "that", in the subjunctive: "demanded Trump withdraw the troops")
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and (any(
                    x.dep_ == "mark" and x.lower_ == "that" for x in c.children) or (
                    c.tag_ == "VB" and not any(x.dep_ == "aux" for x in c.children))):
                comp = c
                objs += [x for x in c.children if x.dep_ == "nsubj"]
    # the directed verb: "to V" hanging on the verb (or, misparsed, on the addressee; for
    # "her call for Trump to stop", on the verb the noun is the object of)
    heads = [v] + ([v.head] if v.pos_ == "NOUN" and v.dep_ == "dobj" else [])
    for c in (c for h in heads for c in h.children):
        if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and infinitive(c):
            comp = c
            objs += [x for x in c.children if x.dep_ == "nsubj"]
    if comp is None:
        for o in objs:
            for x in o.children:
                if x.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in x.children):
                    comp = x
    if comp is None and lemma in da.res.telling_directives and objs:
        # '"I told Pete we should use these cities …"', "told the governor that you must
        # act": what the addressee (or "we" with them) should do is directed (not a quote
        # before the verb: '"You should show your face," Wiener told the committee')
        told = {a for o in objs if (a := resolve(o, da))}
        for c in v.children:
            if c.dep_ == "ccomp" and c.i > max(o.i for o in objs) and c.pos_ in (
                    "VERB", "AUX") and obliged(c) and any(
                    x.dep_ == "nsubj" and (x.lower_ in ("we", "you") or resolve(x, da) in told)
                    for x in c.children):
                comp = c
    targets: list[str] = []
    for o in objs:
        for t in expand([o]):
            a = resolve(t, da)
            if a and a not in targets and da.kind(a) != "Location":
                targets.append(a)
    return targets, comp


def speech_acts(da: DocActors, idx, quotes, sink: Sink) -> None:
    res = da.res
    by_actor = issue_actors(da)
    for t in da.doc:
        if t.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in res.directive_verbs | res.court_directive_verbs or (
                t.pos_ == "NOUN" and lemma == "call" and t.dep_ == "dobj") or (
                t.pos_ == "VERB" and lemma in res.ruling_verbs and _ruled_duty(t, da)):
            _directive(da, idx, t, quotes, sink, by_actor)
        if t.pos_ == "VERB" and lemma in res.demand_verbs:
            _demand(da, t, quotes, sink)
            _advocacy(da, idx, t, quotes, sink, by_actor)
        if t.pos_ == "VERB" and lemma in res.doubting_verbs:
            _doubted(da, idx, t, quotes, sink)
        if t.pos_ == "VERB" and lemma in res.compliance_verbs:
            _refused_compliance(da, idx, t, quotes, sink)
        if t.pos_ == "VERB" and lemma in res.escalation_verbs:
            _escalation(da, idx, t, quotes, sink)
        elif t.pos_ == "VERB" and verb_in(t, res.participation_verbs) and not undo_particle(
                t, res):
            # ("carried out the raids", not "carried signs")
            _escalation(da, idx, t, quotes, sink, "participation")
        elif t.pos_ == "VERB" and lemma in res.enacting_verbs:
            _escalation(da, idx, t, quotes, sink, "enacting")
        if t.pos_ == "VERB" and lemma in res.measure_verbs:
            _measure(da, idx, t, quotes, sink)
        if t.pos_ in ("VERB", "AUX") and lemma in res.withdraw_verbs | res.undo_verbs:
            _should_leave(da, idx, t, quotes, sink, by_actor)
        elif t.pos_ in ("VERB", "AUX") and lemma in res.continuation_verbs:
            _should_leave(da, idx, t, quotes, sink, by_actor, sign=1)
        if t.pos_ == "VERB" and lemma in res.drawdown_verbs:
            _withdrawal(da, t, quotes, sink)
        if t.pos_ == "VERB" and lemma in res.undo_verbs | res.thwarting_verbs | res.suppressing_verbs and (
                t.dep_ in ("xcomp", "advcl")):
            _undo_purpose(da, idx, t, quotes, sink)
        if t.pos_ == "VERB" and lemma in res.depriving_verbs | res.defunding_verbs:
            _defunding(da, idx, t, quotes, sink)


def _measure(da, idx, v, quotes, sink) -> None:
    """'signed a law that puts restrictions on immigration enforcement', 'passed a bill
    banning sanctuary cities': making a measure law is against what it restricts or bans
    (lexicon ``measure_verbs``, ``measure_nouns``)."""
    res = da.res
    sources, passive = subject_actors(v, da)
    if passive or not sources:
        return
    against: list[str] = []
    for o in (c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in res.measure_nouns):
        clauses = [c for c in o.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        clauses += [x for c in clauses for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB"]
        for c in clauses:
            objs = [x for x in c.children if x.dep_ == "dobj"]
            if c.lemma_.lower() in res.preventing_verbs | res.restricting_verbs:
                found = [i for x in objs for i in issues_of(x, da, idx)]
                # "barring agents from wearing masks": the ones barred, and what from
                found += [i for x in prep_objects(c, frozenset({"from"})) for i in issues_of(x, da, idx)]
            else:  # "puts significant restrictions on immigration enforcement"
                found = [i for x in objs for i in limited_issues(x, da, idx)]
            against += [i for i in found if i not in against]
    mode = mode_of(v, da, quotes)
    for s in sources:
        for iss in against:
            sink.add(s, iss, "OPPOSES", 0.6 * factor(mode), mode,
                     f"stance:measure-{v.lemma_.lower()}", v.text, da.sent(v))


def _refused_compliance(da, idx, v, quotes, sink) -> None:
    """'said she would not honor the new sanctuary policy', 'refused to enforce the curfew':
    refusing to follow a policy opposes it (lexicon ``compliance_verbs``)."""
    if mode_of(v, da, quotes) != "negated" or not refusal(v, da):
        return
    sources, passive = subject_actors(v, da)
    if passive or not sources:
        return
    objs = [c for c in v.children if c.dep_ == "dobj"] + prep_objects(v, frozenset({"with", "by"}))
    # the policy named by the object itself ("the sanctuary policy", "the curfew"), not one
    # its clauses mention ("the law barring agents from masks during immigration raids")
    words = [w for o in objs for w in (o, *(c for c in o.children
                                            if c.dep_ in ("compound", "amod")))]
    issues = [i for w in words for i in idx.hits(w) if i in idx.policy]
    told = told_mode(v, da, quotes)
    for s in sources:
        for iss in dict.fromkeys(issues):
            sink.add(s, iss, "OPPOSES", 0.55, told, f"stance:refused-{v.lemma_.lower()}",
                     v.text, da.sent(v))


def _doubted(da, idx, v, quotes, sink) -> None:
    """'questioned the effectiveness of the military presence', 'doubted the need for the
    troops': doubting an issue's merit opposes it (lexicon ``doubting_verbs``,
    ``merit_nouns``)."""
    sources, passive = subject_actors(v, da)
    if passive or not sources:
        return
    issues: list[str] = []
    for o in (c for c in v.children if c.dep_ == "dobj"):
        if o.lemma_.lower() not in da.res.merit_nouns:
            continue
        for p in prep_objects(o, frozenset({"of", "for", "behind"})):
            issues += [i for i in issues_of(p, da, idx) if i not in issues and i in idx.policy]
    mode = mode_of(v, da, quotes)
    for s in sources:
        for iss in issues:
            sink.add(s, iss, "OPPOSES", 0.55 * factor(mode), mode,
                     f"stance:doubted-{v.lemma_.lower()}", v.text, da.sent(v))


def _undo_purpose(da, idx, v, quotes, sink) -> None:
    """'Newsom sued to stop the deployment', 'vowed to seek an order to stop Trump from
    deploying troops': acting to end an issue opposes it."""
    if not infinitive(v) or (
            v.head.lemma_.lower() in da.res.directive_verbs):
        return  # (directives: acts._directive)
    sources, passive = subject_actors(v, da)
    if passive or not sources:
        return
    sign = -1
    if v.dep_ == "advcl" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in da.res.order_nouns and c.i < v.i
            for c in v.head.children):
        # "defied an order to remove the sanctuary policy", the parser hanging the order's
        # content on the verb: defying it is for what it would remove, obeying it against
        kind = da.res.verb_type(v.head.lemma_)
        if kind not in NEG_TYPES | {"SUPPORTS", "COOPERATES_WITH"}:
            return
        sign = 1 if kind in NEG_TYPES else -1
    objs = [c for c in v.children if c.dep_ == "dobj"]
    # "to stop Trump from deploying the Guard": the act it stops
    objs += [o for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pcomp" for o in [p, *p.children]
             if o is p or o.dep_ == "dobj"]
    issues: list[str] = []
    suppress = v.lemma_.lower() in da.res.suppressing_verbs  # (the protests too)
    if suppress and (v.head.pos_ != "VERB" or judging(v.head, da)):
        return  # "slammed Trump's deployment of the Guard to quell protests": Trump's aim
    for o in objs:
        issues += [i for i in issues_of(o, da, idx) if i not in issues and (
            suppress or i in idx.policy)]
    mode = mode_of(v, da, quotes)
    for s in sources:
        for iss in issues:
            sink.add(s, iss, "OPPOSES" if sign < 0 else "SUPPORTS", 0.55 * factor(mode), mode,
                     f"stance:undo-{v.lemma_.lower()}", v.text, da.sent(v))


def _defunding(da, idx, v, quotes, sink) -> None:
    """'Trump threatened to withhold federal funding from sanctuary cities': taking funds
    from those who hold a policy, or from the force that carries one out, opposes it."""
    targets = defunded(v, da)
    if not targets:
        return
    issues = list(dict.fromkeys(i for o in targets for i in issues_of(o, da, idx)))
    if not issues:
        return
    sources, passive = subject_actors(v, da)
    if passive:
        return
    if not sources and v.dep_ in ("acl", "xcomp") and v.head.pos_ == "NOUN":
        # "Trump's efforts to strip funding from …", "an order stripping cities of funds"
        sources = [a for w in owner_tokens(v.head) for a in _actors(da, w)]
        if not sources and v.head.dep_ == "dobj" and v.head.head.lemma_.lower() in (
                da.res.lawmaking_verbs | da.res.issuing_verbs):
            # "signed an order stripping sanctuary cities of funds": the signer
            sources, passive = subject_actors(v.head.head, da)
            sources = [] if passive else sources
    mode = mode_of(v, da, quotes)
    for s in dict.fromkeys(sources):
        for iss in issues:
            sink.add(s, iss, "OPPOSES", 0.55 * factor(mode), mode,
                     f"stance:defund-{v.lemma_.lower()}", v.text, da.sent(v))


def _withdrawal(da, v, quotes, sink) -> None:
    """'The Pentagon is releasing 2,000 Guard members', 'Hegseth withdrew the Marines': the
    one who pulls deployed troops out ORDERS them."""
    if v.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in v.head.children) or infinitive(
            v) and v.head.lemma_.lower() in da.res.directive_verbs:
        return  # "pressed Hegseth to withdraw the Marines": Hegseth would, if anyone (so
        # would the administration "called on" to withdraw them)
    sources, passive = subject_actors(v, da)
    if passive or not sources:
        return
    # "releasing 2,000 of the Guard members": the force may sit in an "of" phrase
    heads = [t for o in v.children if o.dep_ == "dobj" for t in expand([o])]
    heads += [p for t in heads for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    troops = list(dict.fromkeys(a for t in heads if (a := resolve(t, da))
                                and a in da.res.troop_forces))
    mode = mode_of(v, da, quotes)
    for s in sources:
        for tg in troops:
            sink.add(s, tg, "ORDERS", BASE_CONFIDENCE["verb"] * factor(mode) * 0.85, mode,
                     f"pattern:withdraw-{v.lemma_.lower()}", v.text, da.sent(v))


def _directive(da, idx, v, quotes, sink, by_actor) -> None:
    targets, comp = _addressees(v, da)
    if comp is not None and any(c.dep_ == "auxpass" for c in comp.children):
        # ("called for the Guard to be sent": a demand for the act, not a directive to
        # the Guard; but "directed that the Marines be called off" orders them)
        _passive_directive(da, idx, v, comp, quotes, sink, by_actor)
        return
    if comp is None:
        return
    # "Bass renewed her call for Trump to stop the raids": the caller owns the call
    sources, passive = ([a for c in v.children if c.dep_ == "poss" for a in _actors(da, c)],
                        False) if v.pos_ == "NOUN" else subject_actors(v, da)
    if v.lemma_.lower() in da.res.court_directive_verbs:
        sources = [s for s in sources if is_judicial(da, s)]
    if passive or not sources:
        return
    if v.pos_ == "VERB" and obliged(v):
        return  # '"Bass and Newsom must call for it to end," she said': asked of them
    mode = mode_of(v, da, quotes)
    conf = BASE_CONFIDENCE["verb"] * factor(mode) * 0.85
    sent = da.sent(v)
    # ("urged ICE not to conduct raids near schools": asking them to refrain undoes it too;
    # "told the Marines not to fire" is an order still)
    undo = undoes(comp, da.res) or any(c.dep_ == "neg" for c in comp.children) and (
        v.lemma_.lower() not in da.res.order_verbs | {"tell"})
    if undo and comp.lemma_.lower() in da.res.withdraw_verbs | da.res.continuation_verbs and (
            undo_particle(comp, da.res)) and not any(tg in by_actor for tg in targets):
        # "told ICE to go home" sends a force away; "urged residents to stay away from the
        # protests" is a caution, not opposition
        undo = False
    # directing someone to undo what they do, or pressing/demanding: opposition to them;
    # pressing them to do more of it ("pressed ICE to expand operations") is an order;
    # asking them to explain or justify it calls them to account
    more = comp.lemma_.lower() in da.res.escalation_verbs | da.res.continuation_verbs
    # ("pressed the president to send troops": pressing an ally to act is no opposition)
    sends = da.res.verb_type(comp.lemma_) == "ORDERS" or _supplies_troops(comp, da.res)
    ordering = (sends or da.res.verb_type(comp.lemma_) == "COERCES" or (
        comp.lemma_.lower() in da.res.light_verbs and any(  # "make 3,000 arrests a day"
            (r := da.res.nouns.get(o.lemma_.lower())) and r.type == "COERCES"
            for o in comp.children if o.dep_ == "dobj"))) and not undo
    adversarial = (v.lemma_.lower() in da.res.adversarial_directives and not more
                   and not ordering or comp.lemma_.lower() in da.res.accountability_verbs)
    types = (["ORDERS"] if not (adversarial or undo) else []) + (
        ["OPPOSES"] if undo or adversarial else [])
    if comp.lemma_.lower() in da.res.dispersal_verbs:
        types = ["COERCES"]  # "ordered the protesters to disperse"
    owners = [a for o in comp.children if o.dep_ == "dobj" for c in o.children
              if c.dep_ == "poss" and c.pos_ != "PRON" for a in _actors(da, c)]
    if undo and owners and not set(owners) & set(targets):
        # "asked the 9th Circuit to block Breyer's order": against the order's owner, a
        # request to the court
        targets, types = owners, ["OPPOSES"]
    elif undo and not adversarial:
        # "asked Judge Breyer to block the deployment": a request to the court, not
        # opposition to it
        targets = [tg for tg in targets if not is_judicial(da, tg)]
    for s in sources:
        for tg in targets:
            for typ in types:
                sink.add(s, tg, typ, conf, mode, f"pattern:directive-{v.lemma_.lower()}",
                         v.text, sent)
    # ("asked several states to deploy Guard troops": backed with no one named to do it)
    if (ordering or more) and not adversarial and types == ["ORDERS"] and (
            targets or v.lemma_.lower() in da.res.asking_verbs
            and sends) and not sends_home(comp, da.res):
        # "demanded that ICE arrest 3,000 people a day", "pressed Trump to send troops":
        # directing someone's act backs its issue (the force's own, or what it sends)
        backed = [i for tg in targets for i in by_actor.get(tg, [])]
        if sends:
            backed += [i for o in comp.children if o.dep_ == "dobj"
                       for i in issues_of(o, da, idx)]
        for s in sources:
            for iss in dict.fromkeys(backed):
                if iss in idx.policy:
                    sink.add(s, iss, "SUPPORTS", 0.6 * factor(mode), mode,
                             f"stance:directive-{comp.lemma_.lower()}", comp.text, sent)
    if undo:
        issues: list[str] = []
        # ("demanded that the raids stop": the clause's own subject is what is undone)
        undone = [c for c in comp.children if c.dep_ in ("dobj", "nsubjpass", "dative")] + [
            c for c in comp.children if c.dep_ == "nsubj" and not resolve(c, da)] + (
            undone_objects(comp, da.res))
        undone = [o for o in undone if not _hostile_gerund(o, da.res)]
        for o in undone:
            # ("asked the court to lift the restrictions on immigration stops": undoing a
            # limit on the raids is for them, which lifted_limits reads)
            limited = limited_issues(o, da, idx)
            issues += [i for i in issues_of(o, da, idx) if i not in issues and i not in limited]
            # ("send the Marines home", parsed as one noun phrase: the force in it)
            issues += [i for a in object_actors(o, da) for i in by_actor.get(a, [])
                       if i not in issues]
        if not issues:
            # "called on ICE to leave the county": the addressee's activity is the issue
            for tg in targets:
                issues += [i for i in by_actor.get(tg, []) if i not in issues]
        for s in sources:
            for iss in issues:
                sink.add(s, iss, "OPPOSES", 0.6 * factor(mode), mode,
                         f"stance:directive-undo-{comp.lemma_.lower()}", comp.text, sent)


def _supplies_troops(v: Token, res) -> bool:
    """'provide all necessary troops': giving troops is sending them (``supplying_verbs``)."""
    return v.lemma_.lower() in res.supplying_verbs and any(
        o.dep_ == "dobj" and o.lemma_.lower() in res.troop_nouns for o in v.children)


def _hostile_gerund(o: Token, res) -> bool:
    """'stop demonizing ICE' (the gerund parsed as a modifier of ICE): what is stopped is a
    hostile act on the object, not the object's activity."""
    for x in o.children:
        w = x.lower_
        if x.dep_ in ("compound", "amod") and w.endswith("ing") and x.i < o.i and any(
                ontology.polarity(res.verb_type(stem) or "") < 0
                for stem in (w[:-3], w[:-3] + "e")):
            return True
    return False


def _passive_directive(da, idx, v, comp, quotes, sink, by_actor) -> None:
    """'Hegseth directed that all 700 Marines be called off': an order to the troops, and a
    stance on their deployment (against it if the directed act undoes it); 'called for the
    Guard to be sent': the stance only."""
    orders = any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children) and (
        v.lemma_.lower() in da.res.order_verbs)
    forces = [a for c in comp.children if c.dep_ == "nsubjpass" for a in _actors(da, c)
              if a in da.res.troop_forces]
    sources, passive = subject_actors(v, da)
    if not forces or passive or not sources:
        return
    undo = undoes(comp, da.res)
    mode = mode_of(v, da, quotes)
    sent = da.sent(v)
    for s in sources:
        for f in forces:
            if orders:
                sink.add(s, f, "ORDERS", BASE_CONFIDENCE["verb"] * factor(mode) * 0.85, mode,
                         f"pattern:directive-{v.lemma_.lower()}", v.text, sent)
            for iss in by_actor.get(f, []):
                sink.add(s, iss, "OPPOSES" if undo else "SUPPORTS", 0.6 * factor(mode), mode,
                         f"stance:directive-{comp.lemma_.lower()}", comp.text, sent)


def _demand(da, v, quotes, sink) -> None:
    """'demanded his immediate release', 'called for the release of Huerta'."""
    res = da.res
    objs = [c for c in v.children if c.dep_ == "dobj"]
    objs += [p for c in v.children if c.dep_ in ("prep", "prt") and c.lower_ == "for"
             for p in c.children if p.dep_ == "pobj"]
    freed: list[str] = []
    holders: list[str] = []
    # "Bass demanded his release": a pronoun is the one held, found below
    poss = [c for o in objs if o.lemma_.lower() in res.release_nouns for c in o.children
            if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")]
    for o in objs:
        if o.lemma_.lower() not in res.release_nouns:
            continue
        for c in o.children:
            if c in poss:
                continue
            if c.dep_ == "poss":
                a = resolve(c, da)
                if a and a not in freed:
                    freed.append(a)
            elif c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        # "the release of each individual whom ICE has arrested": the ones
                        # held, not the one holding them (who is pressed, below)
                        clauses = [x for x in p.children if x.dep_ in ("relcl", "acl")]
                        inside = {t.i for x in clauses for t in x.subtree}
                        holders += [a for x in clauses if _holds(x, res) and p.i not in da.tok
                                    for a in subject_actors(x, da)[0]]
                        freed += [a for a in object_actors(p, da) if a not in freed
                                  and a not in holders and not any(
                                      da.tok.get(i) == a for i in inside)]
    sources, passive = subject_actors(v, da)
    if passive:
        return
    if holders:
        mode = mode_of(v, da, quotes)
        for s in sources:
            for h in dict.fromkeys(holders):
                if h not in sources and da.kind(h) != "Location":
                    sink.add(s, h, "OPPOSES", BASE_CONFIDENCE["verb"] * factor(mode) * 0.8,
                             mode, "pattern:demand-release-from", v.text, da.sent(v))
    # "demanded an immediate accounting from Noem": pressure on the one asked
    asked = [a for o in objs for c in list(o.children) + list(v.children)
             if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj" for a in object_actors(p, da)]
    if asked:
        mode = mode_of(v, da, quotes)
        for s in sources:
            for tg in dict.fromkeys(asked):
                # (not "sought emergency relief from the high court": a plea to a court)
                if tg != s and da.kind(tg) != "Location" and not is_judicial(da, tg):
                    sink.add(s, tg, "CRITICIZES", BASE_CONFIDENCE["verb"] * factor(mode) * 0.8,
                             mode, "pattern:demand-from", v.text, da.sent(v))
    # "demanded Noem's resignation", "called for the impeachment of Hegseth": against them
    ousted = [a for o in [*objs, *(c for o in objs for c in o.children if c.dep_ == "conj")]
              if o.lemma_.lower() in res.ouster_nouns for c in o.children
              for x in ([c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"]
                        if c.dep_ == "prep" and c.lower_ == "of" else [])
              if (a := resolve(x, da)) and da.kind(a) == "Person"]
    if ousted:
        mode = mode_of(v, da, quotes)
        for s in sources:
            for tg in dict.fromkeys(ousted):
                if tg != s:
                    sink.add(s, tg, "CRITICIZES", BASE_CONFIDENCE["verb"] * factor(mode) * 0.85,
                             mode, "pattern:demand-ouster", v.text, da.sent(v))
    if not freed or set(freed) <= set(sources) or poss:
        # "Bass demanded his release": 'his' is not the speaker; the person named before
        freed = [a for a in freed if a not in sources]
        def held(m) -> bool:  # the one arrested, detained or charged ("charged Huerta")
            t = da.doc[m.end - 1]
            return t.dep_ in ("dobj", "nsubjpass") and _holds(t.head, res)
        for c in poss:
            people = [m for m in reversed(da.mentions) if m.start < c.i and c.i - m.start < 150
                      and m.actor not in sources and da.kind(m.actor) == "Person"]
            pick = next((m for m in people if held(m)), people[0] if people else None)
            if pick is not None:
                freed.append(pick.actor)
    if not freed:
        return
    mode = mode_of(v, da, quotes)
    for s in sources:
        for tg in freed:
            if da.kind(tg) != "Location":
                sink.add(s, tg, "SUPPORTS", BASE_CONFIDENCE["verb"] * factor(mode) * 0.85, mode,
                         "pattern:demand-release", v.text, da.sent(v))


def _holds(v: Token, res) -> bool:
    """Is this verb an arrest or detention ("whom ICE has arrested", "detained by agents")?"""
    return res.verb_type(v.lemma_) == "COERCES"


def _escalation(da, idx, v, quotes, sink, kind: str = "escalation") -> None:
    """'doubled the Guard presence', 'planned marches': doing more of an issue, or taking
    part in it, supports it."""
    # "attacked officers carrying out deportation operations": the officers carry them out
    # (and no one else when they name no actor)
    acl = v.dep_ == "acl" and v.tag_ == "VBG"
    heads = [v.head] if acl else []
    if v.dep_ == "advcl" and v.tag_ == "VBG":
        # (the same hung on the verb: "attacked ICE officers and agents carrying out …")
        heads = [o for o in v.head.children if o.dep_ == "dobj"
                 and max(t.i for t in o.subtree) == v.i - 1]
        acl = bool(heads)
    doers = [a for w in expand(heads) if (a := resolve(w, da))]
    sources, passive = (doers, False) if acl else subject_actors(v, da)
    if passive or not sources:
        return
    issues: list[str] = []
    opposed: list[str] = []
    protested: list[str] = []
    ended: list[str] = []
    if any(w.lemma_.lower() in da.res.liability_words for o in [v, *v.children]
           for w in o.children):
        return  # "held Hegseth responsible for the deployment": blame, not a part in it
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if kind == "escalation" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children):
        objs += prep_objects(v, frozenset({"on"}))  # "will double down on the operations"
    for o in objs:
        if kind == "enacting":  # the policy itself is the object (not "declare it unlawful")
            if any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in v.children):
                break
            iss = idx.strong.get(o.i)
            issues += [iss] if iss and iss in idx.policy and iss not in issues else []
            continue
        # "joined the lawsuit against the deployment": not what is done more of (nor "joined
        # a lawsuit challenging ICE raids", parsed with "challenging" on the raids)
        against = {i for t in o.subtree if t.dep_ == "prep" and t.lower_ == "against"
                   for p in t.children if p.dep_ == "pobj" for i in idx.for_object(p)}
        if kind == "escalation" and o.lemma_.lower() in da.res.pressure_nouns:
            # "ramping up pressure on sanctuary jurisdictions": more pressure on it opposes it
            pressed = {i for p in prep_objects(o, frozenset({"on"})) for i in issues_of(p, da, idx)}
            opposed += [i for i in pressed if i not in opposed]
            against |= pressed
        if any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in da.res.challenge_verbs
               for c in o.children) or any(t.lemma_.lower() in da.res.suit_words
                                           for t in o.subtree) or (
                o.lemma_.lower() in da.res.inquiry_nouns) or (
                o.lemma_.lower() in da.res.document_nouns and any(
                    c.dep_ in ("acl", "relcl") for c in o.children) and not any(
                    i == o.i for i, _iss in idx.mentions)):
            # ("passed a resolution condemning the raids": its verb speaks; not "adopted an
            # ordinance barring staff from assisting immigration agents", itself a policy)
            continue
        if kind == "participation" and not any(i == o.i for i, _iss in idx.mentions) and any(
                c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in o.children):
            continue  # "held a press conference calling for the troops to leave": its verb
        if o.lemma_.lower() in da.res.attempt_nouns and any(
                c.dep_ == "acl" and infinitive(c) for c in o.children):
            continue  # "doubled its effort to protect students from the raids": its verb
        lem = o.lemma_.lower()
        if lem in da.res.end_nouns:
            # "announced an end to the raids": against them
            ended += [i for i in ended_issues(o, da, idx) if i not in ended]
            continue
        if (r := da.res.nouns.get(lem)) and r.type in NEG_TYPES or (
                lem in da.res.negative or lem in da.res.turmoil_nouns):
            # "lead opposition to the deployment", "escalated violence toward officers": the
            # noun's own reading (nouns of acts), not a part in what it is about
            continue
        done = [i for i in issues_of(o, da, idx) if i not in issues and i not in against]
        if kind == "participation" and done and not set(done) & idx.policy:
            # "held a rally against the raids": a protest against something opposes it (the
            # parser may hang "against" on the verb)
            targets = [p for t in o.subtree if t.dep_ == "prep" and t.lower_ == "against"
                       for p in t.children if p.dep_ == "pobj"]
            targets += prep_objects(v, frozenset({"against"}))
            protested += [i for p in targets for i in issues_of(p, da, idx)
                          if i not in protested and i not in done]
        issues += done
    mode = mode_of(v, da, quotes)
    for s in sources:
        for iss in issues:
            sink.add(s, iss, "SUPPORTS", 0.6 * factor(mode), mode,
                     f"stance:{kind}-{v.lemma_.lower()}", v.text, da.sent(v))
        for against, how in ((opposed, "pressure"), (ended, "end"), (protested, "protest")):
            for iss in against:
                sink.add(s, iss, "OPPOSES", 0.55 * factor(mode), mode,
                         f"stance:{how}-{v.lemma_.lower()}", v.text, da.sent(v))


def _advocacy(da, idx, v, quotes, sink, by_actor) -> None:
    """'demanded an end to the raids' opposes them; 'called for more arrests' supports the
    raids; 'called for the troops to leave' opposes the troops' deployment."""
    sources, passive = subject_actors(v, da)
    if passive or not sources or obliged(v):
        return  # ('"Bass must call for an end to it," he said': asked of her)
    res = da.res
    # "called the deployment reckless" labels it; "called for …" asks for it
    labels = v.lemma_.lower() == "call" or any(
        c.dep_ in ("oprd", "ccomp", "xcomp", "dative") for c in v.children)
    objs = [] if labels else [c for c in v.children if c.dep_ == "dobj"]
    objs += [p for c in v.children if c.dep_ in ("prep", "prt") and c.lower_ == "for"
             for p in c.children if p.dep_ == "pobj"]
    found: list[tuple[str, int, str]] = []
    withdrawn: list[str] = []
    for o in objs:
        lem = o.lemma_.lower()
        if lem in res.end_nouns:
            found += [(i, -1, "end") for i in ended_issues(o, da, idx)]
            # "demanded the withdrawal of federal troops and ICE": against those sent away
            withdrawn += [a for p in prep_objects(o, frozenset({"of"})) for t in expand([p])
                          if (a := resolve(t, da)) and a in by_actor and a not in withdrawn]
        elif any(x.dep_ in ("acl", "relcl") and x.lemma_.lower() in res.withdraw_verbs
                 for x in o.children):
            # "called for the troops to leave"
            found += [(i, -1, "leave") for t in expand([o])
                      for i in by_actor.get(resolve(t, da) or "", [])]
        elif any(x.dep_ in ("acl", "relcl") and x.lemma_.lower() in res.undo_verbs
                 for x in o.children):
            # "called for the raids to end": not a call for more of them
            found += [(i, -1, "end") for i in idx.for_object(o)]
        elif lem in res.ruling_nouns and any(c.lower_ in ("court", "restraining", "judicial")
                                             for c in o.children):
            # "sought a court order to stop the deployment": against what the order stops
            found += [(i, -1, "end") for x in o.children if x.dep_ in ("acl", "relcl")
                      and x.lemma_.lower() in res.undo_verbs
                      for y in [x, *x.subtree] if y.dep_ in ("dobj", "pcomp")
                      for i in issues_of(y, da, idx)]
        elif o.i in idx.strong or o.i in idx.weak:
            # the object itself names the issue: "called for more arrests", "promised raids"
            # (but "called for the raids to end", with "to end" parsed off the verb: an end)
            ended = any(c.dep_ == "prep" and c.lower_ == "to" and c.i > o.i and any(
                p.lemma_.lower() in res.end_nouns | res.undo_verbs for p in c.children)
                for c in v.children) or any(  # ("called for no ICE raids": none of them)
                c.dep_ == "det" and c.lower_ in res.negation for c in o.children)
            found += [(i, -1, "end") if ended else (i, 1, "more") for i in idx.for_object(o)]
        elif lem in res.escalation_nouns:
            # "promised an increase in these operations": more of what its phrase names
            found += [(i, 1, "more") for c in o.children if c.dep_ == "prep"
                      and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj"
                      for i in idx.for_object(p)]
        elif o.dep_ == "dobj" and v.lemma_.lower() in res.wanting_verbs and (
                forces := [i for t in expand([o]) if (a := resolve(t, da))
                           for i in by_actor.get(a, [])]):
            # "wants the National Guard": the force's deployment
            found += [(i, 1, "force") for i in forces]
    for c in v.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in res.withdraw_verbs and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            # "called for the troops to leave" parsed as a clause
            found += [(i, -1, "leave") for n in c.children if n.dep_ == "nsubj"
                      for t in expand([n]) for i in by_actor.get(resolve(t, da) or "", [])]
    mode = mode_of(v, da, quotes)
    if mode == "negated" and v.lemma_.lower() in res.disagreement_negations and (any(
            c.dep_ == "neg" for c in v.children) or (
            v.dep_ == "conj" and any(c.dep_ == "neg" for c in v.head.children))):
        # "she does not want the National Guard", "does not want more raids": against it
        found = [(iss, -sign, how) for iss, sign, how in found]
        mode = "reported" if in_quote(v, quotes) else "asserted"
    for iss, sign, how in dict.fromkeys(found):
        for s in sources:
            sink.add(s, iss, "SUPPORTS" if sign > 0 else "OPPOSES", 0.6 * factor(mode), mode,
                     f"stance:demand-{how}", v.text, da.sent(v))
    for a in withdrawn:
        for s in sources:
            if s != a:
                sink.add(s, a, "OPPOSES", 0.5 * factor(mode), mode, "pattern:demand-withdrawal",
                         v.text, da.sent(v))


def _should_leave(da, idx, v, quotes, sink, by_actor, sign: int = -1) -> None:
    """'Waters said the troops should leave immediately', 'the raids must stop' (against);
    'the Guard should stay' (for)."""
    speakers = urged_by(v, da)
    if not speakers:
        return
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]  # "should be returned"
    issues: list[str] = []
    for s in subj:
        for iss in by_actor.get(resolve(s, da) or "", []) or idx.for_object(s):
            issues.append(iss)
    if not issues:
        return
    for s in speakers:
        for iss in issues:
            sink.add(s, iss, "OPPOSES" if sign < 0 else "SUPPORTS", 0.55, "reported",
                     "stance:should-leave" if sign < 0 else "stance:should-stay", v.text,
                     da.sent(v))


__all__ = ["case_names", "custody", "demanding_letters", "ended_ties", "lawsuit_parties",
           "orders_from", "overruled", "permissions", "received_acts", "rulings_on_rulings",
           "speech_acts"]


def overruled(da: DocActors, idx, quotes, sink: Sink) -> None:
    """'deployed the Guard against the wishes of Newsom', 'a decision made without the
    governor's consent', 'bypassed Newsom': the one overruled OPPOSES the act's issue, and
    the one who acts OPPOSES them; 'despite objections from Newsom': he OPPOSES the one
    acting (lexicon: ``objection_nouns``, ``overriding_verbs``, ``protest_nouns``)."""
    res = da.res
    for t in da.doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in res.overriding_verbs:
            act, skip = t, None
            holders = [a for o in t.children if o.dep_ == "dobj"
                       for a in (_holders(da, o) if _objection(da, o) else _actors(da, o))]
        elif t.pos_ == "NOUN" and t.dep_ == "pobj" and lemma in res.objection_nouns.get(
                t.head.lower_, ()):
            if t.head.lower_ == "of":
                continue  # ("in defiance of X's wishes": from "defiance", below)
            act, skip = t.head.head, t.head
            holders = _holders(da, t)
        elif t.pos_ == "NOUN" and t.dep_ == "dobj" and _objection(da, t) and any(
                c.dep_ == "amod" and c.lower_.endswith("ing") and {
                    c.lower_[:-3], c.lower_[:-3] + "e"} & res.overriding_verbs
                for c in t.children):
            # "sent the troops, overriding objections by the governor" (parsed as an adjective)
            act, skip = t.head, None
            holders = _holders(da, t)
        elif t.pos_ == "VERB" and t.dep_ == "pcomp" and t.head.lower_ == "without" and (
                lemma in res.consulting_verbs):
            # "sent the troops without consulting him": the one not consulted is overruled
            act, skip = t.head.head, t.head
            holders = [a for o in t.children if o.dep_ == "dobj" for a in _actors(da, o)]
        elif t.pos_ == "NOUN" and lemma in res.objection_nouns.get("of", ()) and (
                t.dep_ == "pobj"):
            act, skip = t.head.head, t.head
            holders = [a for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for o in c.children if o.dep_ == "pobj"
                       for a in (_holders(da, o) if _objection(da, o) else _actors(da, o))]
            holders = holders or _holders(da, t)
        else:
            continue
        if not holders and t.pos_ == "NOUN" and t.right_edge.i + 1 < len(da.doc):
            # "in defiance of warnings from Newsom" with "from" hung on the verb: the phrase
            # right after the objection's
            nxt = da.doc[t.right_edge.i + 1]
            if nxt.dep_ == "prep" and nxt.lower_ in ("from", "by"):
                holders = [a for p in nxt.children if p.dep_ == "pobj" for a in _actors(da, p)]
        if not holders:
            continue
        while act.pos_ not in ("VERB", "AUX") and act.dep_ in ("pobj", "prep", "dobj", "conj") and (
                act.head.i != act.i):
            act = act.head  # "deployed troops to the city against the wishes of …"
            # ("called in the Guard and then the Marines over the objections of …", the second
            # force hung on the verb)
        if t.pos_ == "NOUN" and judged_objection(da, t):
            continue  # "blasted Newsom over his opposition to the raids": it is what is judged
        issues = _act_issues(da, idx, act, skip)
        mode = mode_of(act, da, quotes)
        sent = da.sent(t)
        doers = subject_actors(act, da)[0] if act.pos_ in ("VERB", "AUX") else []
        for h in holders:
            for iss in issues:
                sink.add(h, iss, "OPPOSES", 0.6 * factor(mode), mode, f"stance:overruled-{lemma}",
                         t.text, sent)
            for d in doers:
                if d not in holders and da.kind(d) != "Location":
                    if lemma not in res.protest_nouns:
                        sink.add(d, h, "OPPOSES", 0.6 * factor(mode), mode,
                                 f"pattern:overruled-{lemma}", t.text, sent)
                    else:
                        # "over Newsom's protests": he protested against the one acting
                        sink.add(h, d, "OPPOSES", 0.55 * factor(mode), mode,
                                 f"pattern:overruled-{lemma}", t.text, sent)


def _objection(da: DocActors, t: Token) -> bool:
    return t.lemma_.lower() in da.res.objections


def _actors(da: DocActors, t: Token) -> list[str]:
    return list(dict.fromkeys(a for x in expand([t]) if (a := resolve(x, da))))


def _holders(da: DocActors, n: Token) -> list[str]:
    """Whose consent or wishes: "Newsom's consent", "the wishes of the governor", "objections
    from Newsom"."""
    # ("objections by the governor"; but not "protests over activity by ICE" misparsed)
    preps = ("from",) if n.lemma_.lower() == "protest" else ("from", "by")
    words = owner_tokens(n) + [p for c in n.children if c.dep_ == "prep" and c.lower_ in preps
                               for p in c.children if p.dep_ == "pobj"]
    out = [a for w in words for a in _actors(da, w)]
    for a in out:
        if da.kind(a) == "Location":
            da.acting.add(a)  # "without California's consent": the state is a party
    return list(dict.fromkeys(out))


def _act_issues(da: DocActors, idx, act: Token, skip: Token | None) -> list[str]:
    """The policy issue of the act overruling someone: named in the act's phrase (outside
    the objection), through the noun it describes ("the decision, made without …"), or
    else the one named last before it in the sentence."""
    banned = {x.i for x in skip.subtree} if skip is not None else set()
    # (not a clause of its own: "took over the Guard over his objections as protests over
    # immigration raids spread")
    banned |= {x.i for c in act.children if c.dep_ in ("advcl", "conj") and c.i > act.i
               for x in c.subtree}
    found: list[str] = []
    rule = da.res.verb_rule(act.lemma_)
    if act.pos_ == "VERB" and rule is not None and rule.type == "ORDERS":
        # "assigned 4,000 Guardsmen and 700 Marines to Los Angeles in defiance of …": the
        # forces it sends say what it is
        by_actor = issue_actors(da)
        # ("The Marines were dispatched alongside 4,000 Guard troops despite …": each force)
        sent_ = [o for o in act.children if o.dep_ in ("dobj", "nsubjpass")] + [
            p for c in act.children if c.dep_ == "prep" and c.lower_ in ("alongside", "with")
            for p in c.children if p.dep_ == "pobj"]
        found = [i for o in sent_ for a in _actors(da, o)
                 for i in by_actor.get(a, []) if i in idx.policy]
        if found:
            return list(dict.fromkeys(found))
    for x in act.subtree:
        if x.i in banned:
            continue
        found += [i for i in idx.hits(x) if i in idx.policy and i not in found]
    heads = [act.head] if act.dep_ in ("acl", "relcl", "appos") else []
    # "The move came despite opposition from Newsom": the act the subject points back to
    heads += [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")
              and c.lemma_.lower() in da.res.move_nouns]
    for h in heads:
        found += [i for i in idx.for_object(h) if i in idx.policy and i not in found]
    if not found:
        # "the decision to federalize the Guard bypassed …": the ordered force's issue
        by_actor = issue_actors(da)
        for x in act.subtree:
            rule = da.res.verbs.get(x.lemma_.lower())
            if x.i not in banned and x.pos_ == "VERB" and rule and rule.type == "ORDERS":
                found += [i for o in x.children if o.dep_ == "dobj" for a in _actors(da, o)
                          for i in by_actor.get(a, []) if i not in found]
    if not found:
        sent = da.sent(act)
        last = idx.last_before(act.i, window=act.i - sent.start)
        found = [last] if last else []
    return found


def lawsuit_parties(da: DocActors, aims: dict[int, list[str]], quotes, sink: Sink) -> None:
    """'joined the lawsuit', 'the lawsuit was filed by the ACLU', 'filed a motion to
    intervene in the lawsuit': a party to a lawsuit sues its defendants, named with it
    ("against X", "challenging X's tactics") or, for "the lawsuit", before it, and opposes
    the policy the lawsuit challenges (``aims``: ``stances.suit_aims``)."""
    res = da.res
    last: list[str] = []
    last_parties: list[tuple[Token, list[str]]] = []
    for n in da.doc:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in res.suit_words:
            continue
        defendants = _defendants(da, n)
        if defendants:
            last = defendants
        elif definite_suit(n):
            defendants = last
        issues = aims.get(n.i, [])
        defended = da.defended.get(n.i, set())
        parties = _plaintiffs(da, n)
        if parties:
            last_parties = parties
        elif definite_suit(n) and n.dep_ == "nsubj" and defendants:
            # "The ACLU filed a lawsuit … The lawsuit names Noem": the parties named before
            parties = last_parties
        for verb, plaintiffs in parties:
            mode = mode_of(verb, da, quotes)
            for p in plaintiffs:
                for d in defendants:
                    if _sues(da, sink, p, d, verb, mode, da.sent(n)) and da.kind(p) == "Location":
                        da.acting.add(p)  # "Pasadena joined the lawsuit": a party
                for iss in issues if da.kind(p) != "Location" else []:
                    sink.add(p, iss, "SUPPORTS" if iss in defended else "OPPOSES",
                             0.5 * factor(mode), mode,
                             f"stance:suit-party-{verb.lemma_.lower()}", verb.text, da.sent(n))


def _sues(da: DocActors, sink: Sink, plaintiff: str, defendant: str, verb: Token, mode: str,
          sent) -> bool:
    """A party to a lawsuit sues a defendant (not a place that is only scenery)."""
    if plaintiff == defendant or da.kind(defendant) == "Location" and defendant not in da.acting:
        return False
    sink.add(plaintiff, defendant, "SUES", 0.6 * factor(mode), mode,
             f"pattern:lawsuit-{verb.lemma_.lower()}", verb.text, sent)
    return True


def named_defendants(da: DocActors, quotes, sink: Sink) -> None:
    """'Schwalb also named Bondi and the DEA in the lawsuit', 'named the city as a
    defendant': the namer sues the named."""
    res = da.res
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.naming_verbs:
            continue
        objs = [c for c in v.children if c.dep_ == "dobj"]
        # (the parser may hang "in the lawsuit" on the last name of the list)
        if not any(p.lemma_.lower() in res.suit_words | res.defendant_nouns
                   for h in [v, *expand(objs)] for c in h.children
                   if c.dep_ == "prep" and c.lower_ in ("in", "as")
                   for p in c.children if p.dep_ == "pobj"):
            continue
        plaintiffs, passive = subject_actors(v, da)
        if passive:
            continue
        mode = mode_of(v, da, quotes)
        for o in objs:
            for d in object_actors(o, da):
                for p in plaintiffs:
                    _sues(da, sink, p, d, v, mode, da.sent(v))


def _defendants(da: DocActors, n: Token) -> list[str]:
    out: list[str] = []
    # (also "the lawsuit brought by the ACLU against X"; "the suit was filed against X",
    # "filed a lawsuit against X" with the preposition on the verb)
    kids = list(n.children) + [x for c in n.children if c.dep_ == "acl" for x in c.children]
    if n.dep_ in ("nsubjpass", "dobj") and n.head.lemma_.lower() in da.res.suit_party_verbs:
        kids += [c for c in n.head.children if c.dep_ == "prep" and c.lower_ == "against"]
        # "filed the lawsuit last week accusing Trump's administration of …" with the
        # participle hung on the verb
        kids += [c for c in n.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                 and c.i > n.i and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
    naming = da.res.challenge_verbs | da.res.naming_verbs | da.res.suit_accusing_verbs
    if n.dep_ == "nsubj" and n.head.lemma_.lower() in naming:
        # "the lawsuit targets Noem, Bondi and Patel", "the suit names Trump" (the list may
        # be parsed as an apposition of the verb)
        out += [a for o in n.head.children if o.dep_ in ("dobj", "appos") and o.i > n.head.i
                for a in object_actors(o, da)]
    for c in n.children:
        # "a lawsuit, which names Trump, Noem and Hegseth as defendants"
        if c.dep_ == "relcl" and c.lemma_.lower() in naming and any(
                x.dep_ == "nsubj" and x.lower_ in da.res.relative_pronouns for x in c.children):
            out += [a for o in c.children if o.dep_ in ("dobj", "appos") and o.i > c.i
                    for a in object_actors(o, da) if a not in out]
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "against":
            out += [a for p in c.children if p.dep_ == "pobj" for a in object_actors(p, da)]
        elif c.dep_ in ("acl", "relcl", "advcl") and c.lemma_.lower() in (
                da.res.challenge_verbs | da.res.suit_accusing_verbs):
            # "the lawsuit challenging the administration's tactics": whose tactics
            # ("a lawsuit accusing DHS of unlawful stops": the accused)
            out += [a for o in c.children if o.dep_ == "dobj" for a in object_actors(o, da)]
        elif c.dep_ in ("acl", "advcl") and c.lemma_.lower() in da.res.reporting:
            # "a lawsuit arguing the administration's deployment was unlawful" (or "filed a
            # lawsuit arguing …" with the participle hung on the verb)
            # (or, misparsed, its object)
            subj = [o for x in c.children if x.dep_ == "ccomp" for o in x.children
                    if o.dep_ in ("nsubj", "nsubjpass")]
            # (the deployment's owner, not the force deployed; hung on the verb, only an
            # act's owner: "filed the lawsuit, claiming federal agents had used force" is
            # over the agents' conduct, not against them)
            out += [a for o in subj or [x for x in c.children if x.dep_ == "dobj"]
                    if c.dep_ == "acl" or resolve(o, da) is None
                    for a in object_actors(o, da, patients=False)]
    return list(dict.fromkeys(out))


def _plaintiffs(da: DocActors, n: Token) -> list[tuple[Token, list[str]]]:
    """(the verb, the parties) of the ways a text names who brings or joins a suit."""
    res = da.res
    out: list[tuple[Token, list[str]]] = []

    def agents(v: Token) -> list[str]:
        return [a for c in v.children if c.dep_ == "agent" for p in c.children
                if p.dep_ == "pobj" for a in _actors(da, p)]
    for c in n.children:  # "the lawsuit brought last week by the ACLU"
        if c.dep_ == "acl" and c.lemma_.lower() in res.suit_party_verbs:
            out.append((c, agents(c)))
    v = n.head
    if n.dep_ == "nsubjpass" and v.lemma_.lower() in res.suit_party_verbs:
        out.append((v, agents(v)))  # "the lawsuit was filed by the ACLU"
    elif n.dep_ == "dobj" and v.lemma_.lower() in res.suit_party_verbs:
        found, passive = subject_actors(v, da)
        out.append((v, [] if passive else found))  # "cities joined the lawsuit"
    elif n.dep_ == "pobj" and v.lower_ in ("in", "to") and v.head.lemma_.lower() in (
            res.suit_party_verbs):
        found, passive = subject_actors(v.head, da)  # "filed a motion to intervene in it"
        out.append((v.head, [] if passive else found))
    return [(x, ps) for x, ps in out if ps]


CASE_NAME = re.compile(r"(?:\s+et\s+al\.?,?)?\s+(?:v\.?|vs\.?|versus)\s+$", re.I)


def case_names(da: DocActors, sink: Sink) -> None:
    """'Newsom v. Trump', 'Vasquez Perdomo et al. v. Noem': the plaintiff sues the defendant;
    'the ACLU filed Vasquez Perdomo v. Noem': so do those who file the case."""
    text = da.text
    starts = {da.doc[m.start].idx: m for m in da.mentions}
    for m in da.mentions:
        end = da.doc[m.end - 1].idx + len(da.doc[m.end - 1].text)
        window = text[end:end + 16]
        for k in range(len(window), 2, -1):
            if CASE_NAME.fullmatch(window[:k]) and end + k in starts:
                other = starts[end + k].actor
                if other != m.actor and (da.kind(m.actor) != "Location" or m.actor in da.acting):
                    sink.add(m.actor, other, "SUES", 0.6, "asserted", "pattern:case-name",
                             "v.", da.sent(m.start))
                break
    for v in da.doc:
        if v.lower_ not in ("v.", "vs.", "versus") or v.dep_ != "prep":
            continue
        gov = v.head.head if v.head.dep_ == "dobj" else None
        if gov is None or gov.lemma_.lower() not in da.res.suit_party_verbs:
            continue
        filers, passive = subject_actors(gov, da)
        for p in v.children:
            d = resolve(p, da) if p.dep_ == "pobj" else None
            for f in [] if passive or d is None else filers:
                if f != d:
                    sink.add(f, d, "SUES", 0.6, mode_of(gov, da, da.quotes), "pattern:case-name",
                             v.text, da.sent(v))


def demanding_letters(da: DocActors, quotes, sink: Sink) -> None:
    """'sent a letter to DHS demanding a review of his arrest', 'wrote a letter to the
    Pentagon calling for …', 'has written to the department demanding answers': the writers
    press the addressee (OPPOSES), as 'In a letter to DHS, Padilla demanded …' does; with no
    addressee, the one the letter demands something of ('joined him in a letter demanding
    that the agency show warrants')."""
    res = da.res
    for n in da.doc:
        if n.lemma_.lower() == "write" and n.pos_ == "VERB":
            v = n  # "wrote to Trump on Sunday demanding a halt to the raids"
            parts = list(v.children)
        elif n.lemma_.lower() not in res.letter_nouns or not (
                n.dep_ == "dobj" or n.dep_ == "pobj" and n.head.lower_ in ("in", "with")
                and n.head.head.pos_ == "VERB"):
            continue
        else:
            v = n.head if n.dep_ == "dobj" else n.head.head
            parts = list(n.children) + list(v.children)
        # ("written to the department demanding answers": the demand hung on the addressee)
        parts += [x for c in list(parts) if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for p in c.children if p.dep_ == "pobj" for x in p.children
                  if x.dep_ == "acl"]
        # (not "a memo to the Pentagon seeking help": a request to work together)
        demands = [c for c in parts if c.dep_ in ("acl", "advcl", "relcl")
                   and c.lemma_.lower() in res.letter_demands and not any(
                       o.dep_ == "dobj" and o.lemma_.lower() in res.help_nouns
                       for o in c.children)]
        if n.dep_ == "pobj" and v.lemma_.lower() in res.letter_demands:
            demands.append(v)  # "In a letter to the Pentagon, Padilla demanded answers"
        # "sent a letter to DHS over allegations of inhumane conditions": a complaint
        complaint = n.lemma_.lower() in res.letter_nouns and any(
            p.lemma_.lower() in res.complaint_nouns for c in parts if c.dep_ == "prep"
            and c.lower_ in ("over", "about", "regarding", "concerning")
            for p in c.children if p.dep_ == "pobj")
        if not demands and not complaint:
            continue
        to = [a for c in parts if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj" for a in object_actors(p, da)]
        if not to and n.dep_ == "pobj":
            to = [a for d in demands for c in d.children if c.dep_ == "ccomp"
                  for x in c.children if x.dep_ == "nsubj" for a in _actors(da, x)]
        sources, passive = subject_actors(v, da)
        if passive:
            continue
        mode = mode_of(v, da, quotes)
        if demands:
            _against(da, sink, sources, to, "OPPOSES", 0.6 * factor(mode), mode,
                     "pattern:letter-demand", n)
        else:
            _against(da, sink, sources, to, "CRITICIZES", 0.55 * factor(mode), mode,
                     "pattern:letter-complaint", n)


def pressure_to_act(da: DocActors, quotes, sink: Sink) -> None:
    """'ramps up pressure on the agency to increase arrests', 'mounting pressure from the
    White House on ICE to meet targets': pressing someone to do more ORDERS them, to undo
    OPPOSES them (lexicon ``pushing_nouns``)."""
    for n in da.doc:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in da.res.pushing_nouns:
            continue
        on = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "on"] or [
            c for c in n.head.children if n.dep_ == "dobj" and c.dep_ == "prep"
            and c.lower_ == "on" and c.i == n.i + 1]  # ("put pressure on Trump", on the verb)
        pressed = [a for c in on for p in c.children if p.dep_ == "pobj"
                   for a in object_actors(p, da)]
        if not pressed:
            continue
        end = max(c.right_edge.i for c in on)
        comp = next((c for c in n.children if c.dep_ in ("acl", "relcl") and infinitive(c)), None)
        if comp is None and end + 2 < len(da.doc) and da.doc[end + 1].lower_ == "to" and (
                da.doc[end + 2].pos_ == "VERB" and infinitive(da.doc[end + 2])):
            comp = da.doc[end + 2]  # (the infinitive hung on the sentence's verb)
        if comp is None:
            continue
        sources = [a for c in n.children if c.dep_ == "prep" and c.lower_ == "from"
                   for p in c.children if p.dep_ == "pobj" for a in object_actors(p, da)]
        sources += [a for c in n.children if c.dep_ == "poss" if (a := resolve(c, da))]
        gov = n.head
        if not sources and n.dep_ == "dobj" and gov.pos_ == "VERB":
            found, passive = subject_actors(gov, da)
            sources = [] if passive else found
        mode = mode_of(gov if n.dep_ == "dobj" else n, da, quotes)
        typ = "OPPOSES" if undoes(comp, da.res) else "ORDERS"
        _against(da, sink, sources, pressed, typ, 0.55 * factor(mode), mode,
                 "pattern:pressure-on", n)


def permissions(da: DocActors, idx, quotes, sink: Sink) -> None:
    """'The court allowed Trump to keep control of the Guard', 'ruled that Trump can
    federalize the Guard': letting someone do something supports them and the issue it is
    (for a ruling: only a judge or court ruling on what someone "can" or "may" do)."""
    res = da.res
    for v in da.doc:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB":
            continue
        denied: set[int] = set()  # ("ruled that Trump lacked the authority to …")
        if lemma in res.permission_verbs:
            pairs = [(o, c) for o in v.children if o.dep_ in ("dobj", "nsubj")
                     for c in (v.children if o.dep_ == "dobj" else [])
                     if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
            pairs += [(s, c) for c in v.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                      for s in c.children if s.dep_ == "nsubj"]
        elif lemma in res.ruling_verbs:
            pairs = [(s, c) for c in v.children if c.dep_ == "ccomp" and any(
                x.dep_ == "aux" and x.lower_ in ("can", "may", "could") for x in c.children)
                for s in c.children if s.dep_ == "nsubj"]
            # ("ruled that Trump could not deploy the Guard": against him and the act)
            denied |= {c.i for _, c in pairs if any(x.dep_ == "neg" for x in c.children)}
            for c in v.children:
                acts_, no = _authorized_acts(c, res) if c.dep_ == "ccomp" else ([], False)
                pairs += [(s, a) for s in c.children if s.dep_ == "nsubj" for a in acts_]
                denied |= {a.i for a in acts_} if no else set()
        else:
            continue
        if not pairs:
            continue
        if not any(c.dep_ == "nsubj" for c in v.children) and not (
                v.dep_ == "xcomp" and v.head.lemma_.lower() in res.negating_verbs) and not (
                v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.pos_ == "VERB"):
            continue  # (an inherited subject is a guess: "a ruling allowing Trump to …", but
            # not "agents refused to allow Waters to enter" nor "the court sided with Trump,
            # allowing the deployment to proceed")
        sources, passive = subject_actors(v, da)
        if passive or not sources or lemma in res.ruling_verbs and not all(
                is_judicial(da, s) for s in sources):
            continue
        mode = mode_of(v, da, quotes)
        sent = da.sent(v)
        if mode == "negated":
            # "We will not let ICE terrorize our communities": refusing them opposes them (no
            # stance from a refusal)
            harmful = [(who, act) for who, act in pairs if act.lemma_.lower() in res.negative or (
                res.verb_type(act.lemma_) in ("COERCES", "THREATENS"))
                or act.lemma_.lower() in res.access_verbs]  # ("refused to allow Waters to enter")
            for s in sources:  # (only what would do harm: not "let our residents face this")
                for a in [a for who, _act in harmful for a in _actors(da, who) if a not in sources]:
                    if da.kind(a) != "Location":
                        sink.add(s, a, "OPPOSES", 0.5, "asserted", f"pattern:refusal-{lemma}",
                                 v.text, sent)
            continue
        for who, act in pairs:
            allowed = [a for a in _actors(da, who) if a not in sources]
            if act.lemma_.lower() in res.undo_verbs or act.lemma_.lower() in res.watching_verbs:
                continue  # "allowed him to withdraw the troops": not for more of them (nor
                # "an app that allows users to report sightings of ICE officers": watching)
            issues: list[str] = []
            # ("allowed agents to resume roving patrols": the object of the act's own xcomp)
            for o in [*act.children, *(y for x in act.children if x.dep_ == "xcomp"
                                        for y in x.children)]:
                if o.dep_ == "dobj":
                    issues += [i for i in issues_of(o, da, idx) if i not in issues]
            if not issues and not allowed:
                # "allowed the raids to resume": what is let go on is the issue itself
                issues = [i for i in issues_of(who, da, idx) if i in idx.policy]
            if not issues:
                continue  # ("allowed the administration to appeal": a procedure, no side)
            typ = "OPPOSES" if act.i in denied else "SUPPORTS"
            for s in sources:
                for a in allowed:
                    sink.add(s, a, typ, 0.55 * factor(mode), mode,
                             f"pattern:permission-{lemma}", v.text, sent)
                for iss in issues:
                    sink.add(s, iss, typ, 0.55 * factor(mode), mode,
                             f"stance:permission-{lemma}", v.text, sent)


def _authorized_acts(clause: Token, res) -> tuple[list[Token], bool]:
    """'(ruled that) Trump has the authority to deploy troops', '… was within his rights to
    call up troops': the acts the clause's subject is said to be entitled to, and whether the
    clause denies it ("did not have the authority", "lacked the power")."""
    if clause.lemma_ in ("have", "retain", "hold", "lack"):
        nouns = [o for o in clause.children if o.dep_ == "dobj"]
    elif clause.lemma_ == "be":
        nouns = prep_objects(clause, frozenset({"within"}))
    else:
        return [], False
    nouns = [n for n in nouns if n.lemma_.lower() in res.authority_nouns]
    acts = [c for n in nouns for c in n.children if c.dep_ in ("acl", "relcl")]
    acts += [c for c in clause.children if nouns and c.dep_ in ("advcl", "xcomp")
             and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)]
    denied = clause.lemma_ == "lack" or any(c.dep_ == "neg" for c in clause.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for n in nouns for c in n.children)
    return [a for a in acts if a.pos_ == "VERB"], denied


def lifted_limits(da: DocActors, idx, quotes, sink: Sink) -> None:
    """'The Supreme Court lifted restrictions on immigration stops', 'rescinded a policy that
    barred raids at schools': undoing a limit on an issue's activity is for the issue
    (lexicon ``limit_nouns``, ``guidance_nouns``; verbs with a relation type of
    their own, "blocked the restrictions", are read in stances.act_stances)."""
    res = da.res
    for v in da.doc:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in res.undo_verbs or lemma in res.verbs:
            continue
        issues = [iss for o in v.children if o.dep_ == "dobj"
                  for iss in sorted(limited_issues(o, da, idx))]
        # ("lifted a block on the deployment": the parser may hang the "on" on the verb)
        issues += [iss for o in v.children if o.dep_ == "dobj" and not issues
                   and o.lemma_.lower() in res.limit_nouns
                   for p in prep_objects(v, frozenset({"on"}))
                   for iss in sorted(idx.for_object(p)) if iss not in issues]
        # "reversed a policy that limited immigration arrests at schools": a measure whose
        # clause limits the issue's activity
        issues += [iss for o in v.children if o.dep_ == "dobj"
                   and o.lemma_.lower() in res.measure_nouns | res.guidance_nouns
                   for c in o.children if c.dep_ in ("relcl", "acl")
                   and c.lemma_.lower() in res.preventing_verbs | res.restricting_verbs
                   for x in direct_objects(c) for iss in issues_of(x, da, idx)
                   if iss in idx.policy and iss not in issues]
        if not issues:
            continue
        if v.dep_ in ("acl", "pobj") or any(c.dep_ == "poss" for c in v.children):
            # "the court's ruling lifting restrictions on …": the ruling's owner (the parser
            # may hang the owner on the verb), not the subject of the sentence
            owners = [c for c in v.children if c.dep_ == "poss"] + (
                owner_tokens(v.head) if v.dep_ == "acl" else [])
            sources, passive = [a for w in owners for a in _actors(da, w)], False
        else:
            sources, passive = subject_actors(v, da)
        mode = mode_of(v, da, quotes)
        if passive or mode == "negated":
            continue
        for s in sources:
            for iss in issues:
                sink.add(s, iss, "SUPPORTS", 0.6 * factor(mode), mode, f"stance:lift-limit:{lemma}",
                         v.text, da.sent(v))


def status_declarations(da: DocActors, idx, quotes, sink: Sink) -> None:
    """'The council voted to become a sanctuary city', 'declared itself a non-sanctuary
    city': taking a policy's status is for the policy; a status named with "non-" or "anti-"
    is against it (lexicon ``status_verbs``, ``status_negations``)."""
    res = da.res
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.status_verbs:
            continue
        nouns = [c for c in v.children if c.dep_ in ("ccomp", "attr", "oprd")
                 and c.pos_ in ("NOUN", "PROPN")] + prep_objects(v, frozenset({"as"}))
        found: list[tuple[str, int]] = []
        for n in nouns:
            # (the status the noun itself names, not a phrase after it: "the epicenter of
            # the storm over immigration enforcement")
            words = [t for t in n.subtree if t.i <= n.i]
            against = any(t.lower_ in res.status_negations for t in words if t.i < n.i)
            sign = -1 if against else 1
            found += [(iss, sign) for t in words for iss in [idx.strong.get(t.i)]
                      if iss in idx.policy and (iss, sign) not in found]
        if not found:
            continue
        toks, passive = subjects(v, da)
        if passive and v.dep_ == "xcomp":
            toks, passive = subjects(v.head, da)  # "voted to be designated as …"
        # ("Huntington Beach, California, declared …": not the state in apposition)
        sources = list(dict.fromkeys(a for x in expand(toks) if x.dep_ != "appos"
                                     and (a := resolve(x, da))))
        mode = mode_of(v, da, quotes)
        if passive or mode == "negated":
            continue
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in res.reporting:
            # "Fresno will remain a sanctuary city, the mayor said": hers too
            said, by = subject_actors(v.head, da)
            sources += [] if by else [a for a in said if a not in sources]
        for s in sources:
            if da.kind(s) == "Location":
                da.acting.add(s)  # "Huntington Beach declared itself …": the city acts
            for iss, sign in found:
                sink.add(s, iss, "SUPPORTS" if sign > 0 else "OPPOSES", 0.6 * factor(mode), mode,
                         f"stance:status-{v.lemma_.lower()}", v.text, da.sent(v))


def outcomes(da: DocActors, quotes, sink: Sink) -> None:
    """'The 9th Circuit handed Trump a victory', 'dealt Newsom a setback', 'In a win for
    Newsom, Judge Breyer blocked …': the giver sides with or against the one it goes to
    (lexicon ``outcome_nouns``, ``giving_verbs``)."""
    res = da.res
    for n in da.doc:
        typ = res.outcome_nouns.get(n.lemma_.lower()) if n.pos_ == "NOUN" else None
        if typ is None or da.kind(da.tok.get(n.i, "")) or any(
                c.dep_ == "poss" for c in n.children):
            continue  # ("Trump's win": his own, not one given)
        v = n.head
        if n.dep_ == "dobj" and v.lemma_.lower() in res.giving_verbs:
            to = [c for c in v.children if c.dep_ == "dative"] + prep_objects(
                v, frozenset({"to"}))
        elif n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.pos_ == "VERB":
            v = n.head.head  # "In a win for Newsom, Breyer blocked …"
            to = prep_objects(n, frozenset({"for", "to"}))
        else:
            continue
        sources, passive = subject_actors(v, da)
        if passive:
            continue
        mode = mode_of(v, da, quotes)
        _against(da, sink, sources, [a for t in to for a in _actors(da, t)], typ,
                 0.6 * factor(mode), mode, f"pattern:outcome-{n.lemma_.lower()}", n)


def forceful_replies(da: DocActors, quotes, sink: Sink) -> None:
    """'Protesters threw rocks at federal agents, who responded with tear gas', 'protesters
    confronted the agents, and the agents responded with flash-bangs': force against those
    the reply answers (lexicon ``reply_force_verbs``, ``force_nouns``)."""
    res = da.res
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.reply_force_verbs:
            continue
        if not any(w.lemma_.lower() in res.force_nouns for p in prep_objects(v, frozenset({"with"}))
                   for w in [p, *p.lefts, *p.children]):
            continue
        sources, passive = subject_actors(v, da)
        if passive or not sources:
            continue
        if v.dep_ == "relcl" and v.head.dep_ in ("pobj", "dobj"):
            gov = v.head.head.head if v.head.dep_ == "pobj" else v.head.head
            answered = subject_actors(gov, da)[0]  # "… threw rocks at agents, who responded"
        elif v.dep_ == "conj" and v.head.pos_ == "VERB":
            answered = subject_actors(v.head, da)[0]  # "… confronted agents, and the agents …"
        else:
            sent = da.sent(v)
            prev = da.sent(sent.start - 1) if sent.start > 0 else None
            answered = subject_actors(prev.root, da)[0] if prev is not None else []
        mode = mode_of(v, da, quotes)
        for s in sources:
            for a in answered:
                if a != s and da.kind(a) in ("Group", "Organization"):
                    sink.add(s, a, "COERCES", 0.6 * factor(mode), mode,
                             f"pattern:force-reply-{v.lemma_.lower()}", v.text, da.sent(v))


FORCE_TARGET_PREPS = frozenset({"on", "against", "at"})


def _use_of(da: DocActors, t: Token, verbs: frozenset[str]
            ) -> tuple[list[Token], list[str], Token] | None:
    """'X used Y' (``verbs``) or 'X's use of Y', 'the use of Y by X': what was used, who used
    it, and the word whose mode is the act's; None when ``t`` says no such thing."""
    if t.pos_ == "VERB" and t.lemma_.lower() in verbs:
        return expand(direct_objects(t)), subject_actors(t, da)[0], t  # (passive: its agents)
    if t.pos_ != "NOUN" or t.lemma_.lower() != "use":
        return None
    sources = [a for c in t.children if c.dep_ == "poss" and (a := resolve(c, da))]
    sources += [a for c in t.children for p in by_agents(c)
                if (a := resolve(p, da)) and a not in sources]
    return prep_objects(t, frozenset({"of"})), sources, t.head if t.head.pos_ == "VERB" else t


def force_used(da: DocActors, quotes, sink: Sink) -> None:
    """'LAPD officers used tear gas on protesters', 'the deputies' use of force against
    demonstrators', 'the use of pepper balls by agents on the crowd': force against those it
    was used on (lexicon ``force_using_verbs``, ``force_nouns``)."""
    res = da.res

    def forceful(n: Token) -> bool:
        return any(w.lemma_.lower() in res.force_nouns for w in (n, *n.lefts))

    for t in da.doc:
        got = _use_of(da, t, res.force_using_verbs)
        force = [o for o in got[0] if forceful(o)] if got else []
        if not force:
            continue
        _used, sources, act = got
        objs = prep_objects(t, FORCE_TARGET_PREPS) + [
            p for f in force for p in prep_objects(f, FORCE_TARGET_PREPS)]
        targets = [a for o in objs for a in _actors(da, o)]
        if not targets and t.pos_ == "VERB":
            # "deploying tear gas as protesters gathered", "… while protesters hurled rocks":
            # the crowd the clause beside it names
            targets = [a for c in t.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("as", "while") for m in c.children)
                for x in expand([s for s in c.children if s.dep_ == "nsubj"])
                for a in _actors(da, x) if a == res.crowd_group]
        mode = mode_of(act, da, quotes)
        for s in dict.fromkeys(sources):
            for tg in dict.fromkeys(targets):
                if s != tg and da.kind(tg) in ("Person", "Group", "Organization"):
                    sink.add(s, tg, "COERCES", 0.6 * factor(mode), mode, "pattern:force-used",
                             t.text, da.sent(t))


def forces_employed(da: DocActors, quotes, sink: Sink) -> None:
    """'Trump used the National Guard in Los Angeles', 'Hegseth's use of the Marines': the
    user orders the troops and supports their deployment (lexicon ``force_employing_verbs``;
    the troops are ``troop_forces`` or an actor whose activity is theirs, "Texas National
    Guard")."""
    res = da.res
    by_actor = issue_actors(da)
    deployments = {i for f in res.troop_forces for i in by_actor.get(f, [])}

    def forces(n: Token) -> list[str]:
        return [a for a in _actors(da, n)
                if a in res.troop_forces or deployments & set(by_actor.get(a, []))]

    for t in da.doc:
        got = _use_of(da, t, res.force_employing_verbs)
        if got is None:
            continue
        objs, sources, act = got
        used = [a for o in objs for a in forces(o)]
        if not used or not sources:
            continue
        mode = mode_of(act, da, quotes) if act.pos_ in ("VERB", "AUX") else (
            "reported" if in_quote(t, quotes) else "asserted")
        sent = da.sent(t)
        for s in dict.fromkeys(sources):
            for f in dict.fromkeys(used):
                if s == f or da.kind(s) == "Location" and s not in da.acting:
                    continue
                sink.add(s, f, "ORDERS", 0.6 * factor(mode), mode, "pattern:forces-used",
                         t.text, sent)
                for iss in by_actor.get(f, []):
                    sink.add(s, iss, "SUPPORTS", 0.55 * factor(mode), mode,
                             "stance:forces-used", t.text, sent)


def protest_targets(da: DocActors, idx, quotes, sink: Sink) -> None:
    """'protests against ICE', 'anti-ICE demonstrations', 'anti-ICE protesters': the crowd
    (lexicon ``police_crowds`` group; or the group named) opposes the one protested against.
    A protest against an issue is a stance (stances.group_protests)."""
    crowd = da.res.crowd_group
    protest_issues = {i for i, x in da.res.issues.items() if crowd in x.actors}
    protests = {i for i, iss in idx.mentions if iss in protest_issues}
    doc = da.doc

    def add(sources: list[str], targets: list[str], t: Token) -> None:
        mode = "reported" if in_quote(t, quotes) else "asserted"
        for s in sources:
            for tg in dict.fromkeys(targets):
                if s != tg and da.kind(tg) != "Location" and tg not in da.res.issues:
                    sink.add(s, tg, "OPPOSES", 0.5 * factor(mode), mode,
                             "pattern:protest-against", t.text, da.sent(t))

    owners = [crowd] if crowd in da.actors else []
    for i in protests:
        t = doc[i]
        against = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "against"
                   for p in c.children if p.dep_ == "pobj"]
        # the one named, or whose conduct is ("against ICE policies"); not the possessor of
        # an act ("against Trump's deportation mission" is a stance on the issue)
        named = [a for p in expand(against) for w in (p, *(
            c for c in p.children if c.dep_ == "compound" and p.lemma_.lower() in
            da.res.conduct_nouns)) if (a := resolve(w, da))]
        if owners and named:
            add(owners, named, t)
    for m in da.mentions:
        words = doc[m.start:m.end]
        if da.kind(m.actor) == "Group" and len(words) > 3 and words[0].lower_ == "anti" and (
                words[1].text == "-"):
            # "anti-ICE protesters", read as one name: the group and the one it is against
            other = da.res.lookup(doc[m.start + 2:m.end - 1].text)
            if other in da.actors:  # (named elsewhere too)
                add([m.actor], [other], doc[m.end - 1])
            continue
        before = doc[max(m.start - 2, 0):m.start]
        if not (before.text.lower() in ("anti-", "anti -") or (
                m.start > 0 and doc[m.start - 1].lower_ == "anti-")):
            continue
        h = doc[m.end - 1].head
        if h.i < m.end or h.i > m.end + 2 or da.actors[m.actor].mentions < 2:
            continue  # "anti-ICE protests": the phrase's own head, just after (an actor
            # named only there is part of the protest's name)
        group = resolve(h, da)
        if group and da.kind(group) == "Group":
            add([group], [m.actor], h)
        elif h.i in protests and owners:
            add(owners, [m.actor], h)


def prohibiting_laws(da: DocActors, idx, quotes, sink: Sink) -> None:
    """'Newsom signed a law prohibiting ICE agents from covering their faces', 'Pritzker signed
    into law a ban on federal agents making arrests near courthouses': who makes a law that
    forbids an actor something opposes that actor; 'signed a package of bills that would
    restrict the administration's crackdown': the one whose act it limits, and the issue
    (lexicon ``lawmaking_verbs``, ``measure_nouns``, ``measure_containers``,
    ``preventing_verbs``, ``restricting_verbs``)."""
    res = da.res
    for n in da.doc:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in res.measure_nouns:
            continue
        if n.dep_ == "pobj" and n.head.lower_ == "of" and (
                n.head.head.lemma_.lower() in res.measure_containers):
            n = n.head.head  # "a package of legislation that would …": the package
        v = n.head
        while v.dep_ in ("prep", "pobj", "conj", "appos") and v.head.i != v.i and (
                v.pos_ not in ("VERB", "AUX")):
            v = v.head  # "signed into law a ban …", "signed the bill, a ban on …"
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.lawmaking_verbs:
            continue
        stops = [c for c in n.children if c.dep_ in ("acl", "relcl")
                 and c.lemma_.lower() in res.preventing_verbs]
        # "an order that stops reporters from being targeted": it shields them
        shields = [c for c in stops if any(p.dep_ == "pcomp" and any(
            x.dep_ == "auxpass" for x in p.children) for w in c.children
            if w.dep_ == "prep" and w.lower_ == "from" for p in w.children)]
        banned = [o for c in stops if c not in shields for o in direct_objects(c)]
        if n.lemma_.lower() == "ban":
            banned += prep_objects(n, frozenset({"on"}))
        limited = [o for c in n.children if c.dep_ in ("acl", "relcl")
                   and c.lemma_.lower() in res.restricting_verbs for o in direct_objects(c)]
        sources = subject_actors(v, da)[0]
        mode = mode_of(v, da, quotes)
        if sources and limited:
            curbed = list(dict.fromkeys(i for o in limited for i in idx.for_object(o)))
            owners = [a for o in limited for w in owner_tokens(o) for a in _actors(da, w)]
            _against(da, sink, sources, owners, "OPPOSES", 0.6 * factor(mode), mode,
                     "pattern:prohibiting-law", n)
            for s in dict.fromkeys(sources):
                for iss in curbed:
                    sink.add(s, iss, "OPPOSES", 0.6 * factor(mode), mode,
                             "pattern:prohibiting-law", n.text, da.sent(n))
        for typ, objs in (("OPPOSES", banned),
                          ("SUPPORTS", [o for c in shields for o in direct_objects(c)])):
            targets = [a for o in objs for a in _actors(da, o)]
            if targets and sources:
                _against(da, sink, sources, targets, typ, 0.6 * factor(mode), mode,
                         "pattern:prohibiting-law", n)


def received_acts(da: DocActors, quotes, sink: Sink) -> None:
    """'Hegseth faced fire from Durbin', 'came under fire from Murray': the one named after
    "from" criticises the subject (lexicon: ``received_nouns``; the relation nouns
    themselves, "faced criticism from", are read in relations._noun)."""
    res = da.res
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.receiving_verbs:
            continue
        held = [o for o in v.children if o.dep_ == "dobj"] + [
            p for c in v.children if c.dep_ == "prep" and c.lower_ == "under"
            for p in c.children if p.dep_ == "pobj"]
        for n in held:
            if n.lemma_.lower() not in res.received_nouns:
                continue
            if n.lemma_.lower() in res.question_nouns and not any(
                    c.dep_ == "amod" and c.lemma_.lower() in res.pressing_adjectives
                    for c in n.children):
                continue  # "took questions from the panel"; but "faced tough questions"
            sources = [a for g in givers(n, v) for a in _actors(da, g)]
            targets, passive = subject_actors(reaction_doer(v), da)
            if not targets and not passive:
                # "Homan's threat to arrest Newsom drew fire from Padilla": the threat's maker
                targets = [a for c in v.children if c.dep_ == "nsubj" for a in received_by(c, da)]
            if passive or not sources or not targets:
                continue
            mode = mode_of(v, da, quotes)
            sent = da.sent(v)
            for s in dict.fromkeys(sources):
                for tg in targets:
                    if s != tg and da.kind(s) != "Location":
                        sink.add(s, tg, "CRITICIZES", 0.6 * factor(mode), mode,
                                 f"pattern:received-{n.lemma_.lower()}", n.text, sent)


def emergency_declarations(da: DocActors, idx, quotes, sink: Sink) -> None:
    """'voted to declare a state of emergency over federal immigration raids', 'approved an
    emergency declaration in response to the raids': declaring an emergency over a policy
    opposes it (lexicon ``emergency_nouns``; what it answers: "over", "in response to")."""
    res = da.res
    for e in da.doc:
        if e.pos_ != "NOUN" or e.lemma_.lower() not in res.emergency_nouns:
            continue
        if e.dep_ == "compound":
            np = e.head  # "an emergency declaration"
        elif e.dep_ == "pobj" and e.head.lower_ == "of" and e.head.head.pos_ == "NOUN":
            np = e.head.head  # "a state of emergency"
        else:
            np = e
        v = np.head
        if np.dep_ not in ("dobj", "nsubjpass") or v.pos_ != "VERB":
            continue
        answered = [p for h in (e, np, v) for p in prep_objects(h, frozenset({"over", "against"}))]
        answered += [p for h in (e, np, v) for r in prep_objects(h, frozenset({"in"}))
                     if r.lemma_.lower() == "response" for p in prep_objects(r, frozenset({"to"}))]
        issues = list(dict.fromkeys(i for p in answered for i in issues_of(p, da, idx)
                                    if i in idx.policy))
        sources, passive = subject_actors(v, da)
        if passive or not issues:
            continue
        mode = mode_of(v, da, quotes)
        for s in dict.fromkeys(sources):
            for iss in issues:
                sink.add(s, iss, "OPPOSES", 0.55 * factor(mode), mode, "stance:emergency-over",
                         e.text, da.sent(e))


def besieged(da: DocActors, quotes, sink: Sink) -> None:
    """'Newsom is under attack by Trump': the attacker criticises the subject; '"it's under
    assault by this administration," Newsom said' (no actor under it): the speaker criticises
    the attacker (lexicon ``siege_nouns``)."""
    res = da.res
    for n in da.doc:
        if n.lemma_.lower() not in res.siege_nouns or n.dep_ != "pobj" or n.head.lower_ != "under":
            continue
        v = n.head.head
        if v.pos_ not in ("VERB", "AUX"):
            continue
        attackers = [a for g in givers(n, v) + prep_objects(n, frozenset({"by"}))
                     for a in _actors(da, g) if da.kind(a) != "Location"]
        if not attackers:
            continue
        mode = mode_of(v, da, quotes)
        targets, passive = subject_actors(v, da)
        if targets and not passive:
            _against(da, sink, attackers, targets, "CRITICIZES", 0.6 * factor(mode), mode,
                     "pattern:under-siege", n)
            continue
        speakers = next((sp for (qs, qe), sp in da.speakers.items() if qs <= n.i < qe), [])
        _against(da, sink, speakers, attackers, "CRITICIZES", 0.55, "reported",
                 "pattern:under-siege", n)


def _against(da: DocActors, sink: Sink, sources: list[str], targets: list[str], typ: str,
             conf: float, mode: str, rule: str, trigger: Token) -> None:
    """One relation from each source to each other target that is not a place."""
    for s in dict.fromkeys(sources):
        for tg in dict.fromkeys(targets):
            if s != tg and da.kind(tg) != "Location":
                sink.add(s, tg, typ, conf, mode, rule, trigger.text, da.sent(trigger))


def custody(da: DocActors, quotes, sink: Sink) -> None:
    """'agents took dozens of people into custody', 'Huerta was taken into custody by federal
    agents', 'Cruz was taken by federal immigration agents who raided the car wash': the ones
    who take them COERCE them (lexicon: ``custody_verbs``; without "into custody" only when
    the one taking is a force: an actor whose activity is an issue, or agents, officers)."""
    res = da.res
    forces = issue_actors(da)
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.custody_verbs:
            continue
        into = any(c.dep_ == "prep" and c.lower_ == "into" and any(
            p.lower_ == "custody" for p in c.children if p.dep_ == "pobj") for c in v.children)
        if any(c.dep_ == "auxpass" for c in v.children):
            sources = [a for c in v.children if c.dep_ == "agent" for p in c.children
                       if p.dep_ == "pobj" for a in _actors(da, p)]
            held = [c for c in v.children if c.dep_ == "nsubjpass"]
        else:
            sources = subject_actors(v, da)[0]
            held = [c for c in v.children if c.dep_ == "dobj"]
        if not into:
            sources = [s for s in sources if s in forces or da.actors[s].name.lower().split()[
                -1].rstrip("s") in res.member_nouns | res.force_words] if (
                v.lemma_.lower() == "take") else []
        mode = mode_of(v, da, quotes)
        _against(da, sink, sources, [a for h in held for a in _actors(da, h)], "COERCES",
                 0.65 * factor(mode), mode, "pattern:custody", v)


def charges_filed(da: DocActors, quotes, sink: Sink) -> None:
    """'prosecutors filed charges against protesters', 'Essayli announced charges against 12
    defendants', 'hit demonstrators with conspiracy charges': whoever brings the charges
    COERCES those charged (lexicon ``charge_nouns``, ``charging_verbs``)."""
    res = da.res
    for n in da.doc:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in res.charge_nouns:
            continue
        v = n.head
        if n.dep_ == "pobj" and v.lower_ == "with" and v.head.lemma_.lower() in res.charging_verbs:
            v = v.head  # "hit demonstrators with charges": the verb's object is charged
            charged = [c for c in v.children if c.dep_ == "dobj"]
        elif n.dep_ == "dobj" and v.lemma_.lower() in res.charging_verbs:
            # ("charges against them", or the "against" hung on the verb)
            charged = [p for h in (n, v) for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "against"
                       for p in c.children if p.dep_ == "pobj"]
        else:
            continue
        if v.pos_ != "VERB" or not charged:
            continue
        sources, passive = subject_actors(v, da)
        if passive:
            continue
        mode = mode_of(v, da, quotes)
        _against(da, sink, sources, [a for h in charged for a in _actors(da, h)], "COERCES",
                 0.6 * factor(mode), mode, "pattern:charges-filed", v)


WITH = frozenset({"with"})
INTO = frozenset({"into"})
OF = frozenset({"of"})


def ended_ties(da: DocActors, quotes, sink: Sink) -> None:
    """'Glendale ended its agreement with ICE', 'the county terminated its contract with the
    agency': ending a tie with someone OPPOSES them (lexicon: ``tie_nouns``, ``undo_verbs``)."""
    res = da.res
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.undo_verbs:
            continue
        ties = [o for o in v.children if o.dep_ == "dobj" and o.lemma_.lower() in res.tie_nouns]
        partners = [a for o in ties for p in prep_objects(o, WITH) for a in _actors(da, p)]
        _tie_act(da, v, partners, "OPPOSES", "ended-tie", quotes, sink)


def made_ties(da: DocActors, quotes, sink: Sink) -> None:
    """'The sheriff's office signed a 287(g) agreement with ICE', 'entered into a memorandum
    of agreement with ICE': making a tie with someone COOPERATES with them (lexicon:
    ``tie_nouns``, ``tying_verbs``)."""
    res = da.res
    for v in da.doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in res.tying_verbs:
            continue
        ties = [o for o in v.children if o.dep_ == "dobj"] + prep_objects(v, INTO)
        # ("a memorandum of agreement with ICE": the tie named inside the phrase)
        ties = [t for o in ties for t in (o, *(p for p in prep_objects(o, OF)))
                if t.lemma_.lower() in res.tie_nouns]
        partners = [a for o in ties for p in prep_objects(o, WITH) for a in _actors(da, p)]
        if ties and not partners:
            partners = [a for p in prep_objects(v, WITH) for a in _actors(da, p)]
        _tie_act(da, v, partners, "COOPERATES_WITH", "made-tie", quotes, sink)


def _tie_act(da: DocActors, v: Token, partners: list[str], typ: str, rule: str, quotes,
             sink: Sink) -> None:
    """The subject of a verb that makes or ends a tie, to each partner of the tie."""
    if not partners:
        return
    sources, passive = subject_actors(v, da)
    if passive:
        return
    mode = mode_of(v, da, quotes)
    _against(da, sink, sources, partners, typ, 0.6 * factor(mode), mode,
             f"pattern:{rule}-{v.lemma_.lower()}", v)


def rulings_on_rulings(da: DocActors, quotes, sink: Sink) -> None:
    """'The Ninth Circuit reversed Breyer's order', 'lifted an order by Judge Frimpong':
    undoing someone's ruling OPPOSES them; 'granted Trump a stay', 'granted the state's
    request': granting what someone asked for SUPPORTS them (lexicon: ``ruling_nouns``,
    ``granting_verbs``, ``request_nouns``)."""
    res = da.res
    undoing = res.undo_verbs | res.appeal_verbs
    for v in da.doc:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB":
            continue
        undo = lemma in undoing
        grant = lemma in res.granting_verbs
        if not (undo or grant):
            continue
        objs = [o for o in v.children if o.dep_ == "dobj"]
        if undo:
            rulings = [o for o in objs if o.lemma_.lower() in res.ruling_nouns]
            # ("lifted an order by Judge X": the "by" phrase may hang on the verb)
            owners = [w for o in rulings for w in _ruling_owners(o)] + [
                p for c in v.children if rulings and c.dep_ == "prep" for p in by_agents(c)]
            targets = [a for w in owners for a in _actors(da, w)]
            # "lifted the district court's restrictions": limits a court set are its ruling
            targets += [a for o in objs if o.lemma_.lower() in res.limit_nouns
                        for w in _ruling_owners(o) for a in _actors(da, w) if is_judicial(da, a)]
            typ, rule = "OPPOSES", f"pattern:undo-ruling-{lemma}"
        else:
            asked = [o for o in objs if o.lemma_.lower() in res.request_nouns]
            targets = [a for o in asked for w in _ruling_owners(o) for a in _actors(da, w)]
            if asked:
                targets += [a for c in v.children if c.dep_ == "dative" for a in _actors(da, c)]
            typ, rule = "SUPPORTS", f"pattern:grant-{lemma}"
        sources, passive = subject_actors(v, da)
        if not sources and not passive:
            # "the decision by the Supreme Court lifted …": the ruling's owner acts
            sources = [a for c in v.children if c.dep_ == "nsubj"
                       and c.lemma_.lower() in res.ruling_nouns
                       for w in _ruling_owners(c) for a in _actors(da, w)]
        if passive or not sources or not targets:
            continue
        mode = mode_of(v, da, quotes)
        sent = da.sent(v)
        for s in sources:
            for tg in dict.fromkeys(targets):
                if tg != s and da.kind(tg) != "Location":
                    sink.add(s, tg, typ, 0.6 * factor(mode), mode, rule, v.text, sent)


def _ruling_owners(n: Token) -> list[Token]:
    """Whose ruling or request: "Breyer's order", "an order by Judge Frimpong", "a motion
    sought by the state"."""
    return owner_tokens(n) + [p for c in n.children for p in by_agents(c)]


def orders_from(da: DocActors, quotes, sink: Sink) -> None:
    """'a deployment that began under orders from President Trump', 'at the order of the
    President, the department is mobilising 2,000 Guard troops': the one whose order it is
    orders the troops named in the sentence, and supports their deployment. 'At the direction
    of the president, Hegseth ordered the Guard …': a named subject who is no force is the
    one ordered."""
    res = da.res
    by_actor = issue_actors(da)
    for n in da.doc:
        if n.pos_ != "NOUN" or n.lemma_.lower() not in res.order_nouns or n.dep_ != "pobj" or (
                n.head.lower_ not in ("under", "at", "on", "by")):
            continue
        givers = [a for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                  for p in c.children if p.dep_ == "pobj" for a in _actors(da, p)]
        givers += [a for c in n.children if c.dep_ == "poss" for a in _actors(da, c)]
        if not givers:
            continue
        sent = da.sent(n)
        forces = list(dict.fromkeys(da.tok[i] for i in range(sent.start, sent.end)
                                    if da.tok.get(i) in res.troop_forces))
        verb = n.head.head
        mode = mode_of(verb, da, quotes) if verb.pos_ in ("VERB", "AUX") else (
            "reported" if in_quote(n, quotes) else "asserted")
        # (the verb's own subject: not "Luna said of troops stationed on orders of Trump")
        # (nor a relative pronoun's: "those who operate under his orders")
        doers = [a for a in subject_actors(verb, da)[0] if a not in res.troop_forces
                 and a not in givers] if verb.pos_ == "VERB" and n.head.dep_ == "prep" and any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children) else []
        for g in givers:
            for f in doers or forces:
                if g != f:
                    sink.add(g, f, "ORDERS", 0.6 * factor(mode), mode, "pattern:orders-from",
                             n.text, sent)
            for f in forces:
                if g == f:
                    continue
                for iss in by_actor.get(f, []):
                    sink.add(g, iss, "SUPPORTS", 0.55 * factor(mode), mode,
                             "stance:orders-from", n.text, sent)
