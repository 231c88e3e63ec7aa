package se.icld.gendernetwork.intake.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

import se.icld.gendernetwork.contracts.calls.Call;

/**
 * A call as the form shows it in one language, at the instant the page is served: its title and
 * introduction, its dates in the call's time zone with the zone named, where it stands, and, in the
 * last {@link #COUNTDOWN} before the closing, the time left (stated when served: no JavaScript).
 */
public record CallView(String id, String title, String introduction, Call.Phase phase, String opens, String closes,
        String timeLeft) {

    /** How long before the closing the page states the time left. */
    public static final Duration COUNTDOWN = Duration.ofDays(7);

    public static CallView of(Call call, Instant now, Locale locale, MessageSource messages) {
        String language = locale.getLanguage();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.getMessage("call.dateFormat", null, locale), locale)
                .withZone(call.timeZone());
        String zone = call.timeZone().getDisplayName(TextStyle.FULL, locale);
        String opens = format.format(call.opensAt()) + " (" + zone + ")";
        String closes = call.closesAt() == null ? null : format.format(call.closesAt()) + " (" + zone + ")";
        Call.Phase phase = call.phaseAt(now);
        String left = null;
        if (phase == Call.Phase.OPEN && call.closesAt() != null) {
            Duration remaining = Duration.between(now, call.closesAt());
            if (remaining.compareTo(COUNTDOWN) <= 0) {
                left = remaining.toDays() >= 1
                        ? messages.getMessage("call.timeLeft.days", new Object[] {remaining.toDays(), remaining.toHoursPart()}, locale)
                        : messages.getMessage("call.timeLeft.hours",
                                new Object[] {remaining.toHours(), Math.max(1, remaining.toMinutesPart() + (remaining.toSecondsPart() > 0 ? 1 : 0))},
                                locale);
            }
        }
        return new CallView(call.id(), call.titleIn(language), call.introductionIn(language), phase, opens, closes, left);
    }

    public boolean open() {
        return phase == Call.Phase.OPEN;
    }

    public boolean notYetOpen() {
        return phase == Call.Phase.BEFORE;
    }
}
