from mk import build
E={}
def D(v): return {"type":"date","value":v}
def M(a): return {"amount":a,"currency":"EUR"}
LNV={"canonical":"Ministerie van Landbouw, Natuur en Voedselkwaliteit"}
BZK={"canonical":"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"}
build("ro-2020-20-miljoen-euro-voor-caribisch-nederland","texts/ro-2020-20-miljoen-euro-voor-caribisch-nederland.txt","corpus/work/F7/ro-2020-20-miljoen-euro-voor-caribisch-nederland.json",[
("m0","MONEY","20 miljoen euro",M("20000000"),{"recipient":"cn0"}),
("cn0","LOC","Caribisch Nederland",E),
("rijk","ORG","Rijk",E),
("m1","MONEY","20 miljoen euro",M("20000000"),{"funder":"rijk","recipient":"saba1"}),
("saba1","LOC","Saba",E),("se1","LOC","Sint Eustatius",E),("bo1","LOC","Bonaire",E),
("m2","MONEY","30 miljoen euro",M("30000000"),{"programme":"re1"}),
("re1","PROGRAMME","Regio Envelop",E),
("mr","ORG","ministerraad",E),
("p1","PERSON","Schouten",E),("lnv","ORG","Landbouw, Natuur en Voedselkwaliteit",LNV),
("p2","PERSON","Knops",E),("bzk","ORG","Binnenlandse Zaken en Koninkrijksrelaties",BZK),
("p3","PERSON","Schouten",E),
("cn1","LOC","Caribisch Nederland",E),
("as","DATE","Afgelopen september",D("2019-09")),
("saba2","LOC","Saba",E),("se2","LOC","Sint Eustatius",E),("bo2","LOC","Bonaire",E),
("saba3","LOC","Saba",E),("se3","LOC","Sint Eustatius",E),
("re2","PROGRAMME","Regio Envelop",E),
("kab","ORG","kabinet",E),("rd","PROGRAMME","Regio Deals",E),
("p4","PERSON","Knops",E),
("re3","PROGRAMME","Regio Envelop",E),("cn2","LOC","Caribisch Nederland",E),
("bo3","LOC","Bonaire",E),("saba4","LOC","Saba",E),("se4","LOC","Sint Eustatius",E),
("saba5","LOC","Saba",E),("se5","LOC","Sint Eustatius",E),("bo4","LOC","Bonaire",E),
("rijk2","ORG","Rijk",E),
("cn3","LOC","Caribisch Nederland",E),
("bo5","LOC","Bonaire",E),
])
