package io.cxmaturity.host;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Past answers for the demo space, so that its results pages have something to show: synthetic respondents
 * (user keys that belong to nobody) with answers drawn around a level per building block.
 */
final class DemoHistory {
    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final Random random = new Random(2026);

    DemoHistory(RoundRepository rounds, ResponseRepository responses) {
        this.rounds = rounds;
        this.responses = responses;
    }

    /** A round with synthetic respondents answering around {@code level} (0–1 of each question's range). */
    Round round(Department department, StoredQuestionSet set, String name, RoundStatus status, LocalDate opened,
                int respondents, double level, boolean anonymous) {
        Instant created = opened.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        // answered while open, then closed, as a real round is
        Round round = rounds.create(new Round(0, department.spaceKey(), department.id(), set.key(), set.id(), name,
                RoundStatus.OPEN, opened, status == RoundStatus.CLOSED ? opened.plusWeeks(3) : null, anonymous, 3,
                created));
        for (int i = 0; i < respondents; i++) {
            String who = "demo-" + department.key() + "-" + (i + 1);
            List<Answer> answers = new ArrayList<>();
            for (Question q : set.set().scoredQuestions()) {
                double blockBias = (q.blockKey().hashCode() % 7) / 40.0;
                double personal = random.nextGaussian() * 0.18;
                double x = Math.max(0, Math.min(1, level + blockBias + personal));
                var options = q.answerType().options();
                answers.add(Answer.of(q.key(), options.get((int) Math.round(x * (options.size() - 1))).value()));
            }
            Instant at = created.plusSeconds(3600L * (i + 1));
            responses.submit(new Response(UUID.randomUUID().toString(), department.spaceKey(), round.id(), set.id(),
                    anonymous ? null : who, 1, anonymous ? at.truncatedTo(java.time.temporal.ChronoUnit.DAYS) : at,
                    answers), who);
        }
        return status == RoundStatus.CLOSED ? rounds.close(round.spaceKey(), round.id(), opened.plusWeeks(3)) : round;
    }
}
