"""Speech acts and implied stances (graphkit/extract/acts.py), with sentences written here."""

from tests.test_extract_helpers import find, rels, run


def test_asked_x_to_is_a_directive():
    ex = run("Karen Bass asked the Los Angeles Police Department to review its tactics.")
    assert ("karen-bass", "ORDERS", "lapd") in rels(ex)


def test_called_on_x_to_is_a_directive():
    ex = run("Gavin Newsom called on the Pentagon to publish the plan.")
    assert ("gavin-newsom", "ORDERS", "pentagon") in rels(ex)


def test_asking_someone_to_explain_themselves_calls_them_to_account():
    ex = run("Senators Maria Ortiz and Dan Reyes asked the Pentagon to justify the use of "
             "troops.")
    assert ("maria-ortiz", "OPPOSES", "pentagon") in rels(ex)
    assert ("dan-reyes", "ORDERS", "pentagon") not in rels(ex)


def test_asking_someone_to_put_an_end_to_an_issue_opposes_both():
    ex = run("Gavin Newsom asked President Donald Trump to put an end to the immigration "
             "raids.")
    assert ("gavin-newsom", "OPPOSES", "donald-trump") in rels(ex)
    assert ("gavin-newsom", "OPPOSES", "immigration-raids") in rels(ex)


def test_ordering_troops_to_leave_is_no_support_for_their_deployment():
    ex = run("President Donald Trump ordered the Marines to leave Los Angeles.")
    assert ("donald-trump", "SUPPORTS", "marines-deployment") not in rels(ex)
    # nor, from the government that runs the deployment, opposition to it (issues.yaml owners)
    assert ("donald-trump", "OPPOSES", "marines-deployment") not in rels(ex)
    ex = run("Governor Gavin Newsom ordered the Marines to leave Los Angeles.")
    assert ("gavin-newsom", "OPPOSES", "marines-deployment") in rels(ex)


def test_directive_to_undo_an_issue_is_opposition():
    # asking someone to undo what they do is opposition to them, not an order
    ex = run("Gavin Newsom urged the Pentagon to withdraw the National Guard troops.")
    assert ("gavin-newsom", "OPPOSES", "pentagon") in rels(ex)
    assert ("gavin-newsom", "ORDERS", "pentagon") not in rels(ex)
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_asking_a_court_to_block_something_is_a_request_not_opposition_to_the_court():
    ex = run("Gavin Newsom asked Judge Charles Breyer to block the deployment of the National "
             "Guard.")
    assert ("gavin-newsom", "OPPOSES", "charles-breyer") not in rels(ex)
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)
    # against the owner of what is to be blocked, still
    ex = run("The Justice Department asked the Ninth Circuit to block Judge Charles Breyer's "
             "order.")
    assert ("doj", "OPPOSES", "charles-breyer") in rels(ex)


def test_telling_someone_to_back_off_opposes_them_but_advice_to_stay_away_does_not():
    ex = run("Immigration raids\n\nMayor Karen Bass told ICE to back off.")
    assert ("karen-bass", "OPPOSES", "ice") in rels(ex)
    ex = run("Immigration raids\n\nMayor Karen Bass told residents to stay away from "
             "downtown.")
    assert ("karen-bass", "OPPOSES", "residents") not in rels(ex)


def test_asking_about_something_is_not_a_directive():
    ex = run("Alex Padilla asked Kristi Noem about the raids.")
    assert ("alex-padilla", "ORDERS", "kristi-noem") not in rels(ex)


def test_demanded_release_supports_the_person():
    ex = run("Alex Padilla demanded the release of David Huerta on Monday.")
    assert ("alex-padilla", "SUPPORTS", "david-huerta") in rels(ex)


def test_demanded_possessive_release():
    ex = run("David Huerta was arrested on Friday. Karen Bass demanded his immediate release.")
    assert ("karen-bass", "SUPPORTS", "david-huerta") in rels(ex)


def test_doubling_a_deployment_supports_it():
    ex = run("The Pentagon will double the number of National Guard troops in the city.")
    assert ("pentagon", "SUPPORTS", "national-guard-deployment") in rels(ex)


def test_troops_should_leave_is_opposition():
    ex = run("Karen Bass said the National Guard should leave the city immediately.")
    assert ("karen-bass", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_court_ruling_illegal_opposes_issue():
    ex = run("Judge Charles Breyer ruled that the deployment of the National Guard was illegal.")
    assert ("charles-breyer", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_illegal_immigrants_is_not_a_judgement():
    ex = run('Tom Homan said "we will deport illegal immigrants" from the city.')
    assert ("tom-homan", "OPPOSES", "immigration-raids") not in rels(ex)


def test_part_noun_acts_for_its_organisation():
    ex = run("A panel of the Ninth Circuit Court of Appeals criticized Judge Charles Breyer.")
    assert ("ninth-circuit", "CRITICIZES", "charles-breyer") in rels(ex)


def test_they_carries_over_to_the_only_collective_subject():
    ex = run("The Los Angeles Police Protective League met on Monday. "
             "They condemned Karen Bass for her comments.")
    assert ("lappl", "CRITICIZES", "karen-bass") in rels(ex) or any(
        s != "karen-bass" and t == "karen-bass" and ty == "CRITICIZES" for s, ty, t in rels(ex))


def test_they_is_not_resolved_when_ambiguous():
    ex = run("The Pentagon and the protesters were in the streets. Then they condemned Karen Bass.")
    assert not any(t == "karen-bass" and ty == "CRITICIZES" for _s, ty, t in rels(ex))


def test_us_district_judge_is_not_an_affiliation_to_the_country():
    ex = run("U.S. District Judge Charles Breyer criticized Donald Trump.")
    assert not any({s, t} == {"charles-breyer", "united-states"} for s, _ty, t in rels(ex))


def test_demanding_something_from_someone_is_pressure_on_them():
    ex = run('Chuck Schumer demanded "an immediate accounting" from Kristi Noem.')
    assert ("chuck-schumer", "CRITICIZES", "kristi-noem") in rels(ex)


def test_pulling_troops_out_orders_them():
    ex = run("The Pentagon said it was releasing about 1,500 of the National Guard members.")
    assert find(ex, "pentagon", "ORDERS", "national-guard")
    assert not find(ex, "pentagon", "SUPPORTS", "national-guard")
    # whoever presses someone to withdraw does not withdraw anything
    ex = run("Senate Democrats pressed Pete Hegseth to withdraw the Marines.")
    assert not [r for r in ex.relations if r.type == "ORDERS" and r.target == "marines"]
    # "leaving the soldiers under federal control" is no withdrawal
    ex = run("The appeals court paused the order, leaving the National Guard under federal "
             "control.")
    assert not [r for r in ex.relations if r.type == "ORDERS"]


def test_pressing_or_pushing_someone_to_do_more_is_an_order():
    ex = run("Stephen Miller pressed ICE to expand its operations.")
    assert find(ex, "stephen-miller", "ORDERS", "ice")
    assert not find(ex, "stephen-miller", "OPPOSES", "ice")
    ex = run("Stephen Miller pushed ICE to make more arrests.")
    assert find(ex, "stephen-miller", "ORDERS", "ice")
    assert not find(ex, "stephen-miller", "COERCES", "ice")


def test_asking_for_an_end_or_for_more_takes_a_stance():
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(
        run("Mayor Karen Bass demanded an end to the raids."))
    assert ("karen-bass", "OPPOSES", "national-guard-deployment") in rels(
        run("Mayor Karen Bass called for a halt to the National Guard deployment."))
    assert ("tom-homan", "SUPPORTS", "immigration-raids") in rels(
        run("Tom Homan promised more raids."))
    # asking about something is not asking for it; calling it something is a label
    assert not [r for r in rels(run("Mayor Karen Bass demanded answers about the raids."))
                if r[2] == "immigration-raids"]
    assert ("karen-bass", "SUPPORTS", "immigration-raids") not in rels(
        run('Mayor Karen Bass called the raids "a disgrace."'))


def test_saying_an_issue_must_stop_or_should_stay_takes_a_stance():
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(
        run("Mayor Karen Bass said the raids must stop."))
    assert ("tom-cotton", "SUPPORTS", "national-guard-deployment") in rels(
        run("Senator Tom Cotton said the Guard should stay in Los Angeles."))
    assert ("tom-cotton", "SUPPORTS", "national-guard-deployment") not in rels(
        run("Senator Tom Cotton said the Guard should not stay in Los Angeles."))


def test_acting_over_someones_objection_sets_them_against_it():
    ex = run("The president sent Marines to the city against the wishes of Governor Gavin Newsom.")
    assert ("gavin-newsom", "OPPOSES", "marines-deployment") in rels(ex)
    assert ("gavin-newsom", "ORDERS") not in {r[:2] for r in rels(ex)}
    ex = run("Donald Trump federalized the Guard in defiance of Newsom's wishes.")
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)
    assert ("donald-trump", "OPPOSES", "gavin-newsom") in rels(ex)
    ex = run("The order to deploy the Guard, issued without Mayor Karen Bass's consent, angered "
             "residents.")
    assert ("karen-bass", "OPPOSES", "national-guard-deployment") in rels(ex)
    ex = run("The president's decision to federalize the Guard bypassed the authorization of "
             "Governor Gavin Newsom.")
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)
    # the one whose consent was given is not overruled
    ex = run("The president federalized the Guard with the consent of Governor Gavin Newsom.")
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") not in rels(ex)


def test_parties_to_a_lawsuit_sue_its_defendants():
    ex = run("A coalition of unions has filed a lawsuit challenging the Department of Homeland "
             "Security's arrest policy. On Monday, Pasadena joined the lawsuit.")
    assert ("pasadena", "SUES", "dhs") in rels(ex)
    ex = run("Culver City filed a motion to intervene in the lawsuit brought by the American "
             "Civil Liberties Union against the Department of Homeland Security.")
    assert ("aclu", "SUES", "dhs") in rels(ex)
    # joining a suit against someone is not cooperating with them
    ex = run("Santa Monica joined a lawsuit against the Department of Homeland Security.")
    assert ("santa-monica", "SUES", "dhs") in rels(ex)
    assert ("santa-monica", "COOPERATES_WITH", "dhs") not in rels(ex)


def test_a_case_name_is_a_suit():
    ex = run("Lawyers filed new briefs in Bass v. Noem on Friday.")
    assert ("karen-bass", "SUES", "kristi-noem") in rels(ex)
    ex = run("The ruling in Bonta et al. vs. Hegseth et al. is due Monday.")
    assert ("rob-bonta", "SUES", "pete-hegseth") in rels(ex)
    # two names side by side are not a case
    assert not [r for r in rels(run("Karen Bass and Kristi Noem spoke on Friday."))
                if r[1] == "SUES"]


def test_what_a_lawsuit_argues_or_challenges_names_its_defendant():
    ex = run("Rob Bonta, who filed a lawsuit arguing the Pentagon's use of the Marines was "
             "illegal, spoke on Monday.")
    assert ("rob-bonta", "SUES", "pentagon") in rels(ex)
    ex = run("Karen Bass won a round in her legal challenge to Kristi Noem's arrest policy.")
    assert ("karen-bass", "SUES", "kristi-noem") in rels(ex)
    # the defendants in a sentence of their own, the parties named before
    ex = run("News\n\nThe county joined a class-action lawsuit brought by the American Civil "
             "Liberties Union last month. The lawsuit targets Kristi Noem and Pam Bondi.")
    assert ("aclu", "SUES", "pam-bondi") in rels(ex)


def test_a_call_for_someone_to_undo_something_opposes_them():
    ex = run("Mayor Karen Bass called for Kristi Noem to halt the raids.")
    assert ("karen-bass", "OPPOSES", "kristi-noem") in rels(ex)
    ex = run("Mayor Karen Bass repeated her call for Kristi Noem to end the raids.")
    assert ("karen-bass", "OPPOSES", "kristi-noem") in rels(ex)
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(ex)
    # a call someone says others must make is not theirs
    ex = run('Raids\n\n"The attacks on officers are despicable and Mayor Lupe Arreola must call '
             'for it to end," Tom Homan said.')
    assert not [r for r in ex.relations if r.source == "lupe-arreola"]
    ex = run('Raids\n\nICE raids went on. "Mayor Lupe Arreola must call for the raids to end," '
             "Tom Homan said.")
    assert not [r for r in ex.relations if r.source == "lupe-arreola"]
    # "called for the raids to end" (with "to end" parsed off the verb) is against them
    ex = run("Raids\n\nMayor Lupe Arreola called for the raids to end.")
    assert ("lupe-arreola", "OPPOSES", "immigration-raids") in rels(ex)
    assert ("lupe-arreola", "SUPPORTS", "immigration-raids") not in rels(ex)
    # calling for troops to be sent is no directive to the troops
    ex = run("Tom Cotton called for the Marines to be sent to Los Angeles.")
    assert not [r for r in rels(ex) if r[2] == "marines" and r[1] in ("ORDERS", "OPPOSES")]


def test_directives_in_a_that_clause():
    ex = run("Karen Bass requested that the Department of Homeland Security withdraw its agents.")
    assert ("karen-bass", "OPPOSES", "dhs") in rels(ex)
    ex = run("Pete Hegseth directed that the Marines be sent home.")
    assert ("pete-hegseth", "ORDERS", "marines") in rels(ex)
    # (the Pentagon's own drawdown ends its deployment; it is no opposition to it)
    assert ("pete-hegseth", "OPPOSES", "marines-deployment") not in rels(ex)
    ex = run("Gavin Newsom demanded that the Marines be sent home.")
    assert ("gavin-newsom", "OPPOSES", "marines-deployment") in rels(ex)
    ex = run("Tom Cotton asked that the Marines be sent to Los Angeles.")
    assert ("tom-cotton", "SUPPORTS", "marines-deployment") in rels(ex)
    assert ("tom-cotton", "ORDERS", "marines") not in rels(ex)


def test_a_case_name_is_not_an_actor_and_its_filers_sue():
    ex = run("Last month the American Civil Liberties Union filed Ortega Ruiz v. Noem in "
             "federal court.")
    assert not [a for a in ex.actors if " v. " in a.name]
    assert ("aclu", "SUES", "kristi-noem") in rels(ex)


def test_ordering_a_crowd_to_disperse_is_force():
    ex = run("The LAPD ordered the protesters to disperse after midnight.")
    assert ("lapd", "COERCES", "protesters") in rels(ex)
    assert not [r for r in rels(ex) if r[2] == "protesters" and r[1] == "ORDERS"]
    assert not [r for r in rels(ex) if r[2] == "protests" and r[1] == "SUPPORTS"]


def test_a_letter_demanding_something_presses_its_addressee():
    ex = run("Alex Padilla and Adam Schiff, along with Chuck Schumer, sent a letter to the "
             "Department of Homeland Security demanding answers about the raids.")
    for who in ("alex-padilla", "adam-schiff", "chuck-schumer"):
        assert (who, "OPPOSES", "dhs") in rels(ex)
    # a letter is not troops: sending one is no deployment, and thanks are not pressure
    ex = run("Karen Bass sent a letter to the Pentagon thanking the Marines.")
    assert ("karen-bass", "OPPOSES", "pentagon") not in rels(ex)
    assert not [r for r in rels(ex) if r[1] == "ORDERS"]


def test_a_letter_written_to_someone_or_in_a_letter_presses_them_too():
    ex = run("Senator Lupe Arreola has written to the Fresno Police Department demanding "
             "answers.")
    assert ("lupe-arreola", "OPPOSES", "fresno-police-department") in rels(ex)
    ex = run("In a letter to the Pentagon, Senator Lupe Arreola demanded answers.")
    assert ("lupe-arreola", "OPPOSES", "pentagon") in rels(ex)
    # with no addressee, the one the letter demands something of
    ex = run("Fresno Mayor Ana Ruiz joined him in a letter demanding that the Fresno Police "
             "Department show warrants.")
    assert ("ana-ruiz", "OPPOSES", "fresno-police-department") in rels(ex)
    # a letter that only tells or thanks is no pressure
    ex = run("In a letter to the Pentagon, Senator Lupe Arreola thanked the Marines.")
    assert ("lupe-arreola", "OPPOSES", "pentagon") not in rels(ex)


def test_a_court_letting_someone_act_sides_with_them():
    ex = run("The Ninth Circuit ruled that President Donald Trump can federalize the National "
             "Guard.")
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in rels(ex)
    assert ("ninth-circuit", "SUPPORTS", "national-guard-deployment") in rels(ex)
    ex = run("The Supreme Court allowed Kristi Noem to resume the immigration raids.")
    assert ("supreme-court", "SUPPORTS", "immigration-raids") in rels(ex)
    ex = run("The Supreme Court allowed the immigration raids to resume on Monday.")
    assert ("supreme-court", "SUPPORTS", "immigration-raids") in rels(ex)
    # a procedural step is no side, and only a court's ruling counts
    ex = run("Judge Charles Breyer paused his order to allow Donald Trump to appeal.")
    assert ("charles-breyer", "SUPPORTS", "donald-trump") not in rels(ex)
    ex = run("Gavin Newsom found that Donald Trump can federalize the National Guard.")
    assert ("gavin-newsom", "SUPPORTS", "national-guard-deployment") not in rels(ex)


def test_asking_a_court_to_end_someones_act_opposes_them_not_the_court():
    ex = run("Rob Bonta asked the Ninth Circuit to end the Pentagon's control of the Guard.")
    assert ("rob-bonta", "OPPOSES", "pentagon") in rels(ex)
    assert ("rob-bonta", "OPPOSES", "ninth-circuit") not in rels(ex)


def test_under_orders_from_someone_they_order_the_troops():
    ex = run("The Marines arrived in the city on Monday under orders from Pete Hegseth.")
    assert ("pete-hegseth", "ORDERS", "marines") in rels(ex)
    assert ("pete-hegseth", "SUPPORTS", "marines-deployment") in rels(ex)
    # a court order is not an order to the troops
    ex = run("The Marines stayed in the city despite an order from the court.")
    assert not [r for r in rels(ex) if r[1] == "ORDERS"]


def test_at_the_direction_of_someone_the_named_doer_is_the_one_ordered():
    ex = run("Adjutant General Lupe Arreola ordered the deployment of 500 National Guard "
             "soldiers to Fresno at the direction of Governor Ana Ruiz.")
    assert ("ana-ruiz", "ORDERS", "lupe-arreola") in rels(ex)
    assert ("ana-ruiz", "SUPPORTS", "national-guard-deployment") in rels(ex)
    assert ("ana-ruiz", "ORDERS", "national-guard") not in rels(ex)
    # with no doer named, the troops are the ones ordered
    ex = run("The Marines reached Fresno on Monday at the direction of Pete Hegseth.")
    assert ("pete-hegseth", "ORDERS", "marines") in rels(ex)
    # walking in someone's direction orders no one
    ex = run("Lupe Arreola walked in the direction of Governor Ana Ruiz.")
    assert not [r for r in rels(ex) if r[1] == "ORDERS"]


def test_pleading_with_someone_to_call_off_their_agents_opposes_them():
    ex = run("Mayor Ana Ruiz pleaded with Gregory Bovino to call off the Border Patrol "
             "agents.")
    assert ("ana-ruiz", "OPPOSES", "gregory-bovino") in rels(ex)
    assert ("ana-ruiz", "ORDERS", "gregory-bovino") not in rels(ex)
    ex = run("Mayor Ana Ruiz pleaded with Tom Homan to send more agents to Fresno.")
    assert ("ana-ruiz", "ORDERS", "tom-homan") in rels(ex)


def test_calling_for_no_raids_opposes_them():
    ex = run("President Ana Ruiz called for no ICE raids during the tournament in Fresno.")
    assert ("ana-ruiz", "OPPOSES", "immigration-raids") in rels(ex)
    assert ("ana-ruiz", "SUPPORTS", "immigration-raids") not in rels(ex)


def test_acting_to_stop_an_issue_opposes_it():
    ex = run("Governor Gavin Newsom sued to stop the deployment of the Marines.")
    assert ("gavin-newsom", "OPPOSES", "marines-deployment") in rels(ex)
    ex = run("Rob Bonta sought a court order to stop Pete Hegseth from deploying the Marines.")
    assert ("rob-bonta", "OPPOSES", "marines-deployment") in rels(ex)
    assert ("rob-bonta", "SUPPORTS", "marines-deployment") not in rels(ex)


def test_over_someones_protests_they_oppose_the_actor_and_no_street_protests_are_meant():
    ex = run("Donald Trump federalized the Guard over Governor Gavin Newsom's protests.")
    assert ("gavin-newsom", "OPPOSES", "donald-trump") in rels(ex)
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)
    assert not [r for r in rels(ex) if r[2] == "protests"]


def test_pressing_someone_to_ramp_up_is_an_order():
    ex = run("Stephen Miller pressed ICE to ramp up arrests.")
    assert ("stephen-miller", "ORDERS", "ice") in rels(ex)
    assert ("stephen-miller", "OPPOSES", "ice") not in rels(ex)


def test_demanding_that_an_issue_stop_opposes_it():
    ex = run("Mayor Karen Bass demanded that the immigration raids stop.")
    assert ("karen-bass", "OPPOSES", "immigration-raids") in rels(ex)


def test_a_subjunctive_demand_without_that():
    ex = run("Karen Bass demanded Kristi Noem withdraw the federal agents from the city.")
    assert ("karen-bass", "OPPOSES", "kristi-noem") in rels(ex)


def test_undoing_a_judges_order_opposes_the_judge():
    ex = run("The Ninth Circuit reversed Judge Laura Chen's order on Friday.")
    assert ("ninth-circuit", "OPPOSES", "laura-chen") in rels(ex)
    ex = run("The decision by the Supreme Court lifted an order by Judge Laura Chen.")
    assert ("supreme-court", "OPPOSES", "laura-chen") in rels(ex)
    # limits a court set are its ruling; "the district court" where only the Supreme Court
    # is named is a court of its own
    ex = run("News\n\nThe Supreme Court lifted the district court's limits on immigration "
             "stops in Chicago.")
    assert ("supreme-court", "OPPOSES", "district-court") in rels(ex)
    ex = run("News\n\nThe governor lifted the city's limits on protests.")
    assert not [r for r in ex.relations if r.type == "OPPOSES"]


def test_granting_what_someone_asked_for_supports_them():
    ex = run("The Ninth Circuit granted President Donald Trump a stay of the order.")
    assert ("ninth-circuit", "SUPPORTS", "donald-trump") in rels(ex)
    ex = run("Judge Laura Chen granted an injunction sought by the American Civil Liberties "
             "Union.")
    assert ("laura-chen", "SUPPORTS", "aclu") in rels(ex)
    ex = run("The Ninth Circuit granted the Marines permission to land.")
    assert ("ninth-circuit", "SUPPORTS", "marines") not in rels(ex)


def test_coming_under_fire_from_someone_is_their_criticism():
    ex = run("Pete Hegseth came under fire from Senator Patty Murray on Tuesday.")
    assert ("patty-murray", "CRITICIZES", "pete-hegseth") in rels(ex)
    ex = run("Pete Hegseth also faced fire from Senator Laura Chen over the parade.")
    assert ("laura-chen", "CRITICIZES", "pete-hegseth") in rels(ex)
    ex = run("Federal agents opened fire near Senator Laura Chen's office.")
    assert not [r for r in rels(ex) if r[1] == "CRITICIZES"]


def test_members_named_with_including_act_with_their_body():
    ex = run("Members of the State Assembly, including Speaker Robert Rivas and Tina McKinnor, "
             "D-Inglewood, condemned Donald Trump.")
    assert ("robert-rivas", "CRITICIZES", "donald-trump") in rels(ex)
    assert ("tina-mckinnor", "CRITICIZES", "donald-trump") in rels(ex)
    assert not [a for a in ex.actors if "inglewood" in a.id]


def test_asking_someone_not_to_act_opposes_them_and_the_act():
    ex = run("Karen Bass asked ICE not to raid schools.")
    got = {(r.source, r.type, r.target) for r in ex.relations}
    assert ("karen-bass", "OPPOSES", "ice") in got
    assert ("karen-bass", "OPPOSES", "immigration-raids") in got
    assert ("karen-bass", "ORDERS", "ice") not in got
    # a commander telling troops what not to do still orders them
    ex = run("Pete Hegseth told the Marines not to fire warning shots.")
    assert ("pete-hegseth", "ORDERS", "marines") in {
        (r.source, r.type, r.target) for r in ex.relations}


def test_bringing_charges_against_someone_coerces_them():
    ex = run("U.S. Attorney Bill Essayli announced charges against 12 protesters in Fresno.")
    assert find(ex, "bill-essayli", "COERCES", "protesters")
    ex = run("The U.S. Attorney's Office filed a misdemeanor charge of obstruction against "
             "Sheriff Ana Ruiz.")
    assert [r for r in ex.relations if r.type == "COERCES" and r.target == "ana-ruiz"]
    ex = run("Bill Essayli hit the protesters with conspiracy charges.")
    assert find(ex, "bill-essayli", "COERCES", "protesters")
    # dropping them is no coercion
    ex = run("Bill Essayli dropped the charges against the protesters.")
    assert not find(ex, "bill-essayli", "COERCES", "protesters")


def test_acquitted_of_an_act_it_did_not_happen():
    ex = run("A jury acquitted Brayan Ramos-Brito of assaulting a Border Patrol agent.")
    assert not [r for r in ex.relations if r.type == "COERCES" and r.mode != "negated"]


def test_taking_someone_into_custody_is_force():
    assert ("federal-agents", "COERCES", "david-huerta") in {
        (r.source, r.type, r.target) for r in run(
            "David Huerta was taken into custody by federal agents on Friday.").relations}
    assert ("federal-agents", "COERCES", "amanda-trebach") in {
        (r.source, r.type, r.target) for r in run(
            "Federal agents placed Amanda Trebach into custody.").relations}


def test_being_taken_by_a_force_is_coercion_and_by_anyone_else_is_not():
    got = {(r.source, r.type, r.target) for r in run(
        "Jesus Cruz was taken hours later by federal immigration agents.").relations}
    assert ("federal-agents", "COERCES", "jesus-cruz") in got
    assert not [r for r in run("Karen Bass took Gavin Newsom to the park.").relations
                if r.type == "COERCES"]
    assert ("federal-agents", "COERCES", "jesus-cruz") in {
        (r.source, r.type, r.target) for r in run(
            "Federal agents snatched Jesus Cruz outside the car wash.").relations}


def test_ending_a_tie_with_someone_opposes_them():
    got = {(r.source, r.type, r.target) for r in run(
        "Los Angeles County terminated its contract with ICE on Tuesday.").relations}
    assert ("los-angeles-county", "OPPOSES", "ice") in got


def test_lifting_a_limit_on_an_issue_is_for_it_and_imposing_one_against_it():
    ex = run("The Supreme Court lifted restrictions on immigration stops in Los Angeles.")
    assert ("supreme-court", "SUPPORTS", "immigration-raids") in rels(ex)
    ex = run("Judge Maame Frimpong imposed restrictions on immigration raids.")
    assert ("maame-frimpong", "OPPOSES", "immigration-raids") in rels(ex)
    assert ("maame-frimpong", "SUPPORTS", "immigration-raids") not in rels(ex)
    ex = run("Karen Bass condemned the restrictions on immigration raids.")
    assert ("karen-bass", "SUPPORTS", "immigration-raids") in rels(ex)


def test_a_ruling_lifting_a_limit_is_its_owners_act_not_the_sentences_subject():
    ex = run("Advocates issued statements after the Supreme Court's ruling lifting "
             "restrictions on immigration raids.")
    assert ("supreme-court", "SUPPORTS", "immigration-raids") in rels(ex)
    assert not [r for r in rels(ex) if r[0] != "supreme-court" and r[2] == "immigration-raids"
                and r[1] == "SUPPORTS"]


def test_asking_to_lift_limits_on_an_issue_is_not_against_it():
    ex = run("Immigration raids in Los Angeles\n\nThe Trump administration asked the Supreme "
             "Court to lift the restrictions on immigration stops.")
    assert ("white-house", "OPPOSES", "immigration-raids") not in rels(ex)
    assert ("white-house", "SUPPORTS", "immigration-raids") in rels(ex)


def test_a_block_only_sought_leaves_the_act_done_and_a_block_granted_negates_it():
    ex = run("A judge turned down Oregon's bid to block Donald Trump from sending the "
             "National Guard to Portland.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    ex = run("Rob Bonta asked the court to stop Donald Trump from federalizing the National Guard.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    ex = run("The judge barred Donald Trump from sending the National Guard to Portland.")
    assert ("donald-trump", "ORDERS", "national-guard") not in rels(ex)
    assert [r.mode for r in find(ex, "donald-trump", "ORDERS", "national-guard")] == ["negated"]


def test_using_troops_orders_them_and_supports_their_deployment():
    ex = run("Critics say Pete Hegseth used the Marines as a political prop in Los Angeles.")
    assert ("pete-hegseth", "ORDERS", "marines") in rels(ex)
    assert ("pete-hegseth", "SUPPORTS", "marines-deployment") in rels(ex)
    ex = run("Donald Trump's use of the National Guard in Portland angered Oregon officials.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)
    # force used on people is not an order
    ex = run("Protesters used fireworks against the National Guard.")
    assert not [r for r in ex.relations if r.type == "ORDERS"]


def test_placing_troops_under_federal_control_orders_them():
    ex = run("Donald Trump placed the Oregon National Guard under federal control on Saturday.")
    assert [r for r in ex.relations if r.source == "donald-trump" and r.type == "ORDERS"]
    # the troops named before the clause that places them
    ex = run("Marines arrived to join the 500 Guard members the president had placed under "
             "federal control.")
    assert [r for r in ex.relations if r.source == "donald-trump" and r.type == "ORDERS"]


def test_protests_against_someone_oppose_them_but_against_an_act_only_its_issue():
    ex = run("Protesters marched downtown. The anti-ICE demonstrations went on into the night, and ICE "
             "said it would not stop.")
    assert ("protesters", "OPPOSES", "ice") in rels(ex)
    ex = run("Protesters gathered in Chicago in a protest against ICE tactics.")
    assert ("protesters", "OPPOSES", "ice") in rels(ex)
    ex = run("Protesters blocked the road amid protests against Donald Trump's deportation drive.")
    assert ("protesters", "OPPOSES", "donald-trump") not in rels(ex)
    # an actor named only inside the protest's name is not one the crowd acts on
    ex = run("Protesters gathered as anti-ICE protests spread across the city.")
    assert ("protesters", "OPPOSES", "ice") not in rels(ex)


def test_people_protesting_are_the_storys_protesters():
    ex = run("Protesters filled the street. Border Patrol agents fired pepper balls and tear gas "
             "at people protesting outside the warehouse.")
    assert [r for r in ex.relations if r.type == "COERCES" and r.target == "protesters"]


def test_calling_troops_into_federal_service_orders_them():
    ex = run("Pete Hegseth called the Oregon National Guard into federal service on Sunday.")
    assert [r for r in ex.relations if r.source == "pete-hegseth" and r.type == "ORDERS"]


def test_the_possessors_act_of_doing_is_the_possessors():
    ex = run("Tina Kotek condemned Donald Trump's reckless act of sending the National Guard to "
             "Portland.")
    assert ("donald-trump", "ORDERS", "national-guard") in rels(ex)


def test_a_law_forbidding_an_actor_something_opposes_it_and_one_shielding_people_supports_them():
    ex = run("Governor Maura Healey signed into law a ban on federal agents making arrests near "
             "courthouses.")
    assert ("maura-healey", "OPPOSES", "federal-agents") in rels(ex)
    ex = run("Judge Rita Lin issued an order that stops journalists from being targeted by the "
             "police.")
    assert ("rita-lin", "SUPPORTS", "journalists") in rels(ex)
    assert ("rita-lin", "OPPOSES", "journalists") not in rels(ex)


def test_a_lawsuit_against_a_city_makes_the_city_a_party():
    ex = run("The Justice Department filed a lawsuit against Boston on Thursday.")
    assert ("doj", "SUES", "boston") in rels(ex)


def test_an_act_done_despite_someones_disapproval_or_opposition():
    ex = run("Against Mayor Lena Ortiz's disapproval, Donald Trump deployed the National Guard "
             "to Portland.")
    assert ("lena-ortiz", "OPPOSES", "national-guard-deployment") in rels(ex)
    ex = run("Donald Trump deployed the National Guard to Portland on Sunday. The move came "
             "despite opposition from Mayor Lena Ortiz.")
    assert ("lena-ortiz", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_acting_to_quell_protests_opposes_them():
    ex = run("Donald Trump sent 700 Marines to Los Angeles to quell the protests.")
    assert ("donald-trump", "OPPOSES", "protests") in rels(ex)
    # the aim is the deployment's, not its critics'
    ex = run("Mayor Karen Bass slammed the deployment of the Marines to quell the protests.")
    assert ("karen-bass", "OPPOSES", "protests") not in rels(ex)


def test_backing_a_crackdown_on_something_opposes_it():
    ex = run("Republican senators support President Donald Trump's crackdown on the protests.")
    assert ("republican-senators", "SUPPORTS", "protests") not in rels(ex)
    assert any(s != "donald-trump" and ty == "OPPOSES" and t == "protests"
               for s, ty, t in rels(ex))


def test_acting_without_consulting_someone_overrules_them():
    ex = run("Gavin Newsom wrote that the troops had been sent without consulting him.")
    assert ("gavin-newsom", "SUPPORTS", "national-guard-deployment") not in rels(ex)
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)
    ex = run("Donald Trump deployed the National Guard without consulting Governor Gavin Newsom.")
    assert ("gavin-newsom", "OPPOSES", "national-guard-deployment") in rels(ex)


def test_force_used_as_a_crowd_gathered_is_used_on_it():
    rel = lambda text: {(r.source, r.type, r.target) for r in run(text).relations}  # noqa: E731
    assert ("lapd", "COERCES", "protesters") in rel(
        "LAPD officers fired tear gas as protesters gathered downtown.")
    assert ("border-patrol", "COERCES", "protesters") in rel(
        "Border Patrol agents stood guard, deploying tear gas while protesters threw rocks.")
    # the clause must name the crowd: reporters watching are not its target
    assert not [r for r in rel("LAPD officers fired tear gas as reporters watched.")
                if r[1] == "COERCES"]


def test_overriding_objections_by_someone_overrules_them():
    ex = run("Donald Trump sent the troops, overriding objections by the governor Gavin Newsom.")
    assert [r for r in ex.relations if r.source == "gavin-newsom" and r.polarity == -1
            and r.target == "national-guard-deployment"]


def test_a_lawsuit_naming_a_list_parsed_as_an_apposition_sues_them():
    ex = run("Illinois filed a lawsuit on Monday. The lawsuit names President Donald Trump, "
             "Kristi Noem and Pete Hegseth as defendants.")
    for who in ("donald-trump", "kristi-noem", "pete-hegseth"):
        assert ("illinois", "SUES", who) in rels(ex)


def test_objections_hung_on_a_second_force_overrule_the_act():
    ex = run("President Donald Trump called in the National Guard and then the Marines over "
             "the objections of Governor Gavin Newsom and Mayor Karen Bass.")
    for who in ("gavin-newsom", "karen-bass"):
        assert find(ex, who, "OPPOSES", "donald-trump")
        assert not find(ex, who, "OPPOSES", "immigration-raids")


def test_a_package_of_bills_restricting_a_crackdown_opposes_it_and_its_owner():
    ex = run("Gov. Ana Ruiz signed a package of bills on Friday that would restrict the Trump "
             "administration's crackdown on illegal immigration.")
    assert find(ex, "ana-ruiz", "OPPOSES", "white-house")
    assert [r for r in find(ex, "ana-ruiz", "OPPOSES", "immigration-raids") if r.polarity == -1]


def test_being_under_attack_by_someone_is_their_criticism():
    ex = run("Mayor Lupe Arreola is under attack by the Justice Department over the city's "
             "policy.")
    assert find(ex, "doj", "CRITICIZES", "lupe-arreola")
    # nothing under attack that acts: the one saying so criticises the attacker
    ex = run("The Trump administration sent agents to Fresno. \"Our schools are under assault "
             "by this administration,\" Gov. Ana Ruiz said.")
    assert find(ex, "ana-ruiz", "CRITICIZES", "white-house")
    assert not [r for r in run('"Our schools are under attack," Gov. Ana Ruiz said.').relations
                if r.type == "CRITICIZES"]


def test_a_court_requiring_agents_to_act_orders_them_but_a_law_does_not():
    ex = run("Judge Lupe Arreola expanded her restraining order, requiring all federal agents "
             "in Fresno to wear body cameras.")
    assert find(ex, "lupe-arreola", "ORDERS", "federal-agents")
    ex = run("The Fresno City Council adopted an ordinance requiring federal agents to show "
             "identification.")
    assert not [r for r in ex.relations if r.type == "ORDERS"]
