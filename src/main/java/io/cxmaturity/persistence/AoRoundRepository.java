package io.cxmaturity.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.cxmaturity.domain.ReminderPlan;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.port.RoundChangedException;
import io.cxmaturity.port.RoundRepository;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rounds in Active Objects. */
public class AoRoundRepository implements RoundRepository {
    private final ActiveObjects ao;

    public AoRoundRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Round create(Round round) {
        AoRound row = ao.executeInTransaction(() -> ao.create(AoRound.class,
                new DBParam(AoRound.SPACE_KEY, round.spaceKey()),
                new DBParam(AoRound.DEPARTMENT_ID, (int) round.departmentId()),
                new DBParam(AoRound.SET_KEY, round.setKey()),
                new DBParam(AoRound.SET_VERSION_ID, (int) round.setVersionId()),
                new DBParam(AoRound.NAME, round.name()),
                new DBParam(AoRound.STATUS, round.status().name()),
                new DBParam(AoRound.OPENS_ON, date(round.opensOn())),
                new DBParam(AoRound.CLOSES_ON, date(round.closesOn())),
                new DBParam(AoRound.ANONYMOUS, round.anonymous()),
                new DBParam(AoRound.MIN_GROUP_SIZE, round.minGroupSize()),
                new DBParam(AoRound.CREATED_AT, round.createdAt().toEpochMilli()),
                new DBParam(AoRound.REMIND, round.reminders().enabled()),
                new DBParam(AoRound.REMIND_EVERY_DAYS, round.reminders().everyDays()),
                new DBParam(AoRound.REMIND_BEFORE_CLOSE, round.reminders().daysBeforeClose()),
                new DBParam(AoRound.FORM_PAGE_URL, round.formPageUrl())));
        return toDomain(row);
    }

    @Override
    public Optional<Round> find(String spaceKey, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        AoRound row = ao.get(AoRound.class, (int) id);
        return row == null || !row.getSpaceKey().equals(spaceKey) ? Optional.empty() : Optional.of(toDomain(row));
    }

    @Override
    public List<Round> listForDepartment(String spaceKey, long departmentId) {
        AoRound[] rows = ao.find(AoRound.class, Query.select()
                .where(AoRound.SPACE_KEY + " = ? AND " + AoRound.DEPARTMENT_ID + " = ?", spaceKey, (int) departmentId)
                .order(AoRound.CREATED_AT + " DESC, ID DESC"));
        return Arrays.stream(rows).map(AoRoundRepository::toDomain).collect(Collectors.toList());
    }

    @Override
    public List<Round> listOpen() {
        AoRound[] rows = ao.find(AoRound.class, Query.select()
                .where(AoRound.STATUS + " = ?", RoundStatus.OPEN.name()).order("ID ASC"));
        return Arrays.stream(rows).map(AoRoundRepository::toDomain).collect(Collectors.toList());
    }

    @Override
    public Round update(Round round) {
        return ao.executeInTransaction(() -> {
            AoRound row = ao.get(AoRound.class, (int) round.id());
            if (row.isAnonymous() != round.anonymous() && ao.count(AoParticipant.class,
                    AoParticipant.ROUND_ID + " = ?", (int) round.id()) > 0) {
                throw new RoundChangedException("round " + round.id() + " has participants: anonymity is locked");
            }
            row.setName(round.name());
            row.setOpensOn(date(round.opensOn()));
            if (round.closesOn() != null || !RoundStatus.CLOSED.name().equals(row.getStatus())) {
                row.setClosesOn(date(round.closesOn()));
            }
            row.setAnonymous(round.anonymous());
            row.setMinGroupSize(round.minGroupSize());
            row.setRemind(round.reminders().enabled());
            row.setRemindEveryDays(round.reminders().everyDays());
            row.setRemindBeforeClose(round.reminders().daysBeforeClose());
            row.setFormPageUrl(round.formPageUrl());
            row.save();
            return toDomain(row);
        });
    }

    @Override
    public Round close(String spaceKey, long id, LocalDate closesOn) {
        return ao.executeInTransaction(() -> {
            AoRound row = ao.get(AoRound.class, (int) id);
            if (row == null || !row.getSpaceKey().equals(spaceKey)) {
                throw new IllegalArgumentException("no round " + id + " in " + spaceKey);
            }
            if (!RoundStatus.CLOSED.name().equals(row.getStatus())) {
                row.setStatus(RoundStatus.CLOSED.name());
                if (row.getClosesOn() == null || LocalDate.parse(row.getClosesOn()).isAfter(closesOn)) {
                    row.setClosesOn(date(closesOn));
                }
                row.save();
            }
            return toDomain(row);
        });
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static Round toDomain(AoRound row) {
        return new Round(row.getID(), row.getSpaceKey(), row.getDepartmentId(), row.getSetKey(), row.getSetVersionId(),
                row.getName(), RoundStatus.valueOf(row.getStatus()),
                row.getOpensOn() == null ? null : LocalDate.parse(row.getOpensOn()),
                row.getClosesOn() == null ? null : LocalDate.parse(row.getClosesOn()),
                row.isAnonymous(), row.getMinGroupSize(), Instant.ofEpochMilli(row.getCreatedAt()),
                new ReminderPlan(row.isRemind(), row.getRemindEveryDays(), row.getRemindBeforeClose()),
                row.getFormPageUrl());
    }
}
