#!/usr/bin/env python3
"""The loopback web server quoth's tests fetch from: pages, feeds in every format and
every failure the fetcher must name. It listens on 127.0.0.1 only, on a free port it
prints as its first line, and serves until it is killed. All text is written for quoth."""

import gzip
import http.server
import json
import sys
import threading
import time

STORY = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Loopback Gazette"></head><body><article>
<h1>{title}</h1>
<p>The allotment society of Fernwick met on Monday to decide the future of its
orchard, which has grown apples on the hill above the railway for ninety years.</p>
<p>“We planted these trees for our grandchildren, and they will stay,” said Marta
Olsen, the society's chair, after the vote. “Nobody asked us before the plans were drawn.”</p>
<p>The council's planning officer, Rupert Dane, said the rail company had withdrawn
its request. “There is no longer any proposal to build on the orchard,” he said.</p>
</article><p><a href="/page.html">Another story</a> <a href="https://example.org/elsewhere">Elsewhere</a></p>
</body></html>"""

LINKED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry timetable</title>
<base href="http://{host}/articles/"></head><body>
<nav><a href="/nav-only.html">Front page</a></nav><article><h1>Ferry timetable</h1>
<p>The ferry between Holm and Vessby will run every hour from May, the harbour board
decided on Tuesday after <a href="board-minutes.html">a long meeting</a> that ran into the night.</p>
<p>“Islanders asked for this for years,” said Petra Lund, who chairs the board, pointing to
<a href="http://{host}/page.html">last year's petition</a> and to the
<a href="#timetable">timetable below</a>. Questions go to <a href="mailto:board@example.org">the board</a>.</p>
<p>The new boat, according to the yard's report, burns a third less fuel than the one it replaces,
and its crew of four will be hired on the islands.</p>
</article><footer><a href="/footer-only.html">Contact</a></footer></body></html>"""

ENTRY_TEXT = ("<p>“The bridge will open in spring,” said Hanna Berg, the county engineer. "
              "“We are ahead of the schedule we promised.”</p>"
              "<p>Residents of Lowmoor had waited four years for the crossing.</p>")


def rss(host, count=3, full=True, titles=None):
    items = []
    for n in range(1, count + 1):
        title = titles[n - 1] if titles else f"Story number {n}"
        day = (n % 28) + 1
        content = (f"<content:encoded><![CDATA[{ENTRY_TEXT}]]></content:encoded>"
                   if full and n != 2 else "")
        items.append(f"""<item><title>{title}</title>
<link>http://{host}/articles/{n}.html</link>
<pubDate>{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][n % 7]}, {day:02d} Mar 2024 {n % 24:02d}:00:00 +0000</pubDate>
<description>Summary of story {n}.</description>{content}</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Loopback News</title><link>http://{host}/</link>
{''.join(items)}</channel></rss>"""


def rdf(host):
    return f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://{host}/"><title>Loopback RDF</title><link>http://{host}/</link></channel>
<item rdf:about="http://{host}/articles/rdf-old.html"><title>Older RDF story</title>
<link>http://{host}/articles/rdf-old.html</link><dc:date>2023-01-02T08:00:00Z</dc:date></item>
<item rdf:about="http://{host}/articles/rdf-new.html"><title>Newer RDF story</title>
<link>http://{host}/articles/rdf-new.html</link><dc:date>2024-05-06T08:00:00+02:00</dc:date></item>
</rdf:RDF>"""


def atom(host):
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback Atom</title>
<link href="http://{host}/"/>
<entry><title>Atom with content</title><link rel="alternate" href="/articles/atom-1.html"/>
<updated>2024-02-01T10:00:00Z</updated><author><name>Ines Porter</name></author>
<content type="html">{ENTRY_TEXT.replace('&', '&amp;').replace('<', '&lt;')}</content></entry>
<entry><title>Atom link only</title><link href="http://{host}/articles/atom-2.html"/>
<published>2024-02-03T10:00:00Z</published><summary>Short.</summary></entry>
</feed>"""


def json_feed(host, titles=None):
    titles = titles or ["JSON story one", "JSON story two"]
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Loopback JSON",
        "items": [
            {"id": "1", "url": f"http://{host}/articles/json-1.html", "title": titles[0],
             "content_html": ENTRY_TEXT, "date_published": "2024-04-01T09:00:00Z",
             "authors": [{"name": "Tove Lind"}]},
            {"id": "2", "url": f"http://{host}/articles/json-2.html", "title": titles[1],
             "date_published": "2024-04-02T09:00:00Z"},
        ]})


def opml(host):
    return f"""<?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head>
<body><outline text="News"><outline type="rss" text="RDF" xmlUrl="http://{host}/rdf.xml"/>
<outline type="rss" text="Atom feed" xmlUrl="http://{host}/atom.xml"/></outline></body></opml>"""


class State:
    growing = 0
    lock = threading.Lock()
    active = {}
    most_active = {}
    conditional = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="text/html; charset=utf-8", headers=()):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        host = self.headers.get("Host")
        path = self.path.split("?")[0]
        with State.lock:
            State.active[path] = State.active.get(path, 0) + 1
            total = sum(State.active.values())
            State.most_active["all"] = max(State.most_active.get("all", 0), total)
        try:
            self.route(host, path)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with State.lock:
                State.active[path] -= 1

    def route(self, host, path):
        if path.startswith("http://"):
            # Asked as a proxy (an absolute address): answered here, never forwarded.
            self.send(200, STORY.format(title="Through the proxy"))
        elif path == "/page.html" or path.startswith("/articles/"):
            name = path.rsplit("/", 1)[-1].replace(".html", "").replace("-", " ")
            if path == "/page.html":
                time.sleep(0)
            self.send(200, STORY.format(title=f"Orchard saved ({name})"))
        elif path == "/slow.html":
            time.sleep(0.3)
            self.send(200, STORY.format(title="Slow page"))
        elif path == "/plain.txt":
            self.send(200, "A plain headline\n\n“It works,” said Ola Brandt.\n",
                      "text/plain; charset=utf-8")
        elif path == "/notes.md":
            self.send(200, "# Notes in Markdown\n\n“Markdown too,” said Ola Brandt.\n",
                      "text/markdown")
        elif path == "/latin1.html":
            body = ("<html><head><meta charset=\"utf-8\"><title>Caf\u00e9 news</title></head><body>"
                    "<p>The caf\u00e9 in Sm\u00e5by reopened, said its owner.</p>"
                    "<p>It serves cr\u00e8me br\u00fbl\u00e9e again.</p></body></html>")
            self.send(200, body.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/redirect":
            self.send(302, "", headers=[("Location", "/page.html")])
        elif path.startswith("/loop/"):
            n = int(path.rsplit("/", 1)[-1])
            self.send(302, "", headers=[("Location", f"/loop/{n + 1}")])
        elif path == "/404":
            self.send(404, "<p>gone</p>")
        elif path == "/500":
            self.send(500, "<p>broken</p>")
        elif path == "/hang":
            time.sleep(120)
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"filler words " * 5000 + b"</p>\n"
            for _ in range(5000):
                self.wfile.write(chunk)
        elif path == "/sized":
            # Says its size first: a client with a smaller cap can stop before reading.
            self.send(200, b"<p>" + b"x" * (2 << 20) + b"</p>")
        elif path == "/gzip.html":
            # Compressed only for a client that asks for it.
            body = STORY.format(title="Packed page").encode("utf-8")
            if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                self.send(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")])
            else:
                self.send(200, body)
        elif path == "/doc.pdf":
            self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
        elif path == "/linked.html":
            self.send(200, LINKED.format(host=host))
        elif path == "/growing.xml":
            # One more entry each time it is asked for: a feed read again has news.
            with State.lock:
                State.growing += 1
                count = State.growing + 1
            self.send(200, rss(host, count=count), "application/rss+xml")
        elif path == "/feed.xml":
            self.send(200, rss(host), "application/rss+xml")
        elif path == "/rdf.xml":
            self.send(200, rdf(host), "application/rdf+xml")
        elif path == "/atom.xml":
            self.send(200, atom(host), "application/atom+xml")
        elif path == "/feed.json":
            self.send(200, json_feed(host), "application/feed+json")
        elif path == "/subscriptions.opml":
            self.send(200, opml(host), "text/x-opml")
        elif path == "/big-feed.xml":
            self.send(200, rss(host, count=1000), "application/rss+xml")
        elif path == "/malformed.xml":
            self.send(200, "<?xml version=\"1.0\"?><rss><channel><title>Broken", "application/rss+xml")
        elif path == "/escapes.json":
            self.send(200, json_feed(host, titles=["Red \u001b[31malert\u001b[0m title",
                                                   "Bell\u0007 and \u009b2J csi \u202eevil"]),
                      "application/feed+json")
        elif path == "/etag.xml":
            with State.lock:
                State.conditional.append(self.headers.get("If-None-Match"))
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self.send(200, rss(host), "application/rss+xml", headers=[("ETag", '"v1"')])
        elif path == "/stats":
            with State.lock:
                self.send(200, json.dumps({"mostActive": State.most_active.get("all", 0),
                                           "conditional": State.conditional}),
                          "application/json")
        elif path == "/user-agent":
            self.send(200, self.headers.get("User-Agent", ""), "text/plain")
        else:
            self.send(404, "<p>no such page</p>")


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
