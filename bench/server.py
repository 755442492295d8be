"""A real HTTP server (uvicorn in a subprocess) and a small load generator for it.

The load generator is deliberately thin (asyncio streams, keep-alive, one pre-built request):
on a small machine the client shares the CPUs with the server, and a heavy client such as
httpx would mostly measure itself.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bench.harness import ROOT, VAR, percentile

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def http_request(method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length, chunked = None, False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        body = b""
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            body += (await reader.readexactly(size + 2))[:-2]
        await reader.readuntil(b"\r\n")
        return status, body
    return status, await reader.readexactly(length or 0)


async def fetch(port: int, request: bytes) -> tuple[int, bytes]:
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        writer.write(request)
        return await read_response(reader)
    finally:
        writer.close()


@dataclass(frozen=True)
class Load:
    concurrency: int
    seconds: float
    latencies_ms: tuple[float, ...]
    errors: int

    @property
    def rps(self) -> float:
        return len(self.latencies_ms) / self.seconds

    def to_json(self) -> dict[str, float]:
        return {"concurrency": self.concurrency, "seconds": self.seconds, "requests": len(self.latencies_ms),
                "errors": self.errors, "rps": round(self.rps, 1),
                "p50_ms": round(percentile(self.latencies_ms, 50), 2),
                "p90_ms": round(percentile(self.latencies_ms, 90), 2),
                "p99_ms": round(percentile(self.latencies_ms, 99), 2)}


async def load(port: int, request: bytes, *, concurrency: int, seconds: float, warmup: float = 1.0) -> Load:
    """`concurrency` keep-alive clients send `request` back to back for warmup + seconds.
    Throughput counts the responses completed inside the measured window (after the warm-up);
    the clients keep the server busy until the window closes."""
    began = time.perf_counter()
    measure_from, stop = began + warmup, began + warmup + seconds
    latencies: list[float] = []
    errors = 0

    async def client() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(HOST, port)
        try:
            while (started := time.perf_counter()) < stop:
                writer.write(request)
                status, _ = await read_response(reader)
                ended = time.perf_counter()
                if measure_from <= ended <= stop:
                    if status == 200:
                        latencies.append((ended - started) * 1000)
                    else:
                        errors += 1
        finally:
            writer.close()

    await asyncio.gather(*(client() for _ in range(concurrency)))
    return Load(concurrency, seconds, tuple(latencies), errors)


@asynccontextmanager
async def uvicorn_server(database_url: str, *, label: str, workers: int = 1, env: dict | None = None,
                         started: list | None = None) -> AsyncIterator[int]:
    """Serves `backend.app:create_app` on a free loopback port; yields the port. Its output goes
    to var/bench/server-<label>.log. `env` adds settings; `started` receives the process."""
    VAR.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {**os.environ, "HRGRAPH_DATABASE_URL": database_url, **(env or {})}
    log_path = VAR / f"server-{label}.log"
    with open(log_path, "wb") as log:  # noqa: ASYNC230  (a local file, opened once)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "uvicorn", "backend.app:create_app", "--factory", "--host", HOST,
            "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log",
            "--ws-per-message-deflate", "false",
            cwd=ROOT, env=env, stdout=log, stderr=asyncio.subprocess.STDOUT,
        )
    if started is not None:
        started.append(proc)
    try:
        await _wait_ready(port, proc, log_path)
        yield port
    finally:
        if proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), 15)
            except TimeoutError:
                proc.kill()
                await proc.wait()


async def _wait_ready(port: int, proc: asyncio.subprocess.Process, log_path) -> None:
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        if proc.returncode is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}: {log_path.read_text()[-2000:]}")
        try:
            status, _ = await fetch(port, http_request("GET", "/healthz"))
            if status == 200:
                return
        except OSError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"the server did not answer /healthz within 60s: {log_path.read_text()[-2000:]}")
