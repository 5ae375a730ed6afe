"""The OpenAPI schema and Swagger UI, served by the site itself (no CDN)."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_the_schema_validates_without_warnings(tmp_path):
    # --fail-on-warn turns any warning (an unresolvable type, a name clash) into an error.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "s.yaml"))

    assert "/api/v1/applications/{id}/transition/:" in (tmp_path / "s.yaml").read_text()


def test_the_schema_is_served_as_openapi_3(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")

    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/auth/token/" in schema["paths"]
    error = schema["components"]["schemas"]["Error"]
    assert set(error["properties"]) == {"errors", "status"}


def test_swagger_ui_loads_its_files_from_this_site(client):
    page = client.get("/api/docs/")

    assert page.status_code == 200
    html = page.content.decode()
    assert "cdn" not in html.lower()
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    for asset in assets:
        # Shipped by drf-spectacular-sidecar and collected with the site's static files.
        assert finders.find(asset.removeprefix("/static/")) is not None, asset
