package io.cxmaturity.domain;

import java.util.List;
import java.util.Map;

/**
 * A maturity stage: its band (inclusive whole numbers, in the set's basis), what the organisation looks like
 * there, per block and per facet, and the key drivers that move it to the next stage.
 */
public record Stage(int number, LocalizedText name, int min, int max, LocalizedText summary,
                    Map<String, List<LocalizedText>> blockStatements, Map<String, LocalizedText> facets,
                    List<LocalizedText> drivers) {

    public Stage {
        blockStatements = Map.copyOf(blockStatements);
        facets = Map.copyOf(facets);
        drivers = List.copyOf(drivers);
    }

    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    public List<LocalizedText> statementsFor(String blockKey) {
        return blockStatements.getOrDefault(blockKey, List.of());
    }
}
