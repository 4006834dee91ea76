#!/usr/bin/env python3
"""busy_port.py CMD...: hold a listening TCP port on 127.0.0.1 and run CMD with every
{PORT} in its arguments replaced by that port number; exit with CMD's status."""
import socket
import subprocess
import sys

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    port = str(s.getsockname()[1])
    sys.exit(subprocess.call([a.replace("{PORT}", port) for a in sys.argv[1:]]))
