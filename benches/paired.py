#!/usr/bin/env python3
"""Paired whole-process timing: runs commands A and B alternately (A B A B ...),
each as its own process (posix_spawn, no shell), and reports for each the median
wall time and user+system CPU (from wait4), and the median of the per-pair
ratios B/A. Alternating keeps a busy machine's load swings out of the ratio.

Usage: benches/paired.py RUNS "COMMAND A" "COMMAND B"   (after 3 warm-up pairs)
"""
import os
import shlex
import statistics
import sys
import time


def run(argv):
    start = time.perf_counter()
    quiet = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_WRONLY, 0) for fd in (1, 2)]
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=quiet)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{argv[0]} failed: status {status}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    runs = int(sys.argv[1])
    a, b = (shlex.split(c) for c in sys.argv[2:4])
    for _ in range(3):
        run(a), run(b)
    times = {"A": [], "B": []}
    for i in range(runs):
        order = (("A", a), ("B", b)) if i % 2 == 0 else (("B", b), ("A", a))
        for name, argv in order:
            times[name].append(run(argv))
    for name in "AB":
        walls = [w for w, _ in times[name]]
        cpus = [c for _, c in times[name]]
        print(f"{name}: median wall {1000 * statistics.median(walls):.2f} ms "
              f"(min {1000 * min(walls):.2f}, max {1000 * max(walls):.2f}), "
              f"median CPU {1000 * statistics.median(cpus):.2f} ms")
    wall_ratio = [tb[0] / ta[0] for ta, tb in zip(times["A"], times["B"])]
    cpu_ratio = [tb[1] / ta[1] for ta, tb in zip(times["A"], times["B"]) if ta[1] > 0]
    print(f"B/A per pair, median: wall {statistics.median(wall_ratio):.2f}x "
          f"(min {min(wall_ratio):.2f}, max {max(wall_ratio):.2f}), "
          f"CPU {statistics.median(cpu_ratio):.2f}x")


if __name__ == "__main__":
    main()
