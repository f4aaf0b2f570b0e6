"""Headless Chromium (Debian's chromium + chromedriver) driven by Selenium, offline.

Every request outside the file is blocked through Chrome DevTools and recorded, so tests can
check that none was even attempted. Used by tests/test_maps_browser.py and bench/maps.py.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = os.environ.get("GRAPHKIT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("GRAPHKIT_CHROMEDRIVER", "/usr/bin/chromedriver")
ARGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage",
    "--window-size=1400,900", "--hide-scrollbars", "--mute-audio",
)
BLOCKED = ["http://*", "https://*", "ws://*", "wss://*", "ftp://*", "*://*:*"]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome-error:")


def available() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[browser]')"
    for exe in (CHROMIUM, CHROMEDRIVER):
        if not (shutil.which(exe) or Path(exe).exists()):
            return f"{exe} not found (apt-get install chromium chromium-driver)"
    return None


@contextmanager
def chromium():
    """A Selenium driver for headless Chromium with the network cut off."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="graphkit-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ARGS:
        opts.add_argument(a)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": BLOCKED})
        # Record dialogs instead of letting them block the page; CDP scripts bypass the CSP.
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
            "window.__dialogs = [];"
            "['alert','confirm','prompt','print'].forEach(function (f) {"
            "  window[f] = function (m) { window.__dialogs.push(f + ':' + m); }; });"
        )})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def requests_made(driver) -> list[str]:
    """URLs of every request the page started since the last call (from the performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def outside_requests(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith(LOCAL_SCHEMES)]


def severe_console(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def wait_ready(driver, timeout: float = 60.0) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script("return window.graphkitReady === true"))


def screenshot_stats(driver, png: bytes) -> dict[str, float]:
    """Luminance mean, variance and distinct levels of a PNG, measured by the browser itself.

    Loads ``about:blank`` (leaving the page under test), draws the image on a canvas there.
    """
    driver.get("about:blank")
    b64 = base64.b64encode(png).decode()
    return driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        var img = new Image();
        img.onerror = function () { done({error: 'cannot decode'}); };
        img.onload = function () {
          var c = document.createElement('canvas');
          c.width = img.width; c.height = img.height;
          var ctx = c.getContext('2d');
          ctx.drawImage(img, 0, 0);
          var d = ctx.getImageData(0, 0, c.width, c.height).data;
          var n = 0, sum = 0, sq = 0, seen = {};
          for (var i = 0; i < d.length; i += 4 * 3) {
            var l = Math.round(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]);
            n += 1; sum += l; sq += l * l; seen[l] = 1;
          }
          var mean = sum / n;
          done({width: c.width, height: c.height, mean: mean, variance: sq / n - mean * mean,
                levels: Object.keys(seen).length});
        };
        img.src = 'data:image/png;base64,' + arguments[0];
    """, b64)
