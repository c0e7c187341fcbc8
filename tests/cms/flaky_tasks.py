"""A task that fails the way an unreachable server makes tasks fail, for the retry tests."""

from cms.tasks import retrying_task

CALLS: list[int] = []


@retrying_task(attempts=3)
def reach_server(fail_times: int) -> str:
    CALLS.append(len(CALLS) + 1)
    if len(CALLS) <= fail_times:
        raise ConnectionRefusedError("[Errno 111] Connection refused")
    return "reached"


@retrying_task(attempts=3)
def broken() -> None:
    raise ValueError("a bug, not a passing failure")
