package org.laurel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

    @Test
    void groupsEveryRunOfAFigureAndTakesTheMiddleValue(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("run.log");
        Files.writeString(log, String.join("\n", "noise", "@ h2 saves confirmed/s 3000.000", "@ pg saves confirmed/s 2000.000",
                "@ h2 saves confirmed/s 2500.000", "@ h2 saves confirmed/s 3100.000", "  @ not a figure"));

        var figures = Summary.collect(List.of(log));

        assertThat(figures).containsOnlyKeys("h2 saves confirmed/s", "pg saves confirmed/s");
        assertThat(Summary.median(Summary.sorted(figures.get("h2 saves confirmed/s")))).isEqualTo(3000.0);
        assertThat(Summary.median(new double[] {1, 2, 3, 4})).isEqualTo(2.5);
    }

    @Test
    void readsCpuTicksEvenWhenTheCommandNameHasSpaces() {
        String stat = "42 (java thing) S 1 42 42 0 -1 4194560 100 0 0 0 250 31 0 0 20 0 30 0 100 0 0";
        assertThat(Proc.ticks(stat)).isEqualTo(281);
    }
}
