from mk import build
E={}
def D(v): return {"type":"date","value":v}
LNV={"canonical":"Ministerie van Landbouw, Natuur en Voedselkwaliteit"}
BZK={"canonical":"Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"}
build("ro-2018-ruim-200-miljoen-euro-voor-12","texts/ro-2018-ruim-200-miljoen-euro-voor-12.txt","corpus/work/F7/ro-2018-ruim-200-miljoen-euro-voor-12.json",[
("m0","MONEY","200 miljoen euro",{"amount":"200000000","currency":"EUR","qualifier":"more_than"},{"recipient":"rd0"}),
("rd0","PROGRAMME","Regio Deals",E),
("nl1","LOC","Nederland",E),
("k1","ORG","kabinet",E),
("nl2","LOC","Nederland",E),
("am","DATE","afgelopen maanden",D("PAST_REF")),
("rd1","PROGRAMME","Regio Deal",E),
("k2","ORG","kabinet",E),
("mr","ORG","ministerraad",E),
("rd2","PROGRAMME","Regio Deals",E),
("p1","PERSON","Schouten",E),("lnv","ORG","Landbouw, Natuur en Voedselkwaliteit",LNV),
("p2","PERSON","Ollongren",E),("bzk","ORG","Binnenlandse Zaken en Koninkrijksrelaties",BZK),
("m1","MONEY","200 miljoen euro",{"amount":"200000000","currency":"EUR","qualifier":"more_than"},{"funder":"mr","recipient":"rd2","programme":"re"}),
("re","PROGRAMME","Regio Envelop",E),
("kp","DATE","deze kabinetsperiode",{"type":"date","value":None}),
("m2","MONEY","950 miljoen euro",{"amount":"950000000","currency":"EUR"},{"programme":"re","period":"kp"}),
("p3","PERSON","Schouten",E),
("nl3","LOC","Nederland",E),
("kj","DATE","komende jaren",D("FUTURE_REF")),
("rijk","ORG","rijk",E),
("m3","MONEY","1 miljard euro",{"amount":"1000000000","currency":"EUR","qualifier":"less_than"},{"funder":"rijk","period":"kj"}),
("p4","PERSON","Ollongren",E),
("rd3","PROGRAMME","Regio Deals",E),
("dh","LOC","Den Haag",E),
])
