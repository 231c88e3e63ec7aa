package se.icld.gendernetwork.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One process the suite started: its command, environment and log file, so it can be killed,
 * frozen, resumed, stopped and started again the same way. Every pid is appended to the pid file
 * that deploy/faults/run.sh reads on exit, so nothing outlives the run even if this JVM dies.
 */
final class Proc {

    final String name;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path log;
    private final Path pidFile;
    private Process process;
    private boolean frozen;

    Proc(String name, List<String> command, Map<String, String> env, Path log, Path pidFile) {
        this.name = name;
        this.command = command;
        this.env = env;
        this.log = log;
        this.pidFile = pidFile;
    }

    synchronized void start() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.writeString(log, "\n==== faults: started " + name + " at " + LocalDateTime.now() + " ====\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            process = builder.start();
            frozen = false;
            Files.writeString(pidFile, process.pid() + " " + name + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    Path log() {
        return log;
    }

    /** kill -9: no shutdown hooks, no flushing. */
    synchronized void kill9() {
        if (alive()) {
            process.destroyForcibly();
            waitFor(10);
        }
    }

    /** SIGTERM and wait up to graceSeconds, then SIGKILL. */
    void stop(int graceSeconds) {
        Process p;
        synchronized (this) {
            if (!alive()) {
                return;
            }
            if (frozen) {
                resume();
            }
            p = process;
            p.destroy();
        }
        try {
            if (!p.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                Log.say("  %s did not stop within %d s: killing it", name, graceSeconds);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    /** SIGSTOP: the process stays, its sockets stay open, nothing answers. */
    synchronized void freeze() {
        signal("STOP");
        frozen = true;
    }

    /** SIGCONT. */
    synchronized void resume() {
        signal("CONT");
        frozen = false;
    }

    private void signal(String signal) {
        if (!alive()) {
            return;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitFor(int seconds) {
        try {
            process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
