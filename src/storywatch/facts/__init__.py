"""Facts: the figures (money, percentages, durations, counts) and statuses a version reports, each
claim with its subject and role, and the alerts raised when a tracked fact changes. Pure CPU."""
from storywatch.facts.claims import STATUS_SUBJECT, UNRELATED, claims_for
from storywatch.facts.detect import PROMINENT_SENTENCES, FactState, detect, is_fact, settle, tracked_facts
from storywatch.facts.figures import extract_figures, parse_price
from storywatch.facts.grammar import Figure
from storywatch.facts.sentences import detect_language, split_sentences
from storywatch.facts.statuses import LIFECYCLE_OF, LIFECYCLES, STATUSES, StatusMention, extract_statuses, status_rank
from storywatch.facts.subjects import (SUBJECTS, classify_subject, figure_context, is_background, is_monotonic,
                                       revision_down, subject_info)

__all__ = ["STATUS_SUBJECT", "UNRELATED", "claims_for", "PROMINENT_SENTENCES", "FactState",
           "detect", "is_fact", "settle", "tracked_facts", "extract_figures", "parse_price", "Figure",
           "detect_language", "split_sentences", "STATUSES", "StatusMention", "extract_statuses",
           "LIFECYCLE_OF", "LIFECYCLES", "status_rank", "SUBJECTS", "classify_subject",
           "is_background", "figure_context", "subject_info", "is_monotonic", "revision_down"]
