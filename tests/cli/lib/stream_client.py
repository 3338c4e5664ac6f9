"""The host end of a chardev's unix socket in the guest tests.

    from stream_client import Session      (PYTHONPATH=tests/cli/lib)
    s = Session(path, seconds)             connects once the socket exists; all waits end by then
    s.send(b"echo $((6*7))\\n")
    s.until(b"\\n42\\r\\n")                  reads until the text shows, and drops what it read up to it
    s.more()                               one more piece of output, appended to s.seen

Any failure (no socket, out of time, the peer closed) exits with the reason and the last output.
"""
import socket
import sys
import time


class Session:
    def __init__(self, path, seconds):
        self.deadline = time.time() + seconds
        self.seen = b""
        while True:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                s.connect(path)
                break
            except OSError:
                s.close()
                if time.time() > self.deadline:
                    sys.exit("no socket at " + path)
                time.sleep(0.05)
        s.settimeout(5)
        self.sock = s

    def send(self, data):
        self.sock.sendall(data)

    def more(self):
        while True:
            if time.time() > self.deadline:
                sys.exit("out of time; got %r" % self.seen[-500:])
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                continue
            if not data:
                sys.exit("the socket closed; got %r" % self.seen[-500:])
            self.seen += data
            return

    def until(self, text):
        while text not in self.seen:
            self.more()
        self.seen = self.seen[self.seen.index(text) + len(text):]

    def drain(self):
        """Reads until the peer closes (a quit), whatever comes."""
        try:
            while self.sock.recv(4096):
                pass
        except OSError:
            pass

    def close(self):
        self.sock.close()
