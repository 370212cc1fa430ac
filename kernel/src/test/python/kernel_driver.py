#!/usr/bin/env python3
"""Drives a Jupyter kernel with jupyter_client, one JSON request per stdin line, for JUnit tests.

Not a test itself: the kernel module's JUnit tests start this script, send requests and check the
answers, so every kernel test goes through a real Jupyter client and the real kernel process.

Requests (one JSON object per line) and the one-line JSON answer to each:
  {"op": "start", "kernel": NAME}              -> {"seconds": time to kernel_info reply}
  {"op": "execute", "code": C, "timeout": S,   -> {"outputs": [...], "status": "ok"|"error",
   "interrupt_after": S (optional),               "seconds": S, "stream": all stream text,
   "inputs": [LINE, ...] (optional: allow stdin   "input_requests": how many the kernel sent}
   and answer input_requests in turn),
   "interrupt_at_input": [N, S] (optional:
   interrupt S seconds after the Nth
   input_request arrives, once it is answered
   if an answer is left; the answer comes once
   the interrupt_reply has, so the interrupt
   cannot reach a later cell)}
  {"op": "complete", "code": C, "cursor": N}   -> {"matches": [...], "cursor_start": N, "cursor_end": N}
  {"op": "inspect", "code": C, "cursor": N,    -> {"found": bool, "data": {mime type: text}}
   "detail_level": 0|1}
  {"op": "is_complete", "code": C}             -> {"status": S, "indent": TEXT}
  {"op": "shutdown"}                           -> {}
An answer {"failure": TEXT} reports what went wrong (timeout, dead kernel) instead.
"""
import json
import sys
import threading
import time

from jupyter_client.manager import KernelManager


class Driver:
    def __init__(self):
        self.km = None
        self.kc = None

    def start(self, kernel):
        t0 = time.monotonic()
        self.km = KernelManager(kernel_name=kernel)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)
        return {"seconds": time.monotonic() - t0}

    def execute(self, code, timeout=60, interrupt_after=None, inputs=None, interrupt_at_input=None):
        t0 = time.monotonic()
        msg_id = self.kc.execute(code, allow_stdin=inputs is not None)
        answers, asked, interrupting = list(inputs or []), 0, None
        if interrupt_after is not None:
            timer = threading.Timer(interrupt_after, self.km.interrupt_kernel)
            timer.start()
        outputs, streams = [], []
        deadline = t0 + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return {"failure": f"no idle status within {timeout} s", "outputs": outputs}
            if inputs is not None:
                before = asked
                asked += self.answer_input_requests(answers)
                if interrupt_at_input is not None and before < interrupt_at_input[0] <= asked:
                    interrupting = threading.Timer(interrupt_at_input[1], self.interrupt_on_control_channel)
                    interrupting.start()
            try:
                msg = self.kc.get_iopub_msg(timeout=left if inputs is None else min(left, 0.01))
            except Exception:
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "status" and content["execution_state"] == "idle":
                break
            if kind == "stream":
                streams.append(content["text"])
                if outputs and outputs[-1]["type"] == "stream" and outputs[-1]["name"] == content["name"]:
                    outputs[-1]["text"] += content["text"]
                    outputs[-1]["messages"] += 1
                    outputs[-1]["last_at"] = time.monotonic() - t0
                    continue
                outputs.append({"type": "stream", "name": content["name"], "text": content["text"], "messages": 1,
                                "first_at": time.monotonic() - t0, "last_at": time.monotonic() - t0})
            elif kind in ("execute_result", "display_data", "update_display_data"):
                outputs.append({"type": kind, "data": content.get("data", {}),
                                "display_id": content.get("transient", {}).get("display_id")})
            elif kind == "error":
                outputs.append({"type": "error", "ename": content["ename"], "evalue": content["evalue"],
                                "traceback": content["traceback"]})
        reply = self.await_reply(self.kc.get_shell_msg, msg_id)
        if interrupting is not None:
            interrupting.join()
            self.await_reply(self.kc.get_control_msg, self.interrupt_id)
        return {"outputs": outputs, "status": reply["content"]["status"], "seconds": time.monotonic() - t0,
                "stream": "".join(streams), "input_requests": asked}

    def interrupt_on_control_channel(self):
        """What KernelManager.interrupt_kernel sends (interrupt_mode "message"), on the client's channel to see the reply."""
        request = self.kc.session.msg("interrupt_request", {})
        self.interrupt_id = request["header"]["msg_id"]
        self.kc.control_channel.send(request)

    @staticmethod
    def await_reply(get, msg_id, timeout=10):
        reply = get(timeout=timeout)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = get(timeout=timeout)
        return reply

    def answer_input_requests(self, answers):
        """Answers each pending input_request with the next of `answers` (none left: leaves it waiting)."""
        asked = 0
        while self.kc.stdin_channel.msg_ready():
            self.kc.get_stdin_msg(timeout=1)
            asked += 1
            if answers:
                self.kc.input(answers.pop(0))
        return asked

    def complete(self, code, cursor):
        content = self.reply_to(self.kc.complete(code, cursor))
        return {"matches": content.get("matches", []), "cursor_start": content.get("cursor_start"),
                "cursor_end": content.get("cursor_end")}

    def inspect(self, code, cursor, detail_level=0):
        content = self.reply_to(self.kc.inspect(code, cursor, detail_level))
        return {"found": content.get("found", False), "data": content.get("data", {})}

    def is_complete(self, code):
        content = self.reply_to(self.kc.is_complete(code))
        return {"status": content["status"], "indent": content.get("indent", "")}

    def reply_to(self, msg_id):
        return self.await_reply(self.kc.get_shell_msg, msg_id, timeout=30)["content"]

    def shutdown(self):
        if self.km and self.km.has_kernel:
            self.km.shutdown_kernel(now=False)
        if self.kc:
            self.kc.stop_channels()
        self.km = self.kc = None
        return {}


def main():
    driver = Driver()
    for line in sys.stdin:
        request = json.loads(line)
        op = request.pop("op")
        try:
            answer = getattr(driver, op)(**request)
        except Exception as e:  # report, keep serving: the JUnit side decides
            answer = {"failure": f"{type(e).__name__}: {e}"}
        print(json.dumps(answer), flush=True)
        if op == "shutdown":
            break
    driver.shutdown()


if __name__ == "__main__":
    main()
