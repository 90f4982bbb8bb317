#!/usr/bin/env python3
"""Start-up benchmark of neuron-ecs against the JVM's floor.

Builds a Java hello-world (bench/Hello.java) as the floor, then runs whole processes of
neuron-ecs commands and the floor, paired and alternating (floor, command, floor, command, ...),
so that a noisy machine slows both alike. Prints for each command: the median wall time, min-max,
the ratio of the medians to the floor, the median CPU time (user+sys) and the peak resident memory.

Usage: python3 bench/startup.py [--runs N] [--launcher bin/neuron-ecs] [--java java]
Needs: python3 and a JDK (javac, jar, java). Build neuron-ecs first: ./mvnw -q package -DskipTests
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

COMMANDS = [
    ("gen", ["gen", "--instance", "inf2.24xlarge", "--image", "public.ecr.aws/neuron/app:1"]),
    ("catalog", ["catalog"]),
    ("validate", ["validate", os.path.join(ROOT, "examples", "gen", "inf2.24xlarge.json")]),
    ("--help", ["--help"]),
]


def run(cmd):
    """Runs cmd once; returns (wall seconds, cpu seconds, peak RSS in KiB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def build_floor(java):
    javac = os.path.join(os.path.dirname(java), "javac") if os.path.sep in java else "javac"
    out = tempfile.mkdtemp(prefix="neuron-ecs-bench-")
    subprocess.run([javac, "-d", out, os.path.join(HERE, "Hello.java")], check=True)
    return [java, "-cp", out, "Hello"]


def summarize(name, samples, floor_median):
    walls = [s[0] for s in samples]
    cpus = [s[1] for s in samples]
    rss = max(s[2] for s in samples)
    median = statistics.median(walls)
    ratio = median / floor_median if floor_median else float("nan")
    print(f"{name:<10} median {median * 1000:7.1f} ms  min-max {min(walls) * 1000:6.1f}-{max(walls) * 1000:6.1f} ms"
          f"  x{ratio:4.2f} floor  cpu {statistics.median(cpus) * 1000:6.1f} ms  peak {rss / 1024:5.1f} MiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=40, help="runs per command (default 40)")
    parser.add_argument("--launcher", default=os.path.join(ROOT, "bin", "neuron-ecs"))
    parser.add_argument("--java", default=os.environ.get("JAVA_HOME") and os.path.join(os.environ["JAVA_HOME"], "bin", "java") or "java")
    parser.add_argument("--only", action="append", help="only these commands (gen, catalog, validate, --help)")
    args = parser.parse_args()

    floor = build_floor(args.java)
    env_java = subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print(f"# {time.strftime('%Y-%m-%d')}  {platform.node()}  {platform.processor() or platform.machine()}"
          f"  {os.cpu_count()} cpus  {env_java}")
    print(f"# {args.runs} runs each, paired and alternating with the floor ({' '.join(floor[-3:])})")

    floor_samples = []
    results = {}
    for name, argv in COMMANDS:
        if args.only and name not in args.only:
            continue
        cmd = [args.launcher] + argv
        check = run(cmd)
        if check[3] != 0:
            print(f"{name:<10} skipped: '{' '.join(argv)}' exited {check[3]}", file=sys.stderr)
            continue
        run(floor)  # warm the page cache for both
        samples = []
        for _ in range(args.runs):
            floor_samples.append(run(floor))
            samples.append(run(cmd))
        results[name] = samples

    floor_median = statistics.median(s[0] for s in floor_samples)
    summarize("floor", floor_samples, floor_median)
    for name, samples in results.items():
        summarize(name, samples, floor_median)


if __name__ == "__main__":
    main()
