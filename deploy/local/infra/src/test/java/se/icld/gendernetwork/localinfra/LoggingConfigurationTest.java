package se.icld.gendernetwork.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ConcurrentModificationException;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/** LocalInfra's own log never carries what the servers hold (names, addresses), even when a server logs it. */
class LoggingConfigurationTest {

    private static final String ENCODER = "de.bwaldvogel.mongo.wire.MongoWireMessageEncoder";

    @Test
    void aReplyTheWireServerCannotEncodeIsLoggedWithoutItsContent() {
        // LocalInfra's configuration as it runs (the tests themselves log through log4j2-test.properties)
        Configuration configuration = new PropertiesConfigurationFactory().getConfiguration(new LoggerContext("local-infra"),
                ConfigurationSource.fromResource("log4j2.properties", getClass().getClassLoader()));
        configuration.initialize();
        LoggerConfig config = configuration.getLoggerConfig(ENCODER);
        assertThat(config.getName()).as("a logger of its own").isEqualTo(ENCODER);
        assertThat(config.isAdditive()).as("not also through the root logger's full pattern").isFalse();
        assertThat(config.getAppenders()).containsOnlyKeys("wire");

        Appender wire = config.getAppenders().get("wire");
        // what mongo-java-server logs: the whole reply, documents and all
        Log4jLogEvent event = Log4jLogEvent.newBuilder().setLoggerName(ENCODER).setLevel(Level.ERROR)
                .setMessage(new SimpleMessage("Failed to encode {cursor={firstBatch=[{recipient={fullName=Ana Prueba, "
                        + "email=ana.prueba@example.org}}]}, ok=1.0}"))
                .setThrown(new ConcurrentModificationException()).build();
        String line = new String(wire.getLayout().toByteArray(event), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(line).contains("MongoWireMessageEncoder", "content withheld", "java.util.ConcurrentModificationException")
                .doesNotContain("Ana Prueba", "ana.prueba@example.org", "BsonEncoder", "\tat ");

        // an exception whose message quotes a value: the class only
        Log4jLogEvent quoting = Log4jLogEvent.newBuilder().setLoggerName(ENCODER).setLevel(Level.ERROR)
                .setMessage(new SimpleMessage("Failed to encode"))
                .setThrown(new IllegalArgumentException("cannot encode ana.prueba@example.org")).build();
        assertThat(new String(wire.getLayout().toByteArray(quoting), java.nio.charset.StandardCharsets.UTF_8))
                .contains("java.lang.IllegalArgumentException").doesNotContain("ana.prueba@example.org", "cannot encode");
        configuration.stop();
    }
}
