"""FAQ sources in a git repository: a real bare repository in tmp_path is the origin, the
real ``git`` CLI, the real index writer and edit paths (bot/faq/git_source.py)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from watchdog.events import DirModifiedEvent, FileModifiedEvent

from bot.config import Settings
from bot.faq import git_source
from bot.faq.edits import StaleEdit, apply_edit
from bot.faq.git_source import FaqEditConflict, GitSource, GitSourceError, redact
from bot.promote import Candidate, plan_alternate, promote
from bot.roles import IndexRole
from bot.service import FaqService
from bot.watch import _ChangeFlag
from conftest import SHOP_FAQ, top_id
from waiting import wait_for as wait_up_to

DEADLINE_SECONDS = 90  # generous: these check that things happen, not how fast
INVOICES = "## How do I get an invoice?\nid: invoice\nalternates:\n- 怎么开发票\n\nDownload it from **Orders**.\n"
MAINTAINER = "Ada Maintainer <ada@example.org>"


@pytest.fixture(autouse=True)
def clean_git_config(tmp_path, monkeypatch):
    """Neither this machine's git configuration nor its identity reaches the tests."""
    config = tmp_path / "gitconfig"
    config.write_text("")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")


def git(cwd: Path, *args: str) -> str:
    env = {"PATH": os.environ["PATH"], "HOME": str(cwd), "LC_ALL": "C", "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_AUTHOR_NAME": "Grace Editor",
           "GIT_AUTHOR_EMAIL": "grace@example.org", "GIT_COMMITTER_NAME": "Grace Editor",
           "GIT_COMMITTER_EMAIL": "grace@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout


class Origin:
    """A bare repository and a maintainer's own clone of it, pushing to branch main."""

    def __init__(self, root: Path, first: tuple[str, str] = ("shop.md", SHOP_FAQ)) -> None:
        self.bare = root / "origin.git"
        self.work = root / "maintainer"
        self.bare.mkdir(parents=True)
        git(self.bare, "init", "-q", "--bare", "-b", "main")
        self.work.mkdir()
        git(self.work, "init", "-q", "-b", "main")
        self.commit(*first, "First FAQ file")

    def commit(self, name: str, text: str, message: str) -> None:
        (self.work / name).write_text(text, encoding="utf-8")
        git(self.work, "add", name)
        git(self.work, "commit", "-q", "-m", message)
        git(self.work, "push", "-q", str(self.bare), "HEAD:refs/heads/main")

    def show(self, name: str) -> str:
        return git(self.bare, "show", f"main:{name}")

    def last_commit(self) -> str:
        return git(self.bare, "log", "-1", "--format=%an <%ae>|%s", "main").strip()


@pytest.fixture
def origin(tmp_path) -> Origin:
    return Origin(tmp_path)


def host_settings(tmp_path: Path, name: str, origin: Origin, **extra) -> Settings:
    return Settings(faq_dir=tmp_path / name / "faq", index_dir=tmp_path / name / "index",
                    faq_git_url=str(origin.bare), faq_git_poll_seconds=0.2,
                    reload_debounce_seconds=0.2, faq_git_author=MAINTAINER, **extra)


def wait_for(predicate, what):
    wait_up_to(predicate, what, DEADLINE_SECONDS)


# -- clone, fetch, fast-forward ---------------------------------------------------------
def test_a_writer_clones_follows_pushed_commits_and_a_writer_on_a_new_host_carries_on(
        tmp_path, origin, local_embed_model):
    first = host_settings(tmp_path, "host-a", origin)
    service = FaqService(first, embed_model=local_embed_model)
    with IndexRole(service, first, role="writer"):
        assert (first.faq_dir / "shop.md").read_text() == SHOP_FAQ  # cloned into the empty folder
        assert top_id(service, "forgot my password") == "reset-password"
        origin.commit("invoices.md", INVOICES, "Add invoices")
        wait_for(lambda: top_id(service, "我要开发票") == "invoice", "the pushed entry to be served")
    # Host A is gone; host B starts with an empty folder, clones and serves what A served.
    second = host_settings(tmp_path, "host-b", origin)
    service = FaqService(second, embed_model=local_embed_model)
    with IndexRole(service, second, role="writer"):
        assert top_id(service, "我要开发票") == "invoice"
        origin.commit("invoices.md", INVOICES.replace("from **Orders**", "from **Billing**"), "Billing")
        wait_for(lambda: "Billing" in service.answer("我要开发票").candidates[0].node.metadata["answer"],
                 "the next pushed edit to be served on the new host")


def test_sync_fast_forwards_only_when_the_branch_moved(tmp_path, origin):
    source = GitSource(str(origin.bare), "main", tmp_path / "clone")
    assert source.ensure_clone() is True
    assert source.ensure_clone() is False
    assert source.sync() is False
    origin.commit("invoices.md", INVOICES, "Add invoices")
    assert source.sync() is True
    assert (tmp_path / "clone" / "invoices.md").read_text() == INVOICES
    assert not git(tmp_path / "clone", "status", "--porcelain").strip()


def test_a_folder_of_local_faq_files_is_never_cloned_over(tmp_path, origin):
    folder = tmp_path / "faq"
    folder.mkdir()
    (folder / "mine.md").write_text("## Mine?\nid: mine\n\nYes.\n")
    with pytest.raises(GitSourceError, match="not a git clone and not empty"):
        GitSource(str(origin.bare), "main", folder).ensure_clone()
    assert (folder / "mine.md").read_text() == "## Mine?\nid: mine\n\nYes.\n"


def test_credentials_in_the_url_appear_in_no_error_log_or_repr(tmp_path, caplog):
    token = "ghp_s3cretTOKENvalue123"
    url = f"https://x-access-token:{token}@127.0.0.1:9/team/faq.git"  # port 9: refused at once
    settings = Settings(faq_dir=tmp_path / "faq", index_dir=tmp_path / "idx", faq_git_url=url)
    source = GitSource.from_settings(settings)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(GitSourceError) as raised:
        source.ensure_clone()
    assert "127.0.0.1:9" in str(raised.value)  # says where it failed...
    assert token not in str(raised.value) and token not in caplog.text and token not in repr(source)
    assert token not in repr(settings)
    assert redact(f"fatal: unable to access '{url}/'") == \
        "fatal: unable to access 'https://***@127.0.0.1:9/team/faq.git/'"


def test_an_option_is_refused_as_url_and_branch(tmp_path):
    with pytest.raises(GitSourceError, match="faq_git_url"):
        GitSource.from_settings(Settings(faq_dir=tmp_path, faq_git_url="--upload-pack=touch x"))
    with pytest.raises(ValueError, match="faq_git_branch"):
        Settings(faq_git_branch="--force")


def test_events_inside_the_clones_git_folder_do_not_wake_the_watcher(tmp_path):
    flag = _ChangeFlag(str(tmp_path))
    flag.on_any_event(DirModifiedEvent(str(tmp_path / ".git" / "objects" / "ab")))
    flag.on_any_event(FileModifiedEvent(str(tmp_path / ".git" / "refs" / "x.md")))
    assert not flag.changed.is_set()
    flag.on_any_event(DirModifiedEvent(str(tmp_path / "team")))
    assert flag.changed.is_set()


# -- edits become pushed commits ----------------------------------------------------------
@pytest.fixture
def clone(tmp_path, origin):
    settings = host_settings(tmp_path, "host-a", origin)
    source = git_source.attach(settings)
    source.ensure_clone()
    return settings


def test_a_promoted_wording_is_a_commit_by_the_maintainer_pushed_to_the_branch(clone, origin):
    promote(Candidate("I lost my password", "reset-password", 3, 2), clone.faq_dir)
    assert "- I lost my password\n" in origin.show("shop.md")
    assert origin.last_commit() == f"{MAINTAINER}|FAQ: update reset-password in shop.md"
    assert not git(clone.faq_dir, "status", "--porcelain").strip()


def test_a_push_refused_because_the_branch_moved_is_rebased_and_keeps_both_edits(clone, origin):
    # The maintainer changes another entry of the same file; faqbot's clone has not fetched it.
    origin.commit("shop.md", SHOP_FAQ.replace("arrive in 2–5 days", "arrive in 1–3 days"), "Faster shipping")
    edit = plan_alternate(clone.faq_dir, "reset-password", "I lost my password")
    apply_edit(edit)
    shop = origin.show("shop.md")
    assert "- I lost my password\n" in shop and "arrive in 1–3 days" in shop
    assert (clone.faq_dir / "shop.md").read_text() == shop
    assert origin.last_commit().startswith(MAINTAINER)


def test_an_edit_of_the_same_lines_is_a_conflict_never_a_lost_edit_and_promote_plans_again(clone, origin):
    theirs = SHOP_FAQ.replace("- 忘记密码了怎么办\n", "- 忘记密码了怎么办\n- password reset link expired\n")
    origin.commit("shop.md", theirs, "Another wording")
    edit = plan_alternate(clone.faq_dir, "reset-password", "I lost my password")
    with pytest.raises(FaqEditConflict, match="shop.md was changed on branch main"):
        apply_edit(edit)
    assert issubclass(FaqEditConflict, StaleEdit)  # the console answers a StaleEdit with 409
    assert origin.show("shop.md") == theirs  # theirs kept...
    assert (clone.faq_dir / "shop.md").read_text() == theirs  # ...and the clone caught up, clean
    assert not git(clone.faq_dir, "status", "--porcelain").strip()
    # The same wording promoted again is planned from the new file and lands beside theirs.
    promote(Candidate("I lost my password", "reset-password", 3, 2), clone.faq_dir)
    shop = origin.show("shop.md")
    assert "- password reset link expired\n" in shop and "- I lost my password\n" in shop


def test_an_unreachable_origin_keeps_the_edit_committed_and_the_poller_pushes_it_later(
        tmp_path, clone, origin):
    moved = tmp_path / "origin-away.git"
    origin.bare.rename(moved)
    promote(Candidate("I lost my password", "reset-password", 3, 2), clone.faq_dir)
    assert "- I lost my password\n" in (clone.faq_dir / "shop.md").read_text()
    moved.rename(origin.bare)
    GitSource.from_settings(clone).sync()
    assert "- I lost my password\n" in origin.show("shop.md")


# -- the console's edits, over HTTP ---------------------------------------------------------
def test_a_console_edit_is_pushed_as_a_commit_and_a_conflicting_one_is_a_409(tmp_path, local_embed_model):
    from console_support import COURIER, console_settings, form_values, running_console
    from test_confidence import AMBIGUOUS_FAQ

    origin = Origin(tmp_path / "repo", ("help.md", AMBIGUOUS_FAQ))
    settings = console_settings(tmp_path / "console").model_copy(update={
        "faq_dir": tmp_path / "clone", "faq_git_url": SecretStr(str(origin.bare)),
        "faq_git_author": MAINTAINER})
    GitSource.from_settings(settings).ensure_clone()  # as the index writer does
    with running_console(settings, local_embed_model) as console:
        def write_alternate(question):
            preview = console.get("/console/alternate/preview", question=question, faq_id="shipping-time")
            assert preview.status_code == 200
            return form_values(preview.text, "alternate-write-form")

        written = console.client.post("/console/alternate", data=write_alternate(COURIER))
        assert written.status_code == 303
        assert f"- {COURIER}\n" in origin.show("help.md")
        assert origin.last_commit() == f"{MAINTAINER}|FAQ: update shipping-time in help.md"
        # Previewed, then someone pushes a change to the same lines: the write is a 409.
        form = write_alternate("is my parcel lost")
        git(origin.work, "pull", "-q", str(origin.bare), "main")
        theirs = origin.show("help.md").replace(f"- {COURIER}\n", f"- {COURIER}\n- where is my order\n")
        origin.commit("help.md", theirs, "Another wording")
        refused = console.client.post("/console/alternate", data=form)
        assert refused.status_code == 409
        assert "changed on branch main" in refused.text
        assert origin.show("help.md") == theirs
        assert (settings.faq_dir / "help.md").read_text() == theirs


def test_an_edit_of_a_folder_inside_another_repository_never_commits_there(tmp_path, origin):
    project = tmp_path / "project"
    project.mkdir()
    git(project, "init", "-q", "-b", "main")
    settings = Settings(faq_dir=project / "faq", index_dir=tmp_path / "idx", faq_git_url=str(origin.bare))
    (project / "faq").mkdir()
    (project / "faq" / "shop.md").write_text(SHOP_FAQ)
    git_source.attach(settings)
    with pytest.raises(GitSourceError, match="not a clone of faq_git_url yet"):
        promote(Candidate("I lost my password", "reset-password", 3, 2), settings.faq_dir)
    assert subprocess.run(["git", "rev-parse", "HEAD"], cwd=project, capture_output=True).returncode != 0


def test_markdown_in_dot_folders_of_a_clone_is_not_faq(tmp_path, origin):
    from bot.faq.reader import load_faq_folder

    (origin.work / ".github").mkdir()
    origin.commit(".github/PULL_REQUEST_TEMPLATE.md", "## Describe the change\n\nWhat and why.\n", "PR template")
    source = GitSource(str(origin.bare), "main", tmp_path / "clone")
    source.ensure_clone()
    loaded = load_faq_folder(tmp_path / "clone")
    assert loaded.files == ["shop.md"] and not loaded.errors


# -- the push webhook -----------------------------------------------------------------------
def test_a_signed_push_webhook_makes_the_writer_fetch_at_once_and_a_forged_one_is_refused(tmp_path, origin):
    import httpx
    from starlette.applications import Starlette

    from bot.asgi import AsgiServer
    from bot.faq.git_source import GitPoller
    from bot.faq.git_webhook import WEBHOOK_PATH, signature_of, webhook_routes

    secret = "webhook-s3cret"
    settings = host_settings(tmp_path, "host-a", origin, faq_git_webhook_secret=secret)
    source = GitSource.from_settings(settings)
    source.ensure_clone()
    server = AsgiServer(Starlette(routes=webhook_routes(settings)), "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{server.port}{WEBHOOK_PATH}"
    body = b'{"ref": "refs/heads/main", "after": "0000"}'
    signed = {"X-Hub-Signature-256": signature_of(secret.encode(), body), "X-GitHub-Event": "push",
              "Content-Type": "application/json"}
    try:
        # No poller in this process: not the writer.
        assert httpx.post(url, content=body, headers=signed).json()["fetching"] is False
        poller = GitPoller(source, interval=3600).start()  # only a wake-up fetches within the test
        try:
            origin.commit("invoices.md", INVOICES, "Add invoices")
            forged = dict(signed, **{"X-Hub-Signature-256": signature_of(b"guess", body)})
            assert httpx.post(url, content=body, headers=forged).status_code == 401
            assert httpx.post(url, content=body, headers={}).status_code == 401
            other = b'{"ref": "refs/heads/draft"}'
            assert httpx.post(url, content=other, headers=dict(
                signed, **{"X-Hub-Signature-256": signature_of(secret.encode(), other)})).status_code == 202
            time.sleep(1.0)  # a wrongly woken poller would have fetched by now
            assert not (settings.faq_dir / "invoices.md").exists()
            answer = httpx.post(url, content=body, headers=signed)
            assert answer.status_code == 202 and answer.json() == {"fetching": True}
            wait_for(lambda: (settings.faq_dir / "invoices.md").exists(), "the webhook's fetch")
        finally:
            poller.stop()
    finally:
        server.stop()


def test_a_clone_that_fails_leaves_no_half_clone_and_the_next_start_clones(tmp_path, origin):
    source = GitSource(str(origin.bare), "release", tmp_path / "clone")
    with pytest.raises(GitSourceError, match="couldn't find remote ref"):
        source.ensure_clone()
    assert not (tmp_path / "clone" / ".git").exists()
    git(origin.work, "push", "-q", str(origin.bare), "HEAD:refs/heads/release")
    assert source.ensure_clone() is True
    assert (tmp_path / "clone" / "shop.md").read_text() == SHOP_FAQ


def test_faqbot_report_promote_pushes_its_wordings_as_commits(tmp_path, origin):
    from bot.feedback.store import FeedbackStore

    settings = host_settings(tmp_path, "host-a", origin)
    GitSource.from_settings(settings).ensure_clone()
    database = f"sqlite:///{tmp_path / 'feedback.db'}"
    store = FeedbackStore.open(database)
    for user in ("U1", "U2"):
        store.record_accepted("reset-password", question="I lost my password", user=user, channel="C1")
    store.close()
    promoted = subprocess.run(
        [sys.executable, "-m", "bot", "--faq-dir", str(settings.faq_dir), "--index-dir", str(settings.index_dir),
         "report", "--promote", "--yes"], capture_output=True, text=True, timeout=300, cwd=tmp_path,
        env={**os.environ, "FAQBOT_DATABASE_URL": database, "FAQBOT_FEEDBACK_LOG": "absent.jsonl",
             "FAQBOT_FAQ_GIT_URL": str(origin.bare), "FAQBOT_FAQ_GIT_AUTHOR": MAINTAINER})
    assert "promoted 1 of 1" in promoted.stdout, promoted.stderr
    assert "- I lost my password\n" in origin.show("shop.md")
    assert origin.last_commit() == f"{MAINTAINER}|FAQ: update reset-password in shop.md"


def test_a_console_edit_is_committed_under_the_name_the_maintainer_gave(tmp_path, local_embed_model):
    from console_support import COURIER, console_settings, form_values, one, running_console
    from test_confidence import AMBIGUOUS_FAQ

    origin = Origin(tmp_path / "repo", ("help.md", AMBIGUOUS_FAQ))
    settings = console_settings(tmp_path / "console").model_copy(update={
        "faq_dir": tmp_path / "clone", "faq_git_url": SecretStr(str(origin.bare)),
        "faq_git_author": "FAQ team <faq-team@example.org>"})
    GitSource.from_settings(settings).ensure_clone()
    with running_console(settings, local_embed_model) as console:
        def add_alternate(question):
            preview = console.get("/console/alternate/preview", question=question, faq_id="shipping-time")
            written = console.client.post("/console/alternate", data=form_values(preview.text, "alternate-write-form"))
            assert written.status_code == 303, written.text

        add_alternate(COURIER)  # no name given yet: faq_git_author
        assert origin.last_commit() == "FAQ team <faq-team@example.org>|FAQ: update shipping-time in help.md"
        # Given once per session (control characters and git's <> delimiters dropped) ...
        named = console.client.post("/console/name", data={"csrf_token": console.csrf(), "next": "/console/entries",
                                                           "name": " Ada\nLovelace <ada@evil>\x07 "})
        assert named.status_code == 303 and named.headers["location"] == "/console/entries"
        assert one(console.get("/console/entries").text, "maintainer-name").attrs["value"] == "Ada Lovelace ada@evil"
        add_alternate("is my parcel lost")
        assert origin.last_commit() == ("Ada Lovelace ada@evil <faq-team@example.org>|"
                                        "FAQ: update shipping-time in help.md")
        committer = git(origin.bare, "log", "-1", "--format=%cn", "main").strip()
        assert committer == "faqbot"
        # ... and only for that session: another browser's edits are faqbot's again.
        other = httpx.Client(base_url=console.url, headers={"Origin": console.url}, timeout=120)
        try:
            preview = other.get("/console/alternate/preview", params={"question": "where is my order",
                                                                      "faq_id": "shipping-time"})
            assert other.post("/console/alternate",
                              data=form_values(preview.text, "alternate-write-form")).status_code == 303
        finally:
            other.close()
        assert origin.last_commit().startswith("FAQ team <faq-team@example.org>|")
