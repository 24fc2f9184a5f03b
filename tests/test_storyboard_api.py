"""A project's storyboard through the API on SQLite and PostgreSQL: read from the script once, then
versioned; replaced or patched (JSON Patch) on the version it was loaded at; a bad edit is a 422 naming
its path with nothing saved; a stale one a 409; ten versions kept, any restorable; another user's is 404;
the schema is published; the CLI validates a file with the same errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from filmstudio.cli.main import cli
from tests.conftest import register_and_login
from tests.helpers import assert_error

API = "/api/v1"
STORY = (
    "Maria fed her horse in the stable at dawn. Then Maria rode her horse to the village.\n\n"
    "In the village Maria met her friend Tom. Tom gave an apple to Maria."
)


def _project(client, headers) -> str:  # type: ignore[no-untyped-def]
    body = {"title": "Maria's ride", "script": STORY, "settings": {"duration": 30, "language": "en"}}
    response = client.post(f"{API}/projects", headers=headers, json=body)
    assert response.status_code == 201, response.text
    return response.json()["project_id"]


def _get(client, headers, project_id):  # type: ignore[no-untyped-def]
    response = client.get(f"{API}/projects/{project_id}/storyboard", headers=headers)
    assert response.status_code == 200, response.text
    return response


def test_read_once_then_edited_by_version(client) -> None:  # type: ignore[no-untyped-def]
    headers = register_and_login(client)["headers"]
    pid = _project(client, headers)
    first = _get(client, headers, pid)
    body = first.json()
    assert body["version"] == 1 and body["source"] == "read" and first.headers["ETag"] == '"1"'
    assert not body["script_changed"] and body["edits_since_reading"] == []
    board = body["storyboard"]
    assert {c["id"] for c in board["characters"]} >= {"maria"} and board["scenes"]
    assert any(m["verb"] == "ride" for s in board["scenes"] for m in s["moments"])  # the analysed reading
    assert _get(client, headers, pid).json()["version"] == 1  # reading once: a GET saves nothing new

    # a JSON Patch on version 1: the first scene moved to the beach at night
    ops = [
        {"op": "replace", "path": "/scenes/0/setting", "value": "beach"},
        {"op": "replace", "path": "/scenes/0/time_of_day", "value": "night"},
    ]
    patched = client.patch(f"{API}/projects/{pid}/storyboard", headers={**headers, "If-Match": '"1"'}, json=ops)
    assert patched.status_code == 200, patched.text
    assert patched.json()["version"] == 2 and patched.headers["ETag"] == '"2"'
    assert patched.json()["storyboard"]["scenes"][0]["setting"] == "beach"
    assert set(patched.json()["edits_since_reading"]) == {"/scenes/0/setting", "/scenes/0/time_of_day"}

    # the whole document, on version 2: a character that is not a person removed, its lines to the narrator
    doc = patched.json()["storyboard"]
    doc["scenes"][0]["things"].append({"key": "boat", "words": []})
    put = client.put(
        f"{API}/projects/{pid}/storyboard", headers={**headers, "If-Match": '"2"'}, json={"storyboard": doc}
    )
    assert put.status_code == 200, put.text
    assert put.json()["version"] == 3
    assert "boat" in {t["key"] for t in _get(client, headers, pid).json()["storyboard"]["scenes"][0]["things"]}


def test_a_stale_edit_is_refused_and_nothing_is_lost(client) -> None:  # type: ignore[no-untyped-def]
    headers = register_and_login(client)["headers"]
    pid = _project(client, headers)
    _get(client, headers, pid)
    mine = [{"op": "replace", "path": "/title", "value": "Mine"}]
    theirs = [{"op": "replace", "path": "/title", "value": "Theirs"}]
    assert (
        client.patch(f"{API}/projects/{pid}/storyboard", headers={**headers, "If-Match": '"1"'}, json=mine).status_code
        == 200
    )
    stale = client.patch(f"{API}/projects/{pid}/storyboard", headers={**headers, "If-Match": '"1"'}, json=theirs)
    error = assert_error(stale, 409, "INVALID_INPUT")
    assert error["details"] == {"current_version": 2, "your_version": 1}
    now = _get(client, headers, pid).json()
    assert now["version"] == 2 and now["storyboard"]["title"] == "Mine"


def test_a_bad_edit_names_its_path_and_saves_nothing(client) -> None:  # type: ignore[no-untyped-def]
    headers = register_and_login(client)["headers"]
    pid = _project(client, headers)
    _get(client, headers, pid)
    bad_value = [{"op": "replace", "path": "/scenes/0/time_of_day", "value": "teatime"}]
    error = assert_error(
        client.patch(f"{API}/projects/{pid}/storyboard", headers=headers, json=bad_value),
        422,
        "INVALID_INPUT",
    )
    assert error["details"]["errors"][0]["path"] == "/scenes/0/time_of_day"
    ghost = [{"op": "replace", "path": "/scenes/0/lines/0/character_id", "value": "ghost"}]
    error = assert_error(
        client.patch(f"{API}/projects/{pid}/storyboard", headers=headers, json=ghost), 422, "INVALID_INPUT"
    )
    assert error["details"]["errors"][0]["path"] == "/scenes/0/lines/0/character_id"
    nowhere = [{"op": "remove", "path": "/scenes/99"}]
    assert_error(client.patch(f"{API}/projects/{pid}/storyboard", headers=headers, json=nowhere), 422, "INVALID_INPUT")
    not_a_board = client.put(f"{API}/projects/{pid}/storyboard", headers=headers, json={"storyboard": {"scenes": "x"}})
    assert assert_error(not_a_board, 422, "INVALID_INPUT")["details"]["errors"][0]["path"] == "/scenes"
    assert _get(client, headers, pid).json()["version"] == 1  # nothing saved


def test_versions_are_kept_ten_deep_and_any_is_restorable(client) -> None:  # type: ignore[no-untyped-def]
    headers = register_and_login(client)["headers"]
    pid = _project(client, headers)
    _get(client, headers, pid)
    for n in range(2, 14):
        ops = [{"op": "replace", "path": "/title", "value": f"Take {n}"}]
        assert client.patch(f"{API}/projects/{pid}/storyboard", headers=headers, json=ops).status_code == 200
    listed = client.get(f"{API}/projects/{pid}/storyboard/versions", headers=headers).json()
    assert [v["version"] for v in listed["versions"]] == list(range(13, 3, -1)) and listed["kept"] == 10
    assert_error(client.get(f"{API}/projects/{pid}/storyboard/versions/2", headers=headers), 404, "NOT_FOUND")
    restored = client.post(f"{API}/projects/{pid}/storyboard/versions/5/restore", headers=headers)
    assert restored.status_code == 200, restored.text
    assert restored.json()["version"] == 14 and restored.json()["source"] == "restore"
    assert restored.json()["storyboard"]["title"] == "Take 5"


def test_editing_the_script_offers_to_read_it_again(client) -> None:  # type: ignore[no-untyped-def]
    headers = register_and_login(client)["headers"]
    pid = _project(client, headers)
    _get(client, headers, pid)
    client.patch(
        f"{API}/projects/{pid}/storyboard",
        headers=headers,
        json=[{"op": "replace", "path": "/scenes/0/weather", "value": "snow"}],
    )
    changed = client.patch(f"{API}/projects/{pid}", headers=headers, json={"script": STORY + " Maria waved."})
    assert changed.status_code == 200, changed.text
    now = _get(client, headers, pid).json()
    assert now["script_changed"] and now["edits_since_reading"] == ["/scenes/0/weather"]  # what would be lost
    reread = client.post(
        f"{API}/projects/{pid}/storyboard/reread", headers={**headers, "If-Match": f'"{now["version"]}"'}
    )
    assert reread.status_code == 200, reread.text
    body = reread.json()
    assert body["source"] == "read" and not body["script_changed"] and body["edits_since_reading"] == []
    assert "Maria waved." in json.dumps(body["storyboard"])


def test_another_users_storyboard_is_not_found(client) -> None:  # type: ignore[no-untyped-def]
    owner = register_and_login(client)["headers"]
    pid = _project(client, owner)
    _get(client, owner, pid)
    other = register_and_login(client, email="other@example.com")["headers"]
    for method, path, kwargs in (
        ("get", "", {}),
        ("put", "", {"json": {"storyboard": {}}}),
        ("patch", "", {"json": []}),
        ("get", "/versions", {}),
        ("post", "/versions/1/restore", {}),
        ("post", "/reread", {}),
    ):
        response = getattr(client, method)(f"{API}/projects/{pid}/storyboard{path}", headers=other, **kwargs)
        assert_error(response, 404, "PROJECT_NOT_FOUND")
    assert client.get(f"{API}/projects/{pid}/storyboard", headers={}).status_code == 401


def test_the_schema_is_published(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get(f"{API}/storyboard/schema").json()
    assert schema["title"] == "Storyboard" and "scenes" in schema["properties"]
    assert "Moment" in schema["$defs"] and "Scene" in schema["$defs"]


def test_the_cli_validates_a_file_with_the_same_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    good = tmp_path / "good.json"
    assert runner.invoke(cli, ["analyse", str(_script(tmp_path)), "--out", str(good)]).exit_code == 0
    assert runner.invoke(cli, ["storyboard", "validate", str(good)]).exit_code == 0
    document = json.loads(good.read_text())
    document["scenes"][0]["lines"][0]["character_id"] = "ghost"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    result = runner.invoke(cli, ["storyboard", "validate", str(bad)])
    assert result.exit_code == 2 and "/scenes/0/lines/0/character_id: no character 'ghost'" in result.output


def _script(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_a_film_is_made_from_the_edited_storyboard_or_the_script_as_it_now_is(client, db_settings) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.db.session import session_factory
    from filmstudio.models import Project
    from filmstudio.storyboards.service import to_render

    headers = register_and_login(client)["headers"]
    pid = _project(client, headers)

    def rendered():  # type: ignore[no-untyped-def]
        with session_factory(db_settings)() as session:
            return to_render(session, session.get(Project, __import__("uuid").UUID(pid)))

    assert rendered() is None  # never opened: the script is read at render time
    _get(client, headers, pid)
    assert rendered()["title"] == "Maria's ride"  # opened: its reading
    client.patch(f"{API}/projects/{pid}", headers=headers, json={"script": STORY + " Maria waved."})
    assert rendered() is None  # a reading of an old script is not what the film is made from
    client.patch(
        f"{API}/projects/{pid}/storyboard",
        headers=headers,
        json=[{"op": "replace", "path": "/title", "value": "Edited"}],
    )
    assert rendered()["title"] == "Edited"  # the creator's edits are, even on an older script


def test_the_cost_and_plan_limits_of_an_unsaved_edit(client) -> None:  # type: ignore[no-untyped-def]
    headers = register_and_login(client)["headers"]  # a free plan: one speaking character
    pid = _project(client, headers)
    doc = _get(client, headers, pid).json()
    board = doc["storyboard"]
    maria = next(c for c in board["characters"] if c["id"] == "maria")
    board["characters"].append({**maria, "id": "tom2", "name": "Tomas"})
    first, second = board["scenes"][0]["lines"][0], board["scenes"][-1]["lines"][-1]
    first["character_id"], second["character_id"] = "maria", "tom2"
    url = f"{API}/projects/{pid}/storyboard/estimate"
    two = client.post(url, headers=headers, json={"storyboard": board})
    assert two.status_code == 200, two.text
    assert two.json()["speaking_characters"] == 2
    assert two.json()["estimated_credits"] == doc["estimated_credits"]
    assert "allows 1 speaking character" in two.json()["plan_problems"][0]
    second["character_id"] = "maria"
    one = client.post(url, headers=headers, json={"storyboard": board}).json()
    assert (one["speaking_characters"], one["plan_problems"]) == (1, [])
    assert _get(client, headers, pid).json()["version"] == 1  # nothing saved
    board["scenes"][0]["setting"] = 7
    assert_error(client.post(url, headers=headers, json={"storyboard": board}), 422, "INVALID_INPUT")
