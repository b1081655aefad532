#!/usr/bin/env python3
"""The soak's editor (soak.sh): creates claims and edits each once through the desk's real forms (a session
cookie, the page's CSRF token, every field of the form posted as a browser would) until a deadline, and
writes each save Factline acknowledged (a redirect to the claim) as a JSON line. `verify` then looks every
acknowledged save up in the database with psql.

  soak-editor.py run BASE_URL SECONDS ARTICLE_ID ACKNOWLEDGED_FILE
  soak-editor.py verify ACKNOWLEDGED_FILE PSQL_ARGS...
"""
import collections
import html.parser
import http.cookiejar
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class Forms(html.parser.HTMLParser):
    """The forms of a page: action, id and the fields a browser would post, in order."""

    def __init__(self):
        super().__init__()
        self.forms, self.form, self.textarea, self.select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.form = {"action": a.get("action", ""), "id": a.get("id"), "fields": []}
            self.forms.append(self.form)
        elif self.form is None or "disabled" in a:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("submit", "file", "button") or (kind in ("checkbox", "radio") and "checked" not in a):
                return
            self.form["fields"].append([a["name"], a.get("value", "")])
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.form["fields"].append(self.textarea)
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
            self.form["fields"].append(self.select)
        elif tag == "option" and self.select is not None:
            value = a.get("value", "")
            if self.select[1] is None or "selected" in a:
                self.select[1] = value

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Desk:
    def __init__(self, base):
        self.base = base
        self.http = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())

    def send(self, path, fields=None):
        data = None if fields is None else urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(self.base + path, data=data, headers={
            "Origin": self.base, "Sec-Fetch-Site": "same-origin"})
        try:
            with self.http.open(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def form(self, path, choose):
        status, _, body = self.send(path)
        if status != 200:
            return status, None
        parser = Forms()
        parser.feed(body)
        return status, next((f for f in parser.forms if choose(f)), None)

    def submit(self, form, changes):
        fields = [(name, changes.get(name, value or "")) for name, value in form["fields"]]
        fields += [(name, value) for name, value in changes.items() if name not in dict(form["fields"])]
        return self.send(form["action"], fields)


def run(base, seconds, article, acknowledged_file):
    desk = Desk(base)
    _, login = desk.form("/login", lambda f: f["action"].endswith("/login"))
    status, headers, _ = desk.submit(login, {"username": "editor@factline.demo", "password": "factline-demo"})
    assert status == 302 and "error" not in headers.get("Location", ""), "could not sign in"
    deadline = time.monotonic() + seconds
    outcomes = collections.Counter()
    n = 0
    with open(acknowledged_file, "w") as out:
        def save(kind, claim, summary):
            out.write(json.dumps({"kind": kind, "id": claim, "summary": summary}) + "\n")
            out.flush()

        while time.monotonic() < deadline:
            n += 1
            marker = "Soak %d-%d" % (int(time.time()), n)
            try:
                status, form = desk.form("/desk/articles/%s/claims/new" % article, lambda f: f["id"] == "claim-form")
                if form is None:
                    outcomes["create form %d" % status] += 1
                    continue
                status, headers, _ = desk.submit(form, {
                    "quote": "soak words %s" % marker, "quoteKind": "PARAPHRASE", "chain": "KCNA",
                    "speakerName": "Vladimir Putin", "claimText": "Soak claim %s" % marker, "summary": marker,
                    "saidOn": "2022-08-15", "datePrecision": "DAY"})
                created = re.search(r"/desk/claims/(\d+)$", headers.get("Location", "") or "")
                if status != 302 or not created:
                    outcomes["create %d" % status] += 1
                    continue
                outcomes["create acknowledged"] += 1
                claim = int(created.group(1))
                save("create", claim, marker)
                status, form = desk.form("/desk/claims/%d/edit" % claim, lambda f: f["action"].endswith("/edit"))
                if form is None:
                    outcomes["edit form %d" % status] += 1
                    continue
                status, headers, _ = desk.submit(form, {"summary": marker + " edited"})
                if status != 302:
                    outcomes["edit %d" % status] += 1
                    continue
                outcomes["edit acknowledged"] += 1
                save("edit", claim, marker + " edited")
            except OSError as e:
                outcomes["network error %s" % type(e).__name__] += 1
    for outcome, count in sorted(outcomes.items()):
        print("  %s: %d" % (outcome, count))


def verify(acknowledged_file, psql):
    saves = [json.loads(line) for line in open(acknowledged_file)]
    rows = subprocess.run(psql + ["-AtF", "\t", "-c", "select id, summary from claim where text like 'Soak claim %'"],
                          check=True, capture_output=True, text=True).stdout.splitlines()
    stored = {int(i): s for i, s in (row.split("\t", 1) for row in rows)}
    missing = []
    for save in saves:
        summary = stored.get(save["id"])
        if save["kind"] == "create" and summary not in (save["summary"], save["summary"] + " edited"):
            missing.append(save)
        if save["kind"] == "edit" and summary != save["summary"]:
            missing.append(save)
    print("  acknowledged saves: %d (%d new claims, %d edits); found in the database: %d; missing: %d" % (
        len(saves), sum(s["kind"] == "create" for s in saves), sum(s["kind"] == "edit" for s in saves),
        len(saves) - len(missing), len(missing)))
    for save in missing:
        print("  MISSING", save)
    return 1 if missing else 0


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        sys.exit(verify(sys.argv[2], sys.argv[3:]))
