package io.cxmaturity.service;

import io.cxmaturity.domain.scoring.Comparability;

/**
 * Publishing would change what rounds on the new version compare with earlier rounds, and the request did not
 * say it knows: the report goes back so the editor can show which questions stay comparable.
 */
public class ComparabilityException extends ServiceException {
    private static final long serialVersionUID = 1L;

    private final transient Comparability report;

    public ComparabilityException(Comparability report) {
        super(Kind.CONFLICT, "comparability-not-acknowledged", "acknowledgeComparability",
                report.notComparable().size(), report.comparable().size());
        this.report = report;
    }

    public Comparability report() {
        return report;
    }
}
