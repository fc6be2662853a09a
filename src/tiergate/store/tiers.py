"""Tables: tiers and access (filled in by its owner)."""
