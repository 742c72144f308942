"""The project's habits, checked: ruff's rules (pyproject.toml), short functions in the analysis stages, the
``data`` marker on every test that reads ../shared/data, and no test importing a benchmark script."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MAX_FUNCTION_LINES = 60


def _functions(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def test_ruff_passes():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_analysis_functions_fit_on_a_screen():
    long = []
    for path in sorted((REPO / "rashomon" / "analysis").rglob("*.py")):
        for node in _functions(path):
            name = f"{path.relative_to(REPO)}:{node.name}"
            if node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES:
                long.append(f"{name} ({node.end_lineno - node.lineno + 1} lines)")
    assert not long, "functions over 60 lines: " + ", ".join(long)


def _marked_data(decorators: list[ast.expr]) -> bool:
    return any(ast.unparse(d) in ("pytest.mark.data", "mark.data") for d in decorators)


def test_tests_reading_shared_data_carry_the_data_marker():
    unmarked = []
    for path in sorted((REPO / "tests").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_marked = any(
            isinstance(node, ast.Assign)
            and any(getattr(t, "id", "") == "pytestmark" for t in node.targets)
            and "pytest.mark.data" in ast.unparse(node.value)
            for node in tree.body
        )
        for node in _functions(path):
            reads_data = "shared_data" in [a.arg for a in node.args.args] or _names(node, "SHARED_DATA")
            if node.name.startswith("test") and reads_data and not (module_marked or _marked_data(node.decorator_list)):
                unmarked.append(f"{path.name}:{node.name}")
    assert not unmarked, "tests reading ../shared/data without @pytest.mark.data: " + ", ".join(unmarked)


def test_no_test_imports_a_benchmark_script():
    scripts = {path.stem for path in (REPO / "benchmarks").glob("*.py")}
    found = []
    for path in sorted((REPO / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            found += [f"{path.name} imports {name}" for name in names if name.split(".")[0] in scripts | {"benchmarks"}]
    assert not found, "; ".join(found)


def _names(node: ast.AST, name: str) -> bool:
    return any(isinstance(inner, ast.Name) and inner.id == name for inner in ast.walk(node))
