"""schemathesis hooks for scripts/fuzz-api.

Generated data repeats itself (Hypothesis likes "0"), so most generated `Idempotency-Key`s would be
ones already used for another request, and the API rightly answers 409 `idempotency_key_reused`
without looking any further. Nine valid keys in ten are made unique so that requests reach the rules
behind them; the tenth keeps its generated value, so reused keys are still sent. Negative cases
(data that breaks the document, such as an empty key or one longer than 200 characters, or a request
without its Authorization header) are left alone: they must be refused as they are, and schemathesis
reads a changed case as a positive one.
"""
import random
import uuid

import schemathesis

HEADER = "Idempotency-Key"


@schemathesis.hook
def before_call(context, case, kwargs):
    if case.meta is None or case.meta.generation.mode.is_negative or not case.headers:
        return
    key = case.headers.get(HEADER)
    if isinstance(key, str) and 1 <= len(key) <= 150 and random.random() < 0.9:
        case.headers[HEADER] = f"{key}-{uuid.uuid4().hex}"
