"""The shape of the package, read from the source: stages import only earlier stages, through their
package's public names; no import circle; no private name taken from another module; modules and
folders stay small enough to read."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "storywatch"
# The stages in the order a document travels; a module may import from its own rank or below.
# Rank 0 is the shared base every stage may use: records, the story, fault injection.
RANKS = {"": 0, "ingest": 1, "discover": 2, "text": 3, "facts": 4, "store": 5, "deliver": 6, "pipeline": 7, "app": 8}
MAX_LINES = 400
# per folder, generated *_data.py files aside: issue 23 asks for "no folder with more than ~10";
# ../shared/tools/house.py, which measures it, flags a folder over 12
MAX_MODULES = 12


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(module: str) -> str:
    """'storywatch.facts.claims' → 'facts'; 'storywatch.records' and 'storywatch' → ''."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in RANKS and (SRC / parts[1]).is_dir() else ""


def imports(path: Path, module: str) -> list[tuple[str, str | None, int]]:
    """(target module or package, imported name or None, line) for every storywatch import,
    lazy ones inside functions included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = node.module or ""
            if node.level:
                base = module.split(".") if is_pkg else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            if target == "storywatch" or target.startswith("storywatch."):
                out += [(target, a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.Import):
            out += [(a.name, None, node.lineno) for a in node.names if a.name.startswith("storywatch")]
    return out


MODULES = {module_name(p): p for p in SRC.rglob("*.py")}


def resolve(target: str, name: str | None) -> str:
    """The module an import reaches: a submodule imported by name, else the module named."""
    if name and f"{target}.{name}" in MODULES:
        return f"{target}.{name}"
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target


def public_names(package: str) -> set[str]:
    tree = ast.parse((SRC / package / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            return {ast.literal_eval(e) for e in node.value.elts}
    return set()


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {m: set() for m in MODULES}
    for m, p in MODULES.items():
        for target, name, _ in imports(p, m):
            t = resolve(target, name)
            if t and t != m:
                edges[m].add(t)
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module, except a package's __init__ with
    the children it re-exports (importing a child runs its package's __init__: not a circle)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in edges:
        if v not in index:
            visit(v)
    benign = lambda c: MODULES[c[0]].name == "__init__.py" and all(x.startswith(c[0] + ".") for x in c[1:])
    return [c for c in found if not benign(c)]


def violations() -> list[str]:
    out = []
    for m, p in MODULES.items():
        own = package_of(m)
        for target, name, line in imports(p, m):
            where = f"{p.relative_to(SRC.parent)}:{line}"
            reached = resolve(target, name)
            other = package_of(reached)
            if name and name.startswith("_") and not name.startswith("__") and reached != m:
                out.append(f"{where}: private name {name} taken from {target}")
            if RANKS[other] > RANKS[own]:
                out.append(f"{where}: {own or 'base'} imports the later stage {other} ({target})")
            if other and other != own:
                if target != f"storywatch.{other}":
                    out.append(f"{where}: imports {target} past the package's public names "
                               f"(import from storywatch.{other})")
                elif name not in public_names(other):
                    out.append(f"{where}: {name} is not among storywatch.{other}'s public names")
    return out


def test_stages_import_only_earlier_stages_through_their_public_names():
    assert violations() == []


def test_no_import_circle():
    assert circles(graph()) == []


def test_modules_and_folders_stay_small():
    long = {m: n for m, p in MODULES.items() if not p.name.endswith("_data.py")
            and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
    for folder in [SRC, *[d for d in SRC.iterdir() if (d / "__init__.py").is_file()]]:
        modules = [p for p in folder.glob("*.py") if p.name != "__init__.py" and not p.name.endswith("_data.py")]
        assert len(modules) <= MAX_MODULES, folder


@pytest.mark.parametrize("package", [p for p in RANKS if p])
def test_every_stage_package_says_what_it_is_and_exports_what_it_lists(package):
    import importlib
    mod = importlib.import_module(f"storywatch.{package}")
    assert (mod.__doc__ or "").strip(), f"storywatch.{package} has no docstring"
    assert all(hasattr(mod, n) for n in getattr(mod, "__all__", ()))


def test_the_checks_catch_what_they_guard(tmp_path, monkeypatch):
    """A circle, a private import and a backward import, planted in a copy of the tree, are found."""
    import shutil
    copy = tmp_path / "storywatch"
    shutil.copytree(SRC, copy)
    (copy / "ingest" / "urls.py").write_text((copy / "ingest" / "urls.py").read_text() +
                                            "\nfrom storywatch.facts import claims_for\n")
    (copy / "facts" / "detect.py").write_text((copy / "facts" / "detect.py").read_text() +
                                             "\nfrom storywatch.facts.claims import _assign_leads\n"
                                             "from storywatch.ingest.urls import canonicalize\n")
    (copy / "records.py").write_text((copy / "records.py").read_text() + "\nimport storywatch.story\n")
    (copy / "story.py").write_text((copy / "story.py").read_text() + "\nimport storywatch.records\n")
    globals_ = globals()
    monkeypatch.setitem(globals_, "SRC", copy)
    monkeypatch.setitem(globals_, "MODULES", {module_name(p): p for p in copy.rglob("*.py")})
    found = violations()
    assert any("ingest imports the later stage facts" in v for v in found)
    assert any("private name _assign_leads" in v for v in found)
    assert any("past the package's public names" in v for v in found)
    assert ["storywatch.records", "storywatch.story"] in circles(graph())


def test_the_readers_of_text_load_only_when_text_is_read():
    """A process that runs the CLI, the flows, the store or the digest without reading text loads no
    reader of text (their patterns cost most of two seconds to compile); the first claim loads them."""
    import subprocess
    import sys
    readers = ["storywatch.facts.statuses", "storywatch.facts.subjects", "storywatch.facts.claims"]
    code = ("import sys, storywatch.app.cli, storywatch.pipeline, storywatch.store, storywatch.deliver, "
            "flows.storywatch_flows\n"
            f"print(sorted(m for m in {readers!r} if m in sys.modules))\n"
            "from storywatch.facts import claims_for\n"
            f"print(sorted(m for m in {readers!r} if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=SRC.parents[1], capture_output=True, text=True,
                         timeout=120, check=True).stdout.splitlines()
    assert out == ["[]", repr(sorted(readers))]


def test_an_unchanged_run_loads_no_reader_of_text(tmp_path):
    """A run with nothing new reads no text, so it loads no reader (the no-op run's cost): the
    shipped story run once, then again in a fresh process."""
    import subprocess
    import sys
    code = ("import sys\n"
            "from storywatch.pipeline import run_story\n"
            "from storywatch.store import Warehouse\n"
            "from storywatch.story import load_story\n"
            f"s = run_story(load_story('italy-spacex'), Warehouse({str(tmp_path / 'wh')!r}), say=lambda m: None)\n"
            "print(s.new_versions, 'storywatch.facts.statuses' in sys.modules)\n")
    runs = [subprocess.run([sys.executable, "-c", code], cwd=SRC.parents[1], capture_output=True, text=True,
                           timeout=300, check=True).stdout.split() for _ in range(2)]
    assert runs[0] == ["2", "True"] and runs[1] == ["0", "False"]
