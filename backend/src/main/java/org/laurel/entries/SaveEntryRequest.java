package org.laurel.entries;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Create or save an entry. A draft may be incomplete; submitting checks it against the form. */
@Serdeable
public record SaveEntryRequest(
        @NotBlank(message = "Enter a title.") @Size(max = 200, message = "Keep the title to at most 200 characters.")
        String title,

        @Nullable Long categoryId,

        @Nullable @Size(max = 5000, message = "Keep the summary to at most 5000 characters.")
        String summary,

        @Nullable @Size(max = 200, message = "Keep the organization to at most 200 characters.")
        String organization,

        @Nullable @Size(max = 20, message = "A team has at most 20 members.")
        List<@Valid @NotNull TeamMember> team,

        @Nullable Map<String, Object> answers) {

    /**
     * One person of the team as the entry declares them: a name, and optionally an email (which
     * conflict detection reads), a role (student, advisor, developer, founder...) and an
     * affiliation (institution and its kind, country or region), which participation figures count.
     */
    @Serdeable
    public record TeamMember(
            @NotBlank(message = "Enter the team member's name.")
            @Size(max = 100, message = "Keep the name to at most 100 characters.")
            String name,

            @Nullable
            @Email(message = "Enter a valid email address.")
            @Size(max = 254, message = "Keep the email address to at most 254 characters.")
            String email,

            @Nullable @Size(max = 100, message = "Keep the role to at most 100 characters.")
            String role,

            @Nullable @Size(max = 200, message = "Keep the institution to at most 200 characters.")
            String institution,

            @Nullable InstitutionKind institutionKind,

            @Nullable @Size(max = 100, message = "Keep the country or region to at most 100 characters.")
            String region) {

        @Creator
        public TeamMember {}

        /** A person without an affiliation given. */
        public TeamMember(String name, @Nullable String email, @Nullable String role) {
            this(name, email, role, null, null, null);
        }
    }
}
