"""Constructions added for unseen phrasing: phrasal adversarial verbs, adversarial and undo
directives, nominalised acts, acts' possessors in evaluative quotes, hyphenated judgements."""

from graphkit.extract import get_nlp
from tests.test_extract_helpers import find, rels, run


def test_phrasal_went_after():
    ex = run("Speaker Mike Johnson went after Gavin Newsom on Sunday.")
    assert ("mike-johnson", "CRITICIZES", "gavin-newsom") in rels(ex)


def test_phrasal_hit_back_at():
    ex = run("Kristi Noem hit back at Karen Bass during a briefing on Tuesday.")
    assert ("kristi-noem", "CRITICIZES", "karen-bass") in rels(ex)


def test_phrasal_took_aim_at():
    ex = run("Stephen Miller took aim at Gavin Newsom in a post on Saturday.")
    assert ("stephen-miller", "CRITICIZES", "gavin-newsom") in rels(ex)


def test_phrasal_pushed_back_against():
    ex = run("Alex Padilla pushed back against Pete Hegseth at the hearing.")
    assert ("alex-padilla", "OPPOSES", "pete-hegseth") in rels(ex)


def test_phrasal_needs_its_particle():
    ex = run("Kristi Noem hit the road with Karen Bass on Tuesday.")
    assert ("kristi-noem", "CRITICIZES", "karen-bass") not in rels(ex)


def test_go_after_a_time_is_nothing():
    ex = run("Karen Bass went home after the meeting with Gavin Newsom.")
    assert not any(t == "CRITICIZES" for _s, t, _o in rels(ex))


def test_press_to_undo_is_opposition():
    ex = run("Gavin Newsom pressed Donald Trump to rescind the order.")
    assert ("gavin-newsom", "OPPOSES", "donald-trump") in rels(ex)
    assert ("gavin-newsom", "ORDERS", "donald-trump") not in rels(ex)


def test_demand_that_is_opposition():
    ex = run("Jimmy Gomez is demanding that Kristi Noem answer our questions.")
    assert ("jimmy-gomez", "OPPOSES", "kristi-noem") in rels(ex)


def test_call_on_agency_to_leave_opposes_it_and_its_issue():
    ex = run("Janice Hahn called on ICE to leave the county.")
    r = rels(ex)
    assert ("janice-hahn", "OPPOSES", "ice") in r
    assert ("janice-hahn", "OPPOSES", "immigration-raids") in r


def test_plain_directive_stays_an_order():
    ex = run("Karen Bass urged residents to stay home.")
    assert ("karen-bass", "ORDERS", "residents") in rels(ex)
    assert ("karen-bass", "OPPOSES", "residents") not in rels(ex)


def test_possessed_deployment_is_an_order():
    ex = run("Critics said Donald Trump's deployment of the Marines was costly.")
    assert ("donald-trump", "ORDERS", "marines") in rels(ex)


def test_act_noun_source_is_not_the_governing_subject():
    ex = run("Gavin Newsom condemned the deployment of the Marines.")
    assert ("gavin-newsom", "ORDERS", "marines") not in rels(ex)


def test_arrest_by_agent():
    ex = run("The union protested the arrest of David Huerta by federal agents.")
    assert ("federal-agents", "COERCES", "david-huerta") in rels(ex)


def test_evaluated_act_criticises_its_possessor():
    ex = run('Gavin Newsom said that Donald Trump\'s deployment of Marines is "un-American".')
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)


def test_evaluated_patient_noun_does_not_criticise_patient():
    ex = run('Karen Bass said that David Huerta\'s arrest was "outrageous".')
    assert ("karen-bass", "CRITICIZES", "david-huerta") not in rels(ex)


def test_continuation_in_reported_clause_supports_issue():
    ex = run("Tom Homan said ICE would keep conducting raids in Los Angeles.")
    assert ("tom-homan", "SUPPORTS", "immigration-raids") in rels(ex)


def test_continuation_in_quote_supports_actor_issue():
    ex = run('"ICE is going to keep doing its job," Tom Homan said on Tuesday.')
    assert ("tom-homan", "SUPPORTS", "immigration-raids") in rels(ex)


def test_negated_continuation_is_no_support():
    ex = run("Karen Bass said the raids will not continue in Los Angeles.")
    assert ("karen-bass", "SUPPORTS", "immigration-raids") not in rels(ex)


def test_group_like_named_members_means_the_members():
    r = rels(run("The sheriff said leaders such as Mayor Karen Bass could be arrested if they "
                 "blocked deputies. Homan warned that officials like Governor Gavin Newsom could "
                 "face charges."))
    assert ("tom-homan", "THREATENS", "gavin-newsom") in r


def test_like_after_a_name_is_a_comparison_not_a_member():
    r = rels(run("Newsom, like Bass, criticized Trump on Sunday."))
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    assert ("karen-bass", "CRITICIZES", "donald-trump") not in r


def test_first_of_two_coordinated_names_is_a_subject_too():
    r = rels(run("Bass and Attorney General Rob Bonta sued the Department of Homeland Security on "
                 "Tuesday."))
    assert {("karen-bass", "SUES", "dhs"), ("rob-bonta", "SUES", "dhs")} <= r


def test_sent_in_and_called_up_are_orders():
    assert ("pentagon", "ORDERS", "marines") in rels(run("The Pentagon sent in hundreds of Marines "
                                                          "on Monday."))
    r = rels(run("Governor Greg Abbott called up thousands of Texas National Guard soldiers."))
    assert ("greg-abbott", "ORDERS", "texas-national-guard") in r


def test_a_preposition_after_the_object_is_no_particle():
    r = rels(run("Trump deployed 700 Marines in response to the protests. Trump called protesters "
                 "in Los Angeles animals."))
    assert not any(s == "donald-trump" and t in ("protests", "protesters") and typ != "CRITICIZES"
                   for s, typ, t in r)


def test_a_judge_is_the_judge_the_story_names_later():
    r = rels(run("A federal judge on Friday ordered the Pentagon to return control of the Guard. "
                 "U.S. District Judge Maria Ortega wrote that the order was unlawful."))
    assert ("maria-ortega", "ORDERS", "pentagon") in r


def test_a_judge_is_not_one_named_before_nor_the_gazetteer_judge():
    r = rels(run("Judge Maria Ortega heard the case in May. Months later, a judge in Oregon "
                 "blocked the deployment."))
    assert not any(s == "maria-ortega" and typ == "OPPOSES" for s, typ, _ in r)
    assert not any(s == "charles-breyer" for s, _, _ in r)


def test_rulings_for_and_against():
    r = rels(run("Judge Maria Ortega ruled against the Trump administration on Thursday. The Ninth "
                 "Circuit later ruled in favor of President Trump. Ortega then issued an order "
                 "barring the Pentagon from deploying Marines."))
    assert ("maria-ortega", "OPPOSES", "white-house") in r
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in r
    assert ("maria-ortega", "OPPOSES", "pentagon") in r


def test_the_district_court_is_not_the_supreme_court():
    ex = run("The Supreme Court took up the case. Lawyers said the district court had enjoined "
             "the Pentagon from deploying troops.")
    assert not any(r.source == "supreme-court" for r in ex.relations)


def test_lawsuit_defendants_in_other_shapes():
    r = rels(run("California's governor spoke on Monday. The hearing continues a lawsuit the state "
                 "filed against President Donald Trump in June."))
    assert ("california", "SUES", "donald-trump") in r
    r = rels(run("Bonta sued to reverse Trump's federalization of the Guard."))
    assert ("rob-bonta", "SUES", "donald-trump") in r
    r = rels(run("The lawsuit that Bonta filed against Hegseth was dismissed."))
    assert ("rob-bonta", "SUES", "pete-hegseth") in r


def test_a_suit_over_an_order_is_against_who_ordered_it():
    r = rels(run("Trump federalized the Guard on Saturday. Bonta sued over the deployment on "
                 "Monday."))
    assert ("rob-bonta", "SUES", "donald-trump") in r
    r = rels(run("Noem praised the raids. Bonta sued over the raids on Monday."))
    assert not any(typ == "SUES" and s == "rob-bonta" for s, typ, _ in r)


def test_the_state_is_not_the_united_states():
    r = rels(run("United States Marines arrived on Monday. The lawsuit the state filed against "
                 "Trump goes to trial."))
    assert not any(s == "united-states" for s, _, _ in r)


def test_prepositions_on_and_particles_off():
    assert ("lapd", "COERCES", "protesters") in rels(run("The LAPD cracked down on protesters "
                                                         "downtown."))
    assert ("protesters", "CLASHES_WITH", "border-patrol") in rels(
        run("Protesters faced off with Border Patrol agents on Sunday."))


def test_a_feud_and_an_objection():
    assert ("donald-trump", "CLASHES_WITH", "gavin-newsom") in rels(
        run("The order escalated Trump's feud with Governor Gavin Newsom."))
    assert ("gavin-newsom", "OPPOSES", "donald-trump") in rels(run("Newsom objected to Trump's order."))


def test_police_at_the_start_of_a_sentence_is_the_force_named_before():
    r = rels(run("The LAPD declared an unlawful assembly as protesters gathered. Police arrested 38 "
                 "people during the protest."))
    assert ("lapd", "COERCES", "protesters") in r


def test_a_pronoun_in_a_when_clause_is_the_main_clause_subject():
    ex = run("The judge found that the Department of Defense overstepped its authority when it "
             "sent Marines to Los Angeles.")
    assert ("pentagon", "ORDERS", "marines") in rels(ex)
    ex = run("Alex Padilla said the president broke the law when he federalized the Guard.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    # a pronoun of the wrong kind is not that subject
    ex = run("Karen Bass said the Pentagon erred when she was told about the Marines' arrival.")
    assert not [r for r in rels(ex) if r[0] == "pentagon"]


def test_along_with_adds_an_object():
    ex = run("Donald Trump deployed 2,000 troops along with 700 Marines.")
    assert ("donald-trump", "ORDERS", "marines") in rels(ex)


def test_a_subject_pronoun_points_back_to_the_sentence_subject():
    ex = run("Pete Hegseth drew fierce criticism from Karen Bass last week when he sent "
             "700 Marines to the city.")
    assert ("pete-hegseth", "ORDERS", "marines") in rels(ex)
    assert ("karen-bass", "ORDERS", "marines") not in rels(ex)


def test_he_in_a_reported_clause_is_the_one_who_says_it():
    ex = run('"Mayor Keith Wilson has failed to protect his people, and so President Trump has '
             'said he will protect our agents and our Marines," the secretary said.')
    assert ("donald-trump", "COOPERATES_WITH", "marines") in rels(ex)
    assert ("keith-wilson", "COOPERATES_WITH", "marines") not in rels(ex)


def test_an_imperative_in_a_quote_has_no_doer():
    ex = run('"Deploy the Marines now," Senator Tom Cotton said on Monday.')
    # (the senator asks for it; he does not deploy anyone)
    assert ("tom-cotton", "ORDERS", "marines") not in rels(ex)


def test_its_is_the_organisation_that_is_the_subject():
    ex = run("The Pentagon defended its deployment of the Marines on Tuesday.")
    assert ("pentagon", "ORDERS", "marines") in rels(ex)


def test_he_in_a_direct_quote_is_not_its_speaker():
    ex = run('"He acted illegally to federalize the National Guard," Karen Bass said.')
    assert ("karen-bass", "ORDERS", "national-guard") not in rels(ex)
    assert ("karen-bass", "SUPPORTS", "national-guard-deployment") not in rels(ex)
    # in indirect speech it is
    ex = run("Karen Bass said she would sue the Pentagon.")
    assert ("karen-bass", "SUES", "pentagon") in rels(ex)


def test_an_order_takes_no_stance_on_the_day_it_happens():
    ex = run("The Pentagon sent more Marines to Los Angeles on a fourth day of protests.")
    assert ("pentagon", "SUPPORTS", "protests") not in rels(ex)


def test_a_surname_that_is_a_word_parses_as_a_name():
    # a headline's first word "Trump" read as the verb "to trump" lost the whole clause
    ex = run("Trump orders 2,000 Guard troops to Los Angeles.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    ex = run("Trump faced harsh criticism from Gavin Newsom.")
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)
    doc = get_nlp()("Trump orders 2,000 Guard troops to Los Angeles.")
    assert doc[0].dep_ == "nsubj" and doc[0].norm_ == "trump"  # the norm is given back


def test_lining_up_behind_is_support_and_distancing_is_opposition():
    assert ("senate-republicans", "SUPPORTS", "pete-hegseth") in rels(
        run("Senate Republicans lined up behind Pete Hegseth on Tuesday."))
    assert ("doj", "OPPOSES", "stephen-miller") in rels(
        run("The Justice Department distanced itself from Stephen Miller."))


def test_objections_from_someone_are_theirs():
    ex = run("Trump activated 4,000 National Guard troops despite objections from Gavin Newsom.")
    assert ("gavin-newsom", "OPPOSES", "donald-trump") in rels(ex)
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)
    # acting over someone's protest is no act against them
    assert ("donald-trump", "OPPOSES", "gavin-newsom") not in rels(ex)


def test_a_by_phrase_after_an_active_verbs_object_is_the_objects_agent():
    ex = run("Republicans welcomed the pushback by Gavin Newsom against the Marines deployment.")
    assert ("gavin-newsom", "OPPOSES", "marines-deployment") in rels(ex)
    assert ("republicans", "CRITICIZES", "marines") not in rels(ex)


def test_the_decision_by_someone_to_act_is_theirs():
    ex = run("The decision by Donald Trump to deploy the Marines set off a war of words.")
    assert ("donald-trump", "ORDERS", "marines") in rels(ex)


def test_taking_a_jab_and_exploiting_are_criticism():
    assert ("steven-cheung", "CRITICIZES", "karen-bass") in rels(
        run("Steven Cheung also took a jab at Karen Bass on Monday."))
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(
        run("Gavin Newsom said Donald Trump has been exploiting the troops as pawns."))


def test_a_title_case_headline_is_parsed_as_a_sentence_and_quoted_as_written():
    ex = run("LAPD Slams Trump's Decision to Send Marines to City\n"
             "The Los Angeles Police Department spoke about the Marines on Monday.")
    crit = [r for r in ex.relations if (r.source, r.type, r.target) == (
        "lapd", "CRITICIZES", "donald-trump")]
    assert crit and crit[0].evidence[0].sentence.startswith("LAPD Slams Trump's Decision")
    # (small words stay lower-case in title case: "over", "from", "with")
    ex = run("Trump Sends National Guard to Portland as Kotek Fumes over Deployment\n\n"
             "The story went on from there.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    assert not any(" " in a.name and a.name.split()[1] in ("Sends", "Fumes") for a in ex.actors)


def test_an_outlet_in_brackets_before_a_dash_is_a_dateline_not_the_subject():
    ex = run("Governors slam Trump's deployment\n\n(CNN) — Democratic governors on Thursday "
             "slammed President Donald Trump's deployment of the National Guard.")
    assert ("democratic-governors", "CRITICIZES", "donald-trump") in rels(ex)
    assert not [r for r in ex.relations if r.source == "cnn"]


def test_a_trailing_participle_after_a_reported_clause_is_the_speakers():
    ex = run("Rob Bonta said that the city will take the case to court, accusing Kristi Noem "
             "of ignoring the law.")
    assert ("rob-bonta", "CRITICIZES", "kristi-noem") in rels(ex)


def test_directing_a_deployment_orders_it_but_directing_troops_is_leading():
    ex = run("Pete Hegseth directed the deployment of the Marines on Monday.")
    assert ("pete-hegseth", "ORDERS", "marines") in rels(ex)
    ex = run("Jim McDonnell, who directed the LAPD for a decade, spoke on Monday.")
    assert ("jim-mcdonnell", "ORDERS", "lapd") not in rels(ex)


def test_taking_over_or_taking_control_of_a_force_orders_it():
    assert ("donald-trump", "ORDERS", "national-guard") in rels(
        run("Donald Trump took over the National Guard on Saturday."))
    assert ("donald-trump", "ORDERS", "national-guard") in rels(
        run("Donald Trump took control of the National Guard on Saturday."))


def test_an_attack_on_a_person_is_criticism_an_attack_on_officers_is_not():
    ex = run("Stephen Miller launched a fresh attack on Karen Bass on Sunday.")
    assert ("stephen-miller", "CRITICIZES", "karen-bass") in rels(ex)
    ex = run("The LAPD said protesters carried out attacks on ICE agents.")
    assert not any(t == "CRITICIZES" for _s, t, _o in rels(ex))


def test_a_particle_parsed_as_a_preposition_holds_the_phrasal_object():
    ex = run("Republicans backed Donald Trump's decision to call in the Marines.")
    assert ("donald-trump", "ORDERS", "marines") in rels(ex)


def test_moving_in_on_a_crowd_is_force():
    ex = run("Flash-bangs went off as the LAPD moved in on the protesters.")
    assert ("lapd", "COERCES", "protesters") in rels(ex)


def test_denouncing_the_actions_of_someone_criticises_them():
    ex = run("Mayor Arturo Flores denounced the recent actions of ICE agents on Monday.")
    assert ("arturo-flores", "CRITICIZES", "ice") in rels(ex)
    ex = run("Mayor Arturo Flores denounced the deployment of the National Guard on Monday.")
    assert ("arturo-flores", "CRITICIZES", "national-guard") not in rels(ex)


def test_the_subject_of_a_passive_verb_does_its_complement():
    ex = run("National Guard troops have been trained to accompany ICE agents on raids.")
    assert ("national-guard", "COOPERATES_WITH", "ice") in rels(ex)
    ex = run("Karen Bass was asked to condemn the protesters.")
    assert ("karen-bass", "CRITICIZES", "protesters") not in rels(ex)


def test_backing_a_states_lawsuit_backs_the_state():
    ex = run("Kwame Raoul filed a brief supporting California's lawsuit against the Trump "
             "administration.")
    assert ("kwame-raoul", "SUPPORTS", "california") in rels(ex)


def test_touting_a_ruling_backs_its_judge():
    ex = run("Mayor Victor Gordo touted Judge Maame Frimpong's ruling on Friday.")
    assert ("victor-gordo", "SUPPORTS", "maame-frimpong") in rels(ex)


def test_issuing_a_curfew_supports_it():
    ex = run("Karen Bass said she had issued the curfew to stop the looting.")
    assert ("karen-bass", "SUPPORTS", "curfew") in rels(ex)


def test_authorizing_troops_to_be_deployed_orders_them():
    ex = run("The Trump administration has authorized a total of 700 Marines to be deployed "
             "across the region.")
    assert ("white-house", "ORDERS", "marines") in rels(ex)


def test_a_gerund_describing_an_actor_is_that_actors_act():
    ex = run("A rapid response network spread the word about immigration agents arresting "
             "workers at car washes.")
    assert ("federal-agents", "COERCES", "workers") in rels(ex)
    assert not [r for r in ex.relations if r.target == "workers"
                and r.source != "federal-agents"]
    # a gerund on a noun that is no actor leaves the act to the clause's subject
    ex = run("ICE launched raids targeting workers at car washes.")
    assert not [r for r in ex.relations if r.source != "ice" and r.target == "workers"]


def test_firing_back_at_someone_is_criticism_not_gunfire():
    ex = run("Governor Gavin Newsom fired back at President Donald Trump on Sunday.")
    assert {(r.type, r.rule) for r in ex.relations if r.target == "donald-trump"} == {
        ("CRITICIZES", "phrasal:fire")}
    ex = run("Federal agents fired pepper balls at the protesters outside City Hall.")
    assert ("federal-agents", "COERCES", "protesters") in rels(ex)


def test_a_verb_whose_object_is_the_clause_subject_continues_the_ruling():
    ex = run("Judge Charles Breyer ruled that Donald Trump had violated the law and ordered "
             "him to return control of the Guard to Gavin Newsom.")
    assert ("charles-breyer", "ORDERS", "donald-trump") in rels(ex)
    assert not [r for r in ex.relations if r.source == "donald-trump"
                and r.rule.startswith(("verb:order", "pattern:directive", "stance:directive"))]
    # a pronoun for someone else leaves the clause's subject in place
    ex = run("Gavin Newsom said Donald Trump had ignored the law and ordered Kristi Noem to "
             "send more agents.")
    assert ("donald-trump", "ORDERS", "kristi-noem") in rels(ex)


def test_what_was_fired_at_a_crowd_coerces_the_crowd():
    ex = run("Clashes downtown\n\nFederal agents fired flash-bang grenades at demonstrators "
             "outside the federal building.")
    assert ("federal-agents", "COERCES", "protesters") in rels(ex)


def test_pushing_someone_for_answers_is_pressing_not_force():
    ex = run("Senators push Pentagon for answers\n\nSenators Adam Schiff and Alex Padilla pushed "
             "top military officials on Tuesday for more information about the Marines.")
    got = {(r.source, r.type) for r in ex.relations if r.rule == "verb:push"}
    assert ("adam-schiff", "OPPOSES") in got and not [t for _s, t in got if t == "COERCES"]
    ex = run("Clashes downtown\n\nFederal agents pushed protesters back with batons.")
    assert ("federal-agents", "COERCES", "protesters") in rels(ex)


def test_urging_others_to_act_against_someone_takes_that_side():
    ex = run("Karen Bass urged residents to protest peacefully against the Trump administration.")
    assert ("karen-bass", "OPPOSES", "white-house") in rels(ex)
    assert ("karen-bass", "ORDERS", "residents") in rels(ex)
    ex = run("Gavin Newsom called on lawmakers to condemn Stephen Miller.")
    assert ("gavin-newsom", "CRITICIZES", "stephen-miller") in rels(ex)
    # force asked for stays the doers' act; "called up troops" is a deployment, not a plea
    ex = run("Stephen Miller urged ICE agents to arrest David Huerta.")
    assert ("stephen-miller", "COERCES", "david-huerta") not in rels(ex)
    ex = run("Donald Trump called up troops to protect Kristi Noem.")
    assert ("donald-trump", "SUPPORTS", "kristi-noem") not in rels(ex)


def test_dismissing_what_someone_said_is_aimed_at_the_speaker():
    ex = run("Republicans hit back\n\nRepublicans dismissed the pushback by Gavin Newsom.")
    assert ("republicans", "CRITICIZES", "gavin-newsom") in rels(ex)
    ex = run("Republicans hit back\n\nKaroline Leavitt brushed off Karen Bass's criticism.")
    assert ("karoline-leavitt", "CRITICIZES", "karen-bass") in rels(ex)
    # a place after "from" is no speaker, and a noun that is nobody's utterance stays
    # unowned
    ex = run("Republicans hit back\n\nKaroline Leavitt dismissed the reports from Los Angeles.")
    assert not [r for r in ex.relations if r.source == "karoline-leavitt"]


def test_evaluative_idioms_judge_as_one_word():
    ex = run("Reactions\n\nLindsey Graham told reporters that Alex Padilla should have known "
             "better.\nGavin Newsom said in a statement that Judge Charles Breyer got it right.")
    r = rels(ex)
    assert ("lindsey-graham", "CRITICIZES", "alex-padilla") in r
    assert ("gavin-newsom", "SUPPORTS", "charles-breyer") in r
    # a court that finds someone acted within his authority backs him
    ex = run("Ruling\n\nJudge Karin Immergut wrote that Governor Greg Abbott acted within his "
             "authority.")
    assert ("karin-immergut", "SUPPORTS", "greg-abbott") in rels(ex)
    # the idiom denied is no judgement
    ex = run("Reactions\n\nLindsey Graham said Alex Padilla did not cross the line.")
    assert ("lindsey-graham", "CRITICIZES", "alex-padilla") not in rels(ex)


def test_conflict_and_alliance_idioms():
    ex = run("Allies and rivals\n\nStephen Miller hit out at Gavin Newsom.\nElon Musk turned on "
             "Donald Trump this week.\nAlex Padilla tore into Kristi Noem at the hearing.\n"
             "Karen Bass pledged support to Newsom.\nDemocrats expressed solidarity with Padilla.")
    r = rels(ex)
    assert {("stephen-miller", "CRITICIZES", "gavin-newsom"), ("elon-musk", "OPPOSES", "donald-trump"),
            ("alex-padilla", "CRITICIZES", "kristi-noem"), ("karen-bass", "SUPPORTS", "gavin-newsom"),
            ("democrats", "SUPPORTS", "alex-padilla")} <= r
    # "turned on the lights" names nobody
    ex = run("Allies and rivals\n\nKaren Bass turned on the lights at City Hall.")
    assert not [x for x in ex.relations if x.source == "karen-bass" and x.type == "OPPOSES"]


def test_holding_someone_responsible_is_blame_not_a_part_in_the_act():
    ex = run("Blame game\n\nGavin Newsom held Pete Hegseth responsible for the deployment of "
             "the Marines.\nPete Hegseth blamed the unrest on Karen Bass.")
    r = rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "pete-hegseth") in r
    assert ("pete-hegseth", "CRITICIZES", "karen-bass") in r
    assert ("gavin-newsom", "SUPPORTS", "marines-deployment") not in r
    # a meeting held is no blame
    ex = run("Blame game\n\nGavin Newsom held a meeting with Pete Hegseth.")
    assert ("gavin-newsom", "CRITICIZES", "pete-hegseth") not in rels(ex)


def test_calling_on_someone_to_resign_opposes_them():
    ex = run("Resign\n\nDonald Trump called on Gavin Newsom to resign.")
    assert ("donald-trump", "OPPOSES", "gavin-newsom") in rels(ex)
    assert ("donald-trump", "ORDERS", "gavin-newsom") not in rels(ex)


def test_idioms_match_from_any_of_their_words_and_respect_negation_on_their_head():
    ex = run("Reactions\n\nAlex Padilla said Donald Trump was using the Marines as a political "
             "prop.\nSpeaker Mike Johnson said Gavin Newsom should resign.")
    r = rels(ex)
    assert ("alex-padilla", "CRITICIZES", "donald-trump") in r
    assert ("mike-johnson", "CRITICIZES", "gavin-newsom") in r
    ex = run("Reactions\n\nPete Hegseth said the deployment of the Marines was not political "
             "theater.")
    assert not [x for x in ex.relations if x.source == "pete-hegseth" and x.polarity < 0]


def test_pressing_an_ally_to_send_troops_is_no_opposition():
    ex = run("Story\n\nStephen Miller pressed President Donald Trump to send more troops.")
    assert ("stephen-miller", "OPPOSES", "donald-trump") not in rels(ex)
    ex = run("Story\n\nGavin Newsom pressed President Donald Trump to withdraw the troops.")
    assert ("gavin-newsom", "OPPOSES", "donald-trump") in rels(ex)


def test_a_remark_judged_in_a_relative_clause_is_aimed_at_its_speaker():
    ex = run("Reactions\n\nSenator Ted Cruz said Karen Bass should be removed from office, a "
             "remark the mayor called shameful.")
    assert ("karen-bass", "CRITICIZES", "ted-cruz") in rels(ex)
    ex = run("Reactions\n\nKristi Noem called the marchers terrorists, a claim Alex Padilla "
             "rejected.")
    assert any(s == "alex-padilla" and o == "kristi-noem" for s, _t, o in rels(ex))


def test_the_remark_in_the_next_sentence_is_the_previous_speakers():
    ex = run("Reactions\n\nStephen Miller said Karen Bass had lost control of her city. Bass "
             "called the remark insulting.")
    assert ("karen-bass", "CRITICIZES", "stephen-miller") in rels(ex)
    # a remark with its speaker named is theirs, not the previous sentence's
    ex = run("Reactions\n\nStephen Miller said the city was lawless. Karen Bass called the "
             "remarks by Tom Homan insulting.")
    assert ("karen-bass", "CRITICIZES", "stephen-miller") not in rels(ex)
    assert ("karen-bass", "CRITICIZES", "tom-homan") in rels(ex)


def test_a_passive_idiom_judges_the_one_it_is_said_of():
    ex = run("Reactions\n\nDonald Trump said Gavin Newsom should be tarred and feathered.")
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in rels(ex)
    ex = run("Reactions\n\nRepresentative Maxine Waters said Pete Hegseth should be impeached.")
    assert ("maxine-waters", "CRITICIZES", "pete-hegseth") in rels(ex)
    # (a plain passive is done to them, no judgement of them)
    ex = run("Reactions\n\nKaren Bass said David Huerta was treated like a criminal.")
    assert ("karen-bass", "CRITICIZES", "david-huerta") not in rels(ex)


def test_no_before_a_merit_denies_it():
    ex = run("Reactions\n\nKaren Bass said federal agents were acting with no accountability.")
    r = rels(ex)
    assert ("karen-bass", "CRITICIZES", "federal-agents") in r
    assert ("karen-bass", "SUPPORTS", "federal-agents") not in r


def test_a_label_is_not_judged_by_a_further_clause():
    ex = run("Reactions\n\nKaren Bass called Angelica Salas a friend and said the raids showed "
             "agents had no accountability.")
    assert ("karen-bass", "CRITICIZES", "angelica-salas") not in rels(ex)


def test_a_two_word_title_points_back_whole():
    ex = run("Reactions\n\nAttorney General Rob Bonta spoke on Monday. The attorney general "
             "accused Donald Trump of abusing his power.")
    assert ("rob-bonta", "CRITICIZES", "donald-trump") in rels(ex)


def test_continued_attributes_a_quote():
    ex = run('Reactions\n\n"Gavin Newsom is a menace to this state," Stephen Miller continued.')
    assert ("stephen-miller", "CRITICIZES", "gavin-newsom") in rels(ex)


def test_nor_did_negates():
    ex = run("Reactions\n\nNor did Karen Bass criticize Kristi Noem on Tuesday.")
    assert [r.mode for r in find(ex, "karen-bass", "CRITICIZES", "kristi-noem")] == ["negated"]


def test_shoving_and_cuffing_are_force():
    ex = run("Reactions\n\nFederal agents shoved Alex Padilla to the floor and cuffed him.")
    assert ("federal-agents", "COERCES", "alex-padilla") in rels(ex)


def test_an_investigation_into_someone_is_aimed_at_them_and_is_no_part_in_it():
    ex = run("Reactions\n\nRob Bonta launched an investigation into ICE's detention of U.S. "
             "citizens.")
    r = rels(ex)
    assert ("rob-bonta", "CRITICIZES", "ice") in r
    assert ("rob-bonta", "SUPPORTS", "immigration-raids") not in r
    ex = run("Reactions\n\nAdam Schiff called for an independent probe of the Department of "
             "Homeland Security.")
    assert ("adam-schiff", "CRITICIZES", "dhs") in rels(ex)
    ex = run("Reactions\n\nThe Justice Department has announced no investigation into Gavin "
             "Newsom.")
    assert ("doj", "CRITICIZES", "gavin-newsom") not in rels(ex)
    # (only what it looks into: not whoever else the sentence names)
    ex = run("Reactions\n\nDemocrats called for a full investigation, and some, including "
             "Elizabeth Warren, said Kristi Noem should resign.")
    assert ("democrats", "CRITICIZES", "elizabeth-warren") not in rels(ex)


def test_more_relation_nouns():
    ex = run("Reactions\n\nPresident Donald Trump mounted a vigorous defense of Tom Homan.")
    assert ("donald-trump", "SUPPORTS", "tom-homan") in rels(ex)
    ex = run("Reactions\n\nMayor Karen Bass offered her thanks to Sheriff Robert Luna.")
    assert ("karen-bass", "SUPPORTS", "robert-luna") in rels(ex)
    ex = run("Reactions\n\nGavin Newsom's jab at Donald Trump drew laughs.")
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run("Reactions\n\nThe order escalated tensions between Donald Trump and Gavin Newsom.")
    assert {("donald-trump", "CLASHES_WITH", "gavin-newsom"),
            ("gavin-newsom", "CLASHES_WITH", "donald-trump")} & rels(ex)


def test_shot_back_is_words_not_gunfire():
    ex = run("Reactions\n\nGavin Newsom shot back at Donald Trump on Sunday.")
    r = rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    assert ("gavin-newsom", "COERCES", "donald-trump") not in r


def test_a_label_on_a_small_clause():
    ex = run("Reactions\n\nGavin Newsom replied to Donald Trump in a post, calling the "
             "president's order illegal.")
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)


def test_insults_are_labels_that_judge():
    ex = run("Reactions\n\nDonald Trump called the protesters scum.")
    assert ("donald-trump", "CRITICIZES", "protesters") in rels(ex)


def test_a_quote_in_response_to_someone_is_about_them():
    ex = run('Reactions\n\n"He should be ashamed," Donald Trump wrote in response to Gavin '
             "Newsom's criticism.")
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in rels(ex)
    ex = run('Reactions\n\n"She is a disgrace," Kristi Noem replied to Karen Bass.')
    assert ("kristi-noem", "CRITICIZES", "karen-bass") in rels(ex)


def test_two_speakers_said_in_a_statement_that():
    ex = run("Reactions\n\nGavin Newsom and Rob Bonta said in a statement that Donald Trump was "
             "lying.")
    r = rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    assert ("rob-bonta", "CRITICIZES", "donald-trump") in r


def test_a_sentence_ending_on_x_ends_there():
    ex = run('Reactions\n\n"Trump is a liar," Gavin Newsom wrote on X. Donald Trump later '
             "praised Pete Hegseth.")
    r = rels(ex)
    assert ("donald-trump", "SUPPORTS", "pete-hegseth") in r
    assert ("gavin-newsom", "SUPPORTS", "pete-hegseth") not in r
    assert not [a for a in ex.actors if a.name.startswith("X")]


def test_an_agency_spokesperson_speaks_for_the_agency():
    ex = run("Reactions\n\nMayor Karen Bass spoke on Monday. A DHS spokesperson said Bass was "
             "lying.")
    assert ("dhs", "CRITICIZES", "karen-bass") in rels(ex)


def test_a_threatened_act_named_as_a_noun_is_a_threat_not_the_act():
    ex = run("Reactions\n\nTom Homan's threat to arrest Gavin Newsom drew condemnation.")
    assert ("tom-homan", "THREATENS", "gavin-newsom") in rels(ex)
    assert [r.mode for r in find(ex, "tom-homan", "COERCES", "gavin-newsom")] in (
        [], ["hypothetical"])


def test_a_possible_lawsuit_is_hypothetical():
    ex = run("Reactions\n\nMayor Karen Bass is weighing a possible lawsuit against the "
             "Department of Homeland Security.")
    assert [r.mode for r in find(ex, "karen-bass", "SUES", "dhs")] == ["hypothetical"]


def test_a_headline_passive_with_by_is_not_the_subjects_act():
    ex = run("Kristi Noem slammed by Alex Padilla over raids\n\nThe senator spoke on Tuesday.")
    r = rels(ex)
    assert ("kristi-noem", "OPPOSES", "immigration-raids") not in r
    assert ("alex-padilla", "CRITICIZES", "kristi-noem") in r


def test_grilled_over_names_the_topic_not_the_target():
    ex = run("Pete Hegseth grilled over Marines in LA\n\nThe hearing lasted four hours.")
    assert not [r for r in ex.relations if r.source == "pete-hegseth" and r.polarity < 0]


def test_the_judge_of_a_decision_is_not_its_maker():
    ex = run("Reactions\n\nDonald Trump defended the decision that Karen Bass criticized.")
    assert ("donald-trump", "SUPPORTS", "karen-bass") not in rels(ex)


def test_a_titles_modifier_picks_out_whose_title_it_is():
    ex = run("Reactions\n\nKristi Noem and Pete Hegseth visited Los Angeles. Noem spoke first. "
             "Then the defense secretary praised the Marines.")
    r = rels(ex)
    assert ("pete-hegseth", "SUPPORTS", "marines") in r
    assert ("kristi-noem", "SUPPORTS", "marines") not in r


def test_wrote_to_someone_demanding_presses_them():
    ex = run("Reactions\n\nMayor Karen Bass wrote to Kristi Noem on Sunday demanding an "
             "immediate halt to the raids.")
    assert ("karen-bass", "OPPOSES", "kristi-noem") in rels(ex)


def test_set_phrases_in_a_quote_praise_or_shame_who_follows():
    ex = run('Reactions\n\n"Thank you to Tom Homan and ICE for their incredible work," Donald '
             "Trump wrote.")
    r = rels(ex)
    assert ("donald-trump", "SUPPORTS", "tom-homan") in r
    assert ("donald-trump", "SUPPORTS", "ice") in r
    ex = run('Reactions\n\n"Shame on Kristi Noem," Karen Bass wrote.')
    assert ("karen-bass", "CRITICIZES", "kristi-noem") in rels(ex)
    # (outside a quote, "thanks to" is only "because of")
    ex = run("Reactions\n\nThanks to Tom Homan, the operation ended early, Karen Bass said.")
    assert ("karen-bass", "SUPPORTS", "tom-homan") not in rels(ex)


def test_he_in_a_quote_is_not_its_speaker():
    ex = run('Reactions\n\nTom Homan spoke first. "Donald Trump is a tyrant," Gavin Newsom '
             'wrote. "He sent Marines into our city."')
    r = rels(ex)
    assert ("donald-trump", "ORDERS", "marines") in r
    assert ("gavin-newsom", "ORDERS", "marines") not in r
    assert ("tom-homan", "ORDERS", "marines") not in r


def test_a_verb_after_a_while_clause_continues_that_clause():
    ex = run('Reactions\n\nMike Johnson accused Democratic leaders of "encouraging anarchy," '
             "while Chuck Schumer called Donald Trump's deployment \"a dangerous escalation\" "
             "and urged him to withdraw the troops.")
    r = rels(ex)
    assert ("chuck-schumer", "OPPOSES", "donald-trump") in r
    assert ("mike-johnson", "OPPOSES", "donald-trump") not in r
    assert ("mike-johnson", "CRITICIZES", "chuck-schumer") not in r


def test_bare_police_before_the_force_is_named_is_that_force():
    ex = run("Reactions\n\nPolice fired tear gas at demonstrators on Sunday. The LAPD said 50 "
             "people were arrested.")
    assert ("lapd", "COERCES", "protesters") in rels(ex)
    # (with two forces named, a bare "police" stays unresolved)
    ex = run("Reactions\n\nPolice fired tear gas at demonstrators on Sunday. The LAPD and the "
             "Long Beach Police Department said 50 people were arrested.")
    assert not [r for r in ex.relations if r.type == "COERCES" and r.target == "protesters"]


def test_opposing_a_deployment_is_not_opposing_the_troops_sent():
    ex = run("Reactions\n\nGavin Newsom sued the administration to block the use of the "
             "National Guard.")
    r = rels(ex)
    assert ("gavin-newsom", "OPPOSES", "national-guard") not in r
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in r
    ex = run("Reactions\n\nKaren Bass challenged the Guard deployment on Monday.")
    assert ("karen-bass", "OPPOSES", "national-guard") not in rels(ex)


def _modes(text: str, source: str, rel_type: str, target: str) -> list[str]:
    return [r.mode for r in find(run("Reactions\n\n" + text), source, rel_type, target)]


def test_denied_and_prevented_acts_are_negated():
    assert _modes("Gavin Newsom's office denied that the governor had criticized Karen Bass.",
                  "gavin-newsom", "CRITICIZES", "karen-bass") == ["negated"]
    assert _modes("The White House rejected claims that Donald Trump had threatened Gavin "
                  "Newsom.", "donald-trump", "THREATENS", "gavin-newsom") == ["negated"]
    assert _modes("A federal judge blocked Donald Trump from deploying the National Guard.",
                  "donald-trump", "ORDERS", "national-guard") == ["negated"]
    # (a denial denied is no denial)
    assert _modes("Gavin Newsom did not deny that he had criticized Karen Bass.",
                  "gavin-newsom", "CRITICIZES", "karen-bass") != ["negated"]


def test_nor_no_longer_and_failed_to_negate():
    assert _modes("Gavin Newsom did not criticize Tom Homan, nor did he condemn Kristi Noem.",
                  "gavin-newsom", "CRITICIZES", "kristi-noem") == ["negated"]
    assert _modes("Rob Bonta says he no longer backs Gavin Newsom.",
                  "rob-bonta", "SUPPORTS", "gavin-newsom") == ["negated"]
    assert _modes("Democrats on the council failed to support Karen Bass.",
                  "democrats", "SUPPORTS", "karen-bass") == ["negated"]


def test_ruling_out_and_not_ruling_out():
    assert _modes("Donald Trump did not rule out arresting Gavin Newsom.",
                  "donald-trump", "COERCES", "gavin-newsom") == ["hypothetical"]
    assert _modes("Tom Homan ruled out arresting Karen Bass.",
                  "tom-homan", "COERCES", "karen-bass") == ["negated"]


def test_expected_and_attempted_acts_are_hypothetical_and_asked_ones_not_claimed():
    assert _modes("Gavin Newsom is expected to sue Donald Trump on Tuesday.",
                  "gavin-newsom", "SUES", "donald-trump") == ["hypothetical"]
    assert _modes("Federal agents attempted to arrest Alex Padilla.",
                  "federal-agents", "COERCES", "alex-padilla") == ["hypothetical"]
    # (the asking is Bass's act; Newsom has done nothing)
    assert _modes("Karen Bass asked Gavin Newsom to deploy the California Highway Patrol.",
                  "gavin-newsom", "ORDERS", "chp") == []


def test_saying_someone_could_be_arrested_in_the_active_voice_threatens_them():
    ex = run("Reactions\n\nTom Homan said federal agents could arrest Gavin Newsom if he "
             "obstructed them.")
    assert ("tom-homan", "THREATENS", "gavin-newsom") in rels(ex)
    ex = run("Reactions\n\nTom Homan insisted he never said agents would arrest Gavin Newsom.")
    assert ("tom-homan", "THREATENS", "gavin-newsom") not in rels(ex)


def test_a_name_run_into_its_venue_is_the_person():
    ex = run("Reactions\n\nGavin Newsom spoke on Monday. Donald Trump mocked Newsom on Truth "
             "Social.")
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in rels(ex)
    assert not [a for a in ex.actors if "Truth Social" in a.name and a.id != "truth-social"]


def test_support_and_questions_received_come_from_who_gives_them():
    ex = run("Reactions\n\nKaren Bass has the support of Gavin Newsom.")
    r = rels(ex)
    assert ("gavin-newsom", "SUPPORTS", "karen-bass") in r
    assert ("karen-bass", "SUPPORTS", "gavin-newsom") not in r
    ex = run("Reactions\n\nKaren Bass won the endorsement of Sheriff Robert Luna.")
    assert ("robert-luna", "SUPPORTS", "karen-bass") in rels(ex)
    ex = run("Reactions\n\nPete Hegseth faced tough questions from Senator Lisa Murkowski.")
    assert ("lisa-murkowski", "CRITICIZES", "pete-hegseth") in rels(ex)
    ex = run("Reactions\n\nDonald Trump had praise for Pete Hegseth.")
    assert ("donald-trump", "SUPPORTS", "pete-hegseth") in rels(ex)


def test_group_references_back():
    ex = run("Reactions\n\nProtesters gathered downtown on Sunday. Federal agents fired tear gas "
             "at them.")
    assert ("federal-agents", "COERCES", "protesters") in rels(ex)
    ex = run("Reactions\n\nHundreds of protesters marched to City Hall on Monday. They "
             "criticized Mayor Karen Bass.")
    assert ("protesters", "CRITICIZES", "karen-bass") in rels(ex)
    ex = run("Reactions\n\nBorder Patrol agents raided a car wash on Thursday. The agents "
             "detained six workers.")
    assert ("border-patrol", "COERCES", "workers") in rels(ex)


def test_causing_someone_to_act_makes_them_the_doer():
    ex = run("Reactions\n\nFederal agents raided a car wash on Friday, prompting Karen Bass to "
             "condemn ICE.")
    r = rels(ex)
    assert ("karen-bass", "CRITICIZES", "ice") in r
    assert ("federal-agents", "CRITICIZES", "ice") not in r


def test_a_move_that_someone_condemned_is_aimed_at_its_maker():
    ex = run("Reactions\n\nDonald Trump deployed 700 Marines, a move that Gavin Newsom "
             "condemned.")
    r = rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    assert ("gavin-newsom", "CRITICIZES", "marines") not in r


def test_both_democrats_describes_the_subjects():
    ex = run("Reactions\n\nGavin Newsom and Rob Bonta, both Democrats, criticized Pete "
             "Hegseth.")
    r = rels(ex)
    assert ("rob-bonta", "CRITICIZES", "pete-hegseth") in r
    assert ("democrats", "CRITICIZES", "pete-hegseth") not in r


def test_as_did_and_so_did_repeat_the_act_for_another():
    ex = run("Reactions\n\nGavin Newsom sued Donald Trump, as did Rob Bonta.")
    assert ("rob-bonta", "SUES", "donald-trump") in rels(ex)
    ex = run("Reactions\n\nGavin Newsom criticized Donald Trump. So did Karen Bass.")
    assert ("karen-bass", "CRITICIZES", "donald-trump") in rels(ex)


def test_what_someone_is_accused_of_backing_is_no_support_of_theirs():
    ex = run("Reactions\n\nKristi Noem accused Karen Bass of siding with the rioters.")
    r = rels(ex)
    assert ("kristi-noem", "CRITICIZES", "karen-bass") in r
    assert ("karen-bass", "SUPPORTS", "protesters") not in r


def test_harming_a_good_thing_is_a_judgement_of_the_one_addressed():
    # "violating the rights": the verb judges; "rights" is no praise that cancels it
    ex = run('Letters\n\nAlex Padilla told Kristi Noem: "You are violating the rights of '
             'Californians."')
    assert ("alex-padilla", "CRITICIZES", "kristi-noem") in rels(ex)


def test_a_letter_to_someone_makes_them_the_quotes_you():
    ex = run('Letters\n\nIn a letter to Kristi Noem, Alex Padilla wrote: "Your agents are '
             'violating the law."')
    r = rels(ex)
    assert ("alex-padilla", "CRITICIZES", "kristi-noem") in r
    assert not any("padilla" in s and "noem" in s for s, _t, _o in r)  # one actor each


def test_judging_an_act_named_again_judges_its_doer():
    ex = run("Raids\n\nFederal agents detained David Huerta on Friday. SEIU denounced "
             "the arrest.")
    assert ("seiu", "CRITICIZES", "federal-agents") in rels(ex)
    ex = run("Troops\n\nDonald Trump federalized 2,000 Guard troops. Democrats condemned "
             "the move.")
    assert ("democrats", "CRITICIZES", "donald-trump") in rels(ex)


def test_raids_in_general_are_not_the_last_raid():
    ex = run("Raids\n\nICE agents raided a car wash in Downey. Karen Bass condemned the "
             "raids across the city.")
    assert ("karen-bass", "CRITICIZES", "ice") not in rels(ex)


def test_a_name_that_labels_protests_is_not_he():
    ex = run("History\n\nDonald Trump has done this before. During his first term, amid "
             "the George Floyd protests, he threatened to deploy troops to cities.")
    assert not any(s == "george-floyd" for s, _t, _o in rels(ex))


def test_labelling_an_act_done_to_someone_judges_its_doer():
    ex = run('Arrest\n\nFederal agents detained David Huerta on Friday. Alex Padilla called '
             'Huerta\'s detention "an outrageous abuse of power."')
    assert ("alex-padilla", "CRITICIZES", "federal-agents") in rels(ex)
    ex = run("Arrest\n\nFederal agents handcuffed Alex Padilla at a news conference. Chuck "
             "Schumer condemned the treatment of Padilla.")
    assert ("chuck-schumer", "CRITICIZES", "federal-agents") in rels(ex)


def test_the_ruling_is_the_judges_after_a_ruling_that_names_an_owner():
    ex = run("Ruling\n\nJudge Charles Breyer ruled Thursday that Donald Trump's deployment was "
             "illegal. Gavin Newsom hailed the ruling as a victory.")
    assert ("gavin-newsom", "SUPPORTS", "charles-breyer") in rels(ex)


def test_headline_verbs_the_parser_reads_as_plural_nouns():
    for headline, want in (("Trump rips Newsom", ("donald-trump", "CRITICIZES", "gavin-newsom")),
                           ("Newsom fires back at Trump",
                            ("gavin-newsom", "CRITICIZES", "donald-trump")),
                           ("Bonta files lawsuit against Hegseth",
                            ("rob-bonta", "SUES", "pete-hegseth")),
                           # (the part before a colon, and a verb in capitals)
                           ("Supreme Court Rules Against Pritzker: Troops Stay in Chicago",
                            ("supreme-court", "OPPOSES", "jb-pritzker")),
                           ("Bass BLASTS Homan as Raids Spread",
                            ("karen-bass", "CRITICIZES", "tom-homan"))):
        ex = run(headline + "\n\nDonald Trump spoke on Monday.")
        assert want in rels(ex), headline


def test_the_democrat_as_a_subject_points_back_like_she():
    ex = run("Reactions\n\nKaren Bass urged calm on Sunday. The Democrat also accused Tom "
             "Homan of lying about the arrests.")
    assert ("karen-bass", "CRITICIZES", "tom-homan") in rels(ex)
    ex = run("Reactions\n\nKaren Bass urged calm on Sunday. The Democrats accused Tom Homan "
             "of lying.")
    assert ("karen-bass", "CRITICIZES", "tom-homan") not in rels(ex)


def test_clashes_that_broke_out_between_two_sides():
    ex = run("Scene\n\nClashes broke out between protesters and LAPD officers on Saturday.")
    assert ("protesters", "CLASHES_WITH", "lapd") in rels(ex)


def test_taking_someone_to_court_or_to_task():
    ex = run("Suit\n\nRob Bonta took the Trump administration to court on Monday.")
    assert ("rob-bonta", "SUES", "white-house") in rels(ex)
    ex = run("Suit\n\nKaren Bass took the children to school on Monday.")
    assert not rels(ex)
    ex = run("Reactions\n\nGavin Newsom took Donald Trump to task on Friday.")
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run("Reactions\n\nGavin Newsom unloaded on Donald Trump at a news conference.")
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)


def test_side_nouns_as_one_of_and_as_predicates():
    ex = run("Reactions\n\nKristi Noem, one of Donald Trump's closest allies, spoke on Monday.")
    assert ("kristi-noem", "SUPPORTS", "donald-trump") in rels(ex)
    ex = run("Reactions\n\nGavin Newsom has emerged as one of Donald Trump's sharpest critics.")
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run("Reactions\n\nNewsom's critics, including Sheriff Chad Bianco, spoke on Monday.")
    assert ("chad-bianco", "CRITICIZES", "gavin-newsom") in rels(ex)
    ex = run("Reactions\n\nDonald Trump called Gavin Newsom an ally of the rioters.")
    assert ("donald-trump", "SUPPORTS", "protesters") not in rels(ex)
    ex = run("Reactions\n\nGavin Newsom is no ally of Donald Trump.")
    assert ("gavin-newsom", "SUPPORTS", "donald-trump") not in rels(ex)


def test_a_statement_speaks_for_whoever_issued_it():
    ex = run("Statements\n\nA DHS statement accused Gavin Newsom of encouraging violent mobs.")
    assert ("dhs", "CRITICIZES", "gavin-newsom") in rels(ex)
    ex = run("Statements\n\nA statement on DHS's X account accused Alex Padilla of "
             '"disrespectful political theater."')
    assert ("dhs", "CRITICIZES", "alex-padilla") in rels(ex)
    ex = run('Statements\n\nDHS issued a statement on Sunday. "Karen Bass is incompetent," '
             "the statement said.")
    assert ("dhs", "CRITICIZES", "karen-bass") in rels(ex)


def test_a_lead_after_a_headline_without_a_stop_keeps_its_first_name():
    ex = run("Lawsuit filed over raids\n\nNewsom and Bonta sued ICE over the arrests.")
    r = rels(ex)
    assert ("gavin-newsom", "SUES", "ice") in r and ("rob-bonta", "SUES", "ice") in r


def test_bare_activists_students_and_mayors_are_groups():
    ex = run("Reactions.\n\nActivists criticized Kristi Noem on Monday.")
    assert ("activists", "CRITICIZES", "kristi-noem") in rels(ex)
    ex = run("Reactions.\n\nMayors criticized Donald Trump for sending troops.")
    assert ("mayors", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run("Reactions.\n\nOfficials criticized Donald Trump for sending troops.")
    assert not any(s == "officials" for s, _t, _o in rels(ex))  # too vague to be one


def test_a_number_of_a_group_as_subject_is_the_group():
    ex = run("Scene.\n\nHundreds of protesters clashed with LAPD officers on Sunday night.")
    assert ("protesters", "CLASHES_WITH", "lapd") in rels(ex)
    ex = run("Scene.\n\nLeaders of the SEIU criticized Kristi Noem for the arrest.")
    assert ("seiu", "CRITICIZES", "kristi-noem") in rels(ex)
    ex = run("Scene.\n\nDonald Trump deployed thousands of National Guard troops and Marines.")
    assert ("donald-trump", "ORDERS", "marines") in rels(ex)


def test_companions_share_the_act():
    for text in ("Together with the ACLU, CHIRLA sued DHS over the arrests.",
                 "CHIRLA, together with the ACLU, sued DHS.",
                 "Alongside the ACLU, CHIRLA sued DHS."):
        assert ("aclu", "SUES", "dhs") in rels(run("Suits.\n\n" + text)), text
    ex = run("Suits.\n\nGavin Newsom, joined by Rob Bonta, sued the Trump administration.")
    assert ("rob-bonta", "SUES", "white-house") in rels(ex)


def test_acts_on_each_other_go_both_ways():
    ex = run("Feud.\n\nGavin Newsom and Donald Trump attacked each other on social media.")
    r = rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in r


def test_what_someone_called_an_owners_act():
    ex = run("Curfew.\n\nKaren Bass said the city would not be intimidated by what she called "
             'President Trump\'s "chaotic escalation."')
    assert ("karen-bass", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run("Reactions.\n\nAlex Padilla denounced what he called Kristi Noem's \"shameful\" "
             "treatment of immigrant families.")
    assert ("alex-padilla", "CRITICIZES", "kristi-noem") in rels(ex)


def test_a_quote_referring_to_or_addressing_someone():
    ex = run('Reactions.\n\n"He is reckless," Karen Bass said, referring to Donald Trump.')
    assert ("karen-bass", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run('Reactions.\n\n"You are a disgrace," Gavin Newsom posted, addressing Tom Homan.')
    assert ("gavin-newsom", "CRITICIZES", "tom-homan") in rels(ex)


def test_comebacks_and_counters_report_a_judgement():
    for verb in ("fired back", "hit back", "countered"):
        ex = run(f'Reactions.\n\nGavin Newsom {verb} that Donald Trump was "unhinged."')
        assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex), verb


def test_weapons_fired_by_someone_at_someone():
    ex = run("Scene.\n\nSeveral demonstrators were struck by rubber bullets fired by LAPD "
             "officers.")
    assert ("lapd", "COERCES", "protesters") in rels(ex)
    ex = run("Scene.\n\nTear gas was fired at protesters by federal agents.")
    assert ("federal-agents", "COERCES", "protesters") in rels(ex)
    ex = run("Scene.\n\nThe union struck a deal with the city.")
    assert not rels(ex)


def test_one_protester_belongs_to_the_protesters():
    ex = run("Scene.\n\nFederal agents tackled a protester.")
    assert ("federal-agents", "COERCES", "protesters") in rels(ex)
    ex = run("Scene.\n\nA protester threw a rock at LAPD officers.")
    assert ("protesters", "COERCES", "lapd") in rels(ex)


def test_them_is_not_the_subject_of_the_verb_it_is_joined_to():
    ex = run("Scene.\n\nWhen demonstrators refused to disperse, LAPD officers moved in and "
             "arrested them.")
    assert ("lapd", "COERCES", "protesters") in rels(ex)


def test_a_label_parsed_as_a_verbless_clause():
    ex = run('Labels.\n\nDonald Trump branded the protesters "insurrectionists."')
    assert ("donald-trump", "CRITICIZES", "protesters") in rels(ex)


def test_headline_sayings_before_a_colon():
    body = "\n\nDonald Trump, Gavin Newsom and Tom Homan spoke on Monday."
    ex = run('Newsom on Trump: "He is a liar and a coward"' + body)
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run("Trump: Newsom 'should be arrested'" + body)
    assert ("donald-trump", "THREATENS", "gavin-newsom") in rels(ex)
    ex = run("LIVE UPDATES: Protests continue in Los Angeles" + body)
    assert not rels(ex)


def test_the_arrest_names_an_arrest_not_any_force():
    ex = run("Charges.\n\nBill Essayli charged David Huerta with conspiracy. SEIU condemned "
             "the arrest.")
    assert ("seiu", "CRITICIZES", "bill-essayli") not in rels(ex)


def test_anyone_including_someone_is_them():
    ex = run("Threats.\n\nTom Homan threatened to arrest anyone who obstructs ICE, including "
             "Gavin Newsom.")
    assert ("tom-homan", "THREATENS", "gavin-newsom") in rels(ex)
    ex = run("Threats.\n\nTom Homan doubled down on his threat to arrest anyone who obstructs "
             "ICE, including Gavin Newsom.")
    r = [(x.source, x.type, x.target, x.mode) for x in ex.relations]
    assert ("tom-homan", "COERCES", "gavin-newsom", "hypothetical") in r
    assert ("tom-homan", "COERCES", "gavin-newsom", "asserted") not in r


def test_he_in_an_opening_participle_clause_is_the_subject_after_it():
    ex = run("Scene.\n\nGavin Newsom spoke first. Asked whether he supported Tom Homan's plan, "
             "Donald Trump said he would.")
    r = [(x.source, x.target) for x in ex.relations]
    assert ("gavin-newsom", "tom-homan") not in r


def test_a_second_verb_hung_on_a_reported_clause_keeps_the_speakers_mode():
    ex = run("Scene.\n\nJim McDonnell said the curfew had worked and defended the LAPD.")
    r = [(x.source, x.type, x.target, x.mode) for x in ex.relations]
    assert ("jim-mcdonnell", "SUPPORTS", "lapd", "asserted") in r


def test_keeping_agents_away_and_resolutions_that_condemn():
    ex = run("Schools.\n\nLAUSD locked campus gates to keep ICE out.")
    assert ("lausd", "OPPOSES", "ice") in rels(ex)
    ex = run("Council.\n\nThe Los Angeles City Council passed a resolution condemning the ICE "
             "raids.")
    assert ("la-city-council", "SUPPORTS", "immigration-raids") not in rels(ex)


def test_an_unnamed_judge_or_court_is_an_actor_of_its_own():
    ex = run("Ruling.\n\nA federal judge sided with Gov. Gavin Newsom on Thursday.")
    assert ("federal-judge", "SUPPORTS", "gavin-newsom") in rels(ex)
    ex = run("Ruling.\n\nJudge Charles Breyer ruled for Newsom. The judge then ordered Donald "
             "Trump to return control.")
    assert ("charles-breyer", "ORDERS", "donald-trump") in rels(ex)
    assert not any(a.id == "judge" for a in ex.actors)
    ex = run("Ruling.\n\nRob Bonta asked a judge to block the deployment.")
    assert not any(a.id == "judge" for a in ex.actors)


def test_an_unnamed_court_is_the_one_named_at_its_level():
    text = ("Ruling.\n\nA federal appeals court on Friday allowed Donald Trump to keep the "
            "troops in Portland. A panel of the 9th U.S. Circuit Court of Appeals heard the case "
            "after U.S. District Judge Karin Immergut ruled.")
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in rels(run(text))
    # (two courts of that level named: no telling which)
    text = text.replace("after U.S.", "after the Fifth Circuit Court of Appeals and U.S.")
    assert not any(s == "ninth-circuit" and t == "donald-trump" for s, _, t in rels(run(text)))


def test_bare_prosecutors_are_a_group():
    ex = run("Charges.\n\nFederal prosecutors charged David Huerta with conspiracy.")
    assert ("federal-prosecutors", "COERCES", "david-huerta") in rels(ex)


def test_quotes_judging_several_and_quotes_after_a_colon():
    ex = run('Scene.\n\n"Newsom and Bass are a disgrace," Tom Homan said.')
    r = rels(ex)
    assert ("tom-homan", "CRITICIZES", "gavin-newsom") in r
    assert ("tom-homan", "CRITICIZES", "karen-bass") in r
    ex = run('Scene.\n\nKaren Bass was blunt: "Donald Trump is deliberately provoking this city."')
    assert ("karen-bass", "CRITICIZES", "donald-trump") in rels(ex)


def test_they_opening_a_quote_is_the_group_named_before():
    ex = run('Scene.\n\nICE agents raided a car wash in Downey. "They are terrorizing our '
             'communities," Karen Bass said.')
    assert ("karen-bass", "CRITICIZES", "ice") in rels(ex)


def test_refusing_to_let_someone_do_harm_opposes_them():
    ex = run('Scene.\n\n"We will not let ICE terrorize our communities," Karen Bass said.')
    assert ("karen-bass", "OPPOSES", "ice") in rels(ex)
    ex = run('Scene.\n\n"We will not let our residents face this alone," Karen Bass said.')
    assert not rels(ex)


def test_what_an_act_draws_is_aimed_at_its_maker_not_its_patient():
    ex = run("Scene.\n\nTom Homan's threat to arrest Gavin Newsom drew fire from Alex Padilla.")
    assert ("alex-padilla", "CRITICIZES", "tom-homan") in rels(ex)
    ex = run("Scene.\n\nThe arrest of Alex Padilla prompted condemnation from Chuck Schumer.")
    assert ("chuck-schumer", "CRITICIZES", "alex-padilla") not in rels(ex)
    ex = run("Scene.\n\nThe detention of a U.S. citizen by ICE agents drew criticism from Karen "
             "Bass.")
    assert ("karen-bass", "CRITICIZES", "ice") in rels(ex)


def test_social_media_handles_are_their_owners():
    ex = run('Posts.\n\n"Donald Trump is deliberately provoking this city," @GavinNewsom wrote.')
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)


def test_dismissing_something_as_a_stunt_is_a_label():
    ex = run("Suit.\n\nRob Bonta sued the Trump administration on Monday. A White House "
             "spokeswoman, Abigail Jackson, dismissed the lawsuit as a political stunt.")
    assert ("abigail-jackson", "CRITICIZES", "rob-bonta") in rels(ex)
    ex = run("Suit.\n\nJudge Charles Breyer dismissed the lawsuit on Monday.")
    assert not rels(ex)


def test_at_odds_with_is_a_clash():
    ex = run("Feud.\n\nGavin Newsom has been at odds with Donald Trump for months.")
    assert ("gavin-newsom", "CLASHES_WITH", "donald-trump") in rels(ex)


def test_outcomes_handed_to_someone():
    ex = run("Ruling.\n\nThe 9th Circuit handed Donald Trump a victory on Thursday.")
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in rels(ex)
    ex = run("Ruling.\n\nIn a win for Gavin Newsom, Judge Charles Breyer blocked the deployment.")
    assert ("charles-breyer", "SUPPORTS", "gavin-newsom") in rels(ex)
    ex = run("Ruling.\n\nDonald Trump's win in court was short-lived.")
    assert not rels(ex)


def test_a_quote_damning_someones_act_by_its_owner():
    ex = run('Ruling.\n\n"Today\'s ruling is a resounding rebuke of Donald Trump\'s authoritarian '
             'power grab," Rob Bonta said.')
    assert ("rob-bonta", "CRITICIZES", "donald-trump") in rels(ex)


def test_rather_than_and_instead_of_deny_the_act():
    ex = run("Scene.\n\nInstead of criticizing the protesters, Karen Bass praised the LAPD.")
    r = [(x.source, x.type, x.target, x.mode) for x in ex.relations]
    assert ("karen-bass", "SUPPORTS", "lapd", "asserted") in r
    assert not any(t == "CRITICIZES" and m != "negated" for _s, t, _o, m in r)
    ex = run("Scene.\n\nRather than blame the officers, Karen Bass thanked the LAPD.")
    assert ("karen-bass", "CRITICIZES", "lapd") not in rels(ex)


def test_a_question_asks_rather_than_tells():
    ex = run("Scene.\n\nGavin Newsom spoke on Monday. Will he sue Donald Trump over the Marines?")
    assert all(x.mode != "asserted" for x in ex.relations if x.type == "SUES")


def test_responding_with_force_is_force_against_those_answered():
    ex = run("Scene.\n\nProtesters threw rocks at federal agents, who responded with tear gas.")
    assert ("federal-agents", "COERCES", "protesters") in rels(ex)
    ex = run("Scene.\n\nProtesters threw bottles at the officers. LAPD officers responded with "
             "rubber bullets.")
    assert ("lapd", "COERCES", "protesters") in rels(ex)
    ex = run("Scene.\n\nKaren Bass criticized ICE. Tom Homan responded with a statement.")
    assert ("tom-homan", "COERCES", "karen-bass") not in rels(ex)


def test_refusing_to_cooperate_opposes():
    ex = run("Scene.\n\nKaren Bass said the LAPD would not cooperate with ICE.")
    r = [(x.source, x.type, x.target, x.mode) for x in ex.relations]
    assert ("lapd", "OPPOSES", "ice", "reported") in r
    ex = run("Scene.\n\nThe LAPD did not cooperate with ICE on Friday.")
    assert ("lapd", "OPPOSES", "ice") not in rels(ex)


def test_his_release_is_the_release_of_the_one_held():
    ex = run("Scene.\n\nFederal agents arrested David Huerta on Friday. Bill Essayli charged him "
             "on Monday. SEIU condemned the arrest and demanded his release.")
    r = rels(ex)
    assert ("seiu", "SUPPORTS", "david-huerta") in r
    assert ("seiu", "SUPPORTS", "bill-essayli") not in r


def test_the_lawsuit_names_a_defendant_for_whoever_sued():
    ex = run("Suit.\n\nGavin Newsom sued Donald Trump on Monday. The lawsuit, filed in federal "
             "court, also names Defense Secretary Pete Hegseth as a defendant.")
    assert ("gavin-newsom", "SUES", "pete-hegseth") in rels(ex)


def test_a_quote_damning_the_leadership_of_someone():
    ex = run('Scene.\n\n"We are here to liberate the city from the burdensome leadership of '
             'Gavin Newsom and Karen Bass," Kristi Noem said.')
    r = rels(ex)
    assert ("kristi-noem", "CRITICIZES", "gavin-newsom") in r
    assert ("kristi-noem", "CRITICIZES", "karen-bass") in r


def test_idioms_of_blame_in_quotes_and_reported_words():
    ex = run('Scene.\n\n"ICE has no business near our schools," Karen Bass said.')
    assert ("karen-bass", "CRITICIZES", "ice") in rels(ex)
    ex = run('Scene.\n\nMike Johnson said Gavin Newsom should "get out of the way."')
    assert ("mike-johnson", "CRITICIZES", "gavin-newsom") in rels(ex)
    ex = run('Scene.\n\n"ICE is not out of control," Tom Homan said.')
    assert not rels(ex)


def test_a_quote_split_by_its_attribution():
    ex = run('Scene.\n\n"Gavin Newsom," Donald Trump said, "is doing a terrible job."')
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in rels(ex)


def test_praise_of_he_or_she_named_before_the_quote():
    ex = run('Scene.\n\nDonald Trump spoke with Tom Homan. "He is doing a fantastic job," Trump '
             'said.')
    assert ("donald-trump", "SUPPORTS", "tom-homan") in rels(ex)


def test_respectively_pairs_each_with_its_own():
    ex = run("Scene.\n\nGavin Newsom and Karen Bass criticized Donald Trump and Kristi Noem, "
             "respectively.")
    r = rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    assert ("karen-bass", "CRITICIZES", "kristi-noem") in r
    assert ("gavin-newsom", "CRITICIZES", "kristi-noem") not in r


def test_he_in_a_condition_is_the_passive_subject_it_hangs_on():
    ex = run("Scene.\n\nDonald Trump said Gavin Newsom would be arrested if he tried to stop "
             "ICE agents.")
    r = rels(ex)
    assert ("donald-trump", "THREATENS", "gavin-newsom") in r
    assert ("donald-trump", "OPPOSES", "ice") not in r


def test_an_act_on_a_condition_is_hypothetical():
    ex = run('Scene.\n\n"If Gavin Newsom interferes with ICE, I will arrest him," Tom Homan said.')
    r = [(x.source, x.type, x.target, x.mode) for x in ex.relations]
    assert ("tom-homan", "COERCES", "gavin-newsom", "hypothetical") in r
    assert not any(t == "COERCES" and m != "hypothetical" for _s, t, _o, m in r)


def test_praising_the_guard_troops_praises_the_guard():
    ex = run("Scene.\n\nDonald Trump praised the Guard troops as brave patriots.")
    assert ("donald-trump", "SUPPORTS", "national-guard") in rels(ex)
    ex = run("Scene.\n\nGavin Newsom challenged the Guard deployment.")
    assert ("gavin-newsom", "OPPOSES", "national-guard") not in rels(ex)


def test_photo_credits_are_not_actors():
    ex = run("Scene.\n\nDemonstrators confront police officers on Spring Street. (AP Photo/Eric "
             "Thayer)")
    assert not any("thayer" in a.id for a in ex.actors)
    ex = run("Scene.\n\nProtesters gather downtown. (Photo by Mario Tama/Getty Images)")
    assert not any("tama" in a.id for a in ex.actors)


def test_the_state_of_a_place_acts_as_the_place():
    ex = run("Scene.\n\nOn Monday the state of Illinois and the city of Chicago filed suit against "
             "Donald Trump over the deployment.")
    r = rels(ex)
    assert ("illinois", "SUES", "donald-trump") in r
    assert ("chicago", "SUES", "donald-trump") in r
    ex = run("Scene.\n\nDonald Trump toured the state of Texas on Monday.")
    assert not any(a.id == "texas" and a.kind != "Location" for a in ex.actors)
    assert not any(s == "texas" for s, _t, _o in rels(ex))


def test_a_transcript_label_speaks_its_line():
    ex = run("Interview\nGovernor Gavin Newsom talked with Jacob Soboroff of MSNBC.\n"
             "SOBOROFF: What have you seen tonight?\n"
             "GOVERNOR: Donald Trump has created these conditions. He has exacerbated the "
             "conditions.\nSOBOROFF: Thank you.")
    r = rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    assert ("gavin-newsom", "CRITICIZES", "jacob-soboroff") not in r


def test_a_transcript_label_names_a_new_speaker():
    ex = run("Hearing\nSEN. MAZIE HIRONO: \u201cThe president is a reckless and dangerous man.\u201d\n"
             "PETE HEGSETH: \u201cI disagree.\u201d\nHIRONO: \u201cThat is not an answer.\u201d")
    assert any(a.id == "mazie-hirono" and a.kind == "Person" for a in ex.actors)
    assert ("mazie-hirono", "CRITICIZES", "donald-trump") in rels(ex)


def test_section_labels_are_not_speakers():
    ex = run("Playbook\nPOLITICO Playbook: Good morning.\nDRIVING THE DAY: Donald Trump blasted "
             "Gavin Newsom.\nHILL REACTION: Quiet.")
    assert {a.id for a in ex.actors} <= {"donald-trump", "gavin-newsom"}
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in rels(ex)


def test_a_department_the_tagger_calls_a_place_acts_through_its_officers():
    ex = run("Scene.\n\nCouncil member Sandy Nurse was arrested by New York City Police Department "
             "officers outside the building.")
    assert any(a.name == "New York City Police Department" and a.kind == "Organization"
               for a in ex.actors)
    assert ("nypd", "COERCES", "sandy-nurse") in rels(ex)  # (the gazetteer's id)


def test_a_passive_phrasal_verb_has_its_agent_as_doer():
    r = rels(run("Scene.\n\nRep. Jimmy Gomez returned on Tuesday but was turned away by ICE "
                 "officials."))
    assert ("ice", "OPPOSES", "jimmy-gomez") in r
    r = rels(run("Scene.\n\nKaren Bass was called out by Donald Trump on Monday."))
    assert ("donald-trump", "CRITICIZES", "karen-bass") in r
    assert ("karen-bass", "CRITICIZES", "donald-trump") not in r


def test_clergy_are_a_group():
    r = rels(run("Scene.\n\nCatholic bishops delivered a rare public rebuke of Donald Trump's "
                 "immigration policies."))
    assert ("catholic-bishops", "CRITICIZES", "donald-trump") in r


def test_known_names_run_together_are_each_themselves():
    ex = run("Scene.\n\nA dozen workers were taken into custody by Border Patrol and Immigration "
             "and Customs Enforcement (ICE) agents on Monday.")
    ids = {a.id for a in ex.actors}
    assert {"border-patrol", "ice"} <= ids
    assert not any("and-immigration" in i for i in ids)
    assert ("border-patrol", "COERCES", "workers") in rels(ex)
    ex = run("Scene.\n\nHundreds of California National Guardsmen were released from duty by "
             "Donald Trump on Tuesday.")
    assert not any(a.name == "California National Guardsmen" for a in ex.actors)


def test_force_used_on_someone_is_coercion():
    assert ("lapd", "COERCES", "protesters") in rels(run(
        "Scene.\n\nLAPD officers used tear gas on protesters Saturday."))
    assert ("lapd", "COERCES", "protesters") in rels(run(
        "Scene.\n\nResidents criticized the LAPD's use of force against protesters."))
    r = rels(run("Scene.\n\nProtesters used umbrellas against the rain, and Karen Bass praised "
                 "the LAPD."))
    assert not any(t == "COERCES" for _s, t, _o in r)


def test_an_arrest_by_someone_holds_its_possessor():
    r = rels(run("Scene.\n\nRas Baraka pleaded not guilty, a week after his arrest by ICE at "
                 "Delaney Hall."))
    assert ("ice", "COERCES", "ras-baraka") in r
    assert not any(s == "ras-baraka" for s, _t, _o in r)


def test_a_one_word_headline_name_has_no_line_break():
    ex = run("Baraka\nRas Baraka pleaded not guilty on Thursday.")
    assert all("\n" not in a.name for a in ex.actors)


def test_seconding_someone_backs_them():
    assert ("donald-trump", "SUPPORTS", "tom-homan") in rels(run(
        "Scene.\n\nIn response, Donald Trump seconded Tom Homan."))


def test_an_act_someone_is_asked_to_do_is_not_done():
    r = rels(run("Scene.\n\nFarm owners urged Donald Trump to pause ICE raids in their fields."))
    assert ("donald-trump", "OPPOSES", "ice") not in r
    r = rels(run("Scene.\n\nDHS called on Governor JB Pritzker to condemn the rioters."))
    assert ("jb-pritzker", "CRITICIZES", "protesters") not in r
    assert ("jb-pritzker", "CRITICIZES", "protesters") in rels(run(
        "Scene.\n\nGovernor JB Pritzker condemned the rioters."))


def test_traded_taunts_go_both_ways_between_the_sides_only():
    r = rels(run("Scene.\n\nDonald Trump and his border czar, Tom Homan, traded taunts with Gavin "
                 "Newsom on Monday."))
    assert {("donald-trump", "CRITICIZES", "gavin-newsom"), ("gavin-newsom", "CRITICIZES", "tom-homan"),
            ("tom-homan", "CRITICIZES", "gavin-newsom")} <= r
    assert ("donald-trump", "CRITICIZES", "tom-homan") not in r


def test_taking_the_step_of_an_act_is_doing_it():
    r = rels(run("Scene.\n\nDonald Trump took the extraordinary step of federalizing the National "
                 "Guard in Los Angeles."))
    assert ("donald-trump", "ORDERS", "national-guard") in r


def test_guns_pointed_at_people_are_force():
    r = rels(run("Scene.\n\nNational Guard troops pointed guns at outreach workers in the park."))
    assert ("national-guard", "COERCES", "outreach-workers") in r


def test_his_in_an_opening_in_phrase_is_the_subject_that_follows():
    r = rels(run("Scene.\n\nIn defending his decision to deploy the Marines to Los Angeles, President "
                 "Donald Trump has distorted comments made by Chief Jim McDonnell."))
    assert ("donald-trump", "ORDERS", "marines") in r


def test_a_line_of_officers_is_the_officers():
    r = rels(run("Scene.\n\nA line of DHS officers advanced on the crowd, shoving protesters with "
                 "riot shields."))
    assert ("dhs", "COERCES", "protesters") in r


def test_a_challenge_filed_in_response_to_an_act_sues_its_doer():
    r = rels(run("Scene.\n\nThe case stems from a legal challenge filed by Gavin Newsom in response "
                 "to Donald Trump's decision to federalize the Guard."))
    assert ("gavin-newsom", "SUES", "donald-trump") in r


def test_a_numbered_bill_is_no_actor():
    ex = run("Scene.\n\nGovernor Gavin Newsom signed Senate Bill 627 on Saturday.")
    assert {a.id for a in ex.actors} <= {"gavin-newsom"}
    assert not rels(ex)


def test_an_abbreviated_bill_or_ballot_measure_is_no_actor():
    ex = run("Scene.\n\nSheriff Lupe Arreola said SB 54 protects immigrants in Fresno. AB 49 "
             "would bar ICE from schools, and Prop 50 passed easily.")
    names = {a.name for a in ex.actors}
    assert "Lupe Arreola" in names
    assert not names & {"SB", "AB", "Prop", "SB 54", "AB 49", "Prop 50"}
    assert not any(s in {"sb", "ab", "prop"} for s, _t, _o in rels(ex))


def test_investigating_an_agencys_raid_is_no_act_against_the_agency():
    r = rels(run("Scene.\n\nThe Fresno Police Department is investigating an ICE raid that took "
                 "place on Tuesday. Attorney General Ana Ruiz is investigating ICE."))
    assert not any(s == "fresno-police-department" for s, _t, _o in r)
    assert ("ana-ruiz", "OPPOSES", "ice") in r


def test_stopping_people_from_being_targeted_shields_them():
    r = rels(run("Scene.\n\nA federal judge issued an order that stops reporters from being "
                 "targeted by LAPD officers."))
    assert not any(o == "reporters" and t == "OPPOSES" for _s, t, o in r)
    r = rels(run("Scene.\n\nJudge Charles Breyer blocked Donald Trump from deploying the Guard."))
    assert ("charles-breyer", "OPPOSES", "donald-trump") in r


def test_prohibiting_and_refusing_access_oppose():
    r = rels(run("Scene.\n\nJudge Charles Breyer's injunction prohibits Donald Trump from using "
                 "military personnel in California."))
    assert ("charles-breyer", "OPPOSES", "donald-trump") in r
    r = rels(run("Scene.\n\nICE officials refused to allow Maxine Waters to enter the building."))
    assert ("ice", "OPPOSES", "maxine-waters") in r
    r = rels(run("Scene.\n\nICE officials allowed Maxine Waters to enter the building."))
    assert ("ice", "OPPOSES", "maxine-waters") not in r


def test_a_warning_issued_to_someone_threatens_them():
    assert ("tom-homan", "THREATENS", "gavin-newsom") in rels(run(
        "Scene.\n\nTom Homan issued a warning to Gavin Newsom."))


def test_trolling_and_mocking_criticise():
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(run(
        "Scene.\n\nGavin Newsom's relentless mocking of Donald Trump online has irked his allies."))
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(run(
        "Scene.\n\nGavin Newsom started to troll Donald Trump on social media."))


def test_more_verbs_of_criticism():
    r = rels(run("Scene.\n\nDonald Trump and Gavin Newsom skewer each other after the deployment."))
    assert {("donald-trump", "CRITICIZES", "gavin-newsom"),
            ("gavin-newsom", "CRITICIZES", "donald-trump")} <= r
    assert ("karen-bass", "CRITICIZES", "kristi-noem") in rels(run(
        "Scene.\n\nKaren Bass chided Kristi Noem on Monday."))


def test_those_harmed_in_a_quote_are_not_the_ones_it_blames():
    r = rels(run("Scene.\n\nICE agents are protecting federal buildings. \"And if they're attacked, "
                 "that's lawless,\" Pete Hegseth said."))
    assert ("pete-hegseth", "CRITICIZES", "ice") not in r


def test_a_suit_filed_against_several_by_someone_is_that_persons_suit_against_each():
    r = rels(run("Scene.\n\nWashington's suit was filed against Donald Trump and Pete Hegseth in "
                 "federal court on Monday by Attorney General Nick Brown."))
    assert {("nick-brown", "SUES", "donald-trump"), ("nick-brown", "SUES", "pete-hegseth")} <= r
    assert not {x for x in r if x[0] == "nick-brown" and x[2] not in ("donald-trump",
                                                                     "pete-hegseth")}


def test_putting_troops_on_alert_orders_them_and_a_person_on_notice_threatens():
    assert ("pete-hegseth", "ORDERS", "marines") in rels(run(
        "Scene.\n\nPete Hegseth put 500 Marines at Camp Pendleton on alert."))
    assert ("donald-trump", "THREATENS", "karen-bass") in rels(run(
        "Scene.\n\nDonald Trump put Karen Bass on notice."))


def test_demanding_the_release_of_people_someone_arrested_opposes_the_one_holding_them():
    r = rels(run("Scene.\n\nThe protesters demanded the release of every worker whom ICE had "
                 "arrested at the car wash."))
    assert ("protesters", "OPPOSES", "ice") in r
    assert ("protesters", "SUPPORTS", "ice") not in r


def test_acting_to_prevent_an_issue_opposes_it_but_a_policy_preventing_something_does_not():
    assert ("oregon", "OPPOSES", "national-guard-deployment") in rels(run(
        "Scene.\n\nOregon sued Donald Trump on Monday to prevent the deployment of National "
        "Guard troops."))
    r = rels(run("Scene.\n\nTom Homan blasted sanctuary policies that prevent cooperation with "
                 "ICE."))
    assert ("tom-homan", "SUPPORTS", "sanctuary-policies") not in r


def test_a_quote_standing_alone_after_a_sentence_of_saying_is_its_subjects():
    for lead in ("Mayor Lupe Arreola of Fresno responded on Sunday.",
                 "Mayor Lupe Arreola of Fresno fired back on Sunday.",
                 "Mayor Lupe Arreola of Fresno issued a statement on Sunday."):
        ex = run(f'Reactions\n\n{lead} "ICE is out of control."')
        assert ("lupe-arreola", "CRITICIZES", "ice") in rels(ex), lead


def test_a_quote_after_a_sentence_that_says_nothing_has_no_speaker():
    ex = run('Reactions\n\nMayor Lupe Arreola of Fresno visited the site on Sunday. '
             '"ICE is out of control."')
    assert ("lupe-arreola", "CRITICIZES", "ice") not in rels(ex)


def test_a_quote_with_its_own_attribution_does_not_run_on_from_the_last_speaker():
    ex = run('Reactions\n\n"We welcome the families," Mayor Lupe Arreola of Fresno said. '
             '"ICE agents are out of control," the woman shouted.')
    assert ("lupe-arreola", "CRITICIZES", "ice") not in rels(ex)


def test_refusing_to_cooperate_with_ice_supports_sanctuary_policies():
    for text in ("Sheriff Lupe Arreola of Fresno County refused to cooperate with ICE.",
                 "Mayor Lupe Arreola of Fresno promised not to cooperate with ICE."):
        r = rels(run(f"Reactions\n\n{text}"))
        assert ("lupe-arreola", "OPPOSES", "ice") in r, text
        assert ("lupe-arreola", "SUPPORTS", "sanctuary-policies") in r, text


def test_opposing_the_decision_to_deploy_is_no_deployment_by_the_opponent():
    r = rels(run("Reactions\n\nMayor Lupe Arreola of Fresno said she opposed the decision to "
                 "deploy National Guard troops."))
    assert ("lupe-arreola", "ORDERS", "national-guard") not in r
    assert ("lupe-arreola", "SUPPORTS", "national-guard-deployment") not in r
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") in r


def test_one_willing_to_be_arrested_for_impeding_ice_does_not_back_the_raids():
    r = rels(run("Reactions\n\nMayor Lupe Arreola of Fresno said she is willing to be arrested "
                 "for impeding ICE operations."))
    assert ("lupe-arreola", "SUPPORTS", "immigration-raids") not in r
    r = rels(run("Reactions\n\nTom Homan warned that anyone who impedes ICE operations will be "
                 "arrested."))
    assert ("tom-homan", "SUPPORTS", "immigration-raids") in r


def test_more_pressure_on_sanctuary_jurisdictions_opposes_them():
    r = rels(run("Reactions\n\nThe Department of Homeland Security is ramping up pressure on "
                 "sanctuary jurisdictions in Fresno."))
    assert ("dhs", "OPPOSES", "sanctuary-policies") in r
    assert ("dhs", "SUPPORTS", "sanctuary-policies") not in r


def test_joining_a_broadcaster_is_an_appearance_not_cooperation():
    r = rels(run("Reactions\n\nOn Tuesday, Mayor Lupe Arreola of Fresno joined Fox News to "
                 "discuss the raids."))
    assert not any(t == "COOPERATES_WITH" for _s, t, _o in r)


def test_a_passive_agent_hung_on_the_object_is_still_the_doer():
    r = rels(run("Reactions\n\nRep. Ana Ruiz was denied entry to the detention center by ICE "
                 "officials on Monday."))
    assert ("ice", "OPPOSES", "ana-ruiz") in r


def test_a_title_case_headline_names_the_person_the_story_names_in_full():
    for head in ("Arreola Slams ICE Over Raids", "Lupe Arreola Slams ICE Over Raids"):
        r = rels(run(f"{head}\n\nFresno Mayor Lupe Arreola spoke on Monday about the raids in "
                     "the city."))
        assert ("lupe-arreola", "CRITICIZES", "ice") in r, head


def test_refusing_in_a_quote_to_take_part_in_deportations_opposes_them():
    ex = run('Reactions\n\n"While our deputies will stay in every town to ensure public safety, '
             'we will not assist or participate in any sort of mass deportations," Sheriff Lupe '
             'Arreola of Fresno County wrote.')
    r = rels(ex)
    assert ("lupe-arreola", "OPPOSES", "immigration-raids") in r
    assert ("lupe-arreola", "SUPPORTS", "immigration-raids") not in r


def test_carrying_signs_is_no_part_in_what_they_denounce():
    r = rels(run("Reactions\n\nProtesters carried signs denouncing the ICE raids in Fresno."))
    assert ("protesters", "SUPPORTS", "immigration-raids") not in r
    assert ("protesters", "OPPOSES", "immigration-raids") in r


def test_places_in_a_party_and_district_label_do_not_act():
    ex = run("Reactions\n\nCounty Supervisor Ana Ruiz (D-Fresno, Clovis, Compton, Culver City) "
             "decried the Trump administration on Monday.")
    assert {s for s, t, _o in rels(ex) if t == "CRITICIZES"} == {"ana-ruiz"}


def test_if_you_do_it_you_will_be_prosecuted_threatens_the_crowd():
    r = rels(run('Protests in Fresno\n\nProtesters marched downtown against the raids on Sunday. '
                 '"If you lay a hand on an officer, you will be prosecuted to the fullest extent '
                 'of the law," Homeland Security Secretary Ana Ruiz wrote.'))
    assert ("ana-ruiz", "THREATENS", "protesters") in r


def test_you_will_be_safe_is_no_threat():
    r = rels(run('Protests in Fresno\n\nProtesters marched downtown against the raids on Sunday. '
                 '"If you stay home, you will be safe," Mayor Ana Ruiz of Fresno said.'))
    assert ("ana-ruiz", "THREATENS", "protesters") not in r


def test_a_warning_to_anyone_using_violence_threatens_the_crowd_not_the_government():
    ex = run('Protests in Fresno\n\nProtesters marched downtown against the raids on Sunday. '
             'FBI Deputy Director Ana Ruiz said that the federal government is "not stopping or '
             'slowing down" and that "illegal immigration operations will continue, and anyone '
             'using violence to obstruct these operations will be investigated and '
             'prosecuted."')
    r = rels(ex)
    assert ("ana-ruiz", "THREATENS", "protesters") in r
    assert ("ana-ruiz", "CRITICIZES", "white-house") not in r


def test_never_saying_they_would_be_arrested_is_no_threat():
    r = rels(run("Protests in Fresno\n\nProtesters marched downtown against the raids on Sunday. "
                 "Governor Ana Ruiz never said that protesters would be arrested."))
    assert ("ana-ruiz", "THREATENS", "protesters") not in r


def test_a_quote_left_open_at_the_end_of_its_paragraph_runs_on_with_its_speaker():
    text = ("Protests in Fresno\n\n"
            "\u201cWhat took place yesterday was appalling,\u201d Acting Director Lupe Arreola of "
            "ICE said in a statement. \u201cAs rioters attacked officers, Mayor Ana Ruiz took the "
            "side of chaos and lawlessness over law enforcement.\n"
            "\u201cThese violent rioters will be held accountable.\u201d\n")
    r = rels(run(text))
    assert ("lupe-arreola", "CRITICIZES", "ana-ruiz") in r


def test_a_straight_quote_left_open_at_the_end_of_its_paragraph_runs_on_too():
    text = ('Protests in Fresno\n\n'
            '"What took place yesterday was appalling," Acting Director Lupe Arreola of ICE said '
            'in a statement. "As rioters attacked officers, Mayor Ana Ruiz took the side of chaos '
            'and lawlessness over law enforcement.\n'
            '"These violent rioters will be held accountable."\n')
    assert ("lupe-arreola", "CRITICIZES", "ana-ruiz") in rels(run(text))


def test_a_document_that_opens_with_with_is_read_not_a_crash():
    ex = run("With Ana Ruiz, Lupe Arreola sues the county\n\nMayor Lupe Arreola of Fresno sued "
             "on Monday.")
    assert any(a.id == "lupe-arreola" for a in ex.actors)


def test_throwing_objects_at_officers_is_still_force():
    r = rels(run("Protests in Fresno\n\nProtesters threw rocks at Fresno police officers on "
                 "Sunday."))
    assert any(s == "protesters" and t == "COERCES" for s, t, _o in r)


SHOOTING = "Shooting in Fresno\n\nFresno resident Lupe Arreola, 38, was driving to work on Monday. "


def test_one_agent_of_an_agency_acts_for_it():
    r = rels(run(SHOOTING + "An ICE agent shot Arreola during a traffic stop."))
    assert ("ice", "COERCES", "lupe-arreola") in r


def test_violence_with_a_car_or_a_gun_coerces():
    for text in ("Arreola opened fire on ICE agents.", "Arreola drove his car at Border Patrol agents.",
                 "Arreola rammed her vehicle into the Border Patrol agents' car."):
        r = rels(run(SHOOTING + text))
        assert any(s == "lupe-arreola" and t == "COERCES" and o in ("ice", "border-patrol")
                   for s, t, o in r), text
    r = rels(run(SHOOTING + "Arreola drove to the ICE office and parked."))
    assert not any(t == "COERCES" for _s, t, _o in r)


def test_sounding_off_about_an_agency_criticizes_it():
    r = rels(run(SHOOTING + "The Fresno County Board of Supervisors sounded off about ICE on Tuesday."))
    assert ("fresno-county-board-of-supervisors", "CRITICIZES", "ice") in r


def test_an_agencys_critics_are_not_the_agency():
    r = rels(run(SHOOTING + "Republicans blamed the attack on ICE's critics."))
    assert not any(o == "ice" for _s, _t, o in r)


def test_a_platform_posted_on_is_no_supporter():
    ex = run("Dodgers react\n\nDodgers pitcher Lupe Arreola has spent ten seasons in Los Angeles. "
             "Arreola took to Instagram on Saturday to express his support for immigrants.")
    r = rels(ex)
    assert not any(s == "instagram" for s, _t, _o in r)
    assert ("lupe-arreola", "SUPPORTS", "migrants") in r


RAIDS = "Raids in Fresno\n\nFederal agents raided farms near Fresno on Thursday. "


def test_appreciation_disruption_and_counterproductive():
    r = rels(run(RAIDS + "Mayor Ana Ruiz expressed appreciation for the Fresno Police Department."))
    assert ("ana-ruiz", "SUPPORTS", "fresno-police-department") in r
    r = rels(run(RAIDS + "Members of the United Farm Workers disrupted ICE operations in Fresno."))
    assert any(t == "OPPOSES" and o == "ice" for _s, t, o in r)
    r = rels(run(RAIDS + 'Mayor Ana Ruiz said, "Sending the National Guard is counterproductive."'))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r


def test_troops_deployed_somewhere_are_not_deployed_by_the_subject():
    r = rels(run("Fresno\n\nProtesters clashed with National Guard troops deployed in front of "
                 "the Fresno Police Department on Sunday."))
    assert ("protesters", "CLASHES_WITH", "national-guard") in r
    assert not any(t == "ORDERS" for _s, t, _o in r)


def test_criticism_towards_an_agency_criticizes_it():
    r = rels(run("Attorney General Ana Ruiz voiced criticism towards ICE's methods on Monday."))
    assert ("ana-ruiz", "CRITICIZES", "ice") in r


def test_a_curly_apostrophe_parses_as_a_straight_one():
    text = ("Fresno\n\nAt the same time, Democrats are warning that Trump{q}s executive reach into "
            "California, sending in the National Guard over the governor{q}s objections, is "
            "inflaming tensions.")
    straight = rels(run(text.format(q="'")))
    assert ("democrats", "CRITICIZES", "donald-trump") in straight
    assert rels(run(text.format(q="\u2019"))) == straight


def test_daring_someone_to_act_is_defiance():
    ex = run("Governor Ana Ruiz dared Sheriff Hugo Soto to arrest her.")
    assert ("ana-ruiz", "CRITICIZES", "hugo-soto") in rels(ex)
    assert ("ana-ruiz", "THREATENS", "hugo-soto") not in rels(ex)


def test_saying_someone_had_no_reason_to_act_faults_them():
    r = rels(run('Fresno\n\nMayor Ana Ruiz said Sheriff Hugo Soto "had absolutely no reason to '
                 'even say that."'))
    assert ("ana-ruiz", "CRITICIZES", "hugo-soto") in r
    r = rels(run("Governor Lupe Arreola said there was no need for President Trump to deploy the "
                 "National Guard."))
    assert ("lupe-arreola", "CRITICIZES", "donald-trump") in r


def test_a_quote_damning_what_someone_provoked_criticizes_them():
    r = rels(run('Fresno\n\nMayor Ana Ruiz said "what we are seeing is chaos provoked by the '
                 'administration."'))
    assert ("ana-ruiz", "CRITICIZES", "white-house") in r


def test_an_agency_named_before_an_arrest_made_it():
    r = rels(run("Fresno\n\nThe ICE arrest of student Hugo Soto drew protests."))
    assert ("ice", "COERCES", "hugo-soto") in r


def test_conditions_at_an_agencys_facility_are_the_agencys():
    r = rels(run("Fresno\n\nCouncilwoman Lupe Arreola condemned the overcrowding at ICE's "
                 "Fresno processing center."))
    assert ("lupe-arreola", "CRITICIZES", "ice") in r


def test_turning_down_a_request_and_regret_oppose():
    r = rels(run("A federal appeals court turned down President Donald Trump's request on Monday."))
    assert any(t == "OPPOSES" and o == "donald-trump" for _s, t, o in r)
    r = rels(run("Mayor Lupe Arreola expressed disappointment with ICE on Monday."))
    assert ("lupe-arreola", "OPPOSES", "ice") in r


def test_scotus_is_the_supreme_court_and_tps_is_no_actor():
    ex = run("SCOTUS sided with Trump. Ohio Governor Mike DeWine criticized the Trump "
             "administration for revoking TPS for Haitians.")
    assert ("supreme-court", "SUPPORTS", "donald-trump") in rels(ex)
    assert not [a for a in ex.actors if a.name == "TPS"]


def test_directing_the_redeployment_of_troops_orders_them_home():
    ex = run("Defense Secretary Hugo Soto directed the redeployment of 700 Marines on Monday.")
    assert ("hugo-soto", "ORDERS", "marines") in rels(ex)
    assert ("hugo-soto", "SUPPORTS", "marines-deployment") not in rels(ex)


def test_praising_the_decision_after_a_ruling_backs_the_judge_named_before():
    r = rels(run("Judge Lupe Arreola ruled that the deployment was illegal. Arreola issued the "
                 "restraining order, which the Justice Department has already appealed. "
                 "Following the ruling, Governor Ana Ruiz praised the decision."))
    assert ("ana-ruiz", "SUPPORTS", "lupe-arreola") in r


def test_a_reporter_of_a_clause_argues_what_the_participle_says():
    r = rels(run('Fresno\n\nIn remarks to reporters on Friday, Vice President Ana Ruiz said the '
                 'situation has "gotten a lot better," but the Marines and National Guard forces '
                 'are still "very much a necessary part of what is going on here," arguing that '
                 'the troops protect agents.'))
    assert ("ana-ruiz", "SUPPORTS", "marines-deployment") in r


def test_vowing_or_being_willing_to_arrest_someone_threatens_them():
    r = rels(run("Border czar Tom Homan said he is willing to arrest Mayor Lupe Arreola."))
    assert ("tom-homan", "THREATENS", "lupe-arreola") in r
    ex = run("Border czar Tom Homan vowed to arrest Governor Ana Ruiz. Homan did not vow to "
             "arrest Mayor Lupe Arreola.")
    assert ("tom-homan", "THREATENS", "ana-ruiz") in rels(ex)
    assert ("tom-homan", "THREATENS", "lupe-arreola") not in rels(ex)


def test_capture_clap_back_and_abolition():
    assert ("federal-agents", "COERCES", "lupe-arreola") in rels(
        run("Federal agents captured activist Lupe Arreola on Monday."))
    assert ("ana-ruiz", "CRITICIZES", "tom-homan") in rels(
        run("Governor Ana Ruiz clapped back at Border czar Tom Homan on Tuesday."))
    r = rels(run("Senator Lupe Arreola called for the abolition of ICE."))
    assert ("lupe-arreola", "OPPOSES", "immigration-raids") in r


def test_wanting_someone_to_act_is_no_act_of_theirs():
    ex = run("Local leaders want President Donald Trump to deploy the National Guard.")
    assert not [r for r in ex.relations if r.type == "ORDERS" and r.mode == "asserted"]


def test_a_letter_over_allegations_criticizes_its_addressee():
    r = rels(run("Representative Ana Ruiz sent a letter to the Department of Homeland Security "
                 "over allegations of inhumane conditions."))
    assert ("ana-ruiz", "CRITICIZES", "dhs") in r
    r = rels(run("Senator Lupe Arreola sent a letter to ICE about the project."))
    assert not any(t == "CRITICIZES" for _s, t, _o in r)


def test_a_betrayal_is_damning():
    r = rels(run('Fresno\n\n"What we saw inside the Fresno facility is a betrayal," Senator Ana '
                 'Ruiz said of ICE.'))
    assert ("ana-ruiz", "CRITICIZES", "ice") in r


def test_a_lawsuit_accusing_someone_sues_them():
    r = rels(run("The ACLU filed a lawsuit accusing DHS of unlawful stops."))
    assert ("aclu", "SUES", "dhs") in r
    r = rels(run("Governor Ana Ruiz joined a lawsuit that accuses ICE of racial profiling."))
    assert ("ana-ruiz", "SUES", "ice") in r


def test_described_as_crossing_a_red_line():
    r = rels(run("Rep. Karen Bass described Trump's remarks as crossing a red line."))
    assert ("karen-bass", "CRITICIZES", "donald-trump") in r


def test_a_memo_seeking_help_is_no_pressure_on_its_addressee():
    r = rels(run("The Department of Homeland Security sent a memo to the Defense Department "
                 "seeking help protecting immigration agents."))
    assert ("dhs", "OPPOSES", "pentagon") not in r
    r = rels(run("Senator Ana Ruiz sent a letter to DHS seeking answers about the raids."))
    assert ("ana-ruiz", "OPPOSES", "dhs") in r


def test_telling_someone_what_we_should_do_directs_them():
    r = rels(run('"I told Pete Hegseth we should use these cities as training grounds," Donald '
                 'Trump said.'))
    assert ("donald-trump", "ORDERS", "pete-hegseth") in r
    # (a quote before the verb is said to the hearers, not asked of them)
    r = rels(run('"If you are going to take someone\'s father away, you should be willing to '
                 'show your face," Senator Ana Ruiz told the committee.'))
    assert not any(t == "ORDERS" for _s, t, _o in r)


def test_a_visit_backs_the_person_visited_not_the_place_or_companions():
    r = rels(run("Newark Mayor Ras Baraka visited the center with Rep. LaMonica McIver."))
    assert ("ras-baraka", "SUPPORTS", "lamonica-mciver") not in r
    r = rels(run("Republicans slammed the idea of arresting Democrats for visiting a New Jersey "
                 "ICE detention center."))
    assert ("democrats", "SUPPORTS", "ice") not in r
    r = rels(run("Rep. Maxine Waters visited David Huerta in jail."))
    assert ("maxine-waters", "SUPPORTS", "david-huerta") in r


def test_a_praising_word_on_a_blaming_noun_does_not_cancel_it():
    r = rels(run('Donald Trump called the demonstrators "professional agitators."'))
    assert ("donald-trump", "CRITICIZES", "protesters") in r


def test_worksite_enforcement_is_immigration_raids():
    r = rels(run("Senator Ana Ruiz condemned worksite enforcement at farms."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    r = rels(run('"Workplace enforcement remains a cornerstone of our work," said DHS '
                 'spokeswoman Lupe Arreola.'))
    assert ("lupe-arreola", "SUPPORTS", "immigration-raids") in r


def test_standing_down_or_holding_on_is_no_backing():
    r = rels(run("The White House was considering standing down on some ICE raids. Governor "
                 "Ana Ruiz backed down on the curfew."))
    assert ("white-house", "SUPPORTS", "immigration-raids") not in r
    assert ("ana-ruiz", "SUPPORTS", "curfew") not in r
    r = rels(run('Senior ICE official Lupe Arreola emailed colleagues to "hold on all work site '
                 'enforcement" on farms.'))
    assert ("lupe-arreola", "SUPPORTS", "immigration-raids") not in r
    assert ("ana-ruiz", "SUPPORTS", "curfew") in rels(run("Mayor Ana Ruiz backed the curfew."))


def test_former_officials_do_not_act_for_their_old_agency():
    ex = run("Immigration and Customs Enforcement (ICE) is arresting more people. Former ICE "
             "officials who worked under Joe Biden have criticized Trump's efforts.")
    assert ("ice", "CRITICIZES", "donald-trump") not in rels(ex)
    assert [r for r in ex.relations if r.type == "CRITICIZES" and r.target == "donald-trump"]


def test_a_gerund_after_of_is_done_by_the_one_before_it():
    r = rels(run('"I refuse to let them continue," Governor Ana Ruiz said on the heels of '
                 'President Trump ordering National Guard deployments to Chicago.'))
    assert ("ana-ruiz", "ORDERS", "national-guard") not in r
    assert ("donald-trump", "ORDERS", "national-guard") in r
    # (a place's name is no doer: "the city of Rochester seeking …" is the complaint's aim)
    r = rels(run("The Justice Department filed a complaint against the city of Rochester "
                 "seeking to block its sanctuary policy."))
    assert ("rochester", "OPPOSES", "sanctuary-policies") not in r


def test_frustrated_angry_and_concerned_with_someone_oppose_them():
    r = rels(run("Mayor Lupe Arreola is frustrated with ICE. Kristi Noem has grown "
                 "disillusioned with Todd Lyons. Mayor Karen Bass was furious at the raids."))
    assert ("lupe-arreola", "OPPOSES", "ice") in r
    assert ("kristi-noem", "OPPOSES", "todd-lyons") in r
    assert ("karen-bass", "OPPOSES", "immigration-raids") in r
    r = rels(run("Rep. Ana Ruiz is worried about deporting people who have been here for years. "
                 "Mayor Karen Bass is deeply troubled by the immigration raids."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    assert ("karen-bass", "OPPOSES", "immigration-raids") in r
    # impatience for more is no opposition; anger at an arrest is not at the one arrested
    r = rels(run("Stephen Miller is frustrated with the pace of ICE arrests. Crowds were angry at "
                 "the arrests of activist Lupe Arreola."))
    assert not any(t == "OPPOSES" and s == "stephen-miller" for s, t, _o in r)
    assert not any(t == "OPPOSES" and o == "lupe-arreola" for _s, t, o in r)


def test_an_adjective_parsed_as_a_verb_names_its_word_in_both_rules():
    # the analyst looking for why an edge exists finds the same word on the interaction and on
    # the stance it gives ("frustrated", not the verb lemma "frustrate")
    ex = run("Mayor Lupe Arreola is frustrated with ICE.")
    rules = {r.rule for r in ex.relations if r.source == "lupe-arreola"}
    assert "adj:frustrated" in rules
    assert "stance:act-on-actor:frustrated" in rules


def test_a_denied_belief_denies_the_judgement():
    r = rels(run('Trump deployed the National Guard to Paramount on Sunday. "I don\'t believe '
                 'the deployment is helpful," said Mayor Lupe Arreola.'))
    assert ("lupe-arreola", "SUPPORTS", "national-guard-deployment") not in r
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") in r


def test_condemning_someone_s_choice_to_deploy_is_no_deployment():
    r = rels(run("Governor Ana Ruiz condemned the Trump administration's choice to deploy the "
                 "National Guard."))
    assert ("ana-ruiz", "ORDERS", "national-guard") not in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r
    assert ("white-house", "ORDERS", "national-guard") in r


def test_calling_on_someone_to_withdraw_troops_is_no_order_to_them():
    r = rels(run("Governor Ana Ruiz called on the Trump administration to withdraw the Marines "
                 "from Los Angeles."))
    assert ("ana-ruiz", "ORDERS", "marines") not in r
    assert ("ana-ruiz", "OPPOSES", "white-house") in r


def test_leading_opposition_or_escalating_violence_is_no_part_in_the_issue():
    r = rels(run("Mayor Ana Ruiz led opposition to Trump's National Guard deployment."))
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    r = rels(run("Protesters escalated violence toward immigration enforcement officers, said "
                 "Mayor Lupe Arreola."))
    assert ("protesters", "SUPPORTS", "immigration-raids") not in r


def test_the_state_is_the_state_that_acts_before_it():
    r = rels(run("Illinois sued President Donald Trump on Monday. The lawsuit came hours after a "
                 "federal judge in Oregon ruled. The state is also seeking an order blocking "
                 "Secretary of Defense Pete Hegseth from calling up the Guard."))
    assert ("illinois", "OPPOSES", "pete-hegseth") in r
    assert ("oregon", "OPPOSES", "pete-hegseth") not in r
    # (a state named only as where troops went is still the one meant)
    r = rels(run("Trump deployed 2,000 troops to California. The state challenged the move."))
    assert ("california", "OPPOSES", "donald-trump") in r


def test_pressure_on_someone_to_act_directs_them():
    r = rels(run("Immigration and Customs Enforcement is arresting more people. The White House "
                 "is ramping up pressure on the agency to increase arrests."))
    assert ("white-house", "ORDERS", "ice") in r
    r = rels(run("Governor Ana Ruiz put pressure on Trump to withdraw the troops."))
    assert ("ana-ruiz", "OPPOSES", "donald-trump") in r


def test_vowing_to_deport_supports_the_raids():
    r = rels(run("President Donald Trump vowed to deport millions of immigrants."))
    assert ("donald-trump", "SUPPORTS", "immigration-raids") in r
    ex = run("Governor Ana Ruiz refused to deport anyone.")
    assert ("ana-ruiz", "SUPPORTS", "immigration-raids") not in rels(ex)
    r = rels(run('"Lupe Arreola is being held in El Salvador after being wrongfully deported," '
                 'Ana Ruiz said.'))
    assert ("lupe-arreola", "SUPPORTS", "immigration-raids") not in r


def test_who_after_a_dash_is_the_person_before_it():
    r = rels(run("California Gov. Ana Ruiz (D) — who sued Trump, filling in the role — was "
                 "exultant, claiming victory in a statement."))
    assert ("ana-ruiz", "SUES", "donald-trump") in r


def test_alleging_someone_was_harmed_is_no_charge_against_them():
    r = rels(run("The Department of Homeland Security alleged that some ICE agents' family "
                 "members had been doxed."))
    assert ("dhs", "CRITICIZES", "ice") not in r
    r = rels(run("Mayor Lupe Arreola alleged that activist Ana Ruiz was assaulted by ICE agents."))
    assert ("lupe-arreola", "CRITICIZES", "ice") in r


def test_force_to_disperse_a_protest_is_force_on_the_protesters():
    ex = run("ICE agents deployed flash grenades and tear gas to disperse a protest at a Home "
             "Depot in Paramount.")
    assert ("ice", "COERCES", "protesters") in rels(ex)
    assert not [r for r in ex.relations if r.target == "home-depot"]
    assert "protesters" in {a.id for a in ex.actors}


def test_a_quoted_word_that_blames_the_crowd_criticizes_it():
    r = rels(run('Protesters gathered at the farm. Homeland Security said federal agents faced '
                 '"more than 500 rioters" during the raids.'))
    assert ("dhs", "CRITICIZES", "protesters") in r
    r = rels(run("Protesters gathered at the farm. Spokeswoman Lupe Arreola called the protesters "
                 "rioters."))
    assert ("lupe-arreola", "CRITICIZES", "protesters") in r
    r = rels(run('Protesters gathered at the farm. "These are not rioters," said Mayor Ana Ruiz.'))
    assert ("ana-ruiz", "CRITICIZES", "protesters") not in r


def test_the_us_administration_is_the_white_house():
    r = rels(run("State Senator Ana Ruiz harshly criticized the U.S. administration for its "
                 "tactics against migrants."))
    assert ("ana-ruiz", "CRITICIZES", "white-house") in r


def test_unloading_or_teeing_off_on_someone_criticizes_them():
    r = rels(run("Border Patrol chief Lupe Arreola unloaded on Governor Ana Ruiz on Wednesday."))
    assert ("lupe-arreola", "CRITICIZES", "ana-ruiz") in r
    r = rels(run("President Donald Trump teed off on Governor Ana Ruiz on Friday."))
    assert ("donald-trump", "CRITICIZES", "ana-ruiz") in r
    assert not any(t == "CRITICIZES" for _s, t, _o in rels(run(
        "Workers unloaded the truck on Monday with Governor Ana Ruiz.")))


def test_a_quote_damning_the_lawsuit_or_the_move_criticizes_its_doer():
    r = rels(run('The Justice Department sued Newark over its sanctuary policy on Thursday. '
                 '"This lawsuit is a political stunt," said Mayor Ana Ruiz.'))
    assert ("ana-ruiz", "CRITICIZES", "doj") in r
    r = rels(run('Trump deployed the National Guard on Saturday. "That move is purposefully '
                 'inflammatory," Governor Ana Ruiz said.'))
    assert ("ana-ruiz", "CRITICIZES", "donald-trump") in r
    # (a quote that names the doer itself is read as such, not as the latest act's)
    ex = run('Governor Lupe Arreola sent troops to Chicago. "This action is an abuse of '
             'power by the Trump administration," Governor Ana Ruiz said.')
    assert not [r for r in ex.relations if r.rule.startswith("anaphor:")]


def test_condemning_an_agency_s_arrest_of_someone_backs_the_one_arrested():
    # beside an "of" phrase, the possessor of the arrest is its doer, not the one harmed
    r = rels(run("Governor Ana Ruiz condemned ICE's arrest of Mayor Lupe Arreola."))
    assert ("ana-ruiz", "SUPPORTS", "lupe-arreola") in r
    assert ("ana-ruiz", "SUPPORTS", "ice") not in r
    assert ("ana-ruiz", "CRITICIZES", "ice") in r


def test_criticism_over_someone_s_opposition_is_for_what_they_oppose():
    r = rels(run("Republicans have blasted Mayor Ana Ruiz over her opposition to the "
                 "immigration raids."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    assert ("republicans", "SUPPORTS", "immigration-raids") in r
    assert ("republicans", "OPPOSES", "immigration-raids") not in r
    assert ("ana-ruiz", "OPPOSES", "republicans") not in r  # not an act done over her objection
    # "their opposition": the ones blasted, not the ones blasting
    r = rels(run("Many Republicans have blasted Governor Ana Ruiz and Democrats over their "
                 "opposition to the immigration raids."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    assert ("republicans", "OPPOSES", "immigration-raids") not in r
    r = rels(run("Governor Lupe Arreola pushed back on critics of the immigration raids."))
    assert ("lupe-arreola", "SUPPORTS", "immigration-raids") in r
    # an act done over someone's objection still overrules them
    r = rels(run("Trump deployed the National Guard over the objections of Governor Ana Ruiz."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r


def test_saying_someone_should_be_in_jail_threatens_them():
    r = rels(run('President Trump said Mayor Ana Ruiz and Governor Lupe Arreola "should be in '
                 'jail."'))
    assert ("donald-trump", "THREATENS", "ana-ruiz") in r
    assert ("donald-trump", "THREATENS", "lupe-arreola") in r
    r = rels(run("Governor Lupe Arreola said Mayor Ana Ruiz belongs in prison."))
    assert ("lupe-arreola", "THREATENS", "ana-ruiz") in r
    r = rels(run("Governor Lupe Arreola said Mayor Ana Ruiz does not belong in prison. "
                 "Mayor Ana Ruiz was in jail for two days."))
    assert not any(t == "THREATENS" for _s, t, _o in r)


def test_a_letter_sent_to_officials_orders_nobody():
    r = rels(run("They are responding to Attorney General Pam Bondi's form letter sent on "
                 "August 13 to 12 governors, 19 mayors, and 4 county leaders."))
    assert not any(t == "ORDERS" for _s, t, _o in r)
    r = rels(run("Defense Secretary Pete Hegseth sent 2,000 National Guard troops to Los Angeles."))
    assert ("pete-hegseth", "ORDERS", "national-guard") in r


def test_a_quote_does_not_criticize_the_speaker_s_own_side():
    r = rels(run('"We know that our ICE officers are facing unprecedented violence against them," '
                 "Homeland Security Secretary Kristi Noem said."))
    assert ("kristi-noem", "CRITICIZES", "ice") not in r
    r = rels(run('"ICE officers are a disgrace," Mayor Ana Ruiz said.'))
    assert ("ana-ruiz", "CRITICIZES", "ice") in r
    # "our own government" is no side taken
    r = rels(run('"These masked thugs were sent by our own federal government," Supervisor Ana '
                 "Ruiz said of the Trump administration."))
    assert ("ana-ruiz", "CRITICIZES", "white-house") in r


def test_a_participle_on_a_passive_verb_is_done_by_the_one_the_passive_is_about():
    r = rels(run("Comptroller Lupe Arreola was detained by ICE agents shortly after escorting "
                 "him out of the courtroom."))
    assert ("ice", "COERCES", "lupe-arreola") in r
    assert ("ice", "COOPERATES_WITH", "lupe-arreola") not in r
    r = rels(run('Mayor Ana Ruiz was quoted in the press release, saying, "Chaos is exactly what '
                 'Trump wanted."'))
    assert ("ana-ruiz", "CRITICIZES", "donald-trump") in r
    # a charge supposed is not an act done, and a bare participle after a reported passive
    # clause is the speaker's
    r = rels(run("Homan said Mayor Ana Ruiz could be arrested for impeding the raids."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") not in r
    r = rels(run('President Trump stated the National Guard was sent to curb "lawlessness," '
                 "accusing Mayor Ana Ruiz of inaction."))
    assert ("national-guard", "CRITICIZES", "ana-ruiz") not in r


def test_ordering_someone_to_act_is_no_stance_on_what_names_them():
    r = rels(run("A memo from the Trump administration ordered sanctuary cities to change their "
                 "laws."))
    assert ("white-house", "SUPPORTS", "sanctuary-policies") not in r
    r = rels(run("President Trump ordered immigration raids in Los Angeles."))
    assert ("donald-trump", "SUPPORTS", "immigration-raids") in r


def test_a_document_obtained_by_a_newsroom_is_not_the_newsroom_s():
    r = rels(run("A memo obtained by CBS News from the Pentagon called for hundreds of National "
                 "Guard troops to be sent to Illinois."))
    assert ("pentagon", "SUPPORTS", "national-guard-deployment") in r
    assert not any(s == "cbs-news" for s, _t, _o in r)


def test_a_day_after_a_name_is_not_part_of_it():
    ex = run("Mayor Daniel Lee spoke on Monday. Senator Ana Ruiz joined Lee Thursday to "
             "denounce the raids.")
    assert not any("Thursday" in a.name for a in ex.actors)
    assert ("ana-ruiz", "COOPERATES_WITH", "daniel-lee") in rels(ex)


def test_labelling_people_murderers_or_monsters_criticizes_them():
    r = rels(run('Secretary Kristi Noem described the protesters as "murderers and vicious gang '
                 'members."'))
    assert ("kristi-noem", "CRITICIZES", "protesters") in r
    r = rels(run('Governor Ana Ruiz referred to Trump as a "monster."'))
    assert ("ana-ruiz", "CRITICIZES", "donald-trump") in r


def test_no_evidence_that_someone_failed_is_no_blame():
    ex = run('Judge April Perry found "no credible evidence" that the civil authorities in '
             "Illinois had failed.")
    assert ("april-perry", "CRITICIZES", "civil-authorities") not in rels(ex)


def test_skepticism_about_something_opposes_it():
    r = rels(run("Mayor Ana Ruiz expressed skepticism about the National Guard's effectiveness."))
    assert ("ana-ruiz", "OPPOSES", "national-guard") in r


def test_common_sense_praises():
    r = rels(run('"Immigration arrests at courthouses are common sense," DHS spokeswoman Tricia '
                 "McLaughlin said."))
    assert ("tricia-mclaughlin", "SUPPORTS", "immigration-raids") in r


def test_a_gerund_opening_a_quote_is_no_part_of_a_group_s_name():
    # the ones the gerund acts on are not the ones the quote judges
    ex = run('"Arresting elected officials asking questions is outrageous," Governor Ana Ruiz '
             "said.")
    assert not any(a.name.startswith("Arresting") for a in ex.actors)
    assert not any(r.type == "CRITICIZES" and r.source == "ana-ruiz" for r in ex.relations)
    ex = run('"Arresting criminal aliens at courthouses is common sense," DHS spokeswoman Tricia '
             "McLaughlin said.")
    assert not any(r.type == "SUPPORTS" and r.target == "criminal-aliens" for r in ex.relations)


def test_boycotts_appreciation_and_subcontracts():
    r = rels(run("Protesters called on passengers to boycott Avelo Airlines. Mayor Ana Ruiz "
                 "appreciates the ruling by Judge Lupe Arreola. DHS has partnered with CSI "
                 "Aviation, which subcontracted with Avelo Airlines."))
    assert ("protesters", "OPPOSES", "avelo-airlines") in r
    assert ("ana-ruiz", "SUPPORTS", "lupe-arreola") in r
    assert ("csi-aviation", "COOPERATES_WITH", "avelo-airlines") in r


def test_beginning_an_operation_backs_it_and_announcing_its_end_opposes_it():
    r = rels(run("The Department of Homeland Security confirmed Saturday that it has begun "
                 "immigration enforcement operations in Charlotte. Governor Ana Ruiz planned "
                 "an end to the immigration raids."))
    assert ("dhs", "SUPPORTS", "immigration-raids") in r
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    assert ("ana-ruiz", "SUPPORTS", "immigration-raids") not in r


def test_a_noun_set_off_after_the_verb_is_no_apposition_of_its_subject():
    r = rels(run("On Friday, the Trump administration began its brutal immigration raids in Los "
                 "Angeles with a clear target: garment workers."))
    assert ("white-house", "SUPPORTS", "immigration-raids") in r
    assert ("garment-workers", "SUPPORTS", "immigration-raids") not in r


def test_advocacy_groups_act_and_a_suit_filed_accusing_someone_sues_them():
    r = rels(run("Immigrant advocacy groups filed the lawsuit last week accusing President Donald "
                 "Trump's administration of systematically targeting brown-skinned people "
                 "during its immigration crackdown."))
    assert ("immigrant-advocacy-groups", "SUES", "white-house") in r
    assert ("immigrant-advocacy-groups", "OPPOSES", "immigration-raids") in r
    # a bare "the group" is not made an actor of its own
    ex = run("A group of protesters blocked the road. The group later dispersed.")
    assert not any(a.name.lower() in ("group", "the group") for a in ex.actors)


def test_condemning_hostility_aimed_at_someone_backs_them():
    r = rels(run("Immigrant rights groups condemned violent rhetoric against ICE and immigrants."))
    assert ("immigrant-rights-groups", "CRITICIZES", "ice") not in r
    assert ("immigrant-rights-groups", "SUPPORTS", "ice") in r
    r = rels(run("Senator Ted Cruz condemned rhetoric directed at immigration law enforcement."))
    assert ("ted-cruz", "CRITICIZES", "law-enforcement") not in r
    assert ("ted-cruz", "OPPOSES", "immigration-raids") not in r
    # a remark set off after a clause is still aimed by its maker
    r = rels(run("Homan warned that anyone who obstructs agents will be prosecuted, a remark "
                 "aimed at Governor Ana Ruiz."))
    assert ("tom-homan", "THREATENS", "ana-ruiz") in r


def test_announcing_or_ordering_an_act_makes_it_the_subject_s():
    r = rels(run("A Border Patrol agent shot a woman Saturday, prompting the White House to "
                 "announce the deployment of 300 National Guard troops to Illinois."))
    assert ("white-house", "ORDERS", "national-guard") in r
    r = rels(run("Governor Gavin Newsom condemned the deployment of the National Guard."))
    assert ("gavin-newsom", "ORDERS", "national-guard") not in r


def test_calling_them_names_after_naming_one_group_criticizes_that_group():
    r = rels(run("Protester Leanna Quartuccio stood outside the fence shouting at ICE officers, "
                 "calling them cowards and sellouts."))
    assert ("leanna-quartuccio", "CRITICIZES", "ice") in r
    # not a group when people were named too
    r = rels(run("Speaking to soldiers at Fort Bragg, President Trump blasted Governor Ana Ruiz "
                 "and Mayor Lupe Arreola, calling them cowards."))
    assert ("donald-trump", "CRITICIZES", "national-guard") not in r


def test_ire_drawn_by_the_subject_of_a_first_clause():
    r = rels(run("Gregory Bovino is the public face of the operation and has drawn particular "
                 "ire from Judge Sara Ellis."))
    assert ("sara-ellis", "CRITICIZES", "gregory-bovino") in r
    r = rels(run("The Protect Our Courts Act was celebrated by immigration activists but has "
                 "since drawn sharp criticism from conservative leaders."))
    assert ("conservative-leaders", "CRITICIZES", "immigration-activists") not in r


def test_not_wanting_a_force_or_more_raids_opposes_them():
    r = rels(run("Councilwoman Ana Ruiz says she does not want the National Guard. Mayor Lupe "
                 "Arreola said she does not want more immigration raids."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("lupe-arreola", "OPPOSES", "immigration-raids") in r
    r = rels(run("Sheriff Ana Ruiz said she wants the National Guard."))
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") in r


def test_refusing_an_act_or_a_request_for_it_opposes_what_it_would_back():
    r = rels(run("Governor Ana Ruiz denied a request from the Pentagon to activate National Guard "
                 "soldiers in support of immigration enforcement."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "OPPOSES", "pentagon") in r
    assert ("pentagon", "SUPPORTS", "national-guard-deployment") in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r
    r = rels(run("Governor Ana Ruiz declined the Pentagon's request to deploy the National Guard."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "OPPOSES", "pentagon") in r
    r = rels(run("Governor Ana Ruiz refused to deploy the National Guard."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    # (every refusing verb, not only the negating ones: no backing beside the refusal)
    r = rels(run("Governor Ana Ruiz rebuffed a request to deploy the National Guard."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r
    # a court's ruling, a refusal refused, or a refusal to speak is no such stance
    ex = run("Judge Ana Ruiz denied the administration's request to deploy the National Guard. "
             "Governor Lupe Arreola did not refuse to deploy the National Guard. Governor Tom "
             "Bell declined to comment on the deployment.")
    assert not [r for r in ex.relations if r.rule.startswith("stance:refused-act")]


def test_plural_title_abbreviations_end_no_sentence():
    ex = run("Texas Reps. Ana Ruiz and Tom Bell joined Sens. Lupe Arreola and Mark Diaz in "
             "criticizing Homeland Security Secretary Kristi Noem.")
    r = rels(ex)
    assert ("ana-ruiz", "CRITICIZES", "kristi-noem") in r
    assert {r.evidence[0].sentence for r in ex.relations if r.type == "CRITICIZES"} == {
        "Texas Reps. Ana Ruiz and Tom Bell joined Sens. Lupe Arreola and Mark Diaz in "
        "criticizing Homeland Security Secretary Kristi Noem."}


def test_names_listed_after_an_object_that_names_no_one_join_the_subject():
    r = rels(run("Several Republican leaders have supported the president's deportation moves "
                 "from the outset, including Lt. Gov. Tom Bell."))
    assert ("tom-bell", "SUPPORTS", "donald-trump") in r
    assert ("several-republican-leaders", "SUPPORTS", "tom-bell") not in r
    # (but those listed after people, or after a list, are acted on)
    r = rels(run("Mayor Ana Ruiz criticized local leaders, including Sheriff Tom Bell."))
    assert ("ana-ruiz", "CRITICIZES", "tom-bell") in r


def test_backing_someone_s_deportation_of_others_threatens_no_one_of_them():
    r = rels(run("Governor Tom Bell plans to use state personnel to back Trump's deportation of "
                 "millions of immigrants."))
    assert ("tom-bell", "THREATENS", "donald-trump") not in r
    assert ("tom-bell", "SUPPORTS", "immigration-raids") in r


def test_names_after_an_opening_phrase_s_comma_are_the_subject():
    r = rels(run("In a letter to Defense Secretary Pete Hegseth, Sens. Ana Ruiz and Tom Bell asked "
                 "the Pentagon to explain the legal basis for deploying the Marines."))
    assert ("ana-ruiz", "OPPOSES", "pentagon") in r
    assert ("tom-bell", "OPPOSES", "pentagon") in r


def test_asking_unnamed_others_to_deploy_a_force_backs_its_deployment():
    r = rels(run("Defense Secretary Pete Hegseth asked several states to deploy National Guard "
                 "troops to aid ICE."))
    assert ("pete-hegseth", "SUPPORTS", "national-guard-deployment") in r
    # (calling it wrong to deploy the Guard asks for nothing)
    r = rels(run('Governor Tom Bell called it wrong "to deploy the National Guard into an '
                 'American city."'))
    assert ("tom-bell", "SUPPORTS", "national-guard-deployment") not in r


def test_an_act_done_at_someone_s_request_is_backed_by_them():
    r = rels(run("The state has mobilized the National Guard at the Trump administration's "
                 "request."))
    assert ("white-house", "SUPPORTS", "national-guard-deployment") in r
    r = rels(run("Governor Ana Ruiz deployed the National Guard at the request of Mayor Tom Bell."))
    assert ("tom-bell", "SUPPORTS", "national-guard-deployment") in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") in r


def test_waste_grill_bolster_blow_offer_brutalize():
    r = rels(run('"The plan to send troops to the border is a waste of resources," Governor Ana '
                 'Ruiz said.'))
    assert any(s == "ana-ruiz" and t == "OPPOSES" for s, t, _o in r)
    r = rels(run("Senator Ana Ruiz grilled Kristi Noem over the raids at a hearing on Tuesday."))
    assert ("ana-ruiz", "CRITICIZES", "kristi-noem") in r
    r = rels(run("Louisiana sent 135 soldiers to bolster Trump's intervention."))
    assert ("louisiana", "SUPPORTS", "donald-trump") in r
    r = rels(run("Judge Ana Ruiz dealt a blow to the Trump administration."))
    assert ("ana-ruiz", "OPPOSES", "white-house") in r
    r = rels(run("The Houston Police Department turned down a $25 million offer from ICE."))
    assert ("houston-police-department", "OPPOSES", "ice") in r
    r = rels(run("Federal agents have brutalized protesters for weeks, Mayor Tom Bell said."))
    assert ("federal-agents", "COERCES", "protesters") in r
    assert ("tom-bell", "CRITICIZES", "protesters") not in r


def test_waved_off_concerns_or_criticism_are_not_the_subject_s_own():
    r = rels(run("Senate Republicans dismissed concerns about ICE."))
    assert ("senate-republicans", "OPPOSES", "ice") not in r
    r = rels(run("Governor Ana Ruiz brushed off criticism of the National Guard."))
    assert ("ana-ruiz", "CRITICIZES", "national-guard") not in r
    # (the critics are still the ones waved off, and voiced concerns are one's own)
    r = rels(run("Governor Ana Ruiz brushed off Mayor Tom Bell's criticism. Senate Democrats "
                 "voiced concerns about ICE."))
    assert ("ana-ruiz", "CRITICIZES", "tom-bell") in r
    assert ("senate-democrats", "OPPOSES", "ice") in r


def test_sending_someone_a_proposal_orders_nobody():
    r = rels(run("Senate Democrats will send the White House a counteroffer demanding a list of "
                 "reforms to immigration enforcement."))
    assert ("senate-democrats", "ORDERS", "white-house") not in r
    assert ("senate-democrats", "SUPPORTS", "immigration-raids") not in r
    r = rels(run("President Trump sent Los Angeles the National Guard."))
    assert ("donald-trump", "ORDERS", "national-guard") in r


def test_a_titled_person_after_an_agency_s_name_is_the_subject():
    r = rels(run("Department of Homeland Security Secretary Kristi Noem echoed Gregory Bovino's "
                 "remarks."))
    assert ("kristi-noem", "SUPPORTS", "gregory-bovino") in r
    assert ("dhs", "SUPPORTS", "gregory-bovino") not in r


def test_a_quote_saying_someone_demonizes_an_agency_criticizes_that_someone():
    r = rels(run('"Mayor Tom Bell is demonizing ICE and CBP," DHS spokeswoman Tricia McLaughlin '
                 'said.'))
    assert ("tricia-mclaughlin", "CRITICIZES", "tom-bell") in r
    assert ("tricia-mclaughlin", "CRITICIZES", "ice") not in r


def test_a_name_set_off_before_a_list_s_and_is_one_of_its_items():
    r = rels(run('"Donald Trump, Kristi Noem, and Gregory Bovino have tried to appeal to our '
                 'lesser instincts. They are cruel," Governor JB Pritzker said.'))
    assert ("jb-pritzker", "CRITICIZES", "kristi-noem") in r
    assert ("jb-pritzker", "CRITICIZES", "gregory-bovino") in r


def test_making_a_measure_law_opposes_what_it_restricts_or_bans():
    r = rels(run("Governor Ana Ruiz signed a new law that puts significant restrictions on "
                 "immigration enforcement."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    r = rels(run("Governor Tom Bell signed a law banning sanctuary cities."))
    assert ("tom-bell", "OPPOSES", "sanctuary-policies") in r
    # (signing what the measure does not restrict takes no side by this rule)
    ex = run("Governor Tom Bell signed a law that funds the state's schools.")
    assert not [r for r in ex.relations if r.rule.startswith("stance:measure")]


def test_telling_a_force_to_go_home_or_stay_out_opposes_it():
    r = rels(run("Mayor Tom Bell told ICE to go home."))
    assert ("tom-bell", "OPPOSES", "ice") in r
    assert ("tom-bell", "OPPOSES", "immigration-raids") in r
    r = rels(run("Governor Ana Ruiz urged the National Guard to stay out of the city."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r
    # (a caution to residents opposes no one)
    r = rels(run("Governor Ana Ruiz urged residents to stay away from the protests."))
    assert ("ana-ruiz", "OPPOSES", "residents") not in r


def test_sending_migrants_away_is_removal_not_an_order():
    r = rels(run("The Trump administration sent 200 migrants to El Salvador."))
    assert ("white-house", "COERCES", "migrants") in r
    assert ("white-house", "ORDERS", "migrants") not in r
    r = rels(run("The Trump administration sent 200 National Guard troops to Chicago."))
    assert ("white-house", "ORDERS", "national-guard") in r


def test_a_suit_filed_arguing_someone_s_act_is_unlawful_sues_its_owner():
    r = rels(run("California filed a lawsuit Monday arguing that President Trump's deployment of "
                 "the National Guard was unlawful."))
    assert ("california", "SUES", "donald-trump") in r
    assert ("california", "SUES", "national-guard") not in r


def test_a_decision_met_with_condemnation_from_someone_is_condemned_by_them():
    r = rels(run("President Trump's decision to deploy the National Guard was met Monday with "
                 "swift condemnation from House Democrats."))
    assert ("house-democrats", "CRITICIZES", "donald-trump") in r
    assert ("house-democrats", "OPPOSES", "national-guard-deployment") in r
    # (meeting with someone is no such thing)
    r = rels(run("Governor Ana Ruiz met with Mayor Tom Bell's critics on Monday."))
    assert not any(t == "CRITICIZES" for _s, t, _o in r)


def test_great_anxiety_is_no_praise():
    r = rels(run('"The raids have caused great anxiety in our community," Mayor Tom Bell said.'))
    assert ("tom-bell", "SUPPORTS", "immigration-raids") not in r


def test_welcoming_the_decision_just_after_a_judge_s_ruling_judges_the_ruling():
    r = rels(run("U.S. District Judge Maria Lopez blocked the deployment of the National Guard to "
                 "the city on Saturday. Governor Tom Bell welcomed the decision."))
    assert ("tom-bell", "SUPPORTS", "maria-lopez") in r
    assert ("tom-bell", "OPPOSES", "national-guard-deployment") in r
    assert ("tom-bell", "SUPPORTS", "national-guard-deployment") not in r
    # (the decision of the one who sent the troops is theirs still)
    r = rels(run("President Trump ordered the deployment of troops to the city. Governor Tom Bell "
                 "condemned the decision."))
    assert ("tom-bell", "OPPOSES", "national-guard-deployment") in r


def test_a_court_letting_a_deployment_go_on_supports_it():
    r = rels(run("President Trump ordered 200 National Guard troops to the city. A panel of the "
                 "Ninth Circuit sided with the administration, allowing the deployment to "
                 "proceed."))
    assert ("ninth-circuit", "SUPPORTS", "national-guard-deployment") in r
    r = rels(run("President Trump ordered 200 National Guard troops to the city. The Ninth Circuit "
                 "ruled that the deployment could proceed."))
    assert ("ninth-circuit", "SUPPORTS", "national-guard-deployment") in r


def test_directing_someone_to_provide_troops_backs_the_deployment():
    r = rels(run("President Trump directed Secretary Tom Bell to provide all necessary troops to "
                 "protect the city."))
    assert ("donald-trump", "SUPPORTS", "national-guard-deployment") in r
    # (providing other things sends no one)
    r = rels(run("Governor Ana Ruiz asked FEMA to provide assistance to the city."))
    assert not any(o == "national-guard-deployment" for _s, _t, o in r)


def test_a_not_before_two_verbs_joined_by_or_negates_both():
    r = rels(run('"We do not need or want the National Guard in our city," Mayor Tom Bell said.'))
    assert ("tom-bell", "OPPOSES", "national-guard-deployment") in r
    assert ("tom-bell", "SUPPORTS", "national-guard-deployment") not in r
    ex = run("Mayor Tom Bell did not criticize or condemn Governor Ana Ruiz.")
    assert not [x for x in ex.relations if x.type == "CRITICIZES" and x.mode != "negated"]
    # ("but" starts an act of its own)
    r = rels(run("Mayor Tom Bell did not criticize the police but condemned Governor Ana Ruiz."))
    assert ("tom-bell", "CRITICIZES", "ana-ruiz") in r


def test_a_fight_over_a_deployment_is_no_act_of_deploying():
    r = rels(run("Governor Ana Ruiz fought with President Trump over deploying the troops."))
    assert ("ana-ruiz", "CLASHES_WITH", "donald-trump") in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r
    r = rels(run("Governor Ana Ruiz sued President Trump over deploying the troops."))
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r
    # (boasting about it is one's own act still)
    r = rels(run("President Trump boasted about deploying the troops."))
    assert ("donald-trump", "SUPPORTS", "national-guard-deployment") in r


def test_a_court_letting_agents_resume_patrols_sides_with_them_and_is_judged_after():
    r = rels(run("The Supreme Court on Monday allowed immigration agents to resume roving patrols "
                 "in the city, siding with the Trump administration. Attorney General Pam Bondi "
                 "praised the ruling."))
    assert ("supreme-court", "SUPPORTS", "immigration-raids") in r
    assert ("supreme-court", "SUPPORTS", "white-house") in r
    assert ("pam-bondi", "SUPPORTS", "supreme-court") in r
    assert ("pam-bondi", "SUPPORTS", "immigration-raids") in r
    assert not any(s == "federal-agents" and t == "SUPPORTS" and o == "white-house"
                   for s, t, o in r)


def test_suing_to_stop_a_deployment_does_not_sue_the_troops_sent():
    r = rels(run("Illinois and Chicago filed a lawsuit to stop the deployment of Texas National "
                 "Guard troops."))
    assert ("illinois", "OPPOSES", "national-guard-deployment") in r
    assert not any(t == "SUES" for _s, t, _o in r)
    r = rels(run("California sued to reverse President Trump's federalization of the Guard."))
    assert ("california", "SUES", "donald-trump") in r


def test_members_of_the_press_are_journalists_and_using_force_on_them_coerces():
    r = rels(run("LAPD officers used force against protesters and members of the media."))
    assert ("lapd", "COERCES", "journalists") in r
    assert ("lapd", "COERCES", "protesters") in r
    # (and they are an audience: a quote's "you" is not them)
    r = rels(run('"All you have to do is look at the TV. That judge ought to be ashamed of '
                 'himself," President Trump told members of the media.'))
    assert ("donald-trump", "CRITICIZES", "journalists") not in r


def test_a_quote_s_time_phrase_names_no_issue_it_judges():
    r = rels(run('"Officers brutally fired rubber bullets at reporters during the protests," said '
                 "Tom Bell, the president of the press club."))
    assert ("tom-bell", "OPPOSES", "protests") not in r


def test_lawyers_for_a_state_make_it_a_party():
    r = rels(run("President Trump federalized 200 Oregon National Guard troops. Lawyers for the "
                 "state of Oregon argued that the deployment was illegal."))
    assert ("oregon", "OPPOSES", "national-guard-deployment") in r


def test_asking_a_court_for_relief_criticizes_no_one():
    r = rels(run("The White House sought emergency relief from the Supreme Court."))
    assert ("white-house", "CRITICIZES", "supreme-court") not in r
    r = rels(run("Mayor Tom Bell demanded answers from ICE."))
    assert ("tom-bell", "CRITICIZES", "ice") in r


def test_a_justice_who_dissents_is_against_the_court_and_its_ruling():
    r = rels(run("The Supreme Court on Monday allowed immigration agents to resume roving patrols "
                 "in the city. Justices Sonia Sotomayor and Elena Kagan dissented."))
    assert ("sonia-sotomayor", "CRITICIZES", "supreme-court") in r
    assert ("elena-kagan", "OPPOSES", "immigration-raids") in r
    r = rels(run("The Supreme Court on Monday allowed immigration agents to resume roving patrols "
                 "in the city. Justice Sonia Sotomayor issued a sharp dissent."))
    assert ("sonia-sotomayor", "CRITICIZES", "supreme-court") in r


def test_the_guard_and_the_marines_coordinated_each_get_the_act_and_the_stance():
    r = rels(run("President Trump deployed members of the California National Guard and Marines "
                 "to the city."))
    assert ("donald-trump", "ORDERS", "marines") in r
    assert ("donald-trump", "SUPPORTS", "marines-deployment") in r
    r = rels(run("Governor Ana Ruiz criticized the Trump administration for federalizing National "
                 "Guard troops and deploying the Marines in the city."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "OPPOSES", "marines-deployment") in r
    r = rels(run("Governor Ana Ruiz said President Trump violated the law by deploying members of "
                 "the National Guard and Marines for law enforcement purposes."))
    assert ("ana-ruiz", "OPPOSES", "marines-deployment") in r
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    r = rels(run("The Marines were dispatched in June alongside 4,000 National Guard troops, "
                 "despite opposition from Governor Ana Ruiz."))
    assert ("ana-ruiz", "OPPOSES", "marines-deployment") in r


def test_keeping_unrest_contained_keeps_nothing_going():
    r = rels(run("President Trump sent the Guard to the city. Mayor Tom Bell said the police and "
                 "other local agencies were responsible for crowd control and kept the unrest "
                 "largely contained."))
    assert ("tom-bell", "SUPPORTS", "protests") not in r
    assert not any(o == "protests" and t == "SUPPORTS" for _s, t, o in r)


def test_a_clause_on_the_object_does_not_flip_what_is_condemned():
    r = rels(run("Governor Ana Ruiz condemned the immigration raids that have led to violence "
                 "against law enforcement."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    assert ("ana-ruiz", "SUPPORTS", "immigration-raids") not in r


def test_arguing_that_a_move_is_illegal_is_not_making_it():
    r = rels(run("President Trump sent the Marines to the city. Governor Ana Ruiz and other "
                 "officials have argued the move to bring in the military is illegal."))
    assert ("ana-ruiz", "SUPPORTS", "marines-deployment") not in r
    # (announcing one's own decision still makes it)
    r = rels(run("President Trump announced the decision to deploy the Guard."))
    assert ("donald-trump", "SUPPORTS", "national-guard-deployment") in r


def test_taking_questions_is_not_criticism_but_tough_questions_are():
    r = rels(run("Governor Tim Walz took questions from the House Oversight Committee."))
    assert not any(t == "CRITICIZES" for _s, t, _o in r)
    r = rels(run("Governor Tim Walz faced tough questions from Republicans."))
    assert ("republicans", "CRITICIZES", "tim-walz") in r


def test_pressing_someone_on_something_is_pressure_and_pressing_to_act_a_directive():
    r = rels(run("Senator Ana Ruiz pressed Defense Secretary Tom Bell on the deployment."))
    assert ("ana-ruiz", "CRITICIZES", "tom-bell") in r
    r = rels(run("Mayor Tom Bell pressed ICE to expand operations."))
    assert ("tom-bell", "CRITICIZES", "ice") not in r
    r = rels(run("Mayor Tom Bell pressed charges against the protesters."))
    assert ("tom-bell", "CRITICIZES", "protesters") not in r


def test_warning_against_deploying_the_guard_is_not_deploying_it():
    r = rels(run("Governor Ana Ruiz warned against deploying the National Guard."))
    assert ("ana-ruiz", "ORDERS", "national-guard") not in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r


def test_calling_out_the_guard_mobilizes_it_and_calling_out_a_person_criticizes():
    r = rels(run("Governor Ana Ruiz called out the National Guard and the Marines."))
    assert ("ana-ruiz", "ORDERS", "national-guard") in r
    assert ("ana-ruiz", "SUPPORTS", "marines-deployment") in r
    assert ("ana-ruiz", "CRITICIZES", "national-guard") not in r
    r = rels(run("Governor Ana Ruiz called out President Trump for his lies."))
    assert ("ana-ruiz", "CRITICIZES", "donald-trump") in r


def test_a_lawsuit_against_someone_for_an_act_names_its_doer():
    r = rels(run("California filed a lawsuit against the president for deploying the National "
                 "Guard and Marines."))
    assert ("donald-trump", "ORDERS", "marines") in r
    assert ("california", "OPPOSES", "national-guard-deployment") in r
    r = rels(run("California filed a lawsuit against President Trump over deploying the National "
                 "Guard."))
    assert ("california", "ORDERS", "national-guard") not in r
    assert ("donald-trump", "ORDERS", "national-guard") in r


def test_booing_someone_criticizes_them():
    r = rels(run("Protesters booed Governor Ana Ruiz outside City Hall."))
    assert ("protesters", "CRITICIZES", "ana-ruiz") in r


def test_a_quote_judging_a_harm_done_by_someone_judges_the_doer():
    r = rels(run('"The arrest of Senator Ana Ruiz by FBI agents was outrageous," Mayor Tom Bell '
                 'said.'))
    assert ("tom-bell", "CRITICIZES", "fbi") in r
    assert ("tom-bell", "CRITICIZES", "ana-ruiz") not in r


def test_helping_those_harmed_by_the_raids_does_not_back_the_raids():
    r = rels(run("The Los Angeles Dodgers pledged $1 million to support immigrant families "
                 "affected by the immigration raids."))
    assert not any(o == "immigration-raids" and t == "SUPPORTS" for _s, t, o in r)
    r = rels(run("LAUSD is doubling its effort to protect students from the immigration raids."))
    assert not any(o == "immigration-raids" and t == "SUPPORTS" for _s, t, o in r)


def test_he_in_a_clause_on_her_verb_is_not_her():
    r = rels(run("Mayor Karen Bass denounced the move on Sunday, after he federalized 2,000 "
                 "National Guard troops to stop the riots."))
    assert ("karen-bass", "ORDERS", "national-guard") not in r
    assert ("karen-bass", "SUPPORTS", "national-guard-deployment") not in r


def test_denouncing_what_one_called_someone_s_escalation_criticizes_them():
    r = rels(run('Mayor Karen Bass denounced what she called a "chaotic escalation" Sunday by '
                 'President Donald Trump.'))
    assert ("karen-bass", "CRITICIZES", "donald-trump") in r


def test_sending_a_series_of_letters_orders_no_one():
    r = rels(run("Democratic members of Congress have sent a series of letters demanding answers "
                 "from the Department of Homeland Security and Immigration and Customs "
                 "Enforcement following last week's immigration raid at a restaurant in the "
                 "city."))
    assert not any(o == "immigration-raids" and t == "SUPPORTS" for _s, t, o in r)


def test_a_judges_panel_is_the_appeals_court_the_story_names():
    text = ("Ruling.\n\nThe Ninth Circuit heard arguments on Tuesday. A three-judge panel sided "
            "with Donald Trump. Gavin Newsom criticized the panel.")
    r = rels(run(text))
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in r
    assert ("gavin-newsom", "CRITICIZES", "ninth-circuit") in r
    # with no appeals court named, a judges' panel is an actor of its own
    ex = run("Ruling.\n\nJudge Charles Breyer ruled for Gavin Newsom. A three-judge panel "
             "blocked his order.")
    assert ("three-judge-panel", "OPPOSES", "charles-breyer") in rels(ex)
    # a bare "the panel" in a story of a Senate hearing is not the court
    ex = run("Hearing.\n\nPete Hegseth testified before a Senate panel about the Ninth Circuit "
             "ruling. The panel grilled him.")
    assert not any(s == "ninth-circuit" for s, _, _ in rels(ex))


def test_a_ruling_in_someones_favor_supports_them():
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in rels(
        run("Ruling.\n\nThe Ninth Circuit ruled in Donald Trump's favor on Monday."))
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in rels(
        run("Ruling.\n\nA decision in Donald Trump's favor by the Ninth Circuit could be "
            "reconsidered."))
    ex = run("Ruling.\n\nJudge Charles Breyer ruled in Gavin Newsom's favor on Thursday.")
    assert ("charles-breyer", "SUPPORTS", "gavin-newsom") in rels(ex)
    assert not any(s == "gavin-newsom" for s, _, _ in rels(ex))


def test_a_ruling_on_someones_authority_to_act():
    r = rels(run("Ruling.\n\nThe Ninth Circuit ruled that Donald Trump has the authority to "
                 "deploy the National Guard."))
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in r
    assert ("ninth-circuit", "SUPPORTS", "national-guard-deployment") in r
    r = rels(run("Ruling.\n\nThe Ninth Circuit ruled that Donald Trump was within his rights "
                 "to call up troops."))
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in r
    r = rels(run("Ruling.\n\nJudge Charles Breyer ruled that Donald Trump lacked the authority "
                 "to federalize the National Guard."))
    assert ("charles-breyer", "OPPOSES", "donald-trump") in r
    assert ("charles-breyer", "OPPOSES", "national-guard-deployment") in r
    assert ("charles-breyer", "SUPPORTS", "national-guard-deployment") not in r
    r = rels(run("Ruling.\n\nThe Supreme Court ruled that Donald Trump did not have the "
                 "authority to deploy the National Guard."))
    assert ("supreme-court", "SUPPORTS", "donald-trump") not in r


def test_lifting_a_block_on_a_deployment_backs_it():
    r = rels(run("Ruling.\n\nThe Ninth Circuit lifted a block on the deployment of the National "
                 "Guard."))
    assert ("ninth-circuit", "SUPPORTS", "national-guard-deployment") in r


def test_the_move_a_court_blocks_after_a_judges_order_is_the_order():
    r = rels(run("Ruling.\n\nJudge Charles Breyer sided with Gavin Newsom, ordering Donald "
                 "Trump to return control of the National Guard. However, the Ninth Circuit "
                 "blocked the move."))
    assert ("ninth-circuit", "OPPOSES", "charles-breyer") in r
    assert ("ninth-circuit", "OPPOSES", "national-guard-deployment") not in r
    # (after the orderer's own act, the move is the deployment)
    r = rels(run("Ruling.\n\nDonald Trump federalized the National Guard on Saturday. Judge "
                 "Karin Immergut blocked the move."))
    assert ("karin-immergut", "OPPOSES", "national-guard-deployment") in r


def test_doubting_the_troops_sent_criticizes_the_one_who_sent_them():
    r = rels(run("Troops.\n\nDonald Trump decided to send the National Guard to Los Angeles. "
                 "Mayor Karen Bass said she did not request the National Guard and questioned "
                 "whether troops are the right solution to the city's crime challenges."))
    assert ("karen-bass", "CRITICIZES", "donald-trump") in r


def test_a_quote_given_as_the_cause_of_an_act_does_not_judge_the_act():
    r = rels(run("Troops.\n\nGavin Newsom sent troops. In court documents, the governor's "
                 "office said it deployed the National Guard because of \"unbridled criminal "
                 "activity\" that threatens public safety."))
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") not in r
    assert ("gavin-newsom", "ORDERS", "national-guard") in r


def test_an_office_said_it_is_its_principal():
    r = rels(run("Troops.\n\nKaren Bass's office said it would sue Donald Trump."))
    assert ("karen-bass", "SUES", "donald-trump") in rels(
        run("Troops.\n\nKaren Bass's office said it sued Donald Trump on Monday."))
    assert not any(s == "donald-trump" and t == "karen-bass" for s, _, t in r)


def test_reporting_that_forces_will_be_sent_backs_it_only_for_their_side():
    r = rels(run("Charlotte.\n\nBorder Patrol agents will be sent to Charlotte, Mayor Karen "
                 "Bass said."))
    assert ("karen-bass", "SUPPORTS", "immigration-raids") not in r
    r = rels(run("Troops.\n\nThe National Guard has been mobilized, Tom Homan said."))
    assert ("tom-homan", "SUPPORTS", "national-guard-deployment") in r


def test_a_ruling_that_someone_could_not_act_opposes_them():
    r = rels(run("Ruling.\n\nThe Supreme Court ruled that Donald Trump could not deploy the "
                 "National Guard to Illinois."))
    assert ("supreme-court", "OPPOSES", "donald-trump") in r
    assert ("supreme-court", "SUPPORTS", "national-guard-deployment") not in r


def test_parties_listed_in_a_sentence_of_their_own():
    r = rels(run("Suit.\n\nThe Justice Department sued Colorado on Friday. The lawsuit names "
                 "Gov. Jared Polis and Attorney General Phil Weiser as defendants."))
    assert ("doj", "SUES", "jared-polis") in r
    assert ("doj", "SUES", "phil-weiser") in r
    r = rels(run("Suit.\n\nThe ACLU sued Gov. Bill Lee over the Guard deployment on Monday. "
                 "The plaintiffs include Mayor Karen Bass and Gov. Gavin Newsom."))
    assert ("karen-bass", "SUES", "bill-lee") in r
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in r
    # (a clause about the suit names no party)
    r = rels(run("Suit.\n\nThe Justice Department sued Karen Bass on Monday. She is named "
                 "among the defendants in the lawsuit, which was filed in the court where "
                 "Gavin Newsom once sued."))
    assert ("doj", "SUES", "gavin-newsom") not in r


def test_a_force_asked_not_to_be_sent_is_not_backed():
    r = rels(run("Memphis.\n\nMayor Karen Bass called on the Trump administration to send "
                 "federal resources, not troops."))
    assert ("karen-bass", "SUPPORTS", "national-guard-deployment") not in r


def test_more_words_for_criticism_and_sending():
    r = rels(run("Memphis.\n\nKaren Bass has spoken against the deployment of the National "
                 "Guard."))
    assert ("karen-bass", "OPPOSES", "national-guard-deployment") in r
    ex = run("Memphis.\n\nThe Pentagon is surging National Guard troops to Memphis.")
    assert ("pentagon", "ORDERS", "national-guard") in rels(ex)


def test_wanting_to_thank_someone_thanks_them():
    ex = run('Thanks.\n\n"I want to thank President Trump," Gov. Gavin Newsom said.')
    assert [r.mode for r in find(ex, "gavin-newsom", "SUPPORTS", "donald-trump")] == ["reported"]
    ex = run("Thanks.\n\nGavin Newsom took the opportunity to thank Pete Hegseth.")
    assert [r.mode for r in find(ex, "gavin-newsom", "SUPPORTS", "pete-hegseth")] == ["asserted"]


def test_a_suit_only_weighed_is_not_filed():
    ex = run("Suit.\n\nThe ACLU is weighing a legal challenge against Gov. Gavin Newsom.")
    assert [r.mode for r in find(ex, "aclu", "SUES", "gavin-newsom")] == ["hypothetical"]


def test_ordering_an_inquiry_or_sending_an_agreement_orders_no_one():
    r = rels(run("Probe.\n\nPam Bondi has ordered an investigation of Gov. Gavin Newsom."))
    assert ("pam-bondi", "ORDERS", "gavin-newsom") not in r
    assert ("pam-bondi", "CRITICIZES", "gavin-newsom") in r
    r = rels(run("Funds.\n\nKristi Noem sent Gavin Newsom an agreement on April 18."))
    assert ("kristi-noem", "ORDERS", "gavin-newsom") not in r


def test_words_of_a_supposed_case_judge_no_one():
    r = rels(run('Memphis.\n\n"If you are here illegally and you commit a crime, then obviously '
                 'ICE is going to be involved in that," Gov. Gavin Newsom said.'))
    assert ("gavin-newsom", "CRITICIZES", "ice") not in r
    assert ("gavin-newsom", "OPPOSES", "immigration-raids") not in r


def test_denied_entry_to_an_agencys_place_is_the_agencys_doing():
    r = rels(run("Visit.\n\nReps. Alex Padilla and Maxine Waters were denied entry into the "
                 "Immigration and Customs Enforcement processing center in Broadview."))
    assert ("ice", "OPPOSES", "alex-padilla") in r
    assert ("ice", "OPPOSES", "maxine-waters") in r


def test_names_included_after_a_named_object():
    r = rels(run("Suit.\n\nThe Justice Department sued California, including Gov. Gavin "
                 "Newsom and Attorney General Rob Bonta."))
    assert ("doj", "SUES", "gavin-newsom") in r
    assert ("doj", "SUES", "rob-bonta") in r


def test_where_people_were_arrested_is_not_whom():
    r = rels(run("Portland.\n\nThe LAPD arrested 28 people at an ICE building on Saturday."))
    assert ("lapd", "COERCES", "ice") not in r


def test_places_before_a_titled_name_locate_the_person():
    r = rels(run("Portland.\n\nPortland, Oregon, Mayor Keith Wilson criticized the ICE "
                 "agents."))
    assert ("keith-wilson", "CRITICIZES", "ice") in r
    assert not any(t == "ice" and s in ("portland", "oregon") for s, _, t in r)


def test_a_places_mayor_is_the_mayor_named_before():
    r = rels(run("Charlotte.\n\nMayor Mara Quill spoke on Monday. Later, Charlotte's mayor "
                 "criticized the Border Patrol agents."))
    assert ("mara-quill", "CRITICIZES", "border-patrol") in r
    # (not a mayor named with another place)
    r = rels(run("Charlotte.\n\nRaleigh Mayor Mara Quill spoke on Monday. Later, Charlotte's "
                 "mayor criticized the Border Patrol agents."))
    assert ("mara-quill", "CRITICIZES", "border-patrol") not in r


def test_disagreement_and_disappointment_judge():
    r = rels(run("Memphis.\n\nAt a news conference, Mayor Karen Bass noted her disagreement with "
                 "both Donald Trump and Gov. Gavin Newsom."))
    assert ("karen-bass", "OPPOSES", "donald-trump") in r
    assert ("karen-bass", "OPPOSES", "gavin-newsom") in r
    r = rels(run('Memphis.\n\n"What Gavin Newsom did was dumbfounding and disappointing," said '
                 'Mayor Karen Bass.'))
    assert ("karen-bass", "CRITICIZES", "gavin-newsom") in r


def test_support_or_concerns_regarding_an_act():
    r = rels(run("Memphis.\n\nGov. Gavin Newsom readily gave his support regarding the use of "
                 "National Guard troops."))
    assert ("gavin-newsom", "SUPPORTS", "national-guard-deployment") in r
    r = rels(run("Memphis.\n\nMayor Karen Bass raised concerns regarding the deployment of the "
                 "National Guard."))
    assert ("karen-bass", "OPPOSES", "national-guard-deployment") in r
