from mk import build
E={}
def D(v): return {"type":"date","value":v}
def M(n):
    return {"amount":str(int(n.replace('.',''))*1000),"currency":"EUR","currency_implicit":True}
items=[
("pb","PROGRAMME","Programmabegroting 2020",E),
("y0","DATE","2020",D("2020")),("y1","DATE","2021",D("2021")),("y2","DATE","2022",D("2022")),("y3","DATE","2023",D("2023")),
]
Y=["y0","y1","y2","y3"]
c=[0]
def row(ctx, cells, base):
    # base: dict of roles (without period) or None for no roles at all
    if ctx is not None: items.append(('@>',ctx))
    for k,n in enumerate(cells):
        if n is None: continue
        c[0]+=1
        t=("m%d"%c[0],"MONEY",n,M(n))
        if base is not None:
            r=dict(base); r["period"]=Y[k]; t=t+(r,)
        items.append(t)
def add(key,label,s,v=E): items.append((key,label,s,v))
add("is","PROGRAMME","Inclusieve Stad")
row(None,["15.614","15.991","15.425","14.543"],{"programme":"is"})
add("ggd","ORG","GGD")
row(None,["101","180","181","240"],{"recipient":"ggd"})
add("g1","PROGRAMME","Gezond in de stad"); add("g2","PROGRAMME","GIDS",{"canonical":"Gezond in de stad"})
row(None,["80","80",None,None],{"programme":"g2"})
row("Armoedebestrijding kinderen",["41","41","41","41"],{})
row("Administratieve bijstellingen",["48","48","48","48"],{})
row("Onderwijshuisvesting",["8","178","356","356"],{})
row("Leerlingenvervoer",["39","39","39","39"],{})
row("kinderopvang",["175","175","175","175"],{})
add("r1","PROGRAMME","reserve Transformatiebuffer sociaal domein"); add("t1","PROGRAMME","Taakstelling sociaal domein")
row(None,["175","175","175","175"],None)
row("statushouders",["251",None,None,None],{})
row("Administratieve bijstellingen",["2.430","1.974","1.974","1.974","2.430","1.974","1.974","1.974"][:4],{})
row(None,["2.430","1.974","1.974","1.974"],{})
row("Administratieve bijstellingen",["781","781","781","751"],{})
row(None,["2.774","2.774","2.774","2.744"],{})
add("dg","ORG","Diamant-groep")
row(None,["1.247","1.530","1.522","1.245"],{"recipient":"dg"})
row(None,["1.247","1.530","1.522","1.245"],{"recipient":"dg"})
row("Formatiecalculatiemodel MO",["55","55","55","55"],{})
add("r2","PROGRAMME","reserve Transformatiebuffer sociaal domein"); add("t2","PROGRAMME","Taakstelling sociaal domein")
row(None,["55","55","55","55"],None)
add("iu1","PROGRAMME","IU Participatie"); add("wsw","LAW","WSW")
row(None,["586","615","349","735"],{"programme":"iu1"})
add("iu2","PROGRAMME","IU Participatie")
row("re-integratie",["44","48","54","60"],{"programme":"iu2"})
add("gf","PROGRAMME","Gemeentefonds")
row("re-integratie",["462","512","705","896"],{"programme":"gf"})
row("29. Formatiecalculatiemodel",["248","248","248","248"],{})
add("r3","PROGRAMME","reserve Transformatiebuffer sociaal domein"); add("t3","PROGRAMME","Taakstelling sociaal domein")
row(None,["248","248","248"],None)
build("gtil-2020-programmabegroting-2020","texts/gtil-2020-programmabegroting-2020.txt","corpus/work/F7/gtil-2020-programmabegroting-2020.json",items)
