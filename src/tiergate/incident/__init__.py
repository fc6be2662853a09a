"""Incident response: kill switch and degrade mode."""
