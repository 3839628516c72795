package org.laurel.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code process_resident_memory_bytes}: the resident set size of this JVM, the figure a container's
 * memory limit is measured against (heap, metaspace, thread stacks, direct buffers and the JIT's code
 * together), which the JVM's own memory pools leave out. Read from {@code /proc/self/statm} at each
 * scrape; absent where there is no /proc.
 */
@Context
class ResidentMemory {

    private static final Path STATM = Path.of("/proc/self/statm");
    private static final long PAGE = 4096; // Linux's page size on the platforms Laurel runs on (x86-64, arm64 4K)

    ResidentMemory(MeterRegistry registry) {
        if (Files.isReadable(STATM)) {
            Gauge.builder("process.resident.memory", ResidentMemory::read)
                    .description("Resident set size of the process")
                    .baseUnit("bytes")
                    .register(registry);
        }
    }

    static double read() {
        try {
            String[] fields = Files.readString(STATM).trim().split("\\s+");
            return Long.parseLong(fields[1]) * PAGE;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
