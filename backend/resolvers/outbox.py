"""The event outbox: domains record what happened, in the transaction that made it happen;
the webhook dispatcher (resolvers/alerts/webhooks.py) fans the events out to subscribers."""

from __future__ import annotations

from backend import events
from backend.models.alerts import DomainEvent

TOPIC = "webhooks"
EVENTS = ("employee.hired", "employee.left", "alert.created", "contract.signed", "contract.expiring", "payroll.locked",
          "automation.action")


async def emit(name: str, *, subject_type: str, subject_id: int, employee_id: int | None = None) -> DomainEvent:
    assert name in EVENTS, f"unknown event {name}: add it to EVENTS"
    event = await DomainEvent.create(name=name, subject_type=subject_type, subject_id=subject_id, employee_id=employee_id)
    # A wake-up only: the dispatcher reads the outbox (and polls it), so an early wake-up is harmless.
    await events.get_bus().publish(TOPIC, str(event.id))
    return event
