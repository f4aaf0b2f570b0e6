from tests.test_extract_helpers import find, rels, run


def test_condemning_an_issue_opposes_it():
    ex = run("Mayor Karen Bass condemned the immigration raids on Friday.")
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(ex)
    assert "immigration-raids" in ex.issue_ids()


def test_defending_a_deployment_supports_it():
    ex = run("Tom Homan defended the deployment of the National Guard.")
    assert ("tom-homan", "SUPPORTS", "national-guard-deployment") in rels(ex)


def test_ordering_supports_the_deployment():
    ex = run("Donald Trump sent the Marines to Portland.")
    assert ("donald-trump", "SUPPORTS", "marines-deployment") in rels(ex)


def test_labelling_with_evaluative_words():
    ex = run("The Guard was sent to Portland. Senator Alex Padilla called the move "
             "\u201creckless\u201d.")
    assert ("alex-padilla", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_evaluative_quote_names_the_issue():
    ex = run("\u201cThe curfew has been effective and successful,\u201d Jim McDonnell said.")
    assert ("jim-mcdonnell", "SUPPORTS", "curfew") in rels(ex)


def test_remedy_verbs_do_not_turn_support_into_opposition():
    ex = run("Karoline Leavitt said the Guard deployment will \u201ccombat lawlessness\u201d.")
    assert ("karoline-leavitt", "OPPOSES", "national-guard-deployment") not in rels(ex)
    # (crushing a rebellion is acting against it: "to crush this rebellion" backs the troops)
    ex = run('Troops\n\nTrump sent the Guard to Fresno. Senator Rick Scott went further, urging '
             'the president to send in more troops "to crush this rebellion."')
    assert ("rick-scott", "OPPOSES", "national-guard-deployment") not in rels(ex)


def test_negated_stance_not_counted():
    ex = run("Governor Gavin Newsom never condemned the curfew.")
    assert ("gavin-newsom", "OPPOSES", "curfew") not in rels(ex)


def test_siding_with_one_thing_over_an_issue_opposes_the_issue():
    ex = run("Tom Homan accused Karen Bass of siding with disorder over immigration enforcement.")
    st = {(r.source, r.target, r.type) for r in ex.relations if r.target == "immigration-raids"}
    assert ("karen-bass", "immigration-raids", "SUPPORTS") not in st


def test_remain_as_a_copula_is_not_continuation():
    ex = run('Karen Bass said the raids remain the city\'s main problem.')
    st = {(r.source, r.target, r.type) for r in ex.relations}
    assert ("karen-bass", "immigration-raids", "SUPPORTS") not in st


def test_taking_part_in_an_issue_supports_it():
    ex = run("The Harbor Workers Alliance said on Monday that it was proud of its members. "
             "The group planned marches outside City Hall through the summer.")
    st = {(r.source, r.target, r.type) for r in ex.relations if r.target == "protests"}
    assert any(s.startswith("harbor-workers-alliance") and t == "SUPPORTS" for s, _, t in st)


def test_calling_up_troops_is_not_a_label():
    ex = run('Donald Trump can call up Guard units when there is "a rebellion" in a state.')
    assert not any(r.rule.startswith("stance:labelling") for r in ex.relations)


def test_a_victim_in_a_negative_clause_is_not_criticised():
    ex = run('Cory Booker said Alex Padilla had been "treated like a criminal" by agents.')
    assert not any(r.source == "cory-booker" and r.target == "alex-padilla"
                   and r.type == "CRITICIZES" for r in ex.relations)


def test_a_judges_order_is_not_the_deployment():
    ex = run("Donald Trump federalized the National Guard. Pam Bondi slammed Judge Charles "
             "Breyer's order as lawless.")
    assert ("pam-bondi", "national-guard-deployment", "OPPOSES") not in {
        (r.source, r.target, r.type) for r in ex.relations}


def test_a_question_in_quotes_is_not_a_judgement():
    ex = run('Donald Trump sent the National Guard. "Is this about public safety, or is it '
             'about politics?" asked Senator Patty Murray.')
    assert not any(r.source == "patty-murray" and r.target == "national-guard-deployment"
                   for r in ex.relations)


def test_the_troops_take_no_stance_on_their_own_deployment():
    ex = run("Donald Trump deployed the National Guard. The Marines will join the Guard "
             "members in Los Angeles.")
    assert not any(r.source in ("marines", "national-guard") and r.target.endswith("deployment")
                   and r.source.split("-")[0] in r.target for r in ex.relations)
    assert not any(r.source == "national-guard" and r.target == "national-guard-deployment"
                   for r in ex.relations)


def test_bare_troops_are_the_force_named_before():
    ex = run("Donald Trump sent 700 Marines to Los Angeles. Sean Parnell praised the troops "
             "for their discipline.")
    assert find(ex, "sean-parnell", "SUPPORTS", "marines")


def test_a_word_describing_another_actor_judges_that_actor():
    ex = run('Pete Hegseth said the Marines were there to protect officers "from violent '
             'rioters."')
    assert not any(r.source == "pete-hegseth" and r.target == "marines" and r.polarity < 0
                   for r in ex.relations)
    assert find(ex, "pete-hegseth", "CRITICIZES", "protesters")


def test_saying_the_troops_will_stay_supports_the_deployment():
    ex = run("Donald Trump federalized the National Guard. Pete Hegseth said the Guard troops "
             "would stay in Los Angeles as long as needed.")
    assert ("pete-hegseth", "national-guard-deployment", "SUPPORTS") in {
        (r.source, r.target, r.type) for r in ex.relations}


def test_accusing_someone_of_an_act_opposes_the_act():
    ex = run("Karen Bass accused Donald Trump of federalizing the California National Guard.")
    assert ("karen-bass", "national-guard-deployment", "OPPOSES") in {
        (r.source, r.target, r.type) for r in ex.relations}


def test_saying_the_troops_should_be_returned_opposes_the_deployment():
    ex = run("Gavin Newsom said the remaining Guard members should be returned to state "
             "control immediately.")
    assert ("gavin-newsom", "national-guard-deployment", "OPPOSES") in {
        (r.source, r.target, r.type) for r in ex.relations}


def test_people_judged_in_the_object_are_not_the_subject():
    ex = run('Brett Shumate told the court that federal agents had faced "violent mobs" '
             "every night.")
    assert not any(r.source == "brett-shumate" and r.target == "federal-agents"
                   and r.type == "CRITICIZES" for r in ex.relations)


def test_should_be_ashamed_is_a_judgement_not_a_maybe():
    ex = run('Mike Johnson said Gavin Newsom "should be ashamed" of the unrest.')
    assert any(r.source == "mike-johnson" and r.target == "gavin-newsom" and r.polarity < 0
               and r.mode == "reported" for r in ex.relations)


def test_backing_a_lawsuit_against_an_issue_opposes_it():
    ex = run("Donald Trump federalized the National Guard. The Los Angeles City Council voted "
             "to support California's lawsuit against the federalization of the Guard.")
    st = {(r.source, r.type) for r in ex.relations if r.target == "national-guard-deployment"}
    assert not any(t == "SUPPORTS" and s != "donald-trump" for s, t in st)


def test_a_state_one_remains_in_is_not_an_activity_going_on():
    st = rels(run("Governor Ana Ruiz said one National Guard member remains in critical "
                  "condition."))
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in st
    st = rels(run('"It is troubling that Lupe Arreola continues to be detained by ICE," Senator '
                  'Ana Ruiz said.'))
    assert ("ana-ruiz", "SUPPORTS", "immigration-raids") not in st
    st = rels(run("Trump orders asylum halt after National Guard shooting\n\nDirector Ana Ruiz "
                  "announced the halt, saying it would remain in effect until every applicant "
                  "is vetted."))
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in st
    # the troops staying on is still the deployment going on
    st = rels(run("Tom Homan said the National Guard would remain in Fresno."))
    assert ("tom-homan", "SUPPORTS", "national-guard-deployment") in st


def test_a_condition_is_not_a_call_to_continue():
    ex = run('"As long as the raids continue, we will be in the streets," Ron Gochez said.')
    assert not any(r.source == "ron-gochez" and r.target == "immigration-raids"
                   and r.type == "SUPPORTS" for r in ex.relations)


def test_someones_decision_is_the_issue_named_with_them():
    ex = run("Donald Trump deployed the National Guard last week. On Tuesday, Karen Bass "
             "lifted the downtown curfew. Ysabel Jurado welcomed Bass' decision.")
    st = {(r.target, r.type) for r in ex.relations if r.source == "ysabel-jurado"}
    assert ("national-guard-deployment", "SUPPORTS") not in st


def test_calling_the_use_of_troops_a_wrong_opposes_the_deployment_not_the_troops():
    ex = run('Donald Trump sent 700 Marines to Los Angeles. Gavin Newsom called the use of '
             'Marines against civilians "un-American."')
    rels = {(r.source, r.target, r.type) for r in ex.relations}
    assert ("gavin-newsom", "marines-deployment", "OPPOSES") in rels
    assert ("gavin-newsom", "marines", "CRITICIZES") not in rels


def test_saying_an_issues_actor_sows_terror_opposes_the_issue():
    ex = run('Karen Bass told reporters that ICE was "sowing terror" in immigrant '
             'neighborhoods.')
    assert ("karen-bass", "immigration-raids", "OPPOSES") in {
        (r.source, r.target, r.type) for r in ex.relations}


def test_accusing_someone_of_using_the_military_opposes_the_military_deployment():
    ex = run("Donald Trump sent the Marines to Los Angeles. Gavin Newsom accused Donald Trump of "
             "using the military against his own people.")
    assert ("gavin-newsom", "marines-deployment", "OPPOSES") in {
        (r.source, r.target, r.type) for r in ex.relations}


def test_what_is_set_aside_with_not_is_not_what_goes_on():
    ex = run("Chief Jim McDonnell said the LAPD had responded to keep the peace, not to assist "
             "with immigration enforcement.")
    assert not [r for r in rels(ex) if r[1:] == ("SUPPORTS", "immigration-raids")]


def test_calling_raids_kidnappings_opposes_them():
    ex = run('Mayor Arturo Flores called the raids "kidnappings" at a council meeting.')
    assert ("arturo-flores", "OPPOSES", "immigration-raids") in rels(ex)


def test_a_label_parsed_into_one_noun_phrase_with_the_object_still_labels_it():
    ex = run("Senator Alex Padilla called the raids illegal retaliation.")
    assert ("alex-padilla", "OPPOSES", "immigration-raids") in rels(ex)


def test_chants_and_campaigns_against_an_actor_criticise_it():
    for text in ("The ACLU led chants against ICE.", "The ACLU launched a campaign against ICE."):
        assert ("aclu", "CRITICIZES", "ice") in rels(run(text)), text


def test_a_reported_attempt_and_a_name_for_a_person_are_judgements():
    ex = run("Governor Tina Kotek said Donald Trump was trying to manufacture a crisis.")
    assert ("tina-kotek", "CRITICIZES", "donald-trump") in rels(ex)
    ex = run('Governor Tina Kotek said that Tom Homan was "a liar."')
    assert ("tina-kotek", "CRITICIZES", "tom-homan") in rels(ex)


def test_an_evaluative_participle_parsed_as_a_passive_still_judges_its_subject():
    ex = run('President Donald Trump signed the order on Saturday. Governor Tina Kotek said '
             'the president was "deranged." Others agreed.')
    assert ("tina-kotek", "CRITICIZES", "donald-trump") in rels(ex)


def test_a_state_guard_is_a_guard_for_the_deployment_issue():
    ex = run("Governor Greg Abbott sent the Texas National Guard to Austin.")
    assert ("greg-abbott", "SUPPORTS", "national-guard-deployment") in rels(ex)
    assert not [r for r in rels(ex) if r[0] == "texas-national-guard" and r[2].endswith(
        "deployment")]


def test_a_word_naming_two_issues_does_not_decide_which_deployment_is_meant():
    ex = run("Governor Greg Abbott sent the Texas National Guard to Austin. Critics questioned "
             "the deployment of Marines and Guard members. The White House welcomed the Texas "
             "deployment.")
    st = {r for r in rels(ex) if r[0] == "white-house"}
    assert ("white-house", "SUPPORTS", "national-guard-deployment") in st
    assert ("white-house", "SUPPORTS", "marines-deployment") not in st


def test_praise_or_blame_for_sending_a_force_is_a_stance_on_its_deployment():
    assert ("tom-cotton", "SUPPORTS", "national-guard-deployment") in rels(
        run("Senator Tom Cotton applauded the president for sending in the National Guard."))
    assert ("tom-cotton", "SUPPORTS", "national-guard-deployment") in rels(
        run("Senator Tom Cotton praised Donald Trump for deploying the National Guard."))


def test_joining_a_lawsuit_against_a_deployment_only_opposes_it():
    st = rels(run("Governor Tina Kotek joined the lawsuit against the Guard deployment."))
    assert ("tina-kotek", "OPPOSES", "national-guard-deployment") in st
    assert ("tina-kotek", "SUPPORTS", "national-guard-deployment") not in st


def test_a_quote_said_of_someone_judges_them():
    for text in ('"He is a failure," Governor Tina Kotek said of Donald Trump.',
                 'Governor Tina Kotek said of Donald Trump: "He has done a terrible job."'):
        assert ("tina-kotek", "CRITICIZES", "donald-trump") in rels(run(text)), text


def test_passing_a_measure_supports_it():
    ex = run("The Pasadena City Council passed a sanctuary ordinance on Monday.")
    assert [r for r in rels(ex) if r[1:] == ("SUPPORTS", "sanctuary-policies")]


def test_judgements_reported_in_other_shapes_are_the_speakers():
    cases = {
        "The immigration raids are illegal, according to the ACLU.":
            ("aclu", "OPPOSES", "immigration-raids"),
        "The ACLU said in a statement that the immigration raids were unconstitutional.":
            ("aclu", "OPPOSES", "immigration-raids"),
        "The National Guard deployment, Governor Tina Kotek argued, was illegal.":
            ("tina-kotek", "OPPOSES", "national-guard-deployment"),
        "The president, Tina Kotek said, is acting like a dictator.":
            ("tina-kotek", "CRITICIZES", "donald-trump"),
    }
    for text, rel in cases.items():
        assert rel in rels(run(text)), text
    # "according to" a source of facts is not that source's judgement
    ex = run("Troopers declared an unlawful assembly near the Capitol, according to the "
             "Austin Police Department.")
    assert not [r for r in rels(ex) if r[0] == "austin-police-department"]


def test_he_said_after_a_quote_is_not_the_person_named_inside_it():
    ex = run('Governor Tina Kotek spoke on Monday. "Donald Trump is a liar," she said.')
    assert ("tina-kotek", "CRITICIZES", "donald-trump") in rels(ex)


def test_a_denied_merit_in_a_reported_clause_is_a_judgement():
    assert ("karen-bass", "OPPOSES", "curfew") in rels(
        run("Mayor Karen Bass said the curfew was not necessary."))
    assert ("karen-bass", "OPPOSES", "national-guard-deployment") in rels(
        run("Mayor Karen Bass said the National Guard troops were not needed."))


def test_praise_of_a_deployed_force_supports_its_deployment():
    st = rels(run("Speaker Mike Johnson said the National Guard was needed to restore order."))
    assert ("mike-johnson", "SUPPORTS", "national-guard-deployment") in st
    # a separate "that" clause is judged on its own
    st = rels(run("Tom Homan said rioters had thrown rocks at officers and that the National "
                  "Guard was needed to protect them."))
    assert not [r for r in st if r[2] == "protests" and r[1] == "SUPPORTS"]


def test_welcoming_a_withdrawal_opposes_the_deployment():
    st = rels(run("Mayor Karen Bass welcomed the withdrawal of the Marines."))
    assert ("karen-bass", "OPPOSES", "marines-deployment") in st
    assert ("karen-bass", "SUPPORTS", "marines-deployment") not in st


def test_a_harm_predicted_for_an_issue_opposes_it():
    st = rels(run("Democrats warned that the deployment of the National Guard would inflame "
                  "tensions."))
    assert ("democrats", "OPPOSES", "national-guard-deployment") in st


def test_troops_of_an_unknown_guard_are_that_guard():
    ex = run("Governor Greg Abbott sent 400 Texas National Guard troops to Illinois.")
    assert ("greg-abbott", "ORDERS", "texas-national-guard") in rels(ex)
    assert ("greg-abbott", "SUPPORTS", "national-guard-deployment") in rels(ex)


def test_labels_in_misparsed_complements():
    for text in ("Trump called the governor incompetent.", "Trump called Newsom reckless.",
                 "Trump called Newsom grossly incompetent and a terrible governor."):
        assert ("donald-trump", "CRITICIZES", "gavin-newsom") in rels(run(text)), text


def test_likening_someone_to_a_dictator_criticises_them():
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(
        run("Newsom likened the president to failed dictators."))
    assert ("rob-bonta", "CRITICIZES", "donald-trump") in rels(
        run("Bonta likened Trump's actions to those of a dictator."))


def test_words_about_unnamed_people_or_a_condition_judge_no_issue():
    r = rels(run('"Violent mobs have attacked ICE officers carrying out deportation operations," '
                 'Leavitt said.'))
    assert ("karoline-leavitt", "OPPOSES", "immigration-raids") not in r
    r = rels(run('"If there is chaos, I will send the Guard again," Trump said about the '
                 'deployment.'))
    assert ("donald-trump", "OPPOSES", "national-guard-deployment") not in r
    r = rels(run('"The raids are cruel and illegal," Newsom said.'))
    assert ("gavin-newsom", "OPPOSES", "immigration-raids") in r


def test_the_ruling_after_a_judge_acted_is_the_judges():
    r = rels(run("Judge Maria Ortega ordered Trump to return control of the Guard. Newsom praised "
                 "the ruling."))
    assert ("gavin-newsom", "SUPPORTS", "maria-ortega") in r
    assert ("gavin-newsom", "SUPPORTS", "national-guard-deployment") not in r
    r = rels(run("Trump ordered the deployment of the Guard. Newsom condemned the order."))
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in r


def test_opposing_what_people_do_criticises_them():
    r = rels(run("Protesters blocked the freeway on Sunday. The White House condemned the protests."))
    assert ("white-house", "CRITICIZES", "protesters") in r
    r = rels(run("ICE agents detained workers. Newsom condemned the raids."))
    assert ("gavin-newsom", "CRITICIZES", "ice") not in r  # a policy: not its agents


def test_declaring_a_policy_supports_it_but_not_declaring_it_unlawful():
    assert ("karen-bass", "SUPPORTS", "curfew") in rels(run("Mayor Karen Bass declared a curfew "
                                                             "for downtown on Tuesday."))
    r = rels(run("Bonta asked a judge to declare the federalization of the Guard unlawful."))
    assert ("rob-bonta", "SUPPORTS", "national-guard-deployment") not in r
    r = rels(run("Newsom announced his plans to sue over the deployment."))
    assert ("gavin-newsom", "SUPPORTS", "national-guard-deployment") not in r


def test_a_breach_and_a_violation_are_judgements_a_warning_to_offenders_is_not():
    r = rels(run('Newsom called the National Guard deployment "a serious breach of state '
                 'sovereignty."'))
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in r
    r = rels(run("Judge Maria Ortega found that Trump violated the law by deploying the Guard."))
    assert ("maria-ortega", "CRITICIZES", "donald-trump") in r or (
        "maria-ortega", "OPPOSES", "donald-trump") in r
    r = rels(run('"Officers will arrest anyone who violates the curfew," Bass said.'))
    assert ("karen-bass", "OPPOSES", "curfew") not in r


def test_he_in_a_quote_is_the_one_the_quote_named():
    r = rels(run('"I like Gavin Newsom. He is a nice guy but he is grossly incompetent," Trump said.'))
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in r


def test_a_quote_praising_an_actor_supports_them():
    ex = run('"Rob Bonta is an honest and tireless public servant," Gavin Newsom said.')
    assert ("gavin-newsom", "SUPPORTS", "rob-bonta") in rels(ex)
    ex = run('"Karen Bass is doing a terrific job for this city," Alex Padilla said on Friday.')
    assert ("alex-padilla", "SUPPORTS", "karen-bass") in rels(ex)
    # denied praise is no praise, and praising the troops is not backing their deployment
    ex = run('"Karen Bass is not doing a terrific job," Tom Homan said.')
    assert ("tom-homan", "SUPPORTS", "karen-bass") not in rels(ex)
    ex = run('"The Marines are heroes," Gavin Newsom said of the deployment.')
    assert ("gavin-newsom", "SUPPORTS", "marines-deployment") not in rels(ex)


def test_welcoming_a_decision_to_scale_something_back_opposes_it():
    ex = run("Karen Bass welcomed the Pentagon's decision to reduce the Marines' presence in "
             "the city.")
    assert ("karen-bass", "OPPOSES", "marines-deployment") in rels(ex)
    assert ("karen-bass", "SUPPORTS", "marines-deployment") not in rels(ex)


def test_a_relative_that_in_a_quote_does_not_point_back_to_an_issue():
    text = ("Federal agents carried out immigration raids in Paramount on Friday. "
            '"I am proud of a community that stands together," Mayor Peggy Lemons said.')
    assert not [r for r in rels(run(text)) if r[0] == "peggy-lemons" and r[2] ==
                "immigration-raids"]
    text = ("Federal agents carried out immigration raids in Paramount on Friday. "
            '"That is shameful," Mayor Peggy Lemons said.')
    assert ("peggy-lemons", "OPPOSES", "immigration-raids") in rels(run(text))


def test_reporting_an_act_with_its_purpose_takes_the_purposes_side():
    ex = run("Karoline Leavitt said Donald Trump sent the Marines to restore order.")
    assert ("karoline-leavitt", "SUPPORTS", "marines-deployment") in rels(ex)
    ex = run("Gavin Newsom said Donald Trump sent the Marines to provoke protesters.")
    assert ("gavin-newsom", "OPPOSES", "marines-deployment") in rels(ex)
    # no purpose, no side
    ex = run("Gavin Newsom said Donald Trump sent the Marines on Monday.")
    assert not [r for r in rels(ex) if r[0] == "gavin-newsom" and r[2] == "marines-deployment"]


def test_sending_troops_home_is_no_support_for_their_deployment():
    ex = run("Pete Hegseth sent the Marines home on Tuesday.")
    assert ("pete-hegseth", "ORDERS", "marines") in rels(ex)
    assert ("pete-hegseth", "SUPPORTS", "marines-deployment") not in rels(ex)
    ex = run("Karen Bass called on the Pentagon to send the Marines home.")
    assert ("karen-bass", "OPPOSES", "marines-deployment") in rels(ex)
    assert ("karen-bass", "SUPPORTS", "marines-deployment") not in rels(ex)


def test_backing_a_lawsuit_over_something_opposes_it():
    ex = run("Kwame Raoul backed the lawsuit over the deployment of the Marines.")
    assert ("kwame-raoul", "OPPOSES", "marines-deployment") in rels(ex)
    ex = run("Kwame Raoul supported California's lawsuit over the Marines' deployment.")
    assert ("kwame-raoul", "SUPPORTS", "marines-deployment") not in rels(ex)


def test_plural_decisions_in_a_quote_do_not_point_back_to_an_issue():
    text = ("Donald Trump federalized the National Guard on Saturday. "
            '"Gavin Newsom makes terrible decisions," Kristi Noem said.')
    assert ("kristi-noem", "OPPOSES", "national-guard-deployment") not in rels(run(text))
    text = ("Donald Trump federalized the National Guard on Saturday. "
            '"It was a terrible decision," Gavin Newsom said.')
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(run(text))


def test_a_partial_quote_judges_the_subject_outside_it():
    ex = run('Karen Bass spoke first. Tom Homan said Bass "has proven she is incompetent."')
    assert ("tom-homan", "CRITICIZES", "karen-bass") in rels(ex)


def test_a_judgement_in_a_relative_clause_is_on_the_noun_it_qualifies():
    lead = "Donald Trump deployed the National Guard to Los Angeles. "
    for tail in ("The state sued over the deployment, which Rob Bonta said was unlawful.",
                 "The state sued over the deployment, which Rob Bonta called unlawful."):
        ex = run(lead + tail)
        assert ("rob-bonta", "OPPOSES", "national-guard-deployment") in {
            (r.source, r.type, r.target) for r in ex.relations}


def test_telling_someone_a_judgement_of_what_they_do_criticises_them():
    ex = run("Patty Murray told Pete Hegseth that using Marines against civilians was "
             "unconstitutional.")
    assert ("patty-murray", "CRITICIZES", "pete-hegseth") in {
        (r.source, r.type, r.target) for r in ex.relations}
    # the one judged is not the one told
    ex = run("Karen Bass told Gavin Newsom that Kristi Noem was incompetent.")
    assert ("karen-bass", "CRITICIZES", "gavin-newsom") not in {
        (r.source, r.type, r.target) for r in ex.relations}


def test_what_someone_called_a_label_judges_the_ones_acted_on():
    ex = run("Hilda Solis wants the county to sue ICE for what she called cruel raids.")
    got = {(r.source, r.type, r.target) for r in ex.relations}
    assert ("hilda-solis", "CRITICIZES", "ice") in got
    assert ("hilda-solis", "OPPOSES", "immigration-raids") in got


def test_single_quotes_are_quotes_and_apostrophes_are_not():
    ex = run("Todd Lyons criticised city leaders on Monday. 'Mayor Karen Bass took the side of "
             "chaos and lawlessness over law enforcement,' he said.")
    crit = [r for r in ex.relations if (r.source, r.type, r.target) == (
        "todd-lyons", "CRITICIZES", "karen-bass")]
    assert crit and crit[0].evidence[0].quote.startswith("Mayor Karen Bass took the side")
    # apostrophes open and close nothing
    ex = run("Karen Bass said Donald Trump's troops and the protesters' signs were a "
             "disgrace to the city.")
    assert not any(e.quote for r in ex.relations for e in r.evidence)


def test_a_quote_sentence_praising_someone_is_no_criticism_of_them():
    ex = run("Gavin Newsom said: \"Senator Alex Padilla is one of the most decent people I know. "
             "This is outrageous and dictatorial.\"")
    assert ("gavin-newsom", "CRITICIZES", "alex-padilla") not in {
        (r.source, r.type, r.target) for r in ex.relations}


def test_calling_people_animals_or_an_enemy_is_criticism():
    ex = run('Donald Trump later called protesters "animals" and "a foreign enemy."')
    assert ("donald-trump", "CRITICIZES", "protesters") in {
        (r.source, r.type, r.target) for r in ex.relations}


def test_joining_a_suit_that_challenges_an_issue_opposes_it():
    ex = run("Pasadena has joined a lawsuit challenging ICE raids.")
    st = {(r.type, r.target) for r in ex.relations if r.source == "pasadena"}
    assert ("OPPOSES", "immigration-raids") in st
    assert ("SUPPORTS", "immigration-raids") not in st


def test_bucking_someones_efforts_opposes_them():
    ex = run("Karen Bass issued a statement bucking the Trump administration's deportation "
             "efforts.")
    assert ("karen-bass", "OPPOSES", "white-house") in {
        (r.source, r.type, r.target) for r in ex.relations}


def test_criticising_someone_over_ones_own_act_is_no_opposition_to_it():
    ex = run("Trump Slams Newsom Over Guard Deployment\nPresident Donald Trump deployed the "
             "National Guard to Los Angeles on Saturday. Gavin Newsom objected.")
    st = {(r.type, r.target) for r in ex.relations if r.source == "donald-trump"}
    assert ("OPPOSES", "national-guard-deployment") not in st
    assert ("SUPPORTS", "national-guard-deployment") in st
    # the one criticised over it still opposes it when it is not theirs
    ex = run("Gavin Newsom slammed Donald Trump over the Guard deployment. Trump deployed the "
             "National Guard on Saturday.")
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in {
        (r.source, r.type, r.target) for r in ex.relations}


def test_a_relative_pronoun_is_not_an_issue_anaphor():
    ex = run("Agents arrested dozens of people in Pasadena during immigration raids on Monday. "
             "Two of the men were detained in the city that Victor Gordo leads.")
    assert not [r for r in ex.relations if r.source == "victor-gordo"
                and r.target == "immigration-raids"]


def test_approving_a_statement_takes_the_statements_side_not_the_approvals():
    ex = run("The Pasadena City Council approved a statement denouncing the immigration raids.")
    assert ("pasadena-city-council", "OPPOSES", "immigration-raids") in rels(ex)
    assert ("pasadena-city-council", "SUPPORTS", "immigration-raids") not in rels(ex)


def test_a_merit_someone_acts_without_is_denied():
    ex = run("Karen Bass said: \"ICE carries out these raids without accountability or "
             "oversight.\"")
    assert ("karen-bass", "SUPPORTS", "immigration-raids") not in rels(ex)
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(ex)


def test_an_exclamation_inside_a_quote_does_not_lose_its_speaker():
    ex = run("“This is a disgrace!” Janice Hahn wrote on Friday. “The Trump administration is "
             "unhinged.”")
    assert ("janice-hahn", "CRITICIZES", "white-house") in rels(ex)


def test_the_conduct_of_someone_judged_in_a_quote_is_criticism_of_them():
    ex = run("“The shameful conduct of ICE agents at the courthouse must stop,” Adam Schiff "
             "said on Friday.")
    assert ("adam-schiff", "CRITICIZES", "ice") in rels(ex)
    ex = run("“The deployment of the National Guard is shameful,” Adam Schiff said on Friday.")
    assert ("adam-schiff", "CRITICIZES", "national-guard") not in rels(ex)


def test_a_line_ending_in_a_closing_single_quote_ends_the_sentence():
    ex = run("'There are armed vehicles in our parks for no reason,' Karen Bass said. 'It is "
             "outrageous that the federal government seized our National Guard.'\n'We stand "
             "together,' added Eunisses Hernandez.")
    assert ("karen-bass", "CRITICIZES", "white-house") in rels(ex)
    assert ("eunisses-hernandez", "CRITICIZES", "white-house") not in rels(ex)


def test_continuing_to_demand_a_withdrawal_is_no_support_for_the_deployment():
    ex = run("'We stand together, and we will keep on demanding the withdrawal of federal "
             "troops from Fresno,' said Councilwoman Lupe Arreola.")
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") in rels(ex)
    assert ("lupe-arreola", "SUPPORTS", "national-guard-deployment") not in rels(ex)


def test_demanding_an_agencys_withdrawal_opposes_the_agency():
    ex = run("Mayor Lupe Arreola demanded the swift withdrawal of ICE and the Border Patrol "
             "from Fresno.")
    assert ("lupe-arreola", "OPPOSES", "ice") in rels(ex)
    assert ("lupe-arreola", "OPPOSES", "immigration-raids") in rels(ex)


def test_a_relative_pronoun_stands_for_the_noun_it_follows():
    ex = run("Karen Bass lifted the curfew, which she had imposed on Tuesday.")
    assert ("karen-bass", "SUPPORTS", "curfew") in rels(ex)


def test_warning_against_interference_with_an_issue_supports_it():
    ex = run("Kristi Noem warned on Sunday that interference with immigration enforcement will "
             "not be tolerated.")
    assert ("kristi-noem", "SUPPORTS", "immigration-raids") in rels(ex)
    ex = run("Tom Homan threatened to arrest anyone who obstructs the immigration raids.")
    assert ("tom-homan", "SUPPORTS", "immigration-raids") in rels(ex)


def test_saying_someone_did_not_interfere_is_no_stance():
    ex = run("Janice Hahn said Alex Padilla was not interfering with the immigration raids.")
    assert not [r for r in ex.relations if r.target == "immigration-raids"
                and r.type == "SUPPORTS"]


def test_who_goes_on_doing_an_issues_activity_backs_it():
    ex = run("Abigail Jackson said the Trump administration will continue to deport criminals.")
    assert ("white-house", "SUPPORTS", "immigration-raids") in rels(ex)


def test_backing_someones_arrest_threatens_them():
    ex = run("Donald Trump said he would support the arrest of Gavin Newsom.")
    assert ("donald-trump", "THREATENS", "gavin-newsom") in rels(ex)
    ex = run("Donald Trump endorsed the idea of arresting Gavin Newsom.")
    assert ("donald-trump", "THREATENS", "gavin-newsom") in rels(ex)
    ex = run("Adam Schiff sent a letter demanding a review of David Huerta's arrest.")
    assert ("adam-schiff", "THREATENS", "david-huerta") not in rels(ex)
    # calling for someone to be jailed, with the name before the passive or after "for"
    ex = run("Donald Trump called for Gavin Newsom to be arrested.")
    assert ("donald-trump", "THREATENS", "gavin-newsom") in rels(ex)
    ex = run("Donald Trump called for Portland Mayor Keith Wilson and Oregon Gov. Tina Kotek "
             "to be jailed.")
    assert ("donald-trump", "THREATENS", "keith-wilson") in rels(ex)
    ex = run("Donald Trump called for Gavin Newsom not to be arrested.")
    assert ("donald-trump", "THREATENS", "gavin-newsom") not in rels(ex)


def test_a_warning_to_anyone_who_offends_threatens_the_crowd_or_those_it_names():
    ex = run("Protests\n\nProtesters marched past City Hall. Sheriff Ana Ruiz said anyone who "
             "throws rocks at deputies will be arrested.")
    assert ("ana-ruiz", "THREATENS", "protesters") in rels(ex)
    ex = run("Protests\n\nTom Homan said anyone who shelters migrants, including Mayor Ana "
             "Ruiz, could face charges.")
    assert ("tom-homan", "THREATENS", "ana-ruiz") in rels(ex)
    # (no crowd in the story: no one to threaten)
    ex = run("Protests\n\nSheriff Ana Ruiz said anyone who throws rocks will be arrested.")
    assert not [r for r in ex.relations if r.type == "THREATENS"]


def test_a_multiword_title_with_the_name_after_it_is_that_person():
    ex = run("The attorney general, Rob Bonta, said the deployment of the troops had trampled "
             "California's sovereignty.")
    assert ("rob-bonta", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_a_quote_blaming_who_obstructs_an_activity_is_for_the_activity():
    ex = run('Dan Bongino said: "The right to protest does not include a license to attack law '
             'enforcement officers, or to impede and obstruct our lawful immigration '
             'enforcement."')
    assert find(ex, "dan-bongino", "SUPPORTS", "immigration-raids")
    assert not find(ex, "dan-bongino", "OPPOSES", "immigration-raids")
    ex = run('Karen Bass said: "These cruel raids terrorize our city."')
    assert find(ex, "karen-bass", "OPPOSES", "immigration-raids")


def test_who_carries_out_an_activity_in_a_participle_is_the_noun_it_describes():
    ex = run('Karoline Leavitt said: "Violent mobs have attacked ICE officers carrying out '
             'deportation operations in Los Angeles."')
    assert not find(ex, "protesters", "SUPPORTS", "immigration-raids")


def test_asking_for_an_increase_in_an_activity_supports_it():
    ex = run("Kristi Noem promised an increase in these federal immigration operations.")
    assert find(ex, "kristi-noem", "SUPPORTS", "immigration-raids")


def test_an_indirect_question_is_no_judgement():
    ex = run("Senator Alex Padilla kept asking why the National Guard deployment was needed "
             "at all.")
    assert not [r for r in rels(ex) if r[0] == "alex-padilla"]
    assert not [r for r in rels(run("Mayor Karen Bass asked whether the raids were legal."))
                if r[0] == "karen-bass"]
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(
        run("Mayor Karen Bass said the raids were illegal."))


def test_they_in_what_a_person_tells_a_group_is_the_group():
    ex = run("Karen Bass told ICE agents they were not welcome in Los Angeles.")
    assert ("karen-bass", "CRITICIZES", "ice") in rels(ex)
    # a quote's own "they" is not the ones told
    ex = run('"They are hunting our families," Angelica Salas told the protesters.')
    assert ("angelica-salas", "CRITICIZES", "protesters") not in rels(ex)


def test_nothing_wrong_is_no_judgement_and_said_of_names_the_pronoun():
    ex = run("Story\n\nPresident Donald Trump defended Tom Homan, saying the border czar had done "
             "nothing wrong.")
    assert ("donald-trump", "CRITICIZES", "tom-homan") not in rels(ex)
    ex = run('Story\n\nGovernor Gavin Newsom said of President Donald Trump that he was sending '
             'troops to Los Angeles.')
    assert ("gavin-newsom", "SUPPORTS", "national-guard-deployment") not in rels(ex)


def test_a_judgement_written_to_someone_criticises_them():
    ex = run("Story\n\nIn a letter to Defense Secretary Pete Hegseth, Governor Gavin Newsom called "
             "the deployment unlawful.\nSenator Alex Padilla wrote to Kristi Noem that the raids "
             "were cruel.")
    r = rels(ex)
    assert ("gavin-newsom", "CRITICIZES", "pete-hegseth") in r
    assert ("alex-padilla", "CRITICIZES", "kristi-noem") in r
    # praise in a letter is no criticism
    ex = run("Story\n\nIn a letter to Defense Secretary Pete Hegseth, Governor Gavin Newsom called "
             "the deployment necessary.")
    assert ("gavin-newsom", "CRITICIZES", "pete-hegseth") not in rels(ex)


def test_of_two_subjects_the_one_next_to_the_verb_acts():
    ex = run("Story\n\nIn a letter to the secretary of defense, Pete Hegseth, Gavin Newsom called "
             "the deployment unlawful.")
    assert not [r for r in ex.relations if r.source == "pete-hegseth"]


def test_saying_someone_could_face_charges_threatens_them():
    ex = run("Homan warns officials\n\nBorder czar Tom Homan spoke on Fox News on Sunday.\nHe "
             "told NBC News that Governor Gavin Newsom and Mayor Karen Bass could face charges "
             "too.")
    r = rels(ex)
    assert {("tom-homan", "THREATENS", "gavin-newsom"), ("tom-homan", "THREATENS", "karen-bass")} <= r
    ex = run("Homan warns officials\n\nBorder czar Tom Homan said Governor Gavin Newsom would "
             "not face charges.")
    assert ("tom-homan", "THREATENS", "gavin-newsom") not in rels(ex)


def test_deploying_troops_over_protests_is_no_stance_of_the_troops():
    ex = run("Trump deploys National Guard over protests against immigration raids\n\nThe "
             "National Guard arrived on Sunday.")
    assert not [r for r in ex.relations if r.source == "national-guard"
                and r.rule == "stance:protest-against"]


def test_acts_supposed_in_a_threat_and_conducting_raids_are_no_stance():
    ex = run("Homan warns\n\nBorder czar Tom Homan warned that Governor Gavin Newsom could be "
             "arrested if he obstructed immigration raids.\nHoman vowed to arrest officials who "
             "obstruct immigration raids.")
    assert not [r for r in ex.relations if r.target == "immigration-raids"
                and r.source in ("gavin-newsom", "officials")]
    ex = run("Raids\n\nFederal agents conducted two immigration raids on Friday.")
    assert not [r for r in ex.relations if r.source == "federal-agents"
                and r.target == "immigration-raids"]
    # an act done is one
    ex = run("Raids\n\nGovernor Gavin Newsom obstructed the immigration raids on Friday.")
    assert ("gavin-newsom", "OPPOSES", "immigration-raids") in rels(ex)


def test_you_in_a_quote_told_to_someone_is_them():
    ex = run('Story\n\nSenator Alex Padilla and Kristi Noem met.\n"You should be ashamed of '
             'yourself," Padilla told Noem.')
    assert ("alex-padilla", "CRITICIZES", "kristi-noem") in rels(ex)
    ex = run('Story\n\n"You have troops standing around trying to intimidate Americans," protester '
             'Thomas Henning told AFP.')
    assert not [r for r in ex.relations if r.target == "afp"]


def test_quotes_praise_said_of_and_judge_each_clause_subject():
    ex = run('Story\n\n"He is doing a fantastic job," President Donald Trump said of Pete Hegseth.\n'
             '"The LAPD did a great job, but ICE is out of control," Mayor Karen Bass said.')
    r = rels(ex)
    assert ("donald-trump", "SUPPORTS", "pete-hegseth") in r
    assert ("karen-bass", "SUPPORTS", "lapd") in r
    assert ("karen-bass", "CRITICIZES", "ice") in r
    assert ("karen-bass", "CRITICIZES", "lapd") not in r


def test_he_in_a_quote_naming_nobody_is_the_one_named_just_before():
    ex = run('Story\n\nGovernor Gavin Newsom responded to President Donald Trump on X.\n"He is '
             'unhinged," he wrote.')
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in rels(ex)
    assert not [a for a in ex.actors if a.name.startswith("X")]


def test_a_label_for_the_move_named_after_a_comma_judges_the_mover():
    ex = run("Story\n\nThe Pentagon sent 700 Marines to Los Angeles, a move that Mayor Karen Bass "
             "called a deliberately chaotic escalation.\nPresident Donald Trump federalized the "
             "Guard, a decision Governor Gavin Newsom called illegal.")
    r = rels(ex)
    assert ("karen-bass", "CRITICIZES", "pentagon") in r
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r
    assert ("donald-trump", "ORDERS", "gavin-newsom") not in r


def test_a_mocking_nickname_is_criticism():
    ex = run('Story\n\nIn a post on X, President Donald Trump called Governor Gavin Newsom '
             '"Newscum."')
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") in rels(ex)
    ex = run('Story\n\nPresident Donald Trump called Governor Gavin Newsom "Gavin" on Monday.')
    assert ("donald-trump", "CRITICIZES", "gavin-newsom") not in rels(ex)


def test_translated_reporting_verbs_report():
    ex = run("Story\n\nMayor Karen Bass affirmed that ICE was terrorizing families.\nGovernor Gavin "
             "Newsom lamented that Donald Trump had been reckless.")
    r = rels(ex)
    assert ("karen-bass", "CRITICIZES", "ice") in r
    assert ("gavin-newsom", "CRITICIZES", "donald-trump") in r


def test_according_to_someone_an_evaluative_verb_is_their_judgement():
    ex = run("Story\n\nAccording to Mayor Karen Bass, ICE is terrorizing families in Los Angeles.")
    assert ("karen-bass", "CRITICIZES", "ice") in rels(ex)
    # a fact attributed is no judgement
    ex = run("Story\n\nAccording to the LAPD, ICE arrested 40 people on Friday.")
    assert ("lapd", "CRITICIZES", "ice") not in rels(ex)


def test_praising_a_ruling_on_an_issue_takes_no_side_on_it():
    ex = run("Pasadena Mayor Victor Gordo praises federal ruling on immigration raids")
    assert not [r for r in rels(ex) if r[0] == "victor-gordo" and r[2] == "immigration-raids"]
    ex = run("Victor Gordo praised the immigration raids on Tuesday.")
    assert ("victor-gordo", "SUPPORTS", "immigration-raids") in rels(ex)
    # approving a declaration made in answer to the raids is no support for them
    ex = run("Raids\n\nMayor Lupe Arreola approved an emergency declaration over the "
             "immigration raids.")
    assert ("lupe-arreola", "SUPPORTS", "immigration-raids") not in rels(ex)


def test_secret_police_is_a_damning_label():
    ex = run('Gavin Newsom described ICE agents as "secret police" on Saturday.')
    assert ("gavin-newsom", "CRITICIZES", "ice") in rels(ex)


def test_the_actor_whose_policy_it_is_supports_it():
    ex = run("The Trump administration's immigration raids reached Pasadena on Tuesday.")
    assert ("white-house", "SUPPORTS", "immigration-raids") in rels(ex)
    ex = run("Residents hid indoors during the raids conducted by the Department of Homeland "
             "Security in Compton.")
    assert ("dhs", "SUPPORTS", "immigration-raids") in rels(ex)


def test_an_act_done_to_someone_or_a_ruling_is_not_their_policy():
    ex = run("David Huerta's arrest during the immigration raids angered union members.")
    assert not any(s == "david-huerta" and t == "immigration-raids" for s, _, t in rels(ex))
    ex = run("Judge Charles Breyer's order on the deployment of the Marines was stayed.")
    assert ("charles-breyer", "SUPPORTS", "marines-deployment") not in rels(ex)


def test_the_owner_of_a_programme_supports_the_policy_it_names():
    ex = run("Raids spread to Fresno as part of Donald Trump's pledge of mass deportations.")
    assert ("donald-trump", "SUPPORTS", "immigration-raids") in rels(ex)


def test_a_city_that_is_a_party_can_be_labelled():
    ex = run("The Justice Department sued Boston on Thursday. Attorney General Pam Bondi "
             "called Boston \u201camong the worst sanctuary offenders in America.\u201d")
    assert ("pam-bondi", "CRITICIZES", "boston") in rels(ex)
    # a city that is only scenery is not
    ex = run("Attorney General Pam Bondi called Boston \u201ca lovely place to visit.\u201d")
    assert not any(t == "boston" for _, _, t in rels(ex))


def test_the_owners_of_a_policy_are_not_read_as_opposing_it():
    text = ("ICE agents raided a car wash in Downey on Friday. \u201cThe violent targeting of "
            "our officers by lawless rioters during these raids is despicable,\u201d Homeland "
            "Security Secretary Kristi Noem said.")
    ex = run(text)
    assert ("kristi-noem", "OPPOSES", "immigration-raids") not in rels(ex)
    # someone outside the government who says the same is still read as such
    ex = run(text.replace("Homeland Security Secretary Kristi Noem", "Councilmember Ana Ruiz"))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in rels(ex)


def test_a_judge_appointed_by_the_president_can_oppose_his_deployment():
    ex = run("Judge Karin Immergut, a Trump appointee, condemned the deployment of the National "
             "Guard to Portland.")
    assert ("karin-immergut", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_a_suit_over_force_at_protests_against_a_policy_is_not_over_the_policy():
    ex = run("The Fresno Press Club and several photographers are suing the Department of "
             "Homeland Security, alleging agents used excessive force at protests against the "
             "immigration raids. The club filed the lawsuit on Wednesday. The raids continued "
             "in Fresno.")
    assert ("fresno-press-club", "OPPOSES", "immigration-raids") not in rels(ex)
    assert ("fresno-press-club", "SUES", "dhs") in rels(ex)
    # a suit that names the policy it is over still opposes it
    ex = run("The Fresno Press Club sued the Department of Homeland Security over the "
             "immigration raids.")
    assert ("fresno-press-club", "OPPOSES", "immigration-raids") in rels(ex)


def test_a_lawsuit_filed_over_a_policy_opposes_it():
    ex = run("The Justice Department has filed a federal lawsuit against the state of New York "
             "over its sanctuary policies.")
    assert ("doj", "OPPOSES", "sanctuary-policies") in rels(ex)


def test_criticising_the_actors_of_an_issue_opposes_the_issue():
    ex = run("Protesters marched downtown. Later, Senator Tom Reyes called the protesters "
             "\u201canimals.\u201d")
    assert ("tom-reyes", "CRITICIZES", "protesters") in rels(ex)
    assert ("tom-reyes", "OPPOSES", "protests") in rels(ex)
    # praise of them is not opposition
    ex = run("Protesters marched downtown. Later, Senator Tom Reyes called the protesters "
             "\u201cheroes.\u201d")
    assert ("tom-reyes", "OPPOSES", "protests") not in rels(ex)


def test_protecting_something_from_an_activity_opposes_the_activity():
    ex = run("Donald Trump sent the Marines to protect federal sites from the riots.")
    assert ("donald-trump", "SUPPORTS", "protests") not in rels(ex)
    assert ("donald-trump", "OPPOSES", "protests") in rels(ex)


def test_someones_lawsuit_or_challenge_over_a_policy_opposes_it():
    ex = run("Trump can keep control of the Guard while Newsom's lawsuit over the National "
             "Guard deployment proceeds.")
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)
    ex = run("Trump deployed the National Guard to Los Angeles. Rob Bonta and Gavin Newsom "
             "vowed to continue their legal challenge to the deployment.")
    assert ("rob-bonta", "OPPOSES", "national-guard-deployment") in rels(ex)
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_a_party_to_a_lawsuit_opposes_the_policy_it_challenges_named_earlier():
    ex = run("Unions sued the administration over the immigration raids in March. On Monday "
             "the Southern California Labor Federation joined the lawsuit, and the ACLU filed "
             "a motion to intervene in the lawsuit.")
    got = {(r.source, r.target, r.rule) for r in ex.relations if r.type == "OPPOSES"}
    assert ("southern-california-labor-federation", "immigration-raids",
            "stance:suit-party-join") in got
    assert any(s == "aclu" and t == "immigration-raids" for s, t, _r in got)


def test_a_lawsuit_filer_opposes_the_policy_its_sentence_names():
    ex = run("Attorney General Dana Whitfield filed a lawsuit against the administration, "
             "alleging it unlawfully federalized the National Guard.")
    assert ("dana-whitfield", "OPPOSES", "national-guard-deployment") in rels(ex)
    # (or the actors whose activity the policy is)
    ex = run("Governor Laura Bennett filed a lawsuit on Monday, seeking to restore state "
             "control over the National Guard.")
    assert ("laura-bennett", "OPPOSES", "national-guard-deployment") in rels(ex)



def test_a_later_reference_to_someones_suit_keeps_the_aim_named_first():
    ex = run("Governor Laura Bennett sued the administration over the National Guard "
             "deployment in June. After Friday's ruling, Attorney General Dana Whitfield vowed "
             "to continue their legal challenge.")
    assert ("dana-whitfield", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_a_criminal_complaint_is_no_challenge_to_a_policy():
    ex = run("Federal agents carried out immigration raids across the city. Prosecutor Dana "
             "Whitfield's criminal complaint accuses the protester of assault.")
    assert ("dana-whitfield", "OPPOSES", "immigration-raids") not in rels(ex)


def test_judging_a_court_that_ruled_on_a_policy_takes_a_stance_on_it():
    ex = run("A federal judge blocked the immigration raids on Friday. Mayor Karen Bass "
             "welcomed the decision.")
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(ex)
    ex = run("The Supreme Court allowed the immigration raids to resume on Monday. Mayor Karen "
             "Bass blasted the court.")
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(ex)
    ex = run("The Supreme Court allowed the immigration raids to resume on Monday. Tom Homan "
             "praised the court.")
    assert ("tom-homan", "SUPPORTS", "immigration-raids") in rels(ex)


def test_a_law_limiting_cooperation_with_immigration_agents_is_a_sanctuary_policy():
    ex = run("Police Chief Dana Whitfield opposed the state law limiting cooperation with "
             "federal immigration authorities.")
    assert ("dana-whitfield", "OPPOSES", "sanctuary-policies") in rels(ex)
    ex = run("The Pasadena City Council adopted an ordinance barring city staff from "
             "assisting federal immigration agents.")
    assert ("pasadena-city-council", "SUPPORTS", "sanctuary-policies") in rels(ex)


def test_a_bare_law_does_not_point_back_to_a_sanctuary_policy():
    ex = run("The city council adopted an ordinance limiting cooperation with immigration "
             "agents. Tom Homan said he supports the rule of law.")
    assert not [r for r in ex.relations if r.source == "tom-homan"
                and r.target == "sanctuary-policies"]


def test_voting_against_a_policy_opposes_it():
    ex = run("Councilmember Greg Thornton voted against the sanctuary ordinance.")
    assert ("greg-thornton", "OPPOSES", "sanctuary-policies") in rels(ex)


def test_suing_with_no_policy_named_opposes_the_one_the_story_is_about():
    ex = run("President Trump federalized the National Guard on Saturday. Attorney General "
             "Dana Whitfield said her office had sued.")
    assert ("dana-whitfield", "OPPOSES", "national-guard-deployment") in rels(ex)
    # the verb's own phrase first: "sued to block …"
    ex = run("Immigration raids continued on Monday, hours after Oregon sued to block the "
             "deployment of the National Guard.")
    st = rels(ex)
    assert ("oregon", "OPPOSES", "national-guard-deployment") in st
    assert ("oregon", "OPPOSES", "immigration-raids") not in st


def test_indicting_or_daring_someone_is_no_suit_against_a_policy():
    ex = run("Immigration raids continued in Los Angeles. Prosecutor Bill Essayli indicted "
             "David Huerta on Monday.")
    assert ("bill-essayli", "OPPOSES", "immigration-raids") not in rels(ex)
    ex = run("Trump deployed the National Guard. Gavin Newsom challenged Tom Homan, saying he "
             "should come and arrest him.")
    assert not [r for r in ex.relations if r.rule.startswith("stance:sue-over")]
    # a challenge in court is one
    ex = run("Trump deployed the National Guard to Los Angeles. Later, Attorney General Dana "
             "Whitfield was challenging it in federal court.")
    assert ("dana-whitfield", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_the_overruled_oppose_the_act_not_a_clause_after_it():
    ex = run("In a rare move, the administration took over the National Guard over the "
             "objections of Governor Gavin Newsom as protests over immigration raids spread "
             "across the city.")
    assert ("gavin-newsom", "OPPOSES", "immigration-raids") not in rels(ex)


def test_ordering_a_crowd_put_down_is_no_support_for_its_activity():
    ex = run("Protests spread across Los Angeles. Trump ordered the protesters to be stamped "
             "out.")
    assert ("donald-trump", "SUPPORTS", "protests") not in rels(ex)


def test_attacking_officers_carrying_out_raids_is_no_part_in_them():
    ex = run("In recent days, violent mobs have attacked ICE Officers and Federal Law "
             "Enforcement Agents carrying out basic deportation operations in Los Angeles.")
    assert ("protesters", "SUPPORTS", "immigration-raids") not in rels(ex)


def test_saying_someone_should_act_is_the_speakers_stance():
    ex = run("Donald Trump said Gavin Newsom should deploy the National Guard.")
    st = {(r.source, r.polarity, r.mode) for r in ex.relations
          if r.target == "national-guard-deployment"}
    assert ("donald-trump", 1, "reported") in st
    assert not [x for x in st if x[0] == "gavin-newsom"]
    # one's own "should" stays one's own
    ex = run("Gavin Newsom said he should deploy the National Guard.")
    assert [r for r in ex.relations if r.source == "gavin-newsom"
            and r.target == "national-guard-deployment"]


def test_saying_that_doing_something_is_wrong_is_a_stance_on_it():
    def st(text):
        return {(r.source, r.target, r.polarity) for r in run(text).relations
                if r.target.endswith("-deployment")}
    assert ("patty-murray", "marines-deployment", -1) in st(
        "Patty Murray said deploying the Marines was reckless.")
    assert ("patty-murray", "national-guard-deployment", -1) in st(
        "Patty Murray said that using the National Guard against civilians was unconstitutional.")
    assert ("patty-murray", "marines-deployment", 1) in st(
        "Patty Murray said deploying the Marines was necessary.")


def test_taking_a_policys_status_is_for_it_and_a_non_status_against_it():
    ex = run("Votes\n\nThe Fresno City Council voted to be designated as a sanctuary city.")
    assert ("fresno-city-council", "SUPPORTS", "sanctuary-policies") in rels(ex)
    ex = run("Votes\n\nThe Fresno City Council declared the city a non-sanctuary city on Monday.")
    assert ("fresno-city-council", "OPPOSES", "sanctuary-policies") in rels(ex)
    assert ("fresno-city-council", "SUPPORTS", "sanctuary-policies") not in rels(ex)
    # (a phrase after the noun names no status: "the centre of the fight over sanctuary
    # policies")
    ex = run("Votes\n\nFresno has become the centre of the fight over sanctuary policies.")
    assert not [r for r in ex.relations if r.target == "sanctuary-policies"]


def test_saying_an_act_is_needless_opposes_it():
    ex = run("Troops\n\nMayor Lupe Arreola said there was no need to deploy the National Guard.")
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") in rels(ex)
    ex = run('Troops\n\n"There is no reason for the Marines to be in Fresno," Lupe Arreola said.')
    assert ("lupe-arreola", "OPPOSES", "marines-deployment") in rels(ex)
    ex = run("Troops\n\nMayor Lupe Arreola said Fresno does not need the National Guard.")
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") in rels(ex)
    # (a need denied to undo it is no opposition)
    ex = run("Troops\n\nLupe Arreola said there was no need for the Marines to leave Fresno.")
    assert ("lupe-arreola", "OPPOSES", "marines-deployment") not in rels(ex)


def test_a_side_noun_about_an_issue_takes_that_side():
    ex = run("Troops\n\nMayor Lupe Arreola, a fierce critic of the Guard deployment, spoke in "
             "Fresno on Monday.")
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") in rels(ex)
    ex = run("Raids\n\nTom Homan, a longtime supporter of the immigration raids, spoke on Monday.")
    assert ("tom-homan", "SUPPORTS", "immigration-raids") in rels(ex)
    ex = run("Raids\n\nTom Homan is no supporter of the immigration raids.")
    assert ("tom-homan", "SUPPORTS", "immigration-raids") not in rels(ex)


def test_this_or_it_judged_in_a_reported_clause_is_the_act_named_before():
    ex = run("Troops\n\nDonald Trump sent 500 National Guard troops to Fresno on Sunday. Mayor Lupe "
             "Arreola said it would only escalate tensions.")
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") in rels(ex)
    # (not an act from further back)
    ex = run("Troops\n\nDonald Trump sent 500 National Guard troops to Fresno on Sunday. The city "
             "held a parade on Monday. Mayor Lupe Arreola said it would only escalate tensions.")
    assert ("lupe-arreola", "OPPOSES", "national-guard-deployment") not in rels(ex)


def test_enforcement_of_a_ruling_is_not_immigration_enforcement():
    ex = run("Raids\n\nICE raids went on in Fresno. Judge Ana Ruiz paused enforcement of her order "
             "until Monday.")
    assert not [r for r in ex.relations if r.source == "ana-ruiz"
                and r.target == "immigration-raids"]
    ex = run("Raids\n\nICE raids went on in Fresno. Mayor Ana Ruiz vowed to stop the enforcement "
             "of immigration law in the city.")
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in rels(ex)


def test_what_an_act_answers_is_not_its_object():
    ex = run("Troops\n\nPete Hegseth backed the agents working in response to the protests.")
    assert ("pete-hegseth", "SUPPORTS", "protests") not in rels(ex)
    ex = run("Troops\n\nPete Hegseth backed the protests in Fresno.")
    assert ("pete-hegseth", "SUPPORTS", "protests") in rels(ex)


def test_the_military_is_the_guard_in_a_story_that_names_no_marines():
    ex = run("President Donald Trump federalized the Oregon National Guard. Portland Mayor Ana "
             "Ruiz condemned the militarization of Portland.")
    assert find(ex, "ana-ruiz", "OPPOSES", "national-guard-deployment")
    assert not find(ex, "ana-ruiz", "OPPOSES", "marines-deployment")
    # where the Marines are named, "militarization" still names their deployment
    ex = run("President Donald Trump sent 700 Marines to Portland. Portland Mayor Ana Ruiz "
             "condemned the militarization of Portland.")
    assert find(ex, "ana-ruiz", "OPPOSES", "marines-deployment")


def test_an_owners_words_against_a_policy_do_not_criticise_its_orderer():
    # the Justice Department's lawyer condemns the policy's critics: for it, and no
    # criticism of the president who ordered it
    ex = run("President Donald Trump deployed the National Guard to Fresno on Monday. Lupe "
             "Arreola, a Justice Department lawyer in Fresno, responded in a post saying, "
             '"This is a false narrative and a misleading injunction. The military has never '
             'engaged in law enforcement here in Fresno."')
    assert find(ex, "lupe-arreola", "SUPPORTS", "national-guard-deployment")
    assert not [r for r in ex.relations if r.target == "donald-trump" and r.polarity < 0]


def test_a_response_is_judged_not_what_it_answers():
    ex = run("Fresno Police Chief Ana Ruiz defended the officers' response to the protests.")
    assert not find(ex, "ana-ruiz", "SUPPORTS", "protests")
    ex = run("Fresno Police Chief Ana Ruiz defended the protests.")
    assert find(ex, "ana-ruiz", "SUPPORTS", "protests")


def test_voicing_opposition_or_support_takes_a_stance_on_the_issue_named():
    ex = run("Mayor Ana Ruiz voiced opposition to the immigration raids.")
    assert find(ex, "ana-ruiz", "OPPOSES", "immigration-raids")
    ex = run("Mayor Ana Ruiz has concerns about the curfew.")
    assert find(ex, "ana-ruiz", "OPPOSES", "curfew")
    ex = run("Mayor Ana Ruiz voiced support for the deployment of the National Guard.")
    assert find(ex, "ana-ruiz", "SUPPORTS", "national-guard-deployment")
    # support given to the troops as people is not support for sending them
    ex = run("President Donald Trump sent 700 Marines to Fresno. Veterans extended support to "
             "military members outside the base.")
    assert not [r for r in ex.relations if r.target == "marines-deployment"
                and r.polarity > 0 and r.source != "donald-trump"]


def test_ice_activity_is_the_raids_but_police_presence_is_not():
    ex = run("Mayor Ana Ruiz called for an immediate end to ICE activity in Fresno.")
    assert find(ex, "ana-ruiz", "OPPOSES", "immigration-raids")
    ex = run("ICE agents raided a farm in Fresno. The Fresno Unified School District will "
             "increase school police presence at graduations.")
    assert not [r for r in ex.relations if r.target == "immigration-raids"
                and r.source != "ice"]


def test_a_finding_that_there_is_no_showing_denies_what_follows():
    ex = run('President Donald Trump federalized the Oregon National Guard. "There is no '
             'showing that military help is necessary to assist law enforcement," Judge Ana '
             'Ruiz wrote.')
    assert find(ex, "ana-ruiz", "OPPOSES", "national-guard-deployment")
    assert not find(ex, "ana-ruiz", "SUPPORTS", "national-guard-deployment")


def test_doubling_down_on_an_issue_supports_it():
    ex = run("Secretary Kristi Noem will double down on immigration enforcement operations.")
    assert find(ex, "kristi-noem", "SUPPORTS", "immigration-raids")


def test_blaming_trouble_on_an_issue_opposes_the_issue_not_the_trouble():
    ex = run("Mayor Karen Bass is blaming the unrest on the Trump administration's immigration "
             "raids.")
    assert find(ex, "karen-bass", "OPPOSES", "immigration-raids")
    assert not find(ex, "karen-bass", "OPPOSES", "protests")


def test_their_criticism_of_an_issue_is_the_clause_subjects_stance():
    ex = run("Mayor Ana Ruiz and Governor Lupe Arreola have been vocal in their criticism of the "
             "immigration raids.")
    for who in ("ana-ruiz", "lupe-arreola"):
        assert find(ex, who, "OPPOSES", "immigration-raids")
    ex = run("Mayor Ana Ruiz voiced criticism of the raids.")
    assert find(ex, "ana-ruiz", "OPPOSES", "immigration-raids")


def test_no_place_for_an_issue_opposes_it():
    ex = run('Reactions\n\n"There is no place for these raids in Fresno," Mayor Lupe Arreola '
             'of Fresno said.')
    assert ("lupe-arreola", "OPPOSES", "immigration-raids") in rels(ex)


def test_the_deployments_are_each_force_sent_before():
    r = rels(run("Reactions\n\nTrump sent 4,000 National Guard troops and 700 Marines to Fresno. "
                 "Sen. Ana Ruiz and Sen. Lupe Arreola wrote that the deployments were "
                 "unnecessary and dangerous."))
    for who in ("ana-ruiz", "lupe-arreola"):
        assert (who, "OPPOSES", "national-guard-deployment") in r
        assert (who, "OPPOSES", "marines-deployment") in r


def test_the_deployment_in_the_singular_is_still_the_last_one_named():
    r = rels(run("Reactions\n\nTrump sent 700 Marines to Fresno on Monday, after 4,000 National "
                 "Guard troops. Sen. Ana Ruiz said the deployment was unnecessary."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "OPPOSES", "marines-deployment") not in r


def test_backing_someone_on_a_topic_or_their_handling_of_it_is_no_support_for_it():
    for text in ("Senator Ana Ruiz defended Mayor Lupe Arreola on the Fresno protests.",
                 "Senator Ana Ruiz defended Mayor Lupe Arreola's handling of the protests."):
        r = rels(run(f"Reactions\n\n{text}"))
        assert ("ana-ruiz", "SUPPORTS", "lupe-arreola") in r, text
        assert ("ana-ruiz", "SUPPORTS", "protests") not in r, text


def test_a_hyphenated_judgement_that_is_denied_is_no_criticism():
    r = rels(run('Reactions\n\nTrump sent 700 Marines to Fresno. "That is not heavy-handed," '
                 'Senator Ana Ruiz said of the Marines deployment.'))
    assert ("ana-ruiz", "OPPOSES", "marines-deployment") not in r


def test_rejecting_raids_that_left_people_detained_opposes_them():
    r = rels(run("Reactions\n\nMayor Ana Ruiz of Fresno rejected the immigration raids, which "
                 "have left some 61 Mexicans captured to date."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    assert ("ana-ruiz", "SUPPORTS", "immigration-raids") not in r


def test_them_after_a_plural_issue_in_the_sentence_is_that_issue():
    r = rels(run('Reactions\n\nLocal leaders spoke out on Sunday. Mayor Lupe Arreola described '
                 'the raids as "cruel and chaotic," while Governor Ana Ruiz criticized them as '
                 '"harmful to immigrant families."'))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r
    assert ("ana-ruiz", "CRITICIZES", "local-leaders") not in r


def test_sending_troops_despite_or_in_defiance_of_warnings_overrules_the_warners():
    for how in ("despite warnings from Governor Ana Ruiz",
                "in defiance of warnings from Governor Ana Ruiz"):
        r = rels(run(f"Reactions\n\nTrump sent 700 Marines to Fresno {how}."))
        assert ("ana-ruiz", "OPPOSES", "marines-deployment") in r, how


def test_the_forces_an_overruling_order_sends_name_its_issue():
    r = rels(run("Reactions\n\nProtests over the raids spread. The president assigned 4,000 "
                 "National Guard troops and 700 Marines to Fresno, in defiance of warnings from "
                 "Governor Ana Ruiz that the action would inflame tensions."))
    assert ("ana-ruiz", "OPPOSES", "marines-deployment") in r
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") not in r


def test_questioning_the_effectiveness_of_a_deployment_opposes_it():
    r = rels(run("Reactions\n\nTrump sent 700 Marines to Fresno on Monday. Sheriff Ana Ruiz "
                 "questioned the effectiveness of the military presence in Fresno."))
    assert ("ana-ruiz", "OPPOSES", "marines-deployment") in r


def test_refusing_to_honor_a_policy_opposes_it():
    r = rels(run("Reactions\n\nSheriff Ana Ruiz said she would not honor the new sanctuary "
                 "policy."))
    assert ("ana-ruiz", "OPPOSES", "sanctuary-policies") in r


def test_refusing_to_comply_with_a_law_about_raids_is_no_stance_on_the_raids():
    r = rels(run("Reactions\n\nHomeland Security Secretary Ana Ruiz said federal agents will "
                 "not comply with the new law that bans masks during immigration raids."))
    assert not any(t == "immigration-raids" for _s, _r, t in r)


def test_leading_a_lawsuit_against_a_sanctuary_law_opposes_it():
    r = rels(run("Reactions\n\nA lawsuit led by Fresno and Sheriff Ana Ruiz argues that the "
                 "sanctuary law violates the Constitution."))
    assert ("ana-ruiz", "OPPOSES", "sanctuary-policies") in r


def test_directing_a_force_to_make_more_arrests_backs_the_raids():
    for text in ("Homeland Security Secretary Ana Ruiz demanded that ICE arrest 3,000 people "
                 "per day.",
                 "Homeland Security Secretary Ana Ruiz demanded that ICE agents make 3,000 "
                 "arrests a day."):
        r = rels(run(f"Reactions\n\n{text}"))
        assert ("ana-ruiz", "SUPPORTS", "immigration-raids") in r, text
        assert ("ana-ruiz", "OPPOSES", "ice") not in r, text


def test_calling_a_deployment_wrong_is_no_directive_to_deploy():
    r = rels(run('Reactions\n\nGovernor Ana Ruiz called it wrong "to deploy the National Guard '
                 'and active duty Marines into an American city."'))
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r


def test_sending_guard_members_home_is_no_support_for_their_deployment():
    r = rels(run("Reactions\n\nGovernor Ana Ruiz directed Northern Command to send National Guard "
                 "members home on Monday."))
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r


def test_public_safety_words_alone_take_no_side_on_an_issue():
    for q in ("Public safety comes first, even during immigration raids",
              "We will protect public safety and trust during these raids"):
        r = rels(run(f'Reactions\n\nFederal agents raided a car wash in Fresno. "{q}," Mayor '
                     'Ana Ruiz of Fresno said.'))
        assert ("ana-ruiz", "SUPPORTS", "immigration-raids") not in r, q


def test_plain_praise_of_an_issue_is_still_support():
    r = rels(run('Reactions\n\nFederal agents raided a car wash in Fresno. "These raids are '
                 'necessary and effective," Homeland Security Secretary Ana Ruiz said.'))
    assert ("ana-ruiz", "SUPPORTS", "immigration-raids") in r


def test_sending_troops_to_the_protests_is_no_support_for_the_protests():
    for text in ("Governor Ana Ruiz sent the National Guard to the protests in Fresno on Saturday.",
                 "Governor Ana Ruiz revealed her plans to send Guard members to protests this "
                 "weekend."):
        r = rels(run(f"Reactions\n\n{text}"))
        assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") in r, text
        assert ("ana-ruiz", "SUPPORTS", "protests") not in r, text


def test_blaming_the_crushing_of_protests_defends_them():
    r = rels(run('Reactions\n\nCouncilmember Lupe Arreola said, "Sending troops to crush peaceful '
                 'protests is shameful."'))
    assert ("lupe-arreola", "OPPOSES", "protests") not in r
    assert ("lupe-arreola", "SUPPORTS", "protests") in r
    r = rels(run('Reactions\n\nCouncilmember Lupe Arreola said, "These violent protests are '
                 'shameful and must end."'))
    assert ("lupe-arreola", "OPPOSES", "protests") in r


def test_criticizing_someone_over_the_protests_takes_no_side_on_them():
    base = "Reactions\n\nFederal agents raided farms near Fresno on Thursday. "
    r = rels(run(base + "Councilmember Ana Ruiz used her speech to criticize President Donald "
                        "Trump over the protests and the raids."))
    assert ("ana-ruiz", "CRITICIZES", "donald-trump") in r
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r  # a policy he is behind
    assert ("ana-ruiz", "OPPOSES", "protests") not in r
    r = rels(run(base + "Councilmember Ana Ruiz used her speech to condemn Trump's immigration "
                        "crackdown and protest response."))
    assert ("ana-ruiz", "OPPOSES", "protests") not in r


def test_holding_a_rally_against_something_opposes_it():
    base = "Reactions\n\nFederal agents raided farms near Fresno on Thursday. "
    r = rels(run(base + "The United Farm Workers held a rally against the raids on Friday."))
    assert ("ufw", "SUPPORTS", "protests") in r
    assert ("ufw", "OPPOSES", "immigration-raids") in r
    r = rels(run(base + "CHIRLA organized a march against the deployment of the National Guard."))
    assert ("chirla", "OPPOSES", "national-guard-deployment") in r
    r = rels(run(base + "President Donald Trump held a rally in Phoenix on Friday."))
    assert not any(s == "donald-trump" and o == "protests" for s, _t, o in r)


GUARD_FIGHT = "Guard fight\n\nPresident Donald Trump has threatened to send troops to Fresno. "


def test_opposing_sending_troops_opposes_their_deployment_and_sends_none():
    r = rels(run(GUARD_FIGHT + "Governor Ana Ruiz opposes sending the National Guard to Fresno."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "ORDERS", "national-guard") not in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r
    r = rels(run(GUARD_FIGHT + "Governor Ana Ruiz began sending the National Guard to Fresno."))
    assert ("ana-ruiz", "ORDERS", "national-guard") in r


def test_blocking_an_effort_to_deploy_deploys_nothing():
    r = rels(run(GUARD_FIGHT + "The Supreme Court blocked an effort to deploy the National Guard "
                               "in Fresno."))
    assert ("supreme-court", "OPPOSES", "national-guard-deployment") in r
    assert ("supreme-court", "ORDERS", "national-guard") not in r


def test_keeping_troops_out_opposes_their_deployment():
    r = rels(run(GUARD_FIGHT + "Mayor Ana Ruiz told Trump to keep the troops out of Fresno."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in r


def test_saying_agents_acted_within_the_law_defends_them():
    r = rels(run("Shooting in Fresno\n\nAn ICE agent shot a man in Fresno on Monday. Tom Homan "
                 "maintained that ICE agents acted within the law."))
    assert ("tom-homan", "SUPPORTS", "ice") in r
    assert ("tom-homan", "SUPPORTS", "immigration-raids") in r


def test_asking_to_stop_attacks_on_an_agency_is_no_opposition_to_its_raids():
    base = "Shooting in Dallas\n\nA gunman opened fire on an ICE office in Dallas on Wednesday. "
    r = rels(run(base + "Senator Ana Ruiz demanded that politicians stop demonizing ICE."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") not in r
    r = rels(run(base + "Senator Ana Ruiz demanded that ICE stop the raids."))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r


def test_saying_a_force_is_not_needed_opposes_its_deployment():
    base = "Surge\n\nPresident Donald Trump said he would send the National Guard to Fresno. "
    for text in ("Mayor Ana Ruiz said the National Guard is not needed in Fresno.",
                 "Mayor Ana Ruiz said she does not believe the National Guard is needed.",
                 "Mayor Ana Ruiz said there is no need for Trump to deploy the National Guard."):
        r = rels(run(base + text))
        assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r, text
    r = rels(run(base + "Mayor Ana Ruiz said the National Guard is needed in Fresno."))
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") not in r


def test_saying_troops_should_not_be_sent_opposes_their_deployment():
    base = "Surge\n\nPresident Donald Trump said he would send the National Guard to Fresno. "
    for text in ("Mayor Ana Ruiz said the National Guard should not be sent to Fresno.",
                 "Mayor Ana Ruiz said Trump should not deploy the National Guard."):
        r = rels(run(base + text))
        assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in r, text
    r = rels(run(base + "Mayor Ana Ruiz said Trump should deploy the National Guard."))
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") in r


def test_a_quote_closed_with_a_second_opening_mark_is_a_quote():
    r = rels(run("Raids\n\nFederal agents raided a car wash in Fresno on Monday. \u201cWe are "
                 "heartbroken,\u201c Mayor Ana Ruiz said. \u201cThese raids are cruel and "
                 "reckless.\u201c"))
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in r


def test_a_court_majority_in_a_quote_is_the_court():
    ex = run('"The Supreme Court majority has become a parade marshal for racial terror," '
             "Mayor Lupe Arreola said.")
    assert find(ex, "lupe-arreola", "CRITICIZES", "supreme-court")
    # members of a body are not the body
    ex = run("Homeland Security Secretary Ana Ruiz spoke to Congress. \"Members of Congress "
             "should not break into federal facilities. It was lawless,\" Ruiz said.")
    assert not [r for r in ex.relations if r.target == "congress"]


def test_a_quote_damning_a_courts_decision_criticises_the_court():
    ex = run('"The Supreme Court decision is a disgrace," Sen. Ana Ruiz said.')
    assert find(ex, "ana-ruiz", "CRITICIZES", "supreme-court")


def test_it_taking_up_a_courts_ruling_judged_just_before_is_the_court():
    ex = run("The Supreme Court lifted the limits on Monday. Advocates denounced the ruling. "
             'Mayor Lupe Arreola called it "dangerous."')
    assert find(ex, "lupe-arreola", "CRITICIZES", "supreme-court")


def test_a_reported_overstep_of_ones_own_authority_is_criticism():
    ex = run("Gov. Ana Ruiz argued that the federal government overstepped its authority.")
    assert find(ex, "ana-ruiz", "CRITICIZES", "white-house")


def test_labelling_an_agencys_actions_criticises_the_agency():
    ex = run("Gov. Ana Ruiz characterized the actions of the Border Patrol as intimidation.")
    assert find(ex, "ana-ruiz", "CRITICIZES", "border-patrol")


def test_the_owner_of_an_expansion_of_an_issue_supports_it():
    ex = run("Agents arrived in Fresno on Thursday as part of President Donald Trump's "
             "expansion of immigration enforcement operations.")
    assert [r for r in find(ex, "donald-trump", "SUPPORTS", "immigration-raids")
            if r.polarity == 1]


def test_what_a_finding_is_insufficient_to_justify_is_not_justified():
    ex = run("Judge Hugo Soto cited the evidence, a distinction he found insufficient to "
             "justify the troops' actions.")
    assert all(r.mode == "negated" for r in ex.relations if r.source == "hugo-soto"
               and r.type == "SUPPORTS")
    assert not [r for r in ex.relations if r.source == "hugo-soto" and r.mode != "negated"
                and r.target == "national-guard-deployment" and r.polarity == 1]


def test_taking_funds_from_the_holders_of_a_policy_opposes_it():
    for text in ("President Donald Trump threatened to withhold federal funding from "
                 "sanctuary cities.",
                 "Gov. Ana Ruiz signed an order stripping sanctuary cities of state funds.",
                 "Attorney General Ana Ruiz vowed to defund sanctuary jurisdictions."):
        ex = run(text)
        assert [r for r in ex.relations if r.target == "sanctuary-policies"
                and r.polarity == -1 and r.mode != "negated"], text
    # funds given, or taken from someone else, are no stance on the policy
    ex = run("Gov. Ana Ruiz sent federal funding to sanctuary cities.")
    assert not [r for r in ex.relations if r.target == "sanctuary-policies" and r.polarity == -1]


def test_suing_over_funds_withheld_from_a_policys_holders_defends_the_policy():
    ex = run("Fresno County sued the Trump administration on Friday for threatening to "
             "withhold federal funding from jurisdictions with sanctuary policies.")
    assert [r for r in ex.relations if r.source == "fresno-county"
            and r.target == "sanctuary-policies" and r.polarity == 1]
    assert not [r for r in ex.relations if r.source == "fresno-county"
                and r.target == "sanctuary-policies" and r.polarity == -1]


def test_declaring_an_emergency_over_a_policy_opposes_it():
    for text in ("The Fresno County Board of Supervisors voted on Tuesday to declare a state "
                 "of emergency over federal immigration raids.",
                 "Fresno County approved an emergency declaration on Tuesday in response to "
                 "the Trump administration's immigration raids."):
        ex = run(text)
        assert [r for r in ex.relations if r.target == "immigration-raids" and r.polarity == -1
                and r.source.startswith("fresno-county")], text
    # an emergency over unrest is no stance on the policy the protesters oppose
    ex = run("Mayor Lupe Arreola declared a local emergency after days of protests against "
             "immigration raids.")
    assert not [r for r in ex.relations if r.source == "lupe-arreola"
                and r.target == "immigration-raids"]


def test_a_win_hailed_at_a_court_supports_the_court():
    ex = run('"A huge win in the Ninth Circuit Court of Appeals!" President Donald Trump posted.')
    assert find(ex, "donald-trump", "SUPPORTS", "ninth-circuit")


def test_a_claim_that_judges_someone_is_its_owners_and_its_echoers_judgement():
    ex = run("Secretary Ana Ruiz echoed President Donald Trump's claims that protesters in "
             'Fresno are "terrorists."')
    for who in ("ana-ruiz", "donald-trump"):
        assert find(ex, who, "CRITICIZES", "protesters"), who


def test_a_suit_over_attacks_at_protests_is_not_over_what_the_protests_oppose():
    ex = run("The Fresno Press Club filed a lawsuit against the Department of Homeland "
             "Security over attacks on reporters at anti-ICE protests.")
    assert find(ex, "fresno-press-club", "SUES", "dhs")
    assert not [r for r in ex.relations if r.source == "fresno-press-club"
                and r.target in ("immigration-raids", "ice", "protests")]


def test_harm_a_policy_is_said_to_cause_opposes_it_but_judges_no_one_it_befalls():
    ex = run("Supervisor Ana Ruiz said the immigration raids have left families destitute and "
             "afraid to leave their homes.")
    assert [r for r in find(ex, "ana-ruiz", "OPPOSES", "immigration-raids") if r.polarity == -1]
    ex = run("Gov. Lupe Arreola said agents detained Hugo Soto on Friday. \"He was in "
             'handcuffs in the back of the car, which was devastating," his friend Ana Ruiz '
             "said.")
    assert not [r for r in ex.relations if r.source == "ana-ruiz" and r.type == "CRITICIZES"]


def test_rescinding_a_rule_that_barred_an_activity_supports_it():
    ex = run("The Trump administration rescinded a policy that had barred immigration raids at "
             "schools.")
    assert [r for r in find(ex, "white-house", "SUPPORTS", "immigration-raids")
            if r.rule.startswith("stance:lift-limit")]


def test_a_city_said_to_remain_a_sanctuary_is_for_the_policy_and_so_is_the_speaker():
    ex = run("Fresno will remain a sanctuary city, Mayor Lupe Arreola said.")
    for who in ("fresno", "lupe-arreola"):
        assert [r for r in find(ex, who, "SUPPORTS", "sanctuary-policies") if r.polarity == 1], who
    assert not [r for r in run("Fresno will not remain a sanctuary city, Mayor Lupe Arreola "
                               "said.").relations if r.target == "sanctuary-policies"
                and r.mode != "negated"]


def test_judging_those_opposed_to_a_policy_is_the_other_side_of_it():
    ex = run("Gov. Ana Ruiz criticized those opposed to the immigration raids.")
    assert [r for r in find(ex, "ana-ruiz", "SUPPORTS", "immigration-raids") if r.polarity == 1]
    ex = run("Gov. Ana Ruiz praised residents opposed to the immigration raids.")
    assert [r for r in find(ex, "ana-ruiz", "OPPOSES", "immigration-raids") if r.polarity == -1]


def test_a_suit_over_a_funding_cut_defends_only_the_holders_own_policy():
    ex = run("Fresno County sued the Trump administration on Friday for threatening to "
             "withhold federal funding from jurisdictions with sanctuary policies that protect "
             "residents from deportation.")
    assert not [r for r in ex.relations if r.source == "fresno-county"
                and r.target == "immigration-raids" and r.polarity == 1]


def test_a_proponent_of_a_policy_supports_it():
    ex = run("Councilman Hugo Soto, a longtime proponent of sanctuary policies, spoke on Monday.")
    assert ("hugo-soto", "SUPPORTS", "sanctuary-policies") in rels(ex)


def test_evidence_for_ones_own_claim_takes_no_side_on_what_the_claim_is_about():
    ex = run("Gov. Ana Ruiz cited two court filings to support her argument that the deployment "
             "of the National Guard was illegal.")
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in rels(ex)


def test_a_named_sanctuary_law_is_the_policy():
    ex = run("The Justice Department sued Fresno over its Trust Act on Monday.")
    assert ("doj", "OPPOSES", "sanctuary-policies") in rels(ex)
    ex = run("Sheriff Hugo Soto criticized SB 54 on Monday.")
    assert ("hugo-soto", "OPPOSES", "sanctuary-policies") in rels(ex)


def test_defying_an_order_to_remove_a_policy_is_for_the_policy():
    ex = run("Mayor Lupe Arreola defied a Trump administration order to remove the city's "
             "sanctuary policy.")
    assert ("lupe-arreola", "SUPPORTS", "sanctuary-policies") in rels(ex)
    assert ("lupe-arreola", "OPPOSES", "sanctuary-policies") not in rels(ex)


def test_those_a_law_restricts_from_an_act_do_not_do_it():
    ex = run("The Justice Department sued Fresno over its sanctuary policy, which restricts "
             "local police from cooperating with federal immigration efforts.")
    assert not [r for r in ex.relations if r.type == "SUPPORTS" and r.mode != "negated"
                and r.source != "doj"]


def test_one_force_takes_no_stance_on_anothers_deployment():
    ex = run('Fresno\n\nVice President Ana Ruiz said the situation has "gotten a lot better," but '
             'the Marines and National Guard forces are still "very much a necessary part of '
             'what is going on here," arguing that the troops protect agents.')
    assert not [r for r in ex.relations if r.source in ("marines", "national-guard")
                and r.target.endswith("-deployment")]


def test_a_press_conference_held_to_call_for_a_withdrawal_is_no_part_in_the_deployment():
    ex = run("Mayor Ana Ruiz held a press conference calling for Marines and National Guard "
             "troops to withdraw from the city.")
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in rels(ex)
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_the_decision_after_a_ruling_is_the_ruling():
    ex = run("Judge Hugo Soto ruled that the deployment of the National Guard was illegal. "
             "Following the ruling, Governor Ana Ruiz praised the decision.")
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in rels(ex)


def test_the_forces_said_to_be_needless_are_the_ones_just_sent():
    ex = run("Protests broke out, prompting President Trump to deploy National Guard troops and "
             "Marines, though Governor Ana Ruiz said the additional forces were not needed.")
    assert ("ana-ruiz", "OPPOSES", "national-guard-deployment") in rels(ex)
    assert ("ana-ruiz", "OPPOSES", "marines-deployment") in rels(ex)


def test_praising_an_order_to_put_down_protests_is_not_for_them():
    ex = run('Fresno\n\nPress secretary Ana Ruiz lauded Trump for ordering the "mob" of '
             'protesters to be "stamped out."')
    assert ("ana-ruiz", "SUPPORTS", "protests") not in rels(ex)


def test_the_one_who_imposed_a_curfew_is_not_read_as_against_it():
    ex = run('Fresno\n\nMayor Ana Ruiz declared a local emergency on Tuesday and imposed a curfew '
             'downtown. Ruiz insisted that the curfew was aimed at "bad actors" and not at '
             'peaceful protesters.')
    assert ("ana-ruiz", "SUPPORTS", "curfew") in rels(ex)
    assert ("ana-ruiz", "OPPOSES", "curfew") not in rels(ex)


def test_ordering_control_of_troops_returned_is_no_support_for_their_deployment():
    ex = run("Judge Ana Ruiz sided with the state, ruling that the deployment of the National "
             "Guard was illegal and ordering control of the troops returned to Governor Lupe "
             "Arreola.")
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") not in rels(ex)
