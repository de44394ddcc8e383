package io.cxmaturity.testing;

import io.cxmaturity.catalog.BuiltInCatalog;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Answer sheets for the built-in sets, as request bodies of the REST API. */
public final class AnswerSheets {
    private static final BuiltInCatalog CATALOG = new BuiltInCatalog();

    private AnswerSheets() {
    }

    public static QuestionSet set(String key) {
        return CATALOG.find(key).orElseThrow().set();
    }

    /** Every scored question answered with the value the function picks. */
    public static List<Map<String, Object>> answers(String setKey, Function<Question, Object> value) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Question q : set(setKey).scoredQuestions()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("question", q.key());
            a.put("value", value.apply(q));
            answers.add(a);
        }
        return answers;
    }

    public static Map<String, Object> submission(String spaceKey, long roundId, List<Map<String, Object>> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", spaceKey);
        body.put("roundId", roundId);
        body.put("answers", answers);
        return body;
    }
}
