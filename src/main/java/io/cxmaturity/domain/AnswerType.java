package io.cxmaturity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How a question is answered: a rating scale, yes/no, a single choice, or an unscored comment. */
public final class AnswerType {
    public enum Kind { SCALE, YES_NO, CHOICE, COMMENT }

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final int DEFAULT_COMMENT_LENGTH = 2000;

    private static final LocalizedText YES_LABEL = LocalizedText.of("Yes", "Да", "Так");
    private static final LocalizedText NO_LABEL = LocalizedText.of("No", "Нет", "Ні");

    private final String key;
    private final Kind kind;
    private final List<AnswerOption> options;
    private final int maxLength;

    private AnswerType(String key, Kind kind, List<AnswerOption> options, int maxLength) {
        this.key = key;
        this.kind = kind;
        this.options = List.copyOf(options);
        this.maxLength = maxLength;
    }

    /** A scale from min to max with a label on each point; the point is its own score. */
    public static AnswerType scale(String key, int min, int max, Map<Integer, LocalizedText> labels) {
        List<AnswerOption> options = new ArrayList<>();
        for (int point = min; point <= max; point++) {
            options.add(new AnswerOption(String.valueOf(point), labels.get(point), point));
        }
        return new AnswerType(key, Kind.SCALE, options, 0);
    }

    public static AnswerType yesNo(String key, int yesPoints, int noPoints) {
        return new AnswerType(key, Kind.YES_NO,
                List.of(new AnswerOption(YES, YES_LABEL, yesPoints), new AnswerOption(NO, NO_LABEL, noPoints)), 0);
    }

    public static AnswerType choice(String key, List<AnswerOption> options) {
        return new AnswerType(key, Kind.CHOICE, options, 0);
    }

    public static AnswerType comment(String key, int maxLength) {
        return new AnswerType(key, Kind.COMMENT, List.of(), maxLength);
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether answers count towards scores; comments do not. */
    public boolean scored() {
        return kind != Kind.COMMENT;
    }

    public List<AnswerOption> options() {
        return options;
    }

    public Optional<AnswerOption> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    public int maxPoints() {
        return options.stream().mapToInt(AnswerOption::points).max().orElse(0);
    }

    public int minPoints() {
        return options.stream().mapToInt(AnswerOption::points).min().orElse(0);
    }

    /** The option with the fewest points: the answer that makes a question's next step relevant. */
    public Optional<AnswerOption> lowestOption() {
        return options.stream().min((a, b) -> Integer.compare(a.points(), b.points()));
    }

    /** Longest comment accepted, for comment questions. */
    public int maxLength() {
        return maxLength;
    }
}
