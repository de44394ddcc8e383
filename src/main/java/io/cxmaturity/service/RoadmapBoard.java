package io.cxmaturity.service;

import io.cxmaturity.domain.Horizon;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.UserRef;

import java.util.List;

/**
 * The roadmap of one question set as a board: a row per building block (in the set's order) with the block's
 * owners and a cell per horizon, each with its initiatives; initiatives on blocks the set no longer has are
 * listed apart.
 */
public record RoadmapBoard(StoredQuestionSet set, List<Horizon> horizons, List<Row> rows, List<RoadmapItem> unplaced,
                           Language language) {

    /** A building block's row. */
    public record Row(String blockKey, String blockName, List<UserRef> owners, List<Cell> cells) {
    }

    /** The initiatives of one block on one horizon. */
    public record Cell(Horizon horizon, List<RoadmapItem> items) {
    }

    public int count() {
        return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(c -> c.items().size()).sum() + unplaced.size();
    }
}
