"""Reports: a run's summary and worst examples (JSON / HTML), and paired run comparisons."""
