package se.icld.gendernetwork.review.access.web;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.icld.gendernetwork.review.access.Access;
import se.icld.gendernetwork.review.access.AccessRecords;

/** {@code GET /api/v1/review/applications/{id}/accesses} (ADMIN): who looked at the application, newest first. */
@RestController
@RequiredArgsConstructor
class AccessApiController {

    private final AccessRecords records;

    /** One look: when, by whom, and whether the detail was opened or an export contained it. */
    record AccessView(java.time.Instant at, String by, Access.Kind kind) {
    }

    @GetMapping("/api/v1/review/applications/{id}/accesses")
    List<AccessView> accesses(@PathVariable UUID id) {
        return records.of(id).stream().map(a -> new AccessView(a.at(), a.by(), a.kind())).toList();
    }
}
