package se.icld.gendernetwork.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mongo-outage row credits one duplicate per outcome notification logged as kept in memory. */
class OutcomesKeptInMemoryTest {

    private static final String PREFIX = "2026-12-03T07:50:00.636Z ERROR 17562 --- [notification-service] [container-0-C-1] "
            + "o.s.g.n.notice.OutcomeRecorder : ";

    @Test
    void countsEachNoticeOnceAndOnlyAfterTheScenarioStarted(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("notification-1.log");
        String before = PREFIX + "notification e0:receipt: outcome not written, MongoDB unavailable for the whole lease "
                + "(MongoTimeoutException); kept in memory until this instance claims it again\n";
        Files.writeString(log, before, StandardCharsets.UTF_8);
        long from = Files.size(log);
        Files.writeString(log, before.replace("e0:", "e1:") + before.replace("e0:", "e2:")
                + PREFIX + "notification e3:receipt: outcome not written yet, MongoDB unavailable (MongoTimeoutException); "
                + "trying again\n" + before.replace("e0:", "e1:"), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertEquals(Set.of("e1:receipt", "e2:receipt"), FaultRun.outcomesKeptInMemory(log, from));
        assertEquals(Set.of(), FaultRun.outcomesKeptInMemory(dir.resolve("absent.log"), 0));
    }
}
