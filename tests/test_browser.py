"""End to end in a real headless browser: Debian's Chromium driven by Selenium (issue 7).

The server is started as a user starts it (``python -m smart_nlp.web.server``) on a free
port of 127.0.0.1; the browser types a goal, clicks an example, copies the suggestion,
uploads a .docx made with python-docx, and is checked at phone width. Needs
``.ci/install-browser.sh`` (chromium, chromium-driver, selenium).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = os.environ.get("SMART_NLP_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("SMART_NLP_CHROMEDRIVER", "/usr/bin/chromedriver")
REF = "2026-01-15"
XSS = "<img src=x onerror=alert(1)>"
GOAL_1 = "Je veux multiplier par 10 mon CA depuis LinkedIn d'ici 3 mois"
GOAL_2 = "Augmenter de 20 % le CA issu de LinkedIn d'ici 6 mois en publiant 3 posts par semaine"
WAIT = 30


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as r:  # 127.0.0.1 only
        return json.load(r)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "uvicorn.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "smart_nlp.web.server", "--host", "127.0.0.1",
                                 "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"le serveur s'est arrêté :\n{log.read_text(errors='replace')}")
            try:
                if get_json(base + "/api/health")["status"] == "ok":
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"le serveur n'a pas démarré :\n{log.read_text(errors='replace')}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    assert Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(), \
        "Chromium absent : lancez .ci/install-browser.sh (apt-get install chromium chromium-driver)"
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=fr-FR", f"--user-data-dir={profile}",
                "--window-size=1200,1000"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver, condition, message: str):
    """Poll ``condition``; an element replaced by a re-render (stale) just means « not yet »."""
    return WebDriverWait(driver, WAIT, poll_frequency=0.1,
                         ignored_exceptions=(StaleElementReferenceException,)).until(lambda d: condition(d), message)


GOAL_TEXT = """
const copy = arguments[0].cloneNode(true);
copy.querySelectorAll('.visually-hidden').forEach(e => e.remove());
return copy.textContent;"""


def goal_text(driver, element) -> str:
    """The goal as shown, without the labels kept for screen readers."""
    return driver.execute_script(GOAL_TEXT, element)


def analysis_of(driver, words: str):
    """Wait until the result area shows an analysis of a goal containing ``words``."""
    def ready(d):
        goal = d.find_elements(By.CSS_SELECTOR, "#resultat .analysis blockquote.goal")
        return goal and words in goal_text(d, goal[0]) and \
            d.find_element(By.ID, "resultat").get_attribute("aria-busy") is None
    wait_for(driver, ready, f"pas d'analyse affichée pour « {words} »")
    return driver.find_element(By.CSS_SELECTOR, "#resultat .analysis")


def set_ref_date(driver, value: str) -> None:
    driver.execute_script("const el = document.getElementById('date-ref'); el.value = arguments[0];"
                          "el.dispatchEvent(new Event('change', {bubbles: true}));", value)


def js_errors(driver) -> list[str]:
    """Console errors other than the HTTP statuses the test provokes on purpose."""
    return [e["message"] for e in driver.get_log("browser")
            if e["level"] == "SEVERE" and "the server responded with a status of" not in e["message"]]


def make_docx(path: Path, goals: list[str]) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading("Plan marketing 2026", level=1)
    doc.add_paragraph("Notre boutique vend des bougies artisanales depuis 2019.")
    for g in goals:
        doc.add_paragraph(g)
    doc.save(path)
    return path


def test_type_a_goal_and_see_the_criteria(server, browser):
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    set_ref_date(browser, REF)
    box = browser.find_element(By.ID, "objectif")
    box.click()
    box.send_keys(GOAL_1)
    article = analysis_of(browser, "LinkedIn d'ici 3 mois")
    cards = article.find_elements(By.CSS_SELECTOR, ".criteria .card")
    assert len(cards) == 5
    names = [c.find_element(By.TAG_NAME, "h4").text for c in cards]
    assert [n.split()[1] for n in names] == ["Spécifique", "Mesurable", "Atteignable", "Pertinent", "Temporel"]
    achievable = article.find_element(By.CSS_SELECTOR, '[data-criterion="achievable"]')
    assert "unmet" in achievable.get_attribute("class") and "✗" in achievable.text
    assert "15 avril 2026" in article.find_element(By.CSS_SELECTOR, ".deadline").text
    assert article.find_elements(By.CSS_SELECTOR, "mark.hl-channel")
    assert "Score SMART" in article.text
    counter = browser.find_element(By.ID, "compteur").text
    assert counter.startswith(str(len(GOAL_1)))
    # the feedback follows the typing: editing the goal updates the analysis
    box.send_keys(Keys.END, " en publiant 3 posts par semaine")
    article = analysis_of(browser, "3 posts par semaine")
    achievable = article.find_element(By.CSS_SELECTOR, '[data-criterion="achievable"]')
    assert "met" in achievable.get_attribute("class").split()
    assert js_errors(browser) == []


def test_click_an_example_then_copy_the_suggestion(server, browser):
    browser.get(server + "/")
    set_ref_date(browser, REF)
    examples = browser.find_elements(By.CSS_SELECTOR, "a.example")
    assert len(examples) >= 3
    vague = [e for e in examples if e.text == "Augmenter nos ventes"][0]
    vague.click()
    article = analysis_of(browser, "Augmenter nos ventes")
    assert browser.find_element(By.ID, "objectif").get_attribute("value") == "Augmenter nos ventes"
    assert browser.current_url.rstrip("/") == server  # handled in the page, no reload
    placeholders = article.find_elements(By.CSS_SELECTOR, "#suggestion mark.placeholder")
    assert placeholders and all(p.text.startswith("[") for p in placeholders)
    assert placeholders[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    button = article.find_element(By.CSS_SELECTOR, "button.copy")
    assert button.text == "Copier"
    browser.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": server, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    button.click()
    status = article.find_element(By.CSS_SELECTOR, ".copy-status")
    wait_for(browser, lambda d: status.get_attribute("textContent"), "pas de retour après « Copier »")
    assert status.get_attribute("textContent") == "Copié\u00a0!"
    copied = browser.execute_async_script(
        "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('ERREUR ' + e))")
    shown = goal_text(browser, article.find_element(By.ID, "suggestion"))
    assert copied == " ".join(shown.split()) and "ventes" in copied and "[" in copied
    # a placeholder is edited in place before copying: the copy holds the edit
    first = article.find_elements(By.CSS_SELECTOR, "#suggestion mark.placeholder")[0]
    first.click()
    browser.execute_script("arguments[0].textContent = '95'", first)
    first.send_keys(Keys.ENTER)
    button.click()
    wait_for(browser, lambda d: "95" in d.execute_async_script(
        "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('ERREUR ' + e))"),
        "la copie ne reprend pas le passage modifié")
    # keyboard: an example is reached and activated with the keyboard alone
    second = [e for e in browser.find_elements(By.CSS_SELECTOR, "a.example") if "Etsy" in e.text][0]
    browser.execute_script("arguments[0].focus()", second)
    second.send_keys(Keys.ENTER)
    analysis_of(browser, "Etsy")
    assert js_errors(browser) == []


def test_markup_in_a_goal_is_shown_as_text(server, browser):
    browser.get(server + "/")
    box = browser.find_element(By.ID, "objectif")
    box.send_keys(XSS + " Augmenter nos ventes")
    article = analysis_of(browser, "Augmenter nos ventes")
    goal = article.find_element(By.CSS_SELECTOR, "blockquote.goal")
    assert goal.find_elements(By.TAG_NAME, "img") == []
    assert browser.find_elements(By.CSS_SELECTOR, "#resultat img") == []
    assert goal_text(browser, goal).startswith(XSS)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    suggestion = article.find_element(By.ID, "suggestion")
    assert suggestion.find_elements(By.TAG_NAME, "img") == []


def test_upload_a_docx_and_see_its_goals(server, browser, tmp_path):
    path = make_docx(tmp_path / "plan-2026.docx", [GOAL_1, GOAL_2])
    browser.get(server + "/")
    set_ref_date(browser, REF)
    browser.find_element(By.ID, "fichier").send_keys(str(path))
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#audit .audit, #audit .error"),
             "ni audit ni erreur affichés après l'envoi")
    assert browser.find_elements(By.CSS_SELECTOR, "#audit .error") == [], \
        browser.find_element(By.ID, "audit").text
    audit = browser.find_element(By.CSS_SELECTOR, "#audit .audit")
    assert "plan-2026.docx" in audit.find_element(By.TAG_NAME, "h3").text
    goals = [goal_text(browser, g) for g in audit.find_elements(By.CSS_SELECTOR, ".audit-goal blockquote.goal")]
    assert any("multiplier par 10" in g for g in goals) and any("3 posts par semaine" in g for g in goals)
    links = {a.get_attribute("data-format"): a.get_attribute("href")
             for a in audit.find_elements(By.CSS_SELECTOR, "a.download")}
    assert set(links) == {"html", "csv", "json"}
    for url in links.values():
        assert url.startswith(server + "/api/audit/")
        with urllib.request.urlopen(url, timeout=10) as r:
            assert r.status == 200 and "attachment" in r.headers["Content-Disposition"]
    assert js_errors(browser) == []


def test_unknown_file_type_is_refused_in_the_page(server, browser, tmp_path):
    path = tmp_path / "plan.odt"
    path.write_bytes(b"PK\x03\x04 pas un docx")
    browser.get(server + "/")
    browser.find_element(By.ID, "fichier").send_keys(str(path))
    error = wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#audit .error"),
                     "pas d'erreur pour un type de fichier inconnu")[0]
    assert "Type de fichier non pris en charge" in error.text


def test_usable_at_phone_width(server, browser):
    browser.set_window_size(375, 812)
    try:
        browser.get(server + "/")
        set_ref_date(browser, REF)
        browser.find_element(By.CSS_SELECTOR, "a.example").click()
        analysis_of(browser, "Etsy")
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"la page déborde de {overflow} px à 375 px de large"
        box = browser.find_element(By.ID, "objectif").rect
        assert box["width"] >= 250
    finally:
        browser.set_window_size(1200, 1000)


def test_track_the_goal_on_screen_against_pasted_measurements(server, browser):
    browser.get(server + "/")
    box = browser.find_element(By.ID, "objectif")
    box.clear()
    box.send_keys("Passer de 200 à 500 ventes en ligne d'ici le 30 juin 2027")
    set_ref_date(browser, "2027-01-01")
    area = browser.find_element(By.ID, "mesures")
    area.clear()
    area.send_keys("date;valeur\n31/01/2027;240\n28/02/2027;275\n31/03/2027;300")
    browser.find_element(By.CSS_SELECTOR, "#form-suivi button[type=submit]").click()
    report = wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#suivi .track svg"),
                      "le suivi ne s'est pas affiché")
    assert report[0].find_elements(By.TAG_NAME, "circle")
    text = browser.find_element(By.ID, "suivi").text
    assert "Conseil" in text and "30 juin 2027" in text
    assert browser.find_element(By.CSS_SELECTOR, "#suivi .track").get_attribute("data-status") in {
        "behind", "on_track", "ahead"}
    assert js_errors(browser) == []
