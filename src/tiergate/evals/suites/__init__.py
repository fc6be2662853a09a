"""Built-in suites, one per module, each a plugin in ``tiergate.suites``."""
