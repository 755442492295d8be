"""POST /ingest/traffic: NDJSON backfills through the same rules as trafficIngest."""

import orjson

from backend import bulk
from backend.graph.base import to_global_id
from backend.models.traffic import MetricSample
from tests.factories import make_user, token_for
from tests.traffic.test_ingest import MINUTE, _world, sample


def ndjson(*items) -> bytes:
    return b"\n".join(i if isinstance(i, bytes) else orjson.dumps(i) for i in items) + b"\n"


async def test_a_backfill_stores_valid_lines_and_names_bad_ones_by_line(client, monkeypatch):
    monkeypatch.setattr(bulk, "CHUNK", 1000)  # so the lines cross a chunk's end
    token, linked, unlinked = await _world()
    body = ndjson(*(sample(linked, n) for n in range(1500)), b"{not json", sample(unlinked, 0),
                  {"accountId": to_global_id("PlatformAccount", linked.id), "at": "2026-11-01T13:00:00Z"}, b"",
                  sample(linked, 0, gmv="1.00"))
    response = await client.post("/ingest/traffic", content=body, headers={"authorization": f"Bearer {token}",
                                                                           "content-type": "application/x-ndjson"})
    assert response.status_code == 200
    report = response.json()
    assert report["accepted"] == 1501 and report["rejectedCount"] == 3
    assert [(r["index"], r["field"], r["code"]) for r in report["rejected"]] == [
        (1500, "line", "INVALID_LINE"), (1502, "onlineViewers", "INVALID_LINE"), (1501, "accountId", "NOT_FOUND")]
    assert await MetricSample.all().count() == 1500  # the last line corrected minute 0 in place
    assert (await MetricSample.get(account_id=linked.id, at=MINUTE)).gmv == 1


async def test_counts_must_be_whole_numbers_as_graphql_int_would_have_them(client):
    token, linked, _ = await _world()
    body = ndjson(sample(linked, 0, onlineViewers=3.7), sample(linked, 1, orders="12"), sample(linked, 2, followers=True),
                  sample(linked, 3, interactions=None), sample(linked, 4, giftRevenue=12), sample(linked, 5, gmv="1e400x"))
    report = (await client.post("/ingest/traffic", content=body, headers={"authorization": f"Bearer {token}"})).json()
    assert [(r["index"], r["field"], r["message"]) for r in report["rejected"]] == [
        (0, "onlineViewers", "expected a whole number"), (1, "orders", "expected a whole number"),
        (2, "followers", "expected a whole number"), (3, "interactions", "expected a whole number"),
        (5, "gmv", "expected a decimal string")]
    assert report["accepted"] == 1 and (await MetricSample.get(account_id=linked.id)).gift_revenue == 12


async def test_a_backfill_needs_traffic_write(client):
    lead = token_for(await make_user("team_lead"))
    response = await client.post("/ingest/traffic", content=b"{}\n", headers={"authorization": f"Bearer {lead}"})
    assert response.status_code == 403 and response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await client.post("/ingest/traffic", content=b"{}\n")).status_code == 401


async def test_the_collector_waits_while_a_backfill_is_stored_and_resumes_after(client, monkeypatch):
    import gc

    from backend.resolvers import traffic

    seen: list[bool] = []
    store = traffic.ingest_samples

    async def recording(**kwargs):
        seen.append(gc.isenabled())
        return await store(**kwargs)

    monkeypatch.setattr(bulk.traffic, "ingest_samples", recording)
    token, linked, _ = await _world()
    response = await client.post("/ingest/traffic", content=ndjson(*(sample(linked, n) for n in range(3))),
                                 headers={"authorization": f"Bearer {token}"})
    assert response.json()["accepted"] == 3
    assert seen == [False] and gc.isenabled()
