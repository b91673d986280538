"""Costs that must grow linearly with a draft: time at N and at 8N, side by side with the reference.

``python -m benchmarks.linearity`` prints, for each case, the best of three CPU times at N and at
8N items and their ratio.  Linear work gives a ratio near 8 (the reference); the quadratic code
this replaced gave 17 to 73.  It is a benchmark, not a test: a slow or busy machine changes the
figures, never a verdict.  The cases are the ones the attack run found:

- checking a Word draft that repeats one condition (its text was re-read at each repeat);
- noting sentences to confirm (each 待确认 note was compared with every earlier one);
- rendering a long text report (the file was split again for every finding it quoted);
- reviewing a city whose city.toml lists many units (city.toml was split again for every finding);
- auditing a long statistics table (every cell rescanned every finding).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.docx_files import docx_bytes, p  # noqa: E402  (the tests' .docx builder)

COND = "第二条　随迁子女父母须持有居住证满一年。"
TO_CONFIRM = "居住证：持有满一年"


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def check_docx(folder: Path, sentence: str, count: int):
    from policy_lint.engine import check_file

    path = folder / f"{count}-{len(sentence)}.docx"
    path.write_bytes(docx_bytes(p(sentence) * count))
    return lambda: check_file(path, path.name)


def note_unread(count: int):
    from policy_lint.extract.draft import decode_draft
    from policy_lint.extract.extractor import extract_facts

    draft = decode_draft("\n".join([COND[:-1].replace("满一年", "")] + [TO_CONFIRM] * count).encode(), "x.txt")
    return lambda: extract_facts(draft)


def render_report(folder: Path, count: int):
    from policy_lint.engine import check_file
    from policy_lint.render import text as text_out

    path = folder / f"report-{count}.docx"
    path.write_bytes(docx_bytes(p(TO_CONFIRM) * count))
    result = check_file(path, path.name)
    return lambda: text_out.render([result])


def review_units(folder: Path, count: int):
    import shutil

    from policy_lint.review import review_city

    city = folder / f"city-{count}"
    shutil.copytree(ROOT / "samples" / "shanxi" / "jincheng", city)
    config = city / "city.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('units = ["城区", ', "units = [\n" + "".join(f'  "县{i}",\n' for i in range(count))
                                   + '"城区", '), encoding="utf-8")
    return lambda: review_city(city)


def audit_rows(folder: Path, count: int):
    from policy_lint.audit import audit_province
    from policy_lint.render import json_out

    lines = (ROOT / "samples" / "shanxi" / "stats-2020.csv").read_text(encoding="utf-8").splitlines()
    csv = folder / f"stats-{count}.csv"
    csv.write_text("\n".join([lines[0]] + [f"市{i},{i},{i // 2},50.00%," for i in range(count)] + lines[1:]) + "\n",
                   encoding="utf-8")
    return lambda: json_out.render_audit(audit_province(ROOT / "samples" / "shanxi", csv, jobs=1), "zh")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [
            ("check a .docx repeating a condition", 600, lambda n: check_docx(folder, COND, n)),
            ("check a .docx repeating a sentence to confirm", 600, lambda n: check_docx(folder, TO_CONFIRM, n)),
            ("note sentences to confirm (extractor)", 1000, note_unread),
            ("render a long text report", 1000, lambda n: render_report(folder, n)),
            ("review a city listing N units (most not submitted)", 100, lambda n: review_units(folder, n)),
            ("audit a statistics table of N rows (JSON)", 500, lambda n: audit_rows(folder, n)),
        ]
        print("| case | N | CPU s at N | CPU s at 8N | ratio | reference (linear) |")
        print("|---|---|---|---|---|---|")
        for name, n, make in cases:
            small, large = make(n), make(8 * n)
            small()  # warm up
            a, b = best(small), best(large)
            print(f"| {name} | {n:,} | {a:.3f} | {b:.3f} | {b / max(a, 1e-6):.1f} | 8 |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
