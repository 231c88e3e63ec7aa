package se.icld.gendernetwork.review.erasure.web;

import java.security.Principal;
import java.time.Instant;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Erasure;
import se.icld.gendernetwork.review.erasure.Erasures;

/**
 * {@code POST /api/v1/review/applications/{id}/erasure} (ADMIN): erases the applicant's personal
 * data, on the applicant's request or the programme's. 200 with the erasure's record (when, by whom,
 * on whose request; none of the data); pressing it again changes nothing and answers the same.
 */
@RestController
@RequiredArgsConstructor
class ErasureApiController {

    private final Erasures erasures;

    /** @param onRequestOf {@code APPLICANT} (the applicant asked) or {@code PROGRAMME} */
    record ErasureRequest(@NotNull Erasure.Requester onRequestOf) {
    }

    /** What was erased and how: the application's id and reference, and the erasure's record. */
    record ErasureView(String id, String reference, Instant at, String by, Erasure.Requester onRequestOf) {
    }

    @PostMapping("/api/v1/review/applications/{id}/erasure")
    ErasureView erase(@PathVariable UUID id, @Valid @RequestBody ErasureRequest request, Principal admin) {
        Application erased = erasures.erase(id, admin.getName(), request.onRequestOf());
        Erasure erasure = erased.erasure();
        return new ErasureView(erased.id(), erased.reference(), erasure.at(), erasure.by(), erasure.onRequestOf());
    }
}
