from mk import build
E={}
IPO={"canonical":"Interprovinciaal Overleg"}
SNN={"canonical":"Samenwerkingsverband Noord-Nederland"}
build("pgr-nd-interprovinciaal-overleg","texts/pgr-nd-interprovinciaal-overleg.txt","corpus/double/F7/pgr-nd-interprovinciaal-overleg.json",[
("1","ORG","Interprovinciaal Overleg",IPO),
("2","ORG","IPO",IPO),
("3","ORG","Interprovinciaal Overleg",IPO),
("4","ORG","IPO",IPO),
("5","ORG","Interprovinciaal Overleg",IPO),
("6","ORG","Rijk",E),
("7","ORG","Interprovinciaal Overleg",IPO),
("8","ORG","Interprovinciaal Overleg",IPO),
("9","ORG","Interprovinciaal Overleg",IPO),
("10","LOC","Brussel",E),
("11","LOC","Brussel",E),
("12","ORG","Huis van de Nederlandse Provincies",E),
("13","ORG","Interprovinciaal Overleg",IPO),
("14","ORG","Huis van de Nederlandse Provincies",E),
("15","ORG","Samenwerkingsverband Noord-Nederland",SNN),
("16","ORG","SNN",SNN),
("17","ORG","Oost-Nederland",E),
("18","ORG","Regio Randstad",E),
("19","ORG","Zuid-Nederland",E),
("20","ORG","Interprovinciaal Overleg",IPO),
("21","ORG","Interprovinciaal Overleg",IPO),
("22","ORG","Interprovinciaal Overleg",IPO),
])
