package se.icld.gendernetwork.faults;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** The suite's own progress lines (standard output). Never a name, an address or a body. */
final class Log {

    private Log() {
    }

    static void say(String format, Object... args) {
        System.out.printf("%s %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), String.format(format, args));
        System.out.flush();
    }
}
