package cn.kaichuang.lecturer;

import java.time.Instant;

/** A published development activity with how many registered and attended. */
public record Activity(long id, String title, ActivityMode mode, Instant startsAt, Instant endsAt, String location,
        int capacity, String description, int registered, int attended) {

    public boolean full() {
        return registered >= capacity;
    }
}
