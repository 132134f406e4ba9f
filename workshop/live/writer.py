"""Group commit for the live server: notes that arrive while a batch commits share the next."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from workshop.errors import WorkshopError

log = logging.getLogger(__name__)

RequestT = TypeVar("RequestT")
ResultT = TypeVar("ResultT")
ContextT = TypeVar("ContextT")

MAX_BATCH = 64


@dataclass(frozen=True, slots=True)
class Written(Generic[ContextT, RequestT, ResultT]):
    """One request of a committed batch with its answer, handed to the after-batch hook."""

    context: ContextT
    request: RequestT
    result: ResultT | WorkshopError


class GroupCommitWriter(Generic[ContextT, RequestT, ResultT]):
    """Feeds requests to a batch function, one batch at a time, on an asyncio loop.

    The first request starts a batch at once (nobody waits for company); requests that arrive
    while it commits wait for the next batch, so under load one commit (one fsync) serves many
    requests, and with no load a request costs what it would alone. Each caller's await
    returns only after the batch holding its request has returned, i.e. after its commit.
    `write_batch` runs on `executor` and answers every request, in order, with a result or the
    WorkshopError refusing it; any other exception fails every request of that batch.
    Use from the event loop's thread only.
    """

    def __init__(
        self,
        write_batch: Callable[[Sequence[RequestT]], Sequence[ResultT | WorkshopError]],
        executor: Executor,
        *,
        after_batch: Callable[[list[Written[ContextT, RequestT, ResultT]]], None] | None = None,
        max_batch: int = MAX_BATCH,
    ) -> None:
        self._write_batch = write_batch
        self._executor = executor
        self._after_batch = after_batch
        self._max_batch = max_batch
        self._pending: list[tuple[ContextT, RequestT, asyncio.Future[ResultT]]] = []
        self._drainer: asyncio.Task[None] | None = None
        self.batches = 0  # how many commits served the requests so far (for tests and figures)

    async def submit(self, context: ContextT, request: RequestT) -> ResultT:
        """The request's result once committed; raises the WorkshopError that refused it."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[ResultT] = loop.create_future()
        self._pending.append((context, request, future))
        if self._drainer is None:
            self._drainer = loop.create_task(self._drain())
        # A caller that gives up cancels only its own future; the batch goes on for the others.
        return await future

    async def _run(
        self, loop: asyncio.AbstractEventLoop, requests: list[RequestT]
    ) -> Sequence[ResultT | WorkshopError]:
        results = await loop.run_in_executor(self._executor, self._write_batch, requests)
        if len(results) != len(requests):
            raise RuntimeError("The batch writer did not answer every request.")
        return results

    async def _one_by_one(
        self,
        loop: asyncio.AbstractEventLoop,
        batch: list[tuple[ContextT, RequestT, asyncio.Future[ResultT]]],
    ) -> None:
        """Write the requests of a failed batch each in a batch of its own."""
        for context, request, future in batch:
            try:
                (result,) = await self._run(loop, [request])
            except Exception as error:
                log.error("A write failed", exc_info=error)
                _fail(future, error)
                continue
            self.batches += 1
            self._answer(future, result)
            if self._after_batch is not None:
                self._after_batch([Written(context, request, result)])

    @staticmethod
    def _answer(future: asyncio.Future[ResultT], result: ResultT | WorkshopError) -> None:
        if future.done():  # the caller gave up; the write stands
            return
        if isinstance(result, WorkshopError):
            future.set_exception(result)
        else:
            future.set_result(result)

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while self._pending:
                batch = self._pending[: self._max_batch]
                del self._pending[: self._max_batch]
                requests = [request for _, request, _ in batch]
                try:
                    results = await self._run(loop, requests)
                except Exception as error:
                    if len(batch) == 1:
                        log.error("A write failed", exc_info=error)
                        _fail(batch[0][2], error)
                        continue
                    # A bug one request triggers must not fail its neighbours: retry alone,
                    # so only the request that causes it gets the error.
                    log.warning("A batch of %d writes failed; writing them one by one", len(batch))
                    await self._one_by_one(loop, batch)
                    continue
                self.batches += 1
                written = []
                for (context, request, future), result in zip(batch, results, strict=True):
                    written.append(Written(context, request, result))
                    self._answer(future, result)
                if self._after_batch is not None:
                    self._after_batch(written)
        finally:
            self._drainer = None
            # Requests left behind when the loop is torn down are refused, never left hanging.
            if self._pending and not loop.is_closed():
                for _, _, future in self._pending:
                    if not future.done():
                        future.cancel()
                self._pending.clear()


def _fail(future: asyncio.Future[Any], error: BaseException) -> None:
    if not future.done():
        future.set_exception(error)


__all__ = ["MAX_BATCH", "GroupCommitWriter", "Written"]
