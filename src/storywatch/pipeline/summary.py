"""What a run added, summed over its batches, and the summary it prints."""
from __future__ import annotations

from dataclasses import dataclass, field

from storywatch.deliver import alert_json
from storywatch.records import Alert, Claim, SourceError
from storywatch.store import Plan

# A run's summary lists its first alerts and counts the rest: a backfill can raise hundreds of
# thousands, and holding each one for the summary would grow the run's memory with its input.
# Every alert is in the warehouse (`run_alerts`, `storywatch alerts`).
SUMMARY_ALERTS = 100


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 alert', '2 alerts', '0 new versions'."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


@dataclass(frozen=True)


class Summary:
    run_id: str
    story: str
    new_articles: int
    new_versions: int
    duplicates: int
    unchanged: int
    new_claims: int
    alerts: tuple[Alert, ...]       # the run's first SUMMARY_ALERTS alerts
    alert_count: int                # all of the run's alerts
    errors: tuple[SourceError, ...]
    rejected: int = 0

    def as_json(self) -> dict:
        return {"run_id": self.run_id, "story": self.story, "new_articles": self.new_articles,
                "new_versions": self.new_versions, "duplicates": self.duplicates,
                "unchanged": self.unchanged, "new_claims": self.new_claims, "rejected": self.rejected,
                "alert_count": self.alert_count, "alerts": [alert_json(a) for a in self.alerts],
                "source_errors": [{"source": e.source, "transient": e.transient, "message": e.message}
                                  for e in self.errors]}

    def lines(self) -> list[str]:
        out = [f"storywatch run {self.run_id} — story {self.story}: {count(self.new_articles, 'new article')}, "
               f"{count(self.new_versions, 'new version')} ({count(self.duplicates, 'duplicate')}), "
               f"{self.unchanged} unchanged, {count(self.new_claims, 'claim')}, {count(self.alert_count, 'alert')}, "
               f"{count(len(self.errors), 'source error')}, {self.rejected} rejected as off-story"]
        for a in self.alerts:
            old = a.old_status or a.old_text
            new = a.new_status or a.new_text
            out.append(f"  ALERT {a.kind} {a.subject}: {old!r} → {new!r}")
            out.append(f"        evidence: {a.evidence}")
            out.append(f"        sources: {a.old_url} → {a.new_url}")
        if self.alert_count > len(self.alerts):
            out.append(f"  … and {count(self.alert_count - len(self.alerts), 'more alert')}: storywatch sql "
                       f"\"SELECT * FROM alerts WHERE run_id = '{self.run_id}'\"")
        for e in self.errors:
            out.append(f"  source error: {e.message}")
        return out

@dataclass


class Totals:
    """What a run added, summed over its batches."""

    articles: int = 0
    versions: int = 0
    duplicates: int = 0
    unchanged: int = 0
    claims: int = 0
    rejected: int = 0
    alert_count: int = 0
    alerts: list[Alert] = field(default_factory=list)      # the first SUMMARY_ALERTS

    def add(self, p: Plan, claims: list[Claim], alerts: list[Alert]) -> None:
        self.articles += len(p.articles)
        self.versions += len(p.versions)
        self.duplicates += sum(1 for v, _ in p.versions if v.duplicate_of)
        self.unchanged += p.unchanged
        self.claims += len(claims)
        self.rejected += len(p.rejections)
        self.alert_count += len(alerts)
        self.alerts += alerts[:SUMMARY_ALERTS - len(self.alerts)]
