"""Feedback and analytics: question outcomes, votes and accepted suggestions in a
database (SQLite by default, PostgreSQL for several replicas), with the maintainers'
report. Used by the Slack app and the CLI; knows nothing about Slack."""
