"""Text: a document's reporting text normalized into blocks, fingerprinted for near-duplicates
(MinHash + LSH), and judged on-story or not. Pure CPU."""
from storywatch.text import dedup
from storywatch.text.normalize import Block, NormalizedDoc, content_hash, normalize_text
from storywatch.text.prepare import Prepared, prepare

__all__ = ["dedup", "Block", "NormalizedDoc", "content_hash", "normalize_text", "Prepared", "prepare"]
