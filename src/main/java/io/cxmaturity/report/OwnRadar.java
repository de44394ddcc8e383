package io.cxmaturity.report;

import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.domain.scoring.RespondentScore;

import java.util.ArrayList;
import java.util.List;

/** The radar of one respondent's block percentages, shown to them after they submit. */
public final class OwnRadar {
    private OwnRadar() {
    }

    public static Chart chart(QuestionSet set, RespondentScore score, Language language, String label,
                              String description) {
        List<String> axes = new ArrayList<>();
        double[] values = new double[set.blocks().size()];
        int i = 0;
        for (BuildingBlock block : set.blocks()) {
            axes.add(block.title().in(language));
            values[i++] = score.block(block.key()).map(b -> b.percent()).orElse(Double.NaN);
        }
        return Charts.radar(axes, List.of(new Charts.Series(label, values, Palette.TEAM, true, false)), description);
    }
}
