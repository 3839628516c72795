package org.laurel.programs;

public enum ProgramKind {
    AWARD,
    COMPETITION
}
