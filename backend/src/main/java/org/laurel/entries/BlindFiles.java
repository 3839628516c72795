package org.laurel.entries;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laurel.entries.EntryParts.Attachment;
import org.laurel.programs.ProgramView;

/**
 * What a blind round hides from its judges, in one place for every endpoint a judge reaches
 * (the entry view, the live tablet, downloads): answers and files of form fields the organizer
 * marked identifying, and every file name the applicant chose (a name such as "Photon Labs
 * deck.pdf" gives the team away), which becomes "attachment-{id}.{extension}".
 */
final class BlindFiles {

    /** Nothing hidden: judges of rounds that are not blind. */
    static final BlindFiles NONE = new BlindFiles(Set.of(), false);

    private static final Map<String, String> EXTENSIONS = java.util.stream.Stream.of(
                    FileSniffer.PDF,
                    FileSniffer.PNG,
                    FileSniffer.JPEG,
                    FileSniffer.MP4,
                    FileSniffer.DOCX,
                    FileSniffer.PPTX)
            .collect(Collectors.toMap(FileSniffer.Kind::contentType, FileSniffer.Kind::extension));

    private final Set<String> hiddenFieldKeys;
    private final boolean neutralNames;

    private BlindFiles(Set<String> hiddenFieldKeys, boolean neutralNames) {
        this.hiddenFieldKeys = hiddenFieldKeys;
        this.neutralNames = neutralNames;
    }

    /** The blind rules for entries of this program. */
    static BlindFiles of(ProgramView program) {
        return new BlindFiles(
                program.formFields().stream()
                        .filter(BlindFiles::identifying)
                        .map(ProgramView.FormFieldView::key)
                        .collect(Collectors.toSet()),
                true);
    }

    /** A form field whose answer (or file) would tell a blind judge who applied. */
    static boolean identifying(ProgramView.FormFieldView field) {
        return field.identifying();
    }

    /** Whether the attachment belongs to an identifying field, so a blind judge never learns it exists. */
    boolean hides(Attachment a) {
        return a.fieldKey() != null && hiddenFieldKeys.contains(a.fieldKey());
    }

    /** The name the judge sees. */
    String name(Attachment a) {
        if (!neutralNames) {
            return a.fileName();
        }
        return "attachment-" + a.id() + "." + EXTENSIONS.getOrDefault(a.contentType(), "bin");
    }
}
