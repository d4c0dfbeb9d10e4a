"""Shared fixtures of the conformance suite (see kernel_wire.py for the environment it reads)."""
from __future__ import annotations

import pytest

from kernel_wire import CELLS, Kernel


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "language: runs cells, so needs the cell language (Swift) evaluator; "
        "deselect with -m 'not language' while only the protocol side exists")


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory):
    """One kernel shared by the tests of a module, its history in a temp dir."""
    k = Kernel.start(tmp_path_factory.mktemp("history"))
    yield k
    k.stop()


@pytest.fixture()
def fresh_kernel(tmp_path):
    """A kernel of its own, for tests that end it."""
    k = Kernel.start(tmp_path / "history")
    yield k
    k.stop()


@pytest.fixture()
def k(kernel: Kernel) -> Kernel:
    """The shared kernel with every channel emptied of earlier tests' leftovers."""
    kernel.flush()
    return kernel


@pytest.fixture()
def cells(kernel: Kernel):
    """Code samples in the kernel's cell language."""
    if kernel.language not in CELLS:
        pytest.skip(f"no code samples for language {kernel.language!r}")
    return CELLS[kernel.language]
