# The one real pseudo-terminal for tests (node-pty is not a dependency; Python's pty module is on every CI
# image), driven from test/e2e/terminal.ts. Runs a command in a pty of a given size and takes one JSON request
# per line on stdin:
#   {"op": "send", "data": "..."}                 waits (up to 10 s) until the app reads keys (the terminal
#                                                 is in raw mode: before that, line editing would mangle them),
#                                                 then one os.write of all the bytes (a burst, as a paste or
#                                                 tmux send-keys delivers it), then waits (up to 10 s) until
#                                                 the app has read them, so a long run cannot get ahead of it;
#                                                 answers {"alive", "trace"} (whether one was seen yet)
#   {"op": "wait", "text": "...", "timeout": 5}   until the output since the last mark, with escape codes
#                                                 removed, contains text; answers {"ok", "output"}
#   {"op": "mark"}                                forget the output so far
#   {"op": "resize", "cols": 60, "rows": 20}      set the window size (the child gets SIGWINCH)
#   {"op": "signal", "name": "SIGHUP"}            send the child a signal
#   {"op": "exit", "timeout": 5}                  wait for the child to end; answers {"ok", "code", "output"}
#                                                 (code as a shell gives it: 128+N for an exit with 128+N,
#                                                 -N for a death by signal N)
#   {"op": "status"}                              answers {"alive", "code", "rssKb", "trace"}: the child's
#                                                 resident memory, and the first stack trace it printed
# Writes never block while the child waits for its output to be read. The output kept for "wait" is capped
# (the last 256 KB), so a long monkey run stays small; stack traces are looked for in every byte as it comes.
# Every wait is bounded; on stdin's end the child is killed.
# Usage: python3 pty-driver.py COLS ROWS COMMAND [ARG...]
import fcntl
import json
import os
import re
import select
import signal
import struct
import sys
import termios
import time

# A JavaScript stack frame with a location, or Ink's error overview.
TRACE = re.compile(r"\bat [^\n]*?\(?(?:file:|node:|/)[^\n)]*:\d+:\d+\)?|\bERROR\b.*\n|Uncaught|UnhandledPromiseRejection")
KEEP = 256 * 1024
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def main():
    cols, rows, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    # openpty rather than pty.fork: the slave stays open here too, to ask how much input the app has not read.
    fd, slave = os.openpty()
    set_size(fd, cols, rows)
    pid = os.fork()
    if pid == 0:
        os.close(fd)
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for target in (0, 1, 2):
            os.dup2(slave, target)
        os.close(slave)
        os.execvp(command[0], command)
    output = bytearray()
    status = None
    trace = None
    tail = ""
    os.set_blocking(fd, False)

    def pump(seconds):
        """Reads what the child wrote, for up to `seconds`; False once the child has closed the pty."""
        ready, _, _ = select.select([fd], [], [], seconds)
        if not ready:
            return True
        nonlocal trace, tail
        try:
            data = os.read(fd, 65536)
        except BlockingIOError:
            return True
        except OSError:
            return False
        if not data:
            return False
        output.extend(data)
        if len(output) > KEEP:
            del output[: len(output) - KEEP]
        if trace is None:
            # Look at the new text with the end of the last, so a trace split across two reads is seen.
            window = tail + ANSI.sub("", data.decode("utf-8", "replace")).replace("\r", "")
            found = TRACE.search(window)
            if found:
                trace = window[max(0, found.start() - 400) : found.end() + 400]
            tail = window[-400:]
        return True

    def write_all(data):
        while data:
            readable, writable, _ = select.select([fd], [fd], [], 1)
            if readable and not pump(0):
                return
            if writable:
                try:
                    data = data[os.write(fd, data) :]
                except BlockingIOError:
                    pass

    def drain():
        """Reads everything the child has written so far."""
        while select.select([fd], [], [], 0)[0] and pump(0):
            pass

    def listening():
        """Whether the app reads keys one by one (raw mode: no line editing on the terminal)."""
        return not termios.tcgetattr(slave)[3] & termios.ICANON

    def unread():
        return struct.unpack("i", fcntl.ioctl(slave, termios.FIONREAD, b"\0\0\0\0"))[0]

    def reap():
        nonlocal status
        if status is None:
            done, code = os.waitpid(pid, os.WNOHANG)
            if done:
                status = code

    def text():
        return ANSI.sub("", output.decode("utf-8", "replace")).replace("\r", "")

    def reply(message):
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()

    for line in sys.stdin:
        request = json.loads(line)
        op = request["op"]
        if op == "send":
            deadline = time.monotonic() + 10
            while not listening() and status is None and time.monotonic() < deadline:
                pump(0.01)
                reap()
            write_all(request["data"].encode("utf-8"))
            deadline = time.monotonic() + 10
            while unread() > 0 and time.monotonic() < deadline:
                pump(0.002)
                reap()
                if status is not None:
                    break
            while select.select([fd], [], [], request.get("settle", 0))[0] and pump(0):
                pass
            reap()
            reply({"ok": True, "alive": status is None, "trace": trace is not None})
        elif op == "mark":
            drain()
            output.clear()
            reply({"ok": True})
        elif op == "resize":
            # The kernel sends SIGWINCH to the terminal's foreground process group (the app, if still there).
            set_size(fd, request["cols"], request["rows"])
            reply({"ok": True})
        elif op == "signal":
            os.kill(pid, getattr(signal, request["name"]))
            reply({"ok": True})
        elif op == "wait":
            deadline = time.monotonic() + request.get("timeout", 5)
            alive = True
            while request["text"] not in text() and alive and time.monotonic() < deadline:
                alive = pump(max(0.0, min(0.1, deadline - time.monotonic())))
                reap()
                alive = alive and status is None
            reply({"ok": request["text"] in text(), "output": text()})
        elif op == "status":
            reap()
            rss = None
            if status is None:
                try:
                    with open(f"/proc/{pid}/status") as proc:
                        rss = int(next(line for line in proc if line.startswith("VmRSS:")).split()[1])
                except (OSError, StopIteration):
                    pass
            code = os.waitstatus_to_exitcode(status) if status is not None else None
            reply({"alive": status is None, "code": code, "rssKb": rss, "trace": trace})
        elif op == "exit":
            deadline = time.monotonic() + request.get("timeout", 5)
            while status is None and time.monotonic() < deadline:
                pump(0.05)
                reap()
            drain()
            reply({"ok": status is not None, "code": os.waitstatus_to_exitcode(status) if status is not None else None, "output": text()})
    if status is None:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass


main()
