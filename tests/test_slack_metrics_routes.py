"""HTTP mode serves /metrics and /healthz beside Slack's events endpoint."""

import httpx


def test_metrics_and_health_beside_slack_events(http_app, faq_service):
    base = http_app.url.rsplit("/slack/events", 1)[0]
    faq_service.answer("forgot my password")
    metrics = httpx.get(f"{base}/metrics", timeout=10)
    assert metrics.status_code == 200
    assert "faqbot_questions_total" in metrics.text
    assert httpx.get(f"{base}/healthz", timeout=10).status_code == 200
    unsigned = httpx.post(http_app.url, content=b"{}", timeout=10)
    assert unsigned.status_code == 401  # the Slack endpoint still verifies signatures
