"""The console is safe by default: loopback unless a token is set, CSRF and origin checks on
every write, stale previews and paths outside the FAQ folder refused."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time

import httpx
import pytest
from pydantic import SecretStr

from bot.config import Settings
from bot.console.app import PREFIX
from bot.console.forms import MAX_FORM_BYTES
from bot.console.security import ConsoleSetupError, check_bind, is_loopback
from bot.console.server import console_context
from console_support import COURIER, console_settings, form_values, one, running_console

TOKEN = "console-test-token-9f3a1c"


@pytest.fixture
def console(tmp_path, local_embed_model):
    with running_console(console_settings(tmp_path), local_embed_model, watch=False) as running:
        yield running


def preview_form(console) -> dict:
    preview = console.get(f"{PREFIX}/alternate/preview", faq_id="shipping-time", question=COURIER)
    assert preview.status_code == 200
    return form_values(preview.text, "alternate-write-form")


# -- CSRF and origin ------------------------------------------------------------------
@pytest.mark.parametrize("change", ["missing", "wrong", "other session"])
def test_a_write_without_the_right_csrf_token_is_refused_and_nothing_is_written(console, change):
    before = console.faq_file.read_bytes()
    form = preview_form(console)
    if change == "missing":
        del form["csrf_token"]
    elif change == "wrong":
        form["csrf_token"] = "0" * 64
    else:  # a token from another browser session is no good in this one
        other = httpx.Client(base_url=console.url, headers={"Origin": console.url})
        form["csrf_token"] = form_values(other.get(f"{PREFIX}/draft").text, "draft-form")["csrf_token"]
        other.close()
    response = console.post(f"{PREFIX}/alternate", form)
    assert response.status_code == 403
    assert "CSRF" in one(response.text, "error-reason").text
    assert console.faq_file.read_bytes() == before


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"},
    {"Origin": "http://127.0.0.1:1"},          # same host, another port: another origin
    {"Origin": "", "Referer": "http://evil.example/page"},
    {"Origin": ""},                            # neither Origin nor Referer
])
def test_a_write_from_another_origin_is_refused(console, headers):
    before = console.faq_file.read_bytes()
    form = preview_form(console)
    client = httpx.Client(base_url=console.url, cookies=console.client.cookies,
                          headers={k: v for k, v in headers.items() if v})
    response = client.post(f"{PREFIX}/alternate", data=form)
    client.close()
    assert response.status_code == 403
    assert console.faq_file.read_bytes() == before


def test_a_write_is_post_only(console):
    form = preview_form(console)
    assert console.get(f"{PREFIX}/alternate", **form).status_code == 405


def test_without_a_token_only_loopback_host_names_are_served(console):
    rebound = console.client.get(f"{PREFIX}/hits", headers={"Host": "attacker.example"})
    assert rebound.status_code == 403
    for host in ("localhost", f"127.0.0.1:{console.url.rsplit(':', 1)[1]}"):
        assert console.client.get(f"{PREFIX}/hits", headers={"Host": host}).status_code == 200


def test_pages_forbid_framing_and_foreign_scripts(console):
    response = console.get(f"{PREFIX}/hits")
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    session = response.headers["set-cookie"]
    assert "HttpOnly" in session and "SameSite=strict" in session and "Path=/console" in session


# -- stale previews, hostile fields ---------------------------------------------------
def test_a_preview_made_stale_by_another_edit_is_refused(console):
    form = preview_form(console)
    edited = console.faq_file.read_bytes() + b"\n## Do you gift wrap?\nid: gift-wrap\n\nYes.\n"
    console.faq_file.write_bytes(edited)
    response = console.post(f"{PREFIX}/alternate", form)
    assert response.status_code == 409
    assert "changed since the preview" in one(response.text, "error-reason").text
    assert console.faq_file.read_bytes() == edited
    # A fresh preview of the same change then goes through.
    again = console.post(f"{PREFIX}/alternate", preview_form(console))
    assert again.status_code == 303
    assert console.faq_file.read_bytes() == edited.replace(
        b"- how many days is delivery\n", f"- how many days is delivery\n- {COURIER}\n".encode(), 1)


def test_a_forged_file_hash_is_refused(console):
    form = preview_form(console) | {"sha256": "f" * 64}
    before = console.faq_file.read_bytes()
    assert console.post(f"{PREFIX}/alternate", form).status_code == 409
    assert console.faq_file.read_bytes() == before


@pytest.mark.parametrize("file_name", [
    "../outside.md", "../../etc/passwd.md", "/tmp/abs.md", "a/../../outside.md", ".hidden.md",
    "notes.txt", "sub\\..\\..\\x.md", "x" * 300 + ".md", "",
])
def test_draft_paths_outside_the_faq_folder_are_refused_naming_the_field(console, file_name, tmp_path):
    response = console.post(f"{PREFIX}/draft/preview", {
        "csrf_token": console.csrf(), "question": "Do you ship abroad?", "alternates": "", "id": "",
        "answer": "Yes, to 30 countries.", "file": file_name or " "})
    if file_name == "":  # empty: the default drafts file is used
        assert response.status_code == 200
        assert one(response.text, "preview-file").text == "drafts.md"
        return
    assert response.status_code == 400, response.text
    assert one(response.text, "error").attrs["data-field"] == "file"
    assert not (tmp_path / "outside.md").exists()


def test_a_symlink_out_of_the_faq_folder_is_refused(console, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (console.settings.faq_dir / "linked").symlink_to(outside, target_is_directory=True)
    response = console.post(f"{PREFIX}/draft/preview", {
        "csrf_token": console.csrf(), "question": "Q?", "alternates": "", "id": "", "answer": "A.",
        "file": "linked/drafts.md"})
    assert response.status_code == 400 and one(response.text, "error").attrs["data-field"] == "file"


@pytest.mark.parametrize("params, field", [
    ({"faq_id": "../../etc/passwd", "question": "x"}, "faq_id"),
    ({"faq_id": "no such id", "question": "x"}, "faq_id"),
    ({"faq_id": "unknown-entry", "question": "x"}, "faq_id"),
    ({"faq_id": "shipping-time", "question": ""}, "question"),
    ({"faq_id": "shipping-time", "question": "x" * 2001}, "question"),
    ({"faq_id": "shipping-time", "question": "when will my parcel arrive"}, "question"),  # already there
    ({"faq_id": "shipping-time"}, "question"),
])
def test_hostile_alternate_fields_get_400_naming_the_field(console, params, field):
    response = console.get(f"{PREFIX}/alternate/preview", **params)
    assert response.status_code == 400
    assert one(response.text, "error").attrs["data-field"] == field


def test_an_oversized_or_repeated_form_is_refused(console):
    csrf = console.csrf()
    big = console.post(f"{PREFIX}/draft/preview", {"csrf_token": csrf, "answer": "x" * (MAX_FORM_BYTES + 1)})
    assert big.status_code == 413
    repeated = console.client.post(f"{PREFIX}/draft/preview", content=f"csrf_token={csrf}&id=a&id=b",
                                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert repeated.status_code == 400 and one(repeated.text, "error").attrs["data-field"] == "id"


# -- where it listens, and the token --------------------------------------------------
def test_loopback_addresses():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.5", "example.com", ""))


def test_a_non_loopback_console_without_a_token_refuses_to_start(tmp_path):
    with pytest.raises(ConsoleSetupError, match="FAQBOT_CONSOLE_TOKEN"):
        check_bind("0.0.0.0", None)
    check_bind("0.0.0.0", TOKEN)  # with a token it may
    settings = console_settings(tmp_path)
    with pytest.raises(ConsoleSetupError):  # the same rule for the mount in `faqbot serve`
        console_context(settings.model_copy(update={"console_enabled": True}), object(), "0.0.0.0")
    env = {k: v for k, v in os.environ.items() if k != "FAQBOT_CONSOLE_TOKEN"}
    result = subprocess.run([sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir",
                             str(settings.index_dir), "console", "--host", "0.0.0.0", "--port", "0"],
                            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "not a loopback address" in result.stderr and "FAQBOT_CONSOLE_TOKEN" in result.stderr
    assert not (settings.index_dir).exists()  # refused before loading or building anything


def test_with_a_token_every_page_needs_it_and_the_login_form_accepts_it(tmp_path, local_embed_model, caplog):
    caplog.set_level(logging.DEBUG)
    with running_console(console_settings(tmp_path), local_embed_model, token=TOKEN, watch=False) as console:
        anonymous = console.get(f"{PREFIX}/entries")
        assert anonymous.status_code == 303
        assert anonymous.headers["location"].startswith(f"{PREFIX}/login?next=")
        assert console.get(f"{PREFIX}/calibration").status_code == 303
        # A script: the token as a bearer header.
        bearer = httpx.get(f"{console.url}{PREFIX}/entries", headers={"Authorization": f"Bearer {TOKEN}"})
        assert bearer.status_code == 200 and one(bearer.text, "entries")
        wrong_bearer = httpx.get(f"{console.url}{PREFIX}/entries", headers={"Authorization": "Bearer nope"})
        assert wrong_bearer.status_code == 401 and "location" not in wrong_bearer.headers  # a script is told
        # A browser: the login form.
        login = console.client.get(anonymous.headers["location"])
        form = form_values(login.text, "login-form")
        assert form["next"] == f"{PREFIX}/entries"
        refused = console.post(f"{PREFIX}/login", form | {"token": "not-the-token"})
        assert refused.status_code == 401 and one(refused.text, "login-error")
        accepted = console.post(f"{PREFIX}/login", form | {"token": TOKEN})
        assert accepted.status_code == 303 and accepted.headers["location"] == f"{PREFIX}/entries"
        assert TOKEN not in accepted.headers["set-cookie"]
        assert one(console.get(f"{PREFIX}/entries").text, "entries")
        # A write still needs its CSRF token, logged in or not.
        preview = console.get(f"{PREFIX}/alternate/preview", faq_id="shipping-time", question=COURIER)
        write = form_values(preview.text, "alternate-write-form")
        assert console.post(f"{PREFIX}/alternate", write | {"csrf_token": "x"}).status_code == 403
        # Logged out, the cookie is worthless.
        logout = console.post(f"{PREFIX}/logout", {"csrf_token": write["csrf_token"]})
        assert logout.status_code == 303
        assert console.get(f"{PREFIX}/entries").status_code == 303
        # A login cookie without its session (another browser) is worthless too.
        stolen = httpx.Client(base_url=console.url)
        stolen.cookies.set("faqbot_console_auth", accepted.cookies["faqbot_console_auth"], path=PREFIX)
        assert stolen.get(f"{PREFIX}/entries").status_code == 401
        stolen.close()
        # With a token, any Host is served (the token, not the address, protects it).
        assert httpx.get(f"{console.url}{PREFIX}/hits", headers={
            "Authorization": f"Bearer {TOKEN}", "Host": "console.example"}).status_code == 200
    assert TOKEN not in caplog.text


def test_wrong_tokens_are_limited_per_address_and_a_logged_in_browser_keeps_working(tmp_path, local_embed_model):
    settings = console_settings(tmp_path, console_login_attempts="3/minute")
    with running_console(settings, local_embed_model, token=TOKEN, watch=False) as console:
        login = console.client.get(f"{PREFIX}/login")
        form = form_values(login.text, "login-form")
        assert console.post(f"{PREFIX}/login", form | {"token": TOKEN}).status_code == 303  # logged in
        form = form_values(console.client.get(f"{PREFIX}/login").text, "login-form")  # the new session's
        for _ in range(2):
            assert console.post(f"{PREFIX}/login", form | {"token": "guess"}).status_code == 401
        wrong_bearer = httpx.get(f"{console.url}{PREFIX}/entries", headers={"Authorization": "Bearer guess"})
        assert wrong_bearer.status_code == 401  # the third wrong token
        # Past the limit even the right token is not compared, by form or by header…
        blocked = console.post(f"{PREFIX}/login", form | {"token": TOKEN})
        assert blocked.status_code == 429 and 1 <= int(blocked.headers["retry-after"]) <= 60
        assert TOKEN not in blocked.text
        right_bearer = httpx.get(f"{console.url}{PREFIX}/entries", headers={"Authorization": f"Bearer {TOKEN}"})
        assert right_bearer.status_code == 429
        # …while the browser that logged in before keeps its session.
        assert one(console.get(f"{PREFIX}/entries").text, "entries")


def test_a_login_attempts_setting_that_is_not_a_rate_is_refused_naming_it():
    with pytest.raises(ValueError, match="console_login_attempts"):
        Settings(console_login_attempts="ten a minute")


# -- the real client behind proxies ---------------------------------------------------
def test_a_fresh_x_forwarded_for_per_guess_from_an_untrusted_address_is_still_limited(tmp_path, local_embed_model):
    """No proxy configured (the default): X-Forwarded-For is the client's own claim, so
    every guess from 127.0.0.1 counts against 127.0.0.1 whatever address it names."""
    settings = console_settings(tmp_path, console_login_attempts="3/minute")
    with running_console(settings, local_embed_model, token=TOKEN, watch=False) as console:
        statuses = [httpx.get(f"{console.url}{PREFIX}/entries", headers={
            "Authorization": "Bearer guess", "X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in range(6)]
        assert statuses == [401, 401, 401, 429, 429, 429]
        # X-Forwarded-Proto from an untrusted address does not make the cookies Secure either.
        response = httpx.get(f"{console.url}{PREFIX}/login", headers={"X-Forwarded-Proto": "https"})
        assert "secure" not in response.headers["set-cookie"].lower()


def test_x_forwarded_for_counts_from_a_configured_proxy(tmp_path, local_embed_model):
    settings = console_settings(tmp_path, console_login_attempts="3/minute", forwarded_allow_ips=["127.0.0.1"])
    with running_console(settings, local_embed_model, token=TOKEN, watch=False) as console:
        def guess(client: str) -> int:
            return httpx.get(f"{console.url}{PREFIX}/entries", headers={
                "Authorization": "Bearer guess", "X-Forwarded-For": client}).status_code

        assert [guess("198.51.100.1") for _ in range(4)] == [401, 401, 401, 429]
        assert guess("198.51.100.2") == 401  # another client behind the proxy has its own limit
        response = httpx.get(f"{console.url}{PREFIX}/login", headers={"X-Forwarded-Proto": "https"})
        assert "secure" in response.headers["set-cookie"].lower()  # the proxy says it is HTTPS


def test_forwarded_allow_ips_must_be_addresses():
    with pytest.raises(ValueError, match="forwarded_allow_ips"):
        Settings(forwarded_allow_ips="*")
    assert Settings(forwarded_allow_ips="10.0.0.1, 10.1.0.0/16").forwarded_allow_ips == ["10.0.0.1", "10.1.0.0/16"]


# -- sessions -------------------------------------------------------------------------
def cookie_headers(response: httpx.Response) -> dict[str, str]:
    """Set-Cookie headers by cookie name."""
    return {h.split("=", 1)[0]: h for h in response.headers.get_list("set-cookie")}


def test_login_gives_a_new_session_and_logout_ends_it_on_the_server(tmp_path, local_embed_model):
    with running_console(console_settings(tmp_path), local_embed_model, token=TOKEN, watch=False) as console:
        form = form_values(console.get(f"{PREFIX}/login").text, "login-form")
        planted = console.client.cookies["faqbot_console_sid"]
        accepted = console.post(f"{PREFIX}/login", form | {"token": TOKEN})
        assert accepted.status_code == 303
        session = console.client.cookies["faqbot_console_sid"]
        assert session != planted  # the session id from before the login is not the logged-in one
        assert console.get(f"{PREFIX}/entries").status_code == 200
        # The session id known before login (a planted one) with the new login cookie: refused.
        fixated = httpx.Client(base_url=console.url)
        fixated.cookies.set("faqbot_console_sid", planted, path=PREFIX)
        fixated.cookies.set("faqbot_console_auth", console.client.cookies["faqbot_console_auth"], path=PREFIX)
        assert fixated.get(f"{PREFIX}/entries").status_code == 401
        fixated.close()
        # Logout ends the session on the server: the same cookies, replayed, get 401.
        copied = dict(console.client.cookies)
        csrf = form_values(console.get(f"{PREFIX}/draft").text, "draft-form")["csrf_token"]
        assert console.post(f"{PREFIX}/logout", {"csrf_token": csrf}).status_code == 303
        replay = httpx.Client(base_url=console.url)
        for name, value in copied.items():
            replay.cookies.set(name, value, path=PREFIX)
        replayed = replay.get(f"{PREFIX}/entries")
        assert replayed.status_code == 401 and one(replayed.text, "login-ended")
        replay.close()


@pytest.mark.parametrize("https", [False, True])
def test_cookies_are_secure_when_the_console_is_served_over_https(tmp_path, local_embed_model, https):
    settings = console_settings(tmp_path, console_https=https)
    with running_console(settings, local_embed_model, token=TOKEN, watch=False) as console:
        login = console.get(f"{PREFIX}/login")
        form = form_values(login.text, "login-form")
        # A client keeps Secure cookies for https: this one is plain HTTP, so it is given them.
        session = login.headers["set-cookie"].split(";", 1)[0]
        accepted = httpx.post(f"{console.url}{PREFIX}/login", data=form | {"token": TOKEN},
                              headers={"Origin": console.url, "Cookie": session})
        assert accepted.status_code == 303
        cookies = cookie_headers(login) | cookie_headers(accepted)
        assert set(cookies) == {"faqbot_console_sid", "faqbot_console_auth"}
        for header in cookies.values():
            assert ("; secure" in header.lower()) == https, header


# -- start-up checks ------------------------------------------------------------------
def run_console_command(settings, tmp_path, *args, token=None, timeout=120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAQBOT_CONSOLE")}
    if token is not None:
        env["FAQBOT_CONSOLE_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir",
                           str(settings.index_dir), "console", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=tmp_path)


@pytest.mark.parametrize("token, reason", [("a", "at least 16"), ("   ", "only whitespace"),
                                           ("sixteen-chars-ok", None), ("               x", "at least 16")])
def test_a_short_or_blank_token_is_refused_at_start_up(tmp_path, token, reason):
    settings = console_settings(tmp_path)
    if reason is None:  # 16 characters: accepted (checked without starting anything)
        console_context(settings.model_copy(update={"console_token": SecretStr(token)}), object(), "0.0.0.0")
        return
    with pytest.raises(ConsoleSetupError, match=reason):  # the mount in `faqbot serve` too
        console_context(settings.model_copy(update={"console_token": SecretStr(token), "console_enabled": True}),
                        object(), "127.0.0.1")
    result = run_console_command(settings, tmp_path, "--host", "0.0.0.0", "--port", "0", token=token)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("faqbot: error: FAQBOT_CONSOLE_TOKEN") and reason in result.stderr
    assert not settings.index_dir.exists()


@pytest.mark.parametrize("host", ["203.0.113.7", "no-such-host.invalid", "[::1"])
def test_a_host_it_cannot_listen_on_fails_before_the_index_loads(tmp_path, host):
    settings = console_settings(tmp_path)
    result = run_console_command(settings, tmp_path, "--host", host, "--port", "0", token=TOKEN)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("faqbot: error: cannot listen on"), result.stderr
    assert not settings.index_dir.exists()  # refused before loading or building anything


def get_once_listening(url: str, process: subprocess.Popen, deadline: float = 60) -> httpx.Response:
    """GET ``url`` as soon as the server accepts connections: the address is printed once the
    socket is bound, and the event loop starts listening a moment later (longer when loaded)."""
    end = time.monotonic() + deadline
    while True:
        try:
            return httpx.get(url, timeout=60)
        except httpx.ConnectError:
            if process.poll() is not None or time.monotonic() > end:
                raise
            time.sleep(0.05)


def test_the_console_listens_on_ipv6_loopback_in_brackets(tmp_path):
    settings = console_settings(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAQBOT_CONSOLE")}
    process = subprocess.Popen([sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir",
                                str(settings.index_dir), "console", "--host", "[::1]", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        line = process.stdout.readline()
        assert line.startswith("faqbot console on http://[::1]:"), (line, process.poll())
        url = line.split()[3]
        response = get_once_listening(url.replace("/console/", "/console/hits"), process)
        assert response.status_code == 200 and 'id="hit-form"' in response.text
    finally:
        process.terminate()
        process.wait(30)
