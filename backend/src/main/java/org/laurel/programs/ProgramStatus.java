package org.laurel.programs;

public enum ProgramStatus {
    DRAFT,
    PUBLISHED
}
