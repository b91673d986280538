"""``policy-lint serve``: the checks on a local web page, for people who never open a terminal.

A county user drops a draft (.docx, .txt, .md, or a .rules file) and sees the findings beside the text
with the words highlighted, and downloads the draft with a Word comment on each finding (annotate); a
city user drops a zip of the city folder and gets the review with its letters, 附件3 and the PDF to
download; a province user drops a zip of the province folder (and the 附件1 table) and gets the audit.
The form posts the file as the multipart field ``file`` to ``/check`` (``/review``, ``/audit``), so a
script can use the same endpoints (``Accept: application/json`` gets the JSON report).

Safety.  Bound to 127.0.0.1 unless ``--host`` is given, and then only with a ``--token`` that every
request must carry (``Authorization: Bearer …``, or ``token`` in the query or the form); on loopback
without a token, a request whose ``Host`` is not the loopback address is refused (DNS rebinding).  A
request body is limited (``POLICY_LINT_MAX_UPLOAD``); a zip is unpacked only within limits (entries,
unpacked bytes, compression ratio), never outside its folder (absolute names, ``..``, links are
refused), names in GBK as Windows writes them read as such.  Every request works in a temporary folder
of its own, removed when the answer is sent: nothing is kept.  Every string is escaped (jinja2
autoescape); the page has a content security policy that allows nothing from anywhere else, and the
page makes no request to anywhere else.
"""

from __future__ import annotations

import base64
import hmac
import ipaddress
import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import InputError
from .messages import text

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
#: what one request may send, in bytes (POLICY_LINT_MAX_UPLOAD overrides)
MAX_UPLOAD = 50 * 1024 * 1024
#: what a zip may hold
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_UNPACKED = 200 * 1024 * 1024
MAX_ZIP_RATIO = 200  # unpacked / packed, per entry: beyond it, a zip bomb


class Refusal(Exception):
    """A request that is answered with a message and a status, never a traceback."""

    def __init__(self, message, status: int = 400):
        super().__init__(message.zh if hasattr(message, "zh") else str(message))
        self.message = message
        self.status = status


def is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _limit(name: str, default: int) -> int:
    raw = os.environ.get(f"POLICY_LINT_{name}")
    if raw and raw.isdigit() and int(raw) > 0:
        return int(raw)
    return default


# --- zips ------------------------------------------------------------------------------------------


def _entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's name as its maker meant it: UTF-8 when flagged, else GBK as Chinese Windows writes it."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("gbk")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name.replace("\\", "/")


def unpack(data: bytes, dest: Path, shown: str) -> None:
    """Unpack the zip ``data`` into ``dest`` within the limits; :class:`Refusal` for anything unsafe."""
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise Refusal(text("serve.not_zip", name=shown)) from None
    entries = archive.infolist()
    limit = _limit("MAX_ZIP_ENTRIES", MAX_ZIP_ENTRIES)
    if len(entries) > limit:
        raise Refusal(text("serve.zip_too_many", count=len(entries), limit=limit))
    budget = _limit("MAX_ZIP_UNPACKED", MAX_ZIP_UNPACKED)
    if sum(info.file_size for info in entries) > budget:
        raise Refusal(text("serve.zip_too_large", limit=budget))
    plan = []
    for info in entries:
        name = _entry_name(info)
        parts = PurePosixPath(name).parts
        if name.startswith("/") or (parts and ":" in parts[0]) or ".." in parts:
            raise Refusal(text("serve.zip_unsafe", entry=name, why=text("serve.zip_why.outside")))
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise Refusal(text("serve.zip_unsafe", entry=name, why=text("serve.zip_why.link")))
        if info.is_dir():
            continue
        if stat.S_IFMT(mode) and not stat.S_ISREG(mode):  # many zips give permissions only, no file type
            raise Refusal(text("serve.zip_unsafe", entry=name, why=text("serve.zip_why.special")))
        if info.file_size > 1024 * 1024 and info.compress_size * MAX_ZIP_RATIO < info.file_size:
            raise Refusal(text("serve.zip_unsafe", entry=name, why=text("serve.zip_why.ratio")))
        if any(part.startswith(".") and part not in (".",) for part in parts) or parts[0] == "__MACOSX":
            continue  # a Mac's resource forks and hidden files are not the folder's content
        plan.append((info, dest.joinpath(*parts)))
    used = 0
    root = dest.resolve()
    for info, target in plan:
        if not str(target.resolve()).startswith(str(root) + os.sep):
            raise Refusal(text("serve.zip_unsafe", entry=info.filename, why=text("serve.zip_why.outside")))
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with archive.open(info) as source, open(target, "wb") as out:
                while True:
                    chunk = source.read(64 * 1024)
                    if not chunk:
                        break
                    used += len(chunk)
                    if used > budget:
                        raise Refusal(text("serve.zip_too_large", limit=budget))
                    out.write(chunk)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError, ValueError):
            raise Refusal(text("serve.zip_damaged")) from None


def find_config(root: Path, name: str, what: str) -> Path:
    found = sorted(p.parent for p in root.rglob(name) if p.is_file() and not p.is_symlink())
    if not found:
        raise Refusal(text("serve.no_config", name=name))
    if len(found) > 1 and name == "city.toml":
        raise Refusal(text("serve.many_configs", count=len(found), name=name, what=text(f"serve.what.{what}")))
    return found[0] if name == "city.toml" else min(found, key=lambda p: len(p.parts))


# --- what the pages show ---------------------------------------------------------------------------


@dataclass
class Download:
    label: str
    name: str
    mime: str
    data: bytes

    @property
    def href(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


def marked_lines(source_text: str, findings, unread) -> list[dict]:
    """The draft's lines, each cut into pieces, the words of a finding, a remark (提示, marked ``remark``) or a
    待确认 sentence marked; findings and remarks are numbered in the order given."""
    lines = source_text.split("\n")
    marks: dict[int, list[tuple[int, int, str, str, int]]] = {}
    for index, finding in enumerate(findings, start=1):
        span = finding.span
        end = span.end_column if span.end_line == span.line else len(lines[span.line - 1]) + 1 \
            if 1 <= span.line <= len(lines) else span.column
        marks.setdefault(span.line, []).append((span.column - 1, end - 1, finding.severity, finding.code, index))
    for problem in unread:
        if problem.line is None:
            continue
        line_text = lines[problem.line - 1] if 1 <= problem.line <= len(lines) else ""
        end = problem.end_column if problem.end_column else len(line_text) + 1
        marks.setdefault(problem.line, []).append(((problem.column or 1) - 1, end - 1, "unread", "", 0))
    out = []
    for number, line in enumerate(lines, start=1):
        pieces, at = [], 0
        for start, end, kind, code, index in sorted(marks.get(number, []), key=lambda m: (m[0], -m[1])):
            start, end = max(start, at), min(max(end, start), len(line))
            if end <= start:
                continue
            if start > at:
                pieces.append({"text": line[at:start], "kind": None, "code": "", "index": 0})
            pieces.append({"text": line[start:end], "kind": kind, "code": code, "index": index})
            at = end
        if at < len(line):
            pieces.append({"text": line[at:], "kind": None, "code": "", "index": 0})
        out.append({"number": number, "pieces": pieces})
    return out


def check_upload(name: str, data: bytes, work: Path, lang: str) -> dict:
    """A county's draft: its findings, the marked text, and the annotated .docx when it is one."""
    from .engine import KINDS, check_file

    safe_name = Path(name.replace("\\", "/")).name or "草稿.txt"
    suffix = Path(safe_name).suffix.lower()
    readable = tuple(s for kind, _ in KINDS for s in kind.suffixes)  # every kind the pipeline reads
    if suffix not in readable:
        raise Refusal(text("serve.bad_suffix", name=safe_name, suffixes="、".join(readable)))
    path = work / safe_name
    path.write_bytes(data)
    result = check_file(path, safe_name)
    downloads: list[Download] = []
    if result.error is None and suffix == ".docx":
        from .annotate import annotate

        try:
            annotated = annotate(path, safe_name, result, lang)
            downloads.append(Download(text("serve.download_annotated")(lang), f"{Path(safe_name).stem}.批注.docx",
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      annotated.data))
        except InputError:
            pass  # the findings are still shown; only the annotated copy is not offered
    return {"result": result, "downloads": downloads}


def review_upload(name: str, data: bytes, work: Path, lang: str) -> dict:
    from .render import html, xlsx
    from .render.letters import docx_bytes, for_print, letter_settings, letters
    from .review import review_city

    unpack(data, work, name)
    city_dir = find_config(work, "city.toml", "city")
    try:
        review = review_city(city_dir)
    except InputError as exc:
        raise Refusal(_problem_text(exc, lang)) from None
    settings = letter_settings(review.config, city_dir)
    items = letters(review, lang, settings)
    city = review.config.name
    downloads = [
        Download(text("serve.download_letters")(lang), f"{city}审核意见.docx",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(items, settings)),
        Download(text("serve.download_xlsx")(lang), f"{city}附件3.xlsx",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.render_review(review, lang)),
    ]
    downloads += _pdf(html.render_review(review, lang, letters=for_print(items)), f"{city}审核报告.pdf", lang)
    return {"page": html.render_review(review, lang), "downloads": downloads}


def audit_upload(name: str, data: bytes, stats: tuple[str, bytes] | None, work: Path, lang: str) -> dict:
    from .audit import audit_province
    from .render import html, xlsx

    unpack(data, work / "province", name)
    province_dir = find_config(work / "province", "province.toml", "province")
    stats_path = None
    if stats is not None:
        stats_path = work / (Path(stats[0].replace("\\", "/")).name or "附件1.csv")
        stats_path.write_bytes(stats[1])
    try:
        report = audit_province(province_dir, stats_path)
    except InputError as exc:
        raise Refusal(_problem_text(exc, lang)) from None
    name_ = report.config.name
    downloads = [Download(text("serve.download_xlsx")(lang), f"{name_}附件1复核.xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          xlsx.render_audit(report, lang))]
    downloads += _pdf(html.render_audit(report, lang, print_mode=True), f"{name_}审计报告.pdf", lang)
    return {"page": html.render_audit(report, lang), "downloads": downloads}


def _pdf(page: str, name: str, lang: str) -> list[Download]:
    from .render.pdf import browser, to_pdf

    if browser() is None:
        return []
    try:
        return [Download(text("serve.download_pdf")(lang), name, "application/pdf", to_pdf(page, name))]
    except InputError:
        return []


def _problem_text(exc: InputError, lang: str):
    first = exc.problems[0].message if exc.problems else text("serve.failed", reason="")
    return first


# --- the application -------------------------------------------------------------------------------

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'; script-src 'nonce-{nonce}'")


def create_app(token: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, default_lang: str = "zh"):
    """The ASGI application (Starlette)."""
    import secrets

    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "render" / "templates"),
                      autoescape=select_autoescape(default=True), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    page = env.get_template("serve.html.j2")

    def lang_of(request: Request) -> str:
        wanted = request.query_params.get("lang") or default_lang
        return "en" if wanted == "en" else "zh"

    def render(request: Request, status: int = 200, **values) -> Response:
        lang = lang_of(request)
        nonce = secrets.token_urlsafe(16)
        from .engine import KINDS

        suffixes = [s for kind, _ in KINDS for s in kind.suffixes]
        body = page.render(lang=lang, t=lambda key, **v: text(key, **v)(lang), token=token or "", nonce=nonce,
                           suffixes=suffixes,
                           **{"error": None, "result": None, "lines": None, "downloads": [], "kind": "index",
                              **values})
        return _secure(HTMLResponse(body, status_code=status), nonce)

    def _secure(response: Response, nonce: str = "none") -> Response:
        response.headers["Content-Security-Policy"] = CSP.format(nonce=nonce)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def refuse(request: Request, message, status: int) -> Response:
        if "application/json" in request.headers.get("accept", ""):
            lang = lang_of(request)
            return _secure(JSONResponse({"error": message(lang)}, status_code=status))
        return render(request, status=status, kind="error", error=message(lang_of(request)))

    async def guard(request: Request) -> Response | None:
        lang_host = request.headers.get("host", "")
        name = lang_host.rsplit(":", 1)[0] if not lang_host.startswith("[") else lang_host.split("]")[0] + "]"
        if token is None and not is_loopback(name):
            return refuse(request, text("serve.bad_host", host=lang_host[:80], port=port), 421)
        if token is not None:
            given = request.headers.get("authorization", "")
            given = given[7:] if given.lower().startswith("bearer ") else request.query_params.get("token", "")
            if not given and request.method == "POST":
                return None  # checked against the form field once the form is read
            if not hmac.compare_digest(given.encode(), token.encode()):
                return refuse(request, text("serve.unauthorised"), 401)
        return None

    async def form_of(request: Request):
        limit = _limit("MAX_UPLOAD", MAX_UPLOAD)
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            raise Refusal(text("serve.too_large", limit=limit), 413)
        form = await request.form(max_files=2, max_fields=10, max_part_size=1024 * 1024)
        if token is not None and not request.headers.get("authorization") and not request.query_params.get("token"):
            if not hmac.compare_digest(str(form.get("token", "")).encode(), token.encode()):
                raise Refusal(text("serve.unauthorised"), 401)
        return form

    async def read_file(upload, limit: int) -> bytes:
        chunks, size = [], 0
        while True:
            chunk = await upload.read(1024 * 1024)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise Refusal(text("serve.too_large", limit=limit), 413)
            chunks.append(chunk)
        return b"".join(chunks)

    async def handle(request: Request, kind: str) -> Response:
        refused = await guard(request)
        if refused is not None:
            return refused
        lang = lang_of(request)
        work = Path(tempfile.mkdtemp(prefix="policy-lint-serve-"))
        try:
            form = await form_of(request)
            upload = form.get("file")
            if upload is None or not hasattr(upload, "read") or not upload.filename:
                raise Refusal(text("serve.no_file"))
            limit = _limit("MAX_UPLOAD", MAX_UPLOAD)
            data = await read_file(upload, limit)
            if kind == "check":
                done = check_upload(upload.filename, data, work, lang)
                result = done["result"]
                if "application/json" in request.headers.get("accept", ""):
                    from .render.json_out import render as render_json

                    return _secure(Response(render_json([result], lang), media_type="application/json"))
                # the remarks (提示) marked after the findings, numbered on from them, listed apart on the page
                lines = marked_lines(result.source.text, result.findings + result.remarks, result.unread) \
                    if result.source is not None else None
                return render(request, kind="check", result=result, lines=lines, downloads=done["downloads"])
            if kind == "review":
                done = review_upload(upload.filename, data, work, lang)
            else:
                stats = form.get("stats")
                stats_pair = None
                if stats is not None and hasattr(stats, "read") and stats.filename:
                    stats_pair = (stats.filename, await read_file(stats, limit))
                done = audit_upload(upload.filename, data, stats_pair, work, lang)
            return _secure(HTMLResponse(_with_downloads(done["page"], done["downloads"], lang, token)))
        except Refusal as exc:
            return refuse(request, exc.message, exc.status)
        except InputError as exc:
            return refuse(request, _problem_text(exc, lang), 400)
        except Exception as exc:  # the last guard: a message, never a traceback
            reason = " ".join(str(exc).split())[:200]
            return refuse(request, text("serve.failed", reason=reason), 500)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    async def index(request: Request) -> Response:
        refused = await guard(request)
        if refused is not None:
            return refused
        return render(request)

    async def check(request: Request) -> Response:
        return await handle(request, "check")

    async def review(request: Request) -> Response:
        return await handle(request, "review")

    async def audit(request: Request) -> Response:
        return await handle(request, "audit")

    async def not_found(request: Request, exc) -> Response:
        return refuse(request, text("serve.not_found"), 404)

    return Starlette(routes=[Route("/", index), Route("/check", check, methods=["POST"]),
                             Route("/review", review, methods=["POST"]), Route("/audit", audit, methods=["POST"])],
                     exception_handlers={404: not_found, 405: not_found})


def _with_downloads(page: str, downloads: list[Download], lang: str, token: str | None) -> str:
    """The review or audit page with a bar of downloads at its top (the report's own page is kept whole)."""
    from markupsafe import escape

    links = "".join(f'<a class="download" download="{escape(d.name)}" href="{d.href}">{escape(d.label)}</a> '
                    for d in downloads)
    query = [f"lang={lang}"] if lang == "en" else []
    if token:
        query.append(f"token={token}")
    back = "/" + ("?" + "&".join(query) if query else "")
    bar = (f'<nav class="downloads" style="margin:0 0 6mm;padding:3mm;border:1pt solid #c8c8c8">'
           f'<a href="{escape(back)}">{escape(text("serve.back")(lang))}</a> {links}</nav>')
    return page.replace("<body>\n", "<body>\n" + bar + "\n", 1)


def run(host: str, port: int, token: str | None, lang: str) -> None:
    import uvicorn

    app = create_app(token, host, port, lang)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, date_header=False)
