from mk import build
E={}
def D(v): return {"type":"date","value":v}
def M(n):
    a=str(int(n)*1000)
    return {"amount":a,"currency":"EUR","currency_implicit":True}
items=[
("jr","PROGRAMME","Jaarrekening",E),
("y1","DATE","2017",D("2017")),
("y2","DATE","2017",D("2017")),
]
c=[0]
def row(ctx, nums, roles, pre=None):
    # nums: list of strings; roles: list (same length) of dicts or None
    if pre: items.extend(pre)
    items.append(('@>',ctx))
    for n,r in zip(nums,roles):
        c[0]+=1
        t=("m%d"%c[0],"MONEY",n,M(n))
        if r: t=t+(r,)
        items.append(t)
P={"period":"y2"}
row("overheidsparticipatie",["8","10","10","2"],[None]*4)
row("rekenkamer",["46","51","51","5"],[P,P,P,None])
W={"funder":"wet","period":"y2"}
row("Bijdrage van ",[],[],)
items.append(("wet","ORG","Wetterskip",{"canonical":"Wetterskip Fryslân"}))
row("stedelijk water",["49","49","0","0"],[W,W,None,None])
items.append(("rm1","LOC","Rottige Meente",E))
row("",["21","21","21","0"],[None]*4)
items.append(("rrm","PROGRAMME","reserve Rottige Meente",E))
items.append(("rm2","LOC","Rottige Meente",E))
row("",["29","29","29","0"],[None]*4)
items.append(("rk","PROGRAMME","reserve Kontermanshaven",E))
row("",["0","17","17","17"],[None]*4)
items.append(("nw1","LOC","Noordwolde",E))
row("",["18","18","18","0"],[None]*4)
row("sportstimulering",["20","15","15","-5"],[P,P,P,None])
items.append(("esf","PROGRAMME","Europees Sociaal Fonds",E))
items.append(("esf2","PROGRAMME","ESF",{"canonical":"Europees Sociaal Fonds"}))
items.append(("bnw","PROGRAMME","Brug naar Werk",E))
X={"programme":"esf2","recipient":"bnw","period":"y2"}
row("",["46","46","46","0"],[X,X,X,None])
row("part. samenleving",["0","30","30","30"],[None]*4)
items.append(("nw2","LOC","Noordwolde",E))
row("fase 4",["34","34","34","0"],[None]*4)
items.append(("nw3","LOC","Noordwolde",E))
row("fase 4",["82","82","82","0"],[P,P,P,None])
items.append(("gids","PROGRAMME","Gezond in de Stad",E))
items.append(("gids2","PROGRAMME","GIDS",{"canonical":"Gezond in de Stad"}))
row("",["131","136","136","5"],[None]*4)
row("brandweerkazerne",["88","88","0","0"],[None]*4)
items.append(("ww","LOC","Wolfraamweg",E))
row("",["60","60","0","0"],[None]*4)
items.append(("isv","PROGRAMME","ISV-subsidie",E))
items.append(("bhs","LOC","Buurthuisstraat",E))
row("",["0","67","0","67"],[None,{"programme":"isv","period":"y2"},None,None])
items.append(("sg1","LOC","Sickengastraat",E))
row(" 6",["210","210","0","0"],[None]*4)
row("gebouwenbeheer",["5","38","0","33"],[None]*4)
items.append(("sg2","LOC","Sickengastraat",E))
row("",["80","80","0","0"],[None]*4)
items.append(("si","PROGRAMME","snel internet",E))
row('"',["2","30","0","28"],[None]*4)
items.append(("mw","LOC","Meulewiek",E))
row(" 2",["240","0","0","-240"],[None]*4)
items.append(("st","LOC","Steggerda",E))
row("",["24","0","0","-24"],[P,None,None,None])
items.append(("rijk1","ORG","rijk",E))
R1={"funder":"rijk1","period":"y2"}
row("Kamerverkiezing",["2","2","0","0"],[R1,R1,None,None])
items.append(("rijk2","ORG","rijk",E))
R2={"funder":"rijk2","period":"y2"}
row("sportstimulering",["87","87","57","0"],[R2,R2,R2,None])
items.append(("rijk3","ORG","rijk",E))
build("gwes-2017-jaarrekening-overig","texts/gwes-2017-jaarrekening-overig.txt","corpus/work/F7/gwes-2017-jaarrekening-overig.json",items)
