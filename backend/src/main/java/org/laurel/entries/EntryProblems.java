package org.laurel.entries;

import java.time.Instant;
import java.util.List;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;
import org.laurel.shared.ReadableTime;

final class EntryProblems {

    private EntryProblems() {}

    static final class EntryNotFound extends ProblemException.NotFound {
        EntryNotFound(long id) {
            super("entry-not-found", "No entry " + id + ".");
        }
    }

    static final class AttachmentNotFound extends ProblemException.NotFound {
        AttachmentNotFound(long id) {
            super("attachment-not-found", "No attachment " + id + " on this entry.");
        }
    }

    /** The state machine refused a transition. */
    static final class IllegalTransition extends ProblemException.Conflict {
        IllegalTransition(String action, EntryStatus from) {
            super("entry-state", "Not possible in this state", "Cannot " + action + " an entry that is " + from + ".");
        }
    }

    static final class WindowClosed extends ProblemException.Conflict {
        WindowClosed(Instant closesAt, String zone) {
            super("submission-closed", "Submission window closed", detail(closesAt, zone));
        }

        static String detail(Instant closesAt, String zone) {
            return "The submission window closed on " + ReadableTime.precise(closesAt, zone) + ".";
        }
    }

    static final class WindowNotOpen extends ProblemException.Conflict {
        WindowNotOpen(Instant opensAt, String zone) {
            super("submission-not-open", "Submission window not open yet", detail(opensAt, zone));
        }

        static String detail(Instant opensAt, String zone) {
            return "Submissions open on " + ReadableTime.of(opensAt, zone) + ".";
        }
    }

    static final class ProgramNotPublished extends ProblemException.NotFound {
        ProgramNotPublished(long programId) {
            super("program-not-found", "No published program " + programId + ".");
        }
    }

    static final class Incomplete extends ProblemException.Invalid {
        Incomplete(List<FieldError> errors) {
            super(detail(errors), errors);
        }

        static String detail(List<FieldError> errors) {
            return errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields need attention.";
        }
    }

    static final class ConcurrentEdit extends ProblemException.Conflict {
        ConcurrentEdit() {
            super(
                    "entry-changed",
                    "Changed meanwhile",
                    "The entry was changed by another request at the same moment; reload and try again.");
        }
    }

    static final class TooLarge extends ProblemException {
        TooLarge(long max) {
            super(
                    io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "file-too-large",
                    "File too large",
                    "Files may be at most " + (max / (1024 * 1024)) + " MB.",
                    null);
        }
    }

    static final class ArchiveTooLarge extends ProblemException {
        ArchiveTooLarge(long maxExpandedBytes, int maxEntries) {
            super(
                    io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "archive-too-large",
                    "Document too large when unpacked",
                    "Office documents may unpack to at most " + (maxExpandedBytes / (1024 * 1024)) + " MB in at most "
                            + maxEntries + " parts.",
                    null);
        }
    }

    static final class UnsupportedType extends ProblemException {
        UnsupportedType() {
            super(
                    io.micronaut.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "file-type",
                    "File type not accepted",
                    "Only PDF, PNG, JPEG, PPTX, DOCX and MP4 files are accepted (checked by content, not by name).",
                    null);
        }
    }
}
