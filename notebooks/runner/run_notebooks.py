#!/usr/bin/env python3
"""Runs workbook notebooks headless with the real Java kernel and reports on each one.

Not a test framework: it executes notebooks top to bottom through nbclient, the way a student's
"Restart & Run All" does, and says per notebook one of
  passed | failed at cell N (ename: evalue) | kernel never started
with how long it took. A notebook passes only if no cell produced an error output and every cell
tagged "plot" produced an image/png output. Exit status: 0 all passed, 1 some did not, 2 bad usage.

Needs the Debian (or pip) packages nbclient and nbformat; run it with an interpreter that has them
(on Debian: /usr/bin/python3). The kernelspec is found through JUPYTER_PATH as usual; --kernel picks
another one than the notebook's (e.g. stock JJava's "java"), --env adds variables to the kernel's
environment (e.g. JJAVA_CLASSPATH=...).
"""
import argparse
import json
import os
import re
import sys
import tempfile
import time

import nbformat
from jupyter_core.utils import ensure_async, run_sync
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

PLOT_TAG = "plot"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def plain(text):
    return ANSI.sub("", text or "")


def first_line(source):
    for line in source.splitlines():
        if line.strip():
            return line.strip()[:80]
    return ""


def error_of(cell):
    """The first error output of a cell as (ename, evalue), or None."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            ename = output.get("ename", "Error")
            evalue = plain(output.get("evalue", "")).strip()
            if not evalue:
                # The Java kernel leaves evalue empty for compile errors; the javac message is in
                # the traceback lines.
                lines = [plain(line).strip() for line in output.get("traceback", [])]
                evalue = " ".join(line for line in lines if line)[:500]
            return ename, evalue
    return None


def has_image(cell):
    return any("image/png" in output.get("data", {}) for output in cell.get("outputs", []))


class KernelNeverStarted(Exception):
    pass


def tail(log_file, lines=5):
    log_file.flush()
    log_file.seek(0)
    text = plain(log_file.read().decode("utf-8", "replace")).strip().splitlines()
    return " | ".join(text[-lines:])


def kernel_environment(assignments):
    """This process's environment plus NAME=VALUE assignments; raises ValueError on a malformed one."""
    env = dict(os.environ)
    for assignment in assignments or []:
        name, equals, value = assignment.partition("=")
        if not equals or not name or not name.replace("_", "a").isalnum():
            raise ValueError(f"--env {assignment!r}: write NAME=VALUE, for example JJAVA_CLASSPATH=/path/to/nn-lib.jar")
        env[name] = value
    return env


def start_kernel(client, startup_timeout, retries, kernel_log, log, env):
    """Starts the kernel, retrying a start that hangs. Returns the number of attempts made."""
    last = None
    for attempt in range(1, retries + 2):
        try:
            client.km = client.create_kernel_manager()
            # The kernel's own stderr goes to a file: it is noise when all is well, and the
            # first thing to read when a start fails.
            client.start_new_kernel(stderr=kernel_log, stdout=kernel_log, env=env)
            client.start_new_kernel_client()
            return attempt
        except Exception as e:  # any failure to come up: hang, crash, bad kernelspec
            last = e
            log(f"  kernel start {attempt} failed after at most {startup_timeout} s: {plain(str(e))[:200]}")
            try:
                stop_kernel(client, now=True)  # a hung start: no point asking it to shut down politely
            except Exception:
                pass
    said = tail(kernel_log)
    raise KernelNeverStarted(f"{type(last).__name__}: {plain(str(last))[:300]}"
                             + (f"; the kernel printed: {said}" if said else ""))


@run_sync
async def stop_kernel(client, now):
    """Shuts the client's kernel down (at once when `now`, else asking it first) and closes its channels,
    whatever state a failed start left; the client can then start a new kernel. nbclient's own cleanup is
    private, so this uses the kernel manager's and kernel client's public methods, through the same event
    loop helper nbclient uses (its kernel manager is asynchronous)."""
    km, kc = client.km, getattr(client, "kc", None)
    client.km = client.kc = None
    try:
        if km is not None and await ensure_async(km.is_alive()):
            await ensure_async(km.shutdown_kernel(now=now))
    finally:
        if km is not None:
            await ensure_async(km.cleanup_resources())
        if kc is not None:
            await ensure_async(kc.stop_channels())


def run_notebook(path, args, log):
    started = time.monotonic()
    result = {"notebook": path, "status": "passed", "cell": None, "ename": None, "evalue": None,
              "source": None, "attempts": 0, "kernel_start_seconds": None, "seconds": None}
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as e:
        result.update(status="failed", ename="InvalidNotebook", evalue=plain(str(e))[:300])
        result["seconds"] = round(time.monotonic() - started, 2)
        return result

    kernel = args.kernel or nb.metadata.get("kernelspec", {}).get("name")
    client = NotebookClient(nb, kernel_name=kernel, timeout=args.cell_timeout,
                            startup_timeout=args.startup_timeout, allow_errors=True,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    kernel_log = tempfile.TemporaryFile()
    try:
        try:
            t0 = time.monotonic()
            result["attempts"] = start_kernel(client, args.startup_timeout, args.retries, kernel_log, log, args.env)
            result["kernel_start_seconds"] = round(time.monotonic() - t0, 2)
        except KernelNeverStarted as e:
            result.update(status="kernel-not-started", ename="KernelNeverStarted", evalue=str(e),
                          attempts=args.retries + 1)
            return result

        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            number = index + 1
            try:
                client.execute_cell(cell, index)
            except CellTimeoutError:
                failure = ("CellTimeout", f"the cell ran longer than {args.cell_timeout} s")
            except DeadKernelError as e:
                failure = ("DeadKernel", f"the kernel died: {plain(str(e))[:200]}; it printed: {tail(kernel_log)}")
            else:
                failure = error_of(cell)
                tags = cell.get("metadata", {}).get("tags", [])
                if failure is None and PLOT_TAG in tags and not has_image(cell):
                    failure = ("MissingPlot", f"the cell is tagged '{PLOT_TAG}' but produced no image/png output")
            if failure:
                result.update(status="failed", cell=number, ename=failure[0], evalue=failure[1],
                              source=first_line(cell.source))
                break
    finally:
        try:
            stop_kernel(client, now=False)
        except Exception:
            pass
        kernel_log.close()
        result["seconds"] = round(time.monotonic() - started, 2)
        if args.executed_dir:
            os.makedirs(args.executed_dir, exist_ok=True)
            nbformat.write(nb, os.path.join(args.executed_dir, os.path.basename(path)))
    return result


def describe(result):
    name = os.path.basename(result["notebook"])
    timing = f"{result['seconds']:.1f} s"
    if result["kernel_start_seconds"] is not None:
        timing += f", kernel ready in {result['kernel_start_seconds']:.1f} s"
        if result["attempts"] > 1:
            timing += f" after {result['attempts']} starts"
    if result["status"] == "passed":
        return f"PASSED  {name}  ({timing})"
    if result["status"] == "kernel-not-started":
        return f"KERNEL NEVER STARTED  {name}  ({result['attempts']} attempts, {timing}): {result['evalue']}"
    where = f" at cell {result['cell']}" if result["cell"] else ""
    line = f"FAILED  {name}{where}  ({timing})\n        {result['ename']}: {result['evalue']}"
    if result["source"]:
        line += f"\n        cell starts: {result['source']}"
    return line


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", help="notebook files to run, in order")
    parser.add_argument("--kernel", help="kernelspec name (default: the one in each notebook's metadata)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="set a variable in the kernel's environment (repeatable)")
    parser.add_argument("--cell-timeout", type=int, default=120, help="seconds one cell may run (default 120)")
    parser.add_argument("--startup-timeout", type=int, default=15,
                        help="seconds to wait for the kernel to answer after a start (default 15)")
    parser.add_argument("--retries", type=int, default=2, help="kernel starts to retry after a hung one (default 2)")
    parser.add_argument("--report", help="write the results as JSON to this file")
    parser.add_argument("--executed-dir", help="write each executed notebook, with outputs, into this folder")
    args = parser.parse_args(argv)
    try:
        args.env = kernel_environment(args.env)
    except ValueError as e:
        parser.error(str(e))

    def log(message):
        print(message, flush=True)

    results = []
    for path in args.notebooks:
        result = run_notebook(path, args, log)
        results.append(result)
        log(describe(result))
    passed = sum(r["status"] == "passed" for r in results)
    log(f"{passed} of {len(results)} notebooks passed in {sum(r['seconds'] for r in results):.1f} s; "
        f"kernel start retries: {sum(max(r['attempts'] - 1, 0) for r in results)}")
    if args.report:
        with open(args.report, "w") as f:
            json.dump(results, f, indent=2)
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
