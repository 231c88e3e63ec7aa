package se.icld.gendernetwork.faults;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The suite's own progress lines (standard output). Never a name, an address or a body. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Log() {
    }

    static void say(String format, Object... args) {
        System.out.printf("%s %s%n", TIME.format(LocalTime.now()), String.format(format, args));
        System.out.flush();
    }
}
