#!/usr/bin/env python3
"""Runs `quoth analyze` as the map step of Apache Spark over a corpus too large for one
machine: JSON Lines (one article a line) or WARC crawls (.warc, .warc.gz).

    spark-submit Scripts/spark/quoth_spark.py --quoth .build/release/quoth INPUT OUTPUT
    python3 Scripts/spark/quoth_spark.py --master 'local[2]' --quoth … INPUT OUTPUT

INPUT is a path or glob Spark reads (a local folder, HDFS, or S3 with its connector).
An INPUT ending in .warc or .warc.gz is read as crawls, anything else as JSON
Lines (--input-format warc or jsonl says so for a folder). Each partition
of JSON Lines is piped through one `quoth analyze --jsonl` (RDD.mapPartitions); each WARC
file is handed whole to one task, which writes it to a temporary file and analyses it
there. OUTPUT gets the analyses as JSON Lines part files (--output-format jsonl, the
default: one analysis or error line per article, as `quoth analyze` writes them) or as
Parquet (columns id, targetURI, warcDate, source, title, quotes, error and the whole
analysis as a JSON string).

The quoth binary is shipped to the executors with the job (SparkContext.addFile): build
it where the executors can run it (same system; `swift build -c release
--static-swift-stdlib` so that they need no Swift, only libxml2, ncursesw and zlib).
"""

import argparse
import collections
import json
import os
import shutil
import subprocess
import tempfile
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def quoth_on_executor(name):
    """The path of the shipped binary on this executor, made executable."""
    path = SparkFiles.get(name)
    os.chmod(path, 0o755)
    return path


def run_quoth(arguments, feed=None):
    """Runs quoth, feeding it the lines `feed` yields on its standard input, and yields
    the lines it writes. Exit status 1 means some articles failed (they have error
    lines); anything else is an error of the task."""
    process = subprocess.Popen(
        arguments,
        stdin=subprocess.PIPE if feed is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    errors = collections.deque(maxlen=20)

    def drain_errors():
        for line in process.stderr:
            errors.append(line.decode("utf-8", "replace").rstrip())

    def write_input():
        try:
            for line in feed:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            process.stdin.close()

    threads = [threading.Thread(target=drain_errors, daemon=True)]
    if feed is not None:
        threads.append(threading.Thread(target=write_input, daemon=True))
    for thread in threads:
        thread.start()
    for line in process.stdout:
        yield line.decode("utf-8").rstrip("\n")
    status = process.wait()
    for thread in threads:
        thread.join()
    if status not in (0, 1):
        raise RuntimeError(f"quoth exited with status {status}: " + " | ".join(errors))


def analyse_jsonl(binary, jobs):
    def analyse(lines):
        quoth = quoth_on_executor(binary)
        arguments = [quoth, "analyze", "--jsonl", "--format", "json", "--jobs", str(jobs)]
        yield from run_quoth(arguments, feed=lines)

    return analyse


def analyse_warc(binary, jobs):
    def analyse(files):
        quoth = quoth_on_executor(binary)
        for path, content in files:
            folder = tempfile.mkdtemp(prefix="quoth-spark-")
            try:
                local = os.path.join(folder, os.path.basename(path))
                with open(local, "wb") as file:
                    file.write(content)
                del content
                # The analyses name the crawl file as the job was given it.
                local_json, path_json = json.dumps(local), json.dumps(path)
                arguments = [quoth, "analyze", "--format", "json", "--jobs", str(jobs), local]
                for line in run_quoth(arguments):
                    yield line.replace('"source":' + local_json, '"source":' + path_json, 1)
            finally:
                shutil.rmtree(folder, ignore_errors=True)

    return analyse


def parquet_row(line):
    """The Parquet columns of one output line."""
    analysis = json.loads(line)
    identifier = analysis.get("id")
    return (
        None if identifier is None else str(identifier),
        analysis.get("targetURI"),
        analysis.get("warcDate"),
        analysis.get("source"),
        analysis.get("title"),
        len(analysis.get("quotes") or []),
        analysis.get("error"),
        line,
    )


PARQUET_COLUMNS = "id string, targetURI string, warcDate string, source string, title string, quotes int, error string, analysis string"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines or WARC files: a path or glob Spark reads")
    parser.add_argument("output", help="the folder to write (must not exist)")
    parser.add_argument("--quoth", required=True, help="the quoth binary to ship")
    parser.add_argument("--master", help="Spark master (default: as spark-submit sets it)")
    parser.add_argument(
        "--input-format",
        choices=["auto", "jsonl", "warc"],
        default="auto",
        help="auto: WARC when INPUT ends in .warc or .warc.gz, else JSON Lines",
    )
    parser.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument(
        "--partitions", type=int, help="JSON Lines partitions (default: Spark's split)"
    )
    parser.add_argument(
        "--quoth-jobs",
        type=int,
        default=1,
        help="threads per quoth (default 1: Spark runs a task per core already)",
    )
    arguments = parser.parse_args()

    builder = SparkSession.builder.appName("quoth analyze")
    if arguments.master:
        builder = builder.master(arguments.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.addFile(os.path.abspath(arguments.quoth))
    binary = os.path.basename(arguments.quoth)

    name = arguments.input.lower()
    is_warc = arguments.input_format == "warc" or (
        arguments.input_format == "auto" and name.endswith((".warc", ".warc.gz"))
    )
    if is_warc:
        files = context.binaryFiles(arguments.input)
        lines = files.mapPartitions(analyse_warc(binary, arguments.quoth_jobs))
    else:
        text = context.textFile(arguments.input, minPartitions=arguments.partitions)
        lines = text.mapPartitions(analyse_jsonl(binary, arguments.quoth_jobs))

    if arguments.output_format == "parquet":
        frame = spark.createDataFrame(lines.map(parquet_row), PARQUET_COLUMNS)
        frame.write.parquet(arguments.output)
    else:
        lines.saveAsTextFile(arguments.output)
    spark.stop()


if __name__ == "__main__":
    main()
