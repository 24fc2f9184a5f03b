"""Words for a scene's time of day, weather and mood in the studio's languages; pictured symbols
(🌅 sunrise, 🌧 rain, 😢 crying …) bring their CLDR names in every other language."""

from __future__ import annotations

# key -> (emoji, {language: "word|word"})
TIMES: dict[str, tuple[str, dict[str, str]]] = {
    "dawn": ("🌅,🌄", {
        "en": "dawn|sunrise|daybreak|early morning|first light", "es": "amanecer|alba|madrugada",
        "fr": "aube|lever du soleil|aurore", "de": "morgengrauen|sonnenaufgang|dämmerung", "it": "alba",
        "pt": "amanhecer|madrugada|aurora", "hi": "सुबह|भोर|सूर्योदय|प्रभात|सवेरा", "mr": "पहाट|सकाळ",
        "ta": "விடியல்|காலை", "te": "తెల్లవారు|ఉదయం", "bn": "ভোর|সকাল", "zh": "黎明|日出|清晨|早上",
        "ja": "夜明け|日の出|朝", "ru": "рассвет|утро", "sa": "प्रातः|उषा"}),
    "sunset": ("🌇,🌆", {
        "en": "sunset|dusk|evening|twilight|golden hour", "es": "atardecer|anochecer|ocaso|tarde",
        "fr": "coucher du soleil|crépuscule|soir|soirée", "de": "sonnenuntergang|abend|abenddämmerung",
        "it": "tramonto|sera", "pt": "pôr do sol|entardecer|tarde", "hi": "शाम|सांझ|संध्या|सूर्यास्त",
        "mr": "संध्याकाळ", "ta": "மாலை|அந்தி", "te": "సాయంత్రం|సంధ్య", "bn": "সন্ধ্যা", "zh": "日落|黄昏|傍晚",
        "ja": "夕方|夕暮れ|日没", "ru": "закат|вечер", "sa": "सायम्|सन्ध्या"}),
    "night": ("🌃,🌙,🌌", {
        "en": "night|midnight|moonlight|dark|stars|starry|nighttime", "es": "noche|medianoche|luna|estrellas|oscuro",
        "fr": "nuit|minuit|lune|étoiles", "de": "nacht|mitternacht|mond|sterne|dunkel", "it": "notte|luna",
        "pt": "noite|lua|estrelas", "hi": "रात|आधी रात|चांद|चाँद|तारे|अंधेरा|अँधेरा", "mr": "रात्र|रात्री",
        "ta": "இரவு|நிலா", "te": "రాత్రి|చంద్రుడు", "bn": "রাত|রাত্রি", "zh": "夜|晚上|深夜|月亮|星星",
        "ja": "夜|真夜中|月", "ru": "ночь|полночь|луна", "sa": "रात्रि|निशा"}),
    "day": ("☀️", {
        "en": "day|morning|noon|afternoon|sunny|bright|daytime", "es": "día|mañana|mediodía|soleado",
        "fr": "jour|matin|midi|après-midi|ensoleillé", "de": "tag|morgen|mittag|nachmittag|sonnig",
        "it": "giorno|mattina|pomeriggio", "pt": "dia|manhã|meio-dia", "hi": "दिन|दोपहर|धूप", "mr": "दिवस|दुपार",
        "ta": "பகல்|மதியம்", "te": "పగలు|మధ్యాహ్నం", "bn": "দিন|দুপুর", "zh": "白天|中午|下午", "ja": "昼|午後|日中",
        "ru": "день|полдень"}),
}  # fmt: skip

WEATHERS: dict[str, tuple[str, dict[str, str]]] = {
    "storm": ("⛈️,🌩️", {
        "en": "storm|thunder|lightning|gale|thunderstorm|hurricane|cyclone", "es": "tormenta|trueno|relámpago|huracán",
        "fr": "orage|tempête|tonnerre|éclair", "de": "sturm|gewitter|donner|blitz", "it": "tempesta|temporale",
        "pt": "tempestade|trovão", "hi": "तूफ़ान|तूफान|आंधी|बिजली|गरज", "mr": "वादळ", "ta": "புயல்|இடி",
        "te": "తుఫాను|ఉరుము", "bn": "ঝড়", "zh": "暴风雨|雷|闪电|风暴", "ja": "嵐|雷", "ru": "буря|гроза"}),
    "rain": ("🌧️,☔", {
        "en": "rain|raining|drizzle|monsoon|wet|rainy|downpour", "es": "lluvia|llueve|llovía|llovizna",
        "fr": "pluie|pleut|pleuvait", "de": "regen|regnet|regnete", "it": "pioggia|piove", "pt": "chuva|chove",
        "hi": "बारिश|वर्षा|बरसात|मानसून", "mr": "पाऊस", "ta": "மழை", "te": "వర్షం|వాన", "bn": "বৃষ্টি",
        "zh": "雨|下雨", "ja": "雨", "ru": "дождь"}),
    "snow": ("🌨️,❄️", {
        "en": "snow|snowing|snowfall|blizzard|frost", "es": "nieve|nieva|nevada", "fr": "neige|neigeait",
        "de": "schnee|schneit", "it": "neve", "pt": "neve", "hi": "बर्फ़|बर्फ|हिमपात", "mr": "बर्फ", "ta": "பனி",
        "te": "మంచు", "bn": "বরফ|তুষার", "zh": "雪|下雪", "ja": "雪", "ru": "снег"}),
    "fog": ("🌫️", {
        "en": "fog|mist|misty|haze|foggy", "es": "niebla|neblina|bruma", "fr": "brouillard|brume",
        "de": "nebel|dunst", "it": "nebbia", "pt": "neblina|névoa", "hi": "कोहरा|धुंध", "mr": "धुके",
        "ta": "மூடுபனி", "te": "పొగమంచు", "bn": "কুয়াশা", "zh": "雾", "ja": "霧", "ru": "туман"}),
    "wind": ("💨,🌬️", {
        "en": "wind|windy|breeze|gust", "es": "viento|brisa", "fr": "vent|brise", "de": "wind|brise",
        "it": "vento", "pt": "vento|brisa", "hi": "हवा|पवन|आंधी", "mr": "वारा", "ta": "காற்று", "te": "గాలి",
        "bn": "বাতাস|হাওয়া", "zh": "风|微风", "ja": "風", "ru": "ветер"}),
}  # fmt: skip

MOODS: dict[str, tuple[str, dict[str, str]]] = {
    "tense": ("😱,😨", {
        "en": "danger|afraid|fear|tense|scream|urgent|run|threat|crash|gun|panic|terrified|chase",
        "es": "peligro|miedo|grito|amenaza|pánico|corre|huye", "fr": "danger|peur|cri|menace|panique",
        "de": "gefahr|angst|schrei|drohung|panik", "hi": "ख़तरा|खतरा|डर|चीख|भय|घबरा", "ta": "ஆபத்து|பயம்",
        "te": "ప్రమాదం|భయం", "zh": "危险|害怕|恐惧|尖叫", "ja": "危険|恐怖|怖い", "ru": "опасность|страх"}),
    "melancholic": ("😢,😭", {
        "en": "sad|alone|lonely|grief|tears|cry|cries|crying|lost|miss|empty|funeral|mourn|weeps",
        "es": "triste|solo|sola|lágrimas|llora|lloraba|pena|soledad", "fr": "triste|seul|seule|larmes|pleure|deuil",
        "de": "traurig|allein|tränen|weint|trauer|einsam", "hi": "उदास|अकेला|अकेली|आँसू|आंसू|रोना|रोती|रोता|दुःख|दुख",
        "ta": "சோகம்|தனிமை|கண்ணீர்", "te": "బాధ|ఒంటరి|కన్నీళ్ళు", "zh": "悲伤|孤独|眼泪|哭", "ja": "悲しい|孤独|涙|泣",
        "ru": "грусть|одиночество|слёзы"}),
    "joyful": ("😄,🎉", {
        "en": "happy|joy|laugh|laughs|smile|smiles|celebrate|festival|dance|dances|delight|party|cheer",
        "es": "feliz|alegría|ríe|sonríe|fiesta|baila|celebra", "fr": "heureux|heureuse|joie|rit|sourit|fête|danse",
        "de": "glücklich|freude|lacht|lächelt|fest|tanzt|feiert", "hi": "ख़ुश|खुश|ख़ुशी|खुशी|हँस|हंस|मुस्कुरा|त्योहार|नाच|उत्सव",
        "ta": "மகிழ்ச்சி|சிரி|திருவிழா", "te": "సంతోషం|నవ్వు|పండుగ", "zh": "快乐|高兴|笑|节日|跳舞", "ja": "幸せ|喜|笑|祭り",
        "ru": "радость|счастье|смех"}),
    "mysterious": ("🕵️,🔮", {
        "en": "mystery|strange|secret|shadow|shadows|whisper|unknown|ancient|hidden|eerie",
        "es": "misterio|extraño|secreto|sombra|susurro|oculto", "fr": "mystère|étrange|secret|ombre|chuchote",
        "de": "geheimnis|seltsam|schatten|flüstert", "hi": "रहस्य|अजीब|छाया|फुसफुसा|गुप्त", "ta": "மர்மம்|ரகசியம்",
        "zh": "神秘|秘密|影子", "ja": "謎|秘密|影", "ru": "тайна|странный"}),
    "epic": ("⚔️,🏆", {
        "en": "epic|battle|triumph|hero|vast|glory|victory|army|war", "es": "épico|batalla|triunfo|héroe|victoria|guerra",
        "fr": "épique|bataille|triomphe|héros|victoire|guerre", "de": "schlacht|triumph|held|sieg|krieg",
        "hi": "युद्ध|विजय|वीर|सेना", "ta": "போர்|வெற்றி", "zh": "战斗|胜利|英雄|战争", "ja": "戦い|勝利|英雄",
        "ru": "битва|победа|герой"}),
    "devotional": ("🙏,🕉️", {
        "en": "pray|prays|prayer|divine|god|sloka|mantra|temple|blessing|om|worship",
        "es": "reza|oración|divino|dios|bendición", "fr": "prie|prière|divin|dieu|bénédiction",
        "de": "betet|gebet|göttlich|gott|segen", "hi": "प्रार्थना|पूजा|भगवान|ईश्वर|आशीर्वाद|भक्ति|मंत्र|श्लोक",
        "sa": "नमः|ॐ|देव|श्लोक", "ta": "பிரார்த்தனை|கடவுள்|பூஜை", "te": "ప్రార్థన|దేవుడు|పూజ", "zh": "祈祷|神|祝福",
        "ja": "祈り|神|祝福", "ru": "молитва|бог"}),
    "calm": ("😌", {
        "en": "calm|peace|peaceful|gentle|serene|still|soft|quiet", "es": "calma|paz|tranquilo|tranquila|sereno|suave",
        "fr": "calme|paix|paisible|serein|doux", "de": "ruhe|ruhig|friedlich|still|sanft", "hi": "शांत|शांति|सुकून",
        "ta": "அமைதி", "te": "ప్రశాంతం|శాంతి", "zh": "平静|安静|宁静", "ja": "静か|穏やか|平和", "ru": "тишина|покой"}),
}  # fmt: skip
