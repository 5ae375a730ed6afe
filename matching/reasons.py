"""Reasons as sentences, in the reader's language.

The matcher produces ``Reason(code, params)``; this module alone turns them into text, so every
message the matcher can say is here, in English msgids that ``makemessages`` collects for the vi
and ja catalogues. ``rank_candidates`` always renders English; the site renders in the reader's
language with ``render_reason(reason, language)``.
"""

from collections.abc import Callable, Mapping
from typing import Any

from django.utils import translation
from django.utils.translation import gettext, gettext_noop, ngettext_lazy

from matching.reference_data import display_name
from matching.skills import skill_label
from matching.types import Reason

# code → msgid. Parameters are formatted first (see _display_params), so msgids use %(name)s.
MESSAGES: dict[str, str] = {
    # How well the candidate fits the job.
    "required_skills": gettext_noop("Has %(matched)s of %(required)s required skills"),
    "required_skills_missing": gettext_noop(
        "Has %(matched)s of %(required)s required skills (missing: %(missing)s)"
    ),
    "preferred_skills": gettext_noop("Has %(matched)s of %(preferred)s preferred skills"),
    "jlpt_meets_minimum": gettext_noop("JLPT %(actual)s meets %(required)s minimum"),
    "jft_meets_minimum": gettext_noop("JFT-Basic (N4 level) meets %(required)s minimum"),
    "jlpt_level": gettext_noop("Has JLPT %(actual)s"),
    "jft_level": gettext_noop("Has passed JFT-Basic (N4 level)"),
    "no_japanese_certificate": gettext_noop("No Japanese certificate yet"),
    "sector_wanted": gettext_noop("Wants to work in %(sector)s"),
    "sector_wanted_you": gettext_noop("In a field you want: %(sector)s"),
    "sector_open": gettext_noop("Open to any field"),
    "sector_not_wanted": gettext_noop("Has not chosen %(sector)s as a field"),
    "sector_not_wanted_you": gettext_noop("Not among the fields you chose: %(sector)s"),
    "track_ssw_test": gettext_noop("Passed the SSW skills test in %(sector)s"),
    "track_ssw2_test": gettext_noop("Passed the SSW (ii) skills test in %(sector)s"),
    "track_titp": gettext_noop("Completed Technical Intern Training in %(sector)s"),
    "prefecture_wanted": gettext_noop("Wants to work in %(prefecture)s"),
    "prefecture_wanted_you": gettext_noop("In a prefecture you want: %(prefecture)s"),
    "prefecture_anywhere": gettext_noop("Open to anywhere in Kyushu"),
    "prefecture_not_wanted": gettext_noop("Prefers prefectures other than %(prefecture)s"),
    "prefecture_not_wanted_you": gettext_noop("Not in a prefecture you chose: %(prefecture)s"),
    "pay_above_wish": gettext_noop("Pay ¥%(pay)s is above their wish"),
    "pay_above_wish_you": gettext_noop("Pay ¥%(pay)s is above your wish of ¥%(wish)s"),
    "pay_meets_wish": gettext_noop("Pay ¥%(pay)s meets their wish"),
    "pay_meets_wish_you": gettext_noop("Pay ¥%(pay)s meets your wish"),
    "pay_below_wish": gettext_noop("Pay ¥%(pay)s is below their wish of ¥%(wish)s"),
    "pay_below_wish_you": gettext_noop("Pay ¥%(pay)s is below your wish of ¥%(wish)s"),
    "experience_meets": gettext_noop("%(years)s years of experience (%(required)s wanted)"),
    "experience_below": gettext_noop(
        "%(years)s years of experience, fewer than the %(required)s wanted"
    ),
    "experience": gettext_noop("%(years)s years of experience"),
    "has_degree": gettext_noop("Has a relevant degree"),
    # What makes the job attractive to the worker.
    "zero_fee": gettext_noop("No recruitment fees for the worker"),
    "housing_provided": gettext_noop("Housing provided by the employer"),
    "housing_allowance": gettext_noop("Housing allowance"),
    "pay_above_floor": gettext_noop("Pays %(percent)s%% above the local minimum wage"),
    # Hard rules that failed.
    "pay_below_minimum_wage": gettext_noop(
        "Pay of ¥%(hourly)s an hour is below the minimum wage in %(prefecture)s (¥%(floor)s)"
    ),
    "needs_jlpt": gettext_noop("Needs JLPT %(required)s or higher (has %(actual)s)"),
    "needs_jlpt_for_visa": gettext_noop(
        "%(visa)s needs JLPT %(required)s or higher (has %(actual)s)"
    ),
    "needs_jlpt_or_jft_for_visa": gettext_noop(
        "%(visa)s needs JLPT %(required)s or JFT-Basic (has %(actual)s)"
    ),
    "needs_ssw_skill_test": gettext_noop("%(visa)s needs the skills test in %(sector)s"),
    "needs_ssw2_skill_test": gettext_noop("%(visa)s needs the SSW (ii) skills test in %(sector)s"),
    "needs_care_japanese_test": gettext_noop(
        "%(visa)s in nursing care needs the Nursing Care Japanese Language Evaluation Test"
    ),
    "needs_degree_or_experience": gettext_noop(
        "%(visa)s needs a related degree or %(years)s years' experience (has %(actual)s)"
    ),
    "visa_sector_not_covered": gettext_noop("%(visa)s does not cover %(sector)s"),
    "visa_closed": gettext_noop("%(visa)s takes no new entrants from %(date)s"),
    "visa_not_open_yet": gettext_noop("%(visa)s starts on %(date)s"),
    "no_visa_types": gettext_noop("The vacancy names no residence status to hire under"),
    "unknown_visa": gettext_noop("Unknown residence status: %(visa)s"),
}

# Unlock hints: "Passing JLPT N3 would open 4 more jobs" (singular, plural).
# ngettext_lazy with "count" picks the plural form from the "count" parameter at formatting.
PLURAL_MESSAGES: dict[str, Any] = {
    "unlock_jlpt": ngettext_lazy(
        "Passing JLPT %(level)s would open %(count)s more job",
        "Passing JLPT %(level)s would open %(count)s more jobs",
        "count",
    ),
    "unlock_jft_basic": ngettext_lazy(
        "Passing JFT-Basic would open %(count)s more job",
        "Passing JFT-Basic would open %(count)s more jobs",
        "count",
    ),
    "unlock_ssw_skill_test": ngettext_lazy(
        "Passing the SSW skills test in %(sector)s would open %(count)s more job",
        "Passing the SSW skills test in %(sector)s would open %(count)s more jobs",
        "count",
    ),
    "unlock_ssw2_skill_test": ngettext_lazy(
        "Passing the SSW (ii) skills test in %(sector)s would open %(count)s more job",
        "Passing the SSW (ii) skills test in %(sector)s would open %(count)s more jobs",
        "count",
    ),
    "unlock_care_japanese_test": ngettext_lazy(
        "Passing the Nursing Care Japanese Language Evaluation Test would open %(count)s more job",
        "Passing the Nursing Care Japanese Language Evaluation Test would open %(count)s more jobs",
        "count",
    ),
}

VISA_NAMES: dict[str, str] = {
    "ssw1": gettext_noop("SSW (i)"),
    "ssw2": gettext_noop("SSW (ii)"),
    "titp": gettext_noop("Technical Intern Training"),
    "esd": gettext_noop("Employment for Skill Development"),
    "engineer": gettext_noop("The Engineer visa"),
}


def _number(value: object) -> str:
    """12345 → "12,345"; 2.0 → "2"; 2.5 → "2.5"."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def _display_params(params: Mapping[str, object], language: str) -> dict[str, object]:
    shown: dict[str, object] = {}
    formatters: dict[str, Callable[[object], str]] = {
        "sector": lambda slug: display_name("sector", str(slug), language),
        "prefecture": lambda slug: display_name("prefecture", str(slug), language),
        "visa": lambda slug: gettext(VISA_NAMES[str(slug)]) if slug in VISA_NAMES else str(slug),
        "actual": lambda value: _number(value) if value is not None else gettext("none"),
        "missing": lambda keys: ", ".join(
            skill_label(str(key), language)
            for key in keys  # type: ignore[attr-defined]
        ),
    }
    for name, value in params.items():
        formatter = formatters.get(name)
        shown[name] = formatter(value) if formatter else _number(value)
    return shown


def _msgid(reason: Reason) -> str:
    code = reason.code
    if code == "needs_jlpt" and "visa" in reason.params:
        return (
            "needs_jlpt_or_jft_for_visa"
            if reason.params.get("jft_accepted")
            else "needs_jlpt_for_visa"
        )
    if reason.params.get("you") and f"{code}_you" in MESSAGES:
        return f"{code}_you"
    return code


def render_reason(reason: Reason, language: str = "en") -> str:
    """One reason as a sentence in ``language`` ("en", "vi", "ja")."""
    with translation.override(language):
        params = _display_params(reason.params, language)
        if reason.code in PLURAL_MESSAGES:
            # The plural form is chosen from the number itself, not its formatted text.
            params["count"] = int(reason.params.get("count", 0))  # type: ignore[call-overload]
            return str(PLURAL_MESSAGES[reason.code] % params)
        msgid = MESSAGES.get(_msgid(reason))
        if msgid is None:
            return reason.code
        return gettext(msgid) % params


def render_reasons(reasons: tuple[Reason, ...] | list[Reason], language: str = "en") -> list[str]:
    return [render_reason(reason, language) for reason in reasons]
