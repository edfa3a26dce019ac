"""Error types with stable codes: the codes the CLI prints and the manifest records."""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every error the pipeline reports for one input file."""

    code = "internal"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DocumentLoadError(PipelineError):
    """The file could not be opened as a PDF with text."""


class NotPdfError(DocumentLoadError):
    code = "not_pdf"


class EmptyFileError(DocumentLoadError):
    code = "empty"


class EncryptedPdfError(DocumentLoadError):
    code = "encrypted"


class DamagedPdfError(DocumentLoadError):
    code = "damaged"


class NoTextLayerError(DocumentLoadError):
    code = "no_text_layer"


class UnreadableFileError(DocumentLoadError):
    """The file exists but cannot be read: permissions, a symlink loop, an I/O error."""

    code = "unreadable"


class LimitExceededError(PipelineError):
    """A guard against a file that would hang the parser or exhaust memory."""


class TimeoutExceededError(LimitExceededError):
    code = "timeout"


class TooLargeError(LimitExceededError):
    code = "too_large"


class InternalError(PipelineError):
    code = "internal"


class WorkerLostError(PipelineError):
    """A cluster worker process died holding this file, twice (it was retried once): the
    file, not the machine, is the likely cause. The rest of the batch goes on."""

    code = "worker_lost"


class StrictWarningError(PipelineError):
    """--strict: the document was written, but carries a warning that makes it fail CI."""

    code = "strict"


class CorrectionsError(PipelineError):
    """A corrections file that cannot be read or applied (bad YAML, an unknown operation or
    card, an added text that is not in the card): fails only its document. The message
    names the file and the line."""

    code = "bad_corrections"


class CorrectionsMismatchError(CorrectionsError):
    """A corrections file written for another file, or for other bytes of this one."""

    code = "corrections_mismatch"


class UsageError(Exception):
    """Wrong arguments or set-up: exit status 2, nothing processed."""


class ModelNotFoundError(Exception):
    """No spaCy model is installed: a set-up problem of the whole run, not of one file."""


class SchemaValidationError(PipelineError):
    """A document does not match the committed schema: a pipeline bug, never written to disk."""

    code = "invalid_output"


def error_codes() -> tuple[str, ...]:
    """Every code a file can fail with, read off the error classes (so no list can drift
    from them), in the order the classes are defined."""
    codes: list[str] = []
    pending: list[type[PipelineError]] = [PipelineError]
    while pending:
        cls = pending.pop(0)
        if cls.code not in codes:
            codes.append(cls.code)
        pending.extend(cls.__subclasses__())
    return tuple(codes)


ERROR_CODES = error_codes()
