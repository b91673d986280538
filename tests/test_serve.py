"""policy-lint serve: the local web page (issue 14, items 5 and 6).

The server runs as the user would start it (``policy-lint serve`` in a process of its own, on a free
port) and is spoken to over HTTP; the browser tests drive the system Chromium with Playwright, as the
HTML report's tests do, and keep their screenshots under ``test-artifacts/serve/``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.serve import marked_lines

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "samples" / "drafts"
JINCHENG = ROOT / "samples" / "shanxi" / "jincheng"
ARTIFACTS = ROOT / "test-artifacts" / "serve"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, tmp: Path, *args: str, env: dict | None = None):
        self.port = free_port()
        self.tmp = tmp / "server-tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)
        environment = {**os.environ, "TMPDIR": str(self.tmp), **(env or {})}
        command = [sys.executable, "-c", "from policy_lint.cli import main; main()", "serve", "--port",
                   str(self.port), *args]
        self.process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        self.host = "127.0.0.1"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read())
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> str:
        self.process.terminate()
        try:
            _, err = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        return err


def request(url: str, fields: dict | None = None, headers: dict | None = None):
    """(status, headers, body) of a GET, or a multipart POST of ``fields`` (name → (filename, bytes) or str)."""
    data = None
    headers = dict(headers or {})
    if fields is not None:
        boundary = uuid.uuid4().hex
        out = io.BytesIO()
        for name, value in fields.items():
            out.write(f"--{boundary}\r\n".encode())
            if isinstance(value, tuple):
                filename, content = value
                out.write(f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                          f"Content-Type: application/octet-stream\r\n\r\n".encode())
                out.write(content)
            else:
                out.write(f'Content-Disposition: form-data; name="{name}"\r\n\r\n{value}'.encode())
            out.write(b"\r\n")
        out.write(f"--{boundary}--\r\n".encode())
        data = out.getvalue()
        headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
    req = urllib.request.Request(url, data=data, headers=headers, method="POST" if data is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=120) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = Server(tmp_path_factory.mktemp("serve"))
    yield running
    running.stop()


def city_zip(directory: Path = JINCHENG, prefix: str = "jincheng") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(directory.iterdir()):
            archive.write(path, f"{prefix}/{path.name}")
    return out.getvalue()


# --- binding and the token ---------------------------------------------------------------------------


def test_it_answers_on_the_loopback_address_only_by_default(server):
    status, headers, body = request(server.url())
    assert status == 200 and "县（市、区）：检查一份草稿" in body.decode()
    outside = socket.gethostbyname(socket.gethostname())
    if not outside.startswith("127."):
        with pytest.raises(OSError):
            socket.create_connection((outside, server.port), timeout=2).close()


def test_a_request_naming_another_host_is_refused(server):
    status, _, body = request(server.url(), headers={"Host": f"evil.example:{server.port}"})
    assert status == 421 and "不是本机地址" in body.decode()


def test_a_non_loopback_bind_needs_a_token():
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "必须同时给出 --token" in result.stderr


def test_with_a_token_every_request_must_carry_it(tmp_path):
    running = Server(tmp_path, "--host", "0.0.0.0", "--token", "s3cret")
    try:
        assert request(running.url())[0] == 401
        assert request(running.url("/?token=wrong"))[0] == 401
        assert request(running.url("/?token=s3cret"))[0] == 200
        assert request(running.url(), headers={"Authorization": "Bearer s3cret"})[0] == 200
        draft = ("泽州县.docx", (DRAFTS / "泽州县.docx").read_bytes())
        assert request(running.url("/check"), {"file": draft})[0] == 401
        assert request(running.url("/check"), {"token": "s3cret", "file": draft})[0] == 200
        assert "s3cret" in request(running.url("/?token=s3cret"))[2].decode()  # the forms carry it on
    finally:
        running.stop()


# --- a county's draft ----------------------------------------------------------------------------------


def test_a_draft_posted_as_the_field_file_gets_its_findings_beside_the_highlighted_text(server):
    status, headers, body = request(server.url("/check"), {"file": ("泽州县.docx", (DRAFTS / "泽州县.docx").read_bytes())})
    page = body.decode()
    assert status == 200
    assert page.count('<mark class="error"') == 3 and 'data-code="PL201"' in page
    assert "独生子女证" in page and "晋教基函〔2021〕24号" in page
    assert 'download="泽州县.批注.docx"' in page
    assert "default-src 'none'" in headers["content-security-policy"]


def test_a_draft_from_a_province_without_its_rules_says_which_layers_applied(server):
    draft = "武汉市江岸区2022年义务教育招生入学工作实施方案\n随迁子女父母须在本区居住满一年。\n".encode()
    status, _, body = request(server.url("/check"), {"file": ("江岸区.txt", draft)})
    assert status == 200 and "湖北省的省级规则未随附" in body.decode()


def test_a_remark_is_marked_and_listed_apart_from_the_findings(server):
    # composed: conditions without a residence permit (PL107's remark, 提示: not a problem)
    draft = "某区2023年义务教育阶段随迁子女入学工作实施方案\n一、入学条件\n随迁子女父母在本区务工，在本区居住满半年。\n".encode()
    status, _, body = request(server.url("/check"), {"file": ("某区.txt", draft)})
    page = body.decode()
    assert status == 200
    assert '<mark class="remark" title="PL107"' in page and '<li class="remark" data-code="PL107">' in page
    assert "提示（1）" in page and "不是问题，不必修改" in page
    assert "未发现问题" in page and '<mark class="error"' not in page  # no finding: the remark is not one


def test_a_script_gets_the_json_report_from_the_same_endpoint(server):
    status, headers, body = request(server.url("/check"), {"file": ("泽州县.docx", (DRAFTS / "泽州县.docx").read_bytes())},
                                    headers={"Accept": "application/json"})
    report = json.loads(body)
    assert status == 200 and headers["content-type"].startswith("application/json")
    codes = [f["code"] for f in report["files"][0]["findings"]]
    expected = json.loads(CliRunner().invoke(app, ["check", str(DRAFTS / "泽州县.docx"), "--format", "json"]).stdout)
    assert codes == [f["code"] for f in expected["files"][0]["findings"]]


def test_every_string_from_the_upload_is_escaped(server):
    draft = "基本信息 {\n  省: 山西省\n  市: 晋城市\n  县: <script>alert(1)</script>县\n  年度: 2021\n}\n"
    status, _, body = request(server.url("/check"), {"file": ("<img src=x onerror=alert(1)>.rules", draft.encode())})
    page = body.decode()
    assert "<script>alert(1)" not in page and "<img src=x" not in page


@pytest.mark.parametrize(("name", "content", "said"), [
    ("a.doc", b"\xd0\xcf\x11\xe0", "不是 Word 或 WPS 文档"),  # a .doc is read now (LibreOffice); a truncated one is said
    ("a.exe", b"MZ\x90\x00", "不是可检查的草稿"),
    ("empty.txt", b"", "空"),
    ("bin.txt", b"\x00\x01\x02" * 100, "二进制"),
])
def test_a_draft_that_cannot_be_read_gets_a_message(server, name, content, said):
    status, _, body = request(server.url("/check"), {"file": (name, content)})
    page = body.decode()
    assert said in page and "Traceback" not in page


def test_no_file_is_a_message(server):
    status, _, body = request(server.url("/check"), {"other": "x"})
    assert status == 400 and "没有收到文件" in body.decode()


def test_an_upload_over_the_limit_is_refused(tmp_path):
    running = Server(tmp_path, env={"POLICY_LINT_MAX_UPLOAD": "1000"})
    try:
        status, _, body = request(running.url("/check"), {"file": ("big.txt", b"x" * 5000)})
        assert status == 413 and "超过 1000 字节" in body.decode()
    finally:
        running.stop()


def test_nothing_is_kept_after_a_request(server):
    request(server.url("/check"), {"file": ("泽州县.docx", (DRAFTS / "泽州县.docx").read_bytes())})
    request(server.url("/review"), {"file": ("jincheng.zip", city_zip())})
    assert [p.name for p in server.tmp.iterdir() if p.name.startswith("policy-lint-serve-")] == []


# --- a city's zip ------------------------------------------------------------------------------------------


def test_a_city_zip_gets_the_review_and_its_downloads(server):
    status, _, body = request(server.url("/review"), {"file": ("jincheng.zip", city_zip())})
    page = body.decode()
    assert status == 200 and "晋城市" in page and "不通过" in page
    assert 'download="晋城市审核意见.docx"' in page and 'download="晋城市附件3.xlsx"' in page


def test_a_zip_named_in_gbk_as_windows_writes_it_is_read(server):
    class GbkName(zipfile.ZipInfo):  # what Windows' own zip tool writes: GBK bytes, no UTF-8 flag
        def _encodeFilenameFlags(self):
            return self.filename.encode("gbk"), self.flag_bits & ~0x800

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted(JINCHENG.iterdir()):
            archive.writestr(GbkName(f"jincheng/{path.name}"), path.read_bytes())
    assert not zipfile.ZipFile(io.BytesIO(out.getvalue())).infolist()[0].flag_bits & 0x800
    status, _, body = request(server.url("/review"), {"file": ("jincheng.zip", out.getvalue())})
    assert status == 200 and "泽州县" in body.decode() and "未报送" not in body.decode().split("泽州县")[1][:200]


def _evil(kind: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("jincheng/city.toml", (JINCHENG / "city.toml").read_bytes())
        if kind == "slip":
            archive.writestr("../../escaped.txt", b"x")
        elif kind == "absolute":
            archive.writestr("/tmp/escaped.txt", b"x")
        elif kind == "link":
            info = zipfile.ZipInfo("jincheng/泽州县.rules")
            info.external_attr = (0o120777 << 16)
            archive.writestr(info, "/etc/passwd")
        elif kind == "bomb":
            archive.writestr("jincheng/泽州县.rules", b"\0" * (40 * 1024 * 1024))
        elif kind == "many":
            for i in range(2100):
                archive.writestr(f"jincheng/{i}.txt", b"")
    return out.getvalue()


@pytest.mark.parametrize(("kind", "said"), [
    ("slip", "指向目录之外"), ("absolute", "指向目录之外"), ("link", "是符号链接"), ("bomb", "压缩炸弹"),
    ("many", "超过上限 2000"),
])
def test_an_evil_zip_is_refused_with_a_message_and_nothing_written_outside(server, tmp_path, kind, said):
    status, _, body = request(server.url("/review"), {"file": ("evil.zip", _evil(kind))})
    assert status == 400 and said in body.decode()
    assert not (server.tmp.parent / "escaped.txt").exists() and not Path("/tmp/escaped.txt").exists()


def test_a_file_that_is_not_a_zip_and_a_zip_without_city_toml(server):
    assert "不是 zip 压缩包" in request(server.url("/review"), {"file": ("x.zip", b"not a zip")})[2].decode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a/b.rules", b"x")
    assert "没有找到 city.toml" in request(server.url("/review"), {"file": ("x.zip", out.getvalue())})[2].decode()


def test_a_province_zip_gets_the_audit(server):
    shanxi = ROOT / "samples" / "shanxi"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(shanxi.rglob("*")):
            if path.is_file():
                archive.write(path, f"shanxi/{path.relative_to(shanxi).as_posix()}")
    stats = ("stats-2020.csv", (shanxi / "stats-2020.csv").read_bytes())
    status, _, body = request(server.url("/audit"), {"file": ("shanxi.zip", out.getvalue()), "stats": stats})
    page = body.decode()
    assert status == 200 and "山西省" in page and 'download="山西省附件1复核.xlsx"' in page


def test_english_on_request(server):
    assert "County: check a draft" in request(server.url("/?lang=en"))[2].decode()


def test_marked_lines_cover_the_text_exactly_once():
    class F:
        def __init__(self, line, column, end, severity="error", code="PL1"):
            from policy_lint.models import Span

            self.span = Span(line=line, column=column, end_line=line, end_column=end)
            self.severity, self.code = severity, code

    lines = marked_lines("abcdef\nxyz", [F(1, 2, 4), F(1, 3, 6, "warning", "PL2")], [])
    assert "".join(p["text"] for p in lines[0]["pieces"]) == "abcdef"
    assert [p["kind"] for p in lines[0]["pieces"]] == [None, "error", "warning", None]


# --- in the browser ------------------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def page(server):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("the browser tests need playwright and chromium: .ci/run must install them", pytrace=False)
        pytest.skip("needs playwright and chromium")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"])
        context = browser.new_context(accept_downloads=True)
        blocked = []
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            (f"http://127.0.0.1:{server.port}", "data:")) else (blocked.append(route.request.url), route.abort()))
        tab = context.new_page()
        tab.blocked = blocked
        yield tab
        browser.close()


def test_in_the_browser_a_county_drops_its_draft_sees_the_words_and_downloads_the_commented_file(server, page,
                                                                                                 tmp_path):
    page.goto(server.url())
    page.set_input_files('form[data-kind="check"] input[name="file"]', str(DRAFTS / "泽州县.docx"))
    page.click('form[data-kind="check"] button')
    page.wait_for_selector("ol.text mark.error")
    assert page.locator('mark[data-code="PL201"]').inner_text() == "独生子女证"
    assert page.locator("ol.findings li.error").count() == 3  # PL101, PL201 and PL204 (父母无犯罪记录证明)
    page.screenshot(path=str(ARTIFACTS / "county-draft.png"), full_page=True)
    with page.expect_download() as download:
        page.click('a[download$=".docx"]')
    saved = tmp_path / "annotated.docx"
    download.value.save_as(saved)
    from policy_lint.extract.check import check_draft

    checked = check_draft(DRAFTS / "泽州县.docx", "泽州县.docx")
    assert len(list(docx.Document(str(saved)).comments)) == len(checked.findings) + len(checked.unread)
    assert page.blocked == []  # the page asked nothing of anywhere else


def test_in_the_browser_a_city_drops_its_zip_and_downloads_the_letters(server, page, tmp_path):
    archive = tmp_path / "jincheng.zip"
    archive.write_bytes(city_zip())
    page.goto(server.url())
    page.set_input_files('form[data-kind="review"] input[name="file"]', str(archive))
    page.click('form[data-kind="review"] button')
    page.wait_for_selector("nav.downloads a.download")
    page.screenshot(path=str(ARTIFACTS / "city-review.png"))
    with page.expect_download() as download:
        page.click('a.download[download$="审核意见.docx"]')
    saved = tmp_path / "letters.docx"
    download.value.save_as(saved)
    text = [p.text for p in docx.Document(str(saved)).paragraphs]
    assert "泽州县教育局：" in text


def test_in_the_browser_an_evil_zip_is_refused_with_a_message(server, page, tmp_path):
    archive = tmp_path / "evil.zip"
    archive.write_bytes(_evil("slip"))
    page.goto(server.url())
    page.set_input_files('form[data-kind="review"] input[name="file"]', str(archive))
    page.click('form[data-kind="review"] button')
    page.wait_for_selector('[role="alert"]')
    assert "指向目录之外" in page.locator('[role="alert"]').inner_text()
    page.screenshot(path=str(ARTIFACTS / "evil-zip.png"))
