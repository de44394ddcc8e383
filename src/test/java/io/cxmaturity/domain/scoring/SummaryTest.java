package io.cxmaturity.domain.scoring;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Medians, quartiles and spread on odd and even counts. */
public class SummaryTest {
    @Test
    public void oddCount() {
        Summary s = Summary.of(5, 1, 4, 2, 3);
        assertEquals(5, s.n());
        assertEquals(3, s.median(), 0);
        assertEquals(2, s.q1(), 0);
        assertEquals(4, s.q3(), 0);
        assertEquals(2, s.iqr(), 0);
        assertEquals(3, s.mean(), 0);
        assertEquals(1, s.min(), 0);
        assertEquals(5, s.max(), 0);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
    }

    @Test
    public void evenCountInterpolates() {
        Summary s = Summary.of(4, 1, 3, 2);
        assertEquals(2.5, s.median(), 0);
        assertEquals(1.75, s.q1(), 1e-12);
        assertEquals(3.25, s.q3(), 1e-12);
        assertEquals(1.5, s.iqr(), 1e-12);
    }

    @Test
    public void sampleStandardDeviation() {
        Summary s = Summary.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertEquals(5, s.mean(), 0);
        assertEquals(2.138089935299395, s.sd(), 1e-12);
        assertEquals(4.5, s.median(), 0);
    }

    @Test
    public void singleAndNoValues() {
        Summary one = Summary.of(3);
        assertEquals(3, one.median(), 0);
        assertEquals(0, one.sd(), 0);
        assertEquals(0, one.iqr(), 0);
        assertTrue(Summary.of().isEmpty());
        assertTrue(Double.isNaN(Summary.of().median()));
    }
}
