"""Words that say who a person is: gender and age from nouns, titles and pronouns, in the studio's
languages. `word: (gender or "", age or "")`."""

from __future__ import annotations

_F, _M = "female", "male"
_C, _Y, _A, _E = "child", "young_adult", "middle_aged", "elderly"


def _table(spec: str) -> dict[str, tuple[str, str]]:
    """'girl f c | boy m c | she f' -> {word: (gender, age)}."""
    out = {}
    codes = {"f": _F, "m": _M, "c": _C, "y": _Y, "a": _A, "e": _E, "-": ""}
    for item in spec.split("|"):
        parts = item.split()
        if len(parts) >= 3 and parts[-1] in codes and parts[-2] in codes:
            words, gender, age = parts[:-2], parts[-2], parts[-1]
        else:
            words, gender, age = parts[:-1], parts[-1], "-"
        out[" ".join(words)] = (codes[gender], codes[age])
    return out


ROLES: dict[str, dict[str, tuple[str, str]]] = {
    "en": _table(
        "she f|her f|hers f|herself f|he m|him m|his m|himself m|"
        "woman f a|women f a|lady f a|ladies f a|girl f c|girls f c|daughter f -|granddaughter f c|"
        "mother f a|mom f a|mum f a|mama f a|grandmother f e|grandma f e|granny f e|aunt f a|auntie f a|"
        "sister f -|wife f a|widow f e|bride f y|queen f a|princess f y|nun f a|actress f y|waitress f y|"
        "hostess f y|heroine f y|niece f c|mrs f a|ms f a|miss f y|madam f a|madame f a|duchess f a|"
        "businesswoman f a|policewoman f a|schoolgirl f c|maid f y|goddess f -|landlady f a|"
        "man m a|men m a|gentleman m a|gentlemen m a|boy m c|boys m c|son m -|grandson m c|father m a|"
        "dad m a|papa m a|grandfather m e|grandpa m e|uncle m a|brother m -|husband m a|widower m e|"
        "groom m y|king m a|prince m y|monk m a|priest m a|actor m y|waiter m y|hero m y|"
        "nephew m c|mr m a|sir m a|lord m a|duke m a|businessman m a|policeman m a|schoolboy m c|"
        "fisherman m a|landlord m a|guy m y|guys m y|lad m y|bachelor m y|"
        "child - c|children - c|kid - c|kids - c|baby - c|toddler - c|infant - c|little - c|"
        "teen - y|teenager - y|teenage - y|student - y|young - y|youth - y|"
        "old - e|elderly - e|aged - e|retired - e|ancient - e|elder - e|senior - e|pensioner - e|"
        "middle-aged - a|grey-haired - e|gray-haired - e|white-haired - e|wrinkled - e|"
        "detective - a|professor - a|doctor - a|dr - a|teacher - a|boss - a|manager - a|captain - a|keeper - a|"
        "grey hair - e|gray hair - e|white hair - e|silver hair - e|"
        "baker - -|farmer - -|trader - -|merchant - -|astronaut - -|courier - -|editor - -|nurse - -|"
        "lawyer - -|chef - -|sailor - -|soldier - -|pilot - -|driver - -|writer - -|painter - -|"
        "shepherd - -|hunter - -|carpenter - -|tailor - -|potter - -|weaver - -|blacksmith - -"
    ),
    "es": _table(
        "ella f|ellas f|él m|ellos m|mujer f a|señora f a|sra f a|señorita f y|niña f c|niñas f c|chica f y|"
        "hija f -|nieta f c|madre f a|mamá f a|abuela f e|tía f a|hermana f -|esposa f a|reina f a|"
        "princesa f y|anciana f e|vieja f e|maestra f a|doctora f a|panadera f a|pescadora f a|"
        "hombre m a|hombres m a|señor m a|sr m a|don m a|niño m c|niños - c|chico m y|hijo m -|nieto m c|"
        "padre m a|papá m a|abuelo m e|tío m a|hermano m -|esposo m a|marido m a|rey m a|príncipe m y|"
        "anciano m e|viejo m e|maestro m a|doctor m a|panadero m a|pescador m a|bebé - c|joven - y|"
        "jubilado m e|jubilada f e|adolescente - y|granjero m a|granjera f a"
    ),
    "fr": _table(
        "elle f|elles f|il m|ils m|femme f a|dame f a|madame f a|mademoiselle f y|fille f c|fillette f c|"
        "petite-fille f c|mère f a|maman f a|grand-mère f e|mamie f e|tante f a|sœur f -|épouse f a|"
        "reine f a|princesse f y|vieille f e|institutrice f a|boulangère f a|homme m a|hommes m a|"
        "monsieur m a|garçon m c|petit-fils m c|père m a|papa m a|grand-père m e|papi m e|oncle m a|"
        "frère m -|mari m a|roi m a|prince m y|vieil m e|vieux m e|instituteur m a|boulanger m a|"
        "pêcheur m a|enfant - c|enfants - c|bébé - c|jeune - y|retraité m e|retraitée f e|adolescent - y"
    ),
    "de": _table(
        "sie f|ihr f|er m|ihm m|sein m|frau f a|dame f a|mädchen f c|tochter f -|enkelin f c|mutter f a|"
        "mama f a|oma f e|großmutter f e|tante f a|schwester f -|königin f a|prinzessin f y|mann m a|"
        "männer m a|herr m a|junge m c|sohn m -|enkel m c|vater m a|papa m a|opa m e|großvater m e|"
        "onkel m a|bruder m -|könig m a|prinz m y|fischer m a|bäcker m a|kind - c|kinder - c|baby - c|"
        "alte - e|alter - e|greis m e|rentner m e|rentnerin f e|jugendlicher - y"
    ),
    "it": _table(
        "lei f|lui m|donna f a|signora f a|ragazza f y|bambina f c|figlia f -|madre f a|nonna f e|"
        "uomo m a|signore m a|ragazzo m y|bambino m c|figlio m -|padre m a|nonno m e|vecchio m e|vecchia f e"
    ),
    "pt": _table(
        "ela f|ele m|mulher f a|senhora f a|menina f c|filha f -|mãe f a|avó f e|homem m a|senhor m a|"
        "menino m c|filho m -|pai m a|avô m e|velho m e|velha f e|criança - c|neta f c|neto m c|pescador m a"
    ),
    "ru": _table(
        "она f|он m|женщина f a|девочка f c|девушка f y|мать f a|мама f a|бабушка f e|мужчина m a|"
        "мальчик m c|отец m a|папа m a|дедушка m e|старик m e|старуха f e|ребёнок - c|внучка f c|внук m c"
    ),
    "hi": _table(
        "लड़की f c|लड़कियाँ f c|बेटी f -|पोती f c|माँ f a|मां f a|माता f a|दादी f e|नानी f e|चाची f a|"
        "मौसी f a|बहन f -|पत्नी f a|औरत f a|महिला f a|रानी f a|बूढ़ी f e|श्रीमती f a|दीदी f y|"
        "लड़का m c|लड़के m c|बेटा m -|पोता m c|पिता m a|पिताजी m a|बाप m a|दादा m e|नाना m e|चाचा m a|"
        "भाई m -|पति m a|आदमी m a|पुरुष m a|राजा m a|बूढ़ा m e|श्री m a|मछुआरा m a|पुजारी m a|"
        "बच्चा - c|बच्चे - c|बच्ची f c|बूढ़े - e|बुज़ुर्ग - e|बुजुर्ग - e|जवान - y|युवा - y|किसान m a|"
        "दुकानदार m a|पुलिसवाला m a|डॉक्टर - a|अध्यापक m a|अध्यापिका f a"
    ),
    "mr": _table(
        "मुलगी f c|आई f a|आजी f e|बहीण f -|बायको f a|स्त्री f a|मुलगा m c|बाबा m a|वडील m a|आजोबा m e|"
        "भाऊ m -|नवरा m a|माणूस m a|म्हातारा m e|म्हातारी f e"
    ),
    "ta": _table(
        "அவள் f|சிறுமி f c|பெண் f a|மகள் f -|அம்மா f a|தாய் f a|பாட்டி f e|அக்கா f -|மனைவி f a|"
        "அவன் m|சிறுவன் m c|ஆண் m a|மகன் m -|அப்பா m a|தந்தை m a|தாத்தா m e|அண்ணன் m -|கணவன் m a|"
        "குழந்தை - c|முதியவர் - e|மீனவர் m a"
    ),
    "te": _table(
        "ఆమె f|అమ్మాయి f c|స్త్రీ f a|కూతురు f -|అమ్మ f a|బామ్మ f e|అవ్వ f e|అతను m|అబ్బాయి m c|"
        "మనిషి m a|కొడుకు m -|నాన్న m a|తాత m e|పిల్లలు - c|ముసలి - e|రైతు m a"
    ),
    "bn": _table("মেয়ে f c|মা f a|দিদিমা f e|ঠাকুমা f e|ছেলে m c|বাবা m a|দাদু m e|শিশু - c|বুড়ো m e"),
    "zh": _table(
        "她 f|女孩 f c|小女孩 f c|女儿 f -|妈妈 f a|母亲 f a|奶奶 f e|外婆 f e|姐姐 f -|妻子 f a|女人 f a|"
        "他 m|男孩 m c|小男孩 m c|儿子 m -|爸爸 m a|父亲 m a|爷爷 m e|外公 m e|哥哥 m -|丈夫 m a|男人 m a|"
        "老人 - e|孩子 - c|老渔夫 m e|渔夫 m a|先生 m a|太太 f a|女士 f a|小姐 f y"
    ),
    "ja": _table(
        "彼女 f|少女 f c|女の子 f c|娘 f -|母 f a|お母さん f a|おばあさん f e|祖母 f e|姉 f -|妻 f a|女性 f a|"
        "彼 m|少年 m c|男の子 m c|息子 m -|父 m a|お父さん m a|おじいさん m e|祖父 m e|兄 m -|夫 m a|男性 m a|"
        "老人 - e|子供 - c|漁師 m a|おじさん m a|おばさん f a"
    ),
}

# The trades and ranks of a village and a court, as folk tales, fables and plays cast them: the whole class
# in each language, masculine forms (their feminine forms are derived in persons.py: molinera, Müllerin).
_TRADES = {
    "en": "miller - a|tailor - a|shoemaker - a|cobbler - a|smith - a|woodcutter - a|butcher - a|innkeeper - a|"
    "peddler - a|servant - -|cook - -|knight m a|guard - a|slave - -|beggar - -|thief - -|robber - -|"
    "witch f e|wizard m e|giant - -|dwarf - -|vizier m a|minister - a|hermit m e|peasant - -|traveller - -|"
    "traveler - -|stranger - -|shopkeeper - a|servant-girl f y|woodman m a|huntsman m a|shepherdess f y",
    "de": "müller m a|schneider m a|schuster m a|schmied m a|zimmermann m a|jäger m a|hirte m a|schäfer m a|"
    "holzfäller m a|metzger m a|fleischer m a|wirt m a|kaufmann m a|händler m a|krämer m a|diener m -|"
    "knecht m y|magd f y|koch m a|soldat m y|ritter m a|wächter m a|prinz m y|sklave m -|bettler m -|"
    "dieb m -|räuber m a|hexe f e|zauberer m e|riese m -|zwerg m -|wesir m a|minister m a|mönch m a|"
    "pfarrer m a|einsiedler m e|bauer m a|reiter m a|wanderer m -|fremde m -",
    "es": "molinero m a|sastre m a|zapatero m a|herrero m a|carpintero m a|cazador m a|pastor m a|leñador m a|"
    "campesino m a|carnicero m a|posadero m a|mercader m a|comerciante - a|criado m -|sirviente - -|"
    "cocinero m a|soldado m y|caballero m a|guardia - a|esclavo m -|mendigo m -|ladrón m -|bandido m a|"
    "bruja f e|brujo m e|mago m e|gigante - -|enano m -|visir m a|ministro m a|fraile m a|cura m a|"
    "ermitaño m e|marinero m a|viajero m -|forastero m -",
    "fr": "meunier m a|tailleur m a|cordonnier m a|forgeron m a|charpentier m a|chasseur m a|berger m a|"
    "bûcheron m a|fermier m a|paysan m a|boucher m a|aubergiste - a|marchand m a|serviteur m -|valet m y|"
    "servante f y|cuisinier m a|soldat m y|chevalier m a|garde - a|esclave - -|mendiant m -|voleur m -|"
    "brigand m a|sorcière f e|sorcier m e|magicien m e|géant m -|nain m -|vizir m a|ministre - a|moine m a|"
    "prêtre m a|ermite m e|marin m a|voyageur m -|étranger m -",
    "it": "mugnaio m a|sarto m a|calzolaio m a|fabbro m a|falegname m a|cacciatore m a|pastore m a|"
    "boscaiolo m a|pescatore m a|contadino m a|fornaio m a|macellaio m a|oste m a|mercante - a|servo m -|"
    "serva f -|cuoco m a|soldato m y|cavaliere m a|guardia - a|re m a|regina f a|principe m y|"
    "principessa f y|schiavo m -|mendicante - -|ladro m -|brigante m a|strega f e|mago m e|gigante - -|"
    "nano m -|visir m a|ministro m a|monaco m a|prete m a|eremita m e|marinaio m a|viaggiatore m -|"
    "forestiero m -|maestro m a",
    "pt": "moleiro m a|alfaiate m a|sapateiro m a|ferreiro m a|carpinteiro m a|caçador m a|pastor m a|"
    "lenhador m a|lavrador m a|camponês m a|padeiro m a|açougueiro m a|estalajadeiro m a|mercador m a|"
    "criado m -|servo m -|cozinheiro m a|soldado m y|cavaleiro m a|guarda - a|rei m a|rainha f a|"
    "príncipe m y|princesa f y|escravo m -|mendigo m -|ladrão m -|bandido m a|bruxa f e|bruxo m e|"
    "mago m e|gigante - -|anão m -|vizir m a|ministro m a|monge m a|padre m a|eremita m e|marinheiro m a|"
    "viajante - -|forasteiro m -|rapaz m y|moço m y",
}
for _language, _spec in _TRADES.items():
    for _word, _traits in _table(_spec).items():
        ROLES[_language].setdefault(_word, _traits)

# Words that point at a person already named (a possessive "his" before a name is someone else's).
PRONOUNS = {
    "she",
    "her",
    "hers",
    "herself",
    "he",
    "him",
    "his",
    "himself",
    "ella",
    "él",
    "elle",
    "il",
    "sie",
    "er",
    "ihm",
    "ihr",
    "sein",
    "lei",
    "lui",
    "ela",
    "ele",
    "она",
    "он",
    "她",
    "他",
    "彼女",
    "彼",
    "அவள்",
    "அவன்",
    "ఆమె",
    "అతను",
}

# Titles that may stand before a name and are not part of who it is ("DR. RAO" is RAO).
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
    "captain",
    "capt",
    "sgt",
    "officer",
    "detective",
    "det",
    "agent",
    "judge",
    "father",
    "sister",
    "aunt",
    "uncle",
    "shri",
    "smt",
}

# Forms of address that stand for whoever is addressed or spoken of ("Siéntese Vuestra Excelencia",
# "Your Majesty"): another name of someone there, never a person of their own.
ADDRESS_FORMS = set(
    [
        "majesty",
        "highness",
        "lordship",
        "ladyship",
        "excellency",
        "eminence",
        "holiness",
        "worship",
        "señoría",
        "usía",
        "vuesamerced",
        "merced",
        "excelencia",
        "vuecencia",
        "majestad",
        "alteza",
        "eminencia",
        "santidad",
        "majesté",
        "altesse",
        "excellence",
        "seigneurie",
        "éminence",
        "sainteté",
        "majestät",
        "hoheit",
        "exzellenz",
        "gnaden",
        "durchlaucht",
        "eminenz",
        "heiligkeit",
        "maestà",
        "altezza",
        "eccellenza",
        "signoria",
        "eminenza",
        "santità",
        "majestade",
        "excelência",
        "senhoria",
        "vossemecê",
        "eminência",
        "santidade",
        "величество",
        "высочество",
        "сиятельство",
        "превосходительство",
        "светлость",
        "преосвященство",
    ]
)

# Years written as words, and decades ("in her seventies").
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "un": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "zehn": 10,
    "zwölf": 12,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
}
DECADES = {
    "twenties": 25,
    "thirties": 35,
    "forties": 45,
    "fifties": 55,
    "sixties": 65,
    "seventies": 75,
    "eighties": 85,
    "nineties": 95,
    "teens": 15,
}
# "… years old" in each language (the number before it is the age)
YEARS_WORDS = (
    "year",
    "years",
    "year-old",
    "yo",
    "años",
    "año",
    "ans",
    "jahre",
    "jährige",
    "jähriger",
    "anni",
    "anos",
    "лет",
    "साल",
    "वर्ष",
    "वर्षीय",
    "வயது",
    "సంవత్సరాల",
    "歳",
    "岁",
)
