package io.cxmaturity.domain.scoring;

import io.cxmaturity.domain.AnswerOption;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a new version of a set keeps comparable with an earlier one, question by question, per block, and in
 * its stage bands. It is the rule {@link Trends} compares rounds by: a scored question stays comparable when
 * it keeps its key, its block and its answer options (the same values with the same points). A changed weight
 * keeps the question in the trend (both rounds are re-scored with the newer weight) but changes the totals
 * and stages of the newer rounds, so it counts as a break the editor warns about, as do changed stage bands.
 * Unscored questions (comments) never count.
 *
 * @param questions every question scored in either version: the newer version's in its order, then the ones
 *                  only the earlier version scored
 * @param blocks    the newer version's blocks in order, then the blocks it dropped
 * @param stages    every stage number either version has, in order
 */
public record Comparability(int fromVersion, int toVersion, List<QuestionChange> questions, List<BlockChange> blocks,
                            List<StageChange> stages, boolean basisChanged) {

    public Comparability {
        questions = List.copyOf(questions);
        blocks = List.copyOf(blocks);
        stages = List.copyOf(stages);
    }

    /** How a question changed between the two versions. */
    public enum Status {
        /** Same key, block, options and weight (its texts may have changed): comparable. */
        SAME(true),
        /** Only the weight changed: still in the trend, re-scored with the newer weight. */
        REWEIGHTED(true),
        /** New in the newer version. */
        ADDED(false),
        /** Dropped by the newer version. */
        REMOVED(false),
        /** Moved to another block. */
        MOVED(false),
        /** Other answer options, another scale, or scored in one version only. */
        RESCALED(false);

        private final boolean comparable;

        Status(boolean comparable) {
            this.comparable = comparable;
        }

        public boolean comparable() {
            return comparable;
        }
    }

    /**
     * One question: its block before and after (null where it does not exist), its weight before and after
     * (0 where it does not exist), and whether its text changed.
     */
    public record QuestionChange(String key, Status status, String fromBlock, String toBlock, double fromWeight,
                                 double toWeight, boolean reworded) {
        public boolean comparable() {
            return status.comparable();
        }
    }

    /**
     * One block: whether it is new or dropped, how many of its questions stay comparable and how many do not
     * (a question counts in its newer block, a dropped one in its earlier block), and whether the trend shows
     * the block (it does when at least one of its questions in the newer version is comparable).
     */
    public record BlockChange(String key, boolean added, boolean removed, int comparable, int notComparable,
                              boolean inTrend) {
    }

    /** One stage number: its band before and after (null where the stage does not exist) and what changed. */
    public record StageChange(int number, Band from, Band to, boolean bandChanged, boolean renamed) {
    }

    /** A stage band, inclusive, in the set's basis. */
    public record Band(int min, int max) {
    }

    /** Compares {@code after} (the newer version or a draft) with {@code before}. */
    public static Comparability between(QuestionSet before, QuestionSet after) {
        List<QuestionChange> questions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Question q : after.scoredQuestions()) {
            seen.add(q.key());
            Optional<Question> old = before.question(q.key());
            if (old.isEmpty()) {
                questions.add(new QuestionChange(q.key(), Status.ADDED, null, q.blockKey(), 0, q.weight(), false));
            } else {
                questions.add(change(old.get(), q));
            }
        }
        for (Question old : before.scoredQuestions()) {
            if (seen.add(old.key())) {
                Optional<Question> now = after.question(old.key());
                questions.add(now.isEmpty()
                        ? new QuestionChange(old.key(), Status.REMOVED, old.blockKey(), null, old.weight(), 0, false)
                        : change(old, now.get()));
            }
        }
        return new Comparability(before.version(), after.version(), questions, blocks(before, after, questions),
                stages(before, after), before.stageBasis() != after.stageBasis());
    }

    private static QuestionChange change(Question old, Question now) {
        Status status;
        if (!old.blockKey().equals(now.blockKey())) {
            status = Status.MOVED;
        } else if (old.scored() != now.scored() || !sameOptions(old, now)) {
            status = Status.RESCALED;
        } else if (Double.compare(old.weight(), now.weight()) != 0) {
            status = Status.REWEIGHTED;
        } else {
            status = Status.SAME;
        }
        return new QuestionChange(now.key(), status, old.blockKey(), now.blockKey(), old.weight(), now.weight(),
                !Objects.equals(old.text(), now.text()));
    }

    /** The same answer values with the same points, in the same order. */
    static boolean sameOptions(Question a, Question b) {
        List<AnswerOption> x = a.answerType().options();
        List<AnswerOption> y = b.answerType().options();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).value().equals(y.get(i).value()) || x.get(i).points() != y.get(i).points()) {
                return false;
            }
        }
        return true;
    }

    private static List<BlockChange> blocks(QuestionSet before, QuestionSet after, List<QuestionChange> questions) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Set<String> inTrend = new LinkedHashSet<>();
        for (QuestionChange q : questions) {
            String block = q.toBlock() != null && after.block(q.toBlock()).isPresent() ? q.toBlock() : q.fromBlock();
            int[] c = counts.computeIfAbsent(block, k -> new int[2]);
            c[q.comparable() ? 0 : 1]++;
            if (q.comparable()) {
                inTrend.add(q.toBlock());
            }
        }
        List<BlockChange> blocks = new ArrayList<>();
        for (BuildingBlock block : after.blocks()) {
            int[] c = counts.getOrDefault(block.key(), new int[2]);
            blocks.add(new BlockChange(block.key(), before.block(block.key()).isEmpty(), false, c[0], c[1],
                    inTrend.contains(block.key())));
        }
        for (BuildingBlock block : before.blocks()) {
            if (after.block(block.key()).isEmpty()) {
                int[] c = counts.getOrDefault(block.key(), new int[2]);
                blocks.add(new BlockChange(block.key(), false, true, c[0], c[1], false));
            }
        }
        return blocks;
    }

    private static List<StageChange> stages(QuestionSet before, QuestionSet after) {
        Set<Integer> numbers = new TreeSet<>();
        before.stages().forEach(s -> numbers.add(s.number()));
        after.stages().forEach(s -> numbers.add(s.number()));
        List<StageChange> stages = new ArrayList<>();
        for (int number : numbers) {
            Optional<Stage> old = before.stage(number);
            Optional<Stage> now = after.stage(number);
            Band from = old.map(s -> new Band(s.min(), s.max())).orElse(null);
            Band to = now.map(s -> new Band(s.min(), s.max())).orElse(null);
            boolean renamed = old.isPresent() && now.isPresent() && !Objects.equals(old.get().name(), now.get().name());
            stages.add(new StageChange(number, from, to, !Objects.equals(from, to), renamed));
        }
        return stages;
    }

    /** Keys of the comparable questions, in the newer version's order: the questions a trend compares. */
    public List<String> comparable() {
        return questions.stream().filter(QuestionChange::comparable).map(QuestionChange::key)
                .collect(Collectors.toList());
    }

    /** Keys of the questions a trend leaves out: the newer version's first, then the dropped ones. */
    public List<String> notComparable() {
        return questions.stream().filter(q -> !q.comparable()).map(QuestionChange::key).collect(Collectors.toList());
    }

    public Optional<QuestionChange> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public Optional<BlockChange> block(String key) {
        return blocks.stream().filter(b -> b.key().equals(key)).findFirst();
    }

    /** Whether a stage was added, dropped or given another band, or the bands changed basis. */
    public boolean stagesChanged() {
        return basisChanged || stages.stream().anyMatch(StageChange::bandChanged);
    }

    public long count(Status status) {
        return questions.stream().filter(q -> q.status() == status).count();
    }

    /**
     * Whether publishing the newer version changes what rounds on the two versions mean side by side: a
     * question leaves the trend, a weight changes the totals, or a stage band changes the stage labels.
     */
    public boolean breaksComparability() {
        return questions.stream().anyMatch(q -> q.status() != Status.SAME) || stagesChanged();
    }

    /** A one-line English summary for the audit trail, such as "17 comparable · 1 added · 1 reweighted". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(comparable().size() + " comparable");
        for (Status status : Status.values()) {
            long n = count(status);
            if (status != Status.SAME && n > 0) {
                parts.add(n + " " + status.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (stagesChanged()) {
            parts.add("stage bands changed");
        }
        return String.join(" · ", parts);
    }
}
