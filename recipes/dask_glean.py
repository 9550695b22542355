#!/usr/bin/env python3
"""glean over a Dask cluster: each task runs glean on one shard (--shard I/N) of the inputs,
writing its own JSON Lines file, and the shards are merged into the single run's output.

    python3 recipes/dask_glean.py --shards 8 --output facts.jsonl archive/ more.jsonl.gz
    python3 recipes/dask_glean.py --scheduler tcp://head:8786 --shards 64 --output facts.jsonl /data/news

Without --scheduler it starts a distributed.LocalCluster with --workers workers (default 2).
The inputs must be readable at the same paths (relative to this folder) on every worker (a
shared file system), and glean installed there (--glean gives its command, for example
"node /opt/glean/bin/glean.js").
Shard I holds documents I-1, I-1+N, I-1+2N, ... of the input order, so interleaving the shard
files line by line gives exactly the records, and the order, of one glean run over the inputs.
Each shard is written with --resume: after a crash, running the same command again redoes only
what is missing.
"""
import argparse
import os
import shlex
import subprocess
import sys


def run_shard(glean, index, count, paths, out, extra, cwd):
    """One task: glean over shard index/count into `out`. Returns (out, exit status)."""
    command = [*glean, "-f", "jsonl", "-q", "--shard", f"{index}/{count}", "-o", out, "--resume", *extra, "--", *paths]
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # 1 means some inputs failed: their error records are in the output like any other.
    if done.returncode not in (0, 1):
        raise RuntimeError(f"shard {index}/{count} failed ({done.returncode}): {done.stderr.strip()}")
    return out, done.returncode


def interleave(shard_files, output):
    """Line k of shard I is document (k-1)*N + I-1: round-robin over the shards rebuilds the input order."""
    files = [open(path, "rb") for path in shard_files]
    try:
        with open(output, "wb") as out:
            live = list(files)
            while live:
                for f in list(live):
                    line = f.readline()
                    if line:
                        out.write(line)
                    else:
                        live.remove(f)
    finally:
        for f in files:
            f.close()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="files, folders, globs and archives, as glean takes them")
    parser.add_argument("--output", "-o", required=True, help="the merged JSON Lines file")
    parser.add_argument("--shards", type=int, default=8, help="number of shards (tasks)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (without --scheduler)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--glean", default="glean", help="the command that runs glean")
    parser.add_argument("--glean-option", action="append", default=[], help="an option passed on to glean (repeatable)")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster

    glean = shlex.split(args.glean)
    shard_files = [f"{args.output}.shard-{i}-of-{args.shards}" for i in range(1, args.shards + 1)]
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        # Paths stay as given, run from this folder, so sources are those of a single run.
        futures = [client.submit(run_shard, glean, i + 1, args.shards, args.paths, os.path.abspath(f), args.glean_option, os.getcwd(), pure=False)
                   for i, f in enumerate(shard_files)]
        statuses = [status for _, status in client.gather(futures)]
    if cluster:
        cluster.close()
    interleave(shard_files, args.output)
    for f in shard_files:
        os.remove(f)
    return max(statuses)


if __name__ == "__main__":
    sys.exit(main())
