from mk import build
E={}
IL={"type":"date","value":None}
def M(a): return {"amount":a,"currency":"EUR","currency_implicit":True}
def D(v): return {"type":"date","value":v}
build("pzh-2012-programma-1-groen-en-water","texts/pzh-2012-programma-1-groen-en-water.txt","corpus/work/F7/pzh-2012-programma-1-groen-en-water.json",[
("p1","PROGRAMME","Programma 1 Groen en Water",E),
("d0","DATE","deze collegeperiode",IL),
("rijk1","ORG","Rijk",E),
("b1","PROGRAMME","Begroting",E),
("ilg1","PROGRAMME","Investeringsbudget Landelijk Gebied",E),
("ilg2","PROGRAMME","Investeringsbudget Landelijk Gebied",E),
("b2","PROGRAMME","Begroting",E),
("ilg3","PROGRAMME","Investeringsbudget Landelijk Gebied",E),
("rijk2","ORG","Rijk",E),
("up","PROGRAMME","Uitvoeringsprogramma Groen 2012-2015",E),
("y12","DATE","2012",D("2012")),
("y13","DATE","2013",D("2013")),
("y14","DATE","2014",D("2014")),
("y15","DATE","2015",D("2015")),
("m1","MONEY","178.733",M("178733000"),{"period":"y12"}),
("m2","MONEY","181.267",M("181267000"),{"period":"y13"}),
("m3","MONEY","125.045",M("125045000"),{"period":"y14"}),
("m4","MONEY","99.921",M("99921000"),{"period":"y15"}),
])
