"""spaCy Matcher/PhraseMatcher objects built once per (vocabulary, data folder)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import spacy
from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .resources import Resources


@dataclass
class Matchers:
    gazetteer: PhraseMatcher  # label = actor id
    lower_ok: dict[str, bool]  # one-token aliases that may be lower case (group nouns)
    words: WordRules
    issues: PhraseMatcher  # label = "S:<issue>" strong trigger, "W:<issue>" weak, "C:<issue>"
    # context, "B:<issue>" bound (weak, but never pointing back)


def _member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """np.isin for a sorted, non-empty array (binary search, no sorting of ``values``)."""
    if len(sorted_set) == 0:
        return np.zeros(len(values), dtype=bool)
    idx = np.searchsorted(sorted_set, values)
    idx[idx == len(sorted_set)] = 0
    return sorted_set[idx] == values


@dataclass
class WordRules:
    """Single-token rules run as vectorised look-ups over ``Doc.to_array`` (much cheaper than
    a Matcher with large ``IN`` sets)."""

    lemma_sets: dict[str, np.ndarray]
    pos_of: dict[str, list[int]]
    plural_tags: np.ndarray
    heads: np.ndarray
    the: np.ndarray  # "the", "this", "that": determiners of an anaphoric title
    a: np.ndarray  # "a", "an": determiners of a title named later ("A federal judge ruled …")
    indefinite_heads: np.ndarray  # the titles that may take them
    modifier_pos: tuple[int, ...]  # what may stand between them and the title
    open_: int
    close: int

    def __call__(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """label -> [(start, end)] for GROUP, ACRONYM, THE_TITLE, VERB, NOUN, ADJ, LABEL,
        REPORT, BLAME, NEGV."""
        out: dict[str, list[tuple[int, int]]] = {}
        n = len(doc)
        if n == 0:
            return out
        arr = doc.to_array([LEMMA, POS, TAG, LOWER])
        lemma, pos, tag, lower = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        for label, hs in self.lemma_sets.items():
            mask = _member(lemma, hs)
            if not mask.any():
                continue
            if label == "GROUP":
                mask &= _member(tag, self.plural_tags)
            else:
                mask &= np.isin(pos, self.pos_of[label])
            idx = np.nonzero(mask)[0]
            if len(idx):
                out[label] = [(int(i), int(i) + 1) for i in idx]
        the = np.nonzero(np.isin(lower[:-1], self.the) | np.isin(lower[:-1], self.a))[0]
        titles = []
        for i in the.tolist():
            # "the governor", "the border czar", "the California governor"; "a federal judge"
            heads = self.indefinite_heads if lower[i] in self.a else self.heads
            for j in range(i + 1, min(i + 5, n)):
                if _member(lower[j:j + 1], heads)[0]:
                    # the whole title: "the attorney general", "the police chief"
                    while j + 1 < min(i + 5, n) and _member(lower[j + 1:j + 2], heads)[0]:
                        j += 1
                    titles.append((i, j + 1))
                    break
                if pos[j] not in self.modifier_pos:
                    break
        if titles:
            out["THE_TITLE"] = titles
        opens = np.nonzero(lower[:-2] == self.open_)[0]
        acr = []
        for i in opens:
            i = int(i)
            t = doc[i + 1]
            if lower[i + 2] == self.close and t.is_upper and len(t) >= 2:
                acr.append((i, i + 3))
        if acr:
            out["ACRONYM"] = acr
        return out


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
    strings = vocab.strings

    def hashes(items) -> np.ndarray:
        return np.array(sorted(strings.add(str(x)) for x in items), dtype=np.uint64)

    pos = {p: spacy.parts_of_speech.IDS[p]
           for p in ("VERB", "NOUN", "ADJ", "PROPN")}
    heads = sorted(w for w in res.titles | res.org_heads if " " not in w and "." not in w)
    words = WordRules(
        # "Democrats" (NNPS) keeps its capital in the lemma
        # (and "Police" at the start of a sentence keeps its capital in the lemma too)
        lemma_sets={"GROUP": hashes(res.group_nouns | {w.capitalize() + "s"
                                                       for w in res.group_nouns}
                                    | {w.capitalize() for w in res.group_nouns}),
                    "VERB": hashes(res.verbs),
                    "NOUN": hashes(res.nouns), "ADJ": hashes(res.adjectives),
                    "LABEL": hashes(res.labelling), "REPORT": hashes(res.reporting),
                    "BLAME": hashes(res.blame), "NEGV": hashes(res.negating_verbs)},
        pos_of={"VERB": [pos["VERB"], pos["NOUN"], pos["ADJ"]], "NOUN": [pos["NOUN"]],
                "ADJ": [pos["ADJ"]], "LABEL": [pos["VERB"]], "REPORT": [pos["VERB"]],
                "BLAME": [pos["VERB"]], "NEGV": [pos["VERB"]]},
        plural_tags=hashes(["NNS", "NNPS"]),
        heads=hashes(heads),
        # (and a place's possessive: "California's governor")
        the=np.array([strings.add(w) for w in ("the", "this", "that", "'s", "\u2019s", "'",
                                               "\u2019")],
                     dtype=np.uint64),
        a=np.array([strings.add(w) for w in ("a", "an")], dtype=np.uint64),
        indefinite_heads=hashes(res.indefinite_titles),
        modifier_pos=(pos["ADJ"], pos["PROPN"], pos["NOUN"]),
        open_=strings.add("("), close=strings.add(")"),
    )
    # issues: matched on lemmas so that "raids"/"raid", "deploying"/"deploy" both hit
    issues = PhraseMatcher(vocab, attr="LEMMA")
    lem_terms: dict[str, set[str]] = {}
    for iss in res.issues.values():
        for kind, terms in (("S", iss.triggers), ("W", iss.weak_triggers), ("C", iss.context),
                            ("B", iss.bound_triggers)):
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
    return Matchers(gaz, lower_ok, words, issues)
