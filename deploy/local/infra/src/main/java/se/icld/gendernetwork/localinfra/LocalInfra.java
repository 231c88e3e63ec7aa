package se.icld.gendernetwork.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded servers of the local stack, in one JVM, all bound to 127.0.0.1:
 * <ul>
 * <li>a MongoDB wire server (mongo-java-server) on its H2 backend, so data survives a restart
 * ({@code <data dir>/mongo.mv});</li>
 * <li>a GreenMail SMTP server that keeps every message it receives (in memory);</li>
 * <li>a small HTTP inbox showing those messages ({@link MailInbox}).</li>
 * </ul>
 * The Kafka broker of the local stack is a JVM of its own (see {@code deploy/local/run.sh}).
 *
 * <p>Configuration: the data directory is the first argument, else the system property
 * {@code local.data.dir}, else {@code deploy/local/data}; ports come from the system properties
 * {@code local.mongo.port} (27017), {@code local.smtp.port} (2525) and {@code local.inbox.port}
 * (8025); 0 picks a free port.
 */
public final class LocalInfra implements AutoCloseable {

    /**
     * Jakarta Mail looks its {@code StreamProvider} up with a scan of the class path on every call
     * (jakartaee/mail-api#861), several times for each message GreenMail receives and the inbox reads:
     * about a tenth of LocalInfra's time in a profile of the chain. Naming the implementation in the
     * property the lookup reads first makes it a loaded-class lookup (notification's mailer does the same).
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }


    private static final Logger log = LoggerFactory.getLogger(LocalInfra.class);

    /** The only address the servers bind to: nothing of the local stack is reachable from outside. */
    public static final String HOST = "127.0.0.1";

    public static final String MONGO_FILE = "mongo.mv";

    /** Where the servers listen and keep their data. A port of 0 means any free port. */
    public record Config(Path dataDir, int mongoPort, int smtpPort, int inboxPort) {

        public static Config defaults(Path dataDir) {
            return new Config(dataDir, 27017, 2525, 8025);
        }

        /** All servers on free ports: for tests. */
        public static Config freePorts(Path dataDir) {
            return new Config(dataDir, 0, 0, 0);
        }

        static Config fromArgsAndSystemProperties(String[] args) {
            String dataDir = args.length > 0 ? args[0] : System.getProperty("local.data.dir", "deploy/local/data");
            return new Config(Path.of(dataDir),
                    Integer.getInteger("local.mongo.port", 27017),
                    Integer.getInteger("local.smtp.port", 2525),
                    Integer.getInteger("local.inbox.port", 8025));
        }
    }

    private final Path mongoFile;
    private MongoServer mongo;
    private GreenMail greenMail;
    private MailInbox inbox;
    private boolean closed;

    private LocalInfra(Config config) {
        this.mongoFile = config.dataDir().resolve(MONGO_FILE).toAbsolutePath();
    }

    /** Starts all servers; if one fails to start, those already started are stopped again. */
    public static LocalInfra start(Config config) {
        LocalInfra infra = new LocalInfra(config);
        try {
            infra.startServers(config);
            return infra;
        } catch (RuntimeException | Error e) {
            infra.close();
            throw e;
        }
    }

    private void startServers(Config config) {
        try {
            Files.createDirectories(mongoFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + mongoFile.getParent(), e);
        }
        mongo = new MongoServer(new IndexedH2Backend(mongoFile.toString()));
        mongo.bind(HOST, config.mongoPort());

        ServerSetup smtpSetup = new ServerSetup(config.smtpPort(), HOST, ServerSetup.PROTOCOL_SMTP);
        if (config.smtpPort() == 0) {
            smtpSetup = smtpSetup.dynamicPort();
        }
        // Any user name and password are accepted, so a service configured with credentials works too.
        greenMail = new GreenMail(smtpSetup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        deliverToOneMailbox(greenMail);

        inbox = MailInbox.start(new InetSocketAddress(HOST, config.inboxPort()), greenMail);
    }

    /** The one mailbox that holds every message received, whatever its recipients. */
    static final String MAILBOX = "inbox@localinfra.local";

    /**
     * Every message goes into one mailbox ({@link #MAILBOX}); the inbox reads each message's own
     * recipients. GreenMail would otherwise make a user and a mailbox for each new address and, for
     * every message, look its recipient's user up among all users and its mailbox among all mailboxes,
     * one by one: with a benchmark's thousands of distinct addresses that lookup took a fifth of
     * LocalInfra's time (a JFR profile during the deadline rush) and grew with every address.
     */
    private static void deliverToOneMailbox(GreenMail greenMail) {
        UserManager users = greenMail.getUserManager();
        GreenMailUser everyone;
        try {
            everyone = users.createUser(MAILBOX, MAILBOX, MAILBOX);
        } catch (UserException e) {
            throw new IllegalStateException("cannot create the local mailbox", e);
        }
        users.setMessageDeliveryHandler((message, recipient) -> everyone);
    }

    /** The users (mailboxes) of the SMTP server, for the test that pins {@link #deliverToOneMailbox}. */
    int mailboxes() {
        return greenMail.getUserManager().listUser().size();
    }

    public int mongoPort() {
        return mongo.getLocalAddress().getPort();
    }

    public String mongoUri() {
        return "mongodb://" + HOST + ":" + mongoPort();
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int inboxPort() {
        return inbox.port();
    }

    /** The inbox's listing, as its page and API give it (for tests). */
    MailInbox inbox() {
        return inbox;
    }

    public Path mongoFile() {
        return mongoFile;
    }

    /** Stops the inbox, the SMTP server and the MongoDB server (which closes its data file). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (inbox != null) {
            runQuietly("inbox", inbox::close);
        }
        if (greenMail != null) {
            runQuietly("SMTP server", greenMail::stop);
        }
        if (mongo != null) {
            // shutdownNow closes client connections, then the H2 backend, which commits and closes the file.
            runQuietly("MongoDB server", mongo::shutdownNow);
        }
    }

    private static void runQuietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("stopping the {} failed", what, e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Config config = Config.fromArgsAndSystemProperties(args);
        long started = System.nanoTime();
        LocalInfra infra = start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            infra.close();
            log.info("stopped");
            stopped.countDown();
        }, "local-infra-stop"));
        // One line on standard output, for people and for scripts (LocalInfraProcessTest reads it).
        System.out.printf("LocalInfra ready in %d ms: mongodb=%s smtp=%s:%d inbox=http://%s:%d/ data=%s%n",
                (System.nanoTime() - started) / 1_000_000, infra.mongoUri(), HOST, infra.smtpPort(),
                HOST, infra.inboxPort(), infra.mongoFile());
        System.out.flush();
        stopped.await();
    }
}
