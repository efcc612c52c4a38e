"""Facts: the figures (money, percentages, durations, counts) and statuses a version reports, each
claim with its subject and role, and the alerts raised when a tracked fact changes. Pure CPU.

The readers of text (statuses, subjects, claims) load on first use of one of their names: they
compile their patterns at import, most of two seconds, which a process that only detects, stores
or shows facts never needs. Detection, with the facts' vocabulary (lifecycles, subjects'
properties), is light and loads here (binding ``detect``, which its submodule would shadow).
"""
from importlib import import_module

from storywatch.facts.detect import (LIFECYCLE_OF, LIFECYCLES, PROMINENT_SENTENCES, STATUSES, SUBJECTS, UNRELATED,
                                     FactState, detect, is_fact, is_monotonic, revision_down, settle, status_rank,
                                     subject_info, tracked_facts)

__all__ = ["STATUS_SUBJECT", "UNRELATED", "claims_for", "PROMINENT_SENTENCES", "FactState",
           "detect", "is_fact", "settle", "tracked_facts", "extract_figures", "parse_price", "Figure",
           "detect_language", "split_sentences", "STATUSES", "StatusMention", "extract_statuses",
           "LIFECYCLE_OF", "LIFECYCLES", "status_rank", "SUBJECTS", "classify_subject",
           "is_background", "figure_context", "subject_info", "is_monotonic", "revision_down"]

# the names loaded on first use, by module
_LATER = {"STATUS_SUBJECT": "claims", "claims_for": "claims", "extract_figures": "figures", "parse_price": "figures",
          "Figure": "grammar", "detect_language": "sentences", "split_sentences": "sentences",
          "StatusMention": "statuses", "extract_statuses": "statuses", "classify_subject": "subjects",
          "is_background": "subjects", "figure_context": "subjects"}


def __getattr__(name: str):
    """A reader's public name, loaded with its module on first use (PEP 562)."""
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_LATER[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
