"""Nomination pipeline: nomination PDFs in, schema-validated JSON out."""

import os
from importlib.metadata import PackageNotFoundError, version

# One worker process per core, so BLAS threads inside a worker only compete with the other
# workers; OpenBLAS's thread pool cost spaCy's NER ~15 % more CPU. Read when numpy loads, so
# set before anything imports it; a value the user set wins. (docs/decisions.md)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

try:
    __version__ = version("nominations")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
