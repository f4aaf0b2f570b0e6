"""Loading the rule data (gazetteer, issues, lexicon) from YAML files.

The data folder is ``data/`` next to the package, or ``$GRAPHKIT_DATA``. Every rule the
extractor applies comes from these files: a new topic is new data, not new code.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from graphkit import ontology

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "data"


def data_dir(path: str | os.PathLike | None = None) -> Path:
    if path:
        return Path(path)
    env = os.environ.get("GRAPHKIT_DATA")
    return Path(env) if env else DEFAULT_DATA


def fold(text: str) -> str:
    """Lower case without accents: "Hernández" and "Hernandez" are one name."""
    s = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(text: str) -> str:
    """A generated actor id: lower case, accents dropped, words joined by hyphens."""
    s = fold(text).replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w]+", "-", s)
    return s.strip("-_") or "unknown"


class _Loader(yaml.SafeLoader):
    """YAML without the 1.1 booleans on/off/yes/no: in a word list, "on" is the word."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).insert(0, (
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))


def _load(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        try:
            data = yaml.load(fh, Loader=_Loader) or {}  # noqa: S506 - a safe loader
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            at = f" at line {where.line + 1}" if where is not None else ""
            raise ValueError(f"{path}: not valid YAML{at}; fix the file") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top of the file; see the comments "
                         "in graphkit's own data/ files")
    return data


@dataclass
class KnownActor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)


@dataclass
class IssueDef:
    id: str
    name: str
    aliases: list[str]
    triggers: list[str]
    weak_triggers: list[str]
    context: list[str]
    actors: list[str]
    bound_triggers: list[str] = field(default_factory=list)  # only with context in their phrase
    policy: bool = True
    escalates: list[str] = field(default_factory=list)  # opposing this opposes these too
    owners: list[str] = field(default_factory=list)  # whose policy it is: they never oppose it
    # in a story naming none of `own_words`, this issue's mentions name `otherwise` (when the
    # story names that one): "a military occupation" of Portland is its Guard deployment
    own_words: list[str] = field(default_factory=list)
    otherwise: str = ""
    # actors whom refusing to work with supports this issue ("will not cooperate with ICE")
    refused: list[str] = field(default_factory=list)


@dataclass
class WordRule:
    type: str
    preps: frozenset[str]
    person_preps: frozenset[str] = frozenset()  # count only with a person as the object


@dataclass
class PhrasalRule:
    type: str
    with_: frozenset[str]
    preps: frozenset[str]
    forces: str | None = None  # the type when what it acts on is troops ("called out the Guard")


@dataclass
class Resources:
    """All rule data, with look-up tables built once."""

    actors: dict[str, KnownActor]
    issues: dict[str, IssueDef]
    verbs: dict[str, WordRule]
    nouns: dict[str, WordRule]
    adjectives: dict[str, WordRule]
    labelling: frozenset[str]
    reporting: frozenset[str]
    blame: frozenset[str]
    negative: frozenset[str]
    positive: frozenset[str]
    praise: frozenset[str]  # praise of a person, not of a policy
    titles: frozenset[str]
    leader_titles: frozenset[str]
    abbreviations: dict[str, str]
    plural_abbreviations: dict[str, str]
    honorifics: frozenset[str]
    negation: frozenset[str]
    negating_verbs: frozenset[str]
    refusing_verbs: frozenset[str]
    dismissing_verbs: frozenset[str]
    hypothetical: frozenset[str]
    group_nouns: frozenset[str]
    proper_groups: frozenset[str]
    party_words: frozenset[str]
    org_heads: frozenset[str]
    issue_anaphors: frozenset[str]
    relative_pronouns: frozenset[str]
    remedy: frozenset[str]
    name_connectors: frozenset[str] = frozenset()
    patient_nouns: frozenset[str] = frozenset()
    request_verbs: frozenset[str] = frozenset()
    directive_verbs: frozenset[str] = frozenset()
    addressee_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    undo_verbs: frozenset[str] = frozenset()
    thwarting_verbs: frozenset[str] = frozenset()
    undo_particles: dict[str, frozenset[str]] = field(default_factory=dict)  # verb -> particles
    demand_verbs: frozenset[str] = frozenset()
    release_nouns: frozenset[str] = frozenset()
    end_nouns: frozenset[str] = frozenset()
    bare_groups: frozenset[str] = frozenset()
    limit_nouns: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    sanction_nouns: frozenset[str] = frozenset()
    confinement_nouns: frozenset[str] = frozenset()
    wanting_verbs: frozenset[str] = frozenset()
    hostility_nouns: frozenset[str] = frozenset()
    day_names: frozenset[str] = frozenset()
    obtaining_verbs: frozenset[str] = frozenset()
    opponent_nouns: frozenset[str] = frozenset()
    sent_documents: frozenset[str] = frozenset()
    mutual_verbs: frozenset[str] = frozenset()
    leading_verbs: frozenset[str] = frozenset()
    serving_verbs: frozenset[str] = frozenset()
    mutual_nouns: frozenset[str] = frozenset()
    escalation_verbs: frozenset[str] = frozenset()
    pressure_nouns: frozenset[str] = frozenset()
    partaking_verbs: frozenset[str] = frozenset()
    handover_verbs: frozenset[str] = frozenset()
    doubting_verbs: frozenset[str] = frozenset()
    compliance_verbs: frozenset[str] = frozenset()
    merit_nouns: frozenset[str] = frozenset()
    participation_verbs: frozenset[str] = frozenset()
    inquiry_nouns: frozenset[str] = frozenset()
    inquiry_verbs: frozenset[str] = frozenset()
    counterpart_nouns: frozenset[str] = frozenset()
    needed_adjectives: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    jurisdiction_words: frozenset[str] = frozenset()
    intent_nouns: frozenset[str] = frozenset()
    asking_nouns: frozenset[str] = frozenset()
    causing_verbs: frozenset[str] = frozenset()
    asking_verbs: frozenset[str] = frozenset()
    denying_verbs: frozenset[str] = frozenset()
    denied_nouns: frozenset[str] = frozenset()
    reply_verbs: frozenset[str] = frozenset()
    reply_nouns: frozenset[str] = frozenset()
    preventing_verbs: frozenset[str] = frozenset()
    address_phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    intent_modifiers: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    quantity_words: frozenset[str] = frozenset()
    people_words: frozenset[str] = frozenset()
    lawmaking_verbs: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    measure_containers: frozenset[str] = frozenset()
    restricting_verbs: frozenset[str] = frozenset()
    argument_nouns: frozenset[str] = frozenset()
    condition_nouns: frozenset[str] = frozenset()
    vowing_words: frozenset[str] = frozenset()
    owning_verbs: frozenset[str] = frozenset()
    complaint_nouns: frozenset[str] = frozenset()
    siege_nouns: frozenset[str] = frozenset()
    harm: frozenset[str] = frozenset()  # harm words: judge a policy, not a person
    making_verbs: frozenset[str] = frozenset()
    insufficient_words: frozenset[str] = frozenset()
    victory_nouns: frozenset[str] = frozenset()
    depriving_verbs: frozenset[str] = frozenset()
    funding_nouns: frozenset[str] = frozenset()
    defunding_verbs: frozenset[str] = frozenset()
    emergency_nouns: frozenset[str] = frozenset()
    substance_modifiers: frozenset[str] = frozenset()
    court_directive_verbs: frozenset[str] = frozenset()
    guidance_nouns: frozenset[str] = frozenset()
    member_titles: dict[str, list[str]] = field(default_factory=dict)
    unit_heads: frozenset[str] = frozenset()
    protesting_verbs: frozenset[str] = frozenset()
    outcome_nouns: dict[str, str] = field(default_factory=dict)  # "win" -> SUPPORTS
    giving_verbs: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    force_using_verbs: frozenset[str] = frozenset()
    force_employing_verbs: frozenset[str] = frozenset()
    reply_force_verbs: frozenset[str] = frozenset()
    court_heads: dict[str, str] = field(default_factory=dict)  # "judge" -> Person
    court_modifiers: frozenset[str] = frozenset()
    court_levels: dict[str, list[str]] = field(default_factory=dict)  # "appeals" -> words
    court_level_heads: dict[str, str] = field(default_factory=dict)  # "panel" -> appeals
    bench_words: frozenset[str] = frozenset()
    panel_rivals: frozenset[str] = frozenset()
    comeback_verbs: frozenset[str] = frozenset()
    descriptive_heads: frozenset[str] = frozenset()
    judicial_titles: frozenset[str] = frozenset()
    withdraw_verbs: frozenset[str] = frozenset()
    drawdown_verbs: frozenset[str] = frozenset()
    adversarial_directives: frozenset[str] = frozenset()
    advocacy_directives: frozenset[str] = frozenset()
    utterance_nouns: frozenset[str] = frozenset()
    remark_nouns: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    first_names: dict[str, frozenset[str]] = field(default_factory=dict)  # 'f'/'m' -> names
    gendered_roles: dict[str, frozenset[str]] = field(default_factory=dict)
    proxy_nouns: frozenset[str] = frozenset()
    impersonal_proxies: frozenset[str] = frozenset()
    counsel_nouns: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    shielding_verbs: frozenset[str] = frozenset()
    agency_words: frozenset[str] = frozenset()
    generic_org_words: frozenset[str] = frozenset()
    national_titles: frozenset[str] = frozenset()
    state_officer_titles: frozenset[str] = frozenset()
    national_places: frozenset[str] = frozenset()
    city_leader_titles: frozenset[str] = frozenset()
    inclusion_verbs: frozenset[str] = frozenset()
    state_names: frozenset[str] = frozenset()
    state_abbreviations: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    move_nouns: frozenset[str] = frozenset()
    event_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # noun -> acts
    side_nouns: dict[str, str] = field(default_factory=dict)  # "ally" -> SUPPORTS
    liability_words: frozenset[str] = frozenset()
    blame_on_verbs: frozenset[str] = frozenset()
    accountability_verbs: frozenset[str] = frozenset()
    undo_nouns: frozenset[str] = frozenset()
    plea_words: frozenset[str] = frozenset()
    granting_verbs: frozenset[str] = frozenset()
    received_nouns: frozenset[str] = frozenset()
    having_verbs: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    attempt_nouns: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    policy_act_nouns: frozenset[str] = frozenset()
    unmet_duties: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    challenge_nouns: frozenset[str] = frozenset()
    prosecution_modifiers: frozenset[str] = frozenset()
    suing_verbs: frozenset[str] = frozenset()
    consulting_verbs: frozenset[str] = frozenset()
    suppressing_verbs: frozenset[str] = frozenset()
    defendant_nouns: frozenset[str] = frozenset()
    program_nouns: frozenset[str] = frozenset()
    continuation_verbs: frozenset[str] = frozenset()
    preference_verbs: frozenset[str] = frozenset()
    force_members: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    troop_nouns: frozenset[str] = frozenset()
    collection_nouns: frozenset[str] = frozenset()
    question_nouns: frozenset[str] = frozenset()
    pressing_adjectives: frozenset[str] = frozenset()
    restraint_words: frozenset[str] = frozenset()
    dissent_words: frozenset[str] = frozenset()
    audience_groups: frozenset[str] = frozenset()
    supplying_verbs: frozenset[str] = frozenset()
    venues: frozenset[str] = frozenset()
    sentence_final_letters: tuple[str, ...] = ()
    activity_nouns: frozenset[str] = frozenset()
    conduct_nouns: frozenset[str] = frozenset()
    group_modifiers: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    interference_words: frozenset[str] = frozenset()
    attack_verbs: frozenset[str] = frozenset()
    escalation_nouns: frozenset[str] = frozenset()
    enforcing_verbs: frozenset[str] = frozenset()
    pejoratives: frozenset[str] = frozenset()
    word_surnames: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    custody_verbs: frozenset[str] = frozenset()
    tie_nouns: frozenset[str] = frozenset()
    tying_verbs: frozenset[str] = frozenset()
    surname_norm: str = ""
    surname_suffix: str = ""
    generic_people: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    crowd_group: str = ""
    crowd_exclude: str = ""
    crowd_orders: tuple[tuple[str, ...], ...] = ()
    troop_forces: frozenset[str] = frozenset()
    order_nouns: frozenset[str] = frozenset()
    charge_nouns: frozenset[str] = frozenset()
    acquittal_verbs: frozenset[str] = frozenset()
    held_states: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    charging_verbs: frozenset[str] = frozenset()
    title_bodies: dict[str, str] = field(default_factory=dict)
    title_departments: dict[str, str] = field(default_factory=dict)
    force_words: frozenset[str] = frozenset()
    org_anaphors: frozenset[str] = frozenset()
    org_anaphors_generic: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    indefinite_titles: frozenset[str] = frozenset()
    place_anaphors: frozenset[str] = frozenset()
    locative_preps: frozenset[str] = frozenset()
    status_verbs: frozenset[str] = frozenset()
    need_nouns: frozenset[str] = frozenset()
    declaration_nouns: frozenset[str] = frozenset()
    need_verbs: frozenset[str] = frozenset()
    status_negations: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    appointing_verbs: frozenset[str] = frozenset()
    ouster_nouns: frozenset[str] = frozenset()
    beat_titles: frozenset[str] = frozenset()
    ruling_nouns: frozenset[str] = frozenset()
    enacting_verbs: frozenset[str] = frozenset()
    measure_verbs: frozenset[str] = frozenset()
    removed_people: frozenset[str] = frozenset()
    received_with_verbs: frozenset[str] = frozenset()
    law_words: frozenset[str] = frozenset()
    bill_words: frozenset[str] = frozenset()
    access_verbs: frozenset[str] = frozenset()
    title_modifiers: frozenset[str] = frozenset()
    title_tails: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    daring_verbs: frozenset[str] = frozenset()
    reluctance_verbs: frozenset[str] = frozenset()
    capacity_words: frozenset[str] = frozenset()
    outcome_verbs: frozenset[str] = frozenset()
    disagreement_negations: frozenset[str] = frozenset()
    individual_nouns: frozenset[str] = frozenset()
    announcing_verbs: frozenset[str] = frozenset()
    operation_words: frozenset[str] = frozenset()
    exercising_verbs: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    objection_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # prep -> nouns
    overriding_verbs: frozenset[str] = frozenset()
    suit_party_verbs: frozenset[str] = frozenset()
    dispersal_verbs: frozenset[str] = frozenset()
    protest_nouns: frozenset[str] = frozenset()
    order_verbs: frozenset[str] = frozenset()
    appeal_verbs: frozenset[str] = frozenset()
    harm_nouns: frozenset[str] = frozenset()
    letter_nouns: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    authority_nouns: frozenset[str] = frozenset()
    favour_nouns: frozenset[str] = frozenset()
    cause_preps: frozenset[str] = frozenset()
    considering_verbs: frozenset[str] = frozenset()
    entry_nouns: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    arresting_verbs: frozenset[str] = frozenset()
    performative_verbs: frozenset[str] = frozenset()
    performative_frames: frozenset[str] = frozenset()
    ruling_verbs: frozenset[str] = frozenset()
    letter_demands: frozenset[str] = frozenset()
    challenge_verbs: frozenset[str] = frozenset()
    help_nouns: frozenset[str] = frozenset()
    telling_directives: frozenset[str] = frozenset()
    visiting_verbs: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    pace_nouns: frozenset[str] = frozenset()
    turmoil_nouns: frozenset[str] = frozenset()
    injury_verbs: frozenset[str] = frozenset()
    watching_verbs: frozenset[str] = frozenset()
    pushing_nouns: frozenset[str] = frozenset()
    gathering_nouns: frozenset[str] = frozenset()
    suit_accusing_verbs: frozenset[str] = frozenset()
    place_leader_titles: frozenset[str] = frozenset()
    fallback_verbs: dict[str, WordRule] = field(default_factory=dict)
    # lemma -> (sign, lemmas, the lemma's position) of the multiword evaluative idioms
    # that contain it
    contested: frozenset[str] = frozenset()  # values both sides claim: no stance alone
    evaluative_phrases: dict[str, tuple[tuple[int, tuple[str, ...], int], ...]] = field(
        default_factory=dict)
    phrasal: dict[str, list[PhrasalRule]] = field(default_factory=dict)
    alias_index: dict[str, str] = field(default_factory=dict)  # normalised alias -> actor id
    surname_index: dict[str, str] = field(default_factory=dict)  # surname -> person id

    def lookup(self, name: str) -> str | None:
        return self.alias_index.get(norm(name))

    def verb_type(self, word: str) -> str | None:
        """The relation type the verb lexicon gives a lemma ("arrest" -> COERCES), if any."""
        rule = self.verbs.get(word.lower())
        return rule.type if rule is not None else None

    def verb_rule(self, word: str) -> WordRule | None:
        """A lemma's rule in the verb lexicon, else in the broad fallback list."""
        return self.verbs.get(word.lower()) or self.fallback_verbs.get(word.lower())

    def new_actor_id(self, name: str) -> str:
        """The generated id of an actor the gazetteer does not know; never an issue's id."""
        aid = slug(name)
        return aid + "-actor" if aid in self.issues else aid

    @cached_property
    def asked_nouns(self) -> frozenset[str]:
        """Nouns of an act asked for or meant, not done: "a request from the Pentagon to
        activate the Guard", "Trump's threat to arrest Newsom"."""
        return self.intent_nouns | self.request_nouns

    @cached_property
    def turning_down_verbs(self) -> frozenset[str]:
        """Verbs whose object's act is not their subject's: "denied a request to activate the
        Guard", "rebuffed a request to deploy troops" (negating and refusing verbs)."""
        return self.negating_verbs | self.refusing_verbs

    @cached_property
    def people_heads(self) -> frozenset[str]:
        """Head nouns that name people or bodies ("leaders", "officials", "agencies",
        "states"): a list set off after one of them names its members."""
        return (self.group_nouns | self.titles | self.generic_people | self.people_words
                | self.org_heads | self.org_anaphors | self.jurisdiction_words)

    @cached_property
    def headline_verbs(self) -> frozenset[str]:
        """Every verb a rule reads: a headline word that may be one."""
        return frozenset(self.verbs) | frozenset(self.phrasal) | frozenset(
            self.fallback_verbs) | self.mutual_verbs

    @cached_property
    def generic_name_words(self) -> frozenset[str]:
        """Words of an organisation's name that name no one body ("City Council")."""
        return self.org_heads | self.generic_org_words

    @cached_property
    def suit_words(self) -> frozenset[str]:
        """The verbs and nouns of suing ("sue", "lawsuit")."""
        return frozenset(w for rules in (self.verbs, self.nouns) for w, r in rules.items()
                         if r.type == "SUES")

    @cached_property
    def objections(self) -> frozenset[str]:
        """Every objection noun ("consent", "wish", "defiance"), whatever its preposition."""
        return frozenset(w for nouns in self.objection_nouns.values() for w in nouns)

    @cached_property
    def refused_issues(self) -> dict[str, list[str]]:
        """Actor id -> the issues refusing to work with it supports (issues.yaml
        ``refused``: not cooperating with ICE is a sanctuary stance)."""
        out: dict[str, list[str]] = {}
        for iss in self.issues.values():
            for a in iss.refused:
                out.setdefault(a, []).append(iss.id)
        return out

    @cached_property
    def force_issues(self) -> frozenset[str]:
        """The issues that are some actor's activity (a force's: the raids, the Guard's
        deployment), as opposed to policies no actor carries out."""
        return frozenset(i for issues in self.issues_of_actor.values() for i in issues)

    def lexicon_gerund(self, lower: str, lemma: str) -> bool:
        """Is an "-ing" word a lexicon verb's gerund, whatever the tagger made of it
        ("Arresting" tagged an adjective)?"""
        return lower.endswith("ing") and any(
            w in self.verbs for w in (lemma, lower[:-3], lower[:-3] + "e"))

    @cached_property
    def issues_of_actor(self) -> dict[str, list[str]]:
        """Actor id -> the issues that are its activity (issues.yaml ``actors``)."""
        out: dict[str, list[str]] = {}
        for iss in self.issues.values():
            for a in iss.actors:
                out.setdefault(a, []).append(iss.id)
        return out


def norm(name: str) -> str:
    s = fold(name).replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    s = re.sub(r"[-_]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def _word_rules(section: dict) -> dict[str, WordRule]:
    out: dict[str, WordRule] = {}
    for rel_type, spec in (section or {}).items():
        ontology.check_type(rel_type)
        rule = WordRule(rel_type, frozenset(spec.get("preps") or []),
                        frozenset(spec.get("person_preps") or []))
        for lemma in spec.get("lemmas") or []:
            out.setdefault(str(lemma).lower(), rule)
    return out


def _typed_words(spec: dict[str, list[str]] | None) -> dict[str, str]:
    """``{SUPPORTS: [ally, …], …}`` as word -> the relation type it makes."""
    return {str(w).lower(): typ for typ, words in (spec or {}).items() for w in words}


def _event_nouns(spec: list[dict]) -> dict[str, frozenset[str]]:
    """``[{nouns: [arrest, …], acts: [arrest, detain, …]}, …]`` as noun -> the acts it names."""
    out: dict[str, set[str]] = {}
    for entry in spec:
        for w in entry.get("nouns") or []:
            out.setdefault(str(w).lower(), set()).update(str(a).lower() for a in entry["acts"])
    return {w: frozenset(a) for w, a in out.items()}


def _lower(items) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items or [])


def _phrases(spec: dict[str, list[str]]
             ) -> dict[str, tuple[tuple[int, tuple[str, ...], int], ...]]:
    """``{negative: ["know better", …], positive: […]}`` indexed by each of their lemmas,
    longest first."""
    out: dict[str, list[tuple[int, tuple[str, ...], int]]] = {}
    for key, sign in (("negative", -1), ("positive", 1)):
        for p in spec.get(key) or []:
            words = tuple(str(p).lower().split())
            for k, w in enumerate(words):
                out.setdefault(w, []).append((sign, words, k))
    return {k: tuple(sorted(v, key=lambda x: -len(x[1]))) for k, v in out.items()}


@lru_cache(maxsize=4)
def load_resources(path: str | None = None) -> Resources:
    root = data_dir(path)
    gaz = _load(root / "gazetteer.yaml")
    iss = _load(root / "issues.yaml")
    lex = _load(root / "lexicon.yaml")
    actors: dict[str, KnownActor] = {}
    for a in gaz.get("actors") or []:
        if a.get("kind", "Person") not in ontology.ACTOR_KINDS:
            raise ValueError(f"gazetteer: bad kind for {a.get('id')}: {a.get('kind')}")
        ka = KnownActor(
            id=a["id"],
            name=a.get("name", a["id"]),
            kind=a.get("kind", "Person"),
            aliases=[str(x) for x in a.get("aliases") or []],
            roles=[str(x) for x in a.get("roles") or []],
            affiliations=[str(x) for x in a.get("affiliations") or []],
        )
        actors[ka.id] = ka
    issues: dict[str, IssueDef] = {}
    for i in iss.get("issues") or []:
        issues[i["id"]] = IssueDef(
            id=i["id"],
            name=i.get("name", i["id"]),
            aliases=[str(x) for x in i.get("aliases") or []],
            triggers=[str(x) for x in i.get("triggers") or []],
            weak_triggers=[str(x) for x in i.get("weak_triggers") or []],
            bound_triggers=[str(x) for x in i.get("bound_triggers") or []],
            context=[str(x) for x in i.get("context") or []],
            actors=[str(x) for x in i.get("actors") or []],
            policy=bool(i.get("policy", True)),
            escalates=[str(x) for x in i.get("escalates") or []],
            owners=[str(x) for x in i.get("owners") or []],
            own_words=[str(x).lower() for x in i.get("own_words") or []],
            otherwise=str(i.get("otherwise") or ""),
            refused=[str(x) for x in i.get("refused") or []],
        )
    for i in issues.values():
        unknown = [e for e in i.escalates if e not in issues]
        if unknown:
            raise ValueError(f"issues.yaml: {i.id!r} escalates {unknown[0]!r}, which is not an "
                             "issue id; add that issue or fix the id")
        if i.otherwise and i.otherwise not in issues:
            raise ValueError(f"issues.yaml: {i.id!r} otherwise {i.otherwise!r}, which is not an "
                             "issue id; add that issue or fix the id")
    clash = sorted(actors.keys() & issues.keys())
    if clash:
        raise ValueError(f"gazetteer: actor id {clash[0]!r} is also an issue id in issues.yaml; "
                         "rename one of them")
    ev = lex.get("evaluative") or {}
    res = Resources(
        actors=actors,
        issues=issues,
        verbs=_word_rules(lex.get("verbs")),
        nouns=_word_rules(lex.get("nouns")),
        adjectives=_word_rules(lex.get("adjectives")),
        labelling=_lower(lex.get("labelling_verbs")),
        reporting=_lower(lex.get("reporting_verbs")),
        blame=_lower(lex.get("blame_predicates")),
        negative=_lower(ev.get("negative")),
        harm=_lower(ev.get("harm")),
        positive=_lower(ev.get("positive")),
        unmet_duties=_lower(ev.get("unmet_duties")),
        evaluative_phrases=_phrases(ev.get("phrases") or {}),
        contested=_lower(ev.get("contested")),
        praise=_lower(ev.get("of_people")),
        titles=_lower(lex.get("titles")),
        leader_titles=_lower(lex.get("leader_titles")),
        abbreviations={str(k).lower(): str(v) for k, v in (lex.get("title_abbreviations") or {}).items()},
        plural_abbreviations={str(k).lower(): str(v).lower() for k, v in (
            lex.get("plural_title_abbreviations") or {}).items()},
        honorifics=_lower(lex.get("honorifics")),
        negation=_lower(lex.get("negation")),
        negating_verbs=_lower(lex.get("negating_verbs")),
        refusing_verbs=_lower(lex.get("refusing_verbs")),
        dismissing_verbs=_lower(lex.get("dismissing_verbs")),
        hypothetical=_lower(lex.get("hypothetical")),
        group_nouns=_lower(lex.get("group_nouns")),
        proper_groups=_lower(lex.get("proper_groups")),
        bare_groups=_lower(lex.get("bare_groups")),
        party_words=_lower(lex.get("party_words")),
        org_heads=_lower(lex.get("org_heads")),
        unit_heads=_lower(lex.get("unit_heads")),
        issue_anaphors=_lower(lex.get("issue_anaphors")),
        relative_pronouns=_lower(lex.get("relative_pronouns")),
        remedy=_lower(lex.get("remedy_verbs")),
        name_connectors=_lower(lex.get("name_connectors")),
        patient_nouns=_lower(lex.get("patient_nouns")),
        request_verbs=_lower(lex.get("request_verbs")),
        directive_verbs=_lower(lex.get("directive_verbs")),
        addressee_preps={str(k).lower(): _lower(v)
                         for k, v in (lex.get("addressee_preps") or {}).items()},
        undo_verbs=_lower(lex.get("undo_verbs")),
        thwarting_verbs=_lower(lex.get("thwarting_verbs")),
        undo_particles={str(k).lower(): _lower(v)
                        for k, v in (lex.get("undo_particles") or {}).items()},
        demand_verbs=_lower(lex.get("demand_verbs")),
        release_nouns=_lower(lex.get("release_nouns")),
        end_nouns=_lower(lex.get("end_nouns")),
        limit_nouns=_lower(lex.get("limit_nouns")),
        receiving_verbs=_lower(lex.get("receiving_verbs")),
        sanction_nouns=_lower(lex.get("sanction_nouns")),
        confinement_nouns=_lower(lex.get("confinement_nouns")),
        wanting_verbs=_lower(lex.get("wanting_verbs")),
        hostility_nouns=_lower(lex.get("hostility_nouns")),
        day_names=_lower(lex.get("day_names")),
        obtaining_verbs=_lower(lex.get("obtaining_verbs")),
        opponent_nouns=_lower(lex.get("opponent_nouns")),
        sent_documents=_lower(lex.get("sent_documents")),
        mutual_verbs=_lower(lex.get("mutual_verbs")),
        leading_verbs=_lower(lex.get("leading_verbs")),
        serving_verbs=_lower(lex.get("serving_verbs")),
        mutual_nouns=_lower(lex.get("mutual_nouns")),
        escalation_verbs=_lower(lex.get("escalation_verbs")),
        pressure_nouns=_lower(lex.get("pressure_nouns")),
        partaking_verbs=_lower(lex.get("partaking_verbs")),
        handover_verbs=_lower(lex.get("handover_verbs")),
        doubting_verbs=_lower(lex.get("doubting_verbs")),
        compliance_verbs=_lower(lex.get("compliance_verbs")),
        merit_nouns=_lower(lex.get("merit_nouns")),
        participation_verbs=_lower(lex.get("participation_verbs")),
        inquiry_nouns=_lower(lex.get("inquiry_nouns")),
        inquiry_verbs=_lower(lex.get("inquiry_verbs")),
        counterpart_nouns=_lower(lex.get("counterpart_nouns")),
        needed_adjectives=_lower(lex.get("needed_adjectives")),
        belief_verbs=_lower(lex.get("belief_verbs")),
        jurisdiction_words=_lower(lex.get("jurisdiction_words")),
        intent_nouns=_lower(lex.get("intent_nouns")),
        asking_nouns=_lower(lex.get("asking_nouns")),
        causing_verbs=_lower(lex.get("causing_verbs")),
        asking_verbs=_lower(lex.get("asking_verbs")),
        denying_verbs=_lower(lex.get("denying_verbs")),
        denied_nouns=_lower(lex.get("denied_nouns")),
        reply_verbs=_lower(lex.get("reply_verbs")),
        reply_nouns=_lower(lex.get("reply_nouns")),
        preventing_verbs=_lower(lex.get("preventing_verbs")),
        address_phrases=tuple((typ, tuple(str(w).lower().split()))
                              for typ, phrases in (lex.get("address_phrases") or {}).items()
                              for w in phrases),
        intent_modifiers=_lower(lex.get("intent_modifiers")),
        part_nouns=_lower(lex.get("part_nouns")),
        quantity_words=_lower(lex.get("quantity_words")),
        people_words=_lower(lex.get("people_words")),
        lawmaking_verbs=_lower(lex.get("lawmaking_verbs")),
        measure_nouns=_lower(lex.get("measure_nouns")),
        measure_containers=_lower(lex.get("measure_containers")),
        restricting_verbs=_lower(lex.get("restricting_verbs")),
        argument_nouns=_lower(lex.get("argument_nouns")),
        condition_nouns=_lower(lex.get("condition_nouns")),
        vowing_words=_lower(lex.get("vowing_words")),
        owning_verbs=_lower(lex.get("owning_verbs")),
        complaint_nouns=_lower(lex.get("complaint_nouns")),
        siege_nouns=_lower(lex.get("siege_nouns")),
        making_verbs=_lower(lex.get("making_verbs")),
        insufficient_words=_lower(lex.get("insufficient_words")),
        victory_nouns=_lower(lex.get("victory_nouns")),
        depriving_verbs=_lower(lex.get("depriving_verbs")),
        funding_nouns=_lower(lex.get("funding_nouns")),
        defunding_verbs=_lower(lex.get("defunding_verbs")),
        emergency_nouns=_lower(lex.get("emergency_nouns")),
        substance_modifiers=_lower(lex.get("substance_modifiers")),
        court_directive_verbs=_lower(lex.get("court_directive_verbs")),
        guidance_nouns=_lower(lex.get("guidance_nouns")),
        member_titles={str(k).lower(): [str(x).lower() for x in v]
                       for k, v in (lex.get("member_titles") or {}).items()},
        protesting_verbs=_lower(lex.get("protesting_verbs")),
        outcome_nouns=_typed_words(lex.get("outcome_nouns")),
        giving_verbs=_lower(lex.get("giving_verbs")),
        force_nouns=_lower(lex.get("force_nouns")),
        force_using_verbs=_lower(lex.get("force_using_verbs")),
        force_employing_verbs=_lower(lex.get("force_employing_verbs")),
        reply_force_verbs=_lower(lex.get("reply_force_verbs")),
        court_heads={str(k).lower(): str(v) for k, v in
                     ((lex.get("unnamed_courts") or {}).get("heads") or {}).items()},
        court_modifiers=_lower((lex.get("unnamed_courts") or {}).get("modifiers")),
        court_levels={str(k).lower(): [str(w).lower() for w in v] for k, v in
                      ((lex.get("unnamed_courts") or {}).get("levels") or {}).items()},
        court_level_heads={str(k).lower(): str(v).lower() for k, v in
                           ((lex.get("unnamed_courts") or {}).get("level_heads") or {}).items()},
        bench_words=_lower((lex.get("unnamed_courts") or {}).get("bench_words")),
        panel_rivals=_lower((lex.get("unnamed_courts") or {}).get("rivals")),
        comeback_verbs=_lower(lex.get("comeback_verbs")),
        descriptive_heads=_lower(lex.get("descriptive_heads")),
        judicial_titles=_lower(lex.get("judicial_titles")),
        withdraw_verbs=_lower(lex.get("withdraw_verbs")),
        drawdown_verbs=_lower(lex.get("drawdown_verbs")),
        adversarial_directives=_lower(lex.get("adversarial_directives")),
        advocacy_directives=_lower(lex.get("advocacy_directives")),
        utterance_nouns=_lower(lex.get("utterance_nouns")),
        remark_nouns=_lower(lex.get("remark_nouns")),
        holding_verbs=_lower(lex.get("holding_verbs")),
        first_names={g: _lower((lex.get("first_names") or {}).get(k))
                     for g, k in (("f", "female"), ("m", "male"))},
        gendered_roles={g: _lower((lex.get("gendered_roles") or {}).get(k))
                        for g, k in (("f", "female"), ("m", "male"))},
        proxy_nouns=_lower(lex.get("proxy_nouns")),
        impersonal_proxies=_lower(lex.get("impersonal_proxies")),
        counsel_nouns=_lower(lex.get("counsel_nouns")),
        issuing_verbs=_lower(lex.get("issuing_verbs")),
        shielding_verbs=_lower(lex.get("shielding_verbs")),
        agency_words=_lower(lex.get("agency_words")),
        generic_org_words=_lower(lex.get("generic_org_words")),
        national_titles=_lower(lex.get("national_titles")),
        state_officer_titles=_lower(lex.get("state_officer_titles")),
        national_places=frozenset(lex.get("national_places") or ()),
        city_leader_titles=_lower(lex.get("city_leader_titles")),
        inclusion_verbs=_lower(lex.get("inclusion_verbs")),
        state_names=frozenset(lex.get("state_names") or ()),
        state_abbreviations=frozenset(lex.get("state_abbreviations") or ()),
        aid_nouns=_lower(lex.get("aid_nouns")),
        move_nouns=_lower(lex.get("move_nouns")),
        event_nouns=_event_nouns(lex.get("event_nouns") or []),
        side_nouns=_typed_words(lex.get("side_nouns")),
        liability_words=_lower(lex.get("liability_words")),
        blame_on_verbs=_lower(lex.get("blame_on_verbs")),
        accountability_verbs=_lower(lex.get("accountability_verbs")),
        undo_nouns=_lower(lex.get("undo_nouns")),
        plea_words=_lower(lex.get("plea_words")),
        granting_verbs=_lower(lex.get("granting_verbs")),
        received_nouns=_lower(lex.get("received_nouns")),
        having_verbs=_lower(lex.get("having_verbs")),
        request_nouns=_lower(lex.get("request_nouns")),
        attempt_nouns=_lower(lex.get("attempt_nouns")),
        act_nouns=_lower(lex.get("act_nouns")),
        policy_act_nouns=_lower(lex.get("policy_act_nouns")),
        naming_verbs=_lower(lex.get("naming_verbs")),
        challenge_nouns=_lower(lex.get("challenge_nouns")),
        prosecution_modifiers=_lower(lex.get("prosecution_modifiers")),
        suing_verbs=_lower(lex.get("suing_verbs")),
        consulting_verbs=_lower(lex.get("consulting_verbs")),
        suppressing_verbs=_lower(lex.get("suppressing_verbs")),
        defendant_nouns=_lower(lex.get("defendant_nouns")),
        program_nouns=_lower(lex.get("program_nouns")),
        continuation_verbs=_lower(lex.get("continuation_verbs")),
        preference_verbs=_lower(lex.get("preference_verbs")),
        force_members=_lower(lex.get("force_members")),
        member_nouns=_lower(lex.get("member_nouns")),
        troop_nouns=_lower(lex.get("troop_nouns")),
        collection_nouns=_lower(lex.get("collection_nouns")),
        question_nouns=_lower(lex.get("question_nouns")),
        pressing_adjectives=_lower(lex.get("pressing_adjectives")),
        restraint_words=_lower(lex.get("restraint_words")),
        dissent_words=_lower(lex.get("dissent_words")),
        audience_groups=_lower(lex.get("audience_groups")),
        supplying_verbs=_lower(lex.get("supplying_verbs")),
        venues=_lower(lex.get("venues")),
        sentence_final_letters=tuple(str(x) for x in lex.get("sentence_final_letters") or ()),
        activity_nouns=_lower(lex.get("activity_nouns")),
        conduct_nouns=_lower(lex.get("conduct_nouns")),
        group_modifiers=_lower(lex.get("group_modifiers")),
        not_names=_lower(lex.get("not_names")),
        interference_words=_lower(lex.get("interference_words")),
        attack_verbs=_lower(lex.get("attack_verbs")),
        escalation_nouns=_lower(lex.get("escalation_nouns")),
        enforcing_verbs=_lower(lex.get("enforcing_verbs")),
        pejoratives=_lower(lex.get("pejoratives")),
        telling_verbs=_lower(lex.get("telling_verbs")),
        custody_verbs=_lower(lex.get("custody_verbs")),
        tie_nouns=_lower(lex.get("tie_nouns")),
        tying_verbs=_lower(lex.get("tying_verbs")),
        word_surnames=frozenset(str(x) for x in (lex.get("word_surnames") or {}).get("names", [])),
        surname_norm=str((lex.get("word_surnames") or {}).get("norm", "")).lower(),
        surname_suffix=str((lex.get("word_surnames") or {}).get("suffix", "")).lower(),
        generic_people=_lower(lex.get("generic_people")),
        light_verbs=_lower(lex.get("light_verbs")),
        crowd_group=str((lex.get("police_crowds") or {}).get("group", "")),
        crowd_exclude=str((lex.get("police_crowds") or {}).get("not_forces_of", "")),
        crowd_orders=tuple(tuple(str(x).lower().split())
                           for x in (lex.get("police_crowds") or {}).get("orders") or []),
        troop_forces=_lower(lex.get("troop_forces")),
        order_nouns=_lower(lex.get("order_nouns")),
        charge_nouns=_lower(lex.get("charge_nouns")),
        acquittal_verbs=_lower(lex.get("acquittal_verbs")),
        held_states=_lower(lex.get("held_states")),
        topic_preps=_lower(lex.get("topic_preps")),
        charging_verbs=_lower(lex.get("charging_verbs")),
        title_bodies={str(k).lower(): str(v).lower()
                      for k, v in (lex.get("title_bodies") or {}).items()},
        title_departments={str(k).lower(): str(v)
                           for k, v in (lex.get("title_departments") or {}).items()},
        force_words=_lower(lex.get("force_words")),
        fallback_verbs=_word_rules(lex.get("fallback_verbs")),
        place_leader_titles=_lower(lex.get("place_leader_titles")),
        document_nouns=_lower(lex.get("document_nouns")),
        indefinite_titles=_lower(lex.get("indefinite_titles")),
        place_anaphors=_lower(lex.get("place_anaphors")),
        locative_preps=_lower(lex.get("locative_preps")),
        status_verbs=_lower(lex.get("status_verbs")),
        need_nouns=_lower(lex.get("need_nouns")),
        declaration_nouns=_lower(lex.get("declaration_nouns")),
        need_verbs=_lower(lex.get("need_verbs")),
        status_negations=_lower(lex.get("status_negations")),
        place_nouns=_lower(lex.get("place_nouns")),
        appointing_verbs=_lower(lex.get("appointing_verbs")),
        ouster_nouns=_lower(lex.get("ouster_nouns")),
        beat_titles=_lower(lex.get("beat_titles")),
        ruling_nouns=_lower(lex.get("ruling_nouns")),
        enacting_verbs=_lower(lex.get("enacting_verbs")),
        measure_verbs=_lower(lex.get("measure_verbs")),
        removed_people=_lower(lex.get("removed_people")),
        received_with_verbs=_lower(lex.get("received_with_verbs")),
        law_words=_lower(lex.get("law_words")),
        bill_words=_lower(lex.get("bill_words")),
        access_verbs=_lower(lex.get("access_verbs")),
        title_modifiers=_lower(lex.get("title_modifiers")),
        title_tails=_lower(lex.get("title_tails")),
        intent_verbs=_lower(lex.get("intent_verbs")),
        daring_verbs=_lower(lex.get("daring_verbs")),
        reluctance_verbs=_lower(lex.get("reluctance_verbs")),
        capacity_words=_lower(lex.get("capacity_words")),
        outcome_verbs=_lower(lex.get("outcome_verbs")),
        disagreement_negations=_lower(lex.get("disagreement_negations")),
        individual_nouns=_lower(lex.get("individual_nouns")),
        announcing_verbs=_lower(lex.get("announcing_verbs")),
        operation_words=_lower(lex.get("operation_words")),
        exercising_verbs=_lower(lex.get("exercising_verbs")),
        place_heads=_lower(lex.get("place_heads")),
        objection_nouns={str(k).lower(): _lower(v)
                         for k, v in (lex.get("objection_nouns") or {}).items()},
        overriding_verbs=_lower(lex.get("overriding_verbs")),
        suit_party_verbs=_lower(lex.get("suit_party_verbs")),
        dispersal_verbs=_lower(lex.get("dispersal_verbs")),
        protest_nouns=_lower(lex.get("protest_nouns")),
        order_verbs=_lower(lex.get("order_verbs")),
        appeal_verbs=_lower(lex.get("appeal_verbs")),
        harm_nouns=_lower(lex.get("harm_nouns")),
        letter_nouns=_lower(lex.get("letter_nouns")),
        permission_verbs=_lower(lex.get("permission_verbs")),
        authority_nouns=_lower(lex.get("authority_nouns")),
        favour_nouns=_lower(lex.get("favour_nouns")),
        cause_preps=_lower(lex.get("cause_preps")),
        considering_verbs=_lower(lex.get("considering_verbs")),
        entry_nouns=_lower(lex.get("entry_nouns")),
        site_nouns=_lower(lex.get("site_nouns")),
        arresting_verbs=_lower(lex.get("arresting_verbs")),
        performative_verbs=_lower(lex.get("performative_verbs")),
        performative_frames=_lower(lex.get("performative_frames")),
        ruling_verbs=_lower(lex.get("ruling_verbs")),
        letter_demands=_lower(lex.get("letter_demands")),
        challenge_verbs=_lower(lex.get("challenge_verbs")),
        help_nouns=_lower(lex.get("help_nouns")),
        telling_directives=_lower(lex.get("telling_directives")),
        visiting_verbs=_lower(lex.get("visiting_verbs")),
        former_words=_lower(lex.get("former_words")),
        pace_nouns=_lower(lex.get("pace_nouns")),
        turmoil_nouns=_lower(lex.get("turmoil_nouns")),
        injury_verbs=_lower(lex.get("injury_verbs")),
        watching_verbs=_lower(lex.get("watching_verbs")),
        pushing_nouns=_lower(lex.get("pushing_nouns")),
        gathering_nouns=_lower(lex.get("gathering_nouns")),
        suit_accusing_verbs=_lower(lex.get("suit_accusing_verbs")),
        org_anaphors=_lower(lex.get("org_anaphors")) | _lower(lex.get("org_anaphors_generic")),
        org_anaphors_generic=_lower(lex.get("org_anaphors_generic")),
    )
    for p in lex.get("phrasal_verbs") or []:
        ontology.check_type(p["type"])
        if p.get("forces"):
            ontology.check_type(p["forces"])
        res.phrasal.setdefault(str(p["lemma"]).lower(), []).append(
            PhrasalRule(p["type"], _lower(p.get("with")), _lower(p.get("preps")),
                        p.get("forces")))
    for ka in actors.values():
        for n in [ka.name, *ka.aliases]:
            res.alias_index.setdefault(norm(n), ka.id)
        if ka.kind == "Person":
            parts = norm(ka.name).split()
            if len(parts) > 1:
                res.surname_index.setdefault(parts[-1], ka.id)
    return res
