package cn.kaichuang.cohort.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortSessionRepository extends JpaRepository<CohortSession, Long> {

    List<CohortSession> findByCohortIdOrderByStartsAtAsc(long cohortId);

    long countByCohortId(long cohortId);
}
