package cn.kaichuang.courseware.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortCoursewareLinks extends JpaRepository<CohortCoursewareLink, Long> {

    List<CohortCoursewareLink> findByCohortIdOrderByIdAsc(long cohortId);

    Optional<CohortCoursewareLink> findByCohortIdAndCoursewareId(long cohortId, long coursewareId);
}
