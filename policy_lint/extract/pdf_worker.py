"""The text layer of a PDF, read in a process of its own under limits the operating system holds.

Run by :mod:`.pdf` as ``python -m policy_lint.extract.pdf_worker PATH MAX_PAGES MAX_CHARS MEMORY``; prints
one JSON object and exits.  The process first caps its own address space (``RLIMIT_AS``) and CPU time, so a PDF
built to exhaust memory (a compressed stream that unpacks to gigabytes) or time ends this process, not the
batch that asked for it; the parent also holds a wall-clock timeout.

The characters are read with pdfminer.six and placed by their position on the page, not by their order in
the content stream: LibreOffice and Word write a run of one font (the Chinese text) and then the marks set in
another (quotes, dashes) at their places, so stream order would move every “ and — to the end of its line.
Characters whose boxes share a baseline make a line; a gap wider than two characters splits a line into
*segments* (the cells of a table row).

Output: ``{"status": "ok", "pages": [{"left", "right", "lines": [{"x0", "x1", "size", "segments": [[x0, x1,
text], ...]}]}]}``, or ``{"status": "encrypted" | "too_many_pages" | "error", ...}``.
"""

from __future__ import annotations

import json
import sys

#: a gap wider than this many character widths between two characters of a line separates two cells
CELL_GAP = 2.0


def _limit_self(memory: int, seconds: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not Linux, or a lower hard limit
        pass


def _chars(layout):
    from pdfminer.layout import LTChar

    stack = [layout]
    while stack:
        item = stack.pop()
        if isinstance(item, LTChar):
            yield item
            continue
        try:
            children = list(item)
        except TypeError:
            continue
        stack.extend(reversed(children))


def _lines(chars) -> list[dict]:
    """Characters grouped by baseline (top to bottom), each line's characters left to right, in segments."""
    rows: list[dict] = []
    for ch in sorted(chars, key=lambda c: (-(c.y0 + c.y1) / 2, c.x0)):
        text = ch.get_text()
        if not text or ch.y1 <= ch.y0:
            continue
        middle, height = (ch.y0 + ch.y1) / 2, ch.y1 - ch.y0
        for row in rows[-3:]:
            if abs(row["middle"] - middle) < max(row["height"], height) * 0.5:
                row["chars"].append(ch)
                break
        else:
            rows.append({"middle": middle, "height": height, "chars": [ch]})
    rows.sort(key=lambda r: -r["middle"])
    out = []
    for row in rows:
        chars = sorted(row["chars"], key=lambda c: c.x0)
        widths = sorted(c.x1 - c.x0 for c in chars if c.get_text().strip())
        size = widths[len(widths) // 2] if widths else 0.0
        if not size:
            continue
        segments: list[list] = []
        previous = None
        for ch in chars:
            text = ch.get_text()
            if previous is not None and ch.x0 - previous.x1 > CELL_GAP * size:
                segments.append([ch.x0, ch.x1, text])
            elif segments:
                if previous is not None and ch.x0 - previous.x1 > 0.3 * size and not text.isspace():
                    segments[-1][2] += " "  # a visible gap between words (the caller drops it between Chinese)
                segments[-1][1] = max(segments[-1][1], ch.x1)
                segments[-1][2] += text
            else:
                segments.append([ch.x0, ch.x1, text])
            previous = ch
        segments = [[round(a, 1), round(b, 1), t] for a, b, t in segments if t.strip()]
        if segments:
            out.append({"x0": segments[0][0], "x1": segments[-1][1], "size": round(size, 2), "segments": segments})
    return out


def read(path: str, max_pages: int, max_chars: int) -> dict:
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect, PDFEncryptionError
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with open(path, "rb") as handle:
        parser = PDFParser(handle)
        try:
            document = PDFDocument(parser)
        except (PDFPasswordIncorrect, PDFEncryptionError):
            return {"status": "encrypted"}
        except Exception as exc:  # noqa: BLE001 - a damaged file: said in words by the parent
            if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
                return {"status": "encrypted"}
            return {"status": "error", "reason": _reason(exc)}
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=LAParams())
        interpreter = PDFPageInterpreter(manager, device)
        pages = []
        total = 0
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > max_pages:
                return {"status": "too_many_pages", "limit": max_pages}
            interpreter.process_page(page)
            layout = device.get_result()
            lines = _lines(_chars(layout))
            total += sum(len(s[2]) for line in lines for s in line["segments"])
            if total > max_chars:
                return {"status": "too_much_text", "limit": max_chars}
            left = min((line["x0"] for line in lines), default=0.0)
            right = max((line["x1"] for line in lines), default=0.0)
            pages.append({"left": left, "right": right, "width": round(layout.width, 1), "lines": lines})
        return {"status": "ok", "pages": pages}


def _reason(exc: BaseException) -> str:
    return (" ".join(str(exc).split()) or type(exc).__name__)[:200]


def main(argv: list[str]) -> int:
    path, max_pages, max_chars, memory, seconds = argv[0], *map(int, argv[1:5])
    _limit_self(memory, seconds)
    try:
        result = read(path, max_pages, max_chars)
    except MemoryError:
        result = {"status": "memory"}
    except RecursionError:
        result = {"status": "error", "reason": "nested too deeply"}
    except Exception as exc:  # noqa: BLE001 - whatever a damaged PDF raises, the parent says in words
        result = {"status": "error", "reason": _reason(exc)}
    sys.stdout.write(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":  # pragma: no cover - run by policy_lint.extract.pdf in a subprocess
    sys.exit(main(sys.argv[1:]))
