"""What the generator makes of the upstream spec with NO fix applied, next to the real output.

openapi-python-client runs once on the cut alone (no overlay, no preprocess, no class
override) restricted to six operations (~2 s); each test shows one defect in that package
and its absence from the committed generated/ package. The spec-level counterparts, one fix
left out at a time, are in test_defects.py.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from cut import HTTP_METHODS, cut
from telnyx_messaging_api.api.messages import cancel_message, get_message, send_message
from telnyx_messaging_api.api.opt_out_management import list_opt_outs
from telnyx_messaging_api.models import CreateMessageRequest, MessagingErrors, UpdateMessagingProfileRequest
from tests.generation.conftest import Upstream
from tests.generation.helpers import GENERATED, REPO, SAMPLE_UUID, Wire

pytestmark = pytest.mark.slow

UNFIXED = "unfixed_telnyx_api"
OPERATIONS = {
    "ListOptOuts",
    "UpdateMessagingProfile",
    "CancelMessage",
    "GetMessage",
    "SendMessage",
    "SendWhatsappMessage",
}
BIN = Path(sys.executable).parent
ERROR_BODY = {"errors": [{"code": "10007", "title": "t", "detail": "d", "source": {"pointer": "/to"}}]}


def _message(status: str) -> dict[str, Any]:
    return {"data": {"direction": "outbound", "to": [{"phone_number": "+18445550001", "status": status}]}}


def _only(spec: dict[str, Any], operation_ids: set[str]) -> dict[str, Any]:
    paths = {}
    for path, item in spec["paths"].items():
        kept = {m: op for m, op in item.items() if m in HTTP_METHODS and op.get("operationId") in operation_ids}
        if kept:
            paths[path] = {**{k: v for k, v in item.items() if k not in HTTP_METHODS}, **kept}
    return {**spec, "paths": paths}


@pytest.fixture(scope="module")
def unfixed_root(upstream_new: Upstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("unfixed")
    scope = {**yaml.safe_load((REPO / "openapi" / "scope.yml").read_text(encoding="utf-8")), "min_operations": 1}
    spec = cut(_only(upstream_new.spec, OPERATIONS), {**scope, "webhooks": []})
    (root / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    config = yaml.safe_load((REPO / "generator_config.yml").read_text(encoding="utf-8"))
    del config["class_overrides"]  # D7 off
    config.update(package_name_override=UNFIXED, post_hooks=[])
    (root / "config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    command = [str(BIN / "openapi-python-client"), "generate", "--path", str(root / "spec.json")]
    command += ["--config", str(root / "config.yml"), "--meta", "none", "--output-path", str(root / UNFIXED)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(root))
    yield root
    sys.path.remove(str(root))
    for name in [name for name in sys.modules if name.startswith(UNFIXED)]:
        del sys.modules[name]


def _unfixed(unfixed_root: Path, module: str) -> ModuleType:
    return importlib.import_module(f"{UNFIXED}.{module}")


def _client(unfixed_root: Path, wire: Wire) -> Any:
    return wire.client(_unfixed(unfixed_root, "client").Client)


def _model_stems(package: Path) -> set[str]:
    return {path.stem for path in (package / "models").glob("*.py")}


def test_d1_unfixed_sends_unbracketed_page_parameters(unfixed_root: Path, wire: Wire) -> None:
    page = _unfixed(unfixed_root, "models.list_opt_outs_page").ListOptOutsPage(number=2)
    _unfixed(unfixed_root, "api.opt_out_management.list_opt_outs").sync_detailed(
        client=_client(unfixed_root, wire), page=page
    )
    assert wire.query() == "number=2&size=20"  # no brackets (D1), and a size nobody asked for (D5)
    list_opt_outs.sync_detailed(client=wire.client(), pagenumber=2)
    assert wire.query() == "page[number]=2"


def test_d2_unfixed_names_classes_after_status_codes(unfixed_root: Path) -> None:
    assert "get_message_response_200" in _model_stems(unfixed_root / UNFIXED)
    assert "get_message_response_200" not in _model_stems(GENERATED)
    assert "get_message_response" in _model_stems(GENERATED)


def test_d3_unfixed_cannot_parse_a_real_error_body(unfixed_root: Path, wire: Wire) -> None:
    wire.status, wire.body = 404, ERROR_BODY
    with pytest.raises(KeyError):
        _unfixed(unfixed_root, "api.messages.cancel_message").sync(SAMPLE_UUID, client=_client(unfixed_root, wire))
    assert isinstance(cancel_message.sync(SAMPLE_UUID, client=wire.client()), MessagingErrors)


def test_d4_unfixed_body_is_optional(unfixed_root: Path) -> None:
    unfixed_send = _unfixed(unfixed_root, "api.messages.send_message").sync_detailed
    assert inspect.signature(unfixed_send).parameters["body"].default is not inspect.Parameter.empty
    assert inspect.signature(send_message.sync_detailed).parameters["body"].default is inspect.Parameter.empty


def test_d5_unfixed_requests_carry_server_defaults(unfixed_root: Path) -> None:
    profile = _unfixed(unfixed_root, "models.update_messaging_profile_request").UpdateMessagingProfileRequest
    assert profile(name="Renamed").to_dict() == {
        "name": "Renamed",
        "mms_fall_back_to_sms": False,
        "mms_transcoding": False,
        "mobile_only": False,
        "smart_encoding": False,
    }
    assert UpdateMessagingProfileRequest(name="Renamed").to_dict() == {"name": "Renamed"}
    message = _unfixed(unfixed_root, "models.create_message_request").CreateMessageRequest
    assert message(to="+18445550001", text="hi").to_dict()["encoding"] == "auto"
    assert "encoding" not in CreateMessageRequest(to="+18445550001", text="hi").to_dict()


def test_d6_unfixed_fails_on_an_unknown_enum_value(unfixed_root: Path, wire: Wire) -> None:
    unfixed_get = _unfixed(unfixed_root, "api.messages.get_message").sync
    wire.status, wire.body = 200, _message("delivered")
    assert unfixed_get(SAMPLE_UUID, client=_client(unfixed_root, wire)).data.to[0].status == "delivered"
    wire.body = _message("brand_new")  # one new status value and the whole response is lost
    with pytest.raises(TypeError, match="Unexpected value"):
        unfixed_get(SAMPLE_UUID, client=_client(unfixed_root, wire))
    committed: Any = get_message.sync(SAMPLE_UUID, client=wire.client())
    assert committed.data.to[0].status == "brand_new"


def test_d7_unfixed_whatsapp_model_fails_mypy_strict(unfixed_root: Path, tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")  # not the repo's settings: only --strict
    cache = REPO / "build" / "mypy-cache-generation-tests"  # build/ is gitignored; warm runs take ~1 s
    command = [str(BIN / "mypy"), "--strict", "--config-file", str(config), "--cache-dir", str(cache)]
    command.append(f"{UNFIXED}/models/whatsapp_message.py")
    result = subprocess.run(command, cwd=unfixed_root, capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stdout
    assert "whatsapp_message.py" in result.stdout
    assert "Incompatible types in assignment" in result.stdout
    # The committed module (checked with mypy --strict by `make check-generated`) builds the
    # instance as `obj` (openapi/templates), so no local variable can shadow a field's name.
    fixed = (GENERATED / "models" / "send_whatsapp_message_request.py").read_text(encoding="utf-8")
    assert "obj: Self = new_model(cls)" in fixed
    assert not re.search(r"^\s*whatsapp_message\s*=", fixed, flags=re.MULTILINE)


def test_d8_unfixed_names_nullable_objects_type0(unfixed_root: Path) -> None:
    assert "outbound_message_payload_cost_type_0" in _model_stems(unfixed_root / UNFIXED)
    assert "outbound_message_payload_cost" in _model_stems(GENERATED)
    assert not [stem for stem in _model_stems(GENERATED) if "type_0" in stem]
