"""Every job the app runs on a timer completes one turn on a small company: the jobs are only
started minutes after boot, so a broken one would otherwise show up as a log line in production."""

from backend.app import scheduled_jobs
from backend.settings import get_settings
from tests.roles import build_world


async def test_each_scheduled_job_completes_a_turn():
    await build_world()
    jobs = scheduled_jobs(get_settings())
    assert [job.name for job in jobs] == ["employee exits", "traffic anomaly scan", "contract expiry scan", "attrition risk scoring",
                                          "automation rules"]
    results = [await job.run() for job in jobs]
    assert results[0] == {"left": 0}
    assert results[1] == {"host_inactive": 2}  # the world's two hosts have never streamed
    assert results[2] == {"expiring_alerts": 0, "expired": 0}
    assert "too little history" in results[3]["skipped"]
    assert results[4] == {"rules": 0, "acted": 0, "skipped": 0, "errors": 0}
