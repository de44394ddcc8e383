package io.cxmaturity.bench;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.scoring.TeamAggregation;
import io.cxmaturity.domain.scoring.TeamResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * In-process cost of aggregating a round of the flagship set (19 questions, 6 blocks): every statistic of
 * {@link TeamAggregation} for 100, 1,000 and 10,000 answer sheets. Not run by the tests; see
 * docs/benchmarks.md for the command and the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AggregationBenchmark {
    @Param({"100", "1000", "10000"})
    public int respondents;

    private QuestionSet set;
    private List<List<Answer>> sheets;

    @Setup
    public void setUp() {
        set = new BuiltInCatalog().find(BuiltInCatalog.FLAGSHIP).orElseThrow().set();
        Random random = new Random(7);
        sheets = new ArrayList<>(respondents);
        for (int i = 0; i < respondents; i++) {
            List<Answer> sheet = new ArrayList<>();
            for (Question q : set.scoredQuestions()) {
                sheet.add(Answer.of(q.key(), String.valueOf(random.nextInt(6))));
            }
            sheets.add(sheet);
        }
    }

    @Benchmark
    public TeamResult aggregate() {
        return TeamAggregation.aggregate(set, sheets, 5);
    }
}
