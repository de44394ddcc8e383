package io.cxmaturity.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import io.cxmaturity.service.ReminderService;
import io.cxmaturity.service.RoundService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Actions on a round (space admins). */
@Path("/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundResource {
    private final RoundService rounds;
    private final ReminderService reminders;

    @Inject
    public RoundResource(RoundService rounds, ReminderService reminders) {
        this.rounds = rounds;
        this.reminders = reminders;
    }

    /** Closes a round: no more answers or changes. Body {@code {spaceKey}}. 200; 400; 401; 403; 404. */
    @POST
    @Path("/{id}/close")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("id") long id, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey"));
        return Json.ok(ResultJson.round(rounds.closeRound(JsonRequest.text(json, "spaceKey", true, 255), id)));
    }

    /**
     * Changes a round (space admins): body {@code {spaceKey, name, opensOn, closesOn, minGroupSize, anonymous,
     * reminders: {enabled, everyDays, daysBeforeClose}, formPageUrl}}; a property left out keeps its value, an
     * empty formPageUrl clears it. 200 the round; 400 (field named); 401; 403; 404 unknown round or space;
     * 409 anonymity-locked (the round has responses); 413.
     */
    @PUT
    @Path("/{id}")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey", "name", "opensOn", "closesOn", "minGroupSize", "anonymous",
                "reminders", "formPageUrl"));
        String spaceKey = JsonRequest.text(json, "spaceKey", true, 255);
        JsonNode plan = json.get("reminders");
        if (plan != null && !plan.isNull() && !plan.isObject()) {
            throw io.cxmaturity.service.ServiceException.invalid("not-object", "reminders");
        }
        boolean hasPlan = plan != null && plan.isObject();
        if (hasPlan) {
            JsonRequest.onlyKnown(plan, "reminders", Set.of("enabled", "everyDays", "daysBeforeClose"));
        }
        RoundService.RoundChange change = new RoundService.RoundChange(
                JsonRequest.text(json, "name", false, RoundService.MAX_NAME),
                JsonRequest.date(json, "opensOn"),
                JsonRequest.date(json, "closesOn"),
                json.hasNonNull("minGroupSize")
                        ? (int) JsonRequest.number(json, "minGroupSize", 1, RoundService.MAX_MIN_GROUP_SIZE) : null,
                json.hasNonNull("anonymous") ? JsonRequest.bool(json, "anonymous", false) : null,
                hasPlan && plan.hasNonNull("enabled") ? bool(plan, "enabled") : null,
                hasPlan && plan.hasNonNull("everyDays") ? days(plan, "everyDays") : null,
                hasPlan && plan.hasNonNull("daysBeforeClose") ? days(plan, "daysBeforeClose") : null,
                JsonRequest.text(json, "formPageUrl", false, RoundService.MAX_FORM_URL));
        return Json.ok(ResultJson.round(rounds.updateRound(spaceKey, id, change)));
    }

    /**
     * The round's reminders (space admins): the plan, whether a mail server is configured, the respondent
     * group, the next reminder day, and per reminder day how many were sent, refused and unconfirmed, and
     * when. Counts only, never names. 200; 401; 403; 404.
     */
    @GET
    @Path("/{id}/reminders")
    @LicensedOnly
    public Response reminders(@PathParam("id") long id, @QueryParam("spaceKey") String spaceKey) {
        ReminderService.Status status = reminders.status(spaceKey, id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled", status.plan().enabled());
        json.put("everyDays", status.plan().everyDays());
        json.put("daysBeforeClose", status.plan().daysBeforeClose());
        json.put("mailServerConfigured", status.mailConfigured());
        json.put("respondentGroup", status.respondentGroup());
        json.put("nextOccasion", status.nextOccasion() == null ? null : status.nextOccasion().toString());
        List<Map<String, Object>> occasions = new ArrayList<>();
        for (ReminderService.OccasionTally t : status.occasions()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("occasion", t.occasion().toString());
            o.put("sent", t.sent());
            o.put("refused", t.failed());
            o.put("unconfirmed", t.unconfirmed());
            o.put("firstSentAt", t.firstSentAt() == null ? null : t.firstSentAt().toString());
            o.put("lastSentAt", t.lastSentAt() == null ? null : t.lastSentAt().toString());
            occasions.add(o);
        }
        json.put("occasions", occasions);
        return Json.ok(json);
    }

    /**
     * Sends reminders now (space admins) to everyone in the respondent group who has not answered and has not
     * been reminded today. Body {@code {spaceKey}}. 200 with the counts; 400; 401; 403; 404; 409 the round is
     * closed, the department has no respondent group or is archived, or no mail server is configured.
     */
    @POST
    @Path("/{id}/reminders")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remindNow(@PathParam("id") long id, InputStream body) {
        JsonNode json = JsonRequest.parse(body);
        JsonRequest.onlyKnown(json, "", Set.of("spaceKey"));
        ReminderService.Outcome outcome = reminders.sendNow(JsonRequest.text(json, "spaceKey", true, 255), id);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("occasion", outcome.occasion().toString());
        result.put("sent", outcome.sent());
        result.put("refused", outcome.failed());
        result.put("alreadyReminded", outcome.alreadyReminded());
        result.put("answered", outcome.answered());
        result.put("withoutAddress", outcome.withoutAddress());
        return Json.ok(result);
    }

    private static boolean bool(JsonNode node, String field) {
        if (!node.get(field).isBoolean()) {
            throw io.cxmaturity.service.ServiceException.invalid("not-boolean", "reminders." + field);
        }
        return node.get(field).asBoolean();
    }

    private static int days(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw io.cxmaturity.service.ServiceException.invalid("not-integer", "reminders." + field);
        }
        int v = value.asInt();
        if (v < 0 || v > io.cxmaturity.domain.ReminderPlan.MAX_DAYS) {
            throw io.cxmaturity.service.ServiceException.invalid("out-of-range", "reminders." + field, 0,
                    io.cxmaturity.domain.ReminderPlan.MAX_DAYS);
        }
        return v;
    }
}
