"""Audit: an append-only, hash-chained event log (``log.AuditLog``) and its verifier."""
