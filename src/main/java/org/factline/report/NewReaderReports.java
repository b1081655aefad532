package org.factline.report;

import org.springframework.stereotype.Component;

/** How many readers' reports nobody has looked at yet: the count beside "Reports" in the desk's menu. */
@Component("newReaderReports")
public class NewReaderReports {

    private final ErrorReports reports;

    NewReaderReports(ErrorReports reports) {
        this.reports = reports;
    }

    public long count() {
        return reports.countNew();
    }
}
