"""Platform accounts for the demo hosts; the demo partner platform owns a third of them."""

from __future__ import annotations

from backend.models.accounts import PartnerClient
from backend.models.traffic import Platform, PlatformAccount
from backend.seed.accounts import PARTNER_CLIENT
from backend.seed.context import SeedContext

PLATFORM_SHARES = [(Platform.DOUYIN, 50), (Platform.KUAISHOU, 20), (Platform.TAOBAO_LIVE, 18),
                   (Platform.XIAOHONGSHU, 6), (Platform.BILIBILI, 4), (Platform.WECHAT_CHANNELS, 2)]


async def seed_traffic(ctx: SeedContext) -> None:
    partner = await PartnerClient.get(client_id=PARTNER_CLIENT[0])
    hosts = [f["id"] for f in ctx.employees if f["is_host"]]
    linked = set(f["id"] for f in ctx.employees if f["is_host"] and f["current"])
    linked = set(sorted(linked)[::3])  # the same hosts the partner client is linked to
    platforms, weights = zip(*PLATFORM_SHARES)
    accounts = []
    for host_id in hosts:
        platform = ctx.rng.choices(platforms, weights=weights)[0]
        accounts.append(PlatformAccount(
            host_id=host_id, platform=platform, handle=f"@mcn{host_id:06d}",
            external_id=f"{platform.value[:2]}{ctx.rng.randrange(10**9, 10**10)}",
            partner_client_id=partner.id if host_id in linked else None))
    await PlatformAccount.bulk_create(accounts, batch_size=1000)
