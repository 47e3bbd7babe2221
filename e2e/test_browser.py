#!/usr/bin/env python3
"""Walks the demo cooperative in headless Chromium, once at phone size and once at laptop size.

Run it through scripts/e2e, which seeds the demo, starts the server and sets E2E_BASE_URL. After
every step it checks the page (no error page, no console error, nothing wider than the window),
saves e2e/screenshots/<viewport>-<NN>-<step>.png and prints one line. Any failure exits non-zero.
"""
import base64
import datetime
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ.get("E2E_BASE_URL", "http://127.0.0.1:8080")
SHOTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "screenshots")
PASSWORD = "Guyub-Demo-2026"
BOARD, MEMBER, CASHIER = "ketua@sukamaju.coop", "anggota@sukamaju.coop", "kasir@sukamaju.coop"
PARTNER = "mitra@sukamaju.coop"
TREASURER, DRIVER = "bendahara@sukamaju.coop", "sopir@sukamaju.coop"
VIEWPORTS = {"phone": (360, 740), "laptop": (1280, 800)}
# Per viewport: the new member's name as first typed and as corrected.
PEOPLE = {"phone": ("Rahmat Hidayatulah", "Rahmat Hidayatullah"),
          "laptop": ("Bayu Kusuma Wardana", "Bayu Kusuma Wardhana")}


class Failure(Exception):
    pass


def css(selector):
    return (By.CSS_SELECTOR, selector)


class Browser:
    def __init__(self, view):
        self.view, (self.width, self.height) = view, VIEWPORTS[view]
        self.number, self.step_name = 0, "start"
        options = webdriver.ChromeOptions()
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--lang=id", f"--window-size={self.width},{self.height}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
        self.driver = webdriver.Chrome(options=options, service=service)
        self.resize(self.height)

    def resize(self, height):
        """The exact viewport, emulated as a phone below 600 px (so the viewport meta tag applies)."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": self.width, "height": height, "deviceScaleFactor": 1, "mobile": self.width < 600})

    def fail(self, message):
        url = self.driver.current_url.replace(BASE, "") or "/"
        raise Failure(f"[{self.view} {self.width}px] step '{self.step_name}' at {url}: {message}")

    # ---- actions ----

    def find(self, selector):
        found = self.driver.find_elements(*css(selector))
        if not found:
            self.fail(f"no element matches {selector!r}")
        return found[0]

    def go(self, path):
        self.driver.get(BASE + path)

    def click(self, selector):
        """Clicks a link or a submit button and waits for the next page to replace this one."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        element = self.find(selector)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()
        try:
            WebDriverWait(self.driver, 10).until(lambda d: not _alive(old))
        except TimeoutException:
            self.fail(f"clicking {selector!r} did not lead to a new page")

    def fill(self, values, scope=""):
        """Types into the fields named in `values`, within the form `scope` when several forms share names."""
        for name, value in values.items():
            field = self.find(f"{scope} [name='{name}']".strip())
            if field.tag_name == "select":
                Select(field).select_by_value(value)
            elif field.get_attribute("type") == "date":  # typing into it depends on the browser's locale
                self.driver.execute_script("arguments[0].value = arguments[1]", field, value)
            else:
                field.clear()
                field.send_keys(value)

    def text(self, selector="body"):
        return self.find(selector).text

    def scan(self, selector):
        """What a camera reads from the code on the page: the element's picture, decoded by zbarimg."""
        with tempfile.NamedTemporaryFile(suffix=".png") as picture:
            self.find(selector).screenshot(picture.name)
            read = subprocess.run(["zbarimg", "--raw", "-q", picture.name], capture_output=True, text=True)
        if read.returncode != 0:
            self.fail(f"no QR code could be read from {selector!r}")
        return read.stdout.strip()

    def offline(self, off):
        """Drops the connection (or brings it back), as a phone losing its signal: the browser says so to the page."""
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": off, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})

    def wait(self, condition, what):
        try:
            WebDriverWait(self.driver, 10).until(lambda d: d.execute_script("return " + condition))
        except TimeoutException:
            self.fail(f"waited for {what}")

    # ---- checks ----

    def step(self, name, expect=None, contains=None, absent=None, status=None):
        """Checks the page now shown, then saves its screenshot and prints one line. `status`: the
        HTTP error this page is expected to answer with (a refused form comes back as 401 or 422)."""
        self.number += 1
        self.step_name = name
        expect = [expect] if isinstance(expect, str) else expect or []
        d = self.driver
        WebDriverWait(d, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        errors = [e["message"] for e in d.get_log("browser") if e["level"] == "SEVERE"]
        errors = [e for e in errors if not (status and f"status of {status} " in e)]
        if errors:
            self.fail("browser console error: " + " | ".join(errors))
        wanted_error = ".error-page" in expect
        if (d.find_elements(*css(".error-page")) and not wanted_error) or not d.find_elements(*css("header.top")):
            heading = d.find_elements(*css("h1"))
            self.fail(f"error page '{d.title}': {heading[0].text if heading else d.page_source[:200]}")
        try:
            WebDriverWait(d, 5).until(lambda d: all(d.find_elements(*css(e)) for e in expect)
                                      and (contains is None or contains in d.find_element(By.TAG_NAME, "body").text))
        except TimeoutException:
            self.fail(f"expected {' and '.join(expect)!r} {('with text ' + repr(contains)) if contains else ''} "
                      f"but the page is '{d.title}'")
        if absent and d.find_elements(*css(absent)):
            self.fail(f"{absent!r} should not be on this page")
        wide = d.execute_script("""
            const limit = Math.min(window.innerWidth, arguments[0]);
            const width = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
            if (width <= limit) return null;
            const culprits = [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > limit + 1)
              .slice(-3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
            return width + ' px > ' + limit + ' px; widest: ' + culprits.join(', ');""", self.width)
        if wide:
            self.fail(f"the page is wider than the window ({wide})")
        if self.width < 600:
            small = d.execute_script("""
                return [...document.querySelectorAll('header a, header button, main a, main button, main select, main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main label:has(input[type=checkbox], input[type=radio])')]
                  .filter(e => e.offsetParent && e.getBoundingClientRect().height < 44)
                  .slice(0, 3).map(e => (e.innerText || e.value || e.name || e.tagName).trim().slice(0, 30)
                                   + ' (' + Math.round(e.getBoundingClientRect().height) + ' px)');""")
            if small:
                self.fail(f"targets smaller than a finger (44 px): {', '.join(small)}")
        self.screenshot(name)
        print(f"  ok {self.view}-{self.number:02d} {name}: {d.title}", flush=True)

    def printed(self, name):
        """The page as it prints: print media emulated for one screenshot; the menu and forms must go."""
        self.number += 1
        self.step_name = name
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            shown = self.driver.execute_script(
                "return [...document.querySelectorAll('.menu, main form')].filter(e => e.offsetParent).length")
            if shown:
                self.fail(f"{shown} menu or form elements still show when printed")
            self.screenshot(name)
        finally:
            self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        print(f"  ok {self.view}-{self.number:02d} {name}: print styles", flush=True)

    def pdf(self, name, pages, size=None):
        """Prints the page to PDF as the browser would (its own page size, no header or footer): at most
        `pages` pages, the first of `size` (width, height in mm) when given. The PDF is kept by the
        screenshots."""
        self.number += 1
        self.step_name = name
        data = base64.b64decode(self.driver.execute_cdp_cmd(
            "Page.printToPDF", {"preferCSSPageSize": True, "displayHeaderFooter": False})["data"])
        with open(os.path.join(SHOTS, f"{self.view}-{self.number:02d}-{name}.pdf"), "wb") as out:
            out.write(data)
        count = len(re.findall(rb"/Type\s*/Page[^s]", data))
        if count > pages:
            self.fail(f"prints on {count} pages, at most {pages} expected")
        if size:
            box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
            mm = tuple(round(float(v) * 25.4 / 72) for v in box.groups()) if box else None
            if not mm or abs(mm[0] - size[0]) > 1 or abs(mm[1] - size[1]) > 1:
                self.fail(f"prints on a {mm} mm page, {size} mm expected")
        print(f"  ok {self.view}-{self.number:02d} {name}: {count} printed page(s)", flush=True)

    def refusal_in_view(self, field):
        """A refused form shows its message where the eye is: the banner on screen and the field focused."""
        shown = self.driver.execute_script("""
            const banner = document.querySelector('.refusal');
            if (!banner) return 'no banner';
            const top = banner.getBoundingClientRect().top;
            if (top < 0 || top > window.innerHeight) return 'the banner is off screen at ' + Math.round(top) + ' px';
            const active = document.activeElement;
            return active && active.name === arguments[0] ? null : 'the focus is on ' + (active && (active.name || active.tagName));
            """, field)
        if shown:
            self.fail(f"the refusal is not where the eye is: {shown}")

    def screenshot(self, name):
        full = self.driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
        self.resize(max(self.height, full))
        self.driver.save_screenshot(os.path.join(SHOTS, f"{self.view}-{self.number:02d}-{name}.png"))
        self.resize(self.height)


def qris_crc_ok(payload):
    """The payload's last four characters are the CRC-16/CCITT-FALSE of all before them (DOMAIN.md)."""
    crc = 0xFFFF
    for byte in payload[:-4].encode():
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return payload[-4:] == f"{crc:04X}"


def _alive(element):
    try:
        element.tag_name
        return True
    except WebDriverException:
        return False


def valid_nik(birth, serial):
    """Province 35, regency 07, district 24 (Malang), birth DDMMYY (+40 on the day for women), serial."""
    return f"350724{birth}{serial:04d}"


def write_csv(folder, serials):
    rows = [
        "Nama;NIK;No. HP;Alamat;Tempat/Tgl Lahir;L/P;Tgl Masuk",
        f"Wartini;{valid_nik('550385', serials[1])};0813-1111-{serials[1]:04d};"
        "Dusun Krajan RT 01/RW 02, Desa Sukamaju;Malang, 15-03-1985;P;01/02/2024",
        f"Sutrisno;{valid_nik('020775', serials[2])};0857-3333-{serials[2]:04d};"
        "Dusun Ngemplak RT 03/RW 01, Desa Sukamaju;Blitar, 02-07-1975;L;05/01/2024",
        "Paijo;3.51514E+15;0822-5555-7777;Dusun Tegalsari RT 02/RW 03, Desa Sukamaju;;L;",
    ]
    path = os.path.join(folder, "anggota-baru.csv")
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n".join(rows) + "\n")
    return path


def sign_in(b, email, password=PASSWORD):
    b.fill({"email": email, "password": password})
    b.click("form[action='/sign-in'] button[type='submit']")


def board_walk(b, folder):
    serials = random.sample(range(1000, 10000), 3)
    nik = valid_nik("120890", serials[0])
    first_name, corrected = PEOPLE[b.view]

    b.go("/")
    b.step("sign-in", expect="form[action='/sign-in'] input[name='password']")
    sign_in(b, BOARD, "not-the-password")
    b.step("sign-in-refused", expect=".notice-error", status=401)
    sign_in(b, BOARD)
    b.step("dashboard", expect=[".figures a.figure", ".bar-chart .bar-row"], contains="Hartono")

    b.click(".menu a[href='/members']")
    b.step("members", expect="table.members td a[href^='/members/']")
    b.fill({"q": "Siti"})
    b.click("form.search button[type='submit']")
    b.step("members-search", expect="table.members", contains="Siti Aminah")
    b.click("table.members td a[href^='/members/']")
    b.step("member", expect=".page-head h1", contains="Siti")

    b.go("/members")
    b.click("a[href='/members/new']")
    b.step("member-new", expect="form[action='/members/new'] input[name='nik']")
    b.fill({"name": first_name, "nik": "3.51514E+15", "phone": "0812-5555-6666",
            "address": "Dusun Krajan RT 02/RW 01, Desa Sukamaju, Kec. Singosari"})
    b.click("form[action='/members/new'] button[type='submit']")
    b.step("member-new-errors", expect=".has-error .field-error", status=422)
    b.fill({"nik": nik})
    b.click("form[action='/members/new'] button[type='submit']")
    b.step("member-added", expect=".notice-success", contains=first_name)
    if "Laki-laki" not in b.text(".details"):
        b.fail("the gender read from the NIK (male) is not shown")

    b.click("a[href$='/edit']")
    b.step("member-edit", expect="form[action$='/edit'] input[name='name']")
    b.fill({"name": corrected, "birthPlace": "Malang", "birthDate": "12/08/1990"})
    b.click("form[action$='/edit'] button[type='submit']")
    b.step("member-edited", expect=".notice-success", contains=corrected)
    if "Malang, 12 Agu 1990" not in b.text(".details"):
        b.fail("the corrected place and date of birth (Malang, 12 Aug 1990) are not shown")

    b.fill({"status": "member"})
    b.click("form[action$='/status'] button[type='submit']")
    b.step("member-accepted", expect=[".notice-success", ".page-head .badge.status-member"])
    b.printed("member-print")

    # The new member saves at the counter; the receipt and the statement show it.
    b.click("a[href^='/teller?member=']")
    deposit = "form[action='/teller/deposits']"
    b.step("teller", expect=f"{deposit} [name='amount']", contains=corrected)
    b.fill({"kind": "sukarela", "amount": "Rp 250000", "channel": "cash", "note": "setoran pertama"}, scope=deposit)
    typed = b.find(f"{deposit} [name='amount']").get_attribute("value")
    if typed not in ("250.000", "Rp 250.000"):
        b.fail(f"the amount typed as 'Rp 250000' reads {typed!r}, not grouped as 250.000")
    b.click(f"{deposit} button[type='submit']")
    b.step("receipt", expect=".receipt-total", contains="Rp 250.000")
    if "dua ratus lima puluh ribu rupiah" not in b.text(".in-words").lower():
        b.fail("the receipt does not give the amount in words")
    b.printed("receipt-print")
    b.pdf("receipt-pdf", pages=1, size=(105, 148))
    receipt = b.driver.current_url
    # Back from the receipt: the counter again, asking nothing, showing the new balance.
    b.driver.back()
    b.step("teller-after-back", expect=f"{deposit} [name='amount']", contains="Rp 250.000")
    withdraw = "form[action='/teller/withdrawals']"
    b.fill({"amount": "9.000.000", "channel": "cash"}, scope=withdraw)
    b.click(f"{withdraw} button[type='submit']")
    b.step("withdrawal-refused", expect=".refusal", contains="dapat ditarik", status=422)
    b.refusal_in_view("amount")
    b.go(receipt.replace(BASE, "") + "/slip")
    b.step("receipt-slip", expect=".slip", contains="Rp 250.000")
    b.pdf("receipt-slip-pdf", pages=1, size=(58, 200))
    b.go(receipt.replace(BASE, ""))
    b.click("main a[href^='/members/']")
    b.step("member-savings", expect="ul.savings-list", contains="Rp 250.000")
    b.click("ul.savings-list li:nth-child(3) a[href^='/savings/accounts/']")
    b.step("statement", expect="main table", contains="setoran pertama")
    b.pdf("statement-pdf", pages=1, size=(210, 297))

    # The treasurer's desk and two of the statements the annual meeting needs.
    b.click(".menu a[href='/books']")
    b.step("books", expect=["a[href^='/books/reports/balance-sheet']", ".bar-chart .bar-row"])
    b.click("a[href^='/books/reports/balance-sheet']")
    b.step("balance-sheet", expect="main table", contains="Rp")
    b.printed("balance-sheet-print")
    b.pdf("balance-sheet-pdf", pages=1, size=(210, 297))
    b.go("/books/reports/trial-balance")
    b.step("trial-balance", expect="main table tfoot")
    b.pdf("trial-balance-pdf", pages=2)
    b.go("/books/reports/income-statement")
    b.step("income-statement", expect="main table")
    b.go("/savings/arrears")
    b.step("arrears", expect="main h1")

    b.go("/members")
    b.click("a[href='/members/import']")
    b.step("import", expect="form[action='/members/import'] input[type='file']")
    b.find("input[name='file']").send_keys(write_csv(folder, serials))
    b.click("form[action='/members/import'] button[type='submit']")
    b.step("import-preview", expect="section.rejected", contains="3.51514E+15")
    figures = [e.text for e in b.driver.find_elements(*css(".figures .figure-value"))]
    if figures[:1] != ["2"] or figures[-1:] != ["1"]:
        b.fail(f"expected 2 rows to import and 1 refused, the summary shows {figures}")
    b.click("form.confirm-form button[type='submit']")
    b.step("import-done", expect=".notice-success")

    b.click(".menu a[href='/audit']")
    b.step("audit", expect="table.audit", contains="Sutrisno")
    heading = b.text("h1")
    b.click("a.language")
    b.step("audit-english", expect="html[lang='en']")
    if b.text("h1") == heading:
        b.fail(f"the heading stayed {heading!r} after switching to English")
    b.click("a.language")
    b.step("audit-indonesian", expect="html[lang='id']", contains=heading)

    # A consultation today: a neighbour invited, marked there, her view kept as an idea; then how everyone takes part.
    b.go("/ideas")
    b.click("a[href='/consultations']")
    b.step("consultations", expect="form.plan-consultation input[name='topic']", contains="Toko koperasi")
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).strftime("%d/%m/%Y")
    b.fill({"topic": "Jam buka toko " + b.view, "heldOn": today, "startsAt": "13.30", "place": "Balai desa"},
           scope="form.plan-consultation")
    b.click("form.plan-consultation button[type='submit']")
    b.step("consultation", expect="form.invite-guest select[name='group']", contains="Pertemuan dijadwalkan")
    Select(b.find("form.invite-guest select[name='group']")).select_by_value("neighbour")
    b.fill({"name": "Bu Inah", "phone": "0813 2900 1188"}, scope="form.invite-guest")
    b.click("form.invite-guest button[type='submit']")
    b.step("consultation-guest", expect="table.guests-table input[name='came[]']", contains="Tamu diundang")
    b.find("table.guests-table input[name='came[]']").click()
    b.click("section.guests form button[type='submit']")
    b.step("consultation-attended", expect="form.record-input select[name='guestId']", contains="Kehadiran disimpan")
    Select(b.find("form.record-input select[name='guestId']")).select_by_index(1)
    Select(b.find("form.record-input select[name='categoryId']")).select_by_index(1)
    b.fill({"title": "Buka lebih pagi " + b.view, "body": "Pedagang sayur belanja sebelum jam enam."},
           scope="form.record-input")
    b.click("form.record-input button[type='submit']")
    b.step("consultation-view", expect="table.inputs-table a", contains="Masukan dicatat sebagai ide")
    b.click("form[action$='/finish'] button[type='submit']")
    b.step("consultation-held", expect="table.inputs-table", contains="Terlaksana", absent="form.invite-guest")
    b.go("/engagement")
    b.step("engagement", expect=["figure.bar-chart svg rect", "table.leaders-table"], contains="Ide yang masuk per bulan")
    b.printed("engagement-print")

    b.go("/members/00000000-0000-4000-8000-000000000000")
    b.step("not-found", expect=".error-page", status=404)

    b.click("form.sign-out button[type='submit']")
    b.step("signed-out", expect="form[action='/sign-in']", absent=".menu")


def loan_walk(b):
    """A loan from the public simulation to the first repayment: the chair enters it, the treasurer
    (another board member) approves and pays it out, the counter takes an instalment."""
    b.go("/loans/simulation")
    b.step("loan-simulation", expect=["table.schedule", ".chart"], contains="Rp 2.800.000")
    b.fill({"method": "anuitas", "principal": "12000000", "rate": "1", "ratePer": "month", "periods": "12"})
    b.click("main form button[type='submit']")
    b.step("loan-simulation-anuitas", expect="table.compare", contains="Rp 1.066.185")
    b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    terms = b.driver.execute_script("const t = document.querySelector('.simulation-terms'); return t && t.offsetParent ? t.innerText : ''")
    b.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    if "Anuitas" not in terms or "1% per bulan" not in terms or "12.000.000" not in terms:
        b.fail(f"the printed simulation does not say what was simulated: {terms!r}")
    b.pdf("loan-simulation-pdf", pages=2)
    b.fill({"periods": "0"})
    b.click("main form button[type='submit']")
    b.step("loan-simulation-refused", expect=".has-error .field-error", status=422)

    b.go("/")
    sign_in(b, BOARD)
    b.click(".menu a[href='/loans']")
    b.step("loans", expect="table.loans td a[href^='/loans/']")
    b.go("/members?q=Siti")
    b.click("table.members td a[href^='/members/']")
    b.step("member-loans", expect="section.loans a[href^='/loans/new?member=']")
    b.click("section.loans a[href^='/loans/new?member=']")
    b.step("loan-apply", expect="form[action='/loans/new'] [name='principal']")
    b.fill({"principal": "99000000", "periods": "10", "purpose": "Tambah modal warung"})
    b.click("form[action='/loans/new'] button[type='submit']")
    b.step("loan-apply-refused", expect=".has-error .field-error", status=422)
    b.fill({"principal": "2000000", "collateral": "BPKB sepeda motor 2019"})
    b.click("form[action='/loans/new'] button[type='submit']")
    b.step("loan-applied", expect=[".notice-success", "table.schedule"], absent="form[action$='/approve']")
    loan = b.driver.current_url.split("/loans/")[1]
    b.click("form.sign-out button[type='submit']")

    sign_in(b, TREASURER)
    b.go(f"/loans/{loan}")
    b.step("loan-to-decide", expect="form[action$='/approve']")
    b.click("form[action$='/approve'] button[type='submit']")
    b.step("loan-approved", expect=["form[action$='/disburse']", ".badge.loan-approved"])
    b.fill({"channel": "cash"}, scope="form[action$='/disburse']")
    b.click("form[action$='/disburse'] button[type='submit']")
    b.step("loan-disbursed", expect=["form[action$='/repay']", ".badge.loan-active"])
    b.fill({"amount": "50000", "channel": "cash"}, scope="form[action$='/repay']")
    b.click("form[action$='/repay'] button[type='submit']")
    b.step("loan-repayment-receipt", expect=".receipt-total", contains="Bukti pembayaran angsuran")
    if "Sisa pokok pinjaman" not in b.text(".receipt") or "Angsuran" not in b.text(".receipt"):
        b.fail("the instalment receipt names no instalment or remaining principal")
    b.pdf("loan-repayment-pdf", pages=1, size=(105, 148))
    b.go(f"/loans/{loan}")
    b.step("loan-after-repayment", expect="table.steps", contains="Rp 50.000")
    b.printed("loan-print")
    b.go("/loans/portfolio")
    b.step("loan-portfolio", expect=["table.quality", ".badge.health-sehat, .badge.health-cukup-sehat, .badge.health-kurang-sehat, .badge.health-tidak-sehat"])
    b.go("/loans/arrears")
    b.step("loan-arrears", expect="table.arrears a[href^='tel:']")
    b.go("/settings/loans")
    b.step("loan-settings", expect=["table.products", "form[action='/settings/loans/products']"])
    b.click("table.products a[href^='/settings/loans?product=']")
    b.step("loan-product-edit", expect="form[action='/settings/loans/products'] input[name='id'][value]")
    b.go("/dashboard")
    b.step("dashboard-loans", expect="a.figure[href='/loans?status=late']")
    b.click("form.sign-out button[type='submit']")


def shu_walk(b):
    """Last year's SHU: the public simulation, the closed year the RAT approved and its posting, each
    member's share, the rules, and the books' link to it all."""
    b.go("/shu/simulation")
    b.step("shu-simulation", expect=["table.shu-funds", "table.shu-shares"], contains="Rp 20.000.000")
    b.fill({"capital": "60", "patronage": "60"})
    b.click("main form button[type='submit']")
    b.step("shu-simulation-refused", expect=".notice-error", status=422)

    b.go("/")
    sign_in(b, TREASURER)
    b.go("/books")
    b.click("a[href='/shu']")
    b.step("shu-years", expect="table.shu-years a[href^='/shu/']")
    b.click("table.shu-years a[href^='/shu/2']")
    b.step("shu-year", expect=[".bar-chart .bar-label", "table.shu-funds", "table.shu-shares td a[href^='/members/']"],
           contains="Sudah dibukukan")
    b.printed("shu-year-print")
    b.click(".page-head a[href^='/shu/'][href$='/settings']")
    b.step("shu-rules", expect=["form.shu-rules input[name='m.capital']", "select[name='savingsBasis']"])
    b.go("/meetings")
    b.click("main a[href^='/meetings/'][href*='-']")
    b.step("meeting", expect="a[href$='/invitation']")
    meeting = b.driver.current_url.replace(BASE, "")
    b.go(meeting + "/invitation")
    b.step("invitation", expect=[".letterhead", ".letter-meta"], contains="UND-RAT")
    b.pdf("invitation-pdf", pages=1, size=(210, 297))
    b.go(meeting + "/minutes")
    b.step("minutes", expect=".signatures")
    b.pdf("minutes-pdf", pages=2)
    b.click("form.sign-out button[type='submit']")


def shop_walk(b):
    """The cashier opens the till with a float and sells at the counter on a phone: finds rice, types 2,5 kg,
    finds the member by number, pays in cash and gets the 58 mm receipt with the change; then counts the
    drawer and closes the shift. The chair takes a kilo back from the receipt and reads the month of a
    regulated programme for its supplier."""
    sign_in(b, CASHIER)
    b.click(".menu a[href='/store']")
    b.step("shop-counter", expect=["form.shop-search input[name='q']", ".till-line"])
    if b.driver.find_elements(*css(".till-line a[href='/store/shifts']")):
        b.click(".till-line a[href='/store/shifts']")
        b.step("shop-shifts", expect="form input[name='float']")
        b.fill({"float": "200.000"})
        b.click("form[action='/store/shifts'] button[type='submit']")
        b.step("shop-shift-open", expect="pre.shop-slip", contains="Shift dibuka.")
        b.go("/store")
        b.step("shop-counter-open", expect=".till-line a[href^='/store/shifts/']")
    b.fill({"q": "beras medium"})
    b.click("form.shop-search button[type='submit']")
    b.step("shop-found", expect=".found-list button.found-product", contains="Beras Medium")
    b.click(".found-list button.found-product")
    b.step("shop-line", expect=".sale-lines input[name='quantity[]']", contains="Beras Medium")
    b.fill({"quantity[]": "2,5", "buyer": "1"}, scope="form.sale-form")
    b.click(".sale-form button[value='update']")
    b.step("shop-member", expect=".sale-total", contains="Siti Aminah")
    b.fill({"cashGiven": "100.000"}, scope="form.sale-form")
    b.click(".sale-form button[value='pay']")
    b.step("shop-receipt", expect="pre.shop-slip", contains="Kembali")
    receipt = b.driver.current_url.split("?")[0].replace(BASE, "")
    b.printed("shop-receipt-print")
    b.pdf("shop-slip-pdf", pages=2, size=(58, 200))
    # A karung of rice, added by its pack: the line counts karung and says what they hold. Each viewport takes
    # its karung from another rice, so the second walk over the same demo still finds 25 kg on the shelf.
    b.go("/store")
    b.fill({"q": "beras medium" if b.view == "phone" else "beras premium"})
    b.click("form.shop-search button[type='submit']")
    b.step("shop-found-pack", expect=".found-list button.found-pack", contains="+1 karung (25 kg)")
    b.click(".found-list button.found-pack")
    b.step("shop-line-pack", expect=".sale-lines select[name='pack[]']", contains="= 25 kg")
    b.click(".sale-form button[value='pay']")
    b.step("shop-pack-receipt", expect="pre.shop-slip", contains="1 karung = 25 kg")
    # The phone's camera reads the member's card: a canvas stands in for the camera and a detector for
    # Chrome's, reading the card's code; the counter finds her as if her number were typed.
    b.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
        window.BarcodeDetector = class { detect() { return Promise.resolve([{ rawValue: "ANGGOTA-1" }]); } };
        navigator.mediaDevices.getUserMedia = () => {
          const canvas = document.createElement("canvas");
          canvas.getContext("2d").fillRect(0, 0, 10, 10);
          return Promise.resolve(canvas.captureStream());
        };"""})
    b.go("/store")
    b.fill({"q": "gula"})
    b.click("form.shop-search button[type='submit']")
    b.click(".found-list button.found-product")
    b.step("shop-camera-ready", expect=["form.shop-search .scan-button", ".sale-form .scan-button"])
    b.click(".sale-form .scan-button")
    b.step("shop-camera-member", expect=".sale-form input[name='buyer']", contains="Siti Aminah",
           absent=".scanner")
    # A buyer pays by QRIS: the counter shows the code for the total, which a phone's camera reads back as a
    # well-formed dynamic QRIS payload for that amount; the cashier confirms once the money shows.
    b.go("/store")
    b.fill({"q": "beras medium"})
    b.click("form.shop-search button[type='submit']")
    b.click(".found-list button.found-product")
    b.fill({"payment": "qris"}, scope="form.sale-form")
    b.click(".sale-form button[value='pay']")
    b.step("shop-qris", expect=["svg.qr-code", ".sale-form button[value='qris-paid']"], contains="Bayar dengan QRIS")
    payload = b.scan("svg.qr-code")
    total = b.find("input[name='qrisTotal']").get_attribute("value")
    if not payload.startswith("000201010212") or f"54{len(total):02d}{total}" not in payload or not qris_crc_ok(payload):
        b.fail(f"the code reads {payload!r}, not a dynamic QRIS payload for {total}")
    b.click(".sale-form button[value='qris-paid']")
    b.step("shop-qris-receipt", expect="pre.shop-slip", contains="QRIS")
    # The signal drops: the counter goes on selling for cash from the list kept on the phone, and sends the
    # sale, once, when the signal is back.
    b.go("/store")
    b.step("shop-counter-online", expect=["#offline-counter[hidden]", "#offline-queue[hidden]"])
    page = b.driver.find_element(By.TAG_NAME, "html")
    b.offline(True)
    b.wait("!document.getElementById('offline-counter').hidden", "the offline counter")
    b.find("#offline-q").send_keys("gula")
    b.wait("document.querySelectorAll('.offline-found button').length > 0", "gula in the kept list")
    b.find(".offline-found button").click()
    b.find("#offline-cash").send_keys("50000")
    b.step("shop-offline-sale", expect="#offline-counter .sale-line input", contains="Gula Pasir")
    b.find(".offline-save").click()
    b.step("shop-offline-kept", expect="#offline-queue:not([hidden])", contains="1 penjualan tunai menunggu dikirim")
    if b.find("#offline-cash").get_attribute("value") != "" or "Kembalian" not in b.text(".offline-message"):
        b.fail("the kept sale should clear the counter and tell the change")
    b.offline(False)
    try:
        WebDriverWait(b.driver, 15).until(lambda d: not _alive(page))
    except TimeoutException:
        b.fail("the counter should come back once the kept sale is sent")
    b.step("shop-counter-back", expect=["#offline-counter[hidden]", "#offline-queue[hidden]"])
    b.go("/store/products?low=1")
    b.step("shop-running-low", expect=".page-head h1")
    # The warung pays Rp 1.000 of what it owes, if it owes anything today.
    b.go("/store/customers")
    b.step("shop-customers", expect=".page-head h1", contains="Warung Bu Darmi")
    if b.driver.find_elements(*css("form.payment-form")):
        b.fill({"amount": "1.000"}, scope="form.payment-form")
        b.click("form.payment-form button[type='submit']")
        b.step("shop-customer-paid", expect=".page-head h1", contains="Pembayaran diterima.")
    # The drawer counted Rp 500 short of what it should hold.
    b.go("/store")
    b.click(".till-line a[href^='/store/shifts/']")
    b.step("shop-shift", expect="form input[name='counted']", contains="SEHARUSNYA DI LACI")
    expected = next(line for line in b.text("pre.shop-slip").splitlines() if line.startswith("SEHARUSNYA"))
    counted = int("".join(c for c in expected.split("Rp")[-1] if c.isdigit())) - 500
    b.fill({"counted": f"{counted:,}".replace(",", "."), "note": "Uang receh kurang"})
    b.click("form[action$='/close'] button[type='submit']")
    b.step("shop-shift-closed", expect="pre.shop-slip", contains="Kurang", absent="input[name='counted']")
    b.printed("shop-shift-print")
    b.click("form.sign-out button[type='submit']")

    sign_in(b, BOARD)
    b.go(receipt)
    b.step("shop-return-form", expect="form[action$='/returns'] input[name='reason']", contains="Retur barang")
    b.fill({"quantity[]": "1", "reason": "Beras basah"}, scope="form[action$='/returns']")
    b.click("form[action$='/returns'] button[value='some']")
    b.step("shop-returned", expect="pre.shop-slip", contains="Retur dicatat.")
    b.go("/store/programmes")
    b.step("shop-programmes", expect="table a[href^='/store/programmes/']", contains="LPG 3 kg")
    b.click("table a[href^='/store/programmes/']")
    b.step("shop-programme-report", expect=["table.programme-stock", "a[href*='format=csv']"])
    b.go("/store/programmes")
    b.click("table a[href$='/allocations']")
    b.step("shop-allocations", expect=["table.seasons-table", "table.farmers-table", "form.upload-form input[name='season']"],
           contains="Impor daftar alokasi")
    b.go("/store/reports")
    b.step("shop-sales-report", expect=["figure.bar-chart", "table.sales-figures", "a[href*='format=csv']"],
           contains="Nilai stok sama dengan buku.")
    b.printed("shop-sales-report-print")
    # A stock take: the sheet started, one good counted, the chair approves.
    b.go("/store/stock-takes")
    b.step("shop-stock-takes", expect="form.start-form button[type='submit']")
    b.click("form.start-form button[type='submit']")
    b.step("shop-stock-take", expect=["table.count-sheet input[name='counted[]']", "form.approve-form"])
    b.printed("shop-stock-take-print")
    b.find("table.count-sheet input[name='counted[]']").send_keys("1")
    b.click("form.count-form button[type='submit']")
    b.step("shop-stock-take-counted", expect="form.approve-form", contains="Hitungan disimpan.")
    b.click("form.approve-form button[type='submit']")
    b.step("shop-stock-take-approved", expect="table.count-sheet", absent="input[name='counted[]']",
           contains="selisih dibukukan")
    b.go("/store/qris")
    b.step("shop-qris-money", expect=".page-head h1", contains="Dalam penyelesaian")
    # The units: who works where, and the region whose ceilings hold there.
    b.go("/store/units")
    b.step("shop-units", expect=["section.unit-card form.unit-staff", "section.unit-card form.unit-region"],
           contains="Kab. Klaten")
    # A product's own page: its stock, goods received by the karung, and its form.
    b.go("/store/products")
    b.click("table.products-table a[href^='/store/products/']")
    b.step("shop-product", expect=[".receive-form input[name='quantity']", ".product-form input[name='name']"])
    b.go("/store/products/new")
    b.step("shop-product-new", expect=".product-form input[name='packName[]']", absent=".receive-form")
    b.go("/store/programmes")
    b.step("shop-ceilings", expect="form[action='/store/programmes/ceilings'] input[name='price']",
           contains="Kab. Klaten: Rp 18.500")
    b.click("form.sign-out button[type='submit']")


def supply_walk(b):
    """The manager receives part of an order on credit and takes a member's harvest in; the driver, on the
    phone, sets off and confirms a delivery with a photo. Each walk takes a little of what the demo left, so
    the second walk over the same demo finds its share."""
    sign_in(b, BOARD)
    b.go("/supply")
    b.step("supply-home", expect=["section.orders a[href^='/supply/orders/']", "section.suppliers a[href^='/supply/suppliers/']"],
           contains="UD Sumber Rejeki")
    order = b.driver.execute_script(
        "return [...document.querySelectorAll('section.orders a')].find(a => a.textContent.trim() === 'Pesanan no. 2').href")
    b.go(order.replace(BASE, ""))
    b.step("supply-order", expect="form.receive-form input[name='quantity[]']", contains="Diterima sebagian")
    quantities = b.driver.find_elements(*css("form.receive-form input[name='quantity[]']"))
    for field, value in zip(quantities, ["10", "0"]):  # lines by name: 10 of the sugar, none of the oil
        field.clear()
        field.send_keys(value)
    b.click("form.receive-form button[type='submit']")
    b.step("supply-order-received", expect="section.receipts", contains="Barang diterima dan masuk stok.")
    b.go("/supply/suppliers/" + b.driver.execute_script(
        "return document.querySelector('.page-head a[href^=\"/supply/suppliers/\"]').getAttribute('href')").split("/")[-1])
    b.step("supply-supplier", expect=["section.bills table", "form.payment-form input[name='amount']"],
           contains="Belum jatuh tempo")
    # A member's harvest at the scale: grade A gabah paid into her savings.
    b.go("/supply/produce")
    b.step("supply-produce", expect="form.intake-form input[name='memberNumber']")
    gabah = b.driver.execute_script(
        "return [...document.querySelectorAll('select[name=productId] option')].find(o => o.text === 'Gabah Kering Panen').value")
    b.fill({"memberNumber": "1", "productId": gabah, "quantity": "350,5", "grade": "A", "price": "6.800",
            "payment": "savings"}, scope="form.intake-form")
    b.click("form.intake-form button[type='submit']")
    b.step("supply-harvest-taken", expect="section.intakes table", contains="Hasil panen diterima dan dibayar.")
    b.go("/supply/reports")
    b.step("supply-report", expect=["figure.bar-chart", "table.purchases-table", "table.produce-table", "a[href*='format=csv']"],
           contains="Pembelian per pemasok")
    b.printed("supply-report-print")
    b.go("/supply/claims")
    b.step("supply-claims", expect=["form.claim-form input[name='receipt']", "article.claim a[href^='/supply/uploads/']"],
           contains="Ongkos ke Dinas Koperasi")
    b.click("form.sign-out button[type='submit']")

    sign_in(b, DRIVER)
    b.go("/supply/deliveries")
    b.step("driver-deliveries", expect=".my-deliveries form.depart-form button", contains="Pengiriman saya")
    b.click(".my-deliveries form.depart-form button[type='submit']")
    b.step("driver-on-the-way", expect=".my-deliveries form.deliver-form input[name='receivedBy']",
           contains="dalam perjalanan")
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as photo:
        photo.write(base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="))
    b.find(".my-deliveries form.deliver-form input[name='photo']").send_keys(photo.name)
    b.click(".my-deliveries form.deliver-form button[type='submit']")
    b.step("driver-delivered", expect="section.deliveries table", contains="Pengiriman terkonfirmasi.")
    os.remove(photo.name)
    b.click("form.sign-out button[type='submit']")


# Per viewport: the consumer who joins with the member's code.
CONSUMERS = {"phone": ("0813-5550-0101", "Nur Aini"), "laptop": ("0813-5550-0102", "Agus Salim")}


def outbox_code(phone):
    """The last code the cooperative's outbox sent to a phone, as an SMS gateway would read it."""
    def call(path, body=None, token=None):
        request = urllib.request.Request(BASE + path, data=json.dumps(body).encode() if body else None,
                                         headers={"Content-Type": "application/json",
                                                  **({"Authorization": "Bearer " + token} if token else {})})
        return json.load(urllib.request.urlopen(request))
    token = call("/api/v1/auth/token", {"email": CASHIER, "password": PASSWORD})["token"]
    e164 = "+62" + re.sub(r"\D", "", phone)[1:]
    for message in call("/api/v1/outbox", token=token):
        if message["phone"] == e164:
            return re.search(r"\b(\d{6})\b", message["body"]).group(1)
    raise Failure(f"no code in the outbox for {phone}")


def close_day(days_later):
    """The cooperative's daily job run for a day to come, as the server's own job will on that day."""
    day = (datetime.date.today() + datetime.timedelta(days=days_later)).isoformat()
    subprocess.run([os.environ["E2E_GUYUB_BIN"], "close-day", "--date", day], cwd=os.environ["E2E_DATA_DIR"],
                   check=True, capture_output=True)


def consumer_walk(b):
    """A member shares her card; a neighbour scans it on a phone, joins with the code the outbox sent, proposes
    an idea (shown on the open page) and buys at the counter; once the purchase's return window has passed,
    the member sees her reward."""
    phone, name = CONSUMERS[b.view]
    sign_in(b, MEMBER)
    b.go("/referral")
    b.step("member-referral-card", expect=[".referral-card svg.qr-code", ".referral-code"], contains="Ajak konsumen")
    b.printed("member-referral-card-print")
    link = b.scan(".referral-card svg.qr-code")
    if "/join?ref=" not in link:
        b.fail(f"the card's code reads {link!r}, not the sign-up page")
    b.click("form.sign-out button[type='submit']")

    b.go(link.replace(BASE, "") if link.startswith(BASE) else link[link.index("/c/"):])
    b.step("consumer-join", expect=["form.consumer-door input[name='phone']", "input[name='referralCode']"],
           contains="Diajak oleh")
    b.fill({"phone": phone, "name": name}, scope="form.consumer-door")
    b.find("form.consumer-door input[name='consent']").click()
    b.click("form.consumer-door button[type='submit']")
    b.step("consumer-code", expect="form.consumer-door input[name='code']", contains="Kode 6 angka sudah dikirim")
    b.fill({"code": outbox_code(phone)}, scope="form.consumer-door")
    b.click("form.consumer-door button[type='submit']")
    b.step("consumer-account", expect=[".vouchers .voucher h3", "form.apply-form input[name='nik']"], contains=name)
    card = b.scan(".shopping-card svg.qr-code")
    # An idea for the shop, from the phone.
    b.go("/ideas")
    b.step("consumer-ideas", expect="form.propose-form select[name='categoryId']", contains="Rak beras lebih rendah")
    Select(b.find("form.propose-form select[name='categoryId']")).select_by_index(1)
    b.fill({"title": "Keranjang belanja di pintu " + b.view, "body": "Supaya tidak perlu membawa tas sendiri."},
           scope="form.propose-form")
    b.click("form.propose-form button[type='submit']")
    b.step("consumer-idea", expect="form.comment-form textarea[name='body']", contains="Ide terkirim")
    b.click("form.sign-out button[type='submit']")
    door = link[link.index("/c/"):].split("/join")[0]
    b.go(door + "/ideas")
    b.step("public-ideas", expect="section.ideas article.idea", contains="Keranjang belanja di pintu " + b.view,
           absent="form.propose-form")
    b.go("/sign-in")

    # At the counter: found by the shopping card's code (their phone), five kilos of rice.
    sign_in(b, CASHIER)
    b.go("/store")
    b.fill({"q": "beras medium"})
    b.click("form.shop-search button[type='submit']")
    b.click(".found-list button.found-product")
    b.fill({"quantity[]": "5", "buyer": card}, scope="form.sale-form")
    b.click(".sale-form button[value='update']")
    b.step("consumer-at-counter", expect="form.sale-form input[name='voucherCode']", contains="Konsumen: " + name)
    b.click(".sale-form button[value='pay']")
    b.step("consumer-receipt", expect="pre.shop-slip", contains=name)
    b.click("form.sign-out button[type='submit']")

    # The window is 7 days from the sale's day in Jakarta, which may already be tomorrow here.
    close_day(9)
    sign_in(b, MEMBER)
    b.go("/referral")
    b.step("member-referral-rewarded", expect="table.referrals-table", contains=name)
    row = b.driver.execute_script(
        "return [...document.querySelectorAll('table.referrals-table tr')].find(r => r.textContent.includes(arguments[0]))"
        ".textContent", name)
    if "Dapat hadiah" not in row:
        b.fail(f"the member's referral was not rewarded after the return window: {row!r}")
    b.click("form.sign-out button[type='submit']")


def member_walk(b):
    sign_in(b, MEMBER)
    b.step("member-dashboard", expect=".own-record a[href^='/members/']", contains="Siti Aminah", absent=".figures")
    b.click(".own-record a[href^='/members/']")
    b.step("member-own-record", expect=[".page-head", "section.loans a[href^='/loans/']", "section.shu .shu-year"],
           contains="Jasa modal = ", absent="form[action$='/status'], a[href$='/edit']")
    # Her card, printed and cut out: the counter's camera reads its QR code.
    b.click(".page-head a[href$='/card']")
    b.step("member-card", expect=".member-card svg.qr-code", contains="KARTU ANGGOTA")
    b.printed("member-card-print")
    card = b.scan(".member-card svg.qr-code")
    if not card.startswith("ANGGOTA-"):
        b.fail(f"the card's code reads {card!r}, not a member number")
    b.driver.back()
    b.click("section.loans a[href^='/loans/']")
    b.step("member-own-loan", expect="table.schedule", absent="form[action$='/repay']")
    b.click("form.sign-out button[type='submit']")
    b.step("member-signed-out", expect="form[action='/sign-in']")


def partnership_walk(b):
    """The board records an agreement with the university, who does what and what the university owes; the
    university's lecturer signs in, finds it among her own and records that it was delivered."""
    jakarta = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7)))
    title = "Kelas akuntansi koperasi " + b.view
    sign_in(b, BOARD)
    b.click(".menu a[href='/partnerships']")
    b.step("partnerships", expect=[".risk-board .risk", "form.draft-agreement select[name='partnerId']"],
           contains="Papan risiko")
    Select(b.find("form.draft-agreement select[name='partnerId']")).select_by_visible_text("Universitas Gadjah Mada")
    Select(b.find("form.draft-agreement select[name='kind']")).select_by_value("technical")
    b.fill({"title": title, "start": jakarta.strftime("%d/%m/%Y"), "ourGoals": "Bendahara menyusun neraca sendiri.",
            "theirGoals": "Praktik lapangan mahasiswa.", "value": "Rp 12.500.000"}, scope="form.draft-agreement")
    b.click("form.draft-agreement button[type='submit']")
    b.step("partnership-draft", expect="form.matrix-form", contains="Kerja sama dibuat")
    b.click("form[action$='/activate'] button[type='submit']")
    b.step("partnership-active", expect="form.add-commitment", contains="Berjalan")
    b.fill({"task[]": "Materi dan pengajar"}, scope="form.matrix-form fieldset:first-of-type")
    Select(b.find("form.matrix-form fieldset:first-of-type select[name='p0[]']")).select_by_value("C")
    Select(b.find("form.matrix-form fieldset:first-of-type select[name='p1[]']")).select_by_value("A")
    b.click("form.matrix-form button[type='submit']")
    b.step("partnership-matrix", expect="form.add-commitment", contains="Pembagian peran disimpan")
    b.fill({"what": "Modul neraca untuk bendahara", "dueOn": (jakarta + datetime.timedelta(days=7)).strftime("%d/%m/%Y")},
           scope="form.add-commitment")
    b.click("form.add-commitment button[type='submit']")
    b.step("partnership-commitment", expect="form.deliver-form", contains="Komitmen dicatat")
    b.printed("partnership-print")
    # The state bank's loan: its schedule from the loan engine, and a benefit the board adds to it.
    b.click(".menu a[href='/partnerships']")
    b.driver.execute_script(
        "[...document.querySelectorAll('section.agreements a')].find(a => a.textContent === arguments[0]).click()",
        "Kredit modal kerja toko dan gudang")
    b.step("partnership-bank-loan", expect=["section.bank-loan details.schedule-fold", "section.benefits .benefit-bar"],
           contains="Jadwal angsuran (72 bulan)")
    b.fill({"name": "Anggota mendapat kredit usaha " + b.view, "target": "25", "unit": "orang"},
           scope="form.indicator-form")
    b.click("form.indicator-form button[type='submit']")
    b.step("partnership-indicator", expect="form.actual-form", contains="Indikator manfaat ditambahkan")
    b.click("form.sign-out button[type='submit']")

    sign_in(b, PARTNER)
    b.step("partner-home", expect="section.agreements article.agreement", contains=title, absent=".risk-board")
    b.driver.execute_script(
        "[...document.querySelectorAll('section.agreements a')].find(a => a.textContent === arguments[0]).click()", title)
    b.step("partner-agreement", expect="form.deliver-form input[name='evidence']", contains="Modul neraca untuk bendahara",
           absent="form.matrix-form")
    b.fill({"evidence": "Modul dikirim lewat surel " + b.view}, scope="form.deliver-form")
    b.click("form.deliver-form button[type='submit']")
    b.step("partner-delivered", expect=".commitment .badge.commitment-delivered",
           contains="Modul dikirim lewat surel " + b.view, absent="form.deliver-form")
    b.click("form.sign-out button[type='submit']")


def main():
    os.makedirs(SHOTS, exist_ok=True)
    for old in os.listdir(SHOTS):
        if old.endswith(".png"):
            os.remove(os.path.join(SHOTS, old))
    views = os.environ.get("E2E_VIEWPORTS", " ".join(VIEWPORTS)).split()
    for view in views:
        print(f"e2e: {view} {VIEWPORTS[view][0]}x{VIEWPORTS[view][1]} against {BASE}", flush=True)
        b = Browser(view)
        try:
            with tempfile.TemporaryDirectory() as folder:
                board_walk(b, folder)
            loan_walk(b)
            shu_walk(b)
            shop_walk(b)
            supply_walk(b)
            consumer_walk(b)
            partnership_walk(b)
            member_walk(b)
        except (Failure, WebDriverException) as failure:
            message = failure.msg if isinstance(failure, WebDriverException) else failure
            print(f"e2e: FAIL {message}", file=sys.stderr)
            if isinstance(failure, WebDriverException):
                print(f"e2e: (the browser failed during [{view}] step '{b.step_name}')", file=sys.stderr)
            try:
                b.screenshot(f"{b.step_name}-FAILED")
            except WebDriverException:
                pass
            return 1
        finally:
            b.driver.quit()
    print(f"e2e: passed ({', '.join(views)}); screenshots in {SHOTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
