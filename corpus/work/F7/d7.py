from mk import build
E={}
def D(v): return {"type":"date","value":v}
EZK={"canonical":"Ministerie van Economische Zaken en Klimaat"}
OCW={"canonical":"Ministerie van Onderwijs, Cultuur en Wetenschap"}
TK={"canonical":"Tweede Kamer der Staten-Generaal"}
build("ob-2020-29-338-wetenschapsbudget","texts/ob-2020-29-338-wetenschapsbudget.txt","corpus/work/F7/ob-2020-29-338-wetenschapsbudget.json",[
("wb","PROGRAMME","Wetenschapsbudget",E),
("ezk","ORG","ECONOMISCHE ZAKEN EN KLIMAAT",EZK),
("tk","ORG","Tweede Kamer der Staten-Generaal",TK),
("dh","LOC","Den Haag",E),
("d0","DATE","17 februari 2020",D("2020-02-17")),
("d1","DATE","16 september 2019",D("2019-09-16")),
("rd","PERSON","Robbert Dijkgraaf",E),
("nl1","LOC","Nederland",E),
("ocw","ORG","Onderwijs, Cultuur en Wetenschap",OCW),
("k1","ORG","kabinet",E),
("k2","ORG","kabinet",E),
("nl2","LOC","Nederland",E),
("k3","ORG","kabinet",E),
("nl3","LOC","Nederland",E),
("m","MONEY","23,5 mln. euro",{"amount":"23500000","currency":"EUR"},{"period":"p"}),
("p","DATE","komende 5 jaar",{"type":"duration","value":"P5Y"}),
])
