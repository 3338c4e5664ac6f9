#!/usr/bin/env python3
"""Drives a program's console like a person at a terminal would.

    console_driver.py TIMEOUT LOG -- COMMAND...   (steps on stdin, one per line)

Steps: "expect REGEX" waits until the output so far matches REGEX (after the
previous match); "send TEXT" writes TEXT plus a newline; "elapsed" prints
the seconds since the program started (to stdout: when the last expect was
met, for benchmarks); "host COMMAND" runs COMMAND with sh on the host while
the program keeps running (its output is copied, it must exit 0 within the
timeout); "kill SIGNAL" sends SIGNAL (a number or a name such as KILL) to
the program and waits for it to end; "exit N" waits for the program to end
and requires status N. Everything the program prints goes to LOG. Exits 0
when every step passed, 1 with a one-line reason otherwise; the program never
outlives the driver.
"""
import os
import re
import select
import signal
import subprocess
import sys
import time

CHILDREN = []  # what the driver started: none of it outlives the driver


def main():
    timeout, log_path = float(sys.argv[1]), sys.argv[2]
    command = sys.argv[sys.argv.index("--") + 1:]
    steps = [line.rstrip("\n").split(" ", 1) for line in sys.stdin if line.strip()]
    started = time.monotonic()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    CHILDREN.append(proc)
    deadline = started + timeout
    seen, searched_from = b"", 0
    with open(log_path, "wb") as log:
        def read_some(wait):
            nonlocal seen
            ready, _, _ = select.select([proc.stdout], [], [], wait)
            if ready:
                chunk = os.read(proc.stdout.fileno(), 65536)
                log.write(chunk)
                log.flush()
                seen += chunk
                return bool(chunk)
            return True

        for kind, arg in ((s[0], s[1] if len(s) > 1 else "") for s in steps):
            if kind == "expect":
                pattern = re.compile(arg.encode())
                while True:
                    m = pattern.search(seen, searched_from)
                    if m:
                        searched_from = m.end()
                        break
                    left = deadline - time.monotonic()
                    if left <= 0 or not read_some(min(left, 1.0)):
                        proc.kill()
                        print(f"FAIL: never saw /{arg}/ (log: {log_path})")
                        return 1
            elif kind == "elapsed":
                print(f"{time.monotonic() - started:.2f}", flush=True)
            elif kind == "send":
                proc.stdin.write(arg.encode() + b"\n")
                proc.stdin.flush()
            elif kind == "host":
                # The program's output is drained meanwhile, so it never blocks on a full pipe.
                host = subprocess.Popen(["sh", "-c", arg])
                CHILDREN.append(host)
                while host.poll() is None and time.monotonic() < deadline:
                    read_some(0.2)
                if host.poll() is None:
                    host.kill()
                    host.wait()
                    proc.kill()
                    print(f"FAIL: host command still running after {timeout:.0f} s: {arg}")
                    return 1
                if host.returncode != 0:
                    proc.kill()
                    print(f"FAIL: host command exited {host.returncode}: {arg} (log: {log_path})")
                    return 1
            elif kind == "kill":
                sig = int(arg) if arg.isdigit() else getattr(signal, "SIG" + arg.upper().removeprefix("SIG"))
                proc.send_signal(sig)
                while proc.poll() is None and time.monotonic() < deadline:
                    read_some(0.2)
                if proc.poll() is None:
                    proc.kill()
                    print(f"FAIL: still running after signal {arg} (log: {log_path})")
                    return 1
            elif kind == "exit":
                while proc.poll() is None and time.monotonic() < deadline:
                    read_some(0.5)
                if proc.poll() is None:
                    proc.kill()
                    print(f"FAIL: still running after {timeout:.0f} s (log: {log_path})")
                    return 1
                for _ in range(50):  # what it printed last, up to end of file
                    if not read_some(0.1):
                        break
                if proc.returncode != int(arg):
                    print(f"FAIL: exit status {proc.returncode}, expected {arg} (log: {log_path})")
                    return 1
    if proc.poll() is None:  # the steps did not wait for the end: the program ends with the driver
        proc.kill()
        proc.wait()
    return 0


def run():
    # A SIGTERM (a test's cleanup, meson's timeout) ends the program too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        return main()
    finally:
        for child in CHILDREN:
            if child.poll() is None:
                child.kill()
                child.wait()


if __name__ == "__main__":
    sys.exit(run())
