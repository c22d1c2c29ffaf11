package cn.kaichuang.cohort.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortTransitionRepository extends JpaRepository<CohortTransitionRecord, Long> {

    List<CohortTransitionRecord> findByCohortIdOrderByIdAsc(long cohortId);
}
