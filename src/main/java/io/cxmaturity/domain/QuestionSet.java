package io.cxmaturity.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One version of a question set: the blocks, the questions, how they are answered and scored, the stages
 * and the advice. Immutable; a version that has responses never changes (editing publishes a new version).
 */
public final class QuestionSet {
    private final String key;
    private final int version;
    private final LocalizedText title;
    private final LocalizedText description;
    private final LocalizedText credit;
    private final StageBasis stageBasis;
    private final Map<String, AnswerType> answerTypes;
    private final List<BuildingBlock> blocks;
    private final List<Question> questions;
    private final List<Facet> facets;
    private final List<Stage> stages;
    private final List<Transition> transitions;
    private final List<InitiativeTemplate> initiatives;
    private final List<GuidanceStep> guidance;
    private final Map<String, Question> questionsByKey;

    private QuestionSet(Builder b) {
        this.key = b.key;
        this.version = b.version;
        this.title = b.title;
        this.description = b.description;
        this.credit = b.credit;
        this.stageBasis = b.stageBasis;
        this.answerTypes = Map.copyOf(b.answerTypes);
        this.blocks = List.copyOf(b.blocks);
        this.questions = List.copyOf(b.questions);
        this.facets = List.copyOf(b.facets);
        this.stages = b.stages.stream().sorted(Comparator.comparingInt(Stage::number)).collect(Collectors.toUnmodifiableList());
        this.transitions = List.copyOf(b.transitions);
        this.initiatives = List.copyOf(b.initiatives);
        this.guidance = List.copyOf(b.guidance);
        Map<String, Question> byKey = new LinkedHashMap<>();
        for (Question question : questions) {
            byKey.putIfAbsent(question.key(), question);
        }
        this.questionsByKey = byKey;
    }

    public static Builder builder(String key, int version) {
        return new Builder(key, version);
    }

    public String key() {
        return key;
    }

    public int version() {
        return version;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    public LocalizedText credit() {
        return credit;
    }

    public StageBasis stageBasis() {
        return stageBasis;
    }

    public Map<String, AnswerType> answerTypes() {
        return answerTypes;
    }

    public List<BuildingBlock> blocks() {
        return blocks;
    }

    public Optional<BuildingBlock> block(String blockKey) {
        return blocks.stream().filter(b -> b.key().equals(blockKey)).findFirst();
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String questionKey) {
        return Optional.ofNullable(questionsByKey.get(questionKey));
    }

    public List<Question> questionsOf(String blockKey) {
        return questions.stream().filter(q -> q.blockKey().equals(blockKey)).collect(Collectors.toList());
    }

    public List<Question> scoredQuestions() {
        return questions.stream().filter(Question::scored).collect(Collectors.toList());
    }

    /** Highest total of weighted points. */
    public double maxPoints() {
        return questions.stream().filter(Question::scored).mapToDouble(Question::maxPoints).sum();
    }

    public List<Facet> facets() {
        return facets;
    }

    /** Stages in ascending order; empty for a set without stages (a checklist). */
    public List<Stage> stages() {
        return stages;
    }

    public boolean hasStages() {
        return !stages.isEmpty();
    }

    public Optional<Stage> stage(int number) {
        return stages.stream().filter(s -> s.number() == number).findFirst();
    }

    public List<Transition> transitions() {
        return transitions;
    }

    public Optional<Transition> transitionFrom(int stageNumber) {
        return transitions.stream().filter(t -> t.from() == stageNumber).findFirst();
    }

    public List<InitiativeTemplate> initiatives() {
        return initiatives;
    }

    public List<GuidanceStep> guidance() {
        return guidance;
    }

    @Override
    public String toString() {
        return key + " v" + version;
    }

    /** Builds a set; the catalog validates definitions before it builds them. */
    public static final class Builder {
        private final String key;
        private final int version;
        private LocalizedText title = LocalizedText.of(Map.of());
        private LocalizedText description;
        private LocalizedText credit;
        private StageBasis stageBasis = StageBasis.POINTS;
        private final Map<String, AnswerType> answerTypes = new LinkedHashMap<>();
        private final java.util.ArrayList<BuildingBlock> blocks = new java.util.ArrayList<>();
        private final java.util.ArrayList<Question> questions = new java.util.ArrayList<>();
        private final java.util.ArrayList<Facet> facets = new java.util.ArrayList<>();
        private final java.util.ArrayList<Stage> stages = new java.util.ArrayList<>();
        private final java.util.ArrayList<Transition> transitions = new java.util.ArrayList<>();
        private final java.util.ArrayList<InitiativeTemplate> initiatives = new java.util.ArrayList<>();
        private final java.util.ArrayList<GuidanceStep> guidance = new java.util.ArrayList<>();

        private Builder(String key, int version) {
            this.key = key;
            this.version = version;
        }

        public Builder title(LocalizedText value) {
            this.title = value;
            return this;
        }

        public Builder description(LocalizedText value) {
            this.description = value;
            return this;
        }

        public Builder credit(LocalizedText value) {
            this.credit = value;
            return this;
        }

        public Builder stageBasis(StageBasis value) {
            this.stageBasis = value;
            return this;
        }

        public Builder answerType(AnswerType value) {
            answerTypes.put(value.key(), value);
            return this;
        }

        public Builder block(BuildingBlock value) {
            blocks.add(value);
            return this;
        }

        public Builder question(Question value) {
            questions.add(value);
            return this;
        }

        public Builder facet(Facet value) {
            facets.add(value);
            return this;
        }

        public Builder stage(Stage value) {
            stages.add(value);
            return this;
        }

        public Builder transition(Transition value) {
            transitions.add(value);
            return this;
        }

        public Builder initiative(InitiativeTemplate value) {
            initiatives.add(value);
            return this;
        }

        public Builder guidance(GuidanceStep value) {
            guidance.add(value);
            return this;
        }

        public QuestionSet build() {
            return new QuestionSet(this);
        }
    }
}
