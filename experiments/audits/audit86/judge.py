import json
AFF={"MEMBER_OF","LEADS","HOLDS_ROLE","PART_OF","APPOINTED_BY"}
# verdicts in the order show.py lists non-affiliation relations (asserted/reported only)
V={
"canal-lyons":["R","R","R"],
"fedplaza-officials":["R"],
"lander-june":["W","R","R","R","W"],
"rikers-tro":["R","W","W","W","R"],
"adams-homan-meeting":["R","R","R","R"],
"mamdani-arrest":["R","R","R","R","R","R","R","R","R","R"],
"homan-hochul":["R","R","R","W"],
"mamdani-hochul-prep":["W","W","W","R","R","W","W","R"],
"hochul-business":["R","R"],
"trump-funding-nov":["R","R"],
}
tab={}
rows=[]
for s,vs in V.items():
    d=json.load(open(s+".json"))
    rels=[r for r in d["relations"] if r["type"] not in AFF and r.get("mode","asserted") in ("asserted","reported")]
    assert len(rels)==len(vs),(s,len(rels),len(vs))
    for r,v in zip(rels,vs):
        t=tab.setdefault(r["rule"],[0,0]); t[0 if v=="R" else 1]+=1
        rows.append((s,v,r["source"],r["target"],r["type"],r["polarity"],r.get("mode"),r["rule"],r["evidence"][0]["sentence"]))
print("| rule | right | wrong |\n|---|---|---|")
for k,(a,b) in sorted(tab.items(),key=lambda x:(-sum(x[1]),x[0])): print(f"| `{k}` | {a} | {b} |")
print("| **total** | %d | %d |"%(sum(a for a,b in tab.values()),sum(b for a,b in tab.values())))
json.dump(rows,open("judged.json","w"),indent=1)
