package cn.kaichuang.cohort.internal;

import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Venue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A cohort (班期): one run of a course at a venue. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "course_type")
    private CourseType courseType;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "venue_address")
    private String venueAddress;

    @Column(name = "venue_lat")
    private double venueLatitude;

    @Column(name = "venue_lon")
    private double venueLongitude;

    private int capacity;

    @Column(name = "lead_lecturer_id")
    private @Nullable Long leadLecturerId;

    @Enumerated(EnumType.STRING)
    private CohortStatus status = CohortStatus.DRAFT;

    protected Cohort() {
        this.name = "";
        this.courseType = CourseType.SYB;
        this.startDate = LocalDate.EPOCH;
        this.endDate = LocalDate.EPOCH;
        this.venueAddress = "";
    }

    public Cohort(String name, CourseType courseType, LocalDate startDate, LocalDate endDate, Venue venue,
            int capacity, @Nullable Long leadLecturerId) {
        this.name = name;
        this.courseType = courseType;
        this.startDate = startDate;
        this.endDate = endDate;
        this.venueAddress = venue.address();
        this.venueLatitude = venue.latitude();
        this.venueLongitude = venue.longitude();
        this.capacity = capacity;
        this.leadLecturerId = leadLecturerId;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String name() {
        return name;
    }

    public CourseType courseType() {
        return courseType;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Venue venue() {
        return new Venue(venueAddress, venueLatitude, venueLongitude);
    }

    public int capacity() {
        return capacity;
    }

    public @Nullable Long leadLecturerId() {
        return leadLecturerId;
    }

    public CohortStatus status() {
        return status;
    }

    /** The workflow decides whether the step is legal; the entity only records it. */
    public void moveTo(CohortStatus next) {
        this.status = next;
    }
}
