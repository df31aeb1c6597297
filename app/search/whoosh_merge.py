"""Writes one merged Whoosh segment, in a process of its own.

Whoosh is pure Python: a merge in a thread of the web process would hold the interpreter's lock
for seconds, and every request and indexing round of the process would crawl meanwhile. So the
backend runs this file as a script (`python -I whoosh_merge.py`, importing nothing of the app)
and sends it, pickled on stdin, the index directory and schema, the scratch directory and the
segments to merge as they were chosen (their deleted documents included). It writes the merged
segment into the scratch directory and answers, pickled on stdout, with the new segment. The
segments' files never change once written, so reading them while the web process goes on
writing is safe; when one is gone (another process merged it first), it exits with GONE.
"""

from __future__ import annotations

import pickle
import sys

GONE = 3  # the exit status when a segment's files are gone


def write_merged(directory: str, schema, scratch: str, chosen: list):
    """One new segment, in `scratch`, with the live documents of the chosen segments of the
    index in `directory`, in the order they are given."""
    from whoosh import index, reading, writing
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(directory)
    # Not compound, as the backend's own writers (its postings would be copied into memory).
    writer = writing.SegmentWriter(index.create_in(scratch, schema), _lk=False, compound=False)
    try:
        for segment in chosen:
            reader = reading.SegmentReader(storage, schema, segment)
            try:
                writer.add_reader(reader)
            finally:
                reader.close()
        return writer._finalize_segment()
    finally:
        writer._finish()


def main() -> None:
    directory, schema, scratch, chosen = pickle.load(sys.stdin.buffer)  # noqa: S301 (parent's)
    try:
        merged = write_merged(directory, schema, scratch, chosen)
    except FileNotFoundError:
        sys.exit(GONE)
    pickle.dump(merged, sys.stdout.buffer)


if __name__ == "__main__":
    main()
