#!/usr/bin/env python3
"""Runs a command and writes "<wall seconds> <peak RSS in KB>" to the file given by -o, where the peak
RSS is the largest SUM of the resident memory of the command and every process it started (sampled
every 20 ms from /proc; 0 where there is none). /usr/bin/time's %M is the largest single process, which would hide the Maven
JVM beside the build's own JVM.

    peakrss.py -o FILE command args...
"""
import os
import subprocess
import sys
import time

def session_rss_kb(sid, page_kb):
    total = 0
    if not os.path.isdir('/proc'):
        return 0  # macOS and others have no /proc: the wall time stands, the peak RSS is reported as 0
    for name in os.listdir('/proc'):
        if not name.isdigit():
            continue
        try:
            with open(f'/proc/{name}/stat') as f:
                stat = f.read()
            # The fields after the command name, which is in parentheses and may hold spaces.
            fields = stat[stat.rindex(')') + 2:].split()
            if int(fields[3]) != sid:  # field 6 of stat, the session id
                continue
            with open(f'/proc/{name}/statm') as f:
                total += int(f.read().split()[1]) * page_kb
        except (OSError, ValueError, IndexError):
            continue  # the process ended while being read
    return total

def main():
    if len(sys.argv) < 4 or sys.argv[1] != '-o':
        sys.exit(__doc__)
    out, command = sys.argv[2], sys.argv[3:]
    page_kb = os.sysconf('SC_PAGE_SIZE') // 1024
    start = time.monotonic()
    process = subprocess.Popen(command, start_new_session=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, session_rss_kb(process.pid, page_kb))
        time.sleep(0.02)
    wall = time.monotonic() - start
    with open(out, 'w') as f:
        f.write(f'{wall:.2f} {peak}\n')
    sys.exit(process.returncode)

main()
