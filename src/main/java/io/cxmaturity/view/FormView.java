package io.cxmaturity.view;

import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.AnswerOption;
import io.cxmaturity.domain.AnswerType;
import io.cxmaturity.domain.BuildingBlock;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Language;
import io.cxmaturity.domain.LocalizedText;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.QuestionSet;
import io.cxmaturity.port.Texts;
import io.cxmaturity.service.FormState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns a form state into the data of the {@code CxMaturity.Templates.Assessment.form} template. */
public final class FormView {
    private FormView() {
    }

    public static Map<String, Object> data(FormState form, boolean exported, Texts texts) {
        Language language = form.language();
        QuestionSet set = form.set().set();
        Map<String, Object> data = new HashMap<>();
        data.put("formId", "cx-" + UUID.randomUUID().toString().substring(0, 8));
        data.put("status", form.status().name());
        data.put("lang", language.code());
        data.put("exported", exported);
        data.put("spaceKey", form.set().spaceKey());
        data.put("setKey", set.key());
        data.put("setTitle", set.title().in(language));
        data.put("setDescription", text(set.description(), language));
        data.put("roundId", form.round() == null ? "" : String.valueOf(form.round().id()));
        data.put("roundName", form.round() == null ? "" : form.round().name());
        data.put("anonymous", form.round() != null && form.round().anonymous());
        data.put("departmentName", form.department() == null ? "" : form.department().name());
        data.put("submittedAt", form.submittedAt() == null ? "" : form.submittedAt().toString());
        data.put("submittedAtText", form.submittedAt() == null ? "" : DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language.locale())
                .withZone(ZoneId.systemDefault()).format(form.submittedAt()));
        data.put("responseId", form.current() == null ? "" : form.current().id());
        boolean answerable = form.status() == FormState.Status.OPEN && !exported;
        data.put("answerable", answerable);
        // A named respondent may change a submitted response while the round is open.
        data.put("revisable", !exported && form.status() == FormState.Status.SUBMITTED && form.current() != null
                && form.round() != null && form.round().isOpen());
        data.put("result", form.score() == null || exported && form.current() == null ? null
                : OwnResultView.data(set, form.score(), language, exported, texts));
        data.put("showQuestions", true);
        // Several departments answer this set and the page names none: the respondent picks theirs.
        data.put("pickable", !exported && form.status() == FormState.Status.CHOOSE_DEPARTMENT && form.user() != null
                && !form.departments().isEmpty());
        data.put("contacts", String.join(", ", form.contacts()));
        List<Map<String, Object>> departments = new ArrayList<>();
        for (Department d : form.departments()) {
            Map<String, Object> dept = new HashMap<>();
            dept.put("key", d.key());
            dept.put("name", d.name());
            departments.add(dept);
        }
        data.put("departments", departments);

        List<Answer> given = form.draft() != null ? form.draft().answers()
                : form.current() != null ? form.current().answers() : List.of();
        Map<String, Answer> byQuestion = new HashMap<>();
        given.forEach(a -> byQuestion.put(a.questionKey(), a));
        Map<String, Answer> before = new HashMap<>();
        if (form.previous() != null && form.status() == FormState.Status.OPEN) {
            form.previous().answers().forEach(a -> before.put(a.questionKey(), a));
        }

        List<Map<String, Object>> blocks = new ArrayList<>();
        int number = 0;
        int total = 0;
        for (BuildingBlock block : set.blocks()) {
            Map<String, Object> b = new HashMap<>();
            b.put("key", block.key());
            b.put("title", block.title().in(language));
            b.put("description", text(block.description(), language));
            List<Map<String, Object>> questions = new ArrayList<>();
            for (Question question : set.questionsOf(block.key())) {
                number++;
                Answer answer = byQuestion.get(question.key());
                Map<String, Object> q = question(question, number, answer, language);
                q.put("previous", previousLabel(question, before.get(question.key()), language, texts));
                questions.add(q);
            }
            total += questions.size();
            b.put("questions", questions);
            blocks.add(b);
        }
        data.put("blocks", blocks);
        data.put("questionCount", total);
        data.put("blockCount", blocks.size());
        return data;
    }

    private static Map<String, Object> question(Question question, int number, Answer answer, Language language) {
        Map<String, Object> q = new HashMap<>();
        q.put("key", question.key());
        q.put("number", number);
        q.put("text", question.text().in(language));
        q.put("help", text(question.help(), language));
        q.put("kind", question.answerType().kind().name());
        q.put("allowNa", question.allowNa());
        q.put("naChecked", answer != null && answer.notApplicable());
        q.put("comment", answer == null || answer.comment() == null ? "" : answer.comment());
        q.put("maxLength", question.answerType().kind() == AnswerType.Kind.COMMENT
                ? question.answerType().maxLength() : io.cxmaturity.domain.AnswerSheetPolicy.MAX_COMMENT);
        List<Map<String, Object>> options = new ArrayList<>();
        for (AnswerOption option : question.answerType().options()) {
            Map<String, Object> o = new HashMap<>();
            o.put("value", option.value());
            String label = text(option.label(), language);
            o.put("label", label);
            o.put("checked", answer != null && !answer.notApplicable() && option.value().equals(answer.value()));
            options.add(o);
        }
        q.put("options", options);
        return q;
    }

    /** "Last round you answered 3 — Defined" (or not applicable), empty when there was no answer. */
    private static String previousLabel(Question question, Answer previous, Language language, Texts texts) {
        if (previous == null) {
            return "";
        }
        if (previous.notApplicable()) {
            return texts.get("cx-maturity.form.previous", texts.get("cx-maturity.form.na"));
        }
        return question.answerType().option(previous.value()).map(o -> {
            String label = o.label() == null ? o.value() : o.label().in(language);
            return texts.get("cx-maturity.form.previous",
                    question.answerType().kind() == AnswerType.Kind.SCALE ? o.value() + " — " + label : label);
        }).orElse("");
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? "" : text.in(language);
    }
}
