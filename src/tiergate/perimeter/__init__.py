"""Perimeter: API keys and rate limits."""
