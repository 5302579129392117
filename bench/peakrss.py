#!/usr/bin/env python3
"""Runs a command and writes "<wall seconds> <peak RSS in KB>" to the file given by -o, where the peak
RSS is the largest SUM of the resident memory of the command and every process it started (sampled
every 50 ms from /proc; 0 where there is none). /usr/bin/time's %M is the largest single process, which would hide the Maven
JVM beside the build's own JVM.

The sampler must not slow down what it measures: reading every process's /proc/PID/stat 50 times a second to find
the command's own took 9% of a core (0.92 s of CPU over 10 s of `sleep`, beyond Python's own start), and on the 2-core build machine made the
PDF benchmark's build 0.5 s slower (7.58 s against 7.05 s, 3 alternating pairs). So the whole of /proc is read
only every RESCAN seconds, to find the processes of the command's session (a build starts its own JVM once, early;
a process that lives less than that is missed, and holds little), and between those the sample reads only their
/proc/PID/statm; and it samples every 50 ms rather than 20 (a JVM's heap grows over seconds), since on this
virtual machine even a loop that only sleeps 20 ms at a time takes 3% of a core. Now 1% (0.10 s over 10 s).

    peakrss.py -o FILE command args...
"""
import os
import subprocess
import sys
import time

RESCAN = 0.5  # seconds between two reads of the whole of /proc
INTERVAL = 0.05  # seconds between two samples


def session_pids(sid):
    """The processes of session sid; none off Linux (no /proc: the wall time stands, the peak RSS is reported as 0)."""
    if not os.path.isdir('/proc'):
        return []
    pids = []
    for name in os.listdir('/proc'):
        if not name.isdigit():
            continue
        try:
            with open(f'/proc/{name}/stat') as f:
                stat = f.read()
            # The fields after the command name, which is in parentheses and may hold spaces.
            fields = stat[stat.rindex(')') + 2:].split()
            if int(fields[3]) == sid:  # field 6 of stat, the session id
                pids.append(name)
        except (OSError, ValueError, IndexError):
            continue  # the process ended while being read
    return pids


def rss_kb(pids, page_kb):
    total = 0
    for pid in pids:
        try:
            with open(f'/proc/{pid}/statm') as f:
                total += int(f.read().split()[1]) * page_kb
        except (OSError, ValueError, IndexError):
            continue  # the process ended (its number is not reused within a rescan: Linux counts pids up first)
    return total

def main():
    if len(sys.argv) < 4 or sys.argv[1] != '-o':
        sys.exit(__doc__)
    out, command = sys.argv[2], sys.argv[3:]
    page_kb = os.sysconf('SC_PAGE_SIZE') // 1024
    start = time.monotonic()
    process = subprocess.Popen(command, start_new_session=True)
    peak = 0
    pids, scanned = [], None
    while process.poll() is None:
        now = time.monotonic()
        if scanned is None or now - scanned >= RESCAN:
            pids, scanned = session_pids(process.pid), now
        peak = max(peak, rss_kb(pids, page_kb))
        time.sleep(INTERVAL)
    wall = time.monotonic() - start
    with open(out, 'w') as f:
        f.write(f'{wall:.2f} {peak}\n')
    sys.exit(process.returncode)

main()
