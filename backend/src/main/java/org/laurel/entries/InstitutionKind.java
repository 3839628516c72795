package org.laurel.entries;

/** What kind of institution a team member comes from: what participation figures count apart. */
public enum InstitutionKind {
    UNIVERSITY,
    COMPANY,
    RESEARCH,
    OTHER
}
