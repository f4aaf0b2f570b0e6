"""spaCy Matcher/PhraseMatcher objects built once per (vocabulary, data folder)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .resources import Resources


@dataclass
class Matchers:
    gazetteer: PhraseMatcher  # label = actor id
    lower_ok: dict[str, bool]  # one-token aliases that may be lower case (group nouns)
    groups: Matcher
    brackets: Matcher
    the_title: Matcher
    words: Matcher  # labels: VERB, NOUN, ADJ, LABEL, REPORT, BLAME
    issues: PhraseMatcher  # label = "S:<issue>" strong trigger, "W:<issue>" weak, "C:<issue>"


def _variants(alias: str) -> set[str]:
    out = {alias, alias.replace("'", "\u2019")}
    if alias[:1].islower():
        out.add(alias[:1].upper() + alias[1:])
    return out


def build_matchers(nlp: Language, res: Resources) -> Matchers:
    vocab = nlp.vocab
    gaz = PhraseMatcher(vocab, attr="NORM")
    lower_ok: dict[str, bool] = {}
    tok = nlp.tokenizer
    for ka in res.actors.values():
        names = {ka.name, *ka.aliases}
        pats = []
        for n in names:
            for v in _variants(n):
                d = tok(v)
                pats.append(d)
                if len(d) == 1 and n[:1].islower():
                    lower_ok[d[0].norm_] = True
        gaz.add(ka.id, pats)
    groups = Matcher(vocab)
    groups.add("GROUP", [[{"LEMMA": {"IN": sorted(res.group_nouns)}, "TAG": {"IN": ["NNS", "NNPS"]}}]])
    brackets = Matcher(vocab)
    brackets.add("ACRONYM", [[{"ORTH": "("}, {"IS_UPPER": True, "LENGTH": {">=": 2}},
                              {"ORTH": ")"}]])
    the_title = Matcher(vocab)
    heads = sorted(w for w in res.titles | res.org_heads if " " not in w and "." not in w)
    the_title.add("THE_TITLE", [[{"LOWER": "the"}, {"LOWER": {"IN": heads}}]])
    words = Matcher(vocab)
    words.add("VERB", [[{"LEMMA": {"IN": sorted(res.verbs)}, "POS": {"IN": ["VERB", "NOUN", "ADJ"]}}]])
    words.add("NOUN", [[{"LEMMA": {"IN": sorted(res.nouns)}, "POS": "NOUN"}]])
    words.add("ADJ", [[{"LEMMA": {"IN": sorted(res.adjectives)}, "POS": "ADJ"}]])
    words.add("LABEL", [[{"LEMMA": {"IN": sorted(res.labelling)}, "POS": "VERB"}]])
    words.add("REPORT", [[{"LEMMA": {"IN": sorted(res.reporting)}, "POS": "VERB"}]])
    words.add("BLAME", [[{"LEMMA": {"IN": sorted(res.blame)}, "POS": "VERB"}]])
    words.add("NEGV", [[{"LEMMA": {"IN": sorted(res.negating_verbs)}, "POS": "VERB"}]])
    # issues: matched on lemmas so that "raids"/"raid", "deploying"/"deploy" both hit
    issues = PhraseMatcher(vocab, attr="LEMMA")
    lem_terms: dict[str, set[str]] = {}
    for iss in res.issues.values():
        for kind, terms in (("S", iss.triggers), ("W", iss.weak_triggers), ("C", iss.context)):
            for term in terms:
                if term in res.actors:
                    continue  # actor ids are context through mentions
                lem_terms.setdefault(f"{kind}:{iss.id}", set()).add(term)
    all_terms = sorted({t for ts in lem_terms.values() for t in ts})
    lemma_of: dict[str, list[str]] = {}
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        for term, d in zip(all_terms, nlp.pipe(all_terms), strict=True):
            lemma_of[term] = [t.lemma_ for t in d]
    for label, terms in lem_terms.items():
        pats = []
        for t in terms:
            forms = {tuple(lemma_of[t]), tuple(w.lower() for w in lemma_of[t]), tuple(t.split())}
            for form in list(forms):
                forms.add((form[0][:1].upper() + form[0][1:], *form[1:]))
                forms.add((form[0].lower(), *form[1:]))
            for form in forms:
                pats.append(Doc(vocab, words=list(form), lemmas=list(form)))
        issues.add(label, pats)
    return Matchers(gaz, lower_ok, groups, brackets, the_title, words, issues)
