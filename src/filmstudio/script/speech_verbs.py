"""The verbs of saying, per language: what turns a clause beside a quote into its attribution."""

# verbs of saying, as lemmas (as written for languages without a lemmatiser)
SPEECH_VERBS = {
    "en": "say tell ask reply answer cry shout exclaim call whisper murmur mutter scream yell roar growl bark "
    "sing add continue begin remark observe return respond repeat sigh laugh sob groan beg plead insist declare "
    "said told asked cried thought began sang spoke replied answered shouted exclaimed whispered called "
    "announce explain inquire enquire demand command order think wonder squeak croak grumble chirp cackle "
    "bleat bray howl snap retort gasp stammer speak",
    "es": "decir responder preguntar gritar exclamar contestar replicar murmurar susurrar añadir llorar pensar "
    "contar preguntó dijo respondió gritó exclamó contestó replicó saludar",
    "fr": "dire répondre demander crier écrier ajouter murmurer répliquer reprendre penser s'écrier dit répondit "
    "demanda cria chuchoter hurler soupirer interroger questionner rétorquer exclamer "
    "s'exclamer déclarer gronder grogner supplier fit",
    "de": "sagen rufen fragen antworten sprechen schreien erwidern flüstern meinen denken sprach rief fragte "
    "antwortete sagte entgegnen murmeln brummen brüllen seufzen jammern",
    "it": "dire rispondere domandare chiedere gridare esclamare disse rispose domandò gridò esclamò salutare",
    "pt": "dizer responder perguntar gritar exclamar disse respondeu perguntou gritou cumprimentar",
    "ru": "сказать спросить ответить крикнуть закричать говорить молвить воскликнуть сказал сказала спросил "
    "спросила ответил ответила крикнул крикнула прошептать шепнуть проговорить промолвить возразить подумать "
    "отвечать спрашивать кричать пропищать прорычать попросить",
    "hi": "कहा कही कहे कहने कहती कहता बोला बोली बोले पूछा पूछी पूछे चिल्लाया चिल्लाई कहना बोलना पूछना "
    "चिल्लाना पुकारना सोचना चीखना सोचा सोची सोचे बोलीं पूछीं पुकारा पुकारी चीखा चीखी जवाब",
    "mr": "म्हणाला म्हणाली म्हणाले विचारले",
    "ta": "என்றான் என்றாள் என்றார் என்றது கூறினான் கூறினாள் கூறினார் சொன்னான் சொன்னாள் சொன்னார் கேட்டான் கேட்டாள்",
    "te": "అన్నాడు అన్నది అన్నారు చెప్పాడు చెప్పింది అడిగాడు",
    "ja": "言う いう 申す 叫ぶ 尋ねる 答える 聞く 呼ぶ 話す 思う 云う 仰る 呟く 囁く 怒鳴る 申し上げる 述べる 告げる",
    "zh": "说 道 问 喊 叫 答 曰 云",  # 曰 and 云: classical Chinese's "says"
}
