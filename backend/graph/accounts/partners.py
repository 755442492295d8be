"""Partner clients in the graph: admins register, edit, rotate and revoke them."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from backend.models.accounts import PartnerClient as ClientRow
from backend.permissions import Permission as P
from backend.resolvers import accounts as resolvers
from backend.resolvers.pagination import paginate
from backend.graph.accounts.users import AccountError, AccountErrorCode
from backend.graph.base import Connection, Node, connection, decode_ids, mutate, require, to_global_id


@strawberry.type(description="A partner system (streaming platform, e-commerce, finance, IT...) calling with client credentials.")
class PartnerClient(Node):
    client_id: str
    name: str
    scopes: list[str]
    is_active: bool
    rate_limit_per_minute: int = strawberry.field(description="Query-cost points a minute (see extensions.cost).")
    created_at: datetime
    secret_rotated_at: datetime | None
    revoked_at: datetime | None
    linked_host_ids: list[strawberry.ID]
    linked_team_ids: list[strawberry.ID]

    @classmethod
    def from_row(cls, row: ClientRow) -> "PartnerClient":
        """Expects linked hosts and teams prefetched."""
        return cls(
            id=to_global_id("PartnerClient", row.id), client_id=row.client_id, name=row.name, scopes=list(row.scopes),
            is_active=row.is_active, rate_limit_per_minute=row.rate_limit_per_minute, created_at=row.created_at,
            secret_rotated_at=row.secret_rotated_at, revoked_at=row.revoked_at,
            linked_host_ids=[to_global_id("Employee", e.id) for e in row.linked_hosts],
            linked_team_ids=[to_global_id("Team", t.id) for t in row.linked_teams],
        )


async def _loaded(row: ClientRow) -> PartnerClient:
    await row.fetch_related("linked_hosts", "linked_teams")
    return PartnerClient.from_row(row)


@strawberry.input
class PartnerClientCreateInput:
    client_id: str
    name: str
    scopes: list[str]
    host_ids: list[strawberry.ID] | None = None
    team_ids: list[strawberry.ID] | None = None
    rate_limit_per_minute: int | None = None


@strawberry.input(description="Lists given replace the current ones.")
class PartnerClientUpdateInput:
    id: strawberry.ID
    name: str | None = None
    scopes: list[str] | None = None
    host_ids: list[strawberry.ID] | None = None
    team_ids: list[strawberry.ID] | None = None
    rate_limit_per_minute: int | None = None


@strawberry.input
class PartnerClientRotateSecretInput:
    id: strawberry.ID


@strawberry.input
class PartnerClientRevokeInput:
    id: strawberry.ID


@strawberry.type
class PartnerClientCreatePayload:
    client: PartnerClient | None = None
    client_secret: str | None = strawberry.field(default=None, description="Shown once: store it now; only a hash is kept.")
    errors: list[AccountError] = strawberry.field(default_factory=list)


@strawberry.type
class PartnerClientRotateSecretPayload(PartnerClientCreatePayload):
    pass


@strawberry.type
class PartnerClientUpdatePayload:
    client: PartnerClient | None = None
    errors: list[AccountError] = strawberry.field(default_factory=list)


@strawberry.type
class PartnerClientRevokePayload(PartnerClientUpdatePayload):
    pass


def _links(host_ids, team_ids) -> tuple[list[int] | None, list[int] | None]:
    specs = [(h, "Employee", "hostIds") for h in host_ids or []] + [(t, "Team", "teamIds") for t in team_ids or []]
    decoded = decode_ids(*specs)
    hosts = decoded[: len(host_ids or [])]
    teams = decoded[len(host_ids or []):]
    return (hosts if host_ids is not None else None), (teams if team_ids is not None else None)


@strawberry.type
class PartnerClientQuery:
    @strawberry.field(description="Requires: accounts.manage")
    async def partner_clients(self, info: Info, first: int = 20, after: str | None = None) -> Connection[PartnerClient] | None:
        require(info, P.ACCOUNTS_MANAGE.value)
        query = ClientRow.all().prefetch_related("linked_hosts", "linked_teams").order_by("client_id")
        return connection(await paginate(query, first=first, after=after), PartnerClient.from_row)


@strawberry.type
class PartnerClientMutation:
    @strawberry.mutation(description="Requires: accounts.manage. The secret is in the payload, once.")
    async def partner_client_create(self, info: Info, input: PartnerClientCreateInput) -> PartnerClientCreatePayload:
        viewer = require(info, P.ACCOUNTS_MANAGE.value)

        async def work() -> dict:
            hosts, teams = _links(input.host_ids, input.team_ids)
            row, secret = await resolvers.create_partner_client(
                viewer=viewer, client_id=input.client_id, name=input.name, scopes=input.scopes,
                host_ids=hosts, team_ids=teams, rate_limit_per_minute=input.rate_limit_per_minute)
            return {"client": await _loaded(row), "client_secret": secret}

        return await mutate(PartnerClientCreatePayload, AccountError, AccountErrorCode, work)

    @strawberry.mutation(description="Requires: accounts.manage.")
    async def partner_client_update(self, info: Info, input: PartnerClientUpdateInput) -> PartnerClientUpdatePayload:
        viewer = require(info, P.ACCOUNTS_MANAGE.value)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "PartnerClient", "id"))
            hosts, teams = _links(input.host_ids, input.team_ids)
            row = await resolvers.update_partner_client(
                viewer=viewer, client_pk=pk, name=input.name, scopes=input.scopes, host_ids=hosts, team_ids=teams,
                rate_limit_per_minute=input.rate_limit_per_minute)
            return {"client": await _loaded(row)}

        return await mutate(PartnerClientUpdatePayload, AccountError, AccountErrorCode, work)

    @strawberry.mutation(description="Requires: accounts.manage. The old secret stops working at once.")
    async def partner_client_rotate_secret(self, info: Info, input: PartnerClientRotateSecretInput) -> PartnerClientRotateSecretPayload:
        viewer = require(info, P.ACCOUNTS_MANAGE.value)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "PartnerClient", "id"))
            row, secret = await resolvers.rotate_partner_secret(viewer=viewer, client_pk=pk)
            return {"client": await _loaded(row), "client_secret": secret}

        return await mutate(PartnerClientRotateSecretPayload, AccountError, AccountErrorCode, work)

    @strawberry.mutation(description="Requires: accounts.manage. Its tokens are refused from the next request on.")
    async def partner_client_revoke(self, info: Info, input: PartnerClientRevokeInput) -> PartnerClientRevokePayload:
        viewer = require(info, P.ACCOUNTS_MANAGE.value)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "PartnerClient", "id"))
            return {"client": await _loaded(await resolvers.revoke_partner_client(viewer=viewer, client_pk=pk))}

        return await mutate(PartnerClientRevokePayload, AccountError, AccountErrorCode, work)
