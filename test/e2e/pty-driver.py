# A real pseudo-terminal for end-to-end tests (node-pty is not a dependency; Python's pty module is on every
# CI image). Runs a command in a pty of a given size and takes one JSON request per line on stdin:
#   {"op": "send", "data": "..."}                 one os.write of all the bytes (a burst, as a paste or
#                                                 tmux send-keys delivers it)
#   {"op": "wait", "text": "...", "timeout": 5}   until the output since the last mark, with escape codes
#                                                 removed, contains text; answers {"ok", "output"}
#   {"op": "mark"}                                forget the output so far
#   {"op": "resize", "cols": 60, "rows": 20}      set the window size (the child gets SIGWINCH)
#   {"op": "exit", "timeout": 5}                  wait for the child to end; answers {"ok", "code"}
# Every wait is bounded; on stdin's end the child is killed.
# Usage: python3 pty-driver.py COLS ROWS COMMAND [ARG...]
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def main():
    cols, rows, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    set_size(fd, cols, rows)
    os.kill(pid, signal.SIGWINCH)
    output = bytearray()
    status = None

    def pump(seconds):
        """Reads what the child wrote, for up to `seconds`; False once the child has closed the pty."""
        ready, _, _ = select.select([fd], [], [], seconds)
        if not ready:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        output.extend(data)
        return True

    def text():
        return ANSI.sub("", output.decode("utf-8", "replace")).replace("\r", "")

    def reply(message):
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    for line in sys.stdin:
        request = json.loads(line)
        op = request["op"]
        if op == "send":
            os.write(fd, request["data"].encode("utf-8"))
            reply({"ok": True})
        elif op == "mark":
            while pump(0):
                if not select.select([fd], [], [], 0)[0]:
                    break
            output.clear()
            reply({"ok": True})
        elif op == "resize":
            set_size(fd, request["cols"], request["rows"])
            os.kill(pid, signal.SIGWINCH)
            reply({"ok": True})
        elif op == "wait":
            deadline = time.monotonic() + request.get("timeout", 5)
            alive = True
            while request["text"] not in text() and alive and time.monotonic() < deadline:
                alive = pump(max(0.0, min(0.1, deadline - time.monotonic())))
            reply({"ok": request["text"] in text(), "output": text()})
        elif op == "exit":
            deadline = time.monotonic() + request.get("timeout", 5)
            while status is None and time.monotonic() < deadline:
                pump(0.05)
                done, code = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = code
            reply({"ok": status is not None, "code": os.waitstatus_to_exitcode(status) if status is not None else None, "output": text()})
    if status is None:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass


main()
