from mk import build
E={}
def D(v): return {"type":"date","value":v}
LBV={"canonical":"Landelijke beëindigingsregeling veehouderijlocaties"}
RVO={"canonical":"Rijksdienst voor Ondernemend Nederland"}
build("ro-2025-78-miljoen-euro-extra-voor-beeindigingsregeling","texts/ro-2025-78-miljoen-euro-extra-voor-beeindigingsregeling.txt","corpus/double/F7/ro-2025-78-miljoen-euro-extra-voor-beeindigingsregeling.json",[
("m0","MONEY","78 miljoen euro",{"amount":"78000000","currency":"EUR"}),
("l1","PROGRAMME","Landelijke beëindigingsregeling veehouderijlocaties",E),
("l2","PROGRAMME","Lbv",LBV),
("m1","MONEY","78 miljoen euro",{"amount":"78000000","currency":"EUR"},{"programme":"l2"}),
("m2","MONEY","128 miljoen euro",{"amount":"128000000","currency":"EUR"},{"programme":"l2"}),
("l3","PROGRAMME","Lbv",LBV),
("iv","DATE","18 november 2024 tot en met 20 december 2024",{"type":"interval","start":"2024-11-18","end":"2024-12-20"}),
("m3","MONEY","€ 50 mln.",{"amount":"50000000","currency":"EUR"},{"programme":"l3","period":"iv"}),
("dag","DATE","één dag",{"type":"duration","value":"P1D"}),
("kab","ORG","kabinet",E),
("vjn","PROGRAMME","Voorjaarsnota 2025",E),
("l4","PROGRAMME","Lbv",LBV),
("ec","ORG","Europese Commissie",{"canonical":"Europese Commissie"}),
("d1","DATE","22 mei 2025",D("2025-05-22")),
("rvo1","ORG","RVO",RVO),
("w2","DATE","twee weken",{"type":"duration","value":"P2W"}),
("sc","ORG","Staatscourant",E),
("rvo2","ORG","Rijksdienst voor Ondernemend Nederland",RVO),
("rvo3","ORG","RVO",RVO),
("ew","DATE","enkele weken",{"type":"duration","value":None}),
("rvo4","ORG","RVO",RVO),
])
