package cn.kaichuang.cohort.internal;

import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "lecturer")
public class Lecturer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Convert(converter = EncryptedStringConverter.class)
    private @Nullable String phone;

    @Column(name = "qualification_no")
    private String qualificationNo;

    /** Comma-separated {@link CourseType} names; a lecturer teaches few, and we never query by them. */
    @Column(name = "course_types")
    private String courseTypes;

    private @Nullable String username;

    protected Lecturer() {
        this.name = "";
        this.qualificationNo = "";
        this.courseTypes = "";
    }

    public Lecturer(String name, @Nullable String phone, String qualificationNo, Set<CourseType> courseTypes,
            @Nullable String username) {
        this.name = name;
        this.phone = phone;
        this.qualificationNo = qualificationNo;
        this.courseTypes = courseTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.username = username;
    }

    /** A null phone keeps the one on record: views never read it back, so they cannot resend it. */
    public void change(String name, @Nullable String phone, String qualificationNo, Set<CourseType> courseTypes,
            @Nullable String username) {
        this.name = name;
        if (phone != null) {
            this.phone = phone;
        }
        this.qualificationNo = qualificationNo;
        this.courseTypes = courseTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.username = username;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String name() {
        return name;
    }

    public String qualificationNo() {
        return qualificationNo;
    }

    public Set<CourseType> courseTypes() {
        Set<CourseType> types = EnumSet.noneOf(CourseType.class);
        Arrays.stream(courseTypes.split(",")).filter(s -> !s.isBlank()).map(CourseType::valueOf).forEach(types::add);
        return types;
    }

    public @Nullable String username() {
        return username;
    }
}
