package io.cxmaturity.domain;

import io.cxmaturity.domain.scoring.BlockStats;
import io.cxmaturity.domain.scoring.TeamResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which initiatives to recommend, and for which building blocks. The weakest blocks are those with the lowest
 * team medians; for each, at the stage the block has reached, the recommendations are the set's initiative
 * templates for the block, the actions of the transition from that stage to the next, and the stage's key
 * drivers of change (a stage's drivers are what moves an organisation from it to the next stage). Without a
 * result that may be shown (too few respondents, or no round yet) nothing is known about the blocks: every
 * block is taken as being at the set's first stage, and nothing about scores is used.
 */
public final class RoadmapSuggestions {
    /** How many of the weakest blocks get recommendations when the team's result is known. */
    public static final int WEAKEST_BLOCKS = 2;

    private static final Horizon DRIVER_HORIZON = Horizon.MONTHS_6;
    private static final Horizon TRANSITION_HORIZON = Horizon.MONTHS_12;

    private RoadmapSuggestions() {
    }

    /** A block to recommend for, and the stage it has reached (empty for a set without stages). */
    public record WeakBlock(String blockKey, Optional<Stage> stage) {
    }

    /**
     * The weakest blocks, the lowest median first (ties in the set's order), at most {@link #WEAKEST_BLOCKS};
     * with no result, or a suppressed one, or one without block data, every block at the first stage.
     */
    public static List<WeakBlock> weakest(QuestionSet set, Optional<TeamResult> team) {
        Optional<Stage> first = set.stages().stream().findFirst();
        List<BlockStats> known = team.filter(t -> !t.suppressed()).map(TeamResult::blocks).orElse(List.of()).stream()
                .filter(b -> !b.percent().isEmpty() && set.block(b.blockKey()).isPresent())
                .collect(Collectors.toList());
        if (known.isEmpty()) {
            return set.blocks().stream().map(b -> new WeakBlock(b.key(), first)).collect(Collectors.toList());
        }
        List<String> order = set.blocks().stream().map(BuildingBlock::key).collect(Collectors.toList());
        return known.stream()
                .sorted(Comparator.comparingDouble((BlockStats b) -> b.percent().median())
                        .thenComparingInt(b -> order.indexOf(b.blockKey())))
                .limit(WEAKEST_BLOCKS)
                .map(b -> new WeakBlock(b.blockKey(), b.stage().isPresent() ? b.stage() : first))
                .collect(Collectors.toList());
    }

    /** The recommendations for those blocks: per block its templates, then transition actions, then drivers. */
    public static List<Suggestion> suggest(QuestionSet set, List<WeakBlock> blocks) {
        List<Suggestion> all = new ArrayList<>();
        for (WeakBlock weak : blocks) {
            Integer target = weak.stage().map(s -> next(set, s)).orElse(null);
            for (InitiativeTemplate template : set.initiatives()) {
                if (template.blockKey().equals(weak.blockKey())) {
                    all.add(template(template, target));
                }
            }
            if (weak.stage().isEmpty()) {
                continue;
            }
            Stage stage = weak.stage().get();
            set.transitionFrom(stage.number()).ifPresent(t -> {
                for (int n = 1; n <= t.actions().size(); n++) {
                    all.add(transition(set, t, n, weak.blockKey()));
                }
            });
            for (int n = 1; n <= stage.drivers().size(); n++) {
                all.add(driver(set, stage, n, weak.blockKey()));
            }
        }
        return all;
    }

    /** The recommendation an id names, made from the set as it is now; empty when the set has no such thing. */
    public static Optional<Suggestion> find(QuestionSet set, String id) {
        if (id == null) {
            return Optional.empty();
        }
        String[] parts = id.split(":", -1);
        try {
            switch (parts[0]) {
                case "template":
                    if (parts.length != 2) {
                        return Optional.empty();
                    }
                    return set.initiatives().stream().filter(t -> t.key().equals(parts[1])).findFirst()
                            .filter(t -> set.block(t.blockKey()).isPresent())
                            .map(t -> template(t, null));
                case "driver":
                    if (parts.length != 4 || set.block(parts[3]).isEmpty()) {
                        return Optional.empty();
                    }
                    int n = Integer.parseInt(parts[2]);
                    return set.stage(Integer.parseInt(parts[1]))
                            .filter(s -> n >= 1 && n <= s.drivers().size())
                            .map(s -> driver(set, s, n, parts[3]));
                case "transition":
                    if (parts.length != 4 || set.block(parts[3]).isEmpty()) {
                        return Optional.empty();
                    }
                    int action = Integer.parseInt(parts[2]);
                    return set.transitionFrom(Integer.parseInt(parts[1]))
                            .filter(t -> action >= 1 && action <= t.actions().size())
                            .map(t -> transition(set, t, action, parts[3]));
                default:
                    return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Suggestion template(InitiativeTemplate t, Integer target) {
        LocalizedText description = t.whenToStart() == null ? t.description()
                : joined(t.description(), t.whenToStart(), "\n\n");
        return new Suggestion("template:" + t.key(), InitiativeSource.TEMPLATE, t.blockKey(), t.title(), description,
                t.horizon() != null ? t.horizon() : DRIVER_HORIZON, target);
    }

    private static Suggestion driver(QuestionSet set, Stage stage, int n, String blockKey) {
        int target = next(set, stage);
        return new Suggestion("driver:" + stage.number() + ":" + n + ":" + blockKey, InitiativeSource.DRIVER, blockKey,
                stage.drivers().get(n - 1), outlook(set, target, blockKey), DRIVER_HORIZON, target);
    }

    private static Suggestion transition(QuestionSet set, Transition t, int n, String blockKey) {
        return new Suggestion("transition:" + t.from() + ":" + n + ":" + blockKey, InitiativeSource.TRANSITION,
                blockKey, t.actions().get(n - 1), outlook(set, t.to(), blockKey), TRANSITION_HORIZON,
                set.stage(t.to()).isPresent() ? t.to() : null);
    }

    /** The stage after this one, or this one when it is the last. */
    private static int next(QuestionSet set, Stage stage) {
        return set.stages().stream().map(Stage::number).filter(n -> n > stage.number()).findFirst()
                .orElse(stage.number());
    }

    /** What the block looks like at the target stage: the description of a recommendation made from a stage. */
    private static LocalizedText outlook(QuestionSet set, int target, String blockKey) {
        List<LocalizedText> statements = set.stage(target).map(s -> s.statementsFor(blockKey)).orElse(List.of());
        LocalizedText text = LocalizedText.of(Map.of());
        for (LocalizedText statement : statements) {
            text = text.asMap().isEmpty() ? statement : joined(text, statement, " ");
        }
        return text;
    }

    private static LocalizedText joined(LocalizedText a, LocalizedText b, String separator) {
        Map<Language, String> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String first = a.in(language);
            String second = b == null ? "" : b.in(language);
            map.put(language, first.isEmpty() ? second : second.isEmpty() ? first : first + separator + second);
        }
        return LocalizedText.of(map);
    }
}
