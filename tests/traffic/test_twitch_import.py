"""`hrgraph traffic import-twitch`: the public Twitch ranking as scouted accounts with their reported year."""

from pathlib import Path

import pytest

from backend.models.traffic import Platform, PlatformAccount, TrafficPeriod
from backend.resolvers.traffic.twitch import TwitchImportError, import_twitch
from tests.factories import gql
from tests.ops.test_cli import hrgraph

TWITCH = Path(__file__).resolve().parents[3] / "shared" / "data" / "twitch_top1000_streamers_2019.csv"


async def test_every_channel_becomes_a_scouted_account_with_its_year_as_reported():
    report = await import_twitch(str(TWITCH))
    assert (report.created, report.updated, report.rejected) == (1000, 0, [])
    assert await PlatformAccount.filter(platform=Platform.TWITCH, host_id=None).count() == 1000
    xqc = await TrafficPeriod.get(account__external_id="xqcow")
    assert (xqc.watch_minutes, xqc.stream_minutes, xqc.peak_viewers, xqc.avg_viewers, xqc.followers) == (
        6196161750, 215250, 222720, 27716, 3246298)
    assert (xqc.partnered, xqc.mature, xqc.language) == (True, False, "English")


async def test_cjk_names_and_negative_follower_gains_are_kept_as_they_are():
    report = await import_twitch(str(TWITCH))
    assert any("negative follower gain" in note for note in report.notes)
    assert await TrafficPeriod.filter(followers_gained__lt=0).count() == 3
    korean = await PlatformAccount.get(platform=Platform.TWITCH, external_id="풍월량 (hanryang1125)")
    assert korean.handle == "풍월량 (hanryang1125)"


async def test_importing_again_updates_instead_of_duplicating():
    await import_twitch(str(TWITCH))
    again = await import_twitch(str(TWITCH))
    assert (again.created, again.updated) == (0, 1000)
    assert await TrafficPeriod.all().count() == 1000


async def test_bad_rows_are_named_by_line_and_the_rest_kept(tmp_path):
    header = TWITCH.read_text(encoding="utf-8-sig").splitlines()[0]
    lines = [header, "good,100,60,10,5,1000,-3,50,True,False,English", ",1,1,1,1,1,1,1,True,False,English",
             "bad,lots,60,10,5,1000,3,50,True,False,English", "flag,1,1,1,1,1,1,1,maybe,False,English"]
    path = tmp_path / "export.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8-sig"))  # BOM and CRLF, as spreadsheets save them
    report = await import_twitch(str(path))
    assert report.created == 1
    assert report.rejected == [(3, "Channel is empty"), (4, "Watch time(Minutes) must be a whole number, got 'lots'"),
                               (5, "Partnered must be True or False, got 'maybe'")]


async def test_a_file_of_another_layout_is_refused_before_anything_is_written(tmp_path):
    path = tmp_path / "employees.csv"
    path.write_text("name,salary\nmei,9000\n", encoding="utf-8")
    with pytest.raises(TwitchImportError, match="missing columns: Channel"):
        await import_twitch(str(path))
    assert await PlatformAccount.all().count() == 0


def test_the_command_reports_what_it_imported(tmp_path):
    db = tmp_path / "twitch.sqlite3"
    assert hrgraph("migrate", db=db).returncode == 0
    run = hrgraph("traffic", "import-twitch", str(TWITCH), db=db)
    assert run.returncode == 0, run.stderr
    assert "imported 1000 Twitch channels (1000 new, 0 updated), 0 rows rejected" in run.stdout
    refused = hrgraph("traffic", "import-twitch", str(tmp_path / "missing.csv"), db=db)
    assert refused.returncode == 1 and "no such file" in refused.stderr


SCOUTED = """{ platformAccounts(first: 3, filter: {scouted: true, platform: TWITCH}) { totalCount edges { node {
  handle host { name } reportedPeriods { source startsOn endsOn avgViewers followersGained } } } } }"""


async def test_scouted_accounts_are_listed_with_their_reported_year_for_people_who_see_everyone(client):
    from tests.factories import make_user, token_for

    await import_twitch(str(TWITCH))
    result = await gql(client, SCOUTED, token=token_for(await make_user("hr_manager")))
    listing = result["data"]["platformAccounts"]
    assert listing["totalCount"] == 1000
    node = listing["edges"][0]["node"]
    assert node["host"] is None and node["reportedPeriods"][0]["source"] == "twitch_top1000_2019"
    assert node["reportedPeriods"][0]["startsOn"] == "2019-01-01"
    lead = await gql(client, SCOUTED, token=token_for(await make_user("team_lead")))
    assert lead["data"]["platformAccounts"]["totalCount"] == 0
