import json,glob,os,collections
AFF={'MEMBER_OF','LEADS','HOLDS_ROLE','PART_OF','APPOINTED_BY'}
# (file, source, target, type) -> (verdict, reason)
J={
('abc-trump-vance-blame-democrats','radical-left-democrats','law-enforcement','CRITICIZES'):('OPTIONAL','Trump\'s allegation about Democrats inside his quote, target generic "Law Enforcement"; keyer would list at most as optional'),
('abc-trump-vance-blame-democrats','radical-left-democrats','ice','CRITICIZES'):('OPTIONAL','Democrats comparing ICE to Nazis is only Trump\'s allegation inside his quote; at most optional'),
('abc-trump-vance-blame-democrats','donald-trump','radical-left-democrats','CRITICIZES'):('RIGHT',''),
('abc-trump-vance-blame-democrats','donald-trump','ice','CRITICIZES'):('WRONG','wrong sign: Trump defends ICE ("STOP THIS RHETORIC AGAINST ICE"); quote:evaluative gave every actor named in the negative quote a -1, including the victim of the "demonizing"'),
('abc-trump-vance-blame-democrats','radical-left-democrats','immigration-raids','OPPOSES'):('OPTIONAL','stance rests only on Trump\'s claim that Democrats call for ICE "to be demolished"; at most optional'),
('abc-trump-vance-blame-democrats','donald-trump','immigration-raids','SUPPORTS'):('RIGHT',''),
('bno-prairieland-ten-charged','law-enforcement','prairieland-detention-center','OPPOSES'):('WRONG','wrong target: "stopped the group" - the object is the attackers ("the group"), not the detention center; fallback resolved "the group" to the last organisation mentioned'),
('cbs-abbott-assault-federal','texas','ice','SUPPORTS'):('RIGHT',''),
('cbs-abbott-assault-federal','texas','immigration-raids','SUPPORTS'):('RIGHT',''),
('cbs-abbott-assault-federal','greg-abbott','immigration-raids','SUPPORTS'):('RIGHT','claim right (Abbott: "will NOT slow our arrest, detention, & deportation"), but evidence sentence "Any loss of life is bad, but this is an assault now." does not carry it'),
('foxla-vance-newsom','jd-vance','gavin-newsom','CRITICIZES'):('RIGHT','(also found from the body sentence "Vance criticized ... Newsom" when the headline is removed)'),
('foxla-vance-newsom','kristi-noem','jd-vance','SUPPORTS'):('RIGHT',''),
('foxla-vance-newsom','jd-vance','democrats','CRITICIZES'):('RIGHT',''),
('hill-partisan-rush-blame','democrats','jd-vance','CRITICIZES'):('RIGHT',''),
('hill-partisan-rush-blame','summer-lee','immigration-raids','OPPOSES'):('WRONG','not a stance on raids: the quote attacks the administration for exploiting the shooting, calls for gun control and rejecting "anti-immigrant sentiment"; "immigrant detainees" triggered it'),
('newrepublic-vance-exploit','jd-vance','kristi-noem','SUPPORTS'):('RIGHT',''),
('newrepublic-vance-exploit','kristi-noem','law-enforcement','CRITICIZES'):('WRONG','wrong sign: "our ICE law enforcement is facing unprecedented violence" - Noem sympathises with/defends law enforcement; "violence" made the quote negative and it was pinned on the victim'),
('newrepublic-vance-exploit','kristi-noem','immigration-raids','SUPPORTS'):('RIGHT',''),
('newsweek-prairieland-officer-shot','donald-trump','national-guard','ORDERS'):('RIGHT',''),
('newsweek-prairieland-officer-shot','donald-trump','marines','ORDERS'):('RIGHT',''),
('newsweek-prairieland-officer-shot','donald-trump','national-guard-deployment','SUPPORTS'):('RIGHT',''),
('newsweek-prairieland-officer-shot','donald-trump','marines-deployment','SUPPORTS'):('RIGHT',''),
('newsweek-prairieland-officer-shot','white-house','immigration-raids','SUPPORTS'):('RIGHT',''),
('nexstar-texas-leaders-react','texas','ice','SUPPORTS'):('RIGHT',''),
('nexstar-texas-leaders-react','texas-department-of-public-safety','ice','SUPPORTS'):('RIGHT',''),
('nexstar-texas-leaders-react','texas-national-guard','ice','SUPPORTS'):('RIGHT',''),
('nexstar-texas-leaders-react','ted-cruz','law-enforcement','CRITICIZES'):('WRONG','wrong target/sign: Cruz criticises politicians for rhetoric "directed at immigration law enforcement"; he defends law enforcement. pattern:aimed-rhetoric treats the rhetoric\'s target as the speaker\'s target'),
('nexstar-texas-leaders-react','texas','immigration-raids','SUPPORTS'):('RIGHT',''),
('nexstar-texas-leaders-react','texas-department-of-public-safety','immigration-raids','SUPPORTS'):('RIGHT',''),
('nyt-rights-groups-rhetoric','masked-agents','migrants','COERCES'):('OPTIONAL','only Newsom\'s description ("said that masked agents grabbing immigrants") yet mode=asserted; agents->migrants COERCES is optional in dev keys'),
('nyt-rights-groups-rhetoric','gavin-newsom','masked-agents','CRITICIZES'):('RIGHT',''),
('nyt-rights-groups-rhetoric','white-house','immigration-raids','SUPPORTS'):('RIGHT',''),
('watimes-schumer-trump-deficient','chuck-schumer','immigration-raids','OPPOSES'):('WRONG','wrong issue: "has to speak out strongly against it" - "it" is the political violence, not immigration enforcement; "speak out against" + ICE in the previous sentence'),
}
rows=[];cnt=collections.defaultdict(lambda: collections.Counter())
for f in sorted(glob.glob('*.json')):
    s=os.path.basename(f)[:-5]
    d=json.load(open(f))
    for r in d['relations']:
        if r['type'] in AFF or r.get('mode') in ('negated','hypothetical'): continue
        k=(s,r['source'],r['target'],r['type'])
        v,why=J[k]
        cnt[r.get('rule')][v]+=1
        rows.append((s,r,v,why))
json.dump([(s,r['source'],r['target'],r['type'],r['polarity'],r.get('mode'),r.get('rule'),r['evidence'][0]['sentence'],v,w) for s,r,v,w in rows],open('probes/judged.json','w'),indent=1)
print('| rule | right | wrong | optional-at-best |\n|---|---|---|---|')
tot=collections.Counter()
for rule in sorted(cnt):
    c=cnt[rule]; tot.update(c)
    print(f"| `{rule}` | {c['RIGHT']} | {c['WRONG']} | {c['OPTIONAL']} |")
print(f"| **total** | **{tot['RIGHT']}** | **{tot['WRONG']}** | **{tot['OPTIONAL']}** |")
print()
for s,r,v,w in rows:
    if v=='WRONG':
        print(f"- **{s}**: `{r['source']}` -> `{r['target']}`, {r['type']}, {r['polarity']:+d}, rule `{r.get('rule')}` ({r.get('mode')})\n  - evidence: \"{r['evidence'][0]['sentence']}\"\n  - why: {w}")
print()
for s,r,v,w in rows:
    if v=='OPTIONAL':
        print(f"- **{s}**: `{r['source']}` -> `{r['target']}`, {r['type']}, {r['polarity']:+d}, rule `{r.get('rule')}` - {w}")
