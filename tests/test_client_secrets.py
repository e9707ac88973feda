"""The clients of the org host's secrets APIs, replayed from the recorded exchanges."""

from __future__ import annotations

import pytest

from client_support import CANARY, FIXTURES, PROJECT_ID, fixture_body
from semaphoreci_openapi.errors import NotFoundError
from semaphoreci_openapi.org_secrets_v1beta import Client as OrgSecretsClient
from semaphoreci_openapi.org_secrets_v1beta.models import (
    SecretInput,
    SecretInputData,
    SecretInputMetadata,
)
from semaphoreci_openapi.project_secrets_v1 import Client as ProjectSecretsClient
from semaphoreci_openapi.project_secrets_v1.models import (
    ProjectSecretFile,
    ProjectSecretInput,
    ProjectSecretInputData,
    ProjectSecretInputMetadata,
)
from semaphoreci_openapi.testing import FixtureTransport

ORG, PROJECT = "org-secrets-v1beta", "project-secrets-v1"


def _org() -> OrgSecretsClient:
    transport = FixtureTransport.from_path(FIXTURES / ORG)
    return OrgSecretsClient(CANARY, org_name="myorg", transport=transport)


def _project() -> ProjectSecretsClient:
    transport = FixtureTransport.from_path(FIXTURES / PROJECT)
    return ProjectSecretsClient(CANARY, org_name="myorg", transport=transport)


def test_org_secrets_pages_follow_next_page_token() -> None:
    names = [s.metadata.name for s in _org().iter_list_secrets(page_size=2)]
    pages = [fixture_body(ORG, "listSecrets.200"), fixture_body(ORG, "listSecrets.200.last-page")]
    assert names == [s["metadata"]["name"] for page in pages for s in page["secrets"]]


def test_org_secret_is_typed_and_its_times_parse() -> None:
    secret = _org().describe_secret("aws-credentials")
    recorded = fixture_body(ORG, "describeSecret.200")
    assert secret.to_dict() == recorded
    assert secret.metadata.create_time.datetime.timestamp() == int(
        recorded["metadata"]["create_time"]
    )
    assert secret.org_config is not None and secret.org_config.projects_access == "ALL"


def test_org_secret_create_and_delete() -> None:
    client = _org()
    recorded = fixture_body(ORG, "createSecret.200")
    body = SecretInput(
        metadata=SecretInputMetadata(name="aws-credentials"),
        data=SecretInputData.from_dict(fixture_body(ORG, "createSecret.200")["data"]),
    )
    created = client.create_secret(body=body)
    assert created.metadata.id == recorded["metadata"]["id"]
    assert client.delete_secret("aws-credentials").to_dict() == {}


def test_org_secret_unknown_is_not_found() -> None:
    with pytest.raises(NotFoundError) as caught:
        _org().describe_secret("does-not-exist")
    assert caught.value.status_code == 404
    assert "Secret does-not-exist not found" in str(caught.value)


def test_project_secrets_pages_follow_next_page_token() -> None:
    secrets = list(_project().iter_list_project_secrets(PROJECT_ID, page_size=1))
    pages = [
        fixture_body(PROJECT, "listProjectSecrets.200.first-page"),
        fixture_body(PROJECT, "listProjectSecrets.200.last-page"),
    ]
    expected = [s["metadata"]["name"] for page in pages for s in page["secrets"]]
    assert [s.metadata.name for s in secrets] == expected
    assert all(s.metadata.project_id_or_name == PROJECT_ID for s in secrets)


def test_project_secret_create_update_describe_delete() -> None:
    client = _project()
    key = fixture_body(PROJECT, "createProjectSecret.200")["data"]["files"][0]
    created = client.create_project_secret(
        "my-app",
        body=ProjectSecretInput(
            metadata=ProjectSecretInputMetadata(name="deploy-key"),
            data=ProjectSecretInputData(
                files=[ProjectSecretFile(path=key["path"], content=key["content"])]
            ),
        ),
    )
    assert created.data.files[0].content == key["content"]
    updated = client.update_project_secret(
        "my-app",
        "deploy-key",
        body=ProjectSecretInput.from_dict(
            {
                "metadata": {"name": "deploy-key"},
                "data": fixture_body(PROJECT, "updateProjectSecret.200")["data"],
            }
        ),
    )
    assert updated.metadata.update_time.datetime > created.metadata.update_time.datetime
    described = client.describe_project_secret("my-app", "deploy-key")
    assert described.to_dict() == fixture_body(PROJECT, "describeProjectSecret.200")
    assert client.delete_project_secret("my-app", "deploy-key").to_dict() == {}
