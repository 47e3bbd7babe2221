"""Waits for a Guyub server to answer GET /healthz, signs in, and prints the bearer token.

    python3 fuzz/sign_in.py http://127.0.0.1:8080 EMAIL PASSWORD
"""
import json
import sys
import time
import urllib.request

base, email, password = sys.argv[1:4]

for _ in range(150):
    try:
        if urllib.request.urlopen(f"{base}/healthz", timeout=2).status == 200:
            break
    except Exception:
        pass
    time.sleep(0.2)
else:
    sys.exit("the server did not answer GET /healthz with 200 within 30 s")

request = urllib.request.Request(
    f"{base}/api/v1/auth/token",
    data=json.dumps({"email": email, "password": password}).encode(),
    headers={"Content-Type": "application/json"},
    method="POST",
)
with urllib.request.urlopen(request, timeout=10) as response:
    print(json.load(response)["token"])
