package io.cxmaturity.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessment wave of a department, such as "2026 H1". It pins the question-set version its respondents
 * answer, so everyone in a round is scored the same way.
 */
public record Round(long id, String spaceKey, long departmentId, String setKey, long setVersionId, String name,
                   RoundStatus status, LocalDate opensOn, LocalDate closesOn, boolean anonymous, int minGroupSize,
                   Instant createdAt) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 5;

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }
}
