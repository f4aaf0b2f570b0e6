import json,glob,os,collections
AFF={'MEMBER_OF','LEADS','HOLDS_ROLE','PART_OF','APPOINTED_BY'}
HARD='state-representatives-g-a-hardaway'
W_HARD="actor misidentified: 'State Representatives G.A. Hardaway' made one Organization (alias 'State'); plural title glued to the name, so it cannot match the person G.A. Hardaway"
V={}
def v(f,s,t,ty,rule,verdict,why=''):
    V[(f,s,t,ty,rule)]=(verdict,why)
# cohen
f='cohen-trump-show'
v(f,'donald-trump','national-guard','ORDERS','verb:deploy','R','Trump ordered the Guard (DC deployment; Memphis plan in same article)')
v(f,'donald-trump','national-guard-deployment','SUPPORTS','stance:act-on-actor:send','R','')
v(f,'donald-trump','national-guard-deployment','SUPPORTS','stance:act-on-issue:deploy','R','duplicate of the same key entry')
v(f,'steve-cohen','national-guard-deployment','OPPOSES','stance:evaluative-quote','R','right pair, but fired on an incidental sentence about low-level D.C. arrests; the real carrier ("I had hoped the National Guard would not be deployed") was read as negated SUPPORTS')
v(f,'steve-cohen','donald-trump','CRITICIZES','fallback:against-orderer','R','Cohen: "This is all about Trump showing the world that he\'s a tough guy"')
# council
f='council-resolution-fails'
v(f,'sandra-pita','national-guard','OPPOSES','noun:concern','O','concern about the Guard\'s arrival: actor->Guard opposition is optional-level in the dev keys')
v(f,'sandra-pita','national-guard-deployment','OPPOSES','stance:act-on-issue:concern','R','')
v(f,'residents','bill-lee','OPPOSES','pattern:directive-urge','R','residents back a resolution urging Lee not to deploy')
v(f,'residents','national-guard-deployment','OPPOSES','stance:directive-undo-deploy','R','')
# lee task force
f='lee-task-force-guard-role'
v(f,'bill-lee','state-troopers','THREATENS','fallback:verb-polarity','W','wrong sign/type: Lee "pledged ... 300 additional state troopers" is committing (ORDERS 0) his own troopers, not a threat; "pledged" given negative polarity by the fallback')
# bondi
f='bondi-93-arrests'
v(f,'pete-hegseth','national-guard','SUPPORTS','verb:praise','R','"praising the work of Guard members"')
# davis
f='davis-harris-guard-arrival'
v(f,'memphis-safe-task-force','local-police','COOPERATES_WITH','fallback:verb-polarity','R','"deployed to work alongside local police"')
# harris coalition
f='harris-coalition-sues-lee'
v(f,'shelby-county-leaders','bill-lee','SUES','verb:sue','R','headline')
v(f,'bill-lee','national-guard','ORDERS','verb:send','R','"Governor Lee sent troops"')
for p in ['lee-harris','state-lawmakers','gabby-salinas','jeff-yarbro','erika-sugarmon','henri-brooks']:
    for t in ['bill-lee','jonathan-skrmetti','warner-ross-iii']:
        v(f,p,t,'SUES','verb:sue','R','')
    v(f,p,'national-guard-deployment','OPPOSES','stance:sue-over','R','')
    v(f,p,'national-guard-deployment','OPPOSES','stance:reported-evaluation','R','')
    v(f,p,'bill-lee','CRITICIZES','fallback:against-orderer','R','same (source,target,sign) as the SUES entry: redundant but matches')
for t in ['bill-lee','jonathan-skrmetti','warner-ross-iii']:
    v(f,HARD,t,'SUES','verb:sue','W',W_HARD)
v(f,HARD,'national-guard-deployment','OPPOSES','stance:sue-over','W',W_HARD)
v(f,HARD,'national-guard-deployment','OPPOSES','stance:reported-evaluation','W',W_HARD)
v(f,HARD,'bill-lee','CRITICIZES','fallback:against-orderer','W',W_HARD)
v(f,'republican-leaders','bill-lee','SUPPORTS','verb:back','R','"Republican leaders, however, are backing the governor."')
v(f,'shelby-county-leaders','national-guard-deployment','OPPOSES','stance:act-on-issue:sue','R','')
v(f,'bill-lee','national-guard-deployment','SUPPORTS','stance:act-on-issue:send','R','')
# tro
f='tro-denied-lawsuit'
v(f,'shelby-county-officials','national-guard','SUES','verb:sue','O','headline "sue to halt National Guard deployment": the Guard is not a defendant (suit is against Lee and state leaders); sign -1 toward the Guard is optional-level (cf. dev key california->national-guard OPPOSES optional), type SUES is wrong')
v(f,'shelby-county-officials','bill-lee','SUES','noun:suit','R','')
v(f,'shelby-county-officials','state-leaders','SUES','noun:suit','R','')
v(f,'tennessee-highway-patrol','immigration-raids','SUPPORTS','stance:act-on-issue:support','W','wrong issue: "in support of the effort" = the Memphis Safe Task Force crime surge, not immigration raids; the issue was pulled in by "Immigration and Customs Enforcement" in the same list; THP takes no position on raids')
v(f,'dhs','immigration-raids','SUPPORTS','stance:act-on-issue:support','W','same sentence: "the effort" is the crime task force; "in support of" read as a stance on immigration-raids triggered by the ICE name in the list')
v(f,'shelby-county-officials','national-guard-deployment','OPPOSES','stance:demand-end','R','')
# judge
f='judge-blocks-guard'
v(f,'bill-lee','national-guard','ORDERS','verb:activate','R','pair is right from the article (Lee authorized the deployment), though the evidence is a statement of what state law allows, not an act')
v(f,'bill-lee','national-guard-deployment','SUPPORTS','stance:act-on-issue:deploy','R','')
v(f,'patricia-head-moskal','national-guard-deployment','OPPOSES','stance:act-on-issue:block','R','judge blocked the deployment')
v(f,'donald-trump','national-guard-deployment','SUPPORTS','stance:act-on-issue:send','R','')
v(f,'bill-lee','national-guard-deployment','SUPPORTS','stance:act-on-actor:activate','R','duplicate')
v(f,'local-elected-officials','national-guard-deployment','OPPOSES','stance:suit-party-file','R','')
v(f,'patricia-head-moskal','bill-lee','CRITICIZES','fallback:against-orderer','R','ruling that Lee exceeded his powers')

rows=[];tally=collections.defaultdict(lambda:[0,0,0]);missing=[]
for fn in sorted(x for x in glob.glob('*.json') if x!='judgments.json'):
    f=fn[:-5]; d=json.load(open(fn))
    issues={i['id'] for i in d.get('issues',[])}
    for r in d['relations']:
        if r['type'] in AFF or r.get('mode','asserted') not in ('asserted','reported'): continue
        k=(f,r['source'],r['target'],r['type'],r.get('rule'))
        if k not in V: missing.append(k); continue
        verdict,why=V[k]
        tally[r.get('rule')]['ROW'.index(verdict)]+=1
        rows.append((f,r['source'],r['target'],r['type'],r['polarity'],r.get('mode'),r.get('rule'),verdict,why,r['evidence'][0]['sentence'] if r.get('evidence') else '', r['target'] in issues))
print('UNJUDGED',missing)
json.dump(rows,open('judgments.json','w'),indent=1)
tot=[0,0,0]
print('| rule | right | right (optional-level) | wrong |')
print('|---|---|---|---|')
for rule,(a,b,c) in sorted(tally.items(),key=lambda x:-sum(x[1])):
    print(f'| {rule} | {a} | {b} | {c} |'); tot=[tot[0]+a,tot[1]+b,tot[2]+c]
print(f'| **total** | {tot[0]} | {tot[1]} | {tot[2]} |')
ints=[r for r in rows if not r[10]]; sts=[r for r in rows if r[10]]
for name,rs in [('interactions',ints),('stances',sts)]:
    c=collections.Counter(r[7] for r in rs); print(name,dict(c))
