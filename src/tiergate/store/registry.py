"""Tables: registry (filled in by its owner)."""
