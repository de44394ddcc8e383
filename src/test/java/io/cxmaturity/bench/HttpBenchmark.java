package io.cxmaturity.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxmaturity.domain.Answer;
import io.cxmaturity.domain.Department;
import io.cxmaturity.domain.Question;
import io.cxmaturity.domain.Response;
import io.cxmaturity.domain.Round;
import io.cxmaturity.domain.StoredQuestionSet;
import io.cxmaturity.host.Host;
import io.cxmaturity.host.RequestContext;
import io.cxmaturity.port.ResponseRepository;
import io.cxmaturity.service.QuestionSetService;
import io.cxmaturity.service.RoundService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP benchmark of issue 4, against a real host: for H2 (a file, as the host runs) and, when
 * CX_BENCH_POSTGRES_URL is set, PostgreSQL (a database of its own, dropped afterwards):
 * <ol>
 *   <li>results read: one flagship round seeded with 10, 1,000 and 10,000 respondents, 50 reads of
 *   {@code GET /results} each (after 5 warm-up reads), median and p99;</li>
 *   <li>submissions: 16 concurrent clients for 30 s, each submission a different person, count, errors and
 *   p99, and the stored count compared with the acknowledged one;</li>
 *   <li>form render: the {@code cx-assessment} page, 50 renders, median (the whole page over HTTP).</li>
 * </ol>
 * Run with {@code mvn -Pbench-http}; it writes its section of docs/benchmarks.md.
 */
public final class HttpBenchmark {
    private static final int[] SIZES = {10, 1_000, 10_000};
    private static final int READS = 50;
    private static final int CLIENTS = 16;
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> lines = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        HttpBenchmark bench = new HttpBenchmark();
        Path dir = Files.createTempDirectory("cx-bench");
        bench.run("H2 (file)", new Host.Config(0, null, dir, Host.Config.forTest(null).webModules(), true, true));
        String pg = System.getenv("CX_BENCH_POSTGRES_URL");
        if (pg != null && !pg.isBlank()) {
            String db = "cx_bench_" + System.currentTimeMillis() / 1000;
            try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            }
            try {
                String url = pg.replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + db + "$1");
                bench.run("PostgreSQL 15", new Host.Config(0, url, null, Host.Config.forTest(null).webModules(), true,
                        true));
            } finally {
                try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE " + db);
                }
            }
        } else {
            bench.lines.add("PostgreSQL not measured: CX_BENCH_POSTGRES_URL was not set.");
        }
        bench.write(args.length > 0 ? Path.of(args[0]) : Path.of("docs", "benchmarks.md"));
    }

    private void run(String database, Host.Config config) throws Exception {
        try (Host host = Host.start(config)) {
            System.out.println("== " + database);
            lines.add("");
            lines.add("### " + database);
            lines.add("");
            lines.add("| Respondents | Seeding | Results read median | p99 | mean |");
            lines.add("|---:|---:|---:|---:|---:|");
            warmUp(host);
            Map<Integer, Double> medians = new LinkedHashMap<>();
            for (int size : SIZES) {
                Round round = freshRound(host, "Read " + size);
                long started = System.nanoTime();
                seed(host, round, size);
                double seeding = (System.nanoTime() - started) / 1e9;
                String url = host.baseUrl() + "/rest/cx-maturity/1.0/results?spaceKey=CX&roundId=" + round.id();
                for (int i = 0; i < 5; i++) {
                    expect(get(url, "admin"), 200, url);
                }
                double[] times = new double[READS];
                for (int i = 0; i < READS; i++) {
                    long t = System.nanoTime();
                    expect(get(url, "admin"), 200, url);
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(times);
                medians.put(size, median(times));
                lines.add(String.format(Locale.ROOT, "| %,d | %.1f s | %.2f ms | %.2f ms | %.2f ms |", size, seeding,
                        median(times), percentile(times, 0.99), Arrays.stream(times).average().orElse(0)));
                System.out.println(lines.get(lines.size() - 1));
            }
            lines.add("");
            lines.add(String.format(Locale.ROOT, "Read at 10,000 ÷ read at 10 (medians): **%.2f×** (target ≤ 2×).",
                    medians.get(10_000) / medians.get(10)));

            submissions(host);
            formRender(host);
        }
    }

    /** Lets the JIT compile the hot paths first, so the first measured size is not penalised. */
    private void warmUp(Host host) throws Exception {
        Round round = freshRound(host, "Warm-up");
        seed(host, round, 20);
        String results = host.baseUrl() + "/rest/cx-maturity/1.0/results?spaceKey=CX&roundId=" + round.id();
        String form = host.baseUrl() + "/display/CX/Six+building+blocks+assessment";
        for (int i = 0; i < 300; i++) {
            expect(get(results, "admin"), 200, results);
            expect(get(form, "member"), 200, form);
        }
    }

    private Round freshRound(Host host, String name) {
        RoundService rounds = host.component(RoundService.class);
        return RequestContext.as(host.users().byName("admin"), Locale.ENGLISH, () -> {
            Department d = rounds.createDepartment("CX", name + " " + UUID.randomUUID().toString().substring(0, 6),
                    "six-blocks");
            return rounds.openRound("CX", d.id(), "Benchmark", false, 5, LocalDate.now(), null);
        });
    }

    /** Synthetic respondents stored through the plugin's own repository, as submissions would store them. */
    private static void seed(Host host, Round round, int size) {
        ResponseRepository responses = host.component(ResponseRepository.class);
        StoredQuestionSet set = RequestContext.as(host.users().byName("admin"), Locale.ENGLISH,
                () -> host.component(QuestionSetService.class).require("CX", "six-blocks"));
        Random random = new Random(size);
        for (int i = 0; i < size; i++) {
            List<Answer> answers = new ArrayList<>();
            for (Question q : set.set().scoredQuestions()) {
                answers.add(Answer.of(q.key(), String.valueOf(random.nextInt(6))));
            }
            String who = "seed-" + round.id() + "-" + i;
            responses.submit(new Response(UUID.randomUUID().toString(), "CX", round.id(), set.id(), who, 1,
                    Instant.now(), answers), who);
        }
    }

    private void submissions(Host host) throws Exception {
        Round round = freshRound(host, "Load");
        List<Question> questions = RequestContext.as(host.users().byName("admin"), Locale.ENGLISH,
                () -> host.component(QuestionSetService.class).require("CX", "six-blocks")).set().scoredQuestions();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + LOAD.toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        String url = host.baseUrl() + "/rest/cx-maturity/1.0/responses";
        for (int c = 0; c < CLIENTS; c++) {
            Thread worker = new Thread(() -> {
                Random random = new Random();
                try {
                    while (System.nanoTime() < deadline) {
                        String user = "load-" + next.incrementAndGet();
                        List<Map<String, Object>> answers = new ArrayList<>();
                        for (Question q : questions) {
                            answers.add(Map.of("question", q.key(), "value", random.nextInt(6)));
                        }
                        String body = JSON.writeValueAsString(Map.of("spaceKey", "CX", "roundId", round.id(),
                                "answers", answers));
                        long t = System.nanoTime();
                        sent.incrementAndGet();
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - t) / 1e6);
                        if (r.statusCode() == 201) {
                            acknowledged.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 3) {
                                errorSamples.add(r.statusCode() + " " + r.body());
                            }
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    errors.incrementAndGet();
                    errorSamples.add(e.toString());
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        done.await();
        int stored = host.component(ResponseRepository.class).countRespondents(round.id());
        double[] times = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double seconds = LOAD.toMillis() / 1000.0;
        lines.add("");
        lines.add("| Submissions (16 clients, 30 s) | Acknowledged | Per second | Errors | Median | p99 | Stored = acknowledged |");
        lines.add("|---:|---:|---:|---:|---:|---:|:---:|");
        lines.add(String.format(Locale.ROOT, "| %,d sent | %,d | %.0f/s | %d | %.1f ms | %.1f ms | %s (%,d stored) |",
                sent.get(), acknowledged.get(), acknowledged.get() / seconds, errors.get(), median(times),
                percentile(times, 0.99), stored == acknowledged.get() ? "yes" : "**no**", stored));
        if (!errorSamples.isEmpty()) {
            lines.add("");
            lines.add("Error samples: " + String.join("; ", errorSamples));
        }
        System.out.println(lines.get(lines.size() - 1));
    }

    private void formRender(Host host) throws Exception {
        String url = host.baseUrl() + "/display/CX/Six+building+blocks+assessment";
        for (int i = 0; i < 10; i++) {
            expect(get(url, "member"), 200, url);
        }
        double[] times = new double[READS];
        for (int i = 0; i < READS; i++) {
            long t = System.nanoTime();
            expect(get(url, "member"), 200, url);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Form page (cx-assessment, 19 questions), %d renders over HTTP: median "
                + "**%.2f ms**, p99 %.2f ms (target ≤ 5 ms median).", READS, median(times), percentile(times, 0.99)));
        System.out.println(lines.get(lines.size() - 1));
    }

    private HttpResponse<String> get(String url, String user) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> r, int status, String url) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : percentile(sorted, 0.5);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Replaces the HTTP section of docs/benchmarks.md (between its markers) with this run's figures. */
    private void write(Path file) throws IOException {
        String start = "<!-- http-benchmark:start -->";
        String end = "<!-- http-benchmark:end -->";
        StringBuilder section = new StringBuilder(start).append('\n');
        section.append("\nMeasured ").append(LocalDate.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(", command `mvn -Pbench-http`")
                .append(System.getenv("CX_BENCH_POSTGRES_URL") == null ? "" : " with CX_BENCH_POSTGRES_URL set")
                .append(".\n");
        lines.forEach(l -> section.append(l).append('\n'));
        section.append('\n').append(end);
        String text = Files.exists(file) ? Files.readString(file) : "";
        if (text.contains(start) && text.contains(end)) {
            text = text.substring(0, text.indexOf(start)) + section + text.substring(text.indexOf(end) + end.length());
        } else {
            text = text + "\n## Results and submissions over HTTP\n\n" + section + "\n";
        }
        Files.writeString(file, text);
        System.out.println("written to " + file.toAbsolutePath());
    }
}
