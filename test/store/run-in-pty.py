# Runs a command in a pseudo-terminal and follows a script of steps: {"wait": text}, {"send": text},
# {"signal": "SIGHUP"}, {"sleep": seconds}, {"run": argv} (another command, run to its end, alongside). Prints one JSON line: exit code or signal, and everything the command drew.
# Every wait is bounded; a command that does not exit in time is killed and reported.
import fcntl, json, os, pty, select, signal, struct, subprocess, sys, termios, time

argv, steps = json.loads(sys.argv[1]), json.loads(sys.argv[2])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
out = b''

def pump(timeout):
    global out
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return True
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return False
    out += chunk
    return bool(chunk)

def finish(result):
    result['out'] = out.decode('utf8', 'replace')
    print(json.dumps(result))
    sys.exit(0)

for step in steps:
    if 'wait' in step:
        end = time.time() + 15
        while step['wait'].encode() not in out:
            if time.time() > end or not pump(0.05):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                finish({'error': 'never saw ' + step['wait']})
    if 'send' in step:
        os.write(fd, step['send'].encode())
    if 'signal' in step:
        os.kill(pid, getattr(signal, step['signal']))
    if 'sleep' in step:
        end = time.time() + step['sleep']
        while time.time() < end:
            pump(0.02)
    if 'run' in step:
        subprocess.run(step['run'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=30)

end = time.time() + 15
while time.time() < end:
    pump(0.05)
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        while pump(0.05):
            pass
        finish({'code': os.WEXITSTATUS(status) if os.WIFEXITED(status) else None, 'signal': os.WTERMSIG(status) if os.WIFSIGNALED(status) else None})
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
finish({'error': 'did not exit'})
