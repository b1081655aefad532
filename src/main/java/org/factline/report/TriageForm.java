package org.factline.report;

import jakarta.validation.constraints.Size;
import org.factline.shared.MultiLine;

/**
 * An editor's triage of a reader's report.
 *
 * @param status one of {@link ReportFilter#STATUSES}
 * @param assignee a person's id, or empty for nobody
 * @param note for the newsroom only, never shown to readers
 * @param version the report's version the form was read at
 */
record TriageForm(
        String status,
        String assignee,

        @Size(max = 4000, message = "{desk.report.note.size}") @MultiLine
        String note,

        Long version) {

    static TriageForm of(ErrorReports.Report report) {
        return new TriageForm(
                report.status(),
                report.assigneeId() == null ? "" : String.valueOf(report.assigneeId()),
                report.note(),
                report.version());
    }
}
