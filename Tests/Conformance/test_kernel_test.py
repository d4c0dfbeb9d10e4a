"""jupyter_kernel_test's standard checks, with Swift samples, for the kernel named by KERNEL_NAME.

Sample fields (semantics from jupyter_kernel_test 0.7's KernelTests):
  code_hello_world          stdout stream containing "hello, world"
  code_stderr               at least one stderr stream
  completion_samples        complete_request at the end of `text`; the set of matches must
                            equal `matches` exactly
  complete/incomplete/invalid_code_samples   is_complete_request verdicts
  code_generate_error       error reply, and exactly one iopub output: the `error` message
  code_execute_result       execute_result text/plain equal to `result`; these cells also feed
                            test_history (tail returns exactly them, in order; range
                            session/start/stop; search with code_history_pattern, a glob that
                            must match one of them, with unique=True giving 1 and n=3 giving 3)
  code_display_data         a display_data carrying `mime`
  code_inspect_sample       inspect_reply found=True with some data
  code_clear_output         a clear_output message

SwiftKernelInfoTests needs only the protocol side (test_kernel_info; the other tests skip
for want of samples). SwiftKernelTests runs cells and carries the `language` marker.
"""
from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from jupyter_client.manager import start_new_kernel
import jupyter_kernel_test

KERNEL_NAME = os.environ.get("KERNEL_NAME", "swift-research")


class _SwiftKernel(jupyter_kernel_test.KernelTests):
    """Starts the kernel with a private history file, so runs never see each other's cells."""

    __test__ = False  # a base, not a test case of its own

    kernel_name = KERNEL_NAME
    language_name = "swift"
    file_extension = ".swift"

    @classmethod
    def setUpClass(cls) -> None:
        cls._history_dir = tempfile.mkdtemp(prefix="conformance-history-")
        env = dict(os.environ, SWIFT_RESEARCH_HISTORY=os.path.join(cls._history_dir, "history.sqlite"))
        cls.km, cls.kc = start_new_kernel(kernel_name=cls.kernel_name, env=env)

    @classmethod
    def tearDownClass(cls) -> None:
        super().tearDownClass()
        shutil.rmtree(cls._history_dir, ignore_errors=True)


class SwiftKernelInfoTests(_SwiftKernel):
    """kernel_info_reply: schema, language name "swift", file extension ".swift"."""

    __test__ = True


@pytest.mark.language
class SwiftKernelTests(_SwiftKernel):
    """Every KernelTests check that has a Swift sample."""

    __test__ = True

    code_hello_world = 'print("hello, world")'

    # What Swift users write to reach stderr; the kernel predefines `standardError`.
    code_stderr = 'print("oops", to: &standardError)'

    completion_samples = [
        {"text": "let alphaBetaGammaUnique = 1\nalphaBetaGam", "matches": ["alphaBetaGammaUnique"]},
    ]

    complete_code_samples = ["1", 'print("hi")', "func f() {}", "let xs = [1,\n  2]"]
    incomplete_code_samples = ["func f() {", "let x = [", 'let s = """']
    invalid_code_samples = ["let = 1", "}"]

    code_generate_error = "let xs = [1]; xs[5]"

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "[1, 2, 3].map { $0 * 2 }", "result": "[2, 4, 6]"},
        {"code": "1.0 / 4", "result": "0.25"},
    ]
    code_history_pattern = "6 ? 7"
    supported_history_operations = ("tail", "range", "search")

    # display(x) and %%html are in docs/cell-language.md.
    code_display_data = [
        {"code": "display(42)", "mime": "text/plain"},
        {"code": "%%html\n<b>hi</b>", "mime": "text/html"},
    ]

    code_inspect_sample = "print"
    code_clear_output = "clearOutput()"
