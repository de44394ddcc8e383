package io.cxmaturity.confluence;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.cxmaturity.service.ReminderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The hourly reminder job, on Atlassian's scheduler with {@link RunMode#RUN_ONCE_PER_CLUSTER}: Confluence runs
 * it on one node of the cluster at a time. (The reminder log makes a second run harmless all the same.)
 * {@link #register()} and {@link #unregister()} are the bean's init and destroy methods (plugin-context.xml):
 * they run when the plugin is enabled and disabled. The schedule stays stored across restarts and is
 * replaced at the next enable; without the runner registered, Confluence skips the job.
 */
public class ReminderJob implements JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.cxmaturity.cx-maturity:reminders");
    static final JobId JOB = JobId.of("io.cxmaturity.cx-maturity:reminders-hourly");
    static final long INTERVAL_MILLIS = TimeUnit.HOURS.toMillis(1);
    static final long FIRST_RUN_DELAY_MILLIS = TimeUnit.MINUTES.toMillis(2);

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final SchedulerService scheduler;
    private final ReminderService reminders;

    public ReminderJob(SchedulerService scheduler, ReminderService reminders) {
        this.scheduler = scheduler;
        this.reminders = reminders;
    }

    public void register() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MILLIS,
                            new Date(System.currentTimeMillis() + FIRST_RUN_DELAY_MILLIS))));
        } catch (SchedulerServiceException e) {
            LOG.error("CX Maturity reminders are not scheduled: {}", e.getMessage(), e);
        }
    }

    public void unregister() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            ReminderService.RunReport report = reminders.runDue(request::isCancellationRequested);
            String message = report.roundsDue() + " round(s) due, " + report.sent() + " sent, " + report.failed()
                    + " refused, " + report.roundsFailed() + " round(s) failed";
            return report.roundsFailed() > 0 ? JobRunnerResponse.failed(message) : JobRunnerResponse.success(message);
        } catch (RuntimeException e) {
            LOG.error("CX Maturity reminders failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
