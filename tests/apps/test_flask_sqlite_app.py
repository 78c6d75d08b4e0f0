"""A realistic app written against the official SDK, with only the import changed: a Flask
service that sends an SMS, stores `response.data.id` in sqlite, and matches the delivery
webhook's id to it (as the 42 public Flask apps in issue #11 do). The API is the in-process
TelnyxFake; the webhook is signed with the fake's key."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from flask import Flask, request

from telnyx_messaging import Telnyx, testing
from telnyx_messaging.webhooks import WebhookVerificationError

FROM, TO = "+18005550101", "+13125550001"


def create_app(client: Telnyx, database: Path, public_key: str) -> Flask:
    """The app as its authors wrote it for `from telnyx import Telnyx`."""
    app = Flask(__name__)
    db = sqlite3.connect(database, check_same_thread=False)
    db.execute("CREATE TABLE messages (id TEXT PRIMARY KEY, recipient TEXT, status TEXT)")
    sent_by_id: dict[str, str] = {}

    @app.post("/send")
    def send() -> dict[str, Any]:
        form = request.get_json()
        response = client.messages.send(from_=FROM, to=form["to"], text=form["text"])
        message = response.data
        db.execute("INSERT INTO messages VALUES (?, ?, ?)", (message.id, form["to"], "queued"))
        db.commit()
        sent_by_id[message.id] = form["to"]
        return {"id": message.id, "payload": message.to_dict()}

    @app.post("/webhooks/telnyx")
    def webhook() -> tuple[str, int]:
        try:
            event = client.webhooks.unwrap(request.get_data(), request.headers, public_key=public_key)
        except WebhookVerificationError:
            return "invalid", 400
        payload = json.loads(request.get_data())["data"]["payload"]
        if payload["id"] not in sent_by_id or payload["id"] != event.data.payload.id:
            return "unknown message", 404
        db.execute("UPDATE messages SET status = ? WHERE id = ?", (payload["to"][0]["status"], payload["id"]))
        db.commit()
        return "", 204

    @app.get("/messages/<message_id>")
    def show(message_id: str) -> dict[str, Any]:
        row = db.execute("SELECT recipient, status FROM messages WHERE id = ?", (message_id,)).fetchone()
        return {"recipient": row[0], "status": row[1]}

    return app


@pytest.fixture
def fake() -> Any:
    return testing.TelnyxFake()


def test_the_app_stores_the_id_and_matches_the_delivery_webhook(fake: Any, tmp_path: Path) -> None:
    client = Telnyx("test-key", http_client=httpx.Client(transport=fake.transport))
    app = create_app(client, tmp_path / "app.sqlite3", fake.public_key).test_client()

    sent = app.post("/send", json={"to": TO, "text": "Your code is 1234"})
    assert sent.status_code == 200, sent.text
    message_id = sent.json["id"]
    assert message_id == fake.messages[0]["id"]
    assert json.dumps(sent.json["payload"])  # to_dict() is JSON

    body, headers = fake.signer.request(testing.message_finalized(id=message_id, to=TO, status="delivered"))
    delivered = app.post("/webhooks/telnyx", data=body, headers=headers)
    assert delivered.status_code == 204, delivered.text
    assert app.get(f"/messages/{message_id}").json == {"recipient": TO, "status": "delivered"}

    forged = app.post("/webhooks/telnyx", data=body.replace(b"delivered", b"failed"), headers=headers)
    assert forged.status_code == 400
