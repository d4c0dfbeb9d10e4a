"""A real browser: JupyterLab on a free loopback port with a token, the tour notebook opened in
Chromium (Selenium + Debian's chromium-driver), Run All, wait for idle; every PNG figure is
rendered as an <img>, no cell shows an error, and a screenshot is saved under the test output
($TEST_OUTPUT, default .build/test-output/browser/). Skipped when Chromium is not installed."""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

from jupyter_servers import ROOT, start_lab  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
OUT = Path(os.environ.get("TEST_OUTPUT", ROOT / ".build" / "test-output")) / "browser"
TOUR = ROOT / "notebooks" / "tour.ipynb"

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium and chromedriver not installed")


@pytest.fixture()
def lab(tmp_path):
    root = tmp_path / "lab"
    root.mkdir()
    shutil.copy(TOUR, root / "tour.ipynb")
    server = start_lab(root, OUT / "jupyterlab.log", settings_dir=tmp_path / "lab-settings")
    yield server, root
    server.stop()


@pytest.fixture()
def browser(tmp_path):
    opts = Options()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,2400", f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


def wait_for(driver, condition, timeout: float, what: str):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = condition()
            if value:
                return value
        except Exception:  # noqa: BLE001 — the page is still building
            pass
        time.sleep(0.5)
    OUT.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(OUT / "timeout.png"))
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} (screenshot: {OUT / 'timeout.png'})")


def click_menu(driver, menu: str, item: str) -> None:
    driver.find_element(By.XPATH, f"//li[contains(@class,'lm-MenuBar-item')]//div[text()='{menu}']").click()
    wait_for(driver, lambda: driver.find_element(
        By.XPATH, f"//li[contains(@class,'lm-Menu-item')]//div[contains(@class,'lm-Menu-itemLabel') and text()='{item}']"),
        20, f"menu item {item}").click()


def test_tour_runs_in_jupyterlab_in_chromium(lab, browser):
    server, root = lab
    d = browser
    d.get(f"{server.url}/lab/tree/tour.ipynb?token={server.token}")
    wait_for(d, lambda: d.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell"), 120, "the notebook's cells")
    # The kernel is ready when the toolbar's kernel name shows ours and its status is idle.
    wait_for(d, lambda: "Swift" in d.find_element(By.CSS_SELECTOR, ".jp-KernelName").text, 120, "the Swift kernel")
    code_cells = len(d.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell"))
    click_menu(d, "Run", "Run All Cells")

    def finished():
        prompts = [p.text.strip() for p in d.find_elements(By.CSS_SELECTOR, ".jp-CodeCell .jp-InputPrompt")]
        numbered = len(prompts) == code_cells and all(p.startswith("[") and p[1:-2].isdigit() for p in prompts)
        return numbered and "Idle" in d.find_element(By.CSS_SELECTOR, ".jp-StatusBar-Widget").text + \
            " ".join(e.text for e in d.find_elements(By.CSS_SELECTOR, "#jp-main-statusbar *"))

    wait_for(d, finished, 300, "every cell to finish ([n]: prompts) and the kernel to be idle")
    # Save, so the outputs on disk can be checked too.
    click_menu(d, "File", "Save Notebook")
    time.sleep(2)
    OUT.mkdir(parents=True, exist_ok=True)
    d.save_screenshot(str(OUT / "tour.png"))

    saved = json.loads((root / "tour.ipynb").read_text())
    outputs = [o for c in saved["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    errors = [o for o in outputs if o["output_type"] == "error"]
    assert errors == [], f"error outputs: {[(e['ename'], e['evalue']) for e in errors]}"
    figures = sum(1 for o in outputs if "image/png" in o.get("data", {}))
    assert figures > 0, "the tour shows no PNG figure"
    assert d.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']") == []
    # Each PNG-carrying output is rendered as an image in the page (PNG, or the SVG that
    # JupyterLab prefers when both are present).
    images = d.find_elements(By.CSS_SELECTOR, ".jp-OutputArea-output img, .jp-OutputArea-output svg")
    rendered = [i for i in images if i.size["width"] > 50 and i.size["height"] > 50]
    assert len(rendered) >= figures, f"{len(rendered)} images rendered for {figures} figures"
