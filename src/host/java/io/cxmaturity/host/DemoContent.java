package io.cxmaturity.host;

import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.RoundStatus;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.domain.InitiativeStatus;
import io.cxmaturity.port.OwnerRepository;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.port.RoundRepository;
import io.cxmaturity.service.QuestionSetService;
import io.cxmaturity.service.RoadmapItem;
import io.cxmaturity.service.RoadmapService;
import io.cxmaturity.service.RoundService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;

/**
 * The demo space's pages (storage format, under src/host/resources/demo) and the departments and rounds
 * they use, created through the plugin's own services as the space admin would.
 */
final class DemoContent {
    /** A page of a space: its title and storage-format body. */
    record Page(String spaceKey, String title, String resource, boolean home) {
        String url() {
            return home ? "/display/" + spaceKey
                    : "/display/" + spaceKey + "/" + URLEncoder.encode(title, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, List<Page>> pages = new LinkedHashMap<>();

    DemoContent() {
        page("CX", "CX Maturity", "demo/CX/home.xml", true);
        page("CX", "Six building blocks assessment", "demo/CX/six-blocks-assessment.xml", false);
        page("CX", "Contact-centre self-assessment", "demo/CX/contact-centre-assessment.xml", false);
        page("CX", "Assessment for every department", "demo/CX/every-department.xml", false);
        page("CX", "Leadership results", "demo/CX/leadership-results.xml", false);
        page("CX", "Building blocks", "demo/CX/building-blocks.xml", false);
        page("CX", "Where we disagree", "demo/CX/spread.xml", false);
        page("CX", "Departments side by side", "demo/CX/departments.xml", false);
        page("CX", "Trend", "demo/CX/trend.xml", false);
        page("CX", "Roadmap", "demo/CX/roadmap.xml", false);
        page("OTHER", "Other Department", "demo/OTHER/home.xml", true);
    }

    private void page(String space, String title, String resource, boolean home) {
        pages.computeIfAbsent(space, k -> new ArrayList<>()).add(new Page(space, title, resource, home));
    }

    List<Page> pages(String spaceKey) {
        return pages.getOrDefault(spaceKey, List.of());
    }

    Optional<Page> find(String spaceKey, String title) {
        return pages(spaceKey).stream()
                .filter(p -> title == null ? p.home() : p.title().equalsIgnoreCase(title))
                .findFirst();
    }

    static String storage(Page page) {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(page.resource())) {
            if (in == null) {
                throw new IllegalStateException("demo page missing: " + page.resource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the demo departments once, as the CX space admin: Customer Service (a baseline round from a year
     * ago with six respondents, and the open round "2026 H2" nobody has answered yet, whose respondent group
     * customer-service is reminded weekly), Sales, Operations and
     * Marketing (rounds with answers; Marketing has too few to be shown), and the Contact Centre's anonymous
     * round on the contact-centre set.
     */
    static void seed(PluginContainer container, HostUsers users) {
        RoundService rounds = container.bean(RoundService.class);
        QuestionSetService sets = container.bean(QuestionSetService.class);
        DemoHistory history = new DemoHistory(container.bean(RoundRepository.class),
                container.bean(ResponseRepository.class));
        RequestContext.as(users.byName("admin"), Locale.ENGLISH, () -> {
            List<Department> existing = rounds.departments("CX");
            if (existing.isEmpty()) {
                StoredQuestionSet flagship = sets.require("CX", "six-blocks");
                Department service = rounds.createDepartment("CX", "Customer Service", "six-blocks", 12);
                history.round(service, flagship, "2025 H2", RoundStatus.CLOSED, LocalDate.of(2025, 11, 3), 6, 0.32, false);
                io.cxmaturity.domain.Round open = rounds.openRound("CX", service.id(), "2026 H2", false, 3, null, null);
                // Its people are the customer-service group, reminded weekly with a link to the form's page.
                rounds.updateDepartment("CX", service.key(), new RoundService.DepartmentChange(null, null, null, null,
                        HostUsers.CUSTOMER_SERVICE_GROUP, null));
                rounds.updateRound("CX", open.id(), new RoundService.RoundChange(null, null, null, null, null, true, 7,
                        null, "/display/CX/Six+building+blocks+assessment"));
                Department sales = rounds.createDepartment("CX", "Sales", "six-blocks", 9);
                history.round(sales, flagship, "2026 H2", RoundStatus.OPEN, LocalDate.of(2026, 11, 2), 7, 0.45, false);
                Department operations = rounds.createDepartment("CX", "Operations", "six-blocks", 10);
                history.round(operations, flagship, "2026 H2", RoundStatus.OPEN, LocalDate.of(2026, 11, 2), 6, 0.38,
                        false);
                Department marketing = rounds.createDepartment("CX", "Marketing", "six-blocks", 4);
                history.round(marketing, flagship, "2026 H2", RoundStatus.OPEN, LocalDate.of(2026, 11, 2), 2, 0.6, false);
                Department centre = rounds.createDepartment("CX", "Contact Centre", "contact-centre", 15);
                rounds.openRound("CX", centre.id(), "2026 H2", true, 3, null, null);
                roadmap(container, users, service);
            }
            return null;
        });
    }

    /**
     * Block owners and a roadmap on all three horizons, made as the space admin would (two drafts with one click
     * from the recommendations, the rest typed): work in progress, done, planned, dropped, and one overdue.
     * Due dates are relative to today, so the board looks the same whenever the demo starts.
     */
    private static void roadmap(PluginContainer container, HostUsers users, Department service) {
        OwnerRepository owners = container.bean(OwnerRepository.class);
        for (String[] owner : new String[][]{{"strategy", "exec"}, {"processes", "member"}, {"data", "member2"},
                {"people", "member3"}}) {
            owners.add("CX", "six-blocks", owner[0], users.byName(owner[1]).getKey().getStringValue());
        }
        RoadmapService roadmap = container.bean(RoadmapService.class);
        LocalDate today = LocalDate.now();
        RoadmapItem ambition = roadmap.createFromSuggestion("CX", "six-blocks", null, "template:cx-ambition");
        roadmap.update("CX", ambition.initiative().id(), 1, new RoadmapService.Change("six-blocks", "strategy", null,
                ambition.initiative().title(), ambition.initiative().description(), 6, "exec",
                InitiativeStatus.IN_PROGRESS, 2, today.plusMonths(2), 40, null));
        roadmap.create("CX", new RoadmapService.Change("six-blocks", "strategy", null, "Publish the customer promise",
                "One page, in plain words, on the intranet and at every service desk.", 6, "exec",
                InitiativeStatus.IN_PROGRESS, 2, today.minusWeeks(3), 60, "/display/CX/Leadership+results"));
        roadmap.create("CX", new RoadmapService.Change("six-blocks", "processes", service.key(),
                "Map the complaint journey end to end", "With the people who handle complaints every day.", 6,
                "member", InitiativeStatus.DONE, 2, today.minusMonths(1), 100, null));
        roadmap.create("CX", new RoadmapService.Change("six-blocks", "metrics", null,
                "CX dashboard for the leadership team", "NPS, CSAT and complaint volume next to the financials.",
                12, "member2", InitiativeStatus.IN_PROGRESS, 3, today.plusMonths(7), 25, "CX-12"));
        roadmap.createFromSuggestion("CX", "six-blocks", null, "template:voc-programme");
        roadmap.create("CX", new RoadmapService.Change("six-blocks", "technology", null,
                "Connect the contact channels into one customer view", null, 24, null, InitiativeStatus.PLANNED, 4,
                today.plusMonths(20), 0, "https://intranet.example.com/projects/one-view"));
        roadmap.create("CX", new RoadmapService.Change("six-blocks", "people", null, "CX academy for managers",
                "Six half-day sessions; the first cohort is the leadership team.", 24, "member3",
                InitiativeStatus.PLANNED, 4, today.plusMonths(18), 0, null));
        roadmap.create("CX", new RoadmapService.Change("six-blocks", "people", null, "Frontline empowerment pilot",
                "Stopped: folded into the CX academy.", 12, null, InitiativeStatus.DROPPED, null, null, 10, null));
    }
}
