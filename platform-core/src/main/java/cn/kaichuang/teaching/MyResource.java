package cn.kaichuang.teaching;

/** A resource of one of the trainee's cohorts with their progress. */
public record MyResource(ResourceView resource, String cohortName, Progress progress) {
}
