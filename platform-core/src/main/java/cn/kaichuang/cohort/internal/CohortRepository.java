package cn.kaichuang.cohort.internal;

import java.util.Collection;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    List<Cohort> findByLeadLecturerIdIn(Collection<Long> lecturerIds);

    /** The cohort locked until the transaction ends, so two transitions never race. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cohort c where c.id = :id")
    Optional<Cohort> lockById(long id);
}
