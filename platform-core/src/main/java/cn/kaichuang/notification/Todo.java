package cn.kaichuang.notification;

/**
 * One kind of work waiting for the signed-in person, e.g. "3 cohorts to approve".
 *
 * @param kind a key such as {@code cohort.drafts}; the UI shows translation {@code todo.<kind>} with the count
 * @param count how many items wait
 * @param route the web application's route where the work is done
 */
public record Todo(String kind, int count, String route) {
}
