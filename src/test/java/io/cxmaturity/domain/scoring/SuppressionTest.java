package io.cxmaturity.domain.scoring;

import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** No group smaller than the minimum can be seen, nor worked out from a total and the other groups. */
public class SuppressionTest {
    private static Map<String, Integer> cuts(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    @Test
    public void smallCutsAreHidden() {
        assertEquals(Set.of("legal"), Suppression.hidden(cuts("sales", 12, "legal", 2, "service", 9), 5, false));
        assertEquals(Set.of(), Suppression.hidden(cuts("sales", 5, "service", 9), 5, false));
    }

    @Test
    public void withATotalShownOneMoreCutIsHiddenSoTheSmallOneCannotBeRecovered() {
        // total 23 - sales 12 - service 9 = legal 2: so hide the smallest other cut as well
        assertEquals(Set.of("legal", "service"), Suppression.hidden(cuts("sales", 12, "legal", 2, "service", 9), 5, true));
    }

    @Test
    public void hiddenCutsTogetherMustReachTheMinimum() {
        // legal 1 + hr 2 = 3 < 5: their sum could be read off the total, so hide more until it reaches 5
        Set<String> hidden = Suppression.hidden(cuts("sales", 12, "legal", 1, "hr", 2, "it", 4, "service", 9), 5, true);
        assertEquals(Set.of("legal", "hr", "it"), hidden);
    }

    @Test
    public void emptyCutsRevealNothing() {
        assertEquals(Set.of(), Suppression.hidden(cuts("sales", 12, "legal", 0, "service", 9), 5, true));
    }

    @Test
    public void aTotalBelowTheMinimumIsHiddenToo() {
        assertTrue(Suppression.totalHidden(cuts("a", 2, "b", 1), 5));
        assertFalse(Suppression.totalHidden(cuts("a", 2, "b", 3), 5));
        assertFalse(Suppression.totalHidden(cuts("a", 0), 5));
    }
}
