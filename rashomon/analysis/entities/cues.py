"""Words around and inside names that are not names themselves, per language.

Titles mark the name that follows as a person ("держсекретар Марко Рубіо",
"Deputy Foreign Minister Sergei Ryabkov"); organisation and place words in a
capitalised run type it ("Ministerstwo Zdrowia", "Johns Hopkins University").
Matching is by lower-case prefix, so inflected forms match too.
"""

from __future__ import annotations

PERSON_TITLES = tuple(
    """
    president vice-president prime minister secretary deputy senator chancellor spokes ambassador governor
    mayor general chairman chairwoman chair leader king queen prince princess pope judge mr mrs ms dr sir
    lord lady commissioner director ceo chief rep sen gov congressman congresswoman candidate pastor
    president-elect foreign state
    президент прем'єр прем’єр міністр держсекретар заступни речни посол посл канцлер сенатор губернатор мер
    генсек генеральн лідер голов керівни спікер депутат корол принц папа папи суддя суддi пан пані віце
    экс- екс- кандидат
    премьер министр госсекретар замести замминистр представител пресс-секретар председател мэр лидер глав
    спикер судья господин госпож вице
    präsident kanzler bundeskanzler ministerin außenminister sprecher botschafter gouverneur bürgermeister
    herr frau chef vorsitzende
    présid ministre porte-parole ambassadeur m. mme monsieur madame
    presidente ministro portavoz embajador señor señora
    prezydent premier ministra minist rzeczni ambasador kanclerz gubernator burmistrz przewodnicząc szef
    pan pani papież król królow lider wicepremier marszał poseł posł senator kandydat
    prezident premiér ministr mluvčí velvyslan kancléř senátor guvernér starost předsed šéf paní papež král
    králov kandidát
    predsednik predsednic premier premierk ministric tiskovn veleposlanik kanclerk guverner župan vodj gospod
    gospa papež kralj kraljic kandidat
    президент премиер министър говорител посланик канцлер сенатор губернатор кмет председател лидер крал
    кралица папа г-н г-жа кандидат вицепрезидент
    """.split()
)

ORGANISATION_WORDS = frozenset(
    """
    ministry department university party bank agency council committee commission court parliament office
    service police army times news press corporation company inc ltd group foundation institute federation
    union association organization organisation assembly senate congress house agency club league
    міністерств університет парті банк агентств рада ради раді раду радою комітет комісі суд парламент служб поліці армі компані
    корпораці груп фонд інститут федераці союз асоціаці організаці асамбле сенат конгрес уряд відомств
    министерств университет парти банк агентств совет комитет комисси суд парламент служб полици арми
    компани корпораци групп фонд институт федераци союз ассоциаци организаци ассамбле сенат конгресс
    правительств ведомств
    ministerium universität partei bank agentur rat rates ausschuss kommission gericht parlament dienst polizei
    ministère université parti banque agence conseil comité commission cour parlement
    ministerio universidad partido banco agencia consejo comité comisión tribunal parlamento
    ministerstw uniwersytet parti bank agencj rada rady radzie radę radą komitet komisj sąd sejm senat parlament służb policj
    kancelari urząd instytut fundacj stowarzysz organizacj związ zgromadz
    ministerstv univerzit stran bank agentur rada rady radě radu radou výbor komis soud parlament služb polici úřad institut
    nadac sdružen organizac svaz sněmovn vlád
    ministrstv univerz strank bank agencij svet sveta svetu svetom odbor komisij sodišč parlament služb polici urad inštitut
    fundacij združen organizacij zvez skupščin vlada vlade zbor
    министерств университет парти банк агенци съвет комитет комиси съд парламент служб полици институт
    организаци съюз събрани правителств
    """.split()
)

# Laws, treaties and documents: products in the BSNLP sense ("Affordable Care Act", "Lisabonské smlouvy").
DOCUMENT_WORDS = frozenset(
    """
    act treaty accord agreement convention constitution charter
    закон договор договір угод соглашени конституци хартия хартія
    gesetz vertrag abkommen verfassung loi traité accord ley tratado acuerdo
    ustaw traktat umow porozumieni konstytucj zákon smlouv dohod ústav zakon pogodb sporazum ustav
    закон договор споразумени конституция
    """.split()
)

PLACE_WORDS = frozenset(
    """
    street avenue square river lake sea ocean mountain island county region province state city
    вулиц площ річк озер мор океан гор остр област район регіон провінці штат міст
    улиц площад рек озер мор океан гор остров област район регион провинци штат город
    straße platz fluss see meer insel
    ulic plac rzek jezior morz ocean gór wysp województw powiat region prowincj stan miast
    ulic náměst řek jezer moř oceán hor ostrov kraj okres region provinci stát měst
    ulic trg rek jezer morj ocean gor otok pokrajin regij država mest
    улиц площад рек езер мор океан планин остров област район регион провинци щат град
    """.split()
)

# Capitalised words that begin or sit in sentences without naming anything.
STOPWORDS = frozenset(
    """
    the a an this that these those it its he she we they i you his her our their my your in on at by for but
    and or if as after before when while thus however also there here what which who whom whose why how
    not no yes so then than since until from into with without about over under up down out of to
    later earlier meanwhile now today yesterday tomorrow still yet even just only both all some many most other
    another each every according despite during although though because unlike like last next first
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr
    der die das ein eine und oder aber wenn als nach vor im am zum zur vom beim
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember
    le la les un une des et ou mais lundi mardi mercredi jeudi vendredi samedi dimanche
    el los las y pero lunes martes miércoles jueves viernes sábado domingo
    про на за у в до з із від по при після перед через для без над під між та й і але або що як це цей ця ці
    той та він вона воно вони ми ви я його її їх наш ваш там тут тоді також втім однак проте крім окрім
    о об от из к с со после перед через для без над под между и а но или что как это этот эта эти тот он
    она оно они мы вы его ее её их наш ваш там тут тогда также впрочем однако кроме
    w na za z do od po przy po dla bez nad pod między i a ale lub że jak to ten ta te on ona ono oni my wy
    jego jej ich nasz wasz tam tu wtedy także jednak oraz
    v na za z do od po při pro bez nad pod mezi i a ale nebo že jak to ten ta ty on ona ono oni my vy
    jeho její jejich náš váš tam tady tehdy také však
    v na za z do od po pri za brez nad pod med in a ali ali da kot to ta te on ona ono oni mi vi njegov
    njen njihov tam tu tedaj tudi vendar
    в на за с до от по при след пред през без над под между и а но или че като това този тази тези той
    тя то те ние вие негов неин техен там тук тогава също обаче
    obecnie dziś dzisiaj teraz wczoraj jutro również także natomiast ponadto dlatego potem później zdaniem
    według czy nie już gdy kiedy jeśli jeżeli choć chociaż bo
    nyní dnes včera zítra proto pak potom podle když pokud jestli ne už
    medtem danes včeraj jutri zdaj sedaj zato nato ko če ne že kot
    ако не според днес вчера сега после когато всички бившият също така
    сми змі днк рнк ввп ндс пдв dna rna pkb vat gdp hdp ceo usd eur ctrl enter
    """.split()
)

CONNECTORS = frozenset("of the de von van der den du del da di la le al bin ibn y".split())

GERMAN_ARTICLES = frozenset(
    "der die das dem den des ein eine einen einem einer eines kein keine keinen dieser diese dieses diesem diesen".split()
)
