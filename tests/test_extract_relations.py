from tests.test_extract_helpers import find, rels, run


def test_active_verb_typed_and_signed():
    ex = run("Governor Gavin Newsom criticized Donald Trump on Monday.")
    (r,) = find(ex, "gavin-newsom", "CRITICIZES", "donald-trump")
    assert r.polarity == -1 and r.mode == "asserted" and r.rule == "verb:criticize"
    assert r.evidence and "criticized" in r.evidence[0].sentence


def test_negation_is_not_the_act():
    ex = run("Governor Gavin Newsom did not criticize Donald Trump.")
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") not in rels(ex)
    assert all(r.mode == "negated" for r in find(ex, "gavin-newsom", "CRITICIZES",
                                                 "donald-trump"))


def test_denial_verb_negates():
    ex = run("Pete Hegseth denied ordering the Marines into the city.")
    assert ("pete-hegseth", "ORDERS", "marines") not in rels(ex)


def test_passive_voice_with_agent():
    ex = run("Donald Trump was condemned by Karen Bass after the speech.")
    assert ("karen-bass", "CRITICIZES", "donald-trump") in rels(ex)
    assert ("donald-trump", "CRITICIZES", "karen-bass") not in rels(ex)


def test_reported_speech_mode():
    ex = run("Karen Bass said that Tom Homan threatened the protesters.")
    (r,) = find(ex, "tom-homan", "THREATENS", "protesters")
    assert r.mode == "reported"


def test_hypothetical_mode():
    ex = run("Tom Homan could arrest Karen Bass if she obstructs the agents.")
    rs = find(ex, "tom-homan", "COERCES", "karen-bass")
    assert rs and rs[0].mode == "hypothetical"


def test_quote_attributed_to_speaker_criticises_its_subject():
    ex = run("\u201cThe Pentagon is creating chaos and it is a disgrace,\u201d "
             "Senator Alex Padilla said on Friday.")
    (r,) = find(ex, "alex-padilla", "CRITICIZES", "pentagon")
    assert r.mode == "reported" and "chaos" in r.evidence[0].quote


def test_according_to_quote_stance():
    ex = run("\u201cThese raids are cruel and reckless,\u201d according to Karen Bass.")
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(ex)


def test_orders_deployment():
    ex = run("Donald Trump ordered the deployment of the Marines to Portland.")
    assert ("donald-trump", "ORDERS", "marines") in rels(ex)


def test_clash_and_sue_and_coordinated_objects():
    ex = run("Protesters clashed with Border Patrol agents downtown. "
             "The ACLU sued Donald Trump and Pete Hegseth on Thursday.")
    assert ("protesters", "CLASHES_WITH", "border-patrol") in rels(ex)
    assert ("aclu", "SUES", "donald-trump") in rels(ex)
    assert ("aclu", "SUES", "pete-hegseth") in rels(ex)


def test_possessor_of_object_is_the_target():
    ex = run("Mayor Karen Bass condemned Tom Homan's threats against reporters.")
    assert ("karen-bass", "CRITICIZES", "tom-homan") in rels(ex)


def test_blame_participle_inherits_subject():
    ex = run("Donald Trump spoke in Ohio, blaming Gavin Newsom and Karen Bass for the chaos.")
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in rels(ex)
    assert ("donald-trump", "CRITICIZES", "karen-bass") in rels(ex)


def test_warning_that_someone_could_be_arrested_is_a_threat():
    ex = run("Tom Homan warned that Karen Bass could be arrested.")
    assert ("tom-homan", "THREATENS", "karen-bass") in rels(ex)


def test_second_verb_after_a_reported_clause_belongs_to_the_speaker():
    ex = run("Senator Alex Padilla said the plan was reckless and accused Kristi Noem of lying.")
    assert find(ex, "alex-padilla", "CRITICIZES", "kristi-noem")


def test_the_accused_does_what_they_are_accused_of():
    ex = run("Gavin Newsom accused Donald Trump of sending troops to Los Angeles.")
    st = {(r.source, r.type) for r in ex.relations if r.target == "national-guard-deployment"}
    assert ("donald-trump", "SUPPORTS") in st and ("gavin-newsom", "SUPPORTS") not in st


def test_bare_officers_belong_to_the_police_force_named_in_the_sentence():
    ex = run("Federal officers guarded the building. Later, Los Angeles police declared an "
             "unlawful assembly, and officers fired rubber bullets to disperse the protesters.")
    assert find(ex, "lapd", "COERCES", "protesters")


def test_object_of_a_control_verb_parsed_as_the_infinitive_subject():
    ex = run("Gavin Newsom responded within the hour, daring Tom Homan to follow through.")
    assert any(r.source == "gavin-newsom" and r.target == "tom-homan" and r.polarity < 0
               for r in ex.relations)


def test_a_second_object_after_a_comma_is_not_a_target():
    ex = run("The Pentagon said it was sending 700 Marines to Los Angeles, escalating "
             "Donald Trump's response to the protests.")
    assert not any(r.source == "pentagon" and r.target == "donald-trump" for r in ex.relations)
    assert any(r.source == "pentagon" and r.target == "marines" for r in ex.relations)


def test_headline_and_dateline_are_not_part_of_the_lead_sentence():
    from graphkit.extract import extract
    from graphkit.model import Document

    text = ("Governor sues as troops arrive\n\nSACRAMENTO, June 9 (Wire) - Gavin Newsom sued "
            "Donald Trump on Monday over the deployment.\nThe White House said the move was "
            "lawful.")
    ex = extract(Document(text=text))
    sues = [r for r in ex.relations if r.type == "SUES"]
    assert sues and sues[0].source == "gavin-newsom" and sues[0].target == "donald-trump"
    sents = {e.sentence for r in ex.relations for e in r.evidence}
    assert not any("Governor sues" in s or "SACRAMENTO" in s or "\n" in s for s in sents)


def test_criticism_of_a_clause_targets_its_subject():
    ex = run("Angelica Salas denounced that ICE agents are entering workplaces without warrants.")
    assert find(ex, "angelica-salas", "CRITICIZES", "ice")


def test_verb_after_a_quote_belongs_to_the_speaker_not_the_quoted_subject():
    ex = run('Gavin Newsom wrote that Pete Hegseth "could not answer a single question" and '
             'called Donald Trump a "dangerous" man.')
    crit = {(r.source, r.target) for r in ex.relations if r.type == "CRITICIZES"}
    assert ("gavin-newsom", "donald-trump") in crit
    assert ("pete-hegseth", "donald-trump") not in crit


def test_the_one_stopped_from_acting_is_the_actor():
    ex = run('Tom Homan said: "The rioters are not going to stop us from arresting migrants."')
    assert not any(r.source == "protesters" and r.type == "COERCES" for r in ex.relations)


def test_a_modal_on_the_governing_verb_makes_the_act_hypothetical():
    ex = run("Mike Johnson suggested the Senate should consider censuring Alex Padilla.")
    rs = [r for r in ex.relations if r.target == "alex-padilla" and r.source != "mike-johnson"]
    assert all(r.mode == "hypothetical" for r in rs)


def test_backing_a_deployment_is_not_backing_the_troops():
    ex = run("The White House defended the deployment of the National Guard to Los Angeles.")
    assert not any(r.target == "national-guard" and r.type == "SUPPORTS" for r in ex.relations)
    assert any(r.target == "national-guard-deployment" and r.type == "SUPPORTS"
               for r in ex.relations)


def test_person_in_apposition_to_a_title_is_the_subject():
    ex = run("The Secretary of Homeland Security, Kristi Noem, accused Karen Bass of "
             "encouraging the riots.")
    assert any(r.source == "kristi-noem" and r.target == "karen-bass" for r in ex.relations)
    assert not any(r.source == "dhs" and r.target == "karen-bass" for r in ex.relations)


def test_police_arrests_of_unnamed_people_during_protests_are_of_the_protesters():
    ex = run("Protesters marched downtown on Saturday. That night, LAPD officers detained dozens "
             "of people near City Hall, and the Los Angeles County Sheriff's Department made "
             "several arrests.")
    coerced = {(r.source, r.target) for r in ex.relations if r.type == "COERCES"}
    assert ("lapd", "protesters") in coerced
    assert ("lasd", "protesters") in coerced


def test_immigration_arrests_of_unnamed_people_are_not_of_the_protesters():
    ex = run("Protesters marched downtown on Saturday. Border Patrol agents detained dozens of "
             "people at a car wash.")
    assert not any(r.type == "COERCES" and r.target == "protesters" for r in ex.relations)


def test_the_object_of_a_relative_clause_is_its_antecedent():
    ex = run("Donald Trump has said the roughly 700 Marines he ordered to Los Angeles saved "
             "the city.")
    assert find(ex, "donald-trump", "ORDERS", "marines")


def test_it_after_an_inherited_verb_of_saying_is_the_speaker():
    ex = run("The Pentagon has ordered 2,000 National Guard troops to the area and on Monday "
             "announced it would send 700 Marines.")
    assert find(ex, "pentagon", "ORDERS", "marines")


def test_they_after_a_list_of_three_is_all_three():
    ex = run("Several mayors, including Seattle Mayor Bruce Harrell, Portland Mayor Keith "
             "Wilson and Denver Mayor Mike Johnston, said they stood with Governor Jared Polis.")
    for mayor in ("bruce-harrell", "keith-wilson", "mike-johnston"):
        assert find(ex, mayor, "SUPPORTS", "jared-polis"), mayor


def test_a_past_verb_after_a_conditional_reported_clause_is_the_speakers():
    ex = run("Governor Maura Healey said the state police would keep patrolling the border "
             "and thanked the Coast Guard for its help.")
    assert find(ex, "maura-healey", "SUPPORTS", "coast-guard")
    assert not [r for r in ex.relations if r.source == "state-police"]


def test_criticising_an_act_criticises_its_by_agent():
    for text in ("Mayor Karen Bass criticized the raids by Immigration and Customs Enforcement.",
                 "Mayor Karen Bass blamed the raids, carried out by Immigration and Customs "
                 "Enforcement, for the unrest.",
                 "Mayor Karen Bass condemned the deployment ordered by Donald Trump."):
        ex = run(text)
        assert [r for r in ex.relations if r.source == "karen-bass" and r.polarity < 0
                and r.target in ("ice", "donald-trump")], text
    assert not run("Mayor Karen Bass won the vote by a wide margin.").relations


def test_a_name_misparsed_as_the_main_verb_leaves_the_names_before_it_as_subjects():
    # The small model sometimes takes a first name for the root verb; rebuild such a parse.
    from spacy.tokens import Doc

    from graphkit.extract.pipeline import extract_doc, get_nlp, get_rules
    from graphkit.model import Document

    text = ("Senator Cory Booker and Representative Hakeem Jeffries , in a joint statement , "
            "accused Trump of lying .")
    nlp = get_nlp()
    good = nlp(text)
    words = [t.text for t in good]
    root = words.index("Hakeem")
    heads = {"Senator": "Booker", "Cory": "Booker", "Booker": "Representative",
             "and": "Booker", "Representative": "Hakeem", "Jeffries": "Hakeem",
             "in": "Hakeem", "a": "statement", "joint": "statement", "statement": "in",
             "accused": "Hakeem", "Trump": "accused", "of": "accused", "lying": "of"}
    deps = {"Senator": "compound", "Cory": "compound", "Booker": "appos", "and": "cc",
            "Representative": "nsubj", "Jeffries": "dobj", "in": "prep", "a": "det",
            "joint": "amod", "statement": "pobj", "accused": "dep", "Trump": "dobj",
            "of": "prep", "lying": "pcomp"}
    bad = Doc(nlp.vocab, words=words, spaces=[t.whitespace_ != "" for t in good],
              heads=[words.index(heads[w]) if w in heads else root for w in words],
              deps=[deps.get(w, "ROOT" if i == root else "punct") for i, w in enumerate(words)],
              pos=["VERB" if i == root else t.pos_ for i, t in enumerate(good)],
              tags=["VBD" if i == root else t.tag_ for i, t in enumerate(good)],
              lemmas=[t.lemma_ for t in good],
              ents=[{"Cory": "B-PERSON", "Booker": "I-PERSON", "Hakeem": "B-PERSON",
                     "Jeffries": "I-PERSON", "Trump": "B-PERSON"}.get(w, "O") for w in words])
    assert bad[root].dep_ == "ROOT" and bad[words.index("accused")].head.i == root
    ex = extract_doc(bad, Document(text=text), *get_rules(nlp))
    rel = {(r.source, r.type, r.target) for r in ex.relations}
    assert ("cory-booker", "CRITICIZES", "donald-trump") in rel
    assert ("hakeem-jeffries", "CRITICIZES", "donald-trump") in rel


def test_timeline_present_tense_names_the_subject():
    ex = run("Sept. 4 - The Pentagon orders about 700 Marines to Chicago.")
    assert find(ex, "pentagon", "ORDERS", "marines")


def test_a_second_defendant_hung_on_the_title_is_sued_too():
    ex = run("Oregon sues Trump and Defense Secretary Pete Hegseth over the deployment.")
    assert find(ex, "oregon", "SUES", "donald-trump") and find(ex, "oregon", "SUES", "pete-hegseth")


def test_two_subjects_that_clash_clash_with_each_other():
    ex = run("Agents returned to a store in Portland, where protesters and Border Patrol agents "
             "clashed for hours.")
    # (both ways: neither side is the one acted on)
    assert {(r.source, r.target) for r in ex.relations if r.type == "CLASHES_WITH"} == {
        ("protesters", "border-patrol"), ("border-patrol", "protesters")}


def test_a_quote_after_a_letter_and_full_stop_starts_a_sentence():
    ex = run('Governor Tina Kotek called the Guard deployment "un-American" in a post on X. "Our '
             'Guard members are admirable people, and they belong at home," she wrote.')
    st = {(r.source, r.type, r.target) for r in ex.relations if r.target.endswith("deployment")}
    assert ("tina-kotek", "OPPOSES", "national-guard-deployment") in st
    assert ("tina-kotek", "SUPPORTS", "national-guard-deployment") not in st
    sents = {e.sentence for r in ex.relations for e in r.evidence}
    assert not any("post on X." in s and "Our Guard" in s for s in sents)


def test_criticism_or_praise_received_from_someone_is_theirs():
    assert find(run("Pete Hegseth faced criticism from Senator Patty Murray."),
                "patty-murray", "CRITICIZES", "pete-hegseth")
    assert find(run("Pete Hegseth drew backlash from Senator Patty Murray."),
                "patty-murray", "CRITICIZES", "pete-hegseth")
    assert find(run("Pete Hegseth received praise from Donald Trump."),
                "donald-trump", "SUPPORTS", "pete-hegseth")
    assert ("national-guard-deployment" in {r.target for r in run(
        "The National Guard deployment drew condemnation from Governor Gavin Newsom.").relations
        if r.source == "gavin-newsom" and r.type == "OPPOSES"})


def test_warning_that_someone_could_face_charges_threatens_them():
    assert find(run("Tom Homan warned that Karen Bass could face charges."),
                "tom-homan", "THREATENS", "karen-bass")
    assert not find(run("Tom Homan warned that Karen Bass could face a tough election."),
                    "tom-homan", "THREATENS", "karen-bass")


def test_a_sued_city_is_a_party_not_scenery():
    ex = run("The Justice Department sued Los Angeles over its sanctuary policy.")
    assert find(ex, "doj", "SUES", "los-angeles")
    assert ex.actor("los-angeles").kind == "Organization"


def test_trading_insults_is_criticism_both_ways():
    ex = run("Gavin Newsom and Donald Trump have traded insults for days.")
    assert find(ex, "gavin-newsom", "CRITICIZES", "donald-trump")
    assert find(ex, "donald-trump", "CRITICIZES", "gavin-newsom")
    ex = run("Karen Bass exchanged barbs with Tom Homan on Monday.")
    assert find(ex, "karen-bass", "CRITICIZES", "tom-homan")
    assert not run("Gavin Newsom and Donald Trump traded phone numbers.").relations


def test_a_name_parsed_as_an_adverb_after_the_verb_is_its_object():
    assert find(run("Federal agents detained SEIU leader David Huerta."),
                "federal-agents", "COERCES", "david-huerta")


def test_saying_someone_should_be_arrested_threatens_them():
    for text in ('"Gavin Newsom should be arrested," Tom Homan said.',
                 "Donald Trump said Gavin Newsom should be jailed."):
        ex = run(text)
        assert [r for r in ex.relations if r.type == "THREATENS" and r.target == "gavin-newsom"
                and r.source in ("tom-homan", "donald-trump")], text
    for text in ("Tom Homan said Gavin Newsom should not be arrested.",
                 "Asked whether Gavin Newsom could be arrested, Tom Homan said he did not know."):
        assert not [r for r in run(text).relations if r.type == "THREATENS"], text


def test_guarding_and_pelting_are_acts_between_actors():
    assert find(run("Marines protected ICE agents during the raids."), "marines",
                "COOPERATES_WITH", "ice")
    assert not [r for r in run("Marines protected ICE agents during the raids.").relations
                if r.source == "marines" and r.target == "immigration-raids"]
    assert find(run("Protesters hurled bottles at federal agents."), "protesters", "COERCES",
                "federal-agents")


def test_a_headline_on_its_own_line_ends_at_the_line_break():
    # no blank line and no full stop after the headline; a title-case dateline before a dash
    text = ("Trump Sends Troops To Portland Amid Protests\nPresident Donald Trump has ordered 200 "
            "National Guard troops to Portland.\nSalem, Oregon - Oregon has sued President Donald "
            "Trump over the order.")
    ex = run(text)
    assert find(ex, "donald-trump", "ORDERS", "national-guard")
    assert [r.source for r in ex.relations if r.type == "SUES"] == ["oregon"]
    sents = {e.sentence for r in ex.relations for e in r.evidence}
    assert not any("\n" in s or "Salem" in s for s in sents)


def test_a_wrapped_line_is_not_a_headline():
    text = ("Governor Gavin Newsom on Monday sharply criticized President Donald Trump and\n"
            "Defense Secretary Pete Hegseth over the deployment.")
    ex = run(text)
    assert find(ex, "gavin-newsom", "CRITICIZES", "pete-hegseth")


def test_a_name_before_a_dash_is_a_parenthesis_not_a_dateline():
    text = ("Governor sues over troops\nLos Angeles Mayor Karen Bass \u2014 who has opposed the "
            "raids \u2014 criticized Donald Trump on Monday.")
    assert find(run(text), "karen-bass", "CRITICIZES", "donald-trump")


def test_i_and_we_in_a_quote_are_its_speaker():
    ex = run('"We will always stand with Mayor Karen Bass," Senator Alex Padilla said.')
    assert ("alex-padilla", "SUPPORTS", "karen-bass") in rels(ex)
    ex = run('Kristi Noem said: "I thank the National Guard for their work."')
    assert ("kristi-noem", "SUPPORTS", "national-guard") in rels(ex)
    # a quote by two people gives "we" to neither alone, and no speaker means no one
    ex = run('"We thank the National Guard," a spokesperson said.')
    assert not [r for r in rels(ex) if r[2] == "national-guard" and r[1] == "SUPPORTS"]


def test_judging_a_deployment_is_not_judging_the_troops_deployed():
    ex = run("Senator Jack Reed criticized the deployment of the Marines.")
    assert ("jack-reed", "CRITICIZES", "marines") not in rels(ex)
    assert ("jack-reed", "OPPOSES", "marines-deployment") in rels(ex)
    ex = run("President Donald Trump ordered the deployment of the Marines.")
    assert ("donald-trump", "ORDERS", "marines") in rels(ex)


def test_condemning_an_arrest_supports_the_one_arrested():
    ex = run("Adam Schiff condemned the arrest of David Huerta by federal agents.")
    assert ("adam-schiff", "SUPPORTS", "david-huerta") in rels(ex)
    assert ("adam-schiff", "CRITICIZES", "federal-agents") in rels(ex)
    ex = run("Senate Democrats denounced Alex Padilla's handcuffing.")
    assert ("CRITICIZES", "alex-padilla") not in {r[1:] for r in rels(ex)}
    assert any(r[1:] == ("SUPPORTS", "alex-padilla") for r in rels(ex))


def test_an_apposition_naming_a_role_is_not_the_one_acted_on():
    ex = run("Federal agents detained Maria Lopez, president of the United Nurses Association "
             "of California, on Friday.")
    coerced = {r[2] for r in rels(ex) if r[1] == "COERCES"}
    assert coerced == {"maria-lopez"}


def test_the_one_told_to_act_is_the_doer():
    ex = run("Stephen Miller told ICE to raid the Home Depot stores.")
    assert ("stephen-miller", "COERCES", "home-depot") not in rels(ex)
    ex = run("Kristi Noem urged ICE to arrest David Huerta.")
    assert ("kristi-noem", "COERCES", "david-huerta") not in rels(ex)
    # (urged, not done: the urging is Noem's act, the arrest nobody's yet)
    assert ("ice", "COERCES", "david-huerta") not in rels(ex)
    ex = run("Kristi Noem said ICE arrested David Huerta.")
    assert ("ice", "COERCES", "david-huerta") in rels(ex)


def test_mutual_criticism_and_clashes_go_both_ways():
    ex = run("The move set off a war of words between Kristi Noem and Mayor Karen Bass.")
    assert ("kristi-noem", "CRITICIZES", "karen-bass") in rels(ex)
    assert ("karen-bass", "CRITICIZES", "kristi-noem") in rels(ex)
    ex = run("Kristi Noem and Karen Bass exchanged blame over the unrest.")
    assert ("karen-bass", "CRITICIZES", "kristi-noem") in rels(ex)
    ex = run("Protesters and federal agents clashed for hours.")
    assert ("protesters", "CLASHES_WITH", "federal-agents") in rels(ex)
    assert ("federal-agents", "CLASHES_WITH", "protesters") in rels(ex)
    # the first named against the others, not the others against each other
    ex = run("It set off a war of words between Donald Trump and Karen Bass and Gavin Newsom.")
    assert ("karen-bass", "CRITICIZES", "gavin-newsom") not in rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)


def test_a_plea_of_not_guilty_denies_the_act():
    ex = run("David Huerta pleaded not guilty on Tuesday to obstructing an ICE operation.")
    assert ("david-huerta", "OPPOSES", "ice") not in rels(ex)
    assert all(r.mode == "negated" for r in find(ex, "david-huerta", "OPPOSES", "ice"))


def test_no_need_to_deploy_negates_the_deployment():
    ex = run("Gavin Newsom said there was no need to deploy the National Guard.")
    assert ("gavin-newsom", "ORDERS", "national-guard") not in rels(ex)
    assert ("gavin-newsom", "SUPPORTS", "national-guard-deployment") not in rels(ex)


def test_a_question_asked_with_if_is_hypothetical():
    ex = run("Gavin Newsom asked him if he would have Donald Trump send the Marines to Miami.")
    rs = find(ex, "donald-trump", "ORDERS", "marines")
    assert rs and all(r.mode == "hypothetical" for r in rs)


def test_commanding_troops_is_leading_them_not_ordering_a_deployment():
    ex = run("Maj. Gen. Ray Ortiz, who commanded Guard troops in Los Angeles, testified.")
    assert ("ray-ortiz", "ORDERS", "national-guard") not in rels(ex)
    assert ("ray-ortiz", "LEADS", "national-guard") in rels(ex)
    ex = run("Donald Trump directed 2,000 Guard troops to Los Angeles.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)


def test_a_subject_joined_by_nor_negates_the_verb():
    ex = run("Neither Karen Bass nor Gavin Newsom praised Kristi Noem.")
    assert {r.mode for r in ex.relations if r.target == "kristi-noem"} == {"negated"}
    ex = run('"The city does not condone these raids," Mayor Karen Bass said.')
    assert not any(r.type == "SUPPORTS" and r.mode != "negated" for r in ex.relations)


def test_force_fired_toward_or_into_a_crowd_is_coercion():
    assert ("federal-agents", "COERCES", "protesters") in rels(
        run("Federal agents fired tear gas toward the protesters on Sunday."))
    assert ("federal-agents", "COERCES", "protesters") in rels(
        run("Federal agents fired tear gas into the crowd of protesters."))


def test_a_reported_judgement_that_praises_someone_supports_them():
    assert ("tricia-mclaughlin", "SUPPORTS", "donald-trump") in rels(
        run("Tricia McLaughlin said Donald Trump showed moral courage in deploying more troops."))
    # a forecast of what someone will do is no praise
    assert ("kristi-noem", "SUPPORTS", "national-guard") not in rels(
        run("Kristi Noem said the National Guard would protect federal buildings."))


def test_a_threat_whose_words_make_a_condition_of_someone_threatens_them():
    ex = run("Tom Homan issued a warning that if Karen Bass interferes, she will be arrested.")
    assert ("tom-homan", "THREATENS", "karen-bass") in rels(ex)


def test_concern_and_opposition_nouns_oppose_and_affirming_supports():
    assert ("karen-bass", "OPPOSES", "ice") in rels(
        run("Karen Bass voiced alarm over ICE's tactics on Tuesday."))
    assert ("jim-mcdonnell", "SUPPORTS", "curfew") in rels(
        run("Police Chief Jim McDonnell affirmed the curfew as a necessary measure."))
    # "over the objection of X" is acts.overruled's: X opposes the one acting, not the reverse
    ex = run("Donald Trump federalized the Guard over the objection of Gavin Newsom.")
    assert ("donald-trump", "OPPOSES", "gavin-newsom") not in rels(ex)


def test_they_is_not_the_subject_of_a_clause_someone_else_demanded():
    ex = run("Dozens of mayors banded together to demand that the Trump administration stop the "
             "raids. They also called on Donald Trump to pull back the troops.")
    assert ("white-house", "OPPOSES", "donald-trump") not in rels(ex)


def test_a_suit_over_someones_act_sues_them_and_opposes_the_act():
    ex = run("California sued over Donald Trump's deployment of the National Guard.")
    assert ("california", "SUES", "donald-trump") in rels(ex)
    assert ("california", "SUES", "national-guard") not in rels(ex)
    assert ("california", "OPPOSES", "national-guard-deployment") in rels(ex)
    ex = run("Rob Bonta filed a lawsuit over the Trump administration's deployment of the Guard.")
    assert ("rob-bonta", "SUES", "white-house") in rels(ex)


def test_reporting_someones_attack_is_not_judging_them():
    ex = run("Karoline Leavitt said Karen Bass slammed the shameful immigration raids.")
    assert not find(ex, "karoline-leavitt", "CRITICIZES", "karen-bass")
    assert find(ex, "karen-bass", "OPPOSES", "immigration-raids")
    # a judgement of what someone does is still the speaker's
    ex = run("Karoline Leavitt said Karen Bass was shameful and reckless.")
    assert find(ex, "karoline-leavitt", "CRITICIZES", "karen-bass")


def test_many_of_whom_is_the_group_named_before():
    ex = run("The protesters, many of whom were arrested by LAPD officers, marched downtown.")
    assert find(ex, "lapd", "COERCES", "protesters")


def modes(ex) -> set[tuple[str, str, str, str]]:
    return {(r.source, r.type, r.target, r.mode) for r in ex.relations}


def test_a_threat_to_act_is_a_threat_and_the_act_hypothetical():
    got = modes(run("President Donald Trump threatened to arrest Governor Gavin Newsom."))
    assert ("donald-trump", "THREATENS", "gavin-newsom", "asserted") in got
    assert ("donald-trump", "COERCES", "gavin-newsom", "hypothetical") in got
    assert ("donald-trump", "COERCES", "gavin-newsom", "asserted") not in got


def test_a_vowed_or_planned_act_is_hypothetical_but_the_stance_behind_it_is_not():
    got = modes(run("Gavin Newsom vowed to sue Donald Trump over the deployment."))
    assert ("gavin-newsom", "SUES", "donald-trump", "hypothetical") in got
    assert ("gavin-newsom", "SUES", "donald-trump", "asserted") not in got
    got = modes(run("President Donald Trump threatened to send the Marines to Chicago."))
    assert ("donald-trump", "ORDERS", "marines", "hypothetical") in got
    assert ("donald-trump", "SUPPORTS", "marines-deployment", "asserted") in got
    # "keep fighting": the fight is under way
    got = modes(run("Rob Bonta vowed to keep fighting Donald Trump in court."))
    assert ("rob-bonta", "OPPOSES", "donald-trump", "asserted") in got


def test_daring_someone_to_act_is_not_the_act_of_the_one_who_dares():
    ex = run("Gavin Newsom dared Tom Homan to arrest him.")
    assert not [r for r in ex.relations if r.source == "gavin-newsom" and r.type == "COERCES"]


def test_not_hesitating_to_act_is_no_denial():
    got = modes(run("Tom Homan told Fox News he would not hesitate to arrest Karen Bass."))
    assert ("tom-homan", "COERCES", "karen-bass", "hypothetical") in got
    got = modes(run("Gavin Newsom did not hesitate to criticize Donald Trump."))
    assert ("gavin-newsom", "CRITICIZES", "donald-trump", "asserted") in got
    got = modes(run("Gavin Newsom did not criticize Donald Trump."))
    assert ("gavin-newsom", "CRITICIZES", "donald-trump", "negated") in got


def test_slogans_against_someone_criticise_them():
    ex = run("Immigration raids in Los Angeles\n\nProtesters waved flags and chanted slogans "
             "against ICE outside the federal building.")
    assert ("protesters", "CRITICIZES", "ice") in rels(ex)


def test_coordinated_passive_participles_share_subject_and_agent():
    ex = run("Raid in Paramount\n\nDavid Huerta was injured and arrested by ICE agents during "
             "the raid.\nAlex Padilla was forcibly removed and handcuffed by federal agents.")
    r = rels(ex)
    assert ("ice", "COERCES", "david-huerta") in r
    assert ("federal-agents", "COERCES", "alex-padilla") in r
    assert not [x for x in ex.relations if x.source in ("david-huerta", "alex-padilla")]


def test_an_office_or_spokesperson_speaks_for_its_principal():
    intro = "Story\n\nMayor Karen Bass, Governor Gavin Newsom and President Donald Trump spoke.\n"
    ex = run(intro + "Newsom's office slammed Trump on Monday.")
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run(intro + 'A spokesperson for Bass said Trump was "a liar."')
    assert ("karen-bass", "CRITICIZES", "donald-trump") in rels(ex)
    # a place's office is no principal
    ex = run(intro + "The Los Angeles office of the FBI criticized Bass.")
    assert not [r for r in ex.relations if r.source == "los-angeles"]


def test_abstaining_and_not_yet_are_negations_and_never_stopping_is_not():
    ex = run("Story\n\nMike Johnson has yet to endorse Kristi Noem.\nJD Vance refrained from "
             "criticizing Tom Homan.\nAlex Padilla never stopped criticizing Noem.")
    modes = {(r.source, r.target): r.mode for r in ex.relations}
    assert modes[("mike-johnson", "kristi-noem")] == "negated"
    assert modes[("jd-vance", "tom-homan")] == "negated"
    assert modes[("alex-padilla", "kristi-noem")] == "asserted"


def test_along_with_before_the_verb_joins_the_subject_and_not_excludes():
    intro = ("Story\n\nGovernor Gavin Newsom, Attorney General Rob Bonta and Mayor Karen Bass "
             "spoke.\n")
    ex = run(intro + "Newsom, along with Bonta, filed a lawsuit against the Trump administration.")
    r = rels(ex)
    assert ("rob-bonta", "SUES", "white-house") in r
    assert ("gavin-newsom", "SUES", "rob-bonta") not in r
    ex = run(intro + "Newsom, not Bass, sued President Donald Trump.")
    r = rels(ex)
    assert ("gavin-newsom", "SUES", "donald-trump") in r
    assert ("karen-bass", "SUES", "donald-trump") not in r


def test_shielding_someone_from_an_agency_opposes_the_agency():
    ex = run("Story\n\nMayor Karen Bass vowed to protect immigrant families from ICE.\nThe "
             "National Guard protected federal buildings from protesters.")
    r = rels(ex)
    assert ("karen-bass", "OPPOSES", "ice") in r
    assert ("national-guard", "OPPOSES", "protesters") not in r


def test_a_document_that_orders_is_its_signers_act_and_criticism_drawn_targets_the_doer():
    ex = run("Story\n\nPresident Donald Trump on Saturday signed a memo that ordered 2,000 "
             "National Guard troops to Los Angeles.\nDefense Secretary Pete Hegseth deployed "
             "Marines to the city, drawing condemnation from Governor Gavin Newsom.")
    r = rels(ex)
    assert ("donald-trump", "ORDERS", "national-guard") in r
    assert ("gavin-newsom", "CRITICIZES", "pete-hegseth") in r
    # a ruling someone touts is the judge's act, not theirs
    ex = run("Story\n\nMayor Victor Gordo touted Judge Maame Frimpong's ruling, which orders the "
             "Trump administration to halt the stops.")
    assert ("victor-gordo", "ORDERS", "white-house") not in rels(ex)


def test_a_state_whose_request_is_denied_or_that_a_judge_sides_with_is_a_party():
    ex = run("Story\n\nJudge Charles Breyer sided with California and blocked the deployment.\n"
             "The 9th Circuit denied California's request to restore control of the troops.")
    r = rels(ex)
    assert ("charles-breyer", "SUPPORTS", "california") in r
    assert ("ninth-circuit", "OPPOSES", "california") in r
    ex = run("Story\n\nThe justices sided with the Trump administration.")
    assert ("supreme-court", "SUPPORTS", "white-house") in rels(ex)


def test_charged_with_doing_is_the_charged_ones_act_and_a_brief_is_no_suit():
    ex = run("Story\n\nThe Justice Department charged David Huerta with assaulting Border Patrol "
             "agents.")
    r = rels(ex)
    assert ("doj", "COERCES", "border-patrol") not in r
    ex = run("Story\n\nAttorney General Rob Bonta filed a brief backing Governor Gavin Newsom "
             "against the Justice Department.")
    assert ("rob-bonta", "SUES", "gavin-newsom") not in rels(ex)


def test_headline_commas_between_names_read_as_and():
    body = ("\n\nMayor Karen Bass, Governor Gavin Newsom, Kristi Noem and President Donald Trump "
            "spoke on Monday.")
    r = rels(run("Bass, Newsom condemn ICE raids" + body))
    assert {("karen-bass", "CRITICIZES", "ice"), ("gavin-newsom", "CRITICIZES", "ice")} <= r
    r = rels(run("Bass, Newsom Slam Noem" + body))
    assert {("karen-bass", "CRITICIZES", "kristi-noem"),
            ("gavin-newsom", "CRITICIZES", "kristi-noem")} <= r
    r = rels(run("Newsom and Trump trade insults" + body))
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    # a comma after a place is no list of actors
    r = rels(run("Los Angeles, California braces for more raids" + body))
    assert not [x for x in r if x[0] in ("los-angeles", "california")]


def test_both_after_a_pair_of_subjects_is_the_pair():
    ex = run("Story\n\nSenators Alex Padilla and Adam Schiff voted against the measure, and both "
             "criticized Kristi Noem afterward.")
    r = rels(ex)
    assert {("alex-padilla", "CRITICIZES", "kristi-noem"),
            ("adam-schiff", "CRITICIZES", "kristi-noem")} <= r


def test_coming_to_someones_defense_supports_them_and_without_negates():
    ex = run("Story\n\nElected Democrats rushed to David Huerta's defense.\nSenator Alex Padilla "
             "came to the defense of Mayor Karen Bass.\nDonald Trump, without consulting with "
             "Governor Gavin Newsom, commandeered the National Guard.")
    r = rels(ex)
    assert ("democrats", "SUPPORTS", "david-huerta") in r
    assert ("alex-padilla", "SUPPORTS", "karen-bass") in r
    assert ("democrats", "ORDERS", "david-huerta") not in r
    assert [x.mode for x in ex.relations if x.source == "donald-trump"
            and x.target == "gavin-newsom"] in ([], ["negated"])


def test_a_union_representing_workers_and_a_post_on_a_platform_are_no_relations():
    ex = run("Story\n\nThe Service Employees International Union, which represents two million "
             "workers, organized marches.\nDonald Trump posted to Truth Social on Sunday.")
    assert not [x for x in ex.relations if x.target in ("workers", "truth-social")]


def test_a_relative_clause_on_the_subject_acts_on_its_own_object():
    ex = run("Story\n\nGovernor Gavin Newsom and President Donald Trump met.\nThe governor, who "
             "has clashed with Trump repeatedly, said he would sue.")
    assert ("gavin-newsom", "CLASHES_WITH", "donald-trump") in rels(ex)
    # "the Marines he ordered to Los Angeles" is still the object
    ex = run("Story\n\nHegseth praised the 700 Marines he ordered to Los Angeles.")
    assert ("pete-hegseth", "ORDERS", "marines") in rels(ex)


def test_troops_sent_against_someone_oppose_them():
    ex = run("Story\n\nPresident Donald Trump deploys thousands of troops against immigration "
             "protesters.")
    r = rels(ex)
    assert ("donald-trump", "OPPOSES", "protesters") in r
    assert ("donald-trump", "ORDERS", "protesters") not in r
    assert ("donald-trump", "SUPPORTS", "protests") not in r


def test_a_remark_aimed_at_someone_is_the_speakers():
    ex = run("Story\n\nBorder czar Tom Homan warned that anyone who obstructs ICE agents will be "
             "prosecuted, a remark aimed at Governor Gavin Newsom.")
    assert ("tom-homan", "THREATENS", "gavin-newsom") in rels(ex)
    # a policy aimed at someone is no remark
    ex = run("Story\n\nTom Homan announced a policy aimed at Governor Gavin Newsom.")
    assert ("tom-homan", "THREATENS", "gavin-newsom") not in rels(ex)


def test_ready_or_happy_to_act_is_the_subjects_act():
    ex = run('Story\n\n"If Newsom wants to harbor criminals, we will be happy to arrest him," border '
             'czar Tom Homan told Fox News.\nPresident Donald Trump said he would be willing to '
             'arrest Governor Gavin Newsom.')
    r = rels(ex)
    assert ("tom-homan", "COERCES", "gavin-newsom") in r
    assert ("donald-trump", "COERCES", "gavin-newsom") in r


def test_its_officers_are_the_speaking_organisations():
    ex = run("Story\n\nThe LAPD said its officers arrested 40 protesters on Sunday.")
    assert ("lapd", "COERCES", "protesters") in rels(ex)
    ex = run("Story\n\nThe city of Pasadena said it would not allow its police to assist ICE.")
    assert not [r for r in ex.relations if r.type == "COOPERATES_WITH"]


def test_side_nouns_say_whose_side_someone_is_on():
    ex = run("Story\n\nTrump ally Stephen Miller said the raids would continue.\nVice President JD "
             "Vance, a close ally of Donald Trump, visited Los Angeles.\nSenator Adam Schiff, a "
             "longtime critic of the president, spoke.")
    r = rels(ex)
    assert ("stephen-miller", "SUPPORTS", "donald-trump") in r
    assert ("jd-vance", "SUPPORTS", "donald-trump") in r
    assert ("adam-schiff", "CRITICIZES", "donald-trump") in r


def test_journalists_are_a_group_and_a_nominal_handcuffing_has_its_agent():
    ex = run("Story\n\nDemocrats condemned the handcuffing of Senator Alex Padilla by federal "
             "agents.\nBorder Patrol agents arrested journalists near the federal building.")
    r = rels(ex)
    assert ("federal-agents", "COERCES", "alex-padilla") in r
    assert ("democrats", "CRITICIZES", "federal-agents") in r
    assert ("border-patrol", "COERCES", "journalists") in r
    ex = run('Story\n\n"You have violent people out there," President Donald Trump told reporters.')
    assert not [x for x in ex.relations if x.target == "reporters"]


def test_acting_with_someones_support_is_their_support():
    ex = run("Story\n\nThe LAPD acted with the support of Sheriff Robert Luna.")
    r = rels(ex)
    assert ("robert-luna", "SUPPORTS", "lapd") in r
    assert ("lapd", "SUPPORTS", "robert-luna") not in r


def test_troops_guarding_agents_cooperate_with_them():
    ex = run("Story\n\nThe Marines guarded ICE officers outside the federal building.")
    assert ("marines", "COOPERATES_WITH", "ice") in rels(ex)


def test_a_document_whose_participle_has_the_document_as_subject_does_not_loop():
    # "Filed in …, the lawsuit asks …": the participle's subject is the lawsuit, whose
    # author is looked up from the verbs before it, "Filed" among them
    ex = run("Seven Nashville residents sued Governor Bill Lee on Monday.\nFiled in a state "
             "court in Nashville, the lawsuit asks a judge to block the deployment of the "
             "National Guard.")
    assert any(r.type == "SUES" and r.target == "bill-lee" for r in ex.relations)


def test_a_participle_set_off_after_the_subject_is_the_subjects_act():
    ex = run("Karen Bass, in condemning Kristi Noem for the raids, said the city would fight back.")
    assert ("karen-bass", "CRITICIZES", "kristi-noem") in rels(ex)


def test_firing_back_with_a_response_to_someone_criticises_them():
    ex = run("Brandon Johnson fired back on Tuesday with a sharp response to Donald Trump.")
    assert ("brandon-johnson", "CRITICIZES", "donald-trump") in rels(ex)


def test_a_place_named_again_where_the_tagger_missed_it_is_still_that_actor():
    ex = run("Judge weighs Guard deployment to Illinois\nIllinois and Chicago sued Donald Trump "
             "on Monday.")
    assert ("illinois", "SUES", "donald-trump") in rels(ex)


def test_the_last_name_of_a_list_the_parser_hung_on_the_verb_is_still_in_the_list():
    ex = run("Oregon filed suit against Donald Trump, Homeland Security Secretary Kristi Noem, and "
             "Secretary of War Pete Hegseth on Sunday.")
    assert {("oregon", "SUES", x) for x in ("donald-trump", "kristi-noem", "pete-hegseth")} <= rels(ex)


def test_including_hung_on_the_verb_still_names_the_objects():
    ex = run("The DHS accused Democratic leaders in Illinois, including Governor JB Pritzker and "
             "Mayor Brandon Johnson, of stoking the violence.")
    assert {("dhs", "CRITICIZES", "jb-pritzker"), ("dhs", "CRITICIZES", "brandon-johnson")} <= rels(ex)


def test_a_conflict_between_the_state_and_an_administration_is_a_clash():
    ex = run("California sued on Monday. The conflict between the state and Donald Trump's "
             "administration deepened on Tuesday.")
    assert [r for r in ex.relations if r.type == "CLASHES_WITH"
            and {r.source, r.target} == {"california", "white-house"}]


def test_a_name_parsed_as_a_modifier_of_the_verb_is_its_subject():
    ex = run("Louisiana Attorney General Liz Murrill, meanwhile, was warning Superintendent Anne "
             "Kirkpatrick in a letter that the policy broke state law.")
    assert ("liz-murrill", "THREATENS", "anne-kirkpatrick") in rels(ex)


def test_a_reported_neglected_duty_is_criticism():
    ex = run("Governor Maria Ortiz said the Border Patrol has not been forthcoming with "
             "county officials.")
    assert ("maria-ortiz", "CRITICIZES", "border-patrol") in rels(ex)
    ex = run("Sheriff Dan Cole said ICE never shared its plans with his deputies.")
    assert ("dan-cole", "CRITICIZES", "ice") in rels(ex)
    # doing the duty is no praise
    ex = run("Sheriff Dan Cole said ICE shared its plans with his deputies.")
    assert not any(s == "dan-cole" and t == "ice" for s, _, t in rels(ex))


def test_rejecting_a_motion_filed_by_someone_opposes_them():
    ex = run("The appeals court rejected an emergency motion filed by the Department of "
             "Homeland Security on Friday.")
    assert any(ty == "OPPOSES" and t == "dhs" for _, ty, t in rels(ex))


def test_a_party_mark_after_a_name_is_not_the_subject():
    ex = run("Attorney General Dana Ruiz (D) is suing President Donald Trump over the "
             "takeover.")
    assert ("dana-ruiz", "SUES", "donald-trump") in rels(ex)


def test_naming_someone_in_a_lawsuit_sues_them():
    ex = run("Dana Ruiz filed suit on Friday. Ruiz also named Attorney General Pam Bondi and "
             "Marshals Director Lee Park, and their agencies, in the lawsuit.")
    assert ("dana-ruiz", "SUES", "pam-bondi") in rels(ex)
    assert ("dana-ruiz", "SUES", "lee-park") in rels(ex)
    # naming someone elsewhere is no suit
    ex = run("Dana Ruiz named Lee Park in a speech about the lawsuit.")
    assert ("dana-ruiz", "SUES", "lee-park") not in rels(ex)


def test_disagreeing_or_breaking_with_someone_opposes_them():
    ex = run("Governor Tina Kotek said she disagreed with Pam Bondi on Tuesday.")
    assert ("tina-kotek", "OPPOSES", "pam-bondi") in rels(ex)
    ex = run("Senator Lisa Murkowski broke with Donald Trump over the deployment.")
    assert ("lisa-murkowski", "OPPOSES", "donald-trump") in rels(ex)
    ex = run("Senator Lisa Murkowski agreed with Donald Trump.")
    assert ("lisa-murkowski", "OPPOSES", "donald-trump") not in rels(ex)


def test_calling_a_justification_disingenuous_criticises_its_owner():
    ex = run("Protesters say Donald Trump's justification for the raids is disingenuous.")
    assert ("protesters", "CRITICIZES", "donald-trump") in {
        (r.source, r.type, r.target) for r in ex.relations}


def test_demanding_someones_resignation_criticises_them():
    rel = lambda text: {(r.source, r.type, r.target) for r in run(text).relations}  # noqa: E731
    assert ("elizabeth-warren", "CRITICIZES", "kristi-noem") in rel(
        "Elizabeth Warren demanded Kristi Noem's resignation.")
    assert ("nanette-barragan", "CRITICIZES", "kristi-noem") in rel(
        "Nanette Barragan condemned the assault, calling for a full investigation and "
        "Secretary Kristi Noem's resignation.")
    # demanding someone's release is support, not an ouster
    assert ("karen-bass", "SUPPORTS", "david-huerta") in rel(
        "Karen Bass demanded the release of David Huerta.")


def test_a_gerunds_own_subject_does_it():
    rel = lambda text: {(r.source, r.type, r.target) for r in run(text).relations}  # noqa: E731
    assert ("donald-trump", "ORDERS", "national-guard") in rel(
        "The protests resulted in Trump deploying the National Guard.")
    # the gerund parsed as hanging on the main verb: the actor right before it still does it
    assert ("donald-trump", "ORDERS", "national-guard") in rel(
        "Days of marches resulted in President Trump deploying National Guard troops to the "
        "city.")
    ex = run("Gavin Newsom objected to Donald Trump's sending troops to Los Angeles.")
    st = {(r.source, r.polarity) for r in ex.relations if r.target == "national-guard-deployment"}
    assert ("gavin-newsom", 1) not in st and ("donald-trump", 1) in st


def test_an_act_someone_only_may_do_is_hypothetical():
    ex = run("The new law makes it easier for residents to sue ICE agents.")
    assert not [r for r in ex.relations if r.type == "SUES" and r.mode == "asserted"]
    ex = run("Governor Ana Ruiz signed a bill restricting the ability of ICE agents to arrest "
             "migrants at courthouses.")
    assert not [r for r in ex.relations if r.type == "COERCES" and r.mode == "asserted"]
    # a power used is an act done
    ex = run("President Donald Trump invoked his authority to federalize the California "
             "National Guard.")
    assert [r for r in ex.relations if r.source == "donald-trump" and r.type == "ORDERS"
            and r.mode == "asserted"]


def test_a_quote_damning_what_someone_did_criticises_its_owner_not_the_subject():
    ex = run('"Judge Ana Ruiz\'s orders are a clear rebuttal to President Trump\'s misuse of '
             'the National Guard," Governor Tina Kotek said.')
    assert find(ex, "tina-kotek", "CRITICIZES", "donald-trump")
    assert not find(ex, "tina-kotek", "CRITICIZES", "ana-ruiz")


def test_name_calling_in_its_other_shapes_criticises():
    ex = run("Governor Ana Ruiz has referred to Gregory Bovino as a reality show wannabe.")
    assert find(ex, "ana-ruiz", "CRITICIZES", "gregory-bovino")
    # the reason given for the label does not weigh against it
    ex = run("Last week, President Trump called Jacob Frey a fool for saying that he is proud "
             "of the city.")
    assert find(ex, "donald-trump", "CRITICIZES", "jacob-frey")
    # (referring a question to someone labels nobody)
    ex = run("Governor Ana Ruiz referred questions to Sheriff Lupe Arreola.")
    assert not [r for r in ex.relations if r.source == "ana-ruiz" and r.polarity != 0]


def test_urging_someone_to_tone_down_presses_them():
    ex = run("Karoline Leavitt encouraged Democrats to tone down their rhetoric.")
    assert ("karoline-leavitt", "OPPOSES", "democrats") in rels(ex)
    assert not [r for r in ex.relations if r.target == "democrats" and r.polarity > 0]


def test_a_second_object_hung_on_the_verb_is_acted_on_too():
    ex = run("President Donald Trump deployed 2,000 National Guard troops and at least 500 "
             "Marines to Fresno.")
    assert ("donald-trump", "ORDERS", "marines") in rels(ex)
    assert find(ex, "donald-trump", "SUPPORTS", "marines-deployment")
    # (after a comma, a further phrase of the sentence is not the verb's object)
    ex = run("Judge Ana Ruiz blocked the Trump administration from using the National Guard "
             "deployed in Fresno, and any military troops, for law enforcement.")
    assert not [r for r in ex.relations if r.source == "ana-ruiz" and r.target == "military-troops"]


def test_an_and_joins_a_further_object_past_the_commas_of_a_place():
    ex = run("Donald Trump mobilized 700 Marines from Twentynine Palms, Calif., and an "
             "additional 2,000 National Guard, to be sent to Fresno.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    assert find(ex, "donald-trump", "SUPPORTS", "national-guard-deployment")
    # the town and its state are places, not an organisation
    assert not [a for a in ex.actors if a.name == "Twentynine Palms" and a.kind != "Location"]


def test_a_press_releases_dash_attribution_names_the_speaker():
    text = ('THE FACTS: "These smears demonize our officers. The protesters are violent '
            'rioters." - Assistant Secretary Lupe Arreola\n\nTHE FACTS: "The arrests were '
            'lawful." - Assistant Secretary Lupe Arreola')
    ex = run(text)
    assert all(a.name.lower() != "the facts" for a in ex.actors)  # a heading, not a speaker
    assert find(ex, "lupe-arreola", "CRITICIZES", "protesters")


def test_an_act_announced_as_what_one_would_do_is_reported_not_supposed():
    ex = run("The Trump administration on Monday announced it would send roughly 700 Marines "
             "to Fresno.")
    assert [r for r in ex.relations if r.type == "ORDERS" and r.target == "marines"
            and r.mode == "reported"]
    ex = run("Governor Ana Ruiz said she would sue the Trump administration.")
    assert all(r.mode == "hypothetical" for r in ex.relations if r.type == "SUES")


def test_pushing_back_against_reports_denies_them():
    ex = run("Tom Homan pushed back against reports that he had called for Governor Gavin "
             "Newsom to be arrested.")
    assert all(r.mode == "negated" for r in ex.relations if r.target == "gavin-newsom")


def test_likening_someone_to_nazis_criticises_them():
    ex = run("Mayor Ana Ruiz has compared ICE agents to Nazis.")
    assert find(ex, "ana-ruiz", "CRITICIZES", "ice")
    ex = run('Governor Tim Walz said "Donald Trump\'s modern-day Gestapo is scooping folks up '
             'off the streets."')
    assert find(ex, "tim-walz", "CRITICIZES", "donald-trump")
    assert all(a.name != "Gestapo" for a in ex.actors)


def test_a_person_described_by_a_body_is_not_the_body():
    ex = run("ICE agents detained a Fresno State University student on Tuesday.")
    assert not [r for r in ex.relations if r.type == "COERCES"]


def test_a_gerunds_subject_deeper_in_the_phrase_does_it():
    ex = run("Pete Hegseth testified before the House Armed Services Subcommittee about Trump "
             "deploying the Guard to Los Angeles.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    assert ("pete-hegseth", "ORDERS", "national-guard") not in rels(ex)


def test_assuming_or_seizing_control_over_a_force_orders_it():
    ex = run("President Donald Trump assumed control over the Fresno Police Department on "
             "Monday.")
    assert ("donald-trump", "ORDERS", "fresno-police-department") in rels(ex)
    ex = run("President Donald Trump seized control over the National Guard.")
    assert find(ex, "donald-trump", "SUPPORTS", "national-guard-deployment")


def test_not_agreeing_with_someone_opposes_them():
    ex = run("Judge Ana Ruiz did not agree with the Department of Homeland Security's "
             "assertion that the police cannot control the protests.")
    assert [r for r in ex.relations if r.source == "ana-ruiz" and r.target == "dhs"
            and r.type == "OPPOSES" and r.mode == "asserted"]
    # (agreeing to meet, denied, is no opposition)
    ex = run("Governor Ana Ruiz did not agree to meet with Tom Homan.")
    assert not [r for r in ex.relations if r.type == "OPPOSES"]


def test_defending_officers_from_harassment_is_no_criticism_of_them():
    ex = run('"Border Patrol agents risk their lives every day, and they do not deserve to be '
             'doxed or harassed simply for carrying out their duties," Attorney General Pam '
             'Bondi said.')
    assert not [r for r in ex.relations if r.target == "border-patrol" and r.polarity < 0]


def test_what_an_act_led_to_is_not_its_doers_act():
    ex = run("President Donald Trump ordered the deployment of National Guard troops, leading to "
             "violent clashes with demonstrators.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    assert not [r for r in ex.relations if r.source == "donald-trump"
                and r.type == "CLASHES_WITH"]


def test_a_label_in_someones_comments_is_theirs():
    ex = run("The Department of Homeland Security criticized Governor Tim Walz for comments he "
             "made comparing ICE agents to the Gestapo.")
    assert find(ex, "tim-walz", "CRITICIZES", "ice")
    assert not find(ex, "dhs", "CRITICIZES", "ice")


def test_dragging_someone_coerces_them():
    ex = run("ICE agents dragged Lupe Arreola out of her car.")
    assert ("ice", "COERCES", "lupe-arreola") in rels(ex)
    ex = run("Lupe Arreola, who dragged an ICE agent 50 yards with his car, was arrested.")
    assert ("lupe-arreola", "COERCES", "ice") in rels(ex)


def test_an_act_named_as_avoided_did_not_happen():
    ex = run("Senator Ana Ruiz has avoided public disputes with President Donald Trump.")
    assert all(r.mode == "negated" for r in ex.relations if r.type == "CLASHES_WITH")
    # (a pushback dismissed was still made)
    ex = run("Republicans dismissed the pushback by Governor Gavin Newsom against the "
             "deployment of the National Guard.")
    assert find(ex, "gavin-newsom", "OPPOSES", "national-guard-deployment")


def test_authorising_someone_to_act_backs_them_and_they_act():
    ex = run("Governor Greg Abbott fully authorized President Donald Trump to call up the Texas "
             "National Guard.")
    assert find(ex, "greg-abbott", "SUPPORTS", "donald-trump")
    assert not [r for r in ex.relations if r.source == "greg-abbott" and r.type == "ORDERS"]
    ex = run("Governor Greg Abbott permitted President Donald Trump to deploy the Texas National "
             "Guard.")
    assert not [r for r in ex.relations if r.source == "greg-abbott" and r.type == "ORDERS"]
    ex = run("President Donald Trump authorized the deployment of 2,000 National Guard troops.")
    assert find(ex, "donald-trump", "SUPPORTS", "national-guard-deployment")


def test_opposing_someones_deportations_opposes_them_not_backs_them():
    ex = run("The Catholic bishops oppose President Trump's deportations.")
    assert not [r for r in ex.relations if r.target == "donald-trump" and r.polarity > 0]
    ex = run("SEIU condemned the arrest of David Huerta.")
    assert find(ex, "seiu", "SUPPORTS", "david-huerta")


def test_an_act_only_requested_is_hypothetical():
    ex = run("The Seventh Circuit denied the Trump administration's request to deploy the "
             "National Guard in Chicago.")
    assert all(r.mode == "hypothetical" for r in ex.relations if r.type == "ORDERS")
    assert find(ex, "white-house", "SUPPORTS", "national-guard-deployment")


def test_a_police_force_declaring_an_unlawful_assembly_coerces_the_protesters():
    for act in ("declared the downtown area an unlawful assembly",
                "declared the assembly unlawful and issued a dispersal order",
                "reported 96 arrests on Monday night"):
        r = rels(run("Protests in Fresno\n\nProtesters marched downtown against the raids on "
                     f"Sunday. The Fresno Police Department {act}."))
        assert ("fresno-police-department", "COERCES", "protesters") in r, act


def test_a_police_force_calling_an_assembly_lawful_coerces_no_one():
    r = rels(run("Protests in Fresno\n\nProtesters marched downtown against the raids on "
                 "Sunday. The Fresno Police Department said the assembly was lawful."))
    assert ("fresno-police-department", "COERCES", "protesters") not in r


def test_handing_inmates_to_ice_cooperates_with_ice():
    for text in ("The Fresno County Sheriff's Office transferred 20 inmates to ICE custody.",
                 "The Fresno County Sheriff's Office turned 20 inmates over to ICE."):
        ex = run(f"Reactions\n\n{text}")
        assert any(r.type == "COOPERATES_WITH" and r.target == "ice" for r in ex.relations), text


def test_moving_a_prisoner_between_jails_is_no_cooperation():
    ex = run("Reactions\n\nThe Fresno County Sheriff's Office transferred the man to the county "
             "jail in Clovis.")
    assert not any(r.type == "COOPERATES_WITH" for r in ex.relations)


def test_stopping_short_of_criticizing_is_no_criticism():
    for text in ("Mayor Ana Ruiz of Fresno stopped short of criticizing the Trump administration.",
                 "Mayor Ana Ruiz of Fresno stopped short of directly criticizing the Trump "
                 "administration."):
        r = rels(run(f"Reactions\n\n{text}"))
        assert ("ana-ruiz", "CRITICIZES", "white-house") not in r, text


def test_a_letter_requesting_answers_presses_its_addressee():
    r = rels(run("Reactions\n\nTrump sent 700 Marines to Fresno. Sen. Ana Ruiz sent a letter to "
                 "Defense Secretary Pete Hegseth requesting answers about the deployment."))
    assert ("ana-ruiz", "OPPOSES", "pete-hegseth") in r


def test_a_phrase_set_off_by_commas_does_not_hide_the_subject():
    ex = run("Mask law\n\nThe California Legislature passed a bill banning masks for officers. "
             "DHS, led by Secretary Kristi Noem, called on Governor Gavin Newsom to veto the bill.")
    assert ("dhs", "ORDERS", "gavin-newsom") in rels(ex)


def test_disagreeing_with_allegations_made_by_an_agency_opposes_it():
    ex = run("Raids in Fresno\n\nFederal agents raided farms near Fresno on Thursday. The United "
             "Farm Workers disagreed with the allegations made by DHS.")
    assert ("ufw", "OPPOSES", "dhs") in rels(ex)


def test_taking_heat_or_addressing_challenges_is_received_not_done():
    base = "Guard fight\n\nPresident Donald Trump sent the National Guard to Fresno on Monday. "
    r = rels(run(base + "Governor Ana Ruiz took heat from Senator Lupe Arreola over the law."))
    assert ("lupe-arreola", "CRITICIZES", "ana-ruiz") in r
    r = rels(run(base + "Trump addressed ongoing legal and political challenges to his "
                        "administration's deployments of National Guard troops to cities."))
    assert not any(s == "donald-trump" and t == "SUES" for s, t, _o in r)


def test_an_agencys_shooting_of_someone_coerces_them():
    base = "Shooting\n\nFresno resident Lupe Arreola, 37, was driving to work on Monday. "
    r = rels(run(base + "Border Patrol's shooting of Arreola drew protests."))
    assert ("border-patrol", "COERCES", "lupe-arreola") in r
    r = rels(run(base + "Mayor Ana Ruiz condemned the shooting of Arreola."))
    assert ("ana-ruiz", "COERCES", "lupe-arreola") not in r


def test_a_court_ruling_what_someone_must_do_directs_them():
    r = rels(run("Court\n\nFresno resident Lupe Arreola was deported to El Salvador in March. The "
                 "Supreme Court ruled Thursday that the Trump administration must take steps to "
                 "facilitate the return of Arreola."))
    assert ("supreme-court", "ORDERS", "white-house") in r


def test_ambushing_and_trading_gunfire_are_force_and_a_clash():
    ex = run("Lupe Arreola ambushed two National Guard members near the station in Fresno.")
    assert find(ex, "lupe-arreola", "COERCES", "national-guard")
    ex = run("Sheriff Ana Ruiz exchanged gunfire with Lupe Arreola outside Fresno.")
    assert find(ex, "ana-ruiz", "CLASHES_WITH", "lupe-arreola")


def test_issuing_an_order_to_someone_orders_them():
    ex = run("Governor Ana Ruiz issued a warning order to the Minnesota National Guard.")
    assert [r for r in ex.relations if r.source == "ana-ruiz" and r.type == "ORDERS"]


def test_telling_someone_to_get_out_opposes_them():
    ex = run("Mayor Ana Ruiz told ICE to get out of Fresno.")
    assert find(ex, "ana-ruiz", "OPPOSES", "ice")
    assert not find(ex, "ana-ruiz", "ORDERS", "ice")


def test_vowing_more_agents_is_no_threat_to_them():
    ex = run("Kristi Noem Vows Hundreds More ICE Agents for Fresno\n\nThe agents arrived.")
    assert not [r for r in ex.relations if r.type == "THREATENS"]
    ex = run("Fresno officials are promising legal action against the White House.")
    assert [r for r in ex.relations if r.type == "THREATENS" and r.target == "white-house"]


def test_states_listed_as_examples_of_people_do_not_act():
    ex = run("The attorneys general from states across the nation—including California, "
             "Maryland, Arizona and Oregon—joined Attorney General Ana Ruiz of New Mexico in "
             "the filing.")
    assert not [r for r in ex.relations if r.source in ("california", "maryland", "oregon")]
    # states listed as examples of states act
    ex = run("Twenty states, including California and Oregon, sued Donald Trump on Monday.")
    assert find(ex, "california", "SUES", "donald-trump")


def test_a_state_before_a_governors_title_is_the_title_not_an_actor():
    ex = run("California Gov. Gavin Newsom and Illinois Gov. J.B. Pritzker on Monday condemned "
             "the deployment of National Guard troops.")
    assert find(ex, "jb-pritzker", "OPPOSES", "national-guard-deployment")
    assert not [r for r in ex.relations if r.source == "illinois"]


def test_the_purpose_of_an_act_declined_is_not_done():
    ex = run("Judge Ana Ruiz declined to issue a restraining order on Monday to stop Donald "
             "Trump from sending troops to Fresno.")
    assert not [r for r in rels(ex) if r[0] == "ana-ruiz" and r[2] == "donald-trump"]


def test_left_no_choice_but_to_act_the_one_left_acts():
    ex = run("Governor Ana Ruiz refused to mobilize the National Guard, leaving Donald Trump "
             "little choice but to federalize the Guard.")
    assert find(ex, "donald-trump", "ORDERS", "national-guard")
    assert not [r for r in find(ex, "ana-ruiz", "ORDERS", "national-guard")
                if r.mode != "negated"]


def test_coming_out_against_and_bristling_at_oppose():
    ex = run("Governor Ana Ruiz came out against the ICE raid in Fresno.")
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in rels(ex)
    ex = run("Mayor Lupe Arreola bristled at the arrival of 4,000 National Guard troops.")
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_placed_under_arrest_by_agents_is_force():
    ex = run("Comptroller Ana Ruiz was placed under arrest by ICE agents on Tuesday.")
    assert find(ex, "ice", "COERCES", "ana-ruiz")


def test_a_brief_in_support_of_someones_lawsuit_supports_them():
    ex = run("On Monday, Attorney General Nick Brown filed an amicus brief in support of "
             "Governor Gavin Newsom's lawsuit.")
    assert find(ex, "nick-brown", "SUPPORTS", "gavin-newsom")
    # backing an effort to prevent a deployment opposes the deployment
    ex = run("On Monday, Attorney General Nick Brown filed an amicus brief in support of "
             "Governor Gavin Newsom's effort to prevent President Donald Trump from deploying "
             "the state's National Guard.")
    assert ("nick-brown", "OPPOSES", "national-guard-deployment") in rels(ex)
    assert ("nick-brown", "SUPPORTS", "national-guard-deployment") not in rels(ex)


def test_a_lawsuit_someone_filed_is_theirs_not_the_one_who_mentions_it():
    ex = run('"What a joke," Speaker Mike Johnson said, referring to the lawsuit Fresno filed '
             "on Monday against Donald Trump.")
    assert not find(ex, "mike-johnson", "SUES", "donald-trump")


def test_a_clash_over_someones_policies_is_no_clash_with_them():
    ex = run("Texas lawmakers clash over protests, National Guard deployment and Donald Trump's "
             "immigration policies.")
    assert not [r for r in ex.relations if r.type == "CLASHES_WITH" and r.target == "donald-trump"]


def test_a_finite_verb_after_an_infinitive_continues_the_main_verb():
    ex = run("Donald Trump has accused Governor Ana Ruiz of failing to control the protests and "
             "ordered Marines and National Guard troops to Fresno.")
    assert find(ex, "donald-trump", "ORDERS", "marines")
    assert not find(ex, "ana-ruiz", "ORDERS", "marines")


def test_an_activation_of_the_guard_is_its_possessors_order():
    ex = run("Governor Ana Ruiz condemned Donald Trump's activation of the National Guard.")
    assert find(ex, "donald-trump", "ORDERS", "national-guard")
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in rels(ex)



def test_an_act_noun_made_by_the_agent_of_a_passive_verb_is_theirs():
    ex = run("The deployment of 300 National Guard troops to Fresno was initiated by President "
             "Donald Trump in June.")
    assert find(ex, "donald-trump", "ORDERS", "national-guard")
    # judging the act is not making it
    ex = run("The deployment of 300 National Guard troops to Fresno was criticized by Gov. "
             "Ana Ruiz.")
    assert not find(ex, "ana-ruiz", "ORDERS", "national-guard")


def test_a_reaction_to_a_questioning_answers_the_one_who_questioned():
    ex = run("Faith leaders speak out.\n\nBishop Ana Ruiz questioned whether President Donald "
             "Trump's immigration measures "
             "were moral, sparking backlash from Press Secretary Karoline Leavitt.")
    assert find(ex, "karoline-leavitt", "CRITICIZES", "ana-ruiz")
    assert not find(ex, "karoline-leavitt", "CRITICIZES", "donald-trump")


def test_suing_to_block_an_act_does_not_deny_the_act():
    ex = run("Oregon sued on Sunday to block President Donald Trump from sending National "
             "Guard troops to Portland.")
    assert [r for r in find(ex, "donald-trump", "ORDERS", "national-guard")
            if r.mode == "asserted"]
    # a block that happened still denies it
    ex = run("A judge blocked President Donald Trump from sending National Guard troops to "
             "Portland.")
    assert all(r.mode == "negated" for r in find(ex, "donald-trump", "ORDERS", "national-guard"))


def test_what_someone_is_instructed_to_do_together_is_not_done_yet():
    ex = run("Judge Lupe Arreola instructed Gregory Bovino to meet with her every weekday.")
    assert find(ex, "lupe-arreola", "ORDERS", "gregory-bovino")
    assert not find(ex, "gregory-bovino", "COOPERATES_WITH", "lupe-arreola")


def test_threats_an_act_answers_are_not_the_actors_own():
    ex = run("Federal agents made arrests in Fresno. Hugo Soto and other Trump administration "
             "officials have defended their tactics as appropriate for growing threats to "
             "agents.")
    assert not [r for r in ex.relations if r.type == "THREATENS"]


def test_being_instructed_to_condemn_is_no_condemnation():
    ex = run("The Vatican issued a letter instructing the U.S. Conference of Catholic Bishops "
             "to publicly condemn the White House.")
    assert not [r for r in ex.relations if r.type == "CRITICIZES"]


def test_signing_bills_alongside_officials_is_no_cooperation_with_them():
    ex = run("Gov. Ana Ruiz signed five bills on Saturday alongside Mayor Lupe Arreola and "
             "Supervisor Hugo Soto.")
    assert not [r for r in ex.relations if r.type == "COOPERATES_WITH"]
    assert find(run("Gov. Ana Ruiz worked alongside Mayor Lupe Arreola."), "ana-ruiz",
                "COOPERATES_WITH", "lupe-arreola")


def test_ripping_into_someone_criticises_them():
    ex = run("Gov. Ana Ruiz also ripped into Attorney General Pam Bondi personally.")
    assert find(ex, "ana-ruiz", "CRITICIZES", "pam-bondi")


def test_a_court_is_never_the_one_suing():
    ex = run("U.S. District Judge Hugo Soto issued the injunction on Friday. The injunction stems "
             "from a lawsuit brought against the Department of Homeland Security by the Fresno "
             "Press Club.")
    assert find(ex, "fresno-press-club", "SUES", "dhs")
    assert not find(ex, "hugo-soto", "SUES", "dhs")
