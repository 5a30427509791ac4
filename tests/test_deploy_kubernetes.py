"""deploy/ Kubernetes manifests: valid against the Kubernetes API schemas (offline, the
schemas bundled with kubernetes-validate), and consistent with what faqbot reads and serves."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

import kubernetes_validate
import pytest
import yaml

from bot.config import Settings
from bot.faq.reader import load_faq_folder

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
KUBERNETES_VERSION = "1.37.0"
FILES = sorted((DEPLOY / "kubernetes").glob("*.yaml")) + [DEPLOY / "kubernetes-secrets.example.yaml"]


def documents() -> list[dict]:
    return [doc for path in FILES for doc in yaml.safe_load_all(path.read_text()) if doc]


def resource(kind: str, name: str) -> dict:
    (found,) = [d for d in documents() if d["kind"] == kind and d["metadata"]["name"] == name]
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_manifest_validates_strictly_against_the_kubernetes_schemas(path):
    docs = [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
    assert docs
    for doc in docs:
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_the_validator_rejects_a_misspelt_field_offline():
    deployment = resource("StatefulSet", "faqbot")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    container["readinesProbe"] = container.pop("readinessProbe")
    with pytest.raises(kubernetes_validate.ValidationError, match="readinesProbe"):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSION, strict=True)


def test_settings_and_secrets_name_real_faqbot_settings():
    fields = set(Settings.model_fields)
    settings = resource("ConfigMap", "faqbot-settings")["data"]
    secrets = resource("Secret", "faqbot-secrets")["stringData"]
    for key in [*settings, *secrets]:
        if key.startswith("FAQBOT_"):
            assert key.removeprefix("FAQBOT_").lower() in fields, key
        else:
            assert key in {"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"}, key
    # nothing secret in the ConfigMap; the database URLs and tokens only in the Secret
    assert not any(word in key for key in settings for word in ("URL", "TOKEN", "SECRET") if key != "FAQBOT_EMBED_API_BASE")
    assert {"FAQBOT_INDEX_PUBLISH_URL", "FAQBOT_DATABASE_URL", "SLACK_BOT_TOKEN"} <= set(secrets)
    Settings(**{k.removeprefix("FAQBOT_").lower(): v for k, v in settings.items()})  # the values parse
    assert settings["FAQBOT_INDEX_ROLE"] == "auto"


def test_the_statefulset_wires_ports_probes_volumes_and_a_disruption_budget():
    deployment = resource("StatefulSet", "faqbot")
    settings = resource("ConfigMap", "faqbot-settings")["data"]
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert ports == {"slack": int(settings["FAQBOT_PORT"]), "metrics": int(settings["FAQBOT_METRICS_PORT"])}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert {"configMapRef": {"name": "faqbot-settings"}} in container["envFrom"]
    assert {"secretRef": {"name": "faqbot-secrets"}} in container["envFrom"]
    assert container["resources"]["requests"] and container["resources"]["limits"]["memory"]
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in pod["volumes"]}
    # each pod has its own index folder (a cache of the published generations): never shared
    assert "emptyDir" in volumes[mounts[settings["FAQBOT_INDEX_DIR"]]]
    assert volumes[mounts[settings["FAQBOT_FAQ_DIR"]]]["configMap"]["name"] == "faqbot-faq"
    # the feedback log, and the spool beside it (the default FAQBOT_FEEDBACK_SPOOL_PATH), on the
    # pod's own persistent volume claim: spooled feedback outlives the pod
    from bot.feedback.spool import default_spool_path

    assert "FAQBOT_FEEDBACK_SPOOL_PATH" not in settings  # so the spool sits beside the log
    spool = default_spool_path(Path(settings["FAQBOT_FEEDBACK_LOG"]))
    claims = {claim["metadata"]["name"]: claim for claim in deployment["spec"]["volumeClaimTemplates"]}
    (spool_mount,) = [path for path in mounts if spool.parent == Path(path)]
    assert mounts[spool_mount] in claims and mounts[spool_mount] not in volumes
    assert claims[mounts[spool_mount]]["spec"]["accessModes"] == ["ReadWriteOnce"]
    assert deployment["spec"]["persistentVolumeClaimRetentionPolicy"]["whenScaled"] == "Retain"
    assert deployment["spec"]["serviceName"] == resource("Service", "faqbot")["metadata"]["name"]
    budget = resource("PodDisruptionBudget", "faqbot")
    assert budget["spec"]["selector"] == deployment["spec"]["selector"]
    assert deployment["spec"]["replicas"] > budget["spec"]["maxUnavailable"]
    service = resource("Service", "faqbot")
    assert service["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"]


def test_the_faq_configmap_is_a_valid_faq(tmp_path):
    for name, text in resource("ConfigMap", "faqbot-faq")["data"].items():
        (tmp_path / name).write_text(text)
    loaded = load_faq_folder(tmp_path)
    assert not loaded.errors and [entry.id for entry in loaded.entries] == ["reset-password"]


def test_the_probe_paths_are_served_by_the_metrics_server():
    from bot.metrics import start_metrics_server

    container = resource("StatefulSet", "faqbot")["spec"]["template"]["spec"]["containers"][0]
    server = start_metrics_server("127.0.0.1", 0)
    try:
        for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
            path = container[probe]["httpGet"]["path"]
            try:
                with urlopen(f"{server.url}{path}", timeout=10) as response:
                    status = response.status
                    json.loads(response.read() or b"{}")
            except HTTPError as error:  # 503 (not ready yet) is an answer; 404 is not
                status = error.code
            assert status in (200, 503), (probe, path, status)
    finally:
        server.stop()
