#!/usr/bin/env python3
"""The line-length rule CI checks: no line of the library's modules over 120 characters.
nbdev writes two things itself that the notebooks cannot shape, so they are left out: `sae_nb/_modidx.py`
and each module's `__all__` statement. Prints every line over the limit; exits 1 if there is one."""
import ast, sys
from pathlib import Path

LIMIT = 120

def long_lines(path: Path) -> list[tuple[int, int]]:
    "(line number, length) of each line of `path` over LIMIT, outside its `__all__` statement."
    src = path.read_text()
    skip = set()
    for node in ast.parse(src).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            skip |= set(range(node.lineno, node.end_lineno + 1))
    return [(i, len(l)) for i, l in enumerate(src.splitlines(), 1) if len(l) > LIMIT and i not in skip]

if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent / "sae_nb"
    found = [(p, i, n) for p in sorted(root.glob("*.py")) if p.name != "_modidx.py" for i, n in long_lines(p)]
    for p, i, n in found: print(f"{p.relative_to(root.parent)}:{i}: {n} characters (limit {LIMIT})")
    print(f"{len(found)} line(s) over {LIMIT} characters in sae_nb/")
    sys.exit(1 if found else 0)
