package cn.kaichuang.cohort.internal;

import cn.kaichuang.cohort.Venue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One session of a cohort's timetable; local (Beijing) time, as the timetable is printed. */
@Entity
@Table(name = "cohort_session")
public class CohortSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "starts_at")
    private LocalDateTime startsAt = LocalDateTime.MIN;

    @Column(name = "ends_at")
    private LocalDateTime endsAt = LocalDateTime.MIN;

    private String topic = "";

    @Column(name = "venue_address")
    private String venueAddress = "";

    @Column(name = "venue_lat")
    private double venueLatitude;

    @Column(name = "venue_lon")
    private double venueLongitude;

    @Column(name = "lecturer_id")
    private long lecturerId;

    protected CohortSession() {
    }

    public CohortSession(long cohortId) {
        this.cohortId = cohortId;
    }

    public void update(LocalDateTime startsAt, LocalDateTime endsAt, String topic, Venue venue, long lecturerId) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.topic = topic;
        this.venueAddress = venue.address();
        this.venueLatitude = venue.latitude();
        this.venueLongitude = venue.longitude();
        this.lecturerId = lecturerId;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long cohortId() {
        return cohortId;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String topic() {
        return topic;
    }

    public Venue venue() {
        return new Venue(venueAddress, venueLatitude, venueLongitude);
    }

    public long lecturerId() {
        return lecturerId;
    }
}
