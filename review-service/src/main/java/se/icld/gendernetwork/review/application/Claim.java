package se.icld.gendernetwork.review.application;

import java.time.Instant;

/** A reviewer's lease on an application; once {@code until} has passed it is free to claim again. */
public record Claim(String reviewer, Instant at, Instant until) {

    public boolean heldBy(String name, Instant now) {
        return reviewer.equals(name) && activeAt(now);
    }

    public boolean activeAt(Instant now) {
        return now.isBefore(until);
    }
}
