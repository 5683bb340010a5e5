package dev.vtvsreactive.lesson.failure;

import java.util.Objects;

/** What a {@linkplain Job#failing failing job} raises after its last step: {@code Job B failed}. */
public final class JobFailedException extends RuntimeException {

    private final String job;

    public JobFailedException(String job) {
        super("Job " + Objects.requireNonNull(job, "job") + " failed");
        this.job = job;
    }

    /** The name of the job that failed. */
    public String job() {
        return job;
    }
}
