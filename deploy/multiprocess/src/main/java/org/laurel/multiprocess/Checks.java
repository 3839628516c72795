package org.laurel.multiprocess;

import java.util.ArrayList;
import java.util.List;

/** The run's findings: each printed as it is made, and a PASS/FAIL summary at the end. */
final class Checks {

    record Check(String name, boolean ok, String detail) {}

    private final List<Check> all = new ArrayList<>();

    synchronized boolean check(String name, boolean ok, String detail) {
        all.add(new Check(name, ok, detail));
        System.out.printf("  %s %s: %s%n", ok ? "ok  " : "FAIL", name, detail);
        return ok;
    }

    synchronized void fail(String name, Throwable t) {
        check(name, false, t.getClass().getSimpleName() + ": " + t.getMessage());
    }

    synchronized boolean passed() {
        return !all.isEmpty() && all.stream().allMatch(Check::ok);
    }

    synchronized void summary(long seconds) {
        long failed = all.stream().filter(c -> !c.ok()).count();
        System.out.println();
        System.out.println("== multi-process test summary (" + seconds + " s)");
        for (Check c : all) {
            System.out.printf("  %s  %s%n", c.ok() ? "PASS" : "FAIL", c.name());
        }
        System.out.printf("%s: %d checks, %d failed%n", passed() ? "PASS" : "FAIL", all.size(), failed);
    }
}
