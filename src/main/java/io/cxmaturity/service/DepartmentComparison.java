package io.cxmaturity.service;

import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.scoring.TeamResult;

import java.util.List;
import java.util.Optional;

/**
 * Departments side by side on one set: each department's round (the latest, or the one with the name asked
 * for) and its result, with the cuts that must stay hidden so that no small group can be seen or worked out.
 *
 * @param total the result over all shown departments' respondents, when they answered the same set version
 */
public record DepartmentComparison(StoredQuestionSet set, List<Row> rows, Optional<TeamResult> total,
                                   boolean totalHidden, int minGroupSize, Language language) {

    /** One department: its round (empty when it has none) and its result; hidden rows show no figures. */
    public record Row(Department department, Optional<Round> round, Optional<TeamResult> result, boolean hidden) {
    }
}
