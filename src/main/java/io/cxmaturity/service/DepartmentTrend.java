package io.cxmaturity.service;

import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.scoring.TeamResult;
import io.cxmaturity.domain.scoring.Trend;

import java.util.List;
import java.util.Optional;

/**
 * A department's rounds of one set from the baseline (the first) to now, each with its result, and the change
 * from the baseline to the latest round with enough respondents.
 */
public record DepartmentTrend(Department department, StoredQuestionSet set, List<Point> rounds,
                              Optional<Trend> baselineToLatest, Language language) {

    /** One round on the trend: its result (suppressed below the minimum group size). */
    public record Point(Round round, StoredQuestionSet set, TeamResult result) {
    }
}
