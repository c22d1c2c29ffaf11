package cn.kaichuang.cohort.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findByLeadLecturerIdIn(Collection<Long> lecturerIds);
}
