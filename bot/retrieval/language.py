"""Which language a question is written in, by counting scripts: no model, no download.

The bot only needs to pick between the answers maintainers wrote (Chinese and English in
the sample FAQ), so the rules are about scripts, not vocabulary:

- Japanese kana or Korean hangul present: ``ja`` / ``ko`` (so a Japanese question with
  kanji is not taken for Chinese).
- Otherwise Han characters are compared with Latin *words*: a Chinese speaker writes
  "我的order在哪里" (5 Han characters, 1 English word) and an English one "How do I
  pay with 支付宝?" (3 Han, 5 words). One Han character carries about as much as one
  short word, so the script with more units wins; a tie goes to Chinese,
  whose readers can more often read a few English words than the reverse.
- Latin words only: ``en``. This cannot tell English from French; with answers in
  both, a French question would get the English one.
- Neither (digits, emoji, punctuation): None, and the caller uses the default answer.
"""

from __future__ import annotations

import re
from typing import Optional

# CJK Unified Ideographs with extension A and the compatibility block; the rarer
# extensions (B and later, outside the BMP) are included through the astral ranges.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# Letters of the Latin script (ASCII and Latin-1/Extended-A/B, full-width ASCII).
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a]+")

CHINESE, ENGLISH, JAPANESE, KOREAN = "zh", "en", "ja", "ko"


def detect_language(text: str) -> Optional[str]:
    """``zh``, ``en``, ``ja``, ``ko``, or None when the text has no letters to go by."""
    if _KANA.search(text):
        return JAPANESE
    if _HANGUL.search(text):
        return KOREAN
    han = len(_HAN.findall(text))
    latin_words = len(_LATIN_WORD.findall(text))
    if han and han >= latin_words:
        return CHINESE
    if latin_words:
        return ENGLISH
    return None
