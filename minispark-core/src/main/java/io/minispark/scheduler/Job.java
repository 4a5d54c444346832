package io.minispark.scheduler;

import io.minispark.exec.pipeline.JobInputs;
import java.io.Serializable;

/**
 * A unit of work: one stage run over one input split. Plain data, so any executor — a thread, and
 * later another process or machine — can run any job.
 */
public sealed interface Job extends Serializable permits ScanJob, ShuffleReadJob {
    int stageId();

    /** Position of the job within its stage; also its partition number for shuffle reads. */
    int index();

    JobInputs inputs();

    /** How the seed names the job: ScanJob(...), JoinJob(...), LoadShuffleFilesJob(...). */
    String describe();
}
