package se.icld.gendernetwork.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the golden JSON sample of an event type, e.g. {@code GoldenSamples.json("DecisionMade")}. */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static String json(String type) {
        String path = "/golden/" + type + ".json";
        try (InputStream in = GoldenSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
