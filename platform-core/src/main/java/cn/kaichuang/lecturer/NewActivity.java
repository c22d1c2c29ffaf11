package cn.kaichuang.lecturer;

import java.time.Instant;

/** A continuing-development activity as the province publishes it; {@code location} is a venue or a URL. */
public record NewActivity(String title, ActivityMode mode, Instant startsAt, Instant endsAt, String location,
        int capacity, String description) {

    public NewActivity {
        if (title.isBlank() || location.isBlank()) {
            throw new IllegalArgumentException("An activity needs a title and a venue or URL");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("An activity must end after it starts");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1");
        }
        if (mode == ActivityMode.ONLINE && !location.strip().matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("An online activity needs an http(s) URL");
        }
        title = title.strip();
        location = location.strip();
        description = description.strip();
    }
}
