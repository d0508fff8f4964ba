# A pseudo-terminal left in its normal line mode, for plain-mode tests (test/plain/terminal.ts). Unlike
# test/e2e/pty-driver.py, which waits for an app to put the terminal in raw mode before it types, this writes at
# once (plain mode never leaves line mode: the terminal echoes and edits the line), and it answers with the raw
# output, escape sequences kept, so a test can check that there are none. One JSON request per line on stdin:
#   {"op": "write", "data": "..."}              one os.write of the bytes; answers {"ok"}
#   {"op": "mark"}                              forget the output so far (for "wait"; "exit" keeps it all)
#   {"op": "wait", "end": "...", "timeout": 10} until the output since the mark, with "\r" removed, ends with
#                                               `end` (the app asks again); answers {"ok", "output"}
#   {"op": "exit", "timeout": 10}               until the child ends; answers {"ok", "code", "all"}: its exit
#                                               code as a shell gives it and the whole output since it started
# Every wait is bounded; on stdin's end the child is killed.
# Usage: python3 line-pty.py COLS ROWS COMMAND [ARG...]
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time


def main():
    cols, rows, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    output = bytearray()
    mark = 0
    status = None

    def pump(seconds):
        """Reads what the child wrote, for up to `seconds`; False once the child has closed the pty."""
        if not select.select([fd], [], [], seconds)[0]:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:
            return False
        output.extend(data)
        return bool(data)

    def reap():
        nonlocal status
        if status is None:
            done, code = os.waitpid(pid, os.WNOHANG)
            if done:
                status = code

    def since_mark():
        return output[mark:].decode("utf-8", "replace").replace("\r", "")

    def reply(message):
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    for line in sys.stdin:
        request = json.loads(line)
        op = request["op"]
        if op == "write":
            os.write(fd, request["data"].encode("utf-8"))
            reply({"ok": True})
        elif op == "mark":
            while pump(0) and select.select([fd], [], [], 0)[0]:
                pass
            mark = len(output)
            reply({"ok": True})
        elif op == "wait":
            deadline = time.monotonic() + request.get("timeout", 10)
            alive = True
            while not since_mark().endswith(request["end"]) and alive and time.monotonic() < deadline:
                alive = pump(min(0.1, max(0.0, deadline - time.monotonic())))
            reply({"ok": since_mark().endswith(request["end"]), "output": since_mark()})
        elif op == "exit":
            deadline = time.monotonic() + request.get("timeout", 10)
            while status is None and time.monotonic() < deadline:
                pump(0.05)
                reap()
            while pump(0) and select.select([fd], [], [], 0)[0]:
                pass
            code = os.waitstatus_to_exitcode(status) if status is not None else None
            reply({"ok": status is not None, "code": code, "all": output.decode("utf-8", "replace")})
    if status is None:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass


main()
