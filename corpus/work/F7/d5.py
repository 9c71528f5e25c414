from mk import build
E={}
def D(v): return {"type":"date","value":v}
build("ob-2019-op-1-januari-2015-is-de","texts/ob-2019-op-1-januari-2015-is-de.txt","corpus/work/F7/ob-2019-op-1-januari-2015-is-de.json",[
("d1","DATE","1 januari 2015",D("2015-01-01")),
("jw","LAW","Jeugdwet",E),
("taj1","ORG","Transitieautoriteit Jeugd",E),
("taj2","ORG","TAJ",E),
("taj3","ORG","TAJ",E),
("wlz","LAW","Wet langdurige zorg",E),
("vjn","PROGRAMME","Voorjaarsnota 2019",E),
("m","MONEY","€ 20\nmiljoen",{"amount":"20000000","currency":"EUR"},{"programme":"vjn"}),
("bo","ORG","Bestuurlijk\nOverleg Rijk-VNG",E),
("d2","DATE","11 juli 2019",D("2019-07-11")),
("br","PROGRAMME","Beleidsregels subsidieverstrekking bijzondere transitiekosten Jeugdwet",E),
])
