"""Live events written straight to the subscriber's socket, one encoding per audience.

Strawberry hands every event of every subscription through its whole stream machinery: a
per-event executor copied from the subscription's, the extensions' hooks, a result object,
the message dict and its JSON. For one alert reaching 10,000 sockets that per-socket chain
cost more than the socket writes. A subscription resolver that calls `deliver(event)`
instead executes the event through the shared results (shared_events.py) and, when the
result may go to the whole audience as it is, sends the audience's once-encoded `next`
payload to its own operation with its own id. Whatever else (an error to mask, a read to
audit, no socket at all, as for webhooks) goes back to the resolver to yield, already
executed, and takes Strawberry's ordinary path. Either way one event is one message, in the
order the resolver sees them: the resolver is not resumed before the message is sent.

A subscriber can go further and be sent to without its task waking at all: a `LiveTarget`
holds what `deliver` reads from the task's context, and `broadcast` executes an event once
for an audience and writes its frame to every target of it in one loop (the alert feed's
lanes use it). Waking 10,000 tasks cost more than everything they then did.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

import orjson
from prometheus_client import Counter
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler

from backend.graph.shared_events import PreExecuted, share_key, shared_frame, subscription_executor

LIVE_MESSAGES = Counter("hrgraph_live_messages_total", "Live subscription events by how they were delivered", ["path"])
SENT_BROADCAST = LIVE_MESSAGES.labels("broadcast")  # the audience's one encoding, written without waking the task
SENT_SHARED = LIVE_MESSAGES.labels("shared")  # the audience's one encoding, sent from the subscriber's task
EXECUTED_OWN = LIVE_MESSAGES.labels("own")  # executed for this subscriber alone, Strawberry's path
current_operation: ContextVar[Any] = ContextVar("current_operation", default=None)
# The extensions' results every `next` message of the operation carries (set by QueryLimits,
# the one extension with results); unset, live delivery stays out of the way.
frame_extensions: ContextVar[dict | None] = ContextVar("frame_extensions", default=None)


class TransportWSHandler(BaseGraphQLTransportWSHandler):
    """graphql-transport-ws as Strawberry speaks it, with each operation's task knowing its
    operation (for `deliver`)."""

    async def run_operation(self, operation) -> None:
        current_operation.set(operation)  # this task's own context: no reset needed
        await super().run_operation(operation)


class LiveTarget:
    """The current subscription's operation, executor and message extensions, captured in its
    own task so an event can be sent to it from elsewhere."""

    __slots__ = ("operation", "executor", "extensions")

    def __init__(self) -> None:
        self.operation = current_operation.get()
        self.executor = subscription_executor.get()
        self.extensions = frame_extensions.get()

    @property
    def usable(self) -> bool:
        return None not in (self.operation, self.executor, self.extensions) and not self.operation.completed

    def share_key(self, event: Any) -> tuple | None:
        return share_key(self.executor, event)

    def send_now(self, frame: orjson.Fragment) -> bool:
        """Writes the frame if the socket takes it at once. The send is driven one step by hand:
        it completes without waiting unless the client stopped reading (the transport is paused),
        and then it is dropped before writing anything and False says the subscriber's own task
        must send it, so one stalled client never holds up its audience."""
        if self.operation.completed:
            return True  # unsubscribed meanwhile: nothing is owed
        sending = self.operation.send_operation_message({"id": self.operation.id, "type": "next", "payload": frame})
        try:
            sending.send(None)
        except StopIteration:
            return True
        except WebSocketDisconnected:
            return True  # the client left: its handler ends the operation
        except Exception:
            return False  # the subscriber's own path meets the same error and handles it
        sending.close()
        return False


async def broadcast(event: Any, key: tuple, targets: list[LiveTarget]) -> tuple[list[bool], PreExecuted | None]:
    """Executes `event` once for the audience `key` and sends it to every target. Returns which
    targets it was sent to and, when the result cannot go to them as it is, none of them and the
    first target's result: it was executed on that subscriber's behalf (its reads are audited as
    theirs), so hand it to them rather than execute again."""
    lead = targets[0]
    result, frame = await shared_frame(key, _execution(lead.executor, event), lead.executor.context_value, lead.extensions)
    if frame is None:
        EXECUTED_OWN.inc()
        return [], PreExecuted(result)
    sent = [target.send_now(frame) for target in targets]
    SENT_BROADCAST.inc(sum(sent))
    return sent, None


async def deliver(event: Any) -> Any | None:
    """Sends `event` to the current subscriber if it can go as the audience's shared message;
    otherwise returns what the resolver should yield instead."""
    operation = current_operation.get()
    executor = subscription_executor.get()
    extensions = frame_extensions.get()
    if operation is None or executor is None or extensions is None or operation.completed:
        return event
    key = share_key(executor, event)
    if key is None:
        return event

    result, frame = await shared_frame(key, _execution(executor, event), executor.context_value, extensions)
    if frame is None:
        EXECUTED_OWN.inc()
        return PreExecuted(result)
    try:
        await operation.send_operation_message({"id": operation.id, "type": "next", "payload": frame})
    except WebSocketDisconnected:
        return None  # the client left mid-send: the handler's shutdown is about to cancel this operation
    SENT_SHARED.inc()
    return None


def _execution(executor, event: Any):
    """Executes `event` for the subscription of `executor`, once the shared results have decided to."""
    def execute():
        per_event = executor.build_per_event_executor(event)
        per_event._share_key = None  # shared here already
        return per_event.execute_operation(False)

    return execute
