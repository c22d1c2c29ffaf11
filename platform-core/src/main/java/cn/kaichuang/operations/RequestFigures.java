package cn.kaichuang.operations;

/**
 * Request measurements of one endpoint (or of all, or of one time bucket), summed over replicas
 * and minutes. {@code endpoint} is "*" for a total.
 */
public record RequestFigures(String endpoint, long requests, long clientErrors, long serverErrors, long totalMillis,
        long maxMillis) {

    /** Share of requests answered with a 5xx status; 0 without requests. */
    public double errorRate() {
        return requests == 0 ? 0 : (double) serverErrors / requests;
    }

    public long averageMillis() {
        return requests == 0 ? 0 : Math.round((double) totalMillis / requests);
    }
}
