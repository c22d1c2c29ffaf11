package cn.kaichuang.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The console's figures for the caller's scope, from the latest snapshot run.
 *
 * @param asOf when the latest run started; null before the first one
 * @param failed institutions the latest run could not refresh (their previous figures remain)
 */
public record Dashboard(@Nullable Instant asOf, int failed, List<ConsoleFigure> figures) {

    public Optional<Instant> takenAt() {
        return Optional.ofNullable(asOf);
    }

    public boolean isEmpty() {
        return asOf == null;
    }

    public long total(ConsoleMetric metric) {
        return figures.stream().filter(f -> f.metric() == metric).mapToLong(ConsoleFigure::value).sum();
    }

    public long total(ConsoleMetric metric, String dimension) {
        return figures.stream().filter(f -> f.metric() == metric && f.dimension().equals(dimension))
                .mapToLong(ConsoleFigure::value).sum();
    }

    /** Sums by dimension, in dimension order (months ascending). */
    public Map<String, Long> byDimension(ConsoleMetric metric) {
        return figures.stream().filter(f -> f.metric() == metric).collect(Collectors.groupingBy(
                ConsoleFigure::dimension, TreeMap::new, Collectors.summingLong(ConsoleFigure::value)));
    }

    /** Sums by prefecture code. */
    public Map<String, Long> byPrefecture(ConsoleMetric metric) {
        return figures.stream().filter(f -> f.metric() == metric).collect(Collectors.groupingBy(
                ConsoleFigure::prefecture, TreeMap::new, Collectors.summingLong(ConsoleFigure::value)));
    }

    /** part ÷ whole as a percentage with one decimal; empty when there is no whole. */
    public static Optional<Double> rate(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of(Math.round(part * 1000.0 / whole) / 10.0);
    }
}
