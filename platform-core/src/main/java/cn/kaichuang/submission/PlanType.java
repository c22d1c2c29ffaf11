package cn.kaichuang.submission;

import cn.kaichuang.cohort.CourseType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The plan a trainee writes; the cohort's course type decides which. */
public enum PlanType {
    /** 创业构思书: the GYB idea book, the plan's first four sections. */
    IDEA_BOOK("创业构思书", EnumSet.of(PlanSection.OVERVIEW, PlanSection.FOUNDER, PlanSection.MARKET,
            PlanSection.MARKETING)),
    /** SYB 创业计划书: every section. */
    SYB_PLAN("SYB 创业计划书", EnumSet.allOf(PlanSection.class)),
    /** 网络创业规划书: every section, the enterprise being an online shop. */
    ONLINE_PLAN("网络创业规划书", EnumSet.allOf(PlanSection.class));

    private final String chineseName;
    private final Set<PlanSection> sections;

    PlanType(String chineseName, Set<PlanSection> sections) {
        this.chineseName = chineseName;
        this.sections = sections;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The sections of this plan in form order. */
    public List<PlanSection> sections() {
        return List.of(PlanSection.values()).stream().filter(sections::contains).toList();
    }

    public boolean has(PlanSection section) {
        return sections.contains(section);
    }

    public static PlanType forCourse(CourseType course) {
        return switch (course) {
            case GYB -> IDEA_BOOK;
            case ONLINE -> ONLINE_PLAN;
            case SYB, IYB, EYB -> SYB_PLAN;
        };
    }
}
