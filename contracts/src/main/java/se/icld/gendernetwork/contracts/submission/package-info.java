/**
 * The submission rules both intake-service and review-service apply, in plain Java:
 * {@link se.icld.gendernetwork.contracts.submission.SubmissionContent} (the values and their
 * normalised form, and the content hash), {@link se.icld.gendernetwork.contracts.submission.SubmissionRules}
 * (what a valid submission is) and {@link se.icld.gendernetwork.contracts.submission.Violation}
 * (a field path and a code, which each service turns into its own message).
 */
package se.icld.gendernetwork.contracts.submission;
