package cn.kaichuang.cohort.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    long countByCohortId(long cohortId);

    boolean existsByCohortIdAndTraineeId(long cohortId, long traineeId);

    List<Enrolment> findByCohortId(long cohortId);

    List<Enrolment> findByTraineeId(long traineeId);

    List<Enrolment> findByCohortIdIn(Collection<Long> cohortIds);

    List<Enrolment> findByTraineeIdIn(Collection<Long> traineeIds);
}
