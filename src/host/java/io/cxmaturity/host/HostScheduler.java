package io.cxmaturity.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Atlassian's scheduler as one node has it: job runners registered by the plugin, interval jobs run on a
 * real timer (one daemon thread), and {@link #runNow} for tests. Unlike Confluence, the host cannot make a
 * RUN_ONCE_PER_CLUSTER job run on one node only: two hosts on one database both run it, which is how the
 * tests show that the plugin's own claims make a double run harmless. {@link #close} stops the timer and asks
 * a running job to stop.
 */
public final class HostScheduler implements SchedulerService, AutoCloseable {
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "host-scheduler");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closing;

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) throws SchedulerServiceException {
        Schedule schedule = config.getSchedule();
        if (schedule == null || schedule.getType() != Schedule.Type.INTERVAL) {
            throw new SchedulerServiceException("the host runs interval schedules only");
        }
        unscheduleJob(jobId);
        jobs.put(jobId, config);
        long interval = schedule.getIntervalScheduleInfo().getIntervalInMillis();
        Date first = schedule.getIntervalScheduleInfo().getFirstRunTime();
        long delay = first == null ? 0 : Math.max(0, first.getTime() - System.currentTimeMillis());
        timers.put(jobId, timer.scheduleAtFixedRate(() -> {
            try {
                runNow(jobId);
            } catch (RuntimeException e) {
                System.err.println("host scheduler: job " + jobId + " failed: " + e);
            }
        }, delay, Math.max(interval, 1000), TimeUnit.MILLISECONDS));
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
        ScheduledFuture<?> running = timers.remove(jobId);
        if (running != null) {
            running.cancel(false);
        }
    }

    /** Whether a job of that id is scheduled (whatever its runner). */
    public boolean isScheduled(JobId jobId) {
        return jobs.containsKey(jobId);
    }

    /**
     * Runs a scheduled job now, on the caller's thread, as the scheduler would: a job whose runner is not
     * registered (the plugin is disabled) does not run.
     */
    public JobRunnerResponse runNow(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        if (config == null) {
            throw new IllegalArgumentException("no job " + jobId);
        }
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return null;
        }
        Date start = new Date();
        return runner.runJob(new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return new Date(start.getTime());
            }

            @Override
            public JobId getJobId() {
                return jobId;
            }

            @Override
            public JobConfig getJobConfig() {
                return config;
            }

            @Override
            public boolean isCancellationRequested() {
                return closing;
            }
        });
    }

    @Override
    public void close() {
        closing = true;
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
