from mk import build
E={}
def D(v): return {"type":"date","value":v}
EC={"canonical":"Europese Commissie"}
build("pli-2017-kennisgevingen-staatssteun","texts/pli-2017-kennisgevingen-staatssteun.txt","corpus/work/F7/pli-2017-kennisgevingen-staatssteun.json",[
("ec1","ORG","Europese Commissie",EC),
("ec2","ORG","Europese Commissie",EC),
("ec3","ORG","Europese Commissie",EC),
("ca1","ORG","Cultus Agro Advies B.V.",E),
("d","DATE","25 september 2017",D("2017-09-25")),
("gs","ORG","Gedeputeerde Staten",E),
("asv","PROGRAMME","Algemene Subsidieverordening Provincie Limburg 2017",E),
("ns","PROGRAMME","Nadere subsidieregels ter bevordering van de economie en concurrentiekracht 2013",E),
("m","MONEY","€ 125.000,00",{"amount":"125000","currency":"EUR","qualifier":"at_most"},{"funder":"gs","recipient":"ca2","programme":"asv","date":"d"}),
("ca2","ORG","Cultus Agro Advies B.V.",E),
("bt1","PROGRAMME","Bright Tree 2.0",E),
("bt2","PROGRAMME","Bright Tree 2.0",E),
("inv","ORG","Innoveins",E),
("law","LAW","Verordening (EU) Nr. 651/2014",E),
("ec4","ORG","Commissie",EC),
("d2","DATE","17 juni 2014",D("2014-06-17")),
])
