package io.cxmaturity.host;

import io.cxmaturity.domain.Department;
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

    /** Creates the demo departments and open rounds once, as the CX space admin. */
    static void seed(RoundService rounds, HostUsers users) {
        RequestContext.as(users.byName("admin"), Locale.ENGLISH, () -> {
            List<Department> existing = rounds.departments("CX");
            if (existing.isEmpty()) {
                Department service = rounds.createDepartment("CX", "Customer Service", "six-blocks");
                rounds.openRound("CX", service.id(), "2026 H2", false, 3, null, null);
                Department centre = rounds.createDepartment("CX", "Contact Centre", "contact-centre");
                rounds.openRound("CX", centre.id(), "2026 H2", true, 3, null, null);
            }
            return null;
        });
    }
}
