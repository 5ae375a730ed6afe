"""Skill names → canonical keys, so that "Forklift operation", "lái xe nâng" and "フォークリフト"
are one skill to the matcher.

Skills are free text typed by candidates, employers and recruiters' spreadsheets. The matcher
compares keys, not text: ``normalise_skill`` folds width and case (NFKC, casefold), turns
punctuation into spaces, looks the result up in ``skill_vocabulary`` (Vietnamese tone marks kept,
but insensitive to where a keyboard put them; and the unaccented spelling people type on phones
as a second try), then strips generic words ("operation", "operator", "work", "skills", "kỹ
năng", "作業" …) and English plurals, and looks up again. Text that is still unknown is kept as
its own key (after the same stripping), so "pallet jack operators" still meets "pallet jack".
"""

import functools
import re
import unicodedata
from collections.abc import Iterable

from matching.skill_vocabulary import SKILLS, Skill

# Punctuation and symbols become spaces; "+" and "#" stay because "C++" and "C#" are skills.
_KEEP_SYMBOLS = frozenset("+#")
_SPACES = re.compile(r"\s+")
_PARENTHESES = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")
# Latin combining marks (accents, Vietnamese tone marks, breve, circumflex and horn).
_LATIN_MARKS = range(0x0300, 0x0370)

# Words that describe how someone does a skill rather than which skill it is. Stripped only after
# the full text failed to match, so vocabulary names that contain them ("care work") still win.
_EN_TRAILING = (
    "operations",
    "operation",
    "operators",
    "operator",
    "operating",
    "works",
    "work",
    "workers",
    "worker",
    "skills",
    "skill",
    "experience",
    "driving",
    "driver",
    "certificate",
    "certification",
    "licence",
    "license",
    "qualification",
    "knowledge",
    "basics",
    "techniques",
    "technique",
    "tasks",
    "task",
    "jobs",
    "job",
)
_EN_LEADING = (
    "experience in",
    "experience with",
    "knowledge of",
    "basic",
    "advanced",
    "experienced",
    "skilled",
    "certified",
)
_VI_LEADING = (
    "kỹ năng",
    "kĩ năng",
    "kinh nghiệm",
    "vận hành",
    "chứng chỉ",
    "công việc",
    "công nhân",
    "nhân viên",
    "thợ",
    "làm",
)
_VI_TRAILING = ("cơ bản", "nâng cao")
_JA_TRAILING = (
    "作業",
    "業務",
    "技術",
    "技能",
    "経験",
    "資格",
    "免許",
    "操作",
    "運転",
    "全般",
    "関連",
    "スキル",
)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x9FFF  # CJK ideographs
        or 0xF900 <= code <= 0xFAFF
        or 0x31F0 <= code <= 0x31FF
    )


def clean(text: str) -> str:
    """NFKC, casefold, punctuation to spaces, single spaces; no spaces inside Japanese text."""
    text = unicodedata.normalize("NFKC", text).casefold()
    chars = []
    for char in text:
        category = unicodedata.category(char)
        if (category[0] in "PS" and char not in _KEEP_SYMBOLS) or category[0] == "Z":
            chars.append(" ")
        elif category[0] == "C":
            chars.append(" ")
        else:
            chars.append(char)
    text = _SPACES.sub(" ", "".join(chars)).strip()
    if any(_is_cjk(char) for char in text):
        # Japanese is written without spaces; "フォークリフト 運転" and "フォークリフト運転" are
        # the same words, so spaces next to Japanese characters carry no meaning.
        text = re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)
    return unicodedata.normalize("NFC", text)


def _has_latin_marks(text: str) -> bool:
    return any(
        ord(char) in _LATIN_MARKS or char in "đĐ" for char in unicodedata.normalize("NFD", text)
    )


def _fold_tones(text: str) -> str:
    """The same key for "hoà" and "hòa": each word's Latin marks sorted after its letters.

    Vietnamese keyboards disagree on which vowel carries the tone mark; the letters and the marks
    are what identify the word, so the lookup key keeps both but forgets the position.
    """
    words = []
    for word in text.split(" "):
        letters: list[str] = []
        marks: list[str] = []
        for char in unicodedata.normalize("NFD", word):
            (marks if ord(char) in _LATIN_MARKS else letters).append(char)
        words.append("".join(letters) + ("~" + "".join(sorted(marks)) if marks else ""))
    return " ".join(words)


def deaccent(text: str) -> str:
    """Latin letters without accents or tone marks ("lái xe nâng" → "lai xe nang"); kana kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if ord(char) not in _LATIN_MARKS)
    )


def _build_indexes(
    skills: Iterable[Skill],
) -> tuple[dict[str, str], dict[str, str], dict[str, Skill]]:
    exact: dict[str, str] = {}
    unaccented: dict[str, set[str]] = {}
    by_key: dict[str, Skill] = {}
    for skill in skills:
        if skill.key in by_key:
            raise ValueError(f"skill key {skill.key!r} is listed twice")
        by_key[skill.key] = skill
        for name in (skill.key, *skill.en, *skill.vi, *skill.ja):
            cleaned = clean(name)
            folded = _fold_tones(cleaned)
            if exact.get(folded, skill.key) != skill.key:
                raise ValueError(
                    f"skill name {name!r} belongs to both {exact[folded]!r} and {skill.key!r}"
                )
            exact[folded] = skill.key
            # "care records" is also found as "care record"; a plural shared by two skills is
            # left to the explicit names.
            exact.setdefault(_fold_tones(_singular(cleaned)), skill.key)
            if " " in cleaned or not _has_latin_marks(cleaned):
                # One unaccented Vietnamese syllable is too ambiguous ("tien" is "tiện", a lathe,
                # or "tiền", money), so only names of two or more words are indexed unaccented.
                unaccented.setdefault(deaccent(cleaned), set()).add(skill.key)
    # An unaccented spelling that could be two skills ("han" could be many words) is left out:
    # guessing would merge different skills, and an unknown key only costs a missed match.
    unique = {text: next(iter(keys)) for text, keys in unaccented.items() if len(keys) == 1}
    return exact, unique, by_key


def _lookup(cleaned: str) -> str | None:
    if not cleaned:
        return None
    found = _EXACT.get(_fold_tones(cleaned))
    if found is None and not _has_latin_marks(cleaned):
        # Typed without diacritics ("lai xe nang"): try the unaccented index. Text that carries
        # diacritics but is not in the vocabulary is a different word, so it is not guessed at.
        found = _UNACCENTED.get(cleaned)
    return found


def _strip_affixes(text: str) -> str:
    """One round of removing generic leading/trailing words; returns the text unchanged if none."""
    for suffix in _EN_TRAILING + _VI_TRAILING:
        if text.endswith(" " + suffix):
            return text[: -len(suffix) - 1]
    for prefix in _EN_LEADING + _VI_LEADING:
        if text.startswith(prefix + " "):
            return text[len(prefix) + 1 :]
    for suffix in _JA_TRAILING:
        # Keep at least two characters, so that a short word is never reduced to one kanji.
        if text.endswith(suffix) and len(text) - len(suffix) >= 2:
            return text[: -len(suffix)]
    return text


def _singular(text: str) -> str:
    """English plural of the last word ("care records" → "care record"); other text unchanged."""
    head, _, last = text.rpartition(" ")
    if len(last) <= 3 or not last.isascii() or not last.isalpha():
        return text
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("sses", "ches", "shes", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        last = last[:-1]
    return f"{head} {last}" if head else last


_EXACT, _UNACCENTED, SKILLS_BY_KEY = _build_indexes(SKILLS)


@functools.lru_cache(maxsize=65_536)
def normalise_skill(text: str) -> str:
    """The canonical key of a skill name; "" for blank text. Pure and cached."""
    cleaned = clean(text)
    if not cleaned:
        return ""
    candidates = [cleaned]
    without_notes = clean(_PARENTHESES.sub(" ", unicodedata.normalize("NFKC", text).casefold()))
    if without_notes and without_notes != cleaned:
        # "Welding (TIG, 3 years)": the note in brackets qualifies the skill, it is not the skill.
        candidates.append(without_notes)
    fallback = cleaned
    for attempt, start in enumerate(candidates):
        current = start
        while True:
            found = _lookup(current) or _lookup(_singular(current))
            if found:
                return found
            stripped = _strip_affixes(current)
            if stripped == current or not stripped:
                break
            current = stripped
        if attempt == 0:
            fallback = _singular(current)
    return fallback


def normalise_skills(texts: Iterable[str]) -> frozenset[str]:
    """The set of keys of several skill names, without blanks."""
    return frozenset(key for key in map(normalise_skill, texts) if key)


def skill_label(key: str, language: str = "en") -> str:
    """A readable name for a key in a language ("vi", "ja", "en"); unknown keys as they are."""
    skill = SKILLS_BY_KEY.get(key)
    if skill is None:
        return key
    names = {"vi": skill.vi, "ja": skill.ja}.get(language[:2], ()) or skill.en
    return names[0]


def sector_skill_keys(sector: str) -> tuple[str, ...]:
    """Keys of the vocabulary's skills tagged with a sector (used to generate synthetic data)."""
    return tuple(skill.key for skill in SKILLS if sector in skill.sectors)


GENERAL_SKILL_KEYS: tuple[str, ...] = tuple(skill.key for skill in SKILLS if not skill.sectors)
