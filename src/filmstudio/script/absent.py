"""What a text names that is not there. A careful reader lists the things a scene holds, not those it only
speaks of: what someone dreams, wishes, plans or would buy ("with the money she would buy a hundred eggs",
"elle achèterait un cochon", "pensaba comprar huevos"), what there is none of ("there was no bread in the
house", "il n'avait pas de chapeau", "kein Brot", "パンがない"), what something is only likened to ("eyes
like stars", "a heart of stone", "花のように") and a word meant in another sense ("the main bus voltage",
"a lock of her hair", "auf der Hut"). `not_there` blanks those words, the text keeping its length, so that
the things read from what is left are those present; where the same thing is named as present too, it
stays. Japanese, Chinese and Hindi, read without the word-by-word grammar below, have patterns of their own
(_JA, _ZH, _HI)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_FLAGS = re.I | re.U


@dataclass(frozen=True)
class _Grammar:
    """A language's cues, as regular expressions (matched case-blind)."""

    # where a clause ends: what follows is no longer the complement of a cue
    clause_end: str
    # after these, the noun phrase that follows is of what there is none ("no", "pas de", "kein", "sin")
    negation: str = ""
    # the words that end such a noun phrase (prepositions, conjunctions, verbs, pronouns) ...
    stops: frozenset[str] = frozenset()
    # ... and those that join another one to it ("neither a horse nor a cart", "ni lait ni pain")
    joiners: frozenset[str] = frozenset()
    # a verb of dreaming, imagining or wishing: its complement, to the clause's end, is imagined
    dreaming: str = ""
    # a verb of thinking or planning: what the same or the next sentences would do is imagined
    planning: str = ""
    # the conditional or the future: a verb form or an auxiliary
    modal: str = ""
    # "would have been": a conditional of the past is what did not happen
    counterfactual: str = ""
    # what is only bought, made or won: its indefinite objects are not there yet
    acquiring: str = ""
    # "if" and its kin open a clause of what is supposed (to its comma)
    supposing: str = ""
    # "tomorrow", "one day": with a modal, what is to come
    future_time: str = ""
    # "every day", "always": a modal of what was habitual tells what was there
    habitual: str = ""
    # determiners of a thing already there: "she would sell the chickens" sells those she has
    definite: frozenset[str] = frozenset()
    # comparisons and figures of speech beyond those scenes.py reads (its _LIKENESS)
    likeness: tuple[str, ...] = ()
    # words in another sense, by their context: each pattern's group "w" (or the whole match) is blanked
    senses: tuple[str, ...] = ()
    # the first person's future: "I'll buy", "j'achèterai", "compraré": the whole sentence is what is planned
    mine: str = ""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_STOPS = _words(
    """in on at to for with from by into onto upon under over near beside behind about against through
    and but so that which who whom when while because as than if then there here left anywhere
    was were is are be been had has have could would should will shall might must can did do does
    he she it they i we you him them me us himself herself themselves at all to eat for"""
)
_FR_STOPS = _words(
    """dans sur à au aux pour avec chez par sous vers en entre contre près derrière devant
    et mais que qui quand car comme si alors puis donc
    était étaient est sont avait avaient a ont fut furent sera serait
    il elle ils elles je tu nous vous on lui leur y"""
)
_DE_STOPS = _words(
    """in im ins auf am an zu zum zur für mit von vom bei beim aus unter über nach durch vor hinter neben
    und aber dass der die das den dem des wer wenn als weil denn ob
    war waren ist sind hatte hatten hat haben wurde wurden mehr
    er sie es ich wir ihr man sich ihm ihn ihnen"""
)
_ES_STOPS = _words(
    """en a al para por con sin sobre bajo entre hacia hasta desde tras ante junto cerca
    y e pero que quien cuando como porque si entonces
    era eran es son tenía tenían había fue fueron estaba estaban
    él ella ellos ellas yo tú nosotros le les lo la se me te nos"""
)
_IT_STOPS = _words(
    """in nel nella nei nelle a al alla ai alle per con su sul sulla da dal dalla tra fra verso sotto sopra
    e ed ma che chi quando come perché se allora poi
    era erano è sono aveva avevano ha hanno fu furono
    lui lei loro io tu noi voi gli le si mi ti ci vi"""
)
_PT_STOPS = _words(
    """em no na nos nas a ao à aos às para por com sobre sob entre até desde junto perto
    e mas que quem quando como porque se então
    era eram é são tinha tinham havia foi foram estava estavam
    ele ela eles elas eu tu nós lhe lhes o os se me te"""
)
_RU_STOPS = _words(
    """в во на у к ко с со из от для за под над при про по через
    и а но что кто когда как потому если то тогда
    был была было были есть будет
    он она оно они я ты мы вы его её ее их ему ей им"""
)

_EN = _Grammar(
    clause_end=r"[.;:!?\"“”—]|\s(?:but|then|until|till|when|while|yet|because|where|and then)\b"
    r"|,\s*(?:and\s+|so\s+|then\s+)?(?:he|she|they|i|we|you)\b(?!\s+(?:would|could|might|should|will|'d|'ll))",
    # "No," an answer, and "no one", "no longer", "nothing but": no thing is denied
    negation=r"\b(?:no(?!\s*[,.!?;:]|\s+(?:one|longer|sooner|doubt|matter|less|further|wonder|way|end)\b)"
    r"|without|neither|nor|not\s+(?:a|an|any|one|even\s+a|a\s+single|so\s+much\s+as\s+a)"
    r"|(?:did|does|do|could|can|would|will)(?:n't|\s+not|not)\s+(?:have|own|find|get|afford|buy|bring|wear|carry)"
    r"|(?:had|has|have)(?:n't|\s+not)\s+(?:got\s+)?(?:a|an|any|one)"
    r"|(?:was|were|is|are)(?:n't|\s+not)\s+(?:wearing|carrying|holding)"
    r"|there\s+(?:was|were|is|are)(?:n't|\s+not)(?:\s+(?:a|an|any|one|a\s+single))?"
    r"|never\s+(?:(?:once|even|before)\s+)?(?:seen|saw|had|owned|found|met|tasted|eaten|ridden)\s+(?:a|an|any|such\s+a|one))\b",
    stops=_EN_STOPS,
    joiners=_words("or nor"),
    dreaming=r"\b(?:dream(?:s|ed|t|ing)?\s+(?:of|about|that)|day-?dream\w*\s+(?:of|about)|imagin(?:e|ed|es|ing)"
    r"|pictured|wish(?:ed|es|ing)?\s+(?:for|that|(?:he|she|they|i|we|you)\s+(?:had|could|were))"
    r"|long(?:ed|s|ing)?\s+for|yearn(?:ed|s|ing)?\s+for|hop(?:e|ed|es|ing)\s+for|if\s+only"
    r"|in\s+(?:his|her|their|my|your|a|the)\s+dreams?|in\s+(?:his|her|their|my|your)\s+(?:mind|fancy|thoughts|imagination)"
    r"|farewell(?:,)?\s+(?:to\s+)?)\b",
    planning=r"\b(?:dream(?:s|ed|t|ing)?|day-?dream\w*|thought|think(?:s|ing)?|plann?(?:ed|ing|s)?|reckon(?:ed|ing)?"
    r"|count(?:ed|ing)|calculat\w+|(?:said|says)\s+to\s+(?:herself|himself|themselves|myself)|wonder(?:ed|ing)"
    r"|imagin\w+)\b",
    modal=r"(?:\b(?:would|could|might|should|will|shall|going\s+to|gonna)|'d|'ll)(?:\s+(?:not|never|soon|then|also"
    r"|surely|certainly|first|easily|one\s+day))*\s+(?P<verb>\w+)",
    counterfactual=r"\b(?:would|could|might|should)(?:n't|\s+not)?\s+have\s+(?:been|had|\w+ed|\w+en)\b",
    acquiring=r"\b(?:buy|buys|get|gets|have(?!\s+to\b)|has(?!\s+to\b)|own|make|makes|build|builds|bake|bakes|cook|knit|sew|weave|earn|win"
    r"|receive|become|grow|hatch|raise|breed|plant|bring|give|fetch|lay|lays)\b",
    supposing=r"(?<!\bas )(?<!\beven )(?<!\bsee )(?<!\bask )(?<!\bknow )(?<!\btell )(?<!\basked )(?<!\bwonder )"
    r"(?<!\bwondered )(?<!\bchecked )\b"
    r"(?:if|unless|suppose|supposing|what\s+if)\b|\b(?:had|were)\s+(?:i|he|she|we|they)\s+(?:a|an|some|only)\b",
    future_time=r"\b(?:tomorrow|someday|some\s+day|one\s+day|next\s+(?:day|week|month|year|spring|summer|autumn"
    r"|winter|time)|in\s+the\s+future|by\s+and\s+by)\b",
    habitual=r"\b(?:every|each|always|often|usually|whenever|sometimes|used\s+to)\b",
    mine=r"\b(?:i|we)(?:'ll|\s+(?:will|shall|'ll|am\s+going\s+to|are\s+going\s+to))\b",
    definite=_words("the this that these those my your his her its our their"),
    likeness=(
        # "shone like stars", "ran like the wind": a bare noun after a verb or adverb of how
        r"\b(?:\w+ed|shone|ran|fell|grew|sang|flew|swam|fought|slept|went|stood|sat|looked|seemed|felt|\w+ly|is|are"
        r"|was|were),?\s+like\s+(?P<w>\w+)",
        # "eyes like stars", "teeth like pearls": a looks likened, its noun bare
        r"\b(?:eyes|hair|teeth|cheeks|lips|skin|voice|tears|cheek|lip)\s+like\s+(?P<w>\w+)",
        # "than a lion": the standard of a comparison
        r"\b(?:\w+er|more\s+\w+|less\s+\w+)\s+than\s+(?P<w>(?:a|an|any)\s+(?:\w+\s+)?\w+)",
        # "a heart of stone", "made of wood": a stuff, not a thing
        r"\b(?:hearts?|will|nerves|fists?|hands?|faces?|fingers|muscles|eyes|voice|arms?)\s+of\s+"
        r"(?P<w>stone|steel|iron|gold|ice|glass|wood|silver|flint|fire)\b",
        r"\b(?:made|built|carved|cut|cast|wrought)\s+(?:out\s+)?of\s+(?:solid\s+|pure\s+)?(?P<w>\w+)",
        r"\b(?:white|black|red|green|blue|cold|hard|soft|light|heavy|bright|sharp|sweet|pale|swift|fast|quick|strong"
        r"|busy|brave|proud|wise|sly|quiet|gentle|stubborn|free|happy|old|tall|round|clear|dark),?\s+as\s+"
        r"(?P<w>(?:a|an|the)?\s*\w+(?:'s)?(?:\s+\w+)?)",
    ),
    senses=(
        # an electric bus ("main bus B", "bus voltage"), a computer's mouse
        r"\b(?P<w>bus(?:es)?)\s+(?:[a-d]\b|\d|voltage|bar|power|current|tie|under-?volt\w*|over-?volt\w*|load)",
        r"\b(?:main|data|power|usb|serial|electrical|dc|ac)\s+(?P<w>bus(?:es)?)\b",
        r"\b(?:computer|wireless|optical)\s+(?P<w>mouse)\b|\b(?P<w2>mouse)\s+(?:pointer|cursor|button|click|pad|wheel)",
        r"\bclick(?:ed|ing|s)?\s+(?:the|a|his|her)\s+(?P<w>mouse)\b",
        # the keys of a piano or a typewriter
        r"(?=[^.!?]*\b(?:piano|organ|harpsichord|typewriter|keyboard|accordion)s?\b)[^.!?]*?\b(?P<w>keys)\b",
        r"\b(?P<w>keys?)\s+(?:of|on)\s+(?:the|a|his|her|an)\s+(?:piano|organ|typewriter|keyboard|harpsichord)",
        r"\b(?P<w>key)\s+to\s+(?!the\b|a\b|an\b|this\b|that\b|his\b|her\b|my\b|their\b|our\b|your\b)\w+",
        # a ring of the bell or the telephone, a call
        r"\bgave?\s+(?:(?:him|her|me|us|them|you)\s+)?(?:a|another)\s+(?:\w+\s+)?(?P<w>ring)\b",
        r"\b(?P<w>ring)\s+(?:of|at)\s+(?:the|a)\s+(?:bell|door|doorbell|telephone|phone)",
        # a lock of hair, the palm of a hand, a wave of fear or of the hand, a camp broken or pitched
        r"\b(?P<w>locks?)\s+of\s+(?:\w+\s+){0,2}hair\b",
        r"\b(?P<w>palms?)\s+of\s+(?:his|her|my|your|their|the|a|one)\s+hands?\b",
        r"\b(?P<w>waves?)\s+of\s+(?!(?:the\s+)?(?:sea|water|ocean|foam|surf))",
        r"\b(?:broke|break|breaking|breaks|struck|strike|striking)\s+(?P<w>camp)\b",
        # a ruler who rules, what is present, fire opened
        r"\b(?P<w>rulers?)\b(?![^.!?]*\b(?:measur\w*|pencil|inch\w*|centimet\w*|line|desk)\b)",
        r"\b(?:at|for\s+the|am|is|are|was|were|be|been|being|not|those|all)\s+(?P<w>present)\b",
        r"\b(?P<w>present)\s+(?:day|time|moment|age|century|company|occasion|instance|case|state|circumstances"
        r"|generation|reign|owner|at|in|to|when)\b",
        r"\b(?:open|opened|opens|opening|cease|under|hold|held|returned|return)\s+(?P<w>fire)\b",
        # a cricket that sings is the insect, not the game's bat
        r"\b(?:a|the|little|old|this|that|my|his|her)\s+(?P<w>crickets?)\b(?!\s+(?:bat|ball|match|pitch|team|ground))",
        # "on earth", "down to earth": the ground, not the globe
        r"\b(?:on|to|of|the|under|from|in)\s+(?P<w>earth)\b(?!'s\s+(?:orbit|surface|atmosphere))",
        # a call sign: "Eagle, Houston", "the Eagle has landed"
        r"(?-i:\b(?P<w>[A-Z][a-z]+)(?:,\s+(?:Houston|Columbia|Apollo|Control|Tower|this\s+is)\b"
        r"|\s+has\s+(?:landed|docked|undocked|lifted\s+off)))",
        # a verb after a modal: "could not drop the matter", "will ring"
        r"\b(?:could|would|should|will|can|cannot|can't|must|might|shall|didn't|did\s+not|don't|doesn't)"
        r"(?:\s+not)?\s+(?P<w>(?!have\b|be\b)\w+)",
    ),
)

_FR = _Grammar(
    clause_end=r"[.;:!?\"“”«»—]|\s(?:mais|quand|lorsque|alors|car|jusqu)\b"
    r"|,\s*(?:et\s+|puis\s+|alors\s+)?(?:il|elle|ils|elles|je|nous|vous|on)\b(?!\s+\w+(?:rait|raient|ra|ront)\b)",
    negation=r"\b(?:pas\s+(?:de|d'|un|une|le\s+moindre|la\s+moindre|même\s+un|même\s+une)|plus\s+(?:de|d')(?!\s*(?:\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|cent|mille))"
    r"|point\s+(?:de|d')|jamais\s+(?:de|d')|sans|ni|aucun|aucune|nul|nulle)(?:\s+|(?<=')|\b)",
    stops=_FR_STOPS,
    joiners=_words("ou ni"),
    dreaming=r"\b(?:rêv(?:e|ait|aient|a|ant|é|er)\s+(?:de|d'|à|qu)|song(?:e|eait|ea|eant)\s+à|imagin(?:e|ait|a|ant)"
    r"|souhait(?:e|ait|a|ant)|désir(?:e|ait|a|ant)\s+(?:un|une|des)|aurait\s+voulu|voudrait|si\s+seulement"
    r"|en\s+rêve|dans\s+(?:son|ses|un|leur|mon)\s+rêves?|(?:dans|en)\s+(?:sa|ma|leur|son)\s+(?:pensée|tête|imagination)"
    r"|adieu,?\s+)",
    planning=r"\b(?:pens(?:e|ait|aient|a|ant)|song(?:e|eait|ea)|rêv(?:e|ait|a|ant)|calcul(?:e|ait|a|ant)"
    r"|compt(?:ait|a|ant)|imagin(?:e|ait|a)|se\s+dis(?:ait|t)|projet(?:ait|a))\b",
    # the conditional and the future: -rais, -rait, -raient; -ra, -ront (a generic "-erait" or a known stem)
    modal=r"\b(?P<verb>(?:\w+er|aur|ser|fer|saur|verr|pourr|voudr|viendr|tiendr|prendr|mettr|vendr|rendr|attendr|dir|lir"
    r"|courr|enverr|faudr|vaudr|devr|recevr|boir|construir|conduir|finir|partir|sortir|dormir|deviendr|obtiendr|ir)"
    r"(?:ais|ait|aient|ions|iez|a|as|ai|ons|ez|ont))\b",
    counterfactual=r"\b(?:aurait|auraient|aurais|serait|seraient)\s+(?:été|eu|pu|dû|\w+é|\w+i)\b",
    acquiring=r"\b(?:achet\w*|achèt\w*|acquér\w*|acquer\w*|obten\w*|obtien\w*|gagn\w*|aur(?:ait|aient|a|ont|ais|ai)"
    r"|construi\w*|bât\w*|fabriqu\w*|cuir\w*|cuis\w*|recev\w*|donner\w*|vendr\w*|vendre|avoir|devien\w*|élever|élèver\w*"
    r"|troqu\w*|échang\w*)\b",
    supposing=r"(?<![dD]emanda )(?<![sS]avoir )\b(?:si|s'il|s'ils|au\s+cas\s+où|à\s+supposer)(?=\s|\b)",
    future_time=r"\b(?:demain|un\s+jour|bientôt|plus\s+tard|l'an\s+prochain|la\s+semaine\s+prochaine)\b",
    habitual=r"\b(?:chaque|toujours|souvent|tous\s+les|d'habitude)\b",
    mine=r"\w+(?:rai|rons)\b",
    definite=_words("le la les l' ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs"),
    likeness=(
        r"\b(?:\w+(?:é|ée|és|ées|ait|aient|a|it|ut)|est|sont|blanc|blanche|noir|noire|rapide|fort|forte|doux|douce"
        r"|léger|légère|dur|dure|rouges?|verts?|vertes?|jaunes?|bleus?|bleues?|dorée?s?|sombres?|beaux?|belles?|blancs"
        r"|blanches|noirs|noires),?\s+comme\s+(?:le|la|les|l'|un|une|des)?\s*(?P<w>\w+)",
        r"\b(?:cœur|coeur|volonté|main|poing|visage)s?\s+(?:de|d')\s*(?P<w>pierre|fer|acier|glace|or|bois|marbre)\b",
        r"\b(?:fait|faite|faits|faites|taillé|taillée|sculpté|sculptée)\s+(?:de|d'|en)\s*(?P<w>\w+)",
        r"\b(?:plus|moins|aussi)\s+\w+\s+(?:que|qu')\s*(?P<w>(?:un|une)\s+\w+)",
    ),
    senses=(
        r"\b(?:poser|posa|posé)\s+un\s+(?P<w>lapin)\b",
        r"\bun\s+(?P<w>chat)\s+dans\s+la\s+gorge\b",
        r"\b(?:en|au)\s+(?P<w>pierre)\s+de\s+taille\b",
        r"\b(?:lev(?:er|a|ait|é)|lève)\s+le\s+(?P<w>camp)\b",
    ),
)

_DE = _Grammar(
    clause_end=r"[.;:!?\"“”„«»—]|\s(?:aber|dann|doch|als|bis|weil|denn)\b"
    r"|,\s*(?:und\s+)?(?:er|sie|es|ich|wir|ihr|man|dann|da)\b(?!\s+(?:würde|würden|wird|werden|hätte|hätten))",
    negation=r"\b(?:kein|keine|keinen|keinem|keiner|keines|ohne|weder"
    r"|nicht\s+(?:ein|eine|einen|einmal\s+ein|einmal\s+eine))\b",
    stops=_DE_STOPS,
    joiners=_words("oder noch"),
    dreaming=r"\b(?:träumt(?:e|en)?\s+(?:von|vom|davon)|träum(?:e|en|t)\s+(?:von|vom)|wünscht(?:e|en)?\s+sich"
    r"|sehnt(?:e|en)?\s+sich\s+nach|stellt(?:e|en)?\s+sich\s+\w+\s+vor|im\s+traum|wenn\s+(?:ich|er|sie|wir)\s+nur"
    r"|hätte(?:n)?\s+(?:gern|gerne)|ach,?\s+hätte|lebe?\s+wohl,?|ade,?)\b",
    planning=r"\b(?:dacht(?:e|en)|denkt|überlegt(?:e|en)?|rechnet(?:e|en)?|plant(?:e|en)?|sagt(?:e|en)?\s+sich"
    r"|träumt(?:e|en)?|stellt(?:e|en)?\s+sich)\b",
    modal=r"\b(?:würde|würden|würdest|wird|werden|wirst|werde|könnte|könnten|möchte|möchten)\b"
    r"(?P<verb>)",
    # "du hättest dir ein Schloss wünschen sollen": the modal's perfect is what was not done either
    counterfactual=r"\b(?:wäre|wären|hätte|hätten|hättest|hättet)\b"
    r"(?=[^.!?,]*\b(?:gewesen|gehabt|\w+t|sollen|können|müssen|dürfen)\b)",
    acquiring=r"\b(?:kaufen|kauft|kaufte|haben|bekommen|besitzen|bauen|backen|machen|kriegen|verdienen|gewinnen"
    r"|erwerben|züchten|ziehen|eintauschen|tauschen|verkaufen|schenken)\b",
    supposing=r"\b(?:wenn|falls|sofern)\b(?=[^.!?,;]*\b(?:hätte\w*|wäre\w*|würde\w*|könnte\w*|besäße\w*)\b)"
    r"|\b(?:hätte|hätten)\s+(?:ich|er|sie|wir)\b",
    future_time=r"\b(?:morgen|eines\s+tages|bald|später|nächste\w*\s+(?:jahr|woche|monat|tag))\b",
    habitual=r"\b(?:jeden|jede|jedes|immer|oft|stets|pflegte)\b",
    mine=r"\b(?:ich\s+werde|werde\s+ich|wir\s+werden|werden\s+wir)\b",
    definite=_words(
        "der die das den dem des dieser diese dieses diesen diesem mein meine meinen meinem sein seine seinen"
        " seinem ihr ihre ihren ihrem unser unsere euer eure"
    ),
    likeness=(
        r"\b(?:so\s+)?\w+\s+wie\s+(?:ein|eine|einen|einem|einer|der|die|das|den|dem)?\s*(?P<w>\w+)(?=\s*[.,;!?]|$)",
        r"\b(?:\w+er|mehr|weniger)\s+als\s+(?P<w>(?:ein|eine|einen|einem)\s+\w+)",
        r"\b(?:Herz|Wille|Faust|Gesicht)\s+(?:aus|von)\s+(?P<w>Stein|Eisen|Stahl|Eis|Gold|Holz|Glas)\b",
        r"\b(?:aus)\s+(?:reinem\s+|purem\s+)?(?P<w>Stein|Eisen|Stahl|Eis|Gold|Holz|Glas|Silber|Marmor)\b",
    ),
    senses=(
        # "auf der Hut sein": on one's guard, no hat
        r"\bauf\s+der\s+(?P<w>Hut)\b",
        r"\b(?:schlug|schlugen|brach|brachen)\s+(?:das|ihr|sein)\s+(?P<w>Lager)\b",
        r"\bdas\s+(?P<w>Handtuch)\s+werfen\b",
    ),
)

_ES = _Grammar(
    clause_end=r"[.;:!?\"“”«»—¿¡]|\s(?:pero|luego|cuando|mientras|hasta|porque|mas)\b"
    r"|,\s*(?:y\s+)?(?:él|ella|ellos|ellas|yo|nosotros|entonces)\b",
    negation=r"\b(?:no\s+(?:(?:se\s+)?(?:tenía|tenían|tiene|tienen|tuvo|tuvieron|tengo|había|hay|hubo|encontró"
    r"|encontraba|halló|hallaba|llevaba|llevaban|lleva|quedaba|quedaban|queda|poseía|traía))|sin|ni|ningún|ninguna"
    r"|ninguno|nada\s+de)\b",
    stops=_ES_STOPS,
    joiners=_words("o u ni"),
    dreaming=r"\b(?:soñ(?:aba|aban|ó|ando|ado|ar)\s+(?:con|que)|imagin(?:aba|ó|ando)|dese(?:aba|ó|ando)\s+(?:un|una|unos"
    r"|unas|tener)|ansiaba|anhelaba|ojalá|adiós,?|si\s+(?:tan\s+)?sólo|si\s+(?:tan\s+)?solo|en\s+(?:su|sus|un|mis?)\s+sueños?)\b",
    planning=r"\b(?:pens(?:aba|aban|ó|ando)|calcul(?:aba|ó|ando)|cont(?:aba|ó)|soñ(?:aba|ó|ando)|imagin(?:aba|ó|ando)"
    r"|se\s+dec(?:ía|ió)|planeaba|proyectaba)\b",
    modal=r"\b(?P<verb>\w+(?:ría|rías|ríamos|rían|rá|rás|rán|remos|ré))\b",
    counterfactual=r"\b(?:habría|habrían|hubiera|hubieran|hubiese)\s+(?:sido|tenido|\w+ado|\w+ido)\b",
    acquiring=r"\b(?:compr\w+|ten(?:er|dría|drá|drían|drán)|consegui\w*|consigu\w+|obten\w*|obtendr\w+|ganar\w*"
    r"|constru\w+|hac(?:er|ía)|har(?:ía|á|ían|án)|cri(?:ar|aría|ará)|vend(?:er|ería|erá)|cambiar\w*|adquiri\w*)\b",
    supposing=r"\b(?:si|en\s+caso\s+de\s+que)\s+(?=[^.!?,;]*\b\w+(?:iera|ieran|iese|iesen|ara|aran|ase|asen)\b)",
    future_time=r"\b(?:mañana|algún\s+día|pronto|más\s+tarde|el\s+año\s+que\s+viene|la\s+semana\s+que\s+viene)\b",
    habitual=r"\b(?:cada|siempre|a\s+menudo|todos\s+los|todas\s+las|solía)\b",
    mine=r"\w+(?:ré|remos)\b",
    definite=_words("el la los las este esta estos estas ese esa esos esas mi mis tu tus su sus nuestro nuestra"),
    likeness=(
        r"\b(?:\w+(?:aba|aban|ía|ían|ó|ió|ado|ada|ido|ida)|es|son|era|eran|blanc[oa]s?|negr[oa]s?|rápid[oa]s?"
        r"|dur[oa]s?|suave|liger[oa]s?|fuerte|frí[oa]|dulce"
        # a colour or a look likened: "rojos como la sangre", "vermelhos como morangos", "rosse come ciliegie"
        r"|roj[oa]s?|verdes?|amarill[oa]s?|azul(?:es)?|dorad[oa]s?|oscur[oa]s?|hermos[oa]s?|bell[oa]s?),?\s+como\s+(?:el|la|los|las|un|una|unos|unas)?\s*(?P<w>\w+)",
        r"\b(?:corazón|voluntad|puño|cara)\s+de\s+(?P<w>piedra|hierro|acero|hielo|oro|madera|mármol)\b",
        r"\b(?:hech[oa]s?|tallad[oa]s?|labrad[oa]s?)\s+de\s+(?P<w>\w+)",
        r"\b(?:más|menos)\s+\w+\s+que\s+(?P<w>(?:un|una)\s+\w+)",
    ),
    senses=(r"\b(?:lev(?:antar|antó|antaron))\s+el\s+(?P<w>campamento)\b",),
)

_IT = _Grammar(
    clause_end=r"[.;:!?\"“”«»—]|\s(?:ma|poi|quando|mentre|finché|perché)\b|,\s*(?:e\s+)?(?:lui|lei|loro|io|noi|voi|allora)\b",
    negation=r"\b(?:non\s+(?:(?:c'era|c'erano|c'è|ci\s+sono|aveva|avevano|ha|hanno|ebbe|trovò|trovava|portava"
    r"|possedeva))(?:\s+più)?|senza|né|nessun|nessuna|nessuno|niente)(?:\s+|\b)",
    stops=_IT_STOPS,
    joiners=_words("o né"),
    dreaming=r"\b(?:sogn(?:ava|avano|ò|ando|are)|immagin(?:ava|ò|ando)|desider(?:ava|ò|ando)\s+(?:un|una|uno)"
    r"|bramava|se\s+solo|magari|addio,?|in\s+sogno|nei\s+suoi\s+sogni)\b",
    planning=r"\b(?:pens(?:ava|avano|ò|ando)|calcol(?:ava|ò|ando)|cont(?:ava|ò)|sogn(?:ava|ò|ando)|diceva\s+tra\s+sé"
    r"|progettava)\b",
    modal=r"\b(?P<verb>\w+(?:rebbe|rebbero|rei|resti|remmo|reste|rà|ranno|rò|remo))\b",
    counterfactual=r"\b(?:sarebbe|sarebbero|avrebbe|avrebbero)\s+(?:stat[oaie]|avuto|\w+ato|\w+uto|\w+ito)\b",
    acquiring=r"\b(?:compr\w+|aver(?:e)?|avrebbe|avrà|ottene\w*|otterr\w+|guadagn\w+|costru\w+|far(?:e|ebbe|à)"
    r"|allev\w+|vender\w*|scambi\w+)\b",
    supposing=r"\b(?:se|qualora)\s+(?=[^.!?,;]*\b\w+(?:essi|esse|essero|assi|asse|assero|issi|isse|issero|fosse)\b)",
    future_time=r"\b(?:domani|un\s+giorno|presto|più\s+tardi|l'anno\s+prossimo)\b",
    habitual=r"\b(?:ogni|sempre|spesso|tutti\s+i|tutte\s+le|soleva)\b",
    mine=r"\w+(?:rò|remo)\b",
    definite=_words("il lo la i gli le l' questo questa questi queste quel quella mio mia suo sua loro"),
    likeness=(
        r"\b(?:\w+(?:ava|avano|eva|evano|ò|ì|ato|ata|ito|ita)|è|sono|era|erano|veloce|bianc[oa]|ner[oa]|dur[oa]"
        r"|leggero|leggera|fort[ei]|ross[oaie]|verd[ei]|giall[oaie]|azzurr[oaie]|dorat[oaie]|scur[oaie]|bell[oaie]|dolc[ei]"
        r"),?\s+come\s+(?:il|lo|la|i|gli|le|l'|un|una|uno|un')?\s*(?P<w>\w+)",
        r"\b(?:cuore|volontà|pugno)\s+di\s+(?P<w>pietra|ferro|acciaio|ghiaccio|oro|legno|marmo)\b",
        r"\b(?:fatt[oaie]|scolpit[oaie])\s+di\s+(?P<w>\w+)",
    ),
)

_PT = _Grammar(
    clause_end=r"[.;:!?\"“”«»—]|\s(?:mas|depois|quando|enquanto|até|porque)\b|,\s*(?:e\s+)?(?:ele|ela|eles|elas|eu|nós|então)\b",
    negation=r"\b(?:não\s+(?:(?:tinha|tinham|tem|têm|teve|tenho|havia|há|houve|encontrou|encontrava|achou|levava"
    r"|usava|possuía|trazia))|sem|nem|nenhum|nenhuma|nada\s+de)\b",
    stops=_PT_STOPS,
    joiners=_words("ou nem"),
    dreaming=r"\b(?:sonh(?:ava|avam|ou|ando|ar)\s+(?:com|que)|imagin(?:ava|ou|ando)|desej(?:ava|ou|ando)"
    r"|ansiava|almejava|quem\s+me\s+dera|oxalá|adeus,?|se\s+ao\s+menos|em\s+(?:seu|seus|um)\s+sonhos?)\b",
    planning=r"\b(?:pens(?:ava|avam|ou|ando)|calcul(?:ava|ou|ando)|cont(?:ava|ou)|sonh(?:ava|ou|ando)"
    r"|imagin(?:ava|ou)|dizia\s+consigo|planejava|planeava)\b",
    # the conditional after a subject or a clitic (nouns end in -aria too), known ones, and the future
    modal=r"\b(?P<verb>(?:teria|teriam|seria|seriam|faria|fariam|diria|haveria|poderia|poderiam|iria|iriam|daria|traria"
    r"|compraria|comprariam|\w+(?:rá|rão|remos|rei))|(?:(?<=ela\s)|(?<=ele\s)|(?<=eu\s)|(?<=nós\s)|(?<=não\s)|(?<=se\s)|(?<=,\s))\w+(?:ria|riam|ríamos))\b",
    counterfactual=r"\b(?:teria|teriam|haveria|seria)\s+(?:sido|tido|\w+ado|\w+ido)\b",
    acquiring=r"\b(?:compr\w+|ter(?:ia|iam|á|ão)?|consegui\w*|obte\w+|ganh\w+|constru\w+|faz(?:er)?|far(?:ia|á)"
    r"|cri(?:ar|aria|ará)|vend(?:er|eria|erá)|troc\w+)\b",
    supposing=r"\b(?:se|caso)\s+(?=[^.!?,;]*\b\w+(?:esse|essem|asse|assem|isse|issem|ivesse|ivessem)\b)",
    future_time=r"\b(?:amanhã|um\s+dia|logo|mais\s+tarde|no\s+ano\s+que\s+vem)\b",
    habitual=r"\b(?:cada|sempre|muitas\s+vezes|todos\s+os|todas\s+as|costumava)\b",
    mine=r"\w+(?:rei|remos)\b",
    definite=_words("o a os as este esta estes estas esse essa meu minha seu sua nosso nossa"),
    likeness=(
        r"\b(?:\w+(?:ava|avam|ia|iam|ou|eu|iu|ado|ada|ido|ida)|é|são|era|eram|branc[oa]s?|pret[oa]s?|rápid[oa]s?"
        r"|dur[oa]s?|leve|forte|fri[oa]|vermelh[oa]s?|verdes?|amarel[oa]s?|azu(?:l|is)|dourad[oa]s?|escur[oa]s?|lind[oa]s?"
        r"|bel[oa]s?),?\s+como\s+(?:o|a|os|as|um|uma)?\s*(?P<w>\w+)",
        r"\b(?:coração|vontade|punho)\s+de\s+(?P<w>pedra|ferro|aço|gelo|ouro|madeira|mármore)\b",
        r"\b(?:feit[oa]s?|talhad[oa]s?|esculpid[oa]s?)\s+de\s+(?P<w>\w+)",
    ),
)

_RU = _Grammar(
    clause_end=r"[.;:!?\"“”«»—]|\s(?:но|потом|когда|пока|затем|потому)\b|,\s*(?:и\s+)?(?:он|она|они|я|мы|вы|тогда)\b",
    negation=r"(?<!\w)(?:не\s+(?:было|будет|нашлось|нашёл|нашел|нашла|имел|имела|имели|держал|носил|носила)|нет(?!\s*[,.!?])"
    r"|ни|без|безо|никакого|никакой|никаких)(?!\w)",
    stops=_RU_STOPS,
    joiners=_words("или ни"),
    dreaming=r"(?<!\w)(?:мечта(?:л|ла|ли|ет|ют)\s+(?:о|об|про)|снил(?:ся|ась|ось|ись)|приснил(?:ся|ась|ось|ись)"
    r"|пожелал|пожелала|хотел(?:а|и)?\s+бы|прощай(?:те)?,?|вот\s+бы|если\s+бы|во\s+сне|представля(?:л|ла|ли)\s+себе)(?!\w)",
    planning=r"(?<!\w)(?:дума(?:л|ла|ли|ет)|мечта(?:л|ла|ли)|рассужда(?:л|ла)|счита(?:л|ла)|прикидыва(?:л|ла)"
    r"|говорил(?:а)?\s+себе|планировал(?:а)?)(?!\w)",
    # "купила бы корову": the conditional's verb goes before its бы
    modal=r"(?<!\w)(?:\w+(?:л|ла|ли)\s+бы|бы|будет|будут|буду|будем|куплю|купим|купит|купят|заведу|заведёт|построю|построит|испеку"
    r"|получу|получит)(?!\w)(?P<verb>)",
    counterfactual="",
    acquiring=r"(?<!\w)(?:куп(?:ить|лю|ит|им|ят|ишь|ила|ил|или)|завес(?:ти|ту|ёт|ет)|завед(?:у|ёт|ет|ём)|постро(?:ить|ю|ит)"
    r"|испе(?:чь|ку|чёт)|получ(?:ить|у|ит)|иметь|обменя(?:ть|ю|ет)|прода(?:ть|м|ст)|будет\s+у|будут\s+у)(?!\w)",
    supposing=r"(?<!\w)если\s+бы(?!\w)",
    future_time=r"(?<!\w)(?:завтра|когда-нибудь|однажды\s+потом|скоро|потом)(?!\w)",
    habitual=r"(?<!\w)(?:каждый|каждое|каждую|всегда|часто|бывало)(?!\w)",
    mine=r"(?<!\w)(?:куплю|купим|заведу|заведём|построю|построим|испеку|получу)(?!\w)",
    definite=_words("этот эта это эти тот та те мой моя моё мои свой своя своё свои его её их"),
    likeness=(
        r"(?<!\w)(?:как|словно|будто|точно|подобно|как\s+будто)\s+(?P<w>\w+)(?=\s*[.,;!?—]|$)",
        r"(?<!\w)(?:сердце|воля|кулак)\s+из\s+(?P<w>камня|железа|стали|льда|золота)(?!\w)",
        r"(?<!\w)(?:\w+ее|\w+ей|больше|меньше)\s+(?P<w>\w+(?:а|я|ы|и))(?=\s*[.,;!?—]|$)",
    ),
)

_GRAMMARS = {"en": _EN, "fr": _FR, "de": _DE, "es": _ES, "it": _IT, "pt": _PT, "ru": _RU}

# languages written without spaces, and Hindi: their own patterns, each blanking its group "w" (or all)
_JA = (
    # a thing there is none of: パンがない, 馬もいませんでした
    r"(?P<w>(?:(?:[一-龯ァ-ヴー]+|[ぁ-ゖ]{2,5})(?:も|と|や|、))*(?:[一-龯ァ-ヴー]+|[ぁ-ゖ]{2,5}))(?:が|は|も)"
    r"(?:一つも|ひとつも|少しも)?(?:ない|無い|なかった|無かった|ありません|いない"
    r"|いません|いなかった|なく)",
    # what is wished for: 馬がほしい, 刀を欲しがる
    r"(?P<w>[一-龯ァ-ヴー]+|[ぁ-ゖ]{2,5})(?:が|を)(?:ほしい|欲しい|ほしがり|欲しがり|ほしがっ|欲しがっ|ほしかった)",
    # a supposition: お金があったら, 馬があれば
    r"(?:^|(?<=[、。「」\s]))(?P<w>[^、。「」\s]{1,20}?)(?:たら|なら|れば)(?=、|[^、。]{0,3}、)",
    # a thought of what would be: ……買うのにと思いました, 買おうと考えた
    r"(?:^|(?<=[。「」\s]))(?P<w>[^。「」]{1,60}?(?:たら|なら|れば|たい|ほしい|欲しい|おう|よう|のに|つもり|だろう)"
    r"[^。「」]{0,4}?)(?:と|って)(?:思|考|夢見|ねが|願)",
    # a dream: 御殿に住む夢を見ました
    r"(?:^|(?<=[。、「」\s]))(?P<w>[^。「」、]{1,40}?)(?:の|という|とゆう|する|む|る|た)?夢(?:を|に)(?:見|み)",
    # a purchase to come: 牛を買おう, 牛を買いたい, 牛を買うつもり
    r"(?P<w>[一-龯ァ-ヴー]+|[ぁ-ゖ]{2,5})を(?:買おう|買いたい|買うつもり|かおう|かいたい|手に入れたい)",
    # likened: 雪のように, 石のごとく
    r"(?P<w>[一-龯ァ-ヴー]+|[ぁ-ゖ]{2,5})(?:のよう|みたい|のごと|の如)",
)
_ZH = (
    # none of it: 没有米, 也没有面包, 毫无
    r"(?:没有|沒有|没|沒|无|無|毫无|并无|並無|不见|不見)(?!有)(?P<w>[^，。！？；、：“”「」\s就便才又却而]{1,6})",
    # a supposition: 如果有一匹马，……
    r"(?:如果|假如|要是|倘若|若是|假使|万一|萬一)(?P<w>[^，。！？；：“”「」]{1,20})",
    # a dream, a wish, a plan: 梦见一座宫殿, 想要一匹马, 打算买牛
    r"(?:梦见|夢見|梦到|夢到|梦想|夢想|幻想|想象|想像|希望|盼望|渴望|想要|想买|想買|要买|要買|打算|准备买|準備買|计划|計劃"
    r"|但愿|但願|巴不得)(?P<w>[^，。！？；：“”「」]{1,20})",
    # likened: 像花一样, 如星星, 眼睛像星星。
    r"(?:像|好似|如同|犹如|猶如|宛如|仿佛|彷彿)(?P<w>[^，。、！？\s]{1,4}?)(?=一样|一樣|一般|似的|[，。！？；])",
)
_HI = (
    # none: घर में रोटी नहीं थी, न घोड़ा था न गाड़ी, बिना टोपी के
    r"(?P<w>\S+)\s+(?:भी\s+)?नहीं(?:\s+(?:था|थी|थे|है|हैं|मिला|मिली|मिले))",
    r"(?:^|\s)न\s+(?P<w>\S+)(?=\s+(?:था|थी|थे|है|हैं|न)(?!\S))",
    r"(?:^|\s)(?:बिना|बगैर|बग़ैर)\s+(?P<w>\S+)",
    r"(?P<w>\S+)\s+(?:के\s+)?(?:बिना|बगैर|बग़ैर)(?!\S)",
    r"(?:^|\s)कोई\s+(?P<w>\S+)(?=\s+नहीं)",
    # a dream, a wish, a supposition: सपना देखा कि ..., अगर मेरे पास घोड़ा होता, काश
    r"(?:सपना\s+देखा|सपने\s+में|सपने\s+देख(?:ता|ती|ते)|कल्पना\s+की|चाह(?:ता|ती|ते)\s+था\s+कि|चाह(?:ता|ती)\s+थी\s+कि|काश)"
    r"(?P<w>[^।?!.]*)",
    r"(?:^|\s)(?:अगर|यदि|अगरचे)\s+(?P<w>[^।?!.,]*?)(?=\s+तो\s|,|।|$)",
    # what will be bought or had: सौ अंडे खरीदेगी, एक गाय लूँगा
    r"(?:^|(?<=[।,]\s)|(?<=[।,]))(?P<w>[^।?!.,]*?)\s+(?:खरीद|ख़रीद|ले|पा|बना)(?:ेगा|ेगी|ेंगे|ूँगा|ूँगी|ूंगा|ूंगी|ेंगी"
    r"|ने\s+(?:की|का|के)\s+(?:सोच|योजना))",
    r"(?P<w>\S+)\s+खरीदने(?!\S)",
)
# Tamil and Bengali: none ("ஒரு முட்டையும் இல்லை", "ঘরে চাল নেই"), and what a thing is likened to ("பால் போல",
# "চাঁদের মতো"), the word before the cue
# the cue is a word of its own: a space, a stop or the end after it (vowel signs are no \w)
_CUE_ENDS = r"(?=[\s.,;:!?।॥\"”’)]|$)"
_TA = (
    r"(?P<w>\S+)\s+(?:இல்லை|இல்லாமல்|கிடையாது)" + _CUE_ENDS,
    r"(?P<w>\S+)\s+(?:போல|போல்|போன்ற|போலே)" + _CUE_ENDS,
)
_BN = (
    r"(?P<w>\S+)\s+(?:নেই|নাই|ছিল\s+না|ছিলো\s+না)" + _CUE_ENDS,
    r"(?:^|\s)বিনা\s+(?P<w>\S+)",
    r"(?P<w>\S+)\s+(?:মতো|মতন|মত)" + _CUE_ENDS,
)
_OWN = {"ja": _JA, "zh": _ZH, "hi": _HI, "ta": _TA, "bn": _BN}

# sayings and idioms whose things are figures ("raining cats and dogs", "count your chickens", "in bocca al
# lupo", "猫の手も借りたい"): the whole phrase is blanked
_IDIOMS = {
    "en": (
        r"\brain(?:s|ed|ing)?\s+cats\s+and\s+dogs\b",
        r"\bcat\s+(?:is\s+|was\s+)?out\s+of\s+the\s+bag\b",
        r"\bkick(?:s|ed|ing)?\s+the\s+bucket\b",
        r"\b(?:is|was|'s|be|been)\s+(?:a\s+|just\s+a\s+)?piece\s+of\s+cake\b",
        r"\bhold\s+your\s+horses\b",
        r"\b(?:once\s+in\s+a\s+)?blue\s+moon\b",
        r"\b(?:am|is|are|was|were|be|been|'m|'re|'s|felt|feel)\s+over\s+the\s+moon\b",
        r"\bapple\s+of\s+(?:his|her|my|your|their|our|the\s+\w+'s)\s+eyes?\b",
        r"\bbutterflies\s+in\s+(?:his|her|my|your|their|our)\s+stomachs?\b",
        r"\belephant\s+in\s+the\s+room\b",
        r"\bcrocodile\s+tears\b",
        r"\b(?:dark|black)\s+horse\b(?=[^.!?]*\b(?:race|election|candidate|contest)\b)",
        r"\bwhite\s+elephant\b",
        r"\bcash\s+cow\b",
        r"\bcount(?:s|ed|ing)?\s+(?:your|his|her|their|one's|my|our|the)\s+chickens\b",
        r"\bwhen\s+pigs\s+(?:fly|might\s+fly|can\s+fly)\b|\bpigs\s+might\s+fly\b",
        r"\b(?:a\s+)?bird\s+in\s+the\s+hand\b[^.!?]*",
        r"\bkill(?:s|ed|ing)?\s+two\s+birds\s+with\s+one\s+stone\b",
        r"\bearly\s+bird\b",
        r"\bstraight\s+from\s+the\s+horse's\s+mouth\b|\bhorse\s+of\s+a\s+different\s+colou?r\b",
        r"\bblack\s+sheep\s+of\s+(?:the|his|her|their|our|my)\s+family\b",
        r"\bcr(?:y|ied|ies|ying)\s+wolf\b|\bwolf\s+in\s+sheep's\s+clothing\b",
        r"\bat\s+the\s+drop\s+of\s+a\s+hat\b|\beat\s+(?:my|his|her|your)\s+hat\b|\bhat[ -]trick\b",
        r"\b(?:rings?|rang)\s+a\s+bell\b|\bsaved\s+by\s+the\s+bell\b",
        r"\b(?:reach(?:ed|es|ing)?\s+for|thank\s+(?:your|his|her|my)\s+lucky|s[ae]e(?:s|ing)?)\s+(?:the\s+)?stars\b",
        r"\b(?:have|had|having|has)\s+a\s+ball\b|\bon\s+the\s+ball\b|\bdrop(?:s|ped)?\s+the\s+ball\b"
        r"|\bthe\s+ball\s+is\s+in\s+(?:your|his|her|their|my)\s+court\b",
        r"\bon\s+cloud\s+nine\b|\bevery\s+cloud\s+has\s+a\s+silver\s+lining\b"
        r"|\b(?:head|heads)\s+in\s+the\s+clouds\b",
        r"\ba\s+drop\s+in\s+the\s+(?:ocean|bucket)\b|\bnot\s+(?:my|his|her|your|their)\s+cup\s+of\s+tea\b",
        r"\b(?:play(?:s|ed|ing)?\s+with|fight\s+fire\s+with|add(?:s|ed|ing)?\s+fuel\s+to\s+the|out\s+of\s+the\s+frying"
        r"\s+pan\s+into\s+the|irons\s+in\s+the)\s+fire\b",
        r"\bhold\s+a\s+candle\s+to\b|\bburn(?:s|ed|ing|t)?\s+the\s+candle\s+at\s+both\s+ends\b",
        r"\b(?:all\s+)?(?:your|his|her|their|my|our|one's)\s+eggs\s+in\s+one\s+basket\b|\bwalk(?:s|ed|ing)?\s+on\s+eggshells\b",
        r"\bsour\s+grapes\b",
        r"\bslow\s+and\s+steady\b",
    ),
    "fr": (
        r"\bposer\s+un\s+lapin\b|\bposa\s+un\s+lapin\b|\bun\s+chat\s+dans\s+la\s+gorge\b",
        r"\bd'autres\s+chats\s+à\s+fouetter\b|\bappeler\s+un\s+chat\s+un\s+chat\b|\bsa\s+langue\s+au\s+chat\b",
        r"\bquand\s+les\s+poules\s+auront\s+des\s+dents\b",
        r"\btomb(?:e|a|ait|er|é|ée)\s+dans\s+les\s+pommes\b",
        r"\bpleu(?:t|vait|vra|voir)\s+des\s+cordes\b",
        r"\b(?:être|est|était|sont|étaient)\s+dans\s+la\s+lune\b|\bdécrocher\s+la\s+lune\b",
        r"\bune\s+faim\s+de\s+loup\b|\bun\s+froid\s+de\s+canard\b|\bune\s+fièvre\s+de\s+cheval\b",
        r"\bla\s+charrue\s+avant\s+les\s+bœufs\b|\bprendre\s+le\s+taureau\s+par\s+les\s+cornes\b",
        r"\bla\s+tête\s+dans\s+les\s+nuages\b|\bles\s+carottes\s+sont\s+cuites\b",
        r"\bil\s+y\s+a\s+anguille\s+sous\s+roche\b|\bmettre\s+la\s+puce\s+à\s+l'oreille\b",
    ),
    "de": (
        r"\bSchwein\s+(?:gehabt|haben|hatte|hatten|hat)\b",
        r"\bTomaten\s+auf\s+den\s+Augen\b",
        r"\b(?:die\s+)?Katze\s+im\s+Sack\b",
        r"\bda\s+liegt\s+der\s+Hund\s+begraben\b|\bauf\s+den\s+Hund\s+gekommen\b",
        r"\bHahn\s+im\s+Korb\b",
        r"\beinen\s+Vogel\s+(?:haben|hat|hatte|hast)\b|\b(?:hat|hast|hatte|haben)\s+(?:\w+\s+)?einen\s+Vogel\b",
        r"\beinen\s+Bären\s+aufbinden\b|\beinen\s+Bären\s+aufgebunden\b",
        r"\bHühnchen\s+zu\s+rupfen\b|\bEulen\s+nach\s+Athen\b|\bdas\s+fünfte\s+Rad\s+am\s+Wagen\b",
        r"\bwie\s+ein\s+Fisch\s+im\s+Wasser\b",
    ),
    "es": (
        r"\b(?:es|era|fue|será|ser)\s+pan\s+comido\b",
        r"\bllov(?:er|ía|ió|ía|erá|iendo)\s+a\s+cántaros\b|\bllueve\s+a\s+cántaros\b",
        r"\b(?:est(?:ar|aba|á|uvo|aban|án))\s+en\s+las\s+nubes\b",
        r"\bgato\s+por\s+liebre\b|\btres\s+pies\s+al\s+gato\b",
        r"\btir(?:ar|ó|aron|aba)\s+la\s+casa\s+por\s+la\s+ventana\b",
        r"\ba\s+caballo\s+regalado\b[^.!?]*|\bmás\s+vale\s+pájaro\s+en\s+mano\b[^.!?]*",
        r"\bmatar\s+dos\s+pájaros\s+de\s+un\s+tiro\b|\bcuando\s+las\s+ranas\s+críen\s+pelo\b",
    ),
    "it": (
        r"\bin\s+bocca\s+al\s+lupo\b|\bcrepi\s+(?:il\s+)?lupo\b",
        r"\ble\s+mani\s+in\s+pasta\b",
        r"\bdue\s+piccioni\s+con\s+una\s+fava\b",
        r"\bcad(?:ere|de|deva|uto|uta)\s+dalle\s+nuvole\b",
        r"\bchi\s+dorme\s+non\s+piglia\s+pesci\b|\bgatta\s+ci\s+cova\b|\bmenare\s+il\s+can\s+per\s+l'aia\b",
        r"\bil\s+pesce\s+in\s+barile\b",
    ),
    "pt": (
        r"\bpag(?:ar|ou|a|ava|uei)\s+o\s+pato\b",
        r"\b(?:sobre\s+o\s+)?leite\s+derramado\b",
        r"\bmatar\s+dois\s+coelhos\b[^.!?]*",
        r"\bpis(?:ar|ou|ava|ando)\s+em\s+ovos\b",
        r"\bcavalo\s+dado\b[^.!?]*|\bmais\s+vale\s+um\s+pássaro\s+na\s+mão\b[^.!?]*",
        r"\bno\s+mundo\s+da\s+lua\b|\bpulga\s+atrás\s+da\s+orelha\b",
        r"\bquem\s+não\s+tem\s+cão\b[^.!?]*",
    ),
    "ru": (
        r"(?<!\w)рак\s+на\s+горе\s+свистнет(?!\w)",
        r"(?<!\w)лапшу\s+на\s+уши(?!\w)",
        r"(?<!\w)шкуру\s+неубитого\s+медведя(?!\w)",
        r"(?<!\w)бел(?:ая|ой|ую)\s+ворон(?:а|ой|у)(?!\w)",
        r"(?<!\w)тёмн(?:ая|ой|ую)\s+лошадк(?:а|ой|у)(?!\w)|(?<!\w)темн(?:ая|ой|ую)\s+лошадк(?:а|ой|у)(?!\w)",
        r"(?<!\w)козл(?:ом|а)\s+отпущения(?!\w)|(?<!\w)козёл\s+отпущения(?!\w)",
        r"(?<!\w)кот\s+наплакал(?!\w)|(?<!\w)конь\s+не\s+валялся(?!\w)|(?<!\w)собаку\s+съел(?!\w)",
    ),
    "ja": (
        r"猫の手も借りたい|ねこの手も借りたい|猫に小判|豚に真珠|花より団子|猿も木から落ちる|犬も歩けば棒に当たる",
        r"石の上にも三年|井の中の蛙|馬の耳に念仏|二兎を追う者は一兎をも得ず|一石二鳥|雀の涙|猫舌|猫をかぶ[るりっ]|お茶を濁",
    ),
    "zh": (r"马马虎虎|馬馬虎虎|马上|馬上|一石二鸟|一石二鳥|对牛弹琴|對牛彈琴|车水马龙|車水馬龍|画蛇添足|畫蛇添足",),
    "hi": (
        r"आँखों\s+का\s+तारा|आंखों\s+का\s+तारा|अक्ल\s+पर\s+पत्थर|भैंस\s+के\s+आगे\s+बीन|हाथी\s+के\s+दाँत",
        r"ऊँट\s+के\s+मुँह\s+में\s+जीरा|बंदर\s+क्या\s+जाने|घर\s+की\s+मुर्गी|चार\s+चाँद|ईद\s+का\s+चाँद",
    ),
}
# a person said to be a thing is only likened to it ("Juliet is the sun", "tu es ma rose", "あなたは太陽だ");
# "there was", "it is", "this is" and "here is" name what is there
_METAPHORS = {
    "en": r"(?-i:\b(?!(?:There|Here|It|This|That|What|Who|Where|Which|Once|Now|Then|So|Such|Mine|Yours|His|Hers|Ours"
    r"|Theirs)\b)(?:[Hh]e|[Ss]he|[Yy]ou|[Tt]hou|I|[Ww]e|[Tt]hey|[A-Z][a-z]+))\s+(?:is|was|art|are|were|am|'s|'re|'m|became"
    r"|becomes)\s+(?:a|an|the|my|our|your|his|her|thy|their|such\s+a|a\s+real|a\s+true|a\s+perfect)\s+(?P<w>\w+(?:\s+\w+)?)",
    "fr": r"(?-i:\b(?!(?:Voici|Voilà|Ce|Cela|Ceci|Qui|Quel|Quelle|Où|Il\s+était\s+une\s+fois)\b)(?:[Ii]l|[Ee]lle|[Tt]u|[Jj]e"
    r"|[Vv]ous|[Nn]ous|[A-Z][a-zéèï]+))\s+(?:est|était|es|suis|êtes|sommes|fut|devint)\s+(?:un|une|le|la|l'|mon|ma|ton|ta"
    r"|son|sa|notre|votre|un\s+vrai|une\s+vraie)\s*(?P<w>\w+)",
    "de": r"(?-i:\b(?:[Ee]r|[Dd]u|[Ii]ch|[Ww]ir|[Ii]hr))\s+(?:ist|war|bist|bin|sind|waren|wurde|wirst)\s+(?:ein|eine|der|die"
    r"|das|mein|meine|dein|deine|sein|seine|ihr|ihre)\s+(?P<w>\w+)",
    "es": r"\b(?:él|ella|tú|yo|usted|nosotros|ellos|ellas)\s+(?:es|era|eres|soy|fue|somos|son|eran)\s+(?:un|una|el|la|mi|tu"
    r"|su|nuestro|nuestra)\s+(?P<w>\w+)",
    "it": r"\b(?:lui|lei|tu|io|voi|noi|egli|ella)\s+(?:è|era|sei|sono|fu|siamo|siete|erano)\s+(?:(?:un|una|uno|il|la|lo|mio"
    r"|mia|tuo|tua|suo|sua)\s+|l'|un')(?P<w>\w+)",
    "pt": r"\b(?:ele|ela|tu|eu|você|nós|eles|elas)\s+(?:é|era|és|sou|foi|somos|são|eram)\s+(?:um|uma|o|a|meu|minha|teu|tua"
    r"|seu|sua)\s+(?P<w>\w+)",
    "ru": r"(?<!\w)(?:он|она|ты|я|вы|мы)\s+(?:—\s*|был[аио]?\s+|стал[аио]?\s+)(?:мо[йяё]\s+|тво[йяё]\s+)?(?P<w>\w+)",
    "ja": r"(?:あなた|きみ|君|お前|おまえ|彼女|彼)は(?:わたしの|私の|ぼくの|僕の)?(?P<w>[^、。はがを]{1,6}?)(?:だ|です|でした|だった|のようだ)",
    "zh": r"(?:你|他|她|您)(?:是|就是|真是|简直是|簡直是)(?:我的|一个|一個|一朵|一颗|一顆)?(?P<w>[^，。！？、\s]{1,4})",
    "hi": r"(?:^|\s)(?:तुम|आप)\s+(?:मेरे|मेरी|मेरा|एक)?\s*(?P<w>\S+)\s+(?:हो|हैं)(?!\S)",
}

# a thing of an abstraction is a figure: "the slings and arrows of outrageous fortune", "a dagger of the mind",
# "the sword of justice", "la flèche du destin", "das Schwert der Gerechtigkeit", "la llave del corazón"
_OF_ABSTRACT = {
    "en": r"\b(?P<w>\w+)\s+of\s+(?:the\s+|his\s+|her\s+|my\s+|thy\s+|our\s+|their\s+|your\s+|\w+\s+)?(?:fortune|fate|love"
    r"|death|hope|fear|sorrow|grief|joy|despair|truth|wisdom|anger|shame|glory|destiny|doubt|sin|passion|mercy|justice"
    r"|memory|memories|the\s+mind|mind|soul|conscience|knowledge|freedom|liberty|peace|war|friendship|youth|victory"
    r"|heaven|hell|eternity|fame|honour|honor|vengeance|revenge)\b",
    "fr": r"\b(?P<w>\w+)\s+(?:de\s+l'|du|de\s+la|de|d')\s*(?:amour|mort|destin|fortune|espoir|douleur|chagrin|malheur|bonheur"
    r"|vérité|sagesse|colère|honte|gloire|justice|liberté|paix|guerre|jeunesse|victoire|âme|esprit|souvenir|vengeance)\b",
    "de": r"\b(?P<w>\w+)\s+(?:der|des)\s+(?:Liebe|Todes|Schicksals|Hoffnung|Angst|Freude|Wahrheit|Weisheit|Gerechtigkeit"
    r"|Freiheit|Seele|Erinnerung|Rache|Ehre|Jugend|Sehnsucht|Glücks|Ruhms)\b",
    "es": r"\b(?P<w>\w+)\s+(?:del|de\s+la|de)\s+(?:amor|muerte|destino|fortuna|esperanza|dolor|alegría|verdad|sabiduría|ira"
    r"|vergüenza|gloria|justicia|libertad|paz|guerra|juventud|victoria|alma|corazón|olvido|venganza|honra|honor)\b",
    "it": r"\b(?P<w>\w+)\s+(?:dell'|del|della|di)\s*(?:amore|morte|destino|fortuna|speranza|dolore|gioia|verità|saggezza"
    r"|gloria|giustizia|libertà|pace|guerra|giovinezza|vittoria|anima|vendetta|onore)\b",
    "pt": r"\b(?P<w>\w+)\s+(?:do|da|de)\s+(?:amor|morte|destino|fortuna|esperança|dor|alegria|verdade|sabedoria|glória"
    r"|justiça|liberdade|paz|guerra|juventude|vitória|alma|saudade|vingança|honra)\b",
}

# a thing asked after is missing: "where is my hat?", "où est mon chapeau ?", "wo ist mein Hut?"
_MISSING = {
    "en": r"\bwhere\s+(?:is|are|was|were|'s|has|have)\s+(?:my|your|his|her|our|their|the)\s+(?P<w>\w+(?:\s+\w+)?)",
    "fr": r"\boù\s+(?:est|sont|était|étaient)\s+(?:(?:mon|ma|mes|ton|ta|tes|son|sa|ses|le|la|les)\s+|l')(?P<w>\w+)",
    "de": r"\bwo\s+(?:ist|sind|war|waren)\s+(?:mein|meine|dein|deine|sein|seine|ihr|ihre|der|die|das)\s+(?P<w>\w+)",
    "es": r"\bdónde\s+(?:está|están|estaba|estaban|quedó)\s+(?:mi|mis|tu|tus|su|sus|el|la|los|las)\s+(?P<w>\w+)",
    "it": r"\bdov'?\s*(?:è|sono|era|erano)\s+(?:(?:il|la|lo|i|le|mio|mia|tuo|tua|suo|sua)\s+|l')(?P<w>\w+)",
    "pt": r"\bonde\s+(?:está|estão|estava|estavam)\s+(?:o|a|os|as|meu|minha|teu|tua|seu|sua)\s+(?P<w>\w+)",
    "ru": r"(?<!\w)где\s+(?:же\s+)?(?:мой|моя|моё|мои|твой|твоя|твоё|твои|наш|наша)?\s*(?P<w>\w+)",
    "ja": r"(?P<w>[一-龯ァ-ヴー]+|[ぁ-ゖ]{2,5})(?:は|が)どこ",
    "zh": r"(?P<w>[^，。！？、\s]{1,3})(?:在哪|在哪里|在哪兒|在哪儿|哪去了)",
    "hi": r"(?P<w>\S+)\s+कहाँ\s+(?:है|हैं|गया|गई|गए)",
}

# what one only thinks of, to the next "and" or stop: "he thought of his mother, sitting by the fire" (no fire
# here), but "она думала о сыне и резала хлеб" cuts bread that is there
_THOUGHT_OF = {
    "en": r"\b(?:thought|thinks|thinking)\s+(?:of|about)\s+(?P<w>[^.;:!?]*?)(?=\s+(?:and|but|then|when|while|as)\s|[.;:!?]|$)",
    "fr": r"\bpens(?:ait|aient|a|ant)\s+à\s+(?P<w>[^.;:!?]*?)(?=\s+(?:et|mais|puis|quand|pendant|tandis)\s|[.;:!?]|$)",
    "de": r"\bdacht(?:e|en)\s+an\s+(?P<w>[^.;:!?]*?)(?=\s+(?:und|aber|dann|als|während)\s|[.;:!?]|$)",
    "es": r"\bpens(?:aba|aban|ó|ando)\s+en\s+(?P<w>[^.;:!?]*?)(?=\s+(?:y|pero|luego|cuando|mientras)\s|[.;:!?]|$)",
    "it": r"\bpens(?:ava|avano|ò|ando)\s+(?:a|al|alla|ai|agli|alle)\s+(?P<w>[^.;:!?]*?)"
    r"(?=\s+(?:e|ma|poi|quando|mentre)\s|[.;:!?]|$)",
    "pt": r"\bpens(?:ava|avam|ou|ando)\s+(?:em|no|na|nos|nas)\s+(?P<w>[^.;:!?]*?)(?=\s+(?:e|mas|depois|quando|enquanto)\s|[.;:!?]|$)",
    "ru": r"(?<!\w)дума(?:л|ла|ли|ет|ют)\s+(?:о|об|обо|про)\s+(?P<w>[^.;:!?]*?)(?=\s+(?:и|а|но|потом|когда|пока)\s|[.;:!?]|$)",
}

# a sum a thing is worth or costs, and a length measured, are no coin or foot drawn: "worth a shilling", "it
# cost two crowns", "vaut un sou", "kostete einen Groschen", "valía un real", "стоил копейку", "ten feet high"
_AMOUNT = {
    "en": r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\s+hundred|a\s+thousand"
    r"|half\s+a|a\s+few|several|many|\d+)",
    "fr": r"(?:un|une|deux|trois|quatre|cinq|six|dix|vingt|cent|mille|quelques|\d+)",
    "de": r"(?:einen|ein|eine|einem|zwei|drei|vier|fünf|zehn|zwanzig|hundert|tausend|ein\s+paar|\d+)",
    "es": r"(?:un|una|dos|tres|cuatro|cinco|diez|veinte|cien|mil|unos|unas|\d+)",
    "it": r"(?:un|uno|una|due|tre|quattro|cinque|dieci|venti|cento|mille|qualche|\d+)",
    "pt": r"(?:um|uma|dois|duas|três|quatro|cinco|dez|vinte|cem|mil|uns|umas|\d+)",
    "ru": r"(?:одн\w*|два|две|три|четыре|пять|десять|двадцать|сто|тысяч\w*|несколько|\d+)",
}
_VALUE = {
    "en": r"\b(?:worth|cost|costs|costing|priced\s+at|price\s+of|value\s+of|sold\s+(?:it|them|\w+)\s+for"
    r"|bought\s+(?:it|them)\s+for)\s+(?:only\s+|just\s+|barely\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+"
    r"|not\s+(?:even\s+)?)?" + _AMOUNT["en"] + r"\s+(?P<w>\w+(?:\s+\w+)?)"
    r"|\b" + _AMOUNT["en"] + r"\s+(?P<w2>feet|foot|inches|yards|hands|miles|fathoms|leagues)"
    r"\s+(?:long|high|tall|deep|wide|away|below|above|under|off)\b",
    "fr": r"\b(?:vaut|valait|valent|valaient|coûte|coûtait|coûtent|coûtaient|coûta|payé|vendu|vendue)\s+(?:à\s+peine\s+"
    r"|seulement\s+|pas\s+)?" + _AMOUNT["fr"] + r"\s+(?P<w>\w+)",
    "de": r"\b(?:wert|kostet|kostete|kosteten|bezahlte|zahlte|für)\s+(?:nur\s+|kaum\s+|keinen\s+|nicht\s+)?"
    + _AMOUNT["de"]
    + r"\s+(?P<w>(?:Groschen|Taler|Pfennig|Heller|Kreuzer|Gulden|Dukaten|Mark|Batzen|Rappen|Münze)\w*)"
    r"|\b(?P<w2>\w+)\s+wert\b",
    "es": r"\b(?:vale|valía|valen|valían|cuesta|costaba|cuestan|costaban|costó|pagó|vendió\s+por|por)\s+(?:sólo\s+"
    r"|solo\s+|apenas\s+)?"
    + _AMOUNT["es"]
    + r"\s+(?P<w>real(?:es)?|peseta\w*|duro\w*|moneda\w*|céntimo\w*|peso\w*|maravedí\w*|ochavo\w*|cuarto\w*|doblón"
    r"|doblones|escudo\w*)\b",
    "it": r"\b(?:vale|valeva|valgono|costa|costava|costano|costò|pagò|per)\s+(?:solo\s+|appena\s+)?"
    + _AMOUNT["it"]
    + r"\s+(?P<w>sold[oi]|lir[ae]|centesim[oi]|scud[oi]|monet[ae]|fiorin[oi]|ducat[oi]|quattrin[oi]|baiocch[oi])\b",
    "pt": r"\b(?:vale|valia|valem|custa|custava|custou|pagou|por)\s+(?:só\s+|apenas\s+)?"
    + _AMOUNT["pt"]
    + r"\s+(?P<w>tost(?:ão|ões)|vint(?:ém|ens)|real|reais|moedas?|escudos?|cruzados?|centavos?|réis)\b",
    "ru": r"(?<!\w)(?:стоил\w*|стоит|стоят|стоящ\w*|заплатил\w*|продал\w*\s+за|за)\s+(?:всего\s+|только\s+|лишь\s+)?"
    r"(?:" + _AMOUNT["ru"] + r"\s+)?(?P<w>копе\w+|рубл\w+|грош\w*|пятак\w*|гривен\w+|алтын\w*|монет\w+|денежк\w*)",
}

# what a thing is made of is no thing beside it: "un seau en bois", "un cubo de madera", "un secchio di legno"
# (English and German read "made of wood", "aus Holz" in their likenesses); "un pezzo di ferro" is iron
_MATERIAL = {
    "fr": r"\b(?!(?:tas|morceau|bout|fagot|pile|tranche|bloc|charge|brassée|chargée?s?|pleine?s?|remplie?s?)\b)\w+"
    r"\s+(?:en|de)\s+(?P<w>bois|pierre|fer|verre|marbre)\b",
    "es": r"\b(?!(?:montón|pila|trozo|pedazo|carga|haz|tabla|astilla|bloque|cargad\w+|llen\w+)\b)\w+\s+de\s+"
    r"(?P<w>madera|piedra|hierro|vidrio|mármol)\b",
    "pt": r"\b(?!(?:monte|pilha|pedaço|tora|carga|feixe|tábua|bloco|carregad\w+|chei\w+)\b)\w+\s+de\s+"
    r"(?P<w>madeira|pedra|ferro|vidro|mármore)\b",
    "it": r"\b(?!(?:pezzo|pezzi|mucchio|catasta|fascio|blocco|carico|pien\w+|caric\w+)\b)\w+\s+di\s+"
    r"(?P<w>legno|pietra|ferro|vetro|marmo)\b",
}

# a command to bring or get what is not at hand: "Bring me a cup of water", "va chercher du bois", "tráeme
# la espada", "hol mir das Beil": what it names is still to come
_COMMANDS = {
    "en": r"(?:^|(?<=[“\"‘'—])|(?<=[.!?:;]\s)|(?<=,\s))\s*(?:go\s+and\s+|now\s+|quick,?\s+|please\s+|run\s+and\s+)?"
    r"(?:bring|fetch|buy|find|bake|build)\s+(?:me|us|him|her|them|yourself)?\b",
    "fr": r"\b(?:apporte|apportez|rapporte|rapportez|achète|achetez)-(?:moi|nous|lui)\b|\b(?:va|allez|cours|courez)"
    r"\s+(?:me\s+|nous\s+|lui\s+)?(?:chercher|acheter)\b",
    "de": r"\b(?:bring|bringe|bringt|hol|hole|holt|kauf|kaufe|kauft)\s+(?:mir|uns|ihm|ihr)\b",
    "es": r"\b(?:tráeme|tráenos|traedme|tráele|cómprame|compradme|búscame|ve\s+a\s+buscar|id\s+a\s+buscar)\b",
    "it": r"\b(?:portami|portatemi|portaci|comprami|compratemi|va'\s+a\s+prendere|vai\s+a\s+prendere|andate\s+a\s+prendere)",
    "pt": r"\b(?:traga-me|traz-me|tragam-me|compra-me|compre-me|vai\s+buscar|vá\s+buscar|ide\s+buscar)\b",
    "ru": r"(?<!\w)(?:принеси|принесите|купи|купите|достань|достаньте|сходи\s+за|сходите\s+за)(?!\w)",
}

# a word read in its other sense by what its sentence holds: (word, context, whether the context makes it the
# other sense): a cycle nobody rides is a cycle of years; a fairy's "baguette" is her wand; "velas" on a
# ship are sails; the piano of a house is its floor, unless someone plays
_BY_SENTENCE = {
    "en": ((r"cycles?", r"rode|ride|rides|riding|pedal\w*|wheels?|parked|handlebars?", False),),
    "fr": ((r"baguettes?", r"fées?|magiques?|enchant\w*|sorci\w+|magicien\w*|marraine", True),),
    "es": (
        (r"llamas?", r"alpacas?|lana|andes|rebaños?|vicuñas?", False),
        (r"pico", r"cav\w+|miner\w*|minas?|palas?|excav\w+", False),
        (
            r"velas?",
            r"barcos?|barcas?|buques?|navíos?|naves?|mástil|veleros?|botes?|iz[óa]\w*|desplegó|viento|mar",
            True,
        ),
        (r"peón|peones", r"ajedrez", False),
    ),
    "it": (
        (r"piano", r"suon\w*|tasti|pianista|musica|note|melodia|concerto|pianoforte", False),
        (r"lama", r"alpaca|ande|gregge|lana", False),
    ),
    "pt": ((r"velas?", r"barcos?|navios?|naus?|mastros?|iç\w+|vento|mar|caravelas?", True),),
    "ru": (
        (r"спутник\w*", r"орбит\w*|космос\w*|ракет\w*|запуск\w*|планет\w*", False),
        # "с луком и стрелами": a bow, no onion
        (r"лук(?:ом|а|у|е)?", r"стрел\w*|тетив\w*|колчан\w*", True),
    ),
}

# a word whose other sense, once the text shows it, is its sense throughout ("main bus B" ... "the bus is
# fine"; "the mouse pointer" ... "click the mouse")
_ONE_SENSE = {"en": ("bus", "mouse")}

# homonyms read by their context: each pattern's group "w" is the word in its other sense (a room, not a
# coin: "la pièce"; an adverb, not an anchor: "ancora"; a verb: "se llama", "они ели", "она пила"; a
# bench, not a bank: "auf der Bank"; a beak, not a pick: "el pico")
_HOMONYMS = {
    "en": (
        r"\b(?:sun|moon|he|she|they|it|who|which|smoke|mist|voice|voices|cry|wind|tide|water|river)\s+(?P<w>rose)\b",
        r"\b(?P<w>rose)\s+(?:up|from|to|over|into|above|higher|again|early|slowly|quickly|out|at|and\s+(?:went|walked"
        r"|left|said|stood|shone|fell|bowed|came|ran|spoke))\b",
        r"\b(?P<w>orange)\s+(?!and\b|or\b|was\b|is\b|were\b|are\b|fell\b|rolled\b|from\b|on\b|in\b|with\b|to\b"
        r"|that\b|which\b|tree\b|trees\b|grove\b|peel\b|juice\b|for\b|of\b|he\b|she\b|they\b|i\b|we\b)[a-z]+",
        r"\b(?P<w>leaves)\s+(?:the|a|an|his|her|their|its|my|your|our|him|them|me|us|you|it|home|behind|town|school"
        r"|work)\b(?!\s+(?:fell|fall|were|are|rustled|of))",
        r"\b(?P<w>crown)\s+(?:prince|princess|jewels?\s+of\s+the|colony)\b|(?-i:\bthe\s+(?P<w2>Crown)\b)",
        r"\b(?P<w>jet)\s*(?:of\b|-?black\b)",
        r"\b(?P<w>plane)\s+(?:trees?|of\s+(?:existence|being|thought))\b",
        r"\blike\s+(?:(?:a|an|the|some)\s+)?\w+\s+of\s+(?:(?:a|an|the)\s+)?(?P<w>\w+)",
        r"\blike\s+(?P<w>\w+)\s+of\b",
    ),
    "fr": (
        r"\b(?P<w>pièces?)\b(?!\s+(?:d'or|d'argent|de\s+monnaie|de\s+cuivre|de\s+bronze|de\s+\d|de\s+(?:cinq|dix|vingt|cent)))",
        r"(?<!\bla\s)(?<!\bune\s)(?<!\bcette\s)(?<!\bsa\s)(?<!\bhaute\s)(?<!\bgrande\s)(?<!\bvieille\s)(?<!\bpetite\s)"
        r"(?<!\bles\s)(?<!\bdes\s)(?<!\bma\s)(?<!\bleur\s)(?<!\bhautes\s)\b(?P<w>tour)\b",
        r"\b(?:il|elle|on|qui|ne|n')\s+(?:(?:le|la|les|lui|leur|me|te|nous|vous|l')\s*)?(?P<w>lit)\b",
        r"\b(?:je|tu|ne|n'|me|te|lui|leur|vous|nous)\s+(?P<w>souris)\b",
        r"\b(?P<w>baguette)\s+magique\b|\bcoup\s+de\s+(?P<w2>baguette)\b",
        # a colour after its noun ("une robe rose", "des joues roses"), and "la vie en rose"
        r"\b(?!(?:une|la|les|des|de|d|cette|ces|sa|ses|ma|mes|ta|tes|leur|leurs|aux|du|belle|belles|petite|petites|jolie"
        r"|jolies|grande|grandes|première|seule|chaque|quelques|plusieurs|deux|trois|mille|cent|en|et|ou|blanche|rouge"
        r"|rouges|blanches|une\s+belle)\b)[a-zéèêàâîôûç]+\s+(?P<w>roses?|oranges?)\b(?!\s+(?:de|du|des|d')\b)",
        r"\ben\s+(?P<w>rose)\b",
        r"\b(?:un|une|son|sa|leur|ce|cette)\s+(?P<w>vague)\s+(?:idée|impression|odeur|sentiment|inquiétude|souvenir|tristesse"
        r"|espoir|lueur|forme|silhouette|sourire|douleur|bruit|crainte|peur|regret|malaise)\b",
        r"\b(?:regard|air|geste|sourire|yeux|ton|d'un\s+air)\s+(?P<w>vagues?)\b",
        r"\b(?P<w>vague)\s+de\s+(?:chaleur|froid|colère|tristesse|bonheur|joie|peur|fatigue|panique|émotion)\b",
    ),
    "de": (
        r"\bauf\s+(?:der|einer|die|eine|dieser|diese|seiner|ihrer|seine|ihre|die\s+alte|der\s+alten)\s+(?P<w>Bank)\b",
        r"\b(?:in\s+einem|Zug\s+um)\s+(?P<w>Zug)e?\b|\bim\s+(?P<w2>Zuge)\b",
        r"\b(?P<w>Schlange)\s+(?:stehen|standen|stand|steht)\b",
        r"\bim\s+hohen\s+(?P<w>Bogen)\b|\beinen\s+(?P<w2>Bogen)\s+(?:um|machen|machte|schlagen)\b",
        r"\bein\s+(?P<w>Blatt)\s+Papier\b|\bkein\s+(?P<w2>Blatt)\s+vor\s+den\s+Mund\b|\bdas\s+(?P<w3>Blatt)\s+hat\s+sich\b",
        r"\b(?P<w>Feuer)\s+und\s+Flamme\b",
    ),
    "es": (
        r"\b(?:sent\w*|tumb\w*|descans\w*|recost\w*|ech[óo]\w*)\s+(?:en|sobre)\s+(?:un|el|aquel|este|su)\s+(?P<w>banco)\b",
        r"\b(?P<w>banco)\s+(?:del\s+parque|de\s+piedra|de\s+madera|de\s+la\s+plaza|del\s+jardín)\b",
        r"\b(?!(?:una|la|las|unas|de|cada|esta|esa|aquella|su|sus|mi|mis|y|o)\b)[a-záéíóúñ]+\s+(?P<w>rosa|naranja)\b",
        r"\b(?:color\s+de|de\s+color|color)\s+(?P<w>rosa|naranja)\b",
        r"\b(?P<w>metros)\b|\b(?:un|a\s+un|medio)\s+(?P<w2>metro)\b",
        r"\b(?P<w>hojas?)\s+de\s+(?:papel|la\s+espada|su\s+espada|cuaderno|libro|afeitar)\b",
    ),
    "it": (
        r"(?<![\w'’])(?P<w>ancora)\b",
        r"\b(?!(?:la|una|alla|della|dalla|nella|sulla|questa|quella|ogni|sua|mia|tua|grande|piccola|vecchia|stessa|prima"
        r"|l'|di|da|in|e|o)\b)[a-zàèéìòù]+\s+(?P<w>porta)\b",
        r"\b(?:a|di|della|alla|in|la)\s+(?P<w>pesca)\b",
        r"\b(?!(?:una|la|le|di|ogni|questa|quella|sua|mia|e|o)\b)[a-zàèéìòù]+\s+(?P<w>rosa|arancione)\b",
        r"\bin\s+un\s+(?P<w>lampo)\b",
    ),
    "pt": (
        r"\b(?:que|com|sem|dá|dava|tinha|tenho|teve|sentiu|sente|sentia|cumprir|sob|valer\s+a|vale\s+a|valeu\s+a|valia\s+a"
        r"|valeria\s+a)\s+(?P<w>pena)\b|\b(?P<w2>pena)\s+de\s+morte\b",
        r"\b(?!(?:um|o|seu|sua|meu|minha|este|esse|belo|lindo|grande|bonito|de|do|da|pequeno)\b)[a-zãõáéíóúâêôç]+\s+"
        r"(?P<w>presentes?)\b|\b(?P<w2>presente)\s+(?:momento|dia|ano|século|situação|caso|estado)\b",
        r"\b(?P<w>mangas?)\s+(?:da|do|de)\s+(?:camisa|casaco|vestido|blusa|paletó)\b|\barregaç\w+\s+as\s+(?P<w2>mangas)\b",
        r"\b(?:sent\w*|deit\w*|descans\w*)\s+(?:-se\s+)?(?:num|no|em\s+um|sobre\s+um|sobre\s+o)\s+(?P<w>banco)\b",
        r"\b(?P<w>banco)\s+(?:do\s+jardim|da\s+praça|de\s+pedra|de\s+madeira|do\s+parque)\b",
        r"\b(?!(?:uma|a|as|de|cada|esta|essa|sua|minha|e|ou)\b)[a-zãõáéíóúâêôç]+\s+(?P<w>rosa)\b",
    ),
    "ru": (
        r"(?<!\w)(?:был|была|были|было|сидел\w*|остал\w*|жил\w*|ночевал\w*|не|все|никого)\s+(?P<w>дома)(?!\w)",
        r"(?<!\w)(?P<w>дома)\s+(?:никого|не|был\w*|сидел\w*|остал\w*)(?!\w)",
        r"(?<!\w)(?:они|мы|вы|все|дети|гости|люди|звери|и)\s+(?P<w>ели)(?!\w)",
        r"(?<!\w)(?P<w>ели)\s+(?:и\s+пили|кашу|хлеб|суп|мясо|рыбу|досыта|молча|пироги|с\s+аппетитом)(?!\w)",
        r"(?<!\w)(?P<w>пила)\s+(?:чай|воду|молоко|вино|кофе|квас|из|мёд|мед|водку|пиво)(?!\w)",
        r"(?<!\w)(?:она|и)\s+(?P<w>пила)(?!\w)",
    ),
}


def not_there(text: str, language: str) -> str:
    """The text with the words of what is not there blanked (spaces in their place, its length kept)."""
    spans: list[tuple[int, int]] = []
    for pattern in _OWN.get(language, ()):
        spans += _groups(pattern, text)
    grammar = _GRAMMARS.get(language)
    if grammar is not None:
        spans += _negated(text, grammar)
        spans += _imagined(text, grammar)
        for pattern in (*grammar.likeness, *grammar.senses):
            spans += _groups(pattern, text)
    single = [
        p
        for p in (
            _METAPHORS.get(language),
            _MISSING.get(language),
            _OF_ABSTRACT.get(language),
            _VALUE.get(language),
            _THOUGHT_OF.get(language),
            _MATERIAL.get(language),
        )
        if p
    ]
    for pattern in (*_IDIOMS.get(language, ()), *_HOMONYMS.get(language, ()), *single):
        spans += _groups(pattern, text)
    if grammar is not None and language in _COMMANDS:
        for sentence in _SENTENCE.finditer(text):
            for m in _each(_COMMANDS[language], text, *sentence.span()):
                spans.append((m.end(), _clause_end(text, m.end(), grammar, sentence.end())))
    for sentence in _SENTENCE.finditer(text):
        for word, context, other in _BY_SENTENCE.get(language, ()):
            if bool(re.search(rf"(?<!\w)(?:{context})(?!\w)", sentence.group(0), _FLAGS)) == other:
                at = sentence.start()
                spans += [
                    (at + m.start(), at + m.end())
                    for m in re.finditer(rf"(?<!\w)(?:{word})(?!\w)", sentence.group(0), _FLAGS)
                ]
    for word in _ONE_SENSE.get(language, ()):
        if any(re.match(rf"{word}(?:es|s)?\b", text[a:b], _FLAGS) for a, b in spans):
            spans += [m.span() for m in re.finditer(rf"\b{word}(?:es|s)?\b", text, _FLAGS)]
    return _blank(text, spans)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)


def _groups(pattern: str, text: str) -> list[tuple[int, int]]:
    out = []
    for m in _compiled(pattern).finditer(text):
        named = [g for g in ("w", "w2", "w3") if g in m.re.groupindex and m.group(g) is not None]
        out += [m.span(g) for g in named] if named else [m.span()]
    return out


_TOKEN = re.compile(r"\s*([\w'’-]+)", re.U)


def _phrase_end(text: str, at: int, grammar: _Grammar, most: int = 6) -> int:
    """The end of the noun phrase that begins at `at`: at most `most` words, to a word that ends it or to
    punctuation; a word that joins another ("or", "ni") goes on to it."""
    end, count = at, 0
    while count < most:
        m = _TOKEN.match(text, end)
        if m is None:
            break
        word = m.group(1).lower().strip("'’-")
        if word in grammar.joiners:
            end, count = m.end(), 0
            continue
        if word in grammar.stops:
            break
        end, count = m.end(), count + 1
    return end


def _negated(text: str, grammar: _Grammar) -> list[tuple[int, int]]:
    if not grammar.negation:
        return []
    return [(m.end(), _phrase_end(text, m.end(), grammar)) for m in _compiled(grammar.negation).finditer(text)]


# a sentence runs to its stop, over the line breaks of verse; a blank line ends a paragraph
_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?!\s*\n))+[.!?]*|\n\s*\n", re.U)


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS | re.M)


def _clause_end(text: str, at: int, grammar: _Grammar, stop: int) -> int:
    m = _compiled(grammar.clause_end).search(text, at, stop)
    return m.start() if m else stop


def _each(pattern: str, text: str, start: int, stop: int) -> list[re.Match[str]]:
    return list(_compiled(pattern).finditer(text, start, stop)) if pattern else []


def _imagined(text: str, grammar: _Grammar) -> list[tuple[int, int]]:
    """Spans of what is dreamt, wished, supposed, planned or to come, sentence by sentence: a sentence
    that goes on with a modal after one of planning or dreaming is in the reverie too (the milkmaid's),
    and so is what would be done where a sentence supposes ("if he had a sword, he would fight")."""
    spans: list[tuple[int, int]] = []
    reverie = False
    for sentence in _SENTENCE.finditer(text):
        start, stop = sentence.span()
        if not sentence.group(0).strip():
            reverie = False  # a paragraph's end ends it
            continue
        modals = [m for m in _each(grammar.modal, text, start, stop) if not _is_not_a_modal(m, grammar)]
        habitual = bool(_each(grammar.habitual, text, start, stop))
        # a sentence that goes on in the future or the conditional ("I'll buy some fowls, and they will lay
        # eggs, which I will sell"), or one in a reverie, is all imagined; "could see" is what one was able to
        if (reverie and modals or len([m for m in modals if not _able(m, grammar)]) > 1) and not habitual:
            spans.append((start, stop))
            reverie = True
            continue
        planning = _each(grammar.planning, text, start, stop)
        reverie = bool(planning)
        for cue in _each(grammar.dreaming, text, start, stop):
            spans.append((cue.end(), _clause_end(text, cue.end(), grammar, stop)))
            reverie = True
        supposed = _each(grammar.supposing, text, start, stop)
        for cue in supposed:
            end = _clause_end(text, cue.end(), grammar, stop)
            comma = text.find(",", cue.end(), end)
            spans.append((cue.end(), comma if comma > 0 else end))
        for cue in _each(grammar.counterfactual, text, start, stop):
            spans.append((cue.start(), _clause_end(text, cue.end(), grammar, stop)))
        coming = bool(_each(grammar.future_time, text, start, stop))
        for modal in modals:
            end = _clause_end(text, modal.end(), grammar, stop)
            if any(cue.start() < modal.start() for cue in planning) or coming or supposed:
                spans.append((modal.start(), end))
            elif not habitual and _acquires(modal, text[modal.start() : end], grammar) and _mine(modal, grammar):
                spans.append((start, end))
            elif not habitual and _acquires(modal, text[modal.start() : end], grammar):
                spans += _indefinite(text, modal.end() if modal.group("verb") else modal.start(), end, grammar)
        # "to buy eggs", "para comprar huevos", "um eine Kuh zu kaufen": bought later, not there yet
        for verb in _each(_PURPOSE.get(_language_of(grammar), ""), text, start, stop):
            end = _clause_end(text, verb.end(), grammar, stop)
            spans += _indefinite(text, verb.end(), end, grammar)
            spans += _money_to_pay(text, verb.end(), end, _language_of(grammar))
    return spans


def _money_to_pay(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """The money a purchase still to come is paid with ("pensaba comprar huevos con el dinero"): the plan's,
    though a definite article leads it, no money in the picture."""
    from filmstudio.script.vocabulary import things

    clause = text[start:end]
    words = {w for m in things(language).find(clause) if m.key in ("money", "coin") for w in m.words}
    return [(start + h.start(), start + h.end()) for w in words for h in re.finditer(re.escape(w), clause, re.I)]


def _able(modal: re.Match[str], grammar: _Grammar) -> bool:
    """A modal of ability or chance ("could", "might", "pourrait"), which tells what was, not what would be;
    or a denied one ("the moon will not come down"), which plans nothing."""
    words = modal.group(0).lower().split()
    return words[0] in _ABLE or bool(_NOT.intersection(words)) or modal.group(0).lower().endswith("n't")


_NOT = _words("not never ne nicht no non не")


_ABLE = _words("could might should can may must pourrait pourraient podía podría potrebbe poderia könnte könnten")


def _mine(modal: re.Match[str], grammar: _Grammar) -> bool:
    """Whether a modal is the first person's ("I'll", "compraré"), its pronoun just before it."""
    if not grammar.mine:
        return False
    around = modal.string[max(0, modal.start() - 8) : modal.end()]
    return bool(_compiled(grammar.mine).search(around))


def _language_of(grammar: _Grammar) -> str:
    return next(code for code, g in _GRAMMARS.items() if g is grammar)


# an infinitive of getting after "to", "pour", "para", "per", "чтобы": what it names is still to be had
_PURPOSE = {
    "en": r"\b(?:to|and)\s+(?:buy|get\s+(?:a|an|some)|own|build|bake|earn|win|hatch|raise|breed|purchase|trade\s+for)\b",
    "fr": r"\b(?:pour|d'|de|à)\s*(?:acheter|acquérir|obtenir|gagner|construire|bâtir|élever|avoir)\b",
    "es": r"\b(?:para|a|pensaba|pensó|quería|quiso|planeaba|esperaba)\s+(?:comprar|conseguir|obtener|ganar|construir"
    r"|criar|adquirir|tener)\b",
    "it": r"\b(?:per|a|di|voleva|pensava)\s+(?:comprare|ottenere|guadagnare|costruire|allevare|avere)\b",
    "pt": r"\b(?:para|a|de|queria|pensava)\s+(?:comprar|conseguir|obter|ganhar|construir|criar|ter)\b",
    "de": r"\bum\b(?=[^.!?,]*\bzu\s+(?:kaufen|bekommen|bauen|gewinnen|verdienen|erwerben)\b)",
    "ru": r"(?<!\w)(?:чтобы|хотел(?:а|и)?|собирал(?:ся|ась|ись)|решил(?:а|и)?)\s+(?:купить|завести|построить"
    r"|получить|иметь|испечь)(?!\w)",
}


def _is_not_a_modal(match: re.Match[str], grammar: _Grammar) -> bool:
    """A word the modal pattern takes that is none: a French noun in -ra ("opéra" is accented; "la
    chimère" ends otherwise), an English "will" that is a noun ("his will", "the will")."""
    word = match.group(0).lower().split()[0]
    if grammar is _EN:
        before = match.string[max(0, match.start() - 6) : match.start()].lower()
        return word == "will" and bool(re.search(r"\b(?:his|her|the|a|own|my|good)\s*$", before))
    if grammar is _FR:
        return word in _FR_NOT_MODAL
    if grammar in (_ES, _IT, _PT):
        # Spanish nouns in -ería (panadería, zapatería) are no conditional without a pronoun before them
        before = match.string[max(0, match.start() - 4) : match.start()].lower()
        shop = grammar is _ES and word.endswith("ería") and not re.search(r"\b(?:se|lo|la|le|me|te|no|yo)\s$", before)
        return word in _ROMANCE_NOT_MODAL or shop
    return False


_FR_NOT_MODAL = _words(
    "mais jamais désormais bûcheron bûcherons forgeron forgerons vigneron vignerons moucheron moucherons éperon"
    " éperons minerai"
)
_ROMANCE_NOT_MODAL = _words(
    "alegría maría tontería lotería galería categoría porquería extremos remos però foreste estremo verão ladrão patrão padrão porão"
)


def _acquires(modal: re.Match[str], clause: str, grammar: _Grammar) -> bool:
    if not grammar.acquiring:
        return False
    verb = modal.group("verb") or ""
    return bool(re.match(grammar.acquiring, verb, _FLAGS) or re.search(grammar.acquiring, clause, _FLAGS))


def _indefinite(text: str, start: int, end: int, grammar: _Grammar) -> list[tuple[int, int]]:
    """The words between start and end but those a definite determiner leads ("sell the chickens" she
    has): each determiner begins a phrase of its own."""
    spans, kept = [], False
    for m in re.finditer(r"[\w'’-]+", text[start:end]):
        word = m.group(0).lower()
        if word in grammar.definite or word.rstrip("'’") + "'" in grammar.definite:
            kept = True
            continue
        if word in grammar.stops or word in _ARTICLES:
            kept = False
            continue
        if not kept:
            spans.append((start + m.start(), start + m.end()))
    return spans


_ARTICLES = _words("a an some any un une des un uno una unos unas um uma uns umas ein eine einen einem einer")
