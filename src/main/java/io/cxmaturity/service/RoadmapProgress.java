package io.cxmaturity.service;

import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;

import java.util.List;
import java.util.Optional;

/**
 * What the roadmap achieved between a department's previous and latest round, per building block: the
 * initiatives done (and when) and how the block's team median moved. A move is shown only where both rounds
 * have at least the minimum group size and the reader may read results; otherwise the block says why not.
 *
 * @param latestRound   the department's newest round on the set, if any
 * @param previousRound the round before it on the set, if any
 * @param scoresShown   whether the reader may read results at all
 */
public record RoadmapProgress(StoredQuestionSet set, Department department, Optional<Round> latestRound,
                              Optional<Round> previousRound, boolean scoresShown, List<Block> blocks,
                              Language language) {

    /** Why a block's move cannot be shown. */
    public enum NotComparable {
        /** The reader may not read this space's results. */
        RESULTS_HIDDEN,
        /** The department has no round on the set yet. */
        NO_ROUNDS,
        /** Only one round so far: nothing to compare with. */
        NO_PREVIOUS_ROUND,
        /** The latest round has fewer respondents than its minimum group size. */
        LATEST_TOO_FEW,
        /** The previous round had fewer respondents than its minimum group size. */
        PREVIOUS_TOO_FEW,
        /** One of the rounds has no usable answers in this block. */
        NO_DATA;

        /** The code in JSON and i18n keys, such as "latest-too-few". */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A block: its owners, the initiatives done (newest first), and the medians (percent of the block's maximum)
     * in the previous and the latest round with the change, or why they are not comparable.
     */
    public record Block(String blockKey, String blockName, List<UserRef> owners, List<RoadmapItem> done,
                        Optional<NotComparable> notComparable, Double previous, Double latest) {

        public boolean comparable() {
            return notComparable.isEmpty();
        }

        /** Latest minus previous median, in percentage points; null when not comparable. */
        public Double delta() {
            return comparable() ? latest - previous : null;
        }
    }
}
