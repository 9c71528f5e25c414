from mk import build
E={}
def D(v): return {"type":"date","value":v}
build("tk-2024-36-613-xvii-wijziging-van-de","texts/tk-2024-36-613-xvii-wijziging-van-de.txt","corpus/work/F7/tk-2024-36-613-xvii-wijziging-van-de.json",[
("j","DATE","jaar 2024",D("2024")),
("mn","PROGRAMME","Miljoenennota",E),
("d1","DATE","27 september 2024",D("2024-09-27")),
("vc","ORG","vaste commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking",E),
("d2","DATE","23 september 2024",D("2024-09-23")),
("d3","DATE","27 september 2024",D("2024-09-27")),
("p1","PERSON","De Vries",E),
("p2","PERSON","Meijers",E),
("aj","DATE","aankomende jaren",D("FUTURE_REF")),
("y1","DATE","2025",D("2025")),
("y2","DATE","2025",D("2025")),
("y3","DATE","2025",D("2025")),
])
