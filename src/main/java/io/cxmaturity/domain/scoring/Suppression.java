package io.cxmaturity.domain.scoring;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which cuts of a result (departments side by side, for example) must not be shown so that no group smaller
 * than the minimum can be seen or worked out. A cut with fewer respondents than the minimum is hidden
 * (primary suppression). When a total over the cuts is shown too, one hidden cut could be recovered by
 * subtracting the others from the total; so further cuts, the smallest first, are hidden until the hidden
 * ones together hold at least the minimum and there are at least two of them (complementary suppression).
 * Cuts without respondents reveal nothing and are never the reason for more hiding.
 */
public final class Suppression {
    private Suppression() {
    }

    /**
     * @param respondents respondents per cut
     * @param totalShown  whether a total over all the cuts is shown next to them
     * @return the cuts to hide
     */
    public static Set<String> hidden(Map<String, Integer> respondents, int minGroupSize, boolean totalShown) {
        Set<String> hidden = new LinkedHashSet<>();
        respondents.forEach((cut, n) -> {
            if (n > 0 && n < minGroupSize) {
                hidden.add(cut);
            }
        });
        if (!totalShown || hidden.isEmpty()) {
            return hidden;
        }
        List<String> candidates = respondents.entrySet().stream()
                .filter(e -> e.getValue() > 0 && !hidden.contains(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).collect(Collectors.toList());
        for (String next : candidates) {
            int hiddenSum = hidden.stream().mapToInt(respondents::get).sum();
            if (hidden.size() >= 2 && hiddenSum >= minGroupSize) {
                break;
            }
            hidden.add(next);
        }
        return hidden;
    }

    /** Whether the total itself must be hidden: it is a group smaller than the minimum. */
    public static boolean totalHidden(Map<String, Integer> respondents, int minGroupSize) {
        int total = respondents.values().stream().mapToInt(Integer::intValue).sum();
        return total > 0 && total < minGroupSize;
    }
}
