package io.cxmaturity.domain.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The change between two rounds of the same set: per block and in total, measured on the questions whose key
 * (and answer scale) both versions share. The questions that were added, removed or re-scaled are listed, so
 * a reader knows what the comparison leaves out.
 */
public record Trend(List<TrendPoint> blocks, TrendPoint total, List<String> comparable, List<String> notComparable) {
    public Optional<TrendPoint> block(String key) {
        return blocks.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
