#!/usr/bin/env python3
"""Generate README.md from nbs/index.ipynb: run it in a fresh kernel and write its markdown, code and text outputs.

nbdev_readme needs Quarto, which this project's machines cannot install, so this script does the same job.
Usage: python .ci/readme.py [--check]   (--check: exit 1 if README.md would change)
"""
import re, sys
from pathlib import Path

from execnb.nbio import read_nb
from execnb.shell import CaptureShell

root = Path(__file__).resolve().parent.parent
DIRECTIVE = re.compile(r"^\s*#\s*\|\s*(.*)$")

def directives(src):
    return [m.group(1).strip() for line in src.splitlines() if (m := DIRECTIVE.match(line))]

def text_of(outputs):
    parts = []
    for o in outputs:
        if o.get("output_type") == "stream": parts.append("".join(o.get("text", "")))
        elif "data" in o and "text/plain" in o["data"]: parts.append("".join(o["data"]["text/plain"]))
        elif o.get("output_type") == "error": raise RuntimeError(f"index.ipynb raised {o.get('ename')}: {o.get('evalue')}")
    return "".join(parts).rstrip("\n")

def render(nb_path):
    nb = read_nb(nb_path)
    shell = CaptureShell(path=nb_path.parent)
    shell.run_all(nb, exc_stop=True)
    out = ["<!-- Generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, not this file. -->", ""]
    for cell in nb.cells:
        src = cell.source
        # images beside the notebook (nbs/images) are nbs/images from the README at the root
        if cell.cell_type == "markdown": out += [re.sub(r"\]\((images/)", r"](nbs/\1", src.strip()), ""]; continue
        flags = directives(src)
        if any(f.startswith("hide") for f in flags): continue
        code = "\n".join(l for l in src.splitlines() if not DIRECTIVE.match(l)).strip()
        if code: out += ["```python", code, "```", ""]
        txt = text_of(cell.get("outputs", []))
        if txt and not any(f.startswith("hide_output") for f in flags): out += ["```", txt, "```", ""]
    return "\n".join(out).rstrip() + "\n"

if __name__ == "__main__":
    text = render(root / "nbs" / "index.ipynb")
    readme = root / "README.md"
    if "--check" in sys.argv:
        if not readme.exists() or readme.read_text() != text:
            print("README.md is out of date: run `python .ci/readme.py`"); sys.exit(1)
        print("README.md is in sync with nbs/index.ipynb"); sys.exit(0)
    readme.write_text(text); print(f"wrote {readme}")
