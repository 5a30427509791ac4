"""The Slack bot: answers @-mentions, DMs and ``/faq`` from the FAQ, exactly once.

``create_app`` builds the Bolt app; ``runner.serve`` runs it in Socket Mode or HTTP mode.
"""
