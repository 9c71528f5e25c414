from mk import build
E={}
def D(v): return {"type":"date","value":v}
BZK={"canonical":"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"}
TK={"canonical":"Tweede Kamer der Staten-Generaal"}
build("tk-2025-uitkomst-omzetting-specifieke-uitkeringen","texts/tk-2025-uitkomst-omzetting-specifieke-uitkeringen.txt","corpus/work/F7/tk-2025-uitkomst-omzetting-specifieke-uitkeringen.json",[
("gf1","PROGRAMME","gemeentefonds",E),
("j1","DATE","jaar 2025",D("2025")),
("pf1","PROGRAMME","provinciefonds",E),
("j2","DATE","jaar 2025",D("2025")),
("bzk","ORG","BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",BZK),
("tk","ORG","Tweede Kamer der Staten-Generaal",TK),
("dh","LOC","Den Haag",E),
("d","DATE","21 mei 2025",D("2025-05-21")),
("rp","PROGRAMME","Regeerprogramma",E),
("y26","DATE","2026",D("2026")),
("rijk1","ORG","Rijk",E),
("gf2","PROGRAMME","Gemeentefonds",E),
("k","ORG","Kamer",TK),
("aj","DATE","afgelopen jaren",D("PAST_REF")),
("m1","MONEY","€ 8 mld.",{"amount":"8000000000","currency":"EUR"},{"period":"y18"}),
("y18","DATE","2018",D("2018")),
("m2","MONEY","€ 18,3 mld.",{"amount":"18300000000","currency":"EUR"},{"period":"y23"}),
("y23","DATE","2023",D("2023")),
("rijk2","ORG","Rijk",E),
])
