from mk import build
E={}
def D(v): return {"type":"date","value":v}
def M(n):
    return {"amount":str(int(n.replace('.',''))*1000),"currency":"EUR","currency_implicit":True}
items=[("u1","DATE","ultimo 2017",{"type":"date","value":"2017","mod":"END"})]
c=[0]
def row(ctx, cells):
    items.append(('@>',ctx))
    for n in cells:
        c[0]+=1; items.append(("m%d"%c[0],"MONEY",n,M(n)))
row("\nBinnensportaccommodaties",["3.862","224","3.638","0","0","3.638"])
row("\nZwembad",["507","406","101","40","101","40"])
row("\nBuitensportaccommodaties",["1.816","804","1.012","15","42","985"])
row("\nBibliotheek",["0"]*6)
row("\nKunstzinnige vorming",["0"]*6)
row("\nTheatervoorzieningen",["90","60","30","0","0","30"])
row("\nMusea",["15","8","7","0","0","7"])
row("\nWelzijnsaccommodaties",["205","197","8","0","0","8"])
row("carillon",["10","10","0","0","0","0"])
row("Afdelingskostenplaatsen",["30","0","30","0","0","30"])
row("Totaal",["6.535","1.709","4.826","55","142","4.738"])
items += [
("@>","Toelichting"),
("l1","LOC","Sluispolder-West",E),
("d1","DATE","medio 2018",{"type":"date","value":"2018","mod":"MID"}),
("u2","DATE","ultimo 2017",{"type":"date","value":"2017","mod":"END"}),
("x1","MONEY","€ 1,3 mln.",{"amount":"1300000","currency":"EUR"}),
("d2","DATE","2018",D("2018")),
("sn1","PROGRAMME","Sportnota 2013",E),
("l2","LOC","Sportlaan",E),
("o1","ORG","VDL",E),("o2","ORG","MSV’71",E),("o3","ORG","MHV Evergreen",E),
("x2","MONEY","€ 9 ton",{"amount":"900000","currency":"EUR","qualifier":"approx"}),
("l3","LOC","Sportlaan",E),
("sn2","PROGRAMME","Sportnota",E),
("x3","MONEY","€ 1,3 miljoen",{"amount":"1300000","currency":"EUR"}),
("x4","MONEY","€ 37.700",{"amount":"37700","currency":"EUR"}),
("x5","MONEY","€ 100.000",{"amount":"100000","currency":"EUR"}),
("d3","DATE","2017",D("2017")),
("d4","DATE","2017",D("2017")),
("x6","MONEY","€ 40.000",{"amount":"40000","currency":"EUR"}),
]
build("gem-2017-wat-heeft-het-gekost","texts/gem-2017-wat-heeft-het-gekost.txt","corpus/work/F7/gem-2017-wat-heeft-het-gekost.json",items)
