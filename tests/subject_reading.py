"""What the subject tests read from a sentence: each figure's subject and context, by the figure's
text (shared by tests/test_subjects_recalls.py, test_subjects_states.py, test_subjects_set4.py and
test_subjects_set5.py)."""
from storywatch.facts import classify_subject, extract_figures, figure_context


def read(sentence: str, lang: str | None = None) -> dict[str, tuple[str, str | None]]:
    figs = extract_figures(sentence, lang)
    return {f.text: (classify_subject(sentence, f), figure_context(sentence, f, figs)) for f in figs}


def subject_of(sentence: str, figure: str, lang: str | None = None) -> str:
    return read(sentence, lang)[figure][0]
