#!/usr/bin/env python3
"""Kernel speed figures for `./workbook bench`, one JSON line each (jupyter_client, the real kernel).

  start:        median over N starts of the time to the kernel_info reply (start-to-ready)
  first_cell:   median over the same starts of the time from start to the first `1 + 1` result
  one_plus_one: median round trip of `1 + 1` in a warm kernel
  first_plot:   time of the first cell drawing a library figure, and whether it arrived as a PNG
Not a test: nothing here passes or fails; the figures go in the notes (targets: start < 2.5 s, 1 + 1 < 100 ms).
"""
import argparse
import json
import statistics
import time

from jupyter_client.manager import KernelManager

PLOT = """var chart = new org.knowm.xchart.XYChartBuilder().width(400).height(300).build();
chart.addSeries("y", new double[] {0, 1, 2}, new double[] {0, 1, 4});
chart"""


def run(kc, code, timeout=120):
    t0 = time.monotonic()
    msg_id = kc.execute(code)
    result = None
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] in ("execute_result", "error"):
            result = msg["content"]
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return time.monotonic() - t0, result


def start(kernel):
    t0 = time.monotonic()
    km = KernelManager(kernel_name=kernel)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    ready = time.monotonic() - t0
    run(kc, "1 + 1")
    return km, kc, ready, time.monotonic() - t0


def stop(km, kc):
    km.shutdown_kernel(now=False)
    kc.stop_channels()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", default="nn-workbook")
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--round-trips", type=int, default=20)
    args = parser.parse_args()

    ready, first = [], []
    for _ in range(args.starts):
        km, kc, r, f = start(args.kernel)
        ready.append(r)
        first.append(f)
        stop(km, kc)
    print(json.dumps({"bench": "kernel", "figure": "start", "starts": args.starts,
                      "kernel_info_ms_median": round(1000 * statistics.median(ready)), "target_ms": 2500}), flush=True)
    print(json.dumps({"bench": "kernel", "figure": "first_cell", "starts": args.starts,
                      "first_result_ms_median": round(1000 * statistics.median(first))}), flush=True)

    km, kc, _, _ = start(args.kernel)
    try:
        trips = [run(kc, "1 + 1")[0] for _ in range(args.round_trips)]
        print(json.dumps({"bench": "kernel", "figure": "one_plus_one", "round_trips": args.round_trips,
                          "ms_median": round(1000 * statistics.median(trips)), "target_ms": 100}), flush=True)
        seconds, result = run(kc, PLOT)
        png = bool(result and "image/png" in result.get("data", {}))
        print(json.dumps({"bench": "kernel", "figure": "first_plot", "ms": round(1000 * seconds), "png": png}), flush=True)
    finally:
        stop(km, kc)


if __name__ == "__main__":
    main()
