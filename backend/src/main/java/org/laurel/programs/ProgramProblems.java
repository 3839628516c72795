package org.laurel.programs;

import java.util.List;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

final class ProgramProblems {

    private ProgramProblems() {}

    static final class ProgramNotFound extends ProblemException.NotFound {
        ProgramNotFound(Object idOrSlug) {
            super("program-not-found", "No program " + idOrSlug + ".");
        }
    }

    static final class NotOrganizer extends ProblemException.Forbidden {
        NotOrganizer(long programId) {
            super("not-program-organizer", "You do not organize program " + programId + ".");
        }
    }

    static final class SlugTaken extends ProblemException.Conflict {
        SlugTaken(String slug) {
            super("slug-taken", "Slug already in use", "Another program already uses the address '" + slug + "'.");
        }
    }

    static final class AlreadyPublished extends ProblemException.Conflict {
        AlreadyPublished(Long id) {
            super("program-already-published", "Already published", "Program " + id + " is already published.");
        }
    }

    static final class CategoryInUse extends ProblemException.Conflict {
        CategoryInUse() {
            super(
                    "category-in-use",
                    "Category in use",
                    "A category you removed already has entries or prize tiers; move them first.");
        }
    }

    static final class InvalidProgram extends ProblemException.Invalid {
        InvalidProgram(List<FieldError> errors) {
            super(
                    errors.size() == 1
                            ? errors.get(0).field() + " " + errors.get(0).message()
                            : errors.size() + " fields are invalid",
                    errors);
        }
    }

    /** A program's image (logo or signature) that is not there; each kind has its own type. */
    static final class ImageNotFound extends ProblemException.NotFound {
        ImageNotFound(ProgramImages.Kind kind, long programId) {
            super(
                    kind == ProgramImages.Kind.LOGO ? "logo-not-found" : "signature-not-found",
                    "Program " + programId + " has no " + kind.word() + ".");
        }
    }

    static final class ImageInvalid extends ProblemException {
        ImageInvalid(ProgramImages.Kind kind, String detail) {
            super(
                    io.micronaut.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    kind == ProgramImages.Kind.LOGO ? "logo-invalid" : "signature-invalid",
                    "Not a usable " + kind.word(),
                    detail,
                    null);
        }
    }

    static final class ImageTooLarge extends ProblemException {
        ImageTooLarge(ProgramImages.Kind kind, long max) {
            super(
                    io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "file-too-large",
                    "File too large",
                    "A " + kind.word() + " may be at most " + (max / 1024) + " KB.",
                    null);
        }
    }
}
