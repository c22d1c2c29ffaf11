package cn.kaichuang.cohort.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    long countByCohortId(long cohortId);

    boolean existsByCohortIdAndTraineeId(long cohortId, long traineeId);

    List<Enrolment> findByCohortId(long cohortId);

    List<Enrolment> findByTraineeId(long traineeId);
}
