"""The users of scripts/load-serve.sh, as threads of one process: each takes the start page (its form cookie),
uploads the seed for the four default formats, follows its job's status once a second as the page's script does,
and counts the files offered once it is done. One light process instead of a shell loop and a curl per poll a user,
so the load generator takes little of the machine it measures (it runs on the same two cores as the server).

    python3 load_serve_users.py BASE SEED USERS DEADLINE_EPOCH OUT_DIR [POLL_SECONDS=1]
Writes OUT_DIR/u<n> as "seconds state files" per user, as the shell users did.
"""
import http.client
import re
import sys
import threading
import time
import uuid
from urllib.parse import urlsplit

base, seed, users, deadline, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
poll = float(sys.argv[6]) if len(sys.argv) > 6 else 1.0
host = urlsplit(base)
data = open(seed, "rb").read()
polls = [0]
lock = threading.Lock()


def connection():
    return http.client.HTTPConnection(host.hostname, host.port, timeout=120)


def user(n):
    c = connection()
    c.request("GET", "/")
    r = c.getresponse()
    r.read()
    cookies = [h.split(";", 1)[0] for k, h in r.getheaders() if k.lower() == "set-cookie"]
    token = next(h.split("=", 1)[1] for h in cookies if h.startswith("accesspub_form="))
    boundary = uuid.uuid4().hex
    parts = [("csrf", token), ("action", "convert")] + [("formats", f) for f in ("pdf", "epub", "docx", "audio")]
    body = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                    for k, v in parts)
    body += (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="article-{n}.txt"\r\n'
             f'Content-Type: text/plain\r\n\r\n').encode() + data + f'\r\n--{boundary}--\r\n'.encode()
    headers = {"Cookie": "; ".join(cookies), "Content-Type": f"multipart/form-data; boundary={boundary}"}
    t0 = time.time()
    c.request("POST", "/jobs", body=body, headers=headers)
    r = c.getresponse()
    r.read()
    job = r.getheader("Location")
    if r.status != 303 or not job:
        return f"0 refused 0"
    job = urlsplit(job).path
    state = ""
    while time.time() < deadline:
        c.request("GET", job + "/status", headers={"Cookie": headers["Cookie"]})
        r = c.getresponse()
        m = re.match(rb'\{"state":"([a-z]+)"', r.read())
        with lock:
            polls[0] += 1
        state = m.group(1).decode() if m else "unreadable"
        if state not in ("queued", "running"):
            break
        time.sleep(poll)
    seconds = time.time() - t0
    c.request("GET", job, headers={"Cookie": headers["Cookie"]})
    r = c.getresponse()
    files = len(re.findall(rb'href="/jobs/[^"]*/files/', r.read()))
    return f"{seconds} {state} {files}"


def run(n):
    try:
        result = user(n)
    except Exception as e:  # a refused or dropped connection is an error of the run, reported as such
        result = f"0 {type(e).__name__} 0"
    with open(f"{out}/u{n}", "w") as f:
        f.write(result + "\n")


threads = [threading.Thread(target=run, args=(n,)) for n in range(1, users + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(f"{out}/polls", "w") as f:
    f.write(f"{polls[0]}\n")
