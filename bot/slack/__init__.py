"""The Slack bot: answers @-mentions, DMs and ``/faq`` from the FAQ, exactly once.

``assembly`` checks the settings against the world (ports, Slack, tokens) and builds every
part of ``faqbot serve`` from them, in order; ``runner.serve`` runs it in Socket Mode or
HTTP mode; ``app.create_app`` builds the Bolt app alone (tests, benches).
"""
