"""Accounts in the graph: console users and roles (`users`), partner clients (`partners`)."""

from backend.graph.accounts.partners import PartnerClientMutation, PartnerClientQuery
from backend.graph.accounts.users import AccountMutation, AccountQuery, User

__all__ = ["AccountMutation", "AccountQuery", "PartnerClientMutation", "PartnerClientQuery", "User"]
