"""Hindi, Bengali and Tamil interrogatives, relatives and indefinites, bare or with a case ending or clitic
joined to them ("किसीने", "कहींसे", "जिन्होंने", "কোথাকার", "কাউকে", "எவனோ", "யாரோ", "எங்கிருந்தோ"): no
one's name, though they stand before a verb of saying or going as a subject does."""

from __future__ import annotations

import re

# Hindi's question and relative stems, and what may be joined to them
_HI_STEMS = "किसी किस किन किन्ह कहीं कहाँ कहां किधर कौन कोई क्या कुछ कब जिस जिन जिन्ह जो जहाँ जहां जिधर जब"
_HI_JOINED = ("", "ने", "से", "को", "का", "की", "के", "में", "पर", "ों", "ोंने", "ें", "े", "ी")
# Bengali's: কোথা- (where), কে/কা- (who), কী/কি (what), যে/যা- (who, which), কখন/যখন (when)
_BN = re.compile(r"^(?:কোথা|কোথ|কেউ|কাউ|কার|কারা|কাহা|কে|কী|কি|কিছু|কখন|কেন|কবে|যে|যার|যারা|যাকে|যাহা|যখন|যেথা)[\u0980-\u09ff]{0,4}$")
# Tamil's interrogative stems எ- and யார்- ("எவன்", "எங்கே", "எப்போது", "எது", "என்ன", "யாரை")
_TA_STEMS = ("எவ", "எங்", "எப்", "எத", "என்ன", "எந்த", "யார", "யாரு", "யார்")


def is_indefinite(word: str, language: str) -> bool:
    """Whether a word is an interrogative, relative or indefinite, perhaps with a case ending joined."""
    if language == "hi":
        return any(word.startswith(s) and word[len(s) :] in _HI_JOINED for s in _HI_STEMS.split())
    if language == "bn":
        return bool(_BN.match(word))
    if language == "ta":
        return word.startswith(_TA_STEMS)
    return False
